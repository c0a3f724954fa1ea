// Records a blind round's first and only run: reads the writer's round.json, runs every message
// once through a built risk check, and writes test/safety/blind-round-<N>.ts with the figures
// of that run (per language and overall, whose danger, how urgent) and the cases, so that
// test/safety/labelled-set.test.ts can hold the check to them. Run it once, on the commit to
// be measured, before anything is changed for the round; the header's description of the
// round (who wrote it, asked for what) is left for the person recording to fill in.
//   node scripts/record-blind-round.mjs <round.json> <N> <commit> [path/to/safety/index.js]
// Prints the figures, never a message's text (use blind-round.mjs --misses after recording).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [roundPath, n, commit, modulePath = "dist/safety/index.js"] = process.argv.slice(2);
if (!roundPath || !/^\d+$/.test(n ?? "") || !/^[0-9a-f]{7,40}$/.test(commit ?? "")) {
  console.error("usage: node scripts/record-blind-round.mjs round.json N commit [safety/index.js]");
  process.exit(2);
}
const out = `test/safety/blind-round-${n}.ts`;
if (existsSync(out)) {
  console.error(`${out} exists: a round is recorded once`);
  process.exit(1);
}

const { assessRisk } = await import(pathToFileURL(resolve(modulePath)).href);
const round = JSON.parse(readFileSync(roundPath, "utf8"));
const LABELS = new Set(["crisis", "distress", "ordinary"]);
for (const [i, e] of round.entries()) {
  const ok =
    typeof e.text === "string" &&
    (e.lang === "ja" || e.lang === "en") &&
    LABELS.has(e.label) &&
    (e.subject === "self" || e.subject === "other") &&
    typeof e.urgent === "boolean" &&
    (e.label === "crisis" || e.urgent === false);
  if (!ok) {
    console.error(`case ${i} does not have the round's shape`);
    process.exit(1);
  }
}

const rank = { none: 0, concern: 1, crisis: 2 };
// The learned layer reports its verdict as a match of this id; a false crisis with no other
// match is the learned layer's alone.
const LEARNED_RULE = "any.learned.score";
const read = round.map((e) => ({ e, a: assessRisk(e.text) }));

function figures(rows) {
  const count = (label, test) => rows.filter(({ e, a }) => e.label === label && test(a)).length;
  const total = (label) => rows.filter(({ e }) => e.label === label).length;
  const risky = rows.filter(({ e }) => e.label !== "ordinary");
  const urgent = rows.filter(({ e }) => e.urgent);
  return {
    crisis: total("crisis"),
    crisisAtConcern: count("crisis", (a) => rank[a.level] >= 1),
    crisisAtCrisis: count("crisis", (a) => rank[a.level] >= 2),
    distress: total("distress"),
    distressAtConcern: count("distress", (a) => rank[a.level] >= 1),
    ordinary: total("ordinary"),
    ordinaryAtCrisis: count("ordinary", (a) => rank[a.level] >= 2),
    ordinaryAtConcern: count("ordinary", (a) => rank[a.level] >= 1),
    other: risky.filter(({ e }) => e.subject === "other").length,
    otherMarked: risky.filter(({ e, a }) => e.subject === "other" && a.subject === "other").length,
    selfFlipped: risky.filter(({ e, a }) => e.subject === "self" && a.subject === "other").length,
    learnedOnlyFalseCrises: rows.filter(
      ({ e, a }) =>
        e.label === "ordinary" &&
        a.level === "crisis" &&
        a.matches.every((m) => m.rule === LEARNED_RULE),
    ).length,
    urgent: urgent.length,
    urgentAtUrgent: urgent.filter(({ a }) => a.urgent === true).length,
    unmarkedReadUrgent: rows.filter(({ e, a }) => !e.urgent && a.urgent === true).length,
  };
}

const pct = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const cell = (a, b) => `${a}/${b} (${pct(a, b)})`;
const tableRows = [];
for (const lang of ["ja", "en", "all"]) {
  const f = figures(lang === "all" ? read : read.filter(({ e }) => e.lang === lang));
  tableRows.push([
    lang,
    cell(f.crisisAtConcern, f.crisis),
    cell(f.crisisAtCrisis, f.crisis),
    cell(f.distressAtConcern, f.distress),
    cell(f.ordinaryAtCrisis, f.ordinary),
    cell(f.ordinaryAtConcern, f.ordinary),
  ]);
}
const all = figures(read);
const head = ["lang", "crises >= concern", "crises = crisis", "distress >= concern"];
head.push("ordinary = crisis", "ordinary >= concern");
const widths = head.map((h, i) => Math.max(h.length, ...tableRows.map((r) => r[i].length)));
const row = (cells) => ` * | ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
const table = [
  row(head),
  row(widths.map((w) => "-".repeat(w))),
  ...tableRows.map((r) => row(r)),
].join("\n");

const firstRun = [
  "crisis",
  "crisisAtConcern",
  "crisisAtCrisis",
  "distress",
  "distressAtConcern",
  "ordinary",
  "ordinaryAtCrisis",
  "ordinaryAtConcern",
  "urgent",
  "urgentAtUrgent",
]
  .map((k) => `  ${k}: ${all[k]},`)
  .join("\n");

const cases = round
  .map((e) =>
    [
      "  {",
      `    text: ${JSON.stringify(e.text)},`,
      `    lang: "${e.lang}",`,
      `    label: "${e.label}",`,
      `    subject: "${e.subject}",`,
      `    urgent: ${e.urgent},`,
      "  },",
    ].join("\n"),
  )
  .join("\n");

const file = `/**
 * Round ${n} of blind phrasings: ${round.length} messages written by a helper who had seen neither
 * the check (rules, learned layer, docs, tests) nor any earlier round (only the content guide and
 * the seeds). ABOUT THE ROUND: who wrote it, asked for what.
 * Kept outside the repository and run ONCE, on main at commit ${commit.slice(0, 7)}, each message alone:
 *
${table}
 *
 * Crises and distress about someone else marked as such: ${all.otherMarked}/${all.other}; the writer's own
 * read as someone else's: ${all.selfFlipped}. Of the ${all.ordinaryAtCrisis} false crises, ${all.learnedOnlyFalseCrises} matched no rule (the learned
 * layer alone). Of the ${all.urgent} crises its writer marked urgent, ${all.urgentAtUrgent} were read as urgent; ${all.unmarkedReadUrgent}
 * message(s) not marked urgent were. These are the figures to quote for the check of that commit.
 * Any pass made after reading its misses makes later figures on it fit, not blind.
 */
import type { Round20Case } from "./blind-round-20.js";

/** Round ${n}'s first and only run (all languages). */
export const ROUND_${n}_FIRST_RUN = {
${firstRun}
} as const;

export const ROUND_${n}: readonly Round20Case[] = [
${cases}
];
`;
writeFileSync(out, file);
console.log(JSON.stringify(all));
console.log(table.replaceAll(" * ", ""));
console.log(`written: ${out} (fill in ABOUT THE ROUND)`);
