import { describe, expect, it } from "vitest";
import { matchKey, sanitizeInput, scriptLanguage } from "../../src/core/text.js";

describe("scriptLanguage", () => {
  it.each([
    ["死にたい", "ja"],
    ["ｼﾆﾀｲ", "ja"],
    ["I want to die", "en"],
    ["ＳＨＩＮＩＴＡＩ", undefined],
    ["kill myself", undefined],
    ["help", undefined],
    ["もう無理 I'm done", "ja"],
    ["ok", undefined],
    ["123 💊", undefined],
    ["", undefined],
  ])("%s -> %s", (text, expected) => {
    expect(scriptLanguage(text)).toBe(expected);
  });
});

describe("input hygiene", () => {
  it("drops control and bidi characters but keeps line breaks", () => {
    expect(sanitizeInput("  a\u0000b\u202Ec\nd  ")).toBe("abc\nd");
  });

  it("compares commands across widths, case, punctuation and a bot suffix", () => {
    expect(matchKey("／ＳＴＯＰ！")).toBe("stop");
    expect(matchKey("/menu@komorebi_bot")).toBe("menu");
  });
});
