// Estimates for the learned layer, on data the model being measured was not trained on. None of
// them is a blind figure: the people who changed the check have read these messages. Say so when
// quoting them.
//
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs split [--misses]
//     the held-out split the thresholds are chosen on (fit: thresholds are picked there)
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs leave blind-7 [--misses]
//     trains without one source (a blind round) and measures rules + model on it
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs rounds \
//       blind-11,blind-12 [--with=blind-11,blind-12] [--misses]
//     leave one round out of several, for the model: (a) trained without any of them, (b) without
//     only the round measured; the model alone (gated as in the check) and rules + model on it
//
// RISK_TRAIN='{"ordinaryConcern":0.05}' tries other settings without editing the defaults.
// --candidates[=date,means] trains with the families not adopted (test/safety/synthetic/
// candidates.ts), all of them or the kinds named.
// --with=blind-11,... adds recorded blind rounds that are not training data (yet), after round
// 10 where they would join, so a retrain with them can be measured before it is made.
import { createRiskCheck, learnedGate } from "../src/safety/assess.ts";
import { normalizeMessage } from "../src/safety/check.ts";
import { RiskModel } from "../src/safety/learned/model.ts";
import {
  DEFAULT_TRAIN_SETTINGS,
  heldOutRun,
  isHeldOut,
  trainRiskModel,
} from "../src/safety/learned/train.ts";
import { ROUND_11 } from "../test/safety/blind-round-11.ts";
import { ROUND_12 } from "../test/safety/blind-round-12.ts";
import { ROUND_13 } from "../test/safety/blind-round-13.ts";
import { ROUND_14 } from "../test/safety/blind-round-14.ts";
import { ROUND_15 } from "../test/safety/blind-round-15.ts";
import { ROUND_16 } from "../test/safety/blind-round-16.ts";
import { ROUND_17 } from "../test/safety/blind-round-17.ts";
import { ROUND_18 } from "../test/safety/blind-round-18.ts";
import { ROUND_19 } from "../test/safety/blind-round-19.ts";
import { CANDIDATE_KINDS } from "../test/safety/synthetic/candidates.ts";
import { fromRound, trainingExamples } from "../test/safety/training-data.ts";

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
const RECORDED = {
  "blind-11": ROUND_11,
  "blind-12": ROUND_12,
  "blind-13": ROUND_13,
  "blind-14": ROUND_14,
  "blind-15": ROUND_15,
  "blind-16": ROUND_16,
  "blind-17": ROUND_17,
  "blind-18": ROUND_18,
  "blind-19": ROUND_19,
};
const withFlag = process.argv.find((a) => a.startsWith("--with="));
const base = trainingExamples(candidates);
const present = new Set(base.map((e) => e.source));
const added = (withFlag ? withFlag.slice("--with=".length).split(",") : []).flatMap((name) => {
  if (!RECORDED[name]) throw new Error(`no recorded round ${name}`);
  return present.has(name) ? [] : fromRound(RECORDED[name], name);
});
const after10 = base.findLastIndex((e) => e.source === "blind-10") + 1;
const all = [...base.slice(0, after10), ...added, ...base.slice(after10)].filter(
  (e) => !excluded.includes(e.source),
);
const rank = { none: 0, concern: 1, crisis: 2 };
const labelOf = (e) => (e.crisis ? "crisis" : e.risk ? "distress" : "ordinary");
const langOf = (e) => (/[\u3040-\u30ff\u4e00-\u9fff]/.test(e.text) ? "ja" : "en");
const pct = (a, b) => (b === 0 ? "  n/a" : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function count(check, cases) {
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
  return { f, misses };
}

function line(name, f) {
  return [
    name.padEnd(28),
    `crises>=concern ${f.cc}/${f.crisis} ${pct(f.cc, f.crisis)}`,
    `crises=crisis ${f.cx}/${f.crisis} ${pct(f.cx, f.crisis)}`,
    `distress>=concern ${f.dc}/${f.distress} ${pct(f.dc, f.distress)}`,
    `ordinary=crisis ${f.ox}/${f.ordinary} ${pct(f.ox, f.ordinary)}`,
    `ordinary>=concern ${f.oc}/${f.ordinary} ${pct(f.oc, f.ordinary)}`,
  ].join("  ");
}

function figures(name, check, cases) {
  const { f, misses } = count(check, cases);
  console.log(line(name, f));
  return misses;
}

/**
 * The learned layer's own verdict, gated as the check gates it (not over an idiom the rules
 * recognised, not on a word or two) but blind to the level the rules give: what the model
 * would say on wording no rule was written for.
 */
function modelAlone(model) {
  return (text) => {
    const gate = learnedGate(text);
    const p = model.score(model.read(normalizeMessage(text)));
    const concern = gate.mayConcern && p.risk >= model.thresholds.concern;
    const crisis = concern && gate.mayCrisis && p.crisis >= model.thresholds.crisis;
    return { level: crisis ? "crisis" : concern ? "concern" : "none", score: p.risk };
  };
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
  if (others.length > 0 && check(others[0].text).subject !== undefined) {
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
  report(`model alone, ${source}`, modelAlone(model), held);
} else if (mode === "rounds") {
  if (!source) throw new Error("usage: rounds <source,source,...>");
  const sources = source.split(",");
  const train = (examples) => new RiskModel(trainRiskModel(examples, settings, learnedGate));
  const modelA = train(all.filter((e) => !sources.includes(e.source)));
  console.log(`(a) without ${source}: thresholds ${JSON.stringify(modelA.thresholds)}`);
  const sums = { a: {}, b: {}, ra: {}, rb: {}, rules: {} };
  const add = (sum, f) => {
    for (const [k, v] of Object.entries(f)) sum[k] = (sum[k] ?? 0) + v;
  };
  const rulesOnly = createRiskCheck({ model: null });
  for (const name of sources) {
    const held = all.filter((e) => e.source === name);
    if (held.length === 0) throw new Error(`no examples from ${name} (--with=${name}?)`);
    const modelB = train(all.filter((e) => e.source !== name));
    console.log(`(b) without ${name}: thresholds ${JSON.stringify(modelB.thresholds)}`);
    const rows = [
      ["rules", "rules", rulesOnly],
      ["a", "(a) model alone", modelAlone(modelA)],
      ["b", "(b) model alone", modelAlone(modelB)],
      ["ra", "(a) rules+model", createRiskCheck({ model: modelA })],
      ["rb", "(b) rules+model", createRiskCheck({ model: modelB })],
    ];
    for (const [key, title, check] of rows) {
      const { f } = count(check, held);
      add(sums[key], f);
      console.log(line(`${name} ${title}`, f));
    }
    if (showMisses) {
      // What the other rounds changed in the model's own verdicts on this one.
      const a = modelAlone(modelA);
      const b = modelAlone(modelB);
      for (const e of held) {
        const [la, lb] = [a(e.text).level, b(e.text).level];
        if (la !== lb) console.log(`  ${labelOf(e)}: ${la} -> ${lb}: ${e.text}`);
      }
    }
  }
  const titles = { rules: "rules", a: "(a) model alone", b: "(b) model alone" };
  Object.assign(titles, { ra: "(a) rules+model", rb: "(b) rules+model" });
  for (const [key, title] of Object.entries(titles)) console.log(line(`sum ${title}`, sums[key]));
} else {
  throw new Error(`unknown mode ${mode}`);
}
