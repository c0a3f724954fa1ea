import { EN_OVERRIDES_EVERYDAY_PEOPLE_AND_PAST } from "./overrides/en/everyday-people-and-past.js";
import { EN_OVERRIDES_IDIOMS_AND_GAMES } from "./overrides/en/idioms-and-games.js";
import { EN_OVERRIDES_PASTIMES_AND_GOODBYES } from "./overrides/en/pastimes-and-goodbyes.js";
import { EN_OVERRIDES_SOMEONE_ELSE } from "./overrides/en/someone-else.js";
import type { OverrideRule, RiskRule } from "./rule-types.js";
import { EN_ATTEMPT_IN_PROGRESS_RULES } from "./rules/en/attempt-in-progress.js";
import { EN_BURDEN_RULES } from "./rules/en/burden.js";
import { EN_DANGER_AT_HOME_RULES } from "./rules/en/danger-at-home.js";
import { EN_DISTRESS_RULES } from "./rules/en/distress.js";
import { EN_FAREWELL_RULES } from "./rules/en/farewell.js";
import { EN_HAPPENING_NOW_RULES } from "./rules/en/happening-now.js";
import { EN_HOPELESSNESS_RULES } from "./rules/en/hopelessness.js";
import { EN_MEANS_RULES } from "./rules/en/means.js";
import { EN_MEANS_SET_UP_RULES } from "./rules/en/means-set-up.js";
import { EN_METHOD_QUESTION_RULES } from "./rules/en/method-question.js";
import { EN_PASSIVE_IDEATION_RULES } from "./rules/en/passive-ideation.js";
import { EN_PLAN_RULES } from "./rules/en/plan.js";
import { EN_PREPARATION_RULES } from "./rules/en/preparation.js";
import { EN_QUIET_ENDS_RULES } from "./rules/en/quiet-ends.js";
import { EN_SELF_HARM_RULES } from "./rules/en/self-harm.js";
import { EN_SOMEONE_ELSE_RULES } from "./rules/en/someone-else.js";
import { EN_SOMEONE_ELSE_NOW_RULES } from "./rules/en/someone-else-now.js";
// The rules live in src/safety/rules/en/, one file a category.
export const EN_RULES: readonly RiskRule[] = [
  ...EN_PASSIVE_IDEATION_RULES,
  ...EN_FAREWELL_RULES,
  ...EN_HOPELESSNESS_RULES,
  ...EN_BURDEN_RULES,
  ...EN_PLAN_RULES,
  ...EN_MEANS_RULES,
  ...EN_METHOD_QUESTION_RULES,
  ...EN_PREPARATION_RULES,
  ...EN_ATTEMPT_IN_PROGRESS_RULES,
  ...EN_MEANS_SET_UP_RULES,
  ...EN_SELF_HARM_RULES,
  ...EN_DANGER_AT_HOME_RULES,
  ...EN_DISTRESS_RULES,
  ...EN_SOMEONE_ELSE_RULES,
  ...EN_SOMEONE_ELSE_NOW_RULES,
  ...EN_HAPPENING_NOW_RULES,
  ...EN_QUIET_ENDS_RULES,
];

// The overrides live in src/safety/overrides/en/, in the order they are tried: the first
// that lowers a match to none wins, so their order is part of their meaning.
/** English overrides: negation, idioms, games, past ideation, third parties, bereavement. */
export const EN_OVERRIDES: readonly OverrideRule[] = [
  ...EN_OVERRIDES_PASTIMES_AND_GOODBYES,
  ...EN_OVERRIDES_IDIOMS_AND_GAMES,
  ...EN_OVERRIDES_EVERYDAY_PEOPLE_AND_PAST,
  ...EN_OVERRIDES_SOMEONE_ELSE,
];
