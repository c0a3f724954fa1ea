// Leave-one-source-out estimate for the learned layer: trains on every source but one (by
// default the newest blind round, blind-6) and measures rules + model on the one left out.
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs [source] [--misses]
// Still not a blind figure once anyone has read the left-out messages; say so when quoting it.
import { createRiskCheck } from "../src/safety/assess.ts";
import { RiskModel } from "../src/safety/learned/model.ts";
import { DEFAULT_TRAIN_SETTINGS, trainRiskModel } from "../src/safety/learned/train.ts";
import { ROUND_6 } from "../test/safety/blind-round-6.ts";
import { trainingExamples } from "../test/safety/training-data.ts";

const source = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "blind-6";
const all = trainingExamples();
// RISK_TRAIN='{"falseConcern":0.08}' tries other settings without editing the defaults.
const settings = { ...DEFAULT_TRAIN_SETTINGS, ...JSON.parse(process.env.RISK_TRAIN ?? "{}") };
const stored = trainRiskModel(
  all.filter((e) => e.source !== source),
  settings,
);
Object.assign(stored.thresholds, JSON.parse(process.env.RISK_THRESHOLDS ?? "{}"));
console.log("thresholds", JSON.stringify(stored.thresholds));
const model = new RiskModel(stored);
const rulesOnly = createRiskCheck({ model: null });
const composed = createRiskCheck({ model });
const held = all.filter((e) => e.source === source);
const labelOf = (e) =>
  source === "blind-6"
    ? ROUND_6.find((r) => r.text === e.text)?.label
    : e.crisis
      ? "crisis"
      : e.risk
        ? "distress"
        : "ordinary";
const rank = { none: 0, concern: 1, crisis: 2 };
for (const [name, check] of [
  ["rules", rulesOnly],
  ["rules+model", composed],
]) {
  const f = {};
  const misses = [];
  for (const e of held) {
    const label = labelOf(e);
    const lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(e.text) ? "ja" : "en";
    const a = check(e.text);
    for (const k of [label, `${lang}:${label}`]) {
      f[k] ??= { n: 0, concern: 0, crisis: 0 };
      f[k].n++;
      if (rank[a.level] >= 1) f[k].concern++;
      if (rank[a.level] >= 2) f[k].crisis++;
    }
    if (
      (label === "crisis" && a.level !== "crisis") ||
      (label === "distress" && a.level === "none") ||
      (label === "ordinary" && a.level !== "none")
    ) {
      misses.push(`${label} -> ${a.level} (${a.score}) ${a.subject}: ${e.text}`);
    }
  }
  console.log(
    name,
    Object.entries(f)
      .map(([k, v]) => `${k} ${v.concern}/${v.n} >=concern, ${v.crisis}/${v.n} crisis`)
      .join("; "),
  );
  if (process.argv.includes("--misses") && name !== "rules") console.log(misses.join("\n"));
}
