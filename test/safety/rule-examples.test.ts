/**
 * Every rule's own examples, generated into one test per rule: the messages it must match and
 * count, and near misses it must not count. Examples live in rule-examples.json (filled from the
 * labelled sets by scripts/rule-examples.mjs; edit them by hand freely). Also: the keyword gate
 * finds every rule's matches, no override names an unknown rule, and no pattern backtracks
 * catastrophically on adversarial input.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ANCHOR_RE,
  assessRules,
  normalizeMessage,
  RISK_OVERRIDES,
  RISK_RULES,
} from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";
import { ruleIds, unknownRuleIds } from "../../src/safety/rule-types.js";

const examples = JSON.parse(
  readFileSync(new URL("./rule-examples.json", import.meta.url), "utf8"),
) as Record<string, { match: string[]; noMatch: string[] }>;

/** Rules with no example yet; the number may only go down. */
const RULES_WITHOUT_EXAMPLES_AT_MOST = 0;

function counts(ruleId: string, text: string): boolean {
  return assessRules(normalizeMessage(text)).matches.some(
    (m) => m.rule === ruleId && m.overruledBy === undefined,
  );
}

describe("each rule's own examples", () => {
  const withExamples = RISK_RULES.filter((rule) => examples[rule.id]);
  it.each(withExamples.map((rule) => [rule.id]))("%s", (id) => {
    const own = examples[id];
    for (const text of own?.match ?? []) expect(counts(id, text), `matches: ${text}`).toBe(true);
    for (const text of own?.noMatch ?? [])
      expect(counts(id, text), `near miss: ${text}`).toBe(false);
  });

  it("every example names a rule that exists, and few rules have none", () => {
    const ids = new Set(RISK_RULES.map((rule) => rule.id));
    expect(Object.keys(examples).filter((id) => !ids.has(id))).toEqual([]);
    const without = RISK_RULES.filter((rule) => !examples[rule.id]).map((rule) => rule.id);
    expect(without.length).toBeLessThanOrEqual(RULES_WITHOUT_EXAMPLES_AT_MOST);
  });
});

describe("the keyword gate of huge texts", () => {
  it("finds an anchor inside every match of every rule's examples", () => {
    const missed: string[] = [];
    for (const rule of RISK_RULES) {
      for (const text of examples[rule.id]?.match ?? []) {
        const normalized = normalizeMessage(text);
        rule.pattern.lastIndex = 0;
        const m = rule.pattern.exec(normalized);
        rule.pattern.lastIndex = 0;
        if (!m) continue;
        ANCHOR_RE.lastIndex = 0;
        const anchored = ANCHOR_RE.test(m[0]);
        ANCHOR_RE.lastIndex = 0;
        if (!anchored) missed.push(`${rule.id}: ${m[0]}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it("a crisis in the middle of a 60 KB paste is still found", () => {
    const filler = "今日はなんとなく過ごしました。".repeat(2000);
    expect(assessRisk(`${filler}ドアノブでいけるかな。ロープは買った${filler}`).level).not.toBe(
      "none",
    );
  });
});

describe("overrides", () => {
  it("name only rules that exist (an unknown id stops the risk check from loading)", () => {
    expect(unknownRuleIds(RISK_RULES, RISK_OVERRIDES)).toEqual([]);
    const typo = {
      ...RISK_OVERRIDES[0]!,
      id: "ja.idiom.test",
      appliesTo: ruleIds("ja.no-such.rule"),
    };
    expect(unknownRuleIds(RISK_RULES, [typo])).toEqual(["ja.idiom.test -> ja.no-such.rule"]);
  });
});

describe("catastrophic backtracking", () => {
  const adversarial = [
    "あ".repeat(20_000),
    "死に".repeat(5_000),
    "もう".repeat(8_000),
    "a ".repeat(10_000),
    "i want to ".repeat(2_000),
    "kill ".repeat(4_000),
    "k i l l m y s e l f ".repeat(800),
    "...,,,".repeat(5_000),
    "ロープ".repeat(5_000),
    `${"x".repeat(19_990)}死にたい`,
    "🌸死".repeat(5_000),
  ];
  it.each(
    adversarial.map((text) => [text.slice(0, 12), text]),
  )("%s… is checked in bounded time", (_name, text) => {
    const started = performance.now();
    assessRisk(text);
    // Generous for a shared CI machine; a catastrophic pattern takes seconds to hours.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
