import { JA_OVERRIDES_EVERYDAY } from "./overrides/ja/everyday.js";
import { JA_OVERRIDES_IDIOMS_AND_GAMES } from "./overrides/ja/idioms-and-games.js";
import { JA_OVERRIDES_PASTIMES_AND_GOODBYES } from "./overrides/ja/pastimes-and-goodbyes.js";
import { JA_OVERRIDES_PEOPLE_AND_PAST } from "./overrides/ja/people-and-past.js";
import type { OverrideRule, RiskRule } from "./rule-types.js";
import { JA_AFTER_ME_RULES } from "./rules/ja/after-me.js";
import { JA_ATTEMPT_IN_PROGRESS_RULES } from "./rules/ja/attempt-in-progress.js";
import { JA_BURDEN_RULES } from "./rules/ja/burden.js";
import { JA_DANGER_AT_HOME_RULES } from "./rules/ja/danger-at-home.js";
import { JA_DISTRESS_RULES } from "./rules/ja/distress.js";
import { JA_FAREWELL_RULES } from "./rules/ja/farewell.js";
import { JA_HAPPENING_NOW_RULES } from "./rules/ja/happening-now.js";
import { JA_HOPELESSNESS_RULES } from "./rules/ja/hopelessness.js";
import { JA_MEANS_RULES } from "./rules/ja/means.js";
import { JA_MEANS_SET_UP_RULES } from "./rules/ja/means-set-up.js";
import { JA_METHOD_QUESTION_RULES } from "./rules/ja/method-question.js";
import { JA_PASSIVE_IDEATION_RULES } from "./rules/ja/passive-ideation.js";
import { JA_PLAN_RULES } from "./rules/ja/plan.js";
import { JA_PREPARATION_RULES } from "./rules/ja/preparation.js";
import { JA_QUIET_ENDS_RULES } from "./rules/ja/quiet-ends.js";
import { JA_SELF_HARM_RULES } from "./rules/ja/self-harm.js";
import { JA_SOMEONE_ELSE_RULES } from "./rules/ja/someone-else.js";
import { JA_SOMEONE_ELSE_NOW_RULES } from "./rules/ja/someone-else-now.js";

// The rules live in src/safety/rules/ja/, one file a category.
const JA_RULE_LIST: readonly RiskRule[] = [
  ...JA_PASSIVE_IDEATION_RULES,
  ...JA_PLAN_RULES,
  ...JA_DISTRESS_RULES,
  ...JA_HOPELESSNESS_RULES,
  ...JA_BURDEN_RULES,
  ...JA_MEANS_RULES,
  ...JA_METHOD_QUESTION_RULES,
  ...JA_PREPARATION_RULES,
  ...JA_FAREWELL_RULES,
  ...JA_ATTEMPT_IN_PROGRESS_RULES,
  ...JA_MEANS_SET_UP_RULES,
  ...JA_SELF_HARM_RULES,
  ...JA_DANGER_AT_HOME_RULES,
  ...JA_SOMEONE_ELSE_RULES,
  ...JA_SOMEONE_ELSE_NOW_RULES,
  ...JA_HAPPENING_NOW_RULES,
  ...JA_AFTER_ME_RULES,
  ...JA_QUIET_ENDS_RULES,
];

/**
 * Rules of one level and category that no override singles out, run as one pattern: every
 * rule costs a pass over the message, so the compositional families share passes.
 */
const MERGED_RULES: Readonly<Record<string, readonly string[]>> = {
  "ja.plan.unnamed-end": [
    "ja.plan.follow-the-dead",
    "ja.plan.means-end",
    "ja.plan.elliptical-place",
    "ja.plan.join-them",
    "ja.plan.deadline",
    "ja.plan.live-until",
    "ja.plan.then-vanish",
    "ja.plan.settle-everything",
  ],
  "ja.means.readied": [
    "ja.means.stockpile-slowly",
    "ja.means.take-all-if",
    "ja.means.od-supply",
    "ja.means.exhaust",
  ],
  "ja.means.at-hand": [
    "ja.means.car-keys",
    "ja.means.pill-store",
    "ja.means.hidden",
    "ja.means.gun-access",
  ],
  "ja.method-question.phrased": [
    "ja.method-question.all-at-once",
    "ja.method-question.how-to-go",
    "ja.method-question.height",
  ],
  "ja.preparation.set-in-order": [
    "ja.preparation.only-going-left",
    "ja.preparation.insurance",
    "ja.preparation.after-death-papers",
  ],
  "ja.danger-at-home.acts-by-family": [
    "ja.danger-at-home.threats-and-throwing",
    "ja.danger-at-home.shut-out",
    "ja.danger-at-home.family-attacks",
  ],
  "ja.danger-at-home.harm-urges": ["ja.danger-at-home.urge-to-harm", "ja.danger-at-home.witnessed"],
};

function mergeRules(rules: readonly RiskRule[]): RiskRule[] {
  const groupOf = new Map<string, string>();
  for (const [group, ids] of Object.entries(MERGED_RULES)) {
    for (const id of ids) groupOf.set(id, group);
  }
  const merged = new Map<string, RiskRule>();
  const out: RiskRule[] = [];
  for (const rule of rules) {
    const group = groupOf.get(rule.id);
    if (group === undefined) {
      out.push(rule);
      continue;
    }
    const seen = merged.get(group);
    if (seen === undefined) {
      const first: RiskRule = { ...rule, id: group };
      merged.set(group, first);
      out.push(first);
    } else {
      if (seen.level !== rule.level || seen.category !== rule.category) {
        throw new Error(`cannot merge ${rule.id} into ${group}`);
      }
      seen.pattern = new RegExp(`${seen.pattern.source}|${rule.pattern.source}`, "gu");
    }
  }
  return out;
}

/** Japanese risk rules. */
export const JA_RULES: readonly RiskRule[] = mergeRules(JA_RULE_LIST);

// The overrides live in src/safety/overrides/ja/, in the order they are tried: the first
// that lowers a match to none wins, so their order is part of their meaning.
/** Japanese overrides: negation, idioms and hyperbole, games, objects, third parties. */
export const JA_OVERRIDES: readonly OverrideRule[] = [
  ...JA_OVERRIDES_PASTIMES_AND_GOODBYES,
  ...JA_OVERRIDES_IDIOMS_AND_GAMES,
  ...JA_OVERRIDES_EVERYDAY,
  ...JA_OVERRIDES_PEOPLE_AND_PAST,
];
