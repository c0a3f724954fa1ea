/** ja overrides, part of the ordered list in ../../rules-ja.ts (kinds: bereavement, everyday, game, idiom, past-ideation, third-party-worry, title). */
import type { OverrideRule } from "../../rule-types.js";
import { clauseBefore, inCategories, ruleIds } from "../../rule-types.js";
import {
  AFFAIRS_REASON,
  CARE_REASON,
  COOKING,
  DEPICTED,
  FICTION_OR_JOKE,
  FUTURE_PLANS,
  GAME_SENTENCE,
  GIVE_REASON,
  GRAVE_VISIT,
  HIGH_PLACE_ACTIVITY,
  IDEATION_OR_DISTRESS,
  isJapanese,
  JOY_OR_FEAT,
  LAUGH_LATER,
  LEAVING_FOR_LIFE,
  LEAVING_POST,
  nearbySentences,
  OTHER_SUBJECT_END,
  PARENT_CONTEXT,
  PET_SUBJECT,
  pastIdeation,
  REPORTED_BY_OTHER,
  RESOLVED,
  SCHEDULE_WINDOW,
  STRONG_DEATH,
  SURPRISE_OR_AWAY,
  thirdPartySubject,
  windowOf,
} from "./context.js";

export const JA_OVERRIDES_PEOPLE_AND_PAST: readonly OverrideRule[] = [
  {
    id: "ja.everyday.cannot-care-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.cannot-care-soon", "ja.preparation.nothing-left-behind"),
    test: (ctx) => CARE_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.task-end-after",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.after-then-end"),
    test: (ctx) => SCHEDULE_WINDOW.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.appointment",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.decided-date"),
    test: (ctx) => SCHEDULE_WINDOW.test(nearbySentences(ctx)),
  },
  {
    id: "ja.everyday.give-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.no-longer-needed"),
    test: (ctx) => GIVE_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.someone-else-leaving",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds(
      "ja.preparation.before-gone",
      "ja.preparation.after-gone-arranged",
      "ja.preparation.when-i-am-gone",
    ),
    test: (ctx) =>
      OTHER_SUBJECT_END.test(clauseBefore(ctx)) ||
      PET_SUBJECT.test(clauseBefore(ctx)) ||
      LEAVING_FOR_LIFE.test(windowOf(ctx)) ||
      PARENT_CONTEXT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.surprise-or-away",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.found-later"),
    test: (ctx) => SURPRISE_OR_AWAY.test(windowOf(ctx)),
  },
  {
    id: "ja.idiom.nothing-left-joy",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.farewell.nothing-left"),
    test: (ctx) => JOY_OR_FEAT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.future-plans",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.preparation.settled-debts"),
    test: (ctx) => FUTURE_PLANS.test(windowOf(ctx)),
  },
  {
    id: "ja.bereavement.grave-visit",
    kind: "bereavement",
    lowersTo: "concern",
    appliesTo: ruleIds("ja.farewell.going-to-the-dead"),
    test: (ctx) => GRAVE_VISIT.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.leaving-post",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("farewell"),
    test: (ctx) => {
      const window = windowOf(ctx);
      return LEAVING_POST.test(window) && !STRONG_DEATH.test(window);
    },
  },
  {
    id: "ja.everyday.fiction-or-joke",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.acts-by-family"),
    test: (ctx) => FICTION_OR_JOKE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.joking-threat",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.family-violent"),
    test: (ctx) => ctx.match.includes("殺") && FICTION_OR_JOKE.test(ctx.sentence),
  },
  {
    id: "ja.game.method-in-game",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("ja.method-question.how-can-i"),
    test: (ctx) => GAME_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.high-place-scouting",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.means.scouting"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)),
  },
  {
    id: "ja.idiom.laughing-at-home",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.hurt-by-family"),
    test: (ctx) => LAUGH_LATER.test(ctx.after) && GAME_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.cooking-knife",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.danger-at-home.family-violent"),
    test: (ctx) =>
      /包丁|ナイフ|刃物|はもの/.test(ctx.match) &&
      COOKING.test(ctx.sentence) &&
      !STRONG_DEATH.test(ctx.sentence) &&
      !/殺|向け|むけ|脅|振り回|ふりまわ|突きつけ/.test(ctx.sentence),
  },
  {
    id: "ja.title.depicted",
    kind: "title",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.method"),
    test: (ctx) => DEPICTED.test(ctx.sentence),
  },
  {
    id: "ja.everyday.affairs-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.end-of-life-affairs", "ja.preparation.documents"),
    test: (ctx) => AFFAIRS_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.high-place-view",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.means.from-here"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)) && !STRONG_DEATH.test(windowOf(ctx)),
  },
  {
    id: "ja.third-party-worry.reported-at-home",
    kind: "third-party-worry",
    lowersTo: "concern",
    appliesTo: inCategories("danger-at-home"),
    test: (ctx) => REPORTED_BY_OTHER.test(ctx.after),
  },
  {
    id: "ja.third-party-worry.someone-else",
    kind: "third-party-worry",
    lowersTo: "none",
    appliesTo: (rule) =>
      isJapanese(rule.id) &&
      rule.category !== "danger-at-home" &&
      rule.category !== "attempt-in-progress",
    test: thirdPartySubject,
  },
  {
    id: "ja.past-ideation.resolved",
    kind: "past-ideation",
    lowersTo: "none",
    appliesTo: IDEATION_OR_DISTRESS,
    test: (ctx) => pastIdeation(ctx) && RESOLVED.test(`${ctx.before}${ctx.match}${ctx.after}`),
  },
  {
    id: "ja.past-ideation.in-the-past",
    kind: "past-ideation",
    lowersTo: "concern",
    appliesTo: IDEATION_OR_DISTRESS,
    test: pastIdeation,
  },
];
