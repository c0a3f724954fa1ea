import { describe, expect, it } from "vitest";
import {
  TELEGRAM_TEXT_LIMIT,
  telegramCapabilities,
} from "../../src/adapters/telegram/capabilities.js";
import { renderForTelegram } from "../../src/adapters/telegram/outbound.js";

const sentence = "This sentence is a calm and ordinary one. ";
const choice = (n: number) => ({ id: `menu.main.c${n}`, label: `Choice ${n}` });

describe("Telegram rendering", () => {
  it("splits a long text within 4096 characters at sentence boundaries", () => {
    const long = sentence.repeat(250).trim();
    const parts = renderForTelegram([{ type: "text", text: long }]);
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(part.text.endsWith(".")).toBe(true);
    }
    expect(parts.map((part) => part.text).join(" ")).toBe(long);
  });

  it("keeps within Telegram's UTF-16 count when a text is full of emoji", () => {
    const parts = renderForTelegram([{ type: "text", text: "🌱".repeat(4000) }]);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(parts.map((part) => part.text).join("")).toBe("🌱".repeat(4000));
  });

  it("puts choices on an inline keyboard, one a row, on the last part of a long question", () => {
    const parts = renderForTelegram([
      { type: "choices", text: sentence.repeat(120).trim(), choices: [choice(1), choice(2)] },
    ]);
    expect(parts).toHaveLength(2);
    expect(parts[0]?.keyboard).toBeUndefined();
    expect(parts[1]?.keyboard).toEqual([
      [{ text: "Choice 1", callback_data: "menu.main.c1" }],
      [{ text: "Choice 2", callback_data: "menu.main.c2" }],
    ]);
  });

  it("degrades to a numbered list when choices do not fit", () => {
    const many = Array.from({ length: telegramCapabilities.maxChoices + 1 }, (_, i) =>
      choice(i + 1),
    );
    const [tooMany] = renderForTelegram([{ type: "choices", text: "Pick one.", choices: many }]);
    expect(tooMany?.keyboard).toBeUndefined();
    expect(tooMany?.text).toContain("11. Choice 11");
    const longId = { id: `x.${"y".repeat(70)}.z`, label: "Fine" };
    const [tooLong] = renderForTelegram([{ type: "choices", text: "Pick.", choices: [longId] }]);
    expect(tooLong?.keyboard).toBeUndefined();
    expect(tooLong?.text).toContain("1. Fine");
  });

  it("shows web links as URL buttons, anything else as text", () => {
    const [buttons] = renderForTelegram([
      { type: "links", text: "Chat here.", links: [{ label: "Chat", url: "https://talkme.jp/" }] },
    ]);
    expect(buttons).toEqual({
      text: "Chat here.",
      keyboard: [[{ text: "Chat", url: "https://talkme.jp/" }]],
    });
    const [text] = renderForTelegram([
      { type: "links", text: "Call.", links: [{ label: "Line", url: "tel:0120000000" }] },
    ]);
    expect(text).toEqual({ text: "Call.\nLine: tel:0120000000" });
  });
});
