/**
 * The guarded copies of the rules' patterns (src/safety/guard.ts) must match exactly what the
 * patterns match: checked on small patterns, and over every message of the sets and corpora for
 * every rule the check runs guarded.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeMessage, RISK_RULES } from "../../src/safety/check.js";
import { guardLookarounds } from "../../src/safety/guard.js";
import { forRules } from "../../src/safety/normalize.js";
import { ROUND_16 } from "./blind-round-16.js";
import { trainingExamples } from "./training-data.js";

/** Every match of a global pattern: where and what. */
function matches(pattern: RegExp, text: string): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

describe("a pattern that opens with lookarounds", () => {
  it.each([
    [/(?<!no )help+/g, "(?=h)(?<!no )help+"],
    [/\b(?<!x)(?:ab|cd)e|(?=z)y{2,}/g, "(?=(?:ab|cd))\\b(?<!x)(?:ab|cd)e|(?=y)(?=z)y{2,}"],
    [/(?<!a)\b[bc]d|plain/gu, "(?=[bc])(?<!a)\\b[bc]d|plain"],
  ])("%s is run as %s", (pattern, source) => {
    expect(guardLookarounds(pattern).source).toBe(source);
  });

  it.each([
    /plain(?<!x)/g,
    /(?<!a)b?c/g,
    /(?<!a)(b)c\1/g,
    /(?<!a)(?<name>b)c/g,
    /(?<!a)(?:x|(y))z/g,
    /\bword\b/g,
  ])("%s is run as it is", (pattern) => {
    expect(guardLookarounds(pattern)).toBe(pattern);
  });

  it("matches the same at every position", () => {
    const pattern = /(?<!not )\b(?:want|wish) to (?:die|go)\b(?![^.]{0,10}lol)/g;
    const guarded = guardLookarounds(pattern);
    expect(guarded).not.toBe(pattern);
    for (const text of [
      "i want to die",
      "not want to die. i wish to go",
      "i want to go lol",
      "want to die want to go",
      "",
    ]) {
      expect(matches(guarded, text)).toEqual(matches(pattern, text));
    }
  });

  it("keeps a subclass and its fields", () => {
    class Keyed extends RegExp {
      keys = ["b"];
      override exec(text: string): RegExpExecArray | null {
        return text.includes("skip") ? null : super.exec(text);
      }
    }
    const guarded = guardLookarounds(new Keyed("(?<!a)bc", "g"));
    expect(guarded).toBeInstanceOf(Keyed);
    expect((guarded as Keyed).keys).toEqual(["b"]);
    expect(guarded.source).toBe("(?=b)(?<!a)bc");
    expect(matches(guarded, "bc skip")).toEqual([]);
  });
});

describe("the rules' guarded patterns", () => {
  const examples = JSON.parse(
    readFileSync(new URL("./rule-examples.json", import.meta.url), "utf8"),
  ) as Record<string, { match: string[]; noMatch: string[] }>;
  const texts = [
    ...new Set([
      ...trainingExamples().map((example) => example.text),
      ...ROUND_16.map((c) => c.text),
      ...Object.values(examples).flatMap((own) => [...own.match, ...own.noMatch]),
    ]),
  ].map((text) => forRules(normalizeMessage(text)));
  const guarded = RISK_RULES.map((rule) => [rule, guardLookarounds(rule.pattern)] as const).filter(
    ([rule, runner]) => runner !== rule.pattern,
  );

  it("are many of the rules that open with lookarounds", () => {
    expect(guarded.length).toBeGreaterThan(20);
  });

  it("match what the patterns match, over the sets and corpora", () => {
    const differ: string[] = [];
    let found = 0;
    for (const [rule, runner] of guarded) {
      for (const text of texts) {
        const want = matches(rule.pattern, text);
        found += want.length;
        if (matches(runner, text).join("|") !== want.join("|")) differ.push(`${rule.id}: ${text}`);
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(100);
  }, 120_000);
});
