import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";
import { type BlindCase, ROUND_6, ROUND_6_FIRST_RUN } from "./blind-round-6.js";
import { ROUND_7, ROUND_7_FIRST_RUN } from "./blind-round-7.js";
import { ROUND_8, ROUND_8_FIRST_RUN } from "./blind-round-8.js";
import { ROUND_9, ROUND_9_FIRST_RUN } from "./blind-round-9.js";
import { ROUND_10, ROUND_10_FIRST_RUN } from "./blind-round-10.js";
import { ROUND_11, ROUND_11_FIRST_RUN } from "./blind-round-11.js";
import { ROUND_12, ROUND_12_FIRST_RUN } from "./blind-round-12.js";
import { ROUND_13, ROUND_13_FIRST_RUN } from "./blind-round-13.js";
import { ROUND_14, ROUND_14_FIRST_RUN } from "./blind-round-14.js";
import { ROUND_15, ROUND_15_FIRST_RUN } from "./blind-round-15.js";
import { ROUND_16, ROUND_16_FIRST_RUN } from "./blind-round-16.js";
import { ROUND_17, ROUND_17_FIRST_RUN } from "./blind-round-17.js";
import { ROUND_18, ROUND_18_FIRST_RUN } from "./blind-round-18.js";
import { ROUND_19, ROUND_19_FIRST_RUN } from "./blind-round-19.js";
import { ROUND_20, ROUND_20_FIRST_RUN } from "./blind-round-20.js";
import { ROUND_21, ROUND_21_FIRST_RUN } from "./blind-round-21.js";
import { ROUND_22, ROUND_22_FIRST_RUN } from "./blind-round-22.js";
import { ROUND_23, ROUND_23_FIRST_RUN } from "./blind-round-23.js";
import { ROUND_24, ROUND_24_FIRST_RUN } from "./blind-round-24.js";
import { BLIND_FIRST_RUN, BLIND_SET } from "./blind-set.js";
import { HOLDOUT_SET } from "./holdout-set.js";
import { LABELLED_SET, type LabelledCase } from "./labelled-set.js";

interface Figures {
  crisis: number;
  caught: number;
  none: number;
  falseCrisis: number;
  home: number;
  homeFlagged: number;
  misses: string[];
  falseAlarms: string[];
}

// Misses name the index, category and shape, never the text, so the log stays readable.
function measure(name: string, cases: readonly LabelledCase[]): Figures {
  const f: Figures = {
    crisis: 0,
    caught: 0,
    none: 0,
    falseCrisis: 0,
    home: 0,
    homeFlagged: 0,
    misses: [],
    falseAlarms: [],
  };
  cases.forEach((c, i) => {
    const a = assessRisk(c.text);
    const where = `${name}[${i}] ${c.category}/${c.shape} -> ${a.level}`;
    if (c.expected === "crisis") {
      f.crisis++;
      if (a.level === "crisis") f.caught++;
      else f.misses.push(where);
    }
    // Worry about someone else is now assessed for the danger it describes (and marked as
    // about someone else), so the older sets' `none` for it no longer says the level.
    if (c.category === "third-party") {
      if (a.subject !== "other" && a.level !== "none") f.misses.push(`${where} (not marked other)`);
      return;
    }
    if (c.expected === "none") {
      f.none++;
      if (a.level === "crisis") {
        f.falseCrisis++;
        f.falseAlarms.push(where);
      }
    }
    if (c.dangerAtHome) {
      f.home++;
      if (a.dangerAtHome) f.homeFlagged++;
      else f.misses.push(`${where} (danger-at-home flag missing)`);
    }
  });
  return f;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`;
}

function report(name: string, f: Figures): void {
  console.log(
    [
      `${name}: crisis recall ${f.caught}/${f.crisis} = ${pct(f.caught, f.crisis)}`,
      `false crisis ${f.falseCrisis}/${f.none} = ${pct(f.falseCrisis, f.none)}`,
      `danger-at-home flagged ${f.homeFlagged}/${f.home}`,
    ].join("; "),
  );
  if (f.misses.length > 0) console.log(`  misses:\n    ${f.misses.join("\n    ")}`);
  if (f.falseAlarms.length > 0) console.log(`  false crises:\n    ${f.falseAlarms.join("\n    ")}`);
}

describe("labelled set", () => {
  it("has enough cases in both languages and every level", () => {
    expect(LABELLED_SET.length).toBeGreaterThanOrEqual(260);
    const ja = LABELLED_SET.filter((c) => /[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]/.test(c.text));
    expect(ja.length).toBeGreaterThan(100);
    expect(LABELLED_SET.length - ja.length).toBeGreaterThan(100);
    for (const level of ["crisis", "concern", "none"]) {
      expect(LABELLED_SET.some((c) => c.expected === level)).toBe(true);
    }
  });

  it("catches at least 95% of crises and raises at most 10% false crises", () => {
    const main = measure("labelled", LABELLED_SET);
    const holdout = measure("holdout", HOLDOUT_SET);
    report("labelled set", main);
    report("hold-out set", holdout);
    const all = measure("all", [...LABELLED_SET, ...HOLDOUT_SET]);
    report("both", all);

    expect(all.caught / all.crisis).toBeGreaterThanOrEqual(0.95);
    expect(all.falseCrisis / all.none).toBeLessThanOrEqual(0.1);
    expect(main.caught / main.crisis).toBeGreaterThanOrEqual(0.95);
    expect(main.falseCrisis / main.none).toBeLessThanOrEqual(0.1);
    expect(all.homeFlagged / all.home).toBeGreaterThanOrEqual(0.95);
  });
});

describe("blind round 5", () => {
  it("prints its figures and does no worse than on its first run", () => {
    const blind = measure("blind", BLIND_SET);
    report("blind round (no rule written for it yet)", blind);
    expect(blind.crisis).toBe(BLIND_FIRST_RUN.crisis);
    expect(blind.none).toBe(
      BLIND_FIRST_RUN.none - BLIND_SET.filter((c) => c.category === "third-party").length,
    );
    expect(blind.caught).toBeGreaterThanOrEqual(BLIND_FIRST_RUN.crisisCaught);
    expect(blind.falseCrisis).toBeLessThanOrEqual(BLIND_FIRST_RUN.falseCrisis);
  });
});

/** A blind round's figures now, in the shape its first run was recorded in. */
function roundFigures(round: readonly Pick<BlindCase, "text" | "label">[]) {
  const rank = { none: 0, concern: 1, crisis: 2 } as const;
  const count = (label: string, min: number) =>
    round.filter((e) => e.label === label && rank[assessRisk(e.text).level] >= min).length;
  return {
    crisisAtConcern: count("crisis", 1),
    crisisAtCrisis: count("crisis", 2),
    distressAtConcern: count("distress", 1),
    ordinaryAtCrisis: count("ordinary", 2),
    ordinaryAtConcern: count("ordinary", 1),
  };
}

// Each recorded round, held to its first run: never fewer caught, never more false alarms. The
// status says what its figures are worth now (trained on or covered by a pass: fit, not blind).
describe.each([
  ["6", ROUND_6, ROUND_6_FIRST_RUN, "trained on, not blind"],
  ["7", ROUND_7, ROUND_7_FIRST_RUN, "trained on, not blind"],
  ["8", ROUND_8, ROUND_8_FIRST_RUN, "recorded, no longer blind"],
  ["9", ROUND_9, ROUND_9_FIRST_RUN, "recorded, trained on: fit, not blind"],
  ["10", ROUND_10, ROUND_10_FIRST_RUN, "recorded, trained on: fit, not blind"],
  [
    "11",
    ROUND_11,
    ROUND_11_FIRST_RUN,
    "recorded, its last misses covered after round 18: fit, not blind",
  ],
  ["12", ROUND_12, ROUND_12_FIRST_RUN, "recorded, covered by the seventh pass: fit, not blind"],
  ["13", ROUND_13, ROUND_13_FIRST_RUN, "recorded, covered by the eighth pass: fit, not blind"],
  ["14", ROUND_14, ROUND_14_FIRST_RUN, "recorded, covered by the ninth pass: fit, not blind"],
  ["15", ROUND_15, ROUND_15_FIRST_RUN, "recorded, covered by the tenth pass: fit, not blind"],
  ["16", ROUND_16, ROUND_16_FIRST_RUN, "recorded, covered by the eleventh pass: fit, not blind"],
  ["17", ROUND_17, ROUND_17_FIRST_RUN, "recorded, covered by the twelfth pass: fit, not blind"],
  ["18", ROUND_18, ROUND_18_FIRST_RUN, "recorded, covered by the thirteenth pass: fit, not blind"],
  [
    "19",
    ROUND_19,
    ROUND_19_FIRST_RUN,
    // The writer's own messages and the false alarms were covered by the fourteenth pass, part
    // one, and its reports about someone else by its other part (its figures are fit).
    "recorded, run once on f9347d3; covered by the fourteenth pass (the writer's own, the false alarms, someone else's): fit, not blind",
  ],
  [
    "20",
    ROUND_20,
    ROUND_20_FIRST_RUN,
    // Two misses were mended after its run; the writer's own crises and the false alarms, and its
    // reports about someone else and its crises happening now, were then covered by the fifteenth
    // pass (its figures are fit).
    "recorded, run once on 4f30f86; two misses mended after it, then covered by the fifteenth pass (the writer's own, the false alarms, someone else's, how urgent): fit, not blind",
  ],
  [
    "21",
    ROUND_21,
    ROUND_21_FIRST_RUN,
    // Its writer's own crises, its reports about someone else and how urgent they are were
    // covered by the sixteenth pass (its figures are fit).
    "recorded, run once on 7505e25 (after the fifteenth pass); covered by the sixteenth pass (the writer's own, someone else's, how urgent): fit, not blind",
  ],
  [
    "22",
    ROUND_22,
    ROUND_22_FIRST_RUN,
    // Its writer's own crises, its reports about someone else, how urgent they are and its false
    // alarms were covered by the seventeenth pass (its figures are fit).
    "recorded, run once on ce8b0e9 (after the sixteenth pass); covered by the seventeenth pass (the writer's own, someone else's, how urgent, the false alarms): fit, not blind",
  ],
  [
    "23",
    ROUND_23,
    ROUND_23_FIRST_RUN,
    // Its writer's own crises, its reports about someone else, how urgent they are, its false
    // alarms and its missed distress were covered by the eighteenth pass (its figures are fit).
    "recorded, run once on 71cef03 (after the seventeenth pass); covered by the eighteenth pass (the writer's own, someone else's, how urgent, the false alarms, the distress): fit, not blind",
  ],
  [
    "24",
    ROUND_24,
    ROUND_24_FIRST_RUN,
    // Its writer's own crises, how urgent they are, its reports about someone else, its false
    // alarms and its missed distress were covered by the nineteenth pass (its figures are fit).
    "recorded, run once on 75ee7b2 (after the eighteenth pass); covered by the nineteenth pass (the writer's own, happening now, someone else's, the false alarms, the distress): fit, not blind",
  ],
] as const)("blind round %s", (name, round, first, status) => {
  it("prints its figures and does no worse than its recorded first run", () => {
    const f = roundFigures(round);
    console.log(`round ${name} now (${status}): ${JSON.stringify(f)}`);
    expect(f.crisisAtConcern).toBeGreaterThanOrEqual(first.crisisAtConcern);
    expect(f.crisisAtCrisis).toBeGreaterThanOrEqual(first.crisisAtCrisis);
    expect(f.distressAtConcern).toBeGreaterThanOrEqual(first.distressAtConcern);
    expect(f.ordinaryAtCrisis).toBeLessThanOrEqual(first.ordinaryAtCrisis);
    expect(f.ordinaryAtConcern).toBeLessThanOrEqual(first.ordinaryAtConcern);
    // Round 22 after the seventeenth pass's everyday part (its false alarms and missed distress):
    // every distress at concern, 4 ordinary at crisis and 9 at concern. FIT, NOT BLIND (its misses
    // were read to write that part); the floors above are its first run. The ordinary left are the
    // learned layer's own, which no override reaches (docs/safety.md, the seventeenth pass).
    if (name === "22") {
      expect(f.distressAtConcern).toBeGreaterThanOrEqual(30);
      expect(f.ordinaryAtCrisis).toBeLessThanOrEqual(4);
      expect(f.ordinaryAtConcern).toBeLessThanOrEqual(9);
    }
    // Round 23 after the eighteenth pass and the lead's mends: 89 of 90 crises at crisis (the one
    // left, いいえ。もう飲んだ, is a reply that alone says nothing of what was taken; in a
    // conversation after a crisis it is read as done: safety-flow.test.ts), every distress at
    // concern, 1 ordinary at crisis and 3 at concern. FIT, NOT BLIND (its misses were read to
    // write the pass); the floors above are its first run. The ordinary left: a farewell party's
    // さよなら and a subscription's last month (the learned layer's own), and "kms" after a
    // forgotten password, kept at concern on purpose (a joke can hide a real one).
    // Round 24 after the nineteenth pass: 87 of 90 crises at crisis (the three left are bare
    // replies: "yes. tonight.", はい。今夜です。, "the first one. i have a date"), every distress at
    // concern, 4 ordinary at crisis (the learned layer's own) and 5 at concern. FIT, NOT BLIND.
    if (name === "24") {
      expect(f.crisisAtCrisis).toBeGreaterThanOrEqual(87);
      expect(f.distressAtConcern).toBeGreaterThanOrEqual(30);
      expect(f.ordinaryAtCrisis).toBeLessThanOrEqual(4);
      expect(f.ordinaryAtConcern).toBeLessThanOrEqual(5);
    }
    if (name === "23") {
      expect(f.crisisAtCrisis).toBeGreaterThanOrEqual(89);
      expect(f.distressAtConcern).toBeGreaterThanOrEqual(30);
      expect(f.ordinaryAtCrisis).toBeLessThanOrEqual(1);
      expect(f.ordinaryAtConcern).toBeLessThanOrEqual(3);
    }
  });
});

// Whose danger it is, on the rounds written since the subject had its own pass (after round 14:
// fit, not blind). Never fewer reports about someone else marked, never more of a writer's own
// crises or distress handed the supporter's answer than the round's first run (none; round 15's
// first run had two, run blind on the check after that pass, and the tenth pass took them to
// none: fit, not blind; round 16's first run, after the tenth pass, had five and marked 21 of
// 24, and the eleventh pass took them to none and 24: fit, not blind; round 17's first run,
// after the eleventh pass, had none and marked 15 of 22, and the twelfth pass took it to 22 of
// 22 and round 14 to 21: fit, not blind; round 18's first run, after the twelfth pass, marked 15
// of 25 and had three of the writer's own read as someone else's, and the thirteenth pass took
// it to 25 of 25 and none: fit, not blind; round 19's first run, after the thirteenth pass, marked
// 21 of 25 and read two of the writer's own as someone else's, and the fourteenth pass took it
// to 24 of 25 and none: fit, not blind; the one left is 兄が包丁持って暴れてる。母が私の部屋に逃げて
// きた, the writer's own danger at home by decision, since the writer is in the home; the fifteenth
// pass kept that reading for a child or a sibling hiding while a parent is hurt, and reads a parent
// hiding while their child is hurt as someone else's: rounds 12, 16, 19 and 20 read one way).
describe.each([
  ["11", ROUND_11, 18, 0],
  ["12", ROUND_12, 20, 0],
  ["13", ROUND_13, 24, 0],
  ["14", ROUND_14, 21, 0],
  ["15", ROUND_15, 24, 0],
  ["16", ROUND_16, 24, 0],
  ["17", ROUND_17, 22, 0],
  ["18", ROUND_18, 25, 0],
  ["19", ROUND_19, 24, 0],
  ["20", ROUND_20, 19, 0],
  ["21", ROUND_21, 22, 0],
  // Round 22's first run, after the sixteenth pass, marked 25 of 33 and read two of the writer's
  // own distress as someone else's (a son spoken of by the neighbours, a cousin's remark).
  ["22", ROUND_22, 25, 2],
  // Round 23's first run, after the seventeenth pass, marked 14 of 24 and read one of the writer's
  // own as someone else's (a Hiroshima-dialect message about going to a bridge now).
  ["23", ROUND_23, 14, 1],
  // Round 24's first run, after the eighteenth pass, marked 15 of 25 and read five of the
  // writer's own as someone else's (a brother's anniversary, elderly couples agreeing to go
  // together, an angry vent about a father, a carer worn out).
  ["24", ROUND_24, 15, 5],
] as const)("blind round %s, whose danger", (name, round, otherMarked, flippedAtMost) => {
  it("marks the reports about someone else and keeps the writer's own", () => {
    const risky = round.filter((e) => e.label !== "ordinary");
    const subjects = risky.map((e) => ({ want: e.subject, got: assessRisk(e.text).subject }));
    const other = subjects.filter((s) => s.want === "other");
    const marked = other.filter((s) => s.got === "other").length;
    const flipped = subjects.filter((s) => s.want === "self" && s.got === "other").length;
    console.log(`round ${name} subject: other ${marked}/${other.length}, self flipped ${flipped}`);
    expect(marked).toBeGreaterThanOrEqual(otherMarked);
    expect(flipped).toBeLessThanOrEqual(flippedAtMost);
    // Round 20 after the fifteenth pass (whose danger and how urgent): 25 of 26 marked. FIT, NOT
    // BLIND (its misses were read to write that pass); the floor above is its first run. The one
    // left is "my dad's hitting mum right now ... I'm hiding in my room": a child hiding while a
    // parent is hurt is the writer's own danger at home, as rounds 12 and 19 labelled the same.
    if (name === "20") expect(marked).toBeGreaterThanOrEqual(25);
    // Round 21 after the sixteenth pass (whose danger and how urgent): 28 of 29 marked. FIT, NOT
    // BLIND (its misses were read to write that pass); the floor above is its first run. The one
    // left is "my brother is hitting my mom right now ... I'm locked in my room": a child or a
    // sibling hiding while a parent is hurt is the writer's own danger at home (the fifteenth
    // pass's reading, kept).
    if (name === "21") expect(marked).toBeGreaterThanOrEqual(28);
  });
});

// Rounds 20 on: their writers marked which crises are happening now. Never fewer of them read as
// urgent than the round's first run (round 20: 16 of 30 on 4f30f86; 21: 14 of 30 on 7505e25; 22:
// 13 of 30 on ce8b0e9; 23: 11 of 31 on 71cef03; 24: 8 of 31 on 75ee7b2), and no ordinary or
// distress message read as urgent (round 22's first run read one, "Overdosed on Balatro last
// night", a game played all night; the seventeenth pass's everyday part took it to none: fit, not
// blind).
describe.each([
  ["20", ROUND_20, ROUND_20_FIRST_RUN],
  ["21", ROUND_21, ROUND_21_FIRST_RUN],
  ["22", ROUND_22, ROUND_22_FIRST_RUN],
  ["23", ROUND_23, ROUND_23_FIRST_RUN],
  ["24", ROUND_24, ROUND_24_FIRST_RUN],
] as const)("blind round %s, how urgent", (name, round, first) => {
  it("reads its urgent crises as urgent at least as often as its first run", () => {
    const urgent = round.filter((e) => e.urgent);
    const read = urgent.filter((e) => assessRisk(e.text).urgent === true).length;
    const calm = round.filter((e) => e.label !== "crisis" && assessRisk(e.text).urgent === true);
    console.log(`round ${name} urgent: ${read}/${urgent.length}`);
    expect(urgent.length).toBe(first.urgent);
    expect(read).toBeGreaterThanOrEqual(first.urgentAtUrgent);
    expect(calm).toEqual([]);
  });
});

// Round 24 after the nineteenth pass (the writer's own, happening now, someone else's): FIT, NOT
// BLIND; the floors above are its first run (15 of 25 marked, five of the writer's own flipped, 8
// of 31 urgent). Every report about someone else marked, none of the writer's own flipped, every
// urgent crisis read urgent but the two bare replies (urgent in a conversation after a crisis:
// test/safety-content/replies-at-the-question.test.ts), and none read urgent that is not marked.
describe("blind round 24 after the nineteenth pass (FIT, NOT BLIND)", () => {
  it("marks every report about someone else, flips none of the writer's own, and reads the urgent as urgent", () => {
    const risky = ROUND_24.filter((e) => e.label !== "ordinary");
    const read = risky.map((e) => ({ e, a: assessRisk(e.text) }));
    expect(read.filter((x) => x.e.subject === "other" && x.a.subject !== "other")).toEqual([]);
    expect(read.filter((x) => x.e.subject === "self" && x.a.subject === "other")).toEqual([]);
    const urgent = read.filter((x) => x.e.urgent);
    expect(urgent.filter((x) => x.a.urgent !== true).map((x) => x.e.text)).toEqual([
      "はい。今夜です。",
      "yes. tonight.",
    ]);
    const notMarked = read.filter((x) => x.e.label === "crisis" && !x.e.urgent);
    expect(notMarked.filter((x) => x.a.urgent === true)).toEqual([]);
  });
});

// Round 23 after the eighteenth pass (the writer's own, someone else's, how urgent): FIT, NOT
// BLIND (its misses were read to write that pass); the floors above are its first run (14 of 24
// marked, one of the writer's own flipped, 11 of 31 urgent). Every report about someone else
// marked and at crisis, none of the writer's own read as someone else's, every urgent crisis read
// as urgent but one (いいえ。もう飲んだ, alone), and no crisis its writer did not mark urgent read
// as urgent (the school nurse's pupil, whose plan is for the weekend and who is with the nurse).
describe("blind round 23 after the eighteenth pass (FIT, NOT BLIND)", () => {
  it("marks every report about someone else, flips none of the writer's own, and reads the urgent as urgent", () => {
    const risky = ROUND_23.filter((e) => e.label !== "ordinary");
    const read = risky.map((e) => ({ e, a: assessRisk(e.text) }));
    expect(read.filter((x) => x.e.subject === "other" && x.a.subject !== "other")).toEqual([]);
    expect(read.filter((x) => x.e.subject === "self" && x.a.subject === "other")).toEqual([]);
    const crisisOther = read.filter((x) => x.e.label === "crisis" && x.e.subject === "other");
    expect(crisisOther.filter((x) => x.a.level !== "crisis")).toEqual([]);
    const urgent = read.filter((x) => x.e.urgent);
    expect(urgent.filter((x) => x.a.urgent !== true).map((x) => x.e.text)).toEqual([
      "いいえ。もう飲んだ",
    ]);
    const notMarked = read.filter((x) => x.e.label === "crisis" && !x.e.urgent);
    expect(notMarked.filter((x) => x.a.urgent === true)).toEqual([]);
  });
});

// Round 20 after the fifteenth pass: all 30 read as urgent, and of the crises its writer did not
// mark urgent only one is ("if I took all my nan's heart tablets would it be quick" no longer is;
// food stopped for five days and water cut down is, as the food-and-water rules are
// attempt-in-progress: a content decision the pass left open). FIT, NOT BLIND: the pass read these
// messages; the floor above is the recorded first run.
describe("blind round 20, how urgent after the fifteenth pass (FIT, NOT BLIND)", () => {
  it("reads every urgent crisis as urgent and at most one crisis not marked urgent", () => {
    const urgent = ROUND_20.filter((e) => e.urgent);
    expect(urgent.filter((e) => assessRisk(e.text).urgent !== true)).toEqual([]);
    const notMarked = ROUND_20.filter((e) => e.label === "crisis" && !e.urgent);
    expect(notMarked.filter((e) => assessRisk(e.text).urgent === true).length).toBeLessThanOrEqual(
      1,
    );
  });
});

describe("blind round 21, someone else's crises after the sixteenth pass (FIT, NOT BLIND)", () => {
  it("reads every urgent crisis about someone else as urgent, and each of its crises about someone else at crisis (FIT, NOT BLIND)", () => {
    // After the sixteenth pass (someone else's, how urgent), which read this round's misses: fit,
    // not blind. The floor above is its first run.
    const urgentOther = ROUND_21.filter((e) => e.urgent && e.subject === "other");
    expect(urgentOther.filter((e) => assessRisk(e.text).urgent !== true)).toEqual([]);
    const crisisOther = ROUND_21.filter((e) => e.label === "crisis" && e.subject === "other");
    expect(crisisOther.filter((e) => assessRisk(e.text).level !== "crisis")).toEqual([]);
  });
});

describe("blind round 22, the writer's own after the seventeenth pass (FIT, NOT BLIND)", () => {
  it("reads every crisis of the writer's own at crisis, and each one marked urgent as urgent (FIT, NOT BLIND)", () => {
    // After the seventeenth pass (the writer's own), which read this round's misses: fit, not
    // blind. The floors above are its first run (own crises at crisis 56 of 67, own urgent read
    // urgent 6 of 20); after the pass 67 of 67 and 20 of 20, and no crisis of the writer's own
    // that its writer did not mark urgent is read as urgent.
    const own = ROUND_22.filter((e) => e.label === "crisis" && e.subject === "self");
    expect(own.filter((e) => assessRisk(e.text).level !== "crisis")).toEqual([]);
    expect(own.filter((e) => e.urgent && assessRisk(e.text).urgent !== true)).toEqual([]);
    expect(own.filter((e) => !e.urgent && assessRisk(e.text).urgent === true)).toEqual([]);
  });
});

// Round 22 after the seventeenth pass's part on someone else's danger (whose danger and how urgent):
// FIT, NOT BLIND (its misses were read to write that part); the floors above are its first run
// (25 of 33 marked, two of the writer's own flipped, 13 of 30 urgent). Every report about someone
// else marked, none of the writer's own read as someone else's (a son spoken of by the island's
// neighbours, a cousin's remark at dinner), every urgent crisis about someone else read as urgent
// and every crisis about someone else at crisis.
describe("blind round 22, someone else's danger (FIT, NOT BLIND)", () => {
  it("marks every report about someone else, flips none of the writer's own, and reads their urgent crises as urgent", () => {
    const risky = ROUND_22.filter((e) => e.label !== "ordinary");
    const read = risky.map((e) => ({ e, a: assessRisk(e.text) }));
    expect(read.filter((x) => x.e.subject === "other" && x.a.subject !== "other").length).toBe(0);
    expect(read.filter((x) => x.e.subject === "self" && x.a.subject === "other").length).toBe(0);
    const urgentOther = read.filter((x) => x.e.urgent && x.e.subject === "other");
    expect(urgentOther.length).toBe(10);
    expect(urgentOther.filter((x) => x.a.urgent !== true).length).toBe(0);
    const crisisOther = read.filter((x) => x.e.label === "crisis" && x.e.subject === "other");
    expect(crisisOther.filter((x) => x.a.level !== "crisis").length).toBe(0);
  });
});
