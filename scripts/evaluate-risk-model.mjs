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
//   node --import ./scripts/ts-register.mjs scripts/evaluate-risk-model.mjs matched \
//       [--candidates=voice] [--seeds=20261206,7,11] [--points=4/1.5,8/3] [--catch=90/85] \
//       [--rounds=blind-11,...] [--leave=blind-6,...] [--rules] [--picked]
//     compares two training configurations at the same operating points, not at the thresholds
//     each retrain picks on its split (those move with any change to the data, and a change to
//     the ranking drowns in them). A is the training data as it is (RISK_TRAIN settings); B adds
//     the --candidates families and RISK_TRAIN_B settings on top of RISK_TRAIN. For each seed and
//     configuration one model is trained (no split: the final heads only) and each recorded round
//     that is not training data (rounds 11-18, or --rounds) is measured with thresholds chosen on
//     the other such rounds, scored by the same model: `--points=C/X` picks the lowest thresholds
//     that raise at most C% of their ordinary messages to concern and X% to crisis (the model
//     alone, gated as in the check), `--catch=C/X` the highest that keep at least C% of their
//     crises at concern and X% at crisis. So both configurations stand at the same false-alarm
//     rate (or the same catch rate) on a common set that is never the one measured. `--leave`
//     also leaves trained rounds out one at a time (a retrain each), thresholds chosen on rounds
//     11-18. Prints, per operating point, the model alone's figures summed over the rounds:
//     mean [min..max] over seeds for A and B, and B - A paired by seed. `--rules` adds rules +
//     model at the same thresholds (the rules were fitted to rounds 11-18: fit); `--picked` adds
//     the thresholds each retrain picks itself (a second training each). About 10 s a seed and
//     configuration, 4 s more for each --leave round, 12 s more with --picked. `--by-round` adds
//     B - A of the model alone round by round (summed over seeds), to see where it comes from.
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
import { UNTRAINED_ROUNDS } from "../test/safety/blind-rounds.ts";
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
const RECORDED = Object.fromEntries(UNTRAINED_ROUNDS.map((r) => [`blind-${r.round}`, r.cases]));
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
// The lowest threshold training's grid can pick: matched thresholds never go under it.
const FLOOR = 0.05;

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
} else if (mode === "matched") {
  matched();
} else {
  throw new Error(`unknown mode ${mode}`);
}

/** Lowest threshold at which at most a share `q` of the values is at or above it. */
function rateThreshold(values, q) {
  const sorted = values.filter((v) => v >= 0).sort((a, b) => b - a);
  const k = Math.floor(q * values.length + 1e-9);
  if (k >= sorted.length) return FLOOR;
  return Math.max(FLOOR, (sorted[k] ?? 0) + 1e-9);
}

/** Highest threshold at which at least a share `p` of the values is at or above it. */
function catchThreshold(values, p) {
  const sorted = values.filter((v) => v >= 0).sort((a, b) => b - a);
  const k = Math.ceil(p * values.length - 1e-9);
  if (k === 0) return 1;
  return Math.max(FLOOR, sorted[k - 1] ?? FLOOR);
}

/** The model alone's level for a scored message at given thresholds (as `modelAlone`). */
function aloneLevel(c, t) {
  const concern = c.gate.mayConcern && c.risk >= t.concern;
  return concern && c.gate.mayCrisis && c.crisis >= t.crisis ? 2 : concern ? 1 : 0;
}

/**
 * Thresholds for one operating point, chosen on the calibration messages (rounds other than
 * the one measured, scored by the same model): `fa` keeps the ordinary messages raised to
 * concern and to crisis within the shares given; `catch` keeps at least the shares given of the
 * crises at concern and at crisis.
 */
function matchedThresholds(point, calibration) {
  const gatedRisk = (c) => (c.gate.mayConcern ? c.risk : -1);
  const gatedCrisis = (concern) => (c) =>
    c.gate.mayConcern && c.gate.mayCrisis && c.risk >= concern ? c.crisis : -1;
  if (point.kind === "fa") {
    const ordinary = calibration.filter((c) => c.label === "ordinary");
    const concern = rateThreshold(ordinary.map(gatedRisk), point.concern);
    return { concern, crisis: rateThreshold(ordinary.map(gatedCrisis(concern)), point.crisis) };
  }
  const crises = calibration.filter((c) => c.label === "crisis");
  const concern = catchThreshold(crises.map(gatedRisk), point.concern);
  return { concern, crisis: catchThreshold(crises.map(gatedCrisis(concern)), point.crisis) };
}

/**
 * `matched`: two training configurations compared at the same operating points rather than at
 * the thresholds each retrain picks (which move with any change to the data and hide what the
 * change did to the ranking). See the header for the flags.
 */
function matched() {
  const flag = (name, fallback) => {
    const a = process.argv.find((x) => x.startsWith(`--${name}=`));
    return a ? a.slice(name.length + 3) : fallback;
  };
  const seeds = flag("seeds", `${DEFAULT_TRAIN_SETTINGS.seed},7,11`).split(",").map(Number);
  const parsePoints = (text, kind) =>
    text
      ? text.split(",").map((p) => {
          const [concern, crisis] = p.split("/").map((x) => Number(x) / 100);
          return {
            kind,
            concern,
            crisis,
            name: `${kind === "fa" ? "ordinary" : "crises caught"} ${p}%`,
          };
        })
      : [];
  const points = [
    ...parsePoints(flag("points", "4/1.5,8/3"), "fa"),
    ...parsePoints(flag("catch", "90/85"), "catch"),
  ];
  const withRules = process.argv.includes("--rules");
  const picked = process.argv.includes("--picked");
  const baseA = trainingExamples().filter((e) => !excluded.includes(e.source));
  const baseB = trainingExamples(candidates).filter((e) => !excluded.includes(e.source));
  const settingsB = { ...settings, ...JSON.parse(process.env.RISK_TRAIN_B ?? "{}") };
  const inTraining = new Set(baseA.map((e) => e.source));
  const unseen = flag("rounds", Object.keys(RECORDED).join(","))
    .split(",")
    .filter((name) => {
      if (!RECORDED[name]) throw new Error(`no recorded round ${name}`);
      return !inTraining.has(name);
    });
  const leave = flag("leave", "")
    .split(",")
    .filter(Boolean)
    .map((name) => {
      if (!inTraining.has(name)) throw new Error(`${name} is not training data`);
      return name;
    });
  const cases = Object.fromEntries([
    ...unseen.map((name) => [name, fromRound(RECORDED[name], name)]),
    ...leave.map((name) => [name, baseA.filter((e) => e.source === name)]),
  ]);
  const gates = new Map();
  const gate = (text) => {
    if (!gates.has(text)) gates.set(text, learnedGate(text));
    return gates.get(text);
  };
  const score = (model, list) =>
    list.map((e) => {
      const p = model.score(model.read(normalizeMessage(e.text)));
      return {
        text: e.text,
        label: labelOf(e),
        risk: p.risk,
        crisis: p.crisis,
        gate: gate(e.text),
      };
    });
  const train = (examples, s) =>
    new RiskModel(
      trainRiskModel(examples, s, {
        examples: [],
        scores: [],
        thresholds: { concern: 1, crisis: 1 },
      }),
    );
  const keys = ["crisis", "cc", "cx", "distress", "dc", "ordinary", "ox", "oc"];
  const empty = () => Object.fromEntries(keys.map((k) => [k, 0]));
  const tally = (f, label, level) => {
    if (label === "crisis") {
      f.crisis++;
      f.cc += level >= 1 ? 1 : 0;
      f.cx += level >= 2 ? 1 : 0;
    } else if (label === "distress") {
      f.distress++;
      f.dc += level >= 1 ? 1 : 0;
    } else {
      f.ordinary++;
      f.ox += level >= 2 ? 1 : 0;
      f.oc += level >= 1 ? 1 : 0;
    }
  };
  // results[config][seed][point][set] = figures (set: "unseen" or "left out"), thresholds.
  const results = { A: [], B: [] };
  const started = Date.now();
  for (const seed of seeds) {
    for (const [config, base, s0] of [
      ["A", baseA, settings],
      ["B", baseB, settingsB],
    ]) {
      const s = { ...s0, seed };
      const shared = train(base, s);
      const byRound = Object.fromEntries(unseen.map((n) => [n, score(shared, cases[n])]));
      const calibrationAll = unseen.flatMap((n) => byRound[n]);
      const out = { seed, points: {} };
      const measure = (pointName, t, model, scored, set, held) => {
        out.points[pointName] ??= { thresholds: [], sets: {}, rounds: {} };
        const slot = out.points[pointName];
        slot.thresholds.push(t);
        slot.sets[set] ??= { alone: empty(), rules: empty() };
        const f = slot.sets[set];
        const own = empty();
        for (const c of scored) {
          tally(f.alone, c.label, aloneLevel(c, t));
          tally(own, c.label, aloneLevel(c, t));
        }
        slot.rounds[held[0]?.source ?? "?"] = own;
        if (withRules) {
          const check = createRiskCheck({
            model: Object.assign(Object.create(RiskModel.prototype), model, { thresholds: t }),
          });
          for (const e of held) tally(f.rules, labelOf(e), rank[check(e.text).level]);
        }
      };
      for (const name of unseen) {
        const scored = byRound[name];
        const calibration = unseen.filter((n) => n !== name).flatMap((n) => byRound[n]);
        for (const point of points) {
          measure(
            point.name,
            matchedThresholds(point, calibration),
            shared,
            scored,
            "unseen",
            cases[name],
          );
        }
      }
      for (const name of leave) {
        const model = train(
          base.filter((e) => e.source !== name),
          s,
        );
        const calibration = score(
          model,
          unseen.flatMap((n) => cases[n]),
        );
        const scored = score(model, cases[name]);
        for (const point of points) {
          measure(
            point.name,
            matchedThresholds(point, calibration),
            model,
            scored,
            "left out",
            cases[name],
          );
        }
      }
      if (picked) {
        const t = heldOutRun(base, s, gate).thresholds;
        const model = Object.assign(Object.create(RiskModel.prototype), shared, { thresholds: t });
        const f = { alone: empty(), rules: empty() };
        out.points["picked by the retrain"] = { thresholds: [t], sets: { unseen: f } };
        for (const c of calibrationAll) tally(f.alone, c.label, aloneLevel(c, t));
        if (withRules) {
          const check = createRiskCheck({ model });
          for (const name of unseen)
            for (const e of cases[name]) tally(f.rules, labelOf(e), rank[check(e.text).level]);
        }
      }
      results[config].push(out);
      console.error(
        `seed ${seed} config ${config} done at ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  }
  summarise(results, seeds, withRules, { unseen, leave, candidates: candidates.length });
}

/** Means and ranges over seeds of each configuration, and of B - A paired by seed. */
function summarise(results, seeds, withRules, about) {
  const byRound = process.argv.includes("--by-round");
  const fields = [
    ["cc", "crises>=concern", "crisis"],
    ["cx", "crises=crisis", "crisis"],
    ["dc", "distress>=concern", "distress"],
    ["ox", "ordinary=crisis", "ordinary"],
    ["oc", "ordinary>=concern", "ordinary"],
  ];
  const stat = (values) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return `${mean.toFixed(1)} [${Math.min(...values)}..${Math.max(...values)}]`;
  };
  console.log(
    `matched: seeds ${seeds.join(",")}; unseen rounds ${about.unseen.join(",")}; left out ${
      about.leave.join(",") || "none"
    }; B adds ${about.candidates} candidate families and RISK_TRAIN_B=${process.env.RISK_TRAIN_B ?? "{}"}`,
  );
  const pointNames = Object.keys(results.A[0].points);
  for (const point of pointNames) {
    console.log(`\n== ${point}`);
    for (const config of ["A", "B"]) {
      const ts = results[config].flatMap((r) => r.points[point].thresholds);
      const mean = (k) => (ts.reduce((a, t) => a + t[k], 0) / ts.length).toFixed(3);
      console.log(
        `  ${config} thresholds (mean over rounds and seeds): ${mean("concern")}, ${mean("crisis")}`,
      );
    }
    const sets = Object.keys(results.A[0].points[point].sets);
    for (const set of sets) {
      for (const kind of withRules ? ["alone", "rules"] : ["alone"]) {
        const of = (config) => results[config].map((r) => r.points[point].sets[set][kind]);
        const [a, b] = [of("A"), of("B")];
        const total = (list, n) => list[0][n];
        const row = (label, get) =>
          `  ${set} ${kind === "alone" ? "model alone" : "rules+model"} ${label.padEnd(5)} ${fields
            .map(([k, name, n]) => `${name} ${get(k)}/${total(a, n)}`)
            .join("  ")}`;
        console.log(row("A", (k) => stat(a.map((f) => f[k]))));
        console.log(row("B", (k) => stat(b.map((f) => f[k]))));
        console.log(row("B-A", (k) => stat(b.map((f, i) => f[k] - a[i][k]))));
      }
    }
    if (byRound && results.A[0].points[point].rounds) {
      // Where the difference comes from: B - A of the model alone, round by round, summed over seeds.
      for (const name of Object.keys(results.A[0].points[point].rounds)) {
        const diff = (k) =>
          results.B.reduce(
            (sum, r, i) =>
              sum + r.points[point].rounds[name][k] - results.A[i].points[point].rounds[name][k],
            0,
          );
        console.log(
          `  ${name} B-A summed over seeds: ${fields.map(([k, n]) => `${n} ${diff(k)}`).join("  ")}`,
        );
      }
    }
  }
}
