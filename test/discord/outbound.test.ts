/** Rendering for Discord: buttons within Discord's limits, and what degrades when they do not fit. */
import { describe, expect, it } from "vitest";
import { DISCORD_TEXT_LIMIT } from "../../src/adapters/discord/capabilities.js";
import { answeredComponents, renderForDiscord } from "../../src/adapters/discord/outbound.js";
import { decodeReply, encodeReply } from "../../src/adapters/discord/reply-context.js";
import type { Choice } from "../../src/core/types.js";

const choices = (count: number, label = (index: number) => `Choice ${index + 1}`): Choice[] =>
  Array.from({ length: count }, (_, index) => ({ id: `flow.node.c${index}`, label: label(index) }));

/** The buttons of a message's rows, as tests read them. */
const buttonsOf = (row: object) =>
  ((row as { components?: object[] }).components ?? []) as {
    disabled?: boolean;
    style: number;
  }[];

describe("renderForDiscord", () => {
  it("puts choices on buttons, five to a row, with the choice token as custom id", () => {
    const [message] = renderForDiscord([
      { type: "choices", text: "Pick one", choices: choices(12) },
    ]);
    expect(message?.content).toBe("Pick one");
    expect(message?.components?.map((row) => row.components.length)).toEqual([5, 5, 2]);
    const first = message?.components?.[0]?.components[0];
    expect(first).toMatchObject({
      type: 2,
      style: 2,
      label: "Choice 1",
      custom_id: "flow.node.c0",
    });
  });

  it("shows 25 choices as buttons and 26 as a numbered list the person can answer by number", () => {
    const [full] = renderForDiscord([{ type: "choices", text: "Pick", choices: choices(25) }]);
    expect(full?.components).toHaveLength(5);
    const [list] = renderForDiscord([{ type: "choices", text: "Pick", choices: choices(26) }]);
    expect(list?.components).toBeUndefined();
    expect(list?.content).toContain("26. Choice 26");
  });

  it("makes a list of a question whose label is too long or whose ids repeat", () => {
    const long = renderForDiscord([
      { type: "choices", text: "Pick", choices: choices(2, (index) => "あ".repeat(81 + index)) },
    ]);
    expect(long[0]?.components).toBeUndefined();
    const twice = renderForDiscord([
      {
        type: "choices",
        text: "Pick",
        choices: [
          { id: "a.b.c", label: "One" },
          { id: "a.b.c", label: "Two" },
        ],
      },
    ]);
    expect(twice[0]?.components).toBeUndefined();
    expect(twice[0]?.content).toContain("2. Two");
  });

  it("puts web links on link buttons, and writes other links into the text", () => {
    const [web] = renderForDiscord([
      {
        type: "links",
        text: "Chat",
        links: [{ label: "988 chat", url: "https://988lifeline.org/chat" }],
      },
    ]);
    expect(web?.components?.[0]?.components[0]).toMatchObject({
      style: 5,
      url: "https://988lifeline.org/chat",
    });
    const [phone] = renderForDiscord([
      { type: "links", text: "Call", links: [{ label: "Call", url: "tel:988" }] },
    ]);
    expect(phone?.components).toBeUndefined();
    expect(phone?.content).toContain("tel:988");
  });

  it("splits a long text within 2000 UTF-16 units, emoji included, and drops empty parts", () => {
    const text = `${"🌱 これは長い文です。".repeat(400)}`;
    const parts = renderForDiscord([
      { type: "text", text },
      { type: "text", text: "  " },
    ]);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.content.length).toBeLessThanOrEqual(DISCORD_TEXT_LIMIT);
    expect(
      parts
        .map((part) => part.content)
        .join("")
        .replace(/\s/g, ""),
    ).toBe(text.replace(/\s/g, ""));
  });
});

describe("answeredComponents", () => {
  it("disables every choice, marks the pressed one, and leaves link buttons usable", () => {
    const [message] = renderForDiscord([{ type: "choices", text: "Pick", choices: choices(3) }]);
    const link = { type: 2, style: 5, label: "Website", url: "https://example.org" } as const;
    const rows = [...(message?.components ?? []), { type: 1 as const, components: [link] }];
    const answered = answeredComponents(rows, "flow.node.c1");
    const buttons = answered.flatMap(buttonsOf);
    expect(buttons.slice(0, 3).map((button) => [button.disabled, button.style])).toEqual([
      [true, 2],
      [true, 1],
      [true, 2],
    ]);
    expect(buttons[3]).toEqual(link);
  });
});

describe("reply contexts", () => {
  it("round-trip, and anything else is no reply at all", () => {
    const interaction = {
      kind: "interaction" as const,
      applicationId: "1300000000000000001",
      token: "aW50ZXJhY3Rpb246MTIz-_abc",
      fillsOriginal: true,
    };
    expect(decodeReply(encodeReply(interaction))).toEqual(interaction);
    const mention = { kind: "mention" as const, channelId: "12345", messageId: "67890" };
    expect(decodeReply(encodeReply(mention))).toEqual(mention);
    for (const other of [undefined, "", "line-reply-token", "interaction:x:1:tok", "mention:1"]) {
      expect(decodeReply(other)).toBeUndefined();
    }
  });
});
