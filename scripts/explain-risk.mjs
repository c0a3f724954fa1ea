// Why the learned layer scores a message as it does: the part of the message it reads (the
// whole, a sentence or two neighbouring sentences), both heads' probabilities, and the features
// that contribute most to each head, named (n-grams, concepts, concept pairs). A feature's
// contribution is its weight over the square root of the number of features, as the model sums
// them; buckets shared by several names (hash collisions) are named together.
//
//   node --import ./scripts/ts-register.mjs scripts/explain-risk.mjs [--top=12] "message" ...
//   ... scripts/explain-risk.mjs --file=messages.txt   (one message a line)
//
// It rebuilds the feature names the way src/safety/learned/features.ts hashes them and checks
// that its buckets are exactly featureIndices' (it stops if they differ: features.ts changed).
import { readFileSync } from "node:fs";
import { normalizeMessage } from "../src/safety/check.ts";
import { CONCEPTS } from "../src/safety/learned/concepts.ts";
import { FEATURE_BUCKETS, featureIndices } from "../src/safety/learned/features.ts";
import { defaultRiskModel } from "../src/safety/learned/index.ts";

const args = process.argv.slice(2);
const top = Number(args.find((a) => a.startsWith("--top="))?.slice(6) ?? 12);
const file = args.find((a) => a.startsWith("--file="))?.slice(7);
const texts = file
  ? readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim().length > 0)
  : args.filter((a) => !a.startsWith("--"));

const MASK = FEATURE_BUCKETS - 1;
const PRIME = 0x01000193;
const hashOn = (h, text) => {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h >>> 0;
};
const hash = (text) => hashOn(0x811c9dc5, text);
const LEET = { 0: "o", 1: "i", 3: "e", 4: "a", 5: "s", 7: "t" };
const unleet = (w) =>
  !/[a-z]/.test(w) || !/[013457]/.test(w) || /^\d+[a-z]{1,2}$/.test(w)
    ? w
    : w.replace(/[013457]/g, (d) => LEET[d] ?? d);
const NAMES = CONCEPTS.map(([name]) => name);

/** Bucket -> names of the features of `normalized` that fall in it. */
function namedFeatures(normalizedText) {
  const out = new Map();
  const add = (bucket, name) => {
    const b = bucket & MASK;
    if (!out.has(b)) out.set(b, new Set());
    out.get(b).add(name);
  };
  const normalized = /[013457]/.test(normalizedText)
    ? normalizedText.replace(/[a-z0-9']+/g, unleet)
    : normalizedText;
  const grams = (prefix, text, from, to, label) => {
    for (let i = 0; i < text.length; i++)
      for (let n = from; n <= to && i + n <= text.length; n++)
        add(hashOn(hash(prefix), text.slice(i, i + n)), `${label}"${text.slice(i, i + n)}"`);
  };
  for (const run of normalized.match(/[^\sa-z0-9'.,!?]+/g) ?? []) grams("j", run, 1, 4, "");
  const words = normalized.match(/[a-z0-9']+/g) ?? [];
  words.forEach((w, i) => {
    add(hashOn(hash("w"), w), `word "${w}"`);
    if (words[i + 1] !== undefined)
      add(hash(`b${w} ${words[i + 1]}`), `pair "${w} ${words[i + 1]}"`);
    if (words[i + 2] !== undefined)
      add(hash(`s${w} ${words[i + 2]}`), `skip "${w} _ ${words[i + 2]}"`);
    if (w.length > 2) grams("c", `<${w}>`, 3, 4, "in-word ");
  });
  if (words.length > 0) grams("x", ` ${words.join(" ")} `, 5, 5, "across ");
  return out;
}

// The concept buckets exactly as features.ts hashes them (prefix, repetition, index).
const conceptBucket = (prefix, r, a, b) =>
  hash(b === undefined ? `${prefix}${r}${a}` : `${prefix}${r}${a} ${b}`) & MASK;

function features(normalizedText) {
  const out = namedFeatures(normalizedText);
  const add = (bucket, name) => {
    if (!out.has(bucket)) out.set(bucket, new Set());
    out.get(bucket).add(name);
  };
  const normalized = /[013457]/.test(normalizedText)
    ? normalizedText.replace(/[a-z0-9']+/g, unleet)
    : normalizedText;
  const all = new Set();
  for (const sentence of normalized.split(".")) {
    if (sentence.trim().length === 0) continue;
    const found = CONCEPTS.flatMap(([, re], i) => (re.test(sentence) ? [i] : []));
    found.forEach((a, x) => {
      all.add(a);
      for (const b of found.slice(x + 1))
        for (let r = 0; r < 2; r++)
          add(conceptBucket("p", r, a, b), `sentence ${NAMES[a]}+${NAMES[b]}`);
    });
  }
  const list = [...all].sort((a, b) => a - b);
  list.forEach((a, x) => {
    for (let r = 0; r < 2; r++) add(conceptBucket("k", r, a), `concept ${NAMES[a]}`);
    for (const b of list.slice(x + 1))
      for (let r = 0; r < 2; r++) add(conceptBucket("q", r, a, b), `text ${NAMES[a]}+${NAMES[b]}`);
  });
  return out;
}

const model = defaultRiskModel();
const fmt = (x) => (x >= 0 ? `+${x.toFixed(3)}` : x.toFixed(3));

/** The part of a normalised message the model reads (as strongestEvidence picks it). */
function readPart(normalized) {
  const whole = model.evidence(normalized);
  const target = model.read(normalized);
  if (target.n === whole.n && target.risk === whole.risk) return normalized;
  const all = normalized.split(".").filter((s) => s.trim().length >= 4);
  const parts = [...all];
  for (let i = 0; i + 1 < all.length; i++) parts.push(`${all[i]}.${all[i + 1]}`);
  return (
    parts.find((p) => {
      const e = model.evidence(p);
      return e.n === target.n && e.risk === target.risk;
    }) ?? normalized
  );
}

for (const text of texts) {
  const normalized = normalizeMessage(text);
  const part = readPart(normalized);
  const evidence = model.evidence(part);
  const p = model.score(evidence);
  const named = features(part);
  const expected = featureIndices(part);
  const got = [...named.keys()].sort((a, b) => a - b);
  if (expected.length !== got.length || expected.some((b, i) => b !== got[i])) {
    throw new Error(
      `feature names out of step with features.ts (${got.length} vs ${expected.length})`,
    );
  }
  const norm = Math.sqrt(evidence.n);
  console.log(`\n${text}`);
  if (part !== normalized) console.log(`  reads: ${part}`);
  console.log(
    `  risk ${p.risk.toFixed(3)} (concern at ${model.thresholds.concern})  crisis ${p.crisis.toFixed(3)} (crisis at ${model.thresholds.crisis})  features ${evidence.n}`,
  );
  for (const head of ["risk", "crisis"]) {
    const weights = model[head].weights;
    const rows = [...named].map(([b, names]) => ({
      c: weights[b] / norm,
      names: [...names].join(" | "),
    }));
    rows.sort((a, b) => b.c - a.c);
    const conceptSum = rows
      .filter((r) => /^(concept|sentence|text) /.test(r.names))
      .reduce((s, r) => s + r.c, 0);
    const gramSum = rows.reduce((s, r) => s + r.c, 0) - conceptSum;
    console.log(
      `  ${head}: bias ${fmt(model[head].bias)}, concepts ${fmt(conceptSum)}, n-grams ${fmt(gramSum)}`,
    );
    for (const r of rows.slice(0, top)) console.log(`    ${fmt(r.c)}  ${r.names}`);
    for (const r of rows.slice(-3).reverse()) console.log(`    ${fmt(r.c)}  ${r.names}`);
  }
}
