// Differential check of two builds of the risk check: every message the repository holds (the
// labelled, hold-out and blind sets, every recorded blind round, the corpora, the generated training
// messages, rule-examples.json and every string literal under test/), variants of them and
// random or hostile strings, each run through both builds alone and inside conversations with
// traces (as src/core/safety-response.ts calls it). Any difference in the full output
// (normalised text, level, matches, overrides, subject, urgent, score, trace) is printed and
// the exit code is 1. For a change that must not change verdicts (a speed-up):
//
//   npm run build && node --import ./scripts/ts-register.mjs scripts/risk-diff.mjs \
//     /path/to/baseline/dist dist
//
// Not part of npm test: it needs a second build to compare with.
//
// With --levels (for a change that is meant to move verdicts, such as a retrain) it compares the
// level alone: every labelled message whose level moved is printed with its label (generated
// ones only with --all), with counts of ups and downs by label, and the unlabelled messages
// (test literals, variants, random strings) are counted.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import ts from "typescript";
import { UNTRAINED_ROUNDS } from "../test/safety/blind-rounds.ts";
import { fromRound, trainingExamples } from "../test/safety/training-data.ts";

const [baseDir, nextDir] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const levelsOnly = process.argv.includes("--levels");
const printAll = process.argv.includes("--all");
if (!baseDir || !nextDir) {
  console.error("usage: risk-diff.mjs BASE_DIST NEXT_DIST");
  process.exit(2);
}
const load = async (dir) => import(pathToFileURL(resolve(dir, "safety/index.js")).href);
const base = await load(baseDir);
const next = await load(nextDir);

// ------------------------------------------------------------------ messages
const seen = new Set();
const messages = [];
const add = (text) => {
  if (typeof text !== "string" || seen.has(text)) return;
  seen.add(text);
  messages.push(text);
};

for (const example of trainingExamples()) add(example.text);
for (const c of UNTRAINED_ROUNDS.flatMap((r) => r.cases)) add(c.text);
const ruleExamples = JSON.parse(readFileSync("test/safety/rule-examples.json", "utf8"));
for (const { match = [], noMatch = [] } of Object.values(ruleExamples)) {
  for (const text of [...match, ...noMatch]) add(text);
}
const corpusCount = messages.length;

// Every string literal under test/ (conversations, fuzz cases, e2e texts): cheap to add.
function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(?:ts|mts|json)$/.test(name)) yield path;
  }
}
function literalsOf(path) {
  const source = readFileSync(path, "utf8");
  if (path.endsWith(".json")) {
    const out = [];
    JSON.parse(source, (_key, value) => {
      if (typeof value === "string") out.push(value);
      return value;
    });
    return out;
  }
  const out = [];
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.ES2022, false);
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
for (const path of files("test")) for (const text of literalsOf(path)) add(text);
const literalCount = messages.length - corpusCount;

// Variants: the shapes the normaliser folds (case, width, kana, spacing, invisible characters,
// leet, emoji, repeats), so its fast paths are exercised on risk words too.
const toKatakana = (s) =>
  s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
const toFullWidth = (s) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const LEET = { a: "4", e: "3", i: "1", o: "0", s: "$", t: "7" };
const variants = [
  (s) => s.toUpperCase(),
  toKatakana,
  toFullWidth,
  (s) => [...s].join(" "),
  (s) => [...s].join("\u200b"),
  (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
  (s) => `${s} 😂💀`,
  (s) => `💊🔪 ${s}!!!`,
  (s) => s.replace(/(.)/gu, "$1$1$1"),
  (s) => s.normalize("NFD"),
  (s) => s.replace(/\s+/g, "\n"),
  (s) => `"${s}" she said`,
  (s) => `「${s}」って曲`,
];
const originals = messages.slice();
originals.forEach((text, i) => {
  add(variants[i % variants.length](text));
  add(variants[(i * 7 + 3) % variants.length](text));
});
const variantCount = messages.length - corpusCount - literalCount;

// Random and hostile strings from a seeded generator.
let seed = 0x2545f491;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const POOLS = [
  "abcdefghijklmnopqrstuvwxyz     ..,,!?'\"-_*@$|0123456789",
  "ぁあぃいぅうぇえぉおかがきぎくぐけげこごさしすせそたちっつてとなにぬねのはばぱひふへほまみむめもゃやゅゆょよらりるれろわをんー〜、。「」『』",
  "ァアィイゥウェエォオカキクケコサシスセソタチッツテトナニヌネノハヒフヘホマミムメモャヤュユョヨラリルレロワヲンヴｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰﾞﾟ",
  "死殺消生薬首飛橋線路屋上今夜明日自分私僕俺母父家族友達血切傷遺書最後全部",
  "АаВвЕеКкМмНнОоРрСсТтХхІіЈјαβεικνορτυχ",
  "ＡＢＣａｂｃ０１２３！？　①②ﬁﬀ㍻㌔™ℌ℡ｶﾞ",
  "😂💀☠🔪💊🪢🩸🔫⚰🪦👍🏽👨‍👩‍👧❤️‍🔥🇯🇵1️⃣\u200b\u200d\ufe0f\u034f\u3164\u2800",
  "\u0000\u0001\u0007\t\n\r\u2028\u2029\v\f\u00ad\u0301\u0308\u20d2\u1ab0",
  "\ud800\udc00\udfff\ud83d",
];
const randomText = (length) => {
  let out = "";
  const pools = [pick(POOLS), pick(POOLS), pick(POOLS)];
  while (out.length < length) {
    const r = random();
    if (r < 0.08) out += pick(originals);
    else out += pick([...pick(pools)]);
  }
  return out;
};
for (let i = 0; i < 6000; i++) add(randomText(1 + Math.floor(random() ** 3 * 400)));
// Long pastes: around the channels' caps, past the whole-scan limit, past the input bound.
for (const length of [4_500, 5_000, 19_999, 20_001, 26_000, 60_000, 100_001, 130_000]) {
  let paste = "";
  while (paste.length < length) paste += `${pick(originals)}${pick(["。", ". ", "\n", " "])}`;
  add(paste.slice(0, length));
  add(randomText(length));
}
add("今日はなんとなく過ごしました。".repeat(300));
add("死".repeat(50_000));
add("kill myself ".repeat(3_000));
add("a".repeat(30_000));
add(`${"今日は普通の日。".repeat(3_000)}もう死にたい${"今日は普通の日。".repeat(1_000)}`);
for (const text of ["", " ", ".", "\u0000", "\ud800", "👍", "ｷｴﾀｲ", "k i l l   m y s e l f"])
  add(text);
const randomCount = messages.length - corpusCount - literalCount - variantCount;

// ------------------------------------------------------------------ levels
if (levelsOnly) {
  // The first label a text is given wins (a few texts sit in two sets).
  const labels = new Map();
  const labelled = [
    ...trainingExamples(),
    ...UNTRAINED_ROUNDS.flatMap((r) => fromRound(r.cases, `blind-${r.round}`)),
  ];
  for (const e of labelled) {
    if (labels.has(e.text)) continue;
    const label = e.crisis ? "crisis" : e.risk ? "distress" : "ordinary";
    labels.set(e.text, { label, source: e.source, generated: e.generated === true });
  }
  const rank = { none: 0, concern: 1, crisis: 2 };
  const tally = {};
  const bump = (key, way) => {
    tally[key] ??= { up: 0, down: 0 };
    tally[key][way]++;
  };
  const levelOf = (build, text, locale) => {
    try {
      return build.assessRisk(text, locale).level;
    } catch {
      return "threw";
    }
  };
  const started = Date.now();
  for (const text of messages) {
    const locale = /[a-z]/i.test(text) ? "en" : "ja";
    const a = levelOf(base, text, locale);
    const b = levelOf(next, text, locale);
    if (a === b) continue;
    const way = (rank[b] ?? -1) > (rank[a] ?? -1) ? "up" : "down";
    const known = labels.get(text);
    if (!known) {
      bump("unlabelled", way);
      continue;
    }
    const kind = known.generated ? "generated" : "human-written";
    bump(`${kind} ${known.label}`, way);
    if (!known.generated || printAll) {
      console.log(
        `${way.padEnd(4)} ${known.label.padEnd(8)} ${a} -> ${b} [${known.source}] ${text}`,
      );
    }
  }
  for (const [key, { up, down }] of Object.entries(tally).sort()) {
    console.log(`${key.padEnd(24)} up ${up}  down ${down}`);
  }
  console.log(
    `risk-diff --levels: ${messages.length} messages, ${labels.size} labelled ` +
      `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  process.exit(0);
}

// ------------------------------------------------------------------ compare
let compared = 0;
let differences = 0;
const report = (kind, text, a, b) => {
  differences++;
  if (differences <= 20) {
    console.error(`DIFF (${kind}) ${JSON.stringify(text.slice(0, 200))}`);
    console.error(`  base: ${JSON.stringify(a)}`);
    console.error(`  next: ${JSON.stringify(b)}`);
  }
};
const run = (build, text, locale, context) => {
  try {
    return build.assessRisk(text, locale, context);
  } catch (error) {
    return { threw: String(error) };
  }
};

const started = Date.now();
for (const text of messages) {
  const locale = /[a-z]/i.test(text) ? "en" : "ja";
  const nb = base.normalizeMessage(text);
  const nn = next.normalizeMessage(text);
  if (nb !== nn) report("normalised", text, nb, nn);
  const a = run(base, text, locale);
  const b = run(next, text, locale);
  if (!isDeepStrictEqual(a, b)) report("alone", text, a, b);
  compared++;
}

// Conversations: each build keeps its own traces, as the core does (an hour's, the last five);
// messages follow each other a few seconds to forty minutes apart, and a "not what I meant"
// now and then halves the earlier weights.
const TRACE_TTL_MS = 60 * 60 * 1000;
let contextCalls = 0;
const order = messages.filter((text) => text.length < 5_000);
for (let start = 0; start < order.length; start += 7) {
  const conversation = order.slice(start, start + 7);
  // Half the conversations mix in messages from far away in the list (a crisis after ordinary).
  if (random() < 0.5) conversation.splice(Math.floor(random() * 7), 0, pick(order), pick(order));
  let now = Date.UTC(2026, 0, 1) + Math.floor(random() * 1e9);
  const state = { base: [], next: [] };
  for (const text of conversation) {
    now += Math.floor(random() ** 2 * 40 * 60 * 1000);
    if (random() < 0.05) {
      for (const key of ["base", "next"]) {
        state[key] = state[key].map((t) => ({ ...t, weight: Math.max(0.1, t.weight / 2) }));
      }
    }
    const at = new Date(now);
    const results = {};
    for (const [key, build] of [
      ["base", base],
      ["next", next],
    ]) {
      const recent = state[key].filter((t) => now - Date.parse(t.at) < TRACE_TTL_MS);
      const risk = run(build, text, "ja", { recent, now: at });
      if (risk.trace) state[key] = [...recent, risk.trace].slice(-5);
      results[key] = risk;
    }
    if (!isDeepStrictEqual(results.base, results.next)) {
      report("in context", text, results.base, results.next);
    }
    contextCalls++;
  }
}

console.log(
  `risk-diff: ${compared} messages alone (${corpusCount} from the sets and corpora, ` +
    `${literalCount} more test literals, ${variantCount} variants, ${randomCount} random or ` +
    `hostile) and ${contextCalls} calls in context: ${differences} differences ` +
    `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(differences === 0 ? 0 : 1);
