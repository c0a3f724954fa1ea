import type { messagingApi } from "@line/bot-sdk";
import { describe, expect, it } from "vitest";
import { lineGroupNote, renderForLine } from "../../src/adapters/line/outbound.js";
import type { OutboundMessage } from "../../src/core/types.js";
import { createHarness } from "../support/harness.js";

type Text = messagingApi.TextMessage;
const choices = (count: number, label = (i: number) => `選択${i}`): OutboundMessage => ({
  type: "choices",
  text: "どうしましょうか。",
  choices: Array.from({ length: count }, (_, i) => ({ id: `menu.main.c${i}`, label: label(i) })),
});
const flat = (calls: messagingApi.Message[][]) => calls.flat() as Text[];

describe("rendering for LINE", () => {
  it("shows choices as quick replies with postback actions that echo the label", () => {
    const [call] = renderForLine([choices(3)]);
    const message = call?.[0] as Text;
    expect(message.quickReply?.items).toHaveLength(3);
    expect(message.quickReply?.items?.[0]).toEqual({
      type: "action",
      action: { type: "postback", label: "選択0", data: "menu.main.c0", displayText: "選択0" },
    });
  });

  it("degrades to a numbered list beyond 13 choices or 20-character labels", () => {
    const tooMany = flat(renderForLine([choices(14)]));
    expect(tooMany.some((m) => m.quickReply)).toBe(false);
    expect(tooMany.map((m) => m.text).join("\n")).toContain("14. 選択13");
    const tooLong = flat(renderForLine([choices(2, () => "あ".repeat(21))]));
    expect(tooLong[0]?.quickReply).toBeUndefined();
    expect(tooLong[0]?.text).toContain("1. ");
  });

  it("counts labels and texts in UTF-16 code units, as LINE does", () => {
    // 11 emoji are 11 characters but 22 code units: over LINE's 20.
    const emoji = flat(renderForLine([choices(2, () => "🌱".repeat(11))]));
    expect(emoji[0]?.quickReply).toBeUndefined();
    const long = flat(renderForLine([{ type: "text", text: "🌱".repeat(4000) }]));
    expect(long.length).toBeGreaterThan(1);
    for (const message of long) expect(message.text.length).toBeLessThanOrEqual(5000);
  });

  it("splits long texts within 5,000 characters", () => {
    const text = "これは長い文です。".repeat(1500);
    const messages = flat(renderForLine([{ type: "text", text }]));
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) expect(message.text.length).toBeLessThanOrEqual(5000);
    expect(messages.map((m) => m.text).join("")).toBe(text);
  });

  it("keeps quick replies only on the last message, where LINE shows them", () => {
    const messages = flat(renderForLine([choices(2), { type: "text", text: "それから" }]));
    expect(messages.every((m) => m.quickReply === undefined)).toBe(true);
    expect(messages[0]?.text).toContain("1. 選択0");
  });

  it("joins short texts to fit one free reply, never reordering, the question last", () => {
    const says: OutboundMessage[] = Array.from({ length: 7 }, (_, i) => ({
      type: "text",
      text: `段落${i}。`,
    }));
    const calls = renderForLine([...says, choices(2)]);
    expect(calls).toHaveLength(1);
    const messages = calls[0] as Text[];
    expect(messages.length).toBeLessThanOrEqual(5);
    expect(messages.map((m) => m.text).join("\n\n")).toBe(
      [...says.map((m) => m.text), "どうしましょうか。"].join("\n\n"),
    );
    expect(messages.at(-1)?.quickReply?.items).toHaveLength(2);
  });

  it("cuts into calls of five when the bubbles are too long to join", () => {
    const says: OutboundMessage[] = Array.from({ length: 7 }, (_, i) => ({
      type: "text",
      text: `${i}${"x".repeat(600)}`,
    }));
    const calls = renderForLine(says);
    expect(calls.map((call) => call.length)).toEqual([5, 2]);
    expect(flat(calls).map((m) => m.text[0])).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
  });

  it("renders links as text and drops empty texts", () => {
    const messages = flat(
      renderForLine([
        { type: "text", text: "  " },
        {
          type: "links",
          text: "こちらです。",
          links: [{ label: "相談", url: "https://example.org/" }],
        },
      ]),
    );
    expect(messages).toEqual([{ type: "text", text: "こちらです。\n相談: https://example.org/" }]);
  });

  it("has a group note in both languages, from content", async () => {
    const harness = await createHarness();
    try {
      const note = lineGroupNote(harness.core);
      expect(note).toContain("1対1");
      expect(note).toContain("one-to-one");
      expect(note).not.toMatch(/[{}]/);
      expect(note.length).toBeLessThan(5000);
    } finally {
      await harness.close();
    }
  });
});
