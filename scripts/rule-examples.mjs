// Writes test/safety/rule-examples.json: for every rule, up to two labelled messages it matches
// and up to two near misses (messages labelled `none` that share words with them) it must not
// count. test/safety/rule-examples.test.ts runs them against every rule, so a rule that stops
// matching its examples, or starts counting its near misses, fails by name.
//   node --import ./scripts/ts-register.mjs scripts/rule-examples.mjs
// Examples written by hand in the JSON are kept; the script only fills rules that have none.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { assessRules, normalizeMessage, RISK_RULES } from "../src/safety/check.ts";
import { BLIND_SET } from "../test/safety/blind-set.ts";
import { HOLDOUT_SET } from "../test/safety/holdout-set.ts";
import { LABELLED_SET } from "../test/safety/labelled-set.ts";

const file = "test/safety/rule-examples.json";
const kept = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const cases = [...LABELLED_SET, ...HOLDOUT_SET, ...BLIND_SET];
const counted = new Map();
for (const c of cases) {
  const a = assessRules(normalizeMessage(c.text));
  counted.set(
    c.text,
    new Set(a.matches.filter((m) => m.overruledBy === undefined).map((m) => m.rule)),
  );
}
const bigrams = (t) => {
  const s = new Set();
  for (let i = 0; i + 2 <= t.length; i++) s.add(t.slice(i, i + 2));
  return s;
};
const out = {};
for (const rule of RISK_RULES) {
  if (kept[rule.id]) {
    out[rule.id] = kept[rule.id];
    continue;
  }
  const match = cases
    .filter((c) => counted.get(c.text)?.has(rule.id))
    .slice(0, 2)
    .map((c) => c.text);
  if (match.length === 0) continue;
  const words = new Set(match.flatMap((t) => [...bigrams(normalizeMessage(t))]));
  const noMatch = cases
    .filter((c) => c.expected === "none" && !counted.get(c.text)?.has(rule.id))
    .map((c) => ({
      text: c.text,
      shared: [...bigrams(normalizeMessage(c.text))].filter((b) => words.has(b)).length,
    }))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 2)
    .map((c) => c.text);
  out[rule.id] = { match, noMatch };
}
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${Object.keys(out).length} of ${RISK_RULES.length} rules have examples`);
