/**
 * The rules' prefilter (src/safety/prefilter.ts) may only skip a rule that cannot match: the
 * literals it derives are checked on small patterns, and over every message of the sets and
 * corpora it must let through every text that a rule's full pattern matches.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeMessage, RISK_RULES } from "../../src/safety/check.js";
import { GateSet, literalGate, requiredLiterals, TextUnits } from "../../src/safety/prefilter.js";
import { UNTRAINED_ROUNDS } from "./blind-rounds.js";
import { trainingExamples } from "./training-data.js";

describe("the literals a pattern requires", () => {
  it.each([
    [/ab(?:c|d)e/, ["abce", "abde"]],
    [/a?b/, ["b"]],
    [/(?:x|y*)z/, ["z"]],
    [/\bkill ?myself\b/g, ["killmyself", "kill myself"]],
    [/[がは]死/u, ["が死", "は死"]],
    [/(?<=foo)bar|baz{2}/, ["ba"]],
    [/x\x20y|\u3042/, ["x y", "あ"]],
  ])("%s needs one of %j", (pattern, literals) => {
    expect([...(requiredLiterals(pattern) ?? [])].sort()).toEqual([...literals].sort());
  });

  it.each([
    [/(?:死に|消え)たい(?!って)/u, ["死にたい", "もう消えたいな"]],
    [/\b(?:want|wish) (?:to )?(?:die|disappear)\b/g, ["i want to die", "wish disappear"]],
    [/(?:ロープ|縄)[^.]{0,4}?(?:買った|用意)/u, ["縄を用意した", "ロープ買った"]],
    [/a{2,3}b+|c(?:d|e{0,2})f/, ["aab", "cf", "ceef"]],
  ])("%s: every match holds one of its literals", (pattern, samples) => {
    const literals = requiredLiterals(pattern);
    expect(literals?.length).toBeGreaterThan(0);
    for (const sample of samples) {
      pattern.lastIndex = 0;
      const match = pattern.exec(sample)?.[0];
      expect(match, sample).toBeDefined();
      expect(
        literals?.some((literal) => match?.includes(literal)),
        sample,
      ).toBe(true);
    }
  });

  it.each([
    /a*/,
    /(?:a|b?)c?/,
    /[a-z]+/,
    /(a)\1/,
    /[^x]y?/,
    /abc/i,
    /(?=abc)/,
    /\p{L}+/u,
  ])("%s promises nothing", (pattern) => {
    expect(requiredLiterals(pattern)).toBeUndefined();
  });
});

describe("the prefilter of the rules", () => {
  const units = new TextUnits();
  const gates = RISK_RULES.map((rule) => [rule, literalGate(rule.pattern)] as const);
  const set = new GateSet(RISK_RULES, (rule) => literalGate(rule.pattern));
  const examples = JSON.parse(
    readFileSync(new URL("./rule-examples.json", import.meta.url), "utf8"),
  ) as Record<string, { match: string[]; noMatch: string[] }>;
  const texts = new Set<string>([
    ...trainingExamples().map((example) => example.text),
    ...UNTRAINED_ROUNDS.flatMap((r) => r.cases.map((c) => c.text)),
    ...Object.values(examples).flatMap((own) => [...own.match, ...own.noMatch]),
  ]);

  it("lets through every message a rule's pattern matches, over the sets and corpora", () => {
    const excluded: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const normalized = normalizeMessage(text);
      units.mark(normalized);
      const selected = new Set(set.select(units));
      for (const [rule, gate] of gates) {
        rule.pattern.lastIndex = 0;
        const matches = rule.pattern.test(normalized);
        rule.pattern.lastIndex = 0;
        if (!matches) continue;
        matched++;
        if (!units.mayMatch(gate)) excluded.push(`${rule.id}: ${text}`);
        if (!selected.has(rule)) excluded.push(`${rule.id} (set): ${text}`);
      }
    }
    expect(excluded).toEqual([]);
    // The check saw real matches (thousands of them), not an empty corpus.
    expect(matched).toBeGreaterThan(texts.size / 4);
  }, 120_000);

  it("skips rules whose literals a message lacks", () => {
    units.mark(normalizeMessage("今日は少し外に出ました"));
    const passed = gates.filter(([, gate]) => units.mayMatch(gate)).length;
    expect(passed).toBeLessThan(RISK_RULES.length / 10);
    expect(set.select(units)).toHaveLength(passed);
  });
});
