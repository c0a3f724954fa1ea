// In-process A/B of two builds of the risk check: CPU time (process.cpuUsage) a message over
// the first 6,000 distinct labelled messages (the sets, the blind rounds, the corpora and the
// generated training messages, in trainingExamples' order). Each round runs the messages through
// both builds in slices of 250, the builds alternating slice by slice (which goes first swaps
// every slice), so that a change of load on a shared machine falls on both alike. The first round
// is warm-up. For a speed change, beside scripts/risk-diff.mjs (which proves the verdicts equal):
//
//   npm run build && node --import ./scripts/ts-register.mjs scripts/risk-ab.mjs \
//     /path/to/baseline/dist dist [rounds]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { trainingExamples } from "../test/safety/training-data.ts";

const [baseDir, nextDir, roundsArg = "8"] = process.argv.slice(2);
if (!baseDir || !nextDir) {
  console.error("usage: risk-ab.mjs BASE_DIST NEXT_DIST [ROUNDS]");
  process.exit(2);
}
const MESSAGES = 6000;
const SLICE = 250;
const texts = [...new Set(trainingExamples().map((example) => example.text))].slice(0, MESSAGES);
const messages = texts.map((text) => [text, /[a-z]/i.test(text) ? "en" : "ja"]);
const load = async (dir) =>
  (await import(pathToFileURL(resolve(dir, "safety/index.js")).href)).assessRisk;
const builds = [await load(baseDir), await load(nextDir)];

const rounds = [];
for (let r = 0; r < Number(roundsArg); r++) {
  const cpu = [0, 0];
  for (let s = 0, k = 0; s < messages.length; s += SLICE, k++) {
    const slice = messages.slice(s, s + SLICE);
    for (const b of (k + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = process.cpuUsage();
      for (const [text, locale] of slice) builds[b](text, locale);
      const used = process.cpuUsage(start);
      cpu[b] += used.user + used.system;
    }
  }
  const [base, next] = cpu.map((c) => c / messages.length);
  rounds.push([base, next]);
  console.log(
    `round ${r + 1}${r === 0 ? " (warm-up)" : ""}: base ${base.toFixed(1)} µs, next ${next.toFixed(1)} µs, next/base ${(next / base).toFixed(2)}`,
  );
}
const warm = rounds.slice(1);
const range = (values, digits) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0].toFixed(digits)}-${sorted.at(-1).toFixed(digits)}`;
};
const micros = (i) =>
  range(
    warm.map((round) => round[i]),
    0,
  );
console.log(
  `risk-ab: ${messages.length} messages, rounds 2-${rounds.length}: base ${micros(0)} µs, ` +
    `next ${micros(1)} µs of CPU a message; next/base ${range(
      warm.map(([b, n]) => n / b),
      2,
    )}`,
);
