// Estimates for the learned layer, on data the model being measured was not trained on. None of
// them is a blind figure: the people who changed the check have read these messages. Say so when
// quoting them.
//
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs split [--misses]
//     the held-out split the thresholds are chosen on (fit: thresholds are picked there)
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs leave blind-7 [--misses]
//     trains without one source (a blind round) and measures rules + model on it
//
// RISK_TRAIN='{"ordinaryConcern":0.05}' tries other settings without editing the defaults.
// --candidates[=date,means] trains with the families not adopted (test/safety/synthetic/
// candidates.ts), all of them or the kinds named.
import { createRiskCheck, learnedGate } from "../src/safety/assess.ts";
import { RiskModel } from "../src/safety/learned/model.ts";
import {
  DEFAULT_TRAIN_SETTINGS,
  heldOutRun,
  isHeldOut,
  trainRiskModel,
} from "../src/safety/learned/train.ts";
import { CANDIDATE_KINDS } from "../test/safety/synthetic/candidates.ts";
import { trainingExamples } from "../test/safety/training-data.ts";

const [mode = "split", source] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showMisses = process.argv.includes("--misses");
const settings = { ...DEFAULT_TRAIN_SETTINGS, ...JSON.parse(process.env.RISK_TRAIN ?? "{}") };
// RISK_EXCLUDE=generated,corpus leaves sources out of training and measuring altogether.
const excluded = (process.env.RISK_EXCLUDE ?? "").split(",");
const candidatesFlag = process.argv.find((a) => a.startsWith("--candidates"));
const candidateKinds = candidatesFlag?.includes("=")
  ? candidatesFlag.slice(candidatesFlag.indexOf("=") + 1).split(",")
  : Object.keys(CANDIDATE_KINDS);
const candidates = candidatesFlag
  ? candidateKinds.flatMap((k) => {
      const kind = CANDIDATE_KINDS[k];
      if (!kind) throw new Error(`no candidate kind ${k}`);
      return kind;
    })
  : [];
const all = trainingExamples(candidates).filter((e) => !excluded.includes(e.source));
const rank = { none: 0, concern: 1, crisis: 2 };
const labelOf = (e) => (e.crisis ? "crisis" : e.risk ? "distress" : "ordinary");
const langOf = (e) => (/[\u3040-\u30ff\u4e00-\u9fff]/.test(e.text) ? "ja" : "en");
const pct = (a, b) => (b === 0 ? "  n/a" : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function figures(name, check, cases) {
  const f = { crisis: 0, cc: 0, cx: 0, distress: 0, dc: 0, ordinary: 0, ox: 0, oc: 0 };
  const misses = [];
  for (const e of cases) {
    const a = check(e.text);
    const r = rank[a.level];
    const label = labelOf(e);
    if (label === "crisis") {
      f.crisis++;
      f.cc += r >= 1 ? 1 : 0;
      f.cx += r >= 2 ? 1 : 0;
      if (r < 2) misses.push(`crisis -> ${a.level} (${a.score}): ${e.text}`);
    } else if (label === "distress") {
      f.distress++;
      f.dc += r >= 1 ? 1 : 0;
      if (r < 1) misses.push(`distress -> ${a.level} (${a.score}): ${e.text}`);
    } else {
      f.ordinary++;
      f.ox += r >= 2 ? 1 : 0;
      f.oc += r >= 1 ? 1 : 0;
      if (r >= 1) misses.push(`ordinary -> ${a.level} (${a.score}): ${e.text}`);
    }
  }
  console.log(
    [
      name.padEnd(28),
      `crises>=concern ${f.cc}/${f.crisis} ${pct(f.cc, f.crisis)}`,
      `crises=crisis ${f.cx}/${f.crisis} ${pct(f.cx, f.crisis)}`,
      `distress>=concern ${f.dc}/${f.distress} ${pct(f.dc, f.distress)}`,
      `ordinary=crisis ${f.ox}/${f.ordinary} ${pct(f.ox, f.ordinary)}`,
      `ordinary>=concern ${f.oc}/${f.ordinary} ${pct(f.oc, f.ordinary)}`,
    ].join("  "),
  );
  return misses;
}

function report(title, check, cases) {
  const misses = [];
  for (const [name, subset] of [
    [`${title} ja`, cases.filter((e) => langOf(e) === "ja")],
    [`${title} en`, cases.filter((e) => langOf(e) === "en")],
    [`${title} all`, cases],
  ]) {
    const m = figures(name, check, subset);
    if (name.endsWith("all")) misses.push(...m);
  }
  // Reports about someone else that say so (blind rounds record whose danger it is).
  const others = cases.filter((e) => e.subject === "other" && labelOf(e) !== "ordinary");
  if (others.length > 0) {
    const marked = others.filter((e) => check(e.text).subject === "other");
    console.log(`${title} subject other marked ${marked.length}/${others.length}`);
    if (showMisses) {
      for (const e of others) if (!marked.includes(e)) misses.push(`subject self: ${e.text}`);
    }
  }
  if (showMisses) console.log(misses.join("\n"));
}

if (mode === "split") {
  const run = heldOutRun(all, settings, learnedGate);
  console.log("thresholds", JSON.stringify(run.thresholds));
  const train = all.filter((e, i) => !isHeldOut(e, i, settings.heldOut));
  const model = new RiskModel(trainRiskModel(train, settings, run));
  const composed = createRiskCheck({ model });
  const rulesOnly = createRiskCheck({ model: null });
  const held = run.examples;
  const human = held.filter((e) => !e.generated);
  const generated = held.filter((e) => e.generated);
  report("rules, human-written", rulesOnly, human);
  report("rules+model, human-written", composed, human);
  report("rules, generated", rulesOnly, generated);
  report("rules+model, generated", composed, generated);
} else if (mode === "leave") {
  if (!source) throw new Error("usage: leave <source>");
  const sources = source.split(",");
  const kept = all.filter((e) => !sources.includes(e.source));
  const model = new RiskModel(trainRiskModel(kept, settings, learnedGate));
  console.log("thresholds", JSON.stringify(model.thresholds));
  const held = all.filter((e) => sources.includes(e.source));
  if (held.length === 0) throw new Error(`no examples from ${source}`);
  report(`rules, ${source}`, createRiskCheck({ model: null }), held);
  report(`rules+model, ${source}`, createRiskCheck({ model }), held);
} else {
  throw new Error(`unknown mode ${mode}`);
}
