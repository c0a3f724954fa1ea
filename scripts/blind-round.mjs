// Runs one blind round (a JSON array of {text, lang, label: crisis|distress|ordinary, subject})
// through a built risk check and prints its figures, per language and overall. No message text
// is printed unless --misses is given (then only for the person measuring, never for logs).
//   node scripts/blind-round.mjs /path/round.json [path/to/safety/index.js] [--misses]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showMisses = process.argv.includes("--misses");
const [roundPath, modulePath = "dist/safety/index.js"] = args;
if (!roundPath) {
  console.error("usage: node scripts/blind-round.mjs round.json [safety/index.js] [--misses]");
  process.exit(2);
}
const { assessRisk } = await import(pathToFileURL(resolve(modulePath)).href);
const round = JSON.parse(readFileSync(roundPath, "utf8"));
const rank = { none: 0, concern: 1, crisis: 2 };

function figures(entries) {
  const f = {
    crisis: 0,
    crisisConcern: 0,
    crisisCrisis: 0,
    distress: 0,
    distressConcern: 0,
    ordinary: 0,
    ordinaryCrisis: 0,
    ordinaryConcern: 0,
    other: 0,
    otherMarked: 0,
  };
  const misses = [];
  for (const e of entries) {
    const a = assessRisk(e.text);
    const r = rank[a.level];
    if (e.label === "crisis") {
      f.crisis++;
      if (r >= 1) f.crisisConcern++;
      if (r >= 2) f.crisisCrisis++;
      if (r < 2) misses.push(`crisis -> ${a.level}: ${e.text}`);
    } else if (e.label === "distress") {
      f.distress++;
      if (r >= 1) f.distressConcern++;
      else misses.push(`distress -> ${a.level}: ${e.text}`);
    } else {
      f.ordinary++;
      if (r >= 2) f.ordinaryCrisis++;
      if (r >= 1) f.ordinaryConcern++;
      if (r >= 1) misses.push(`ordinary -> ${a.level}: ${e.text}`);
    }
    if (e.subject === "other" && e.label !== "ordinary") {
      f.other++;
      if (a.subject === "other") f.otherMarked++;
    }
  }
  return { f, misses };
}

const pct = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
function line(name, f) {
  return [
    `${name}:`,
    `crises >=concern ${f.crisisConcern}/${f.crisis} (${pct(f.crisisConcern, f.crisis)})`,
    `crises =crisis ${f.crisisCrisis}/${f.crisis} (${pct(f.crisisCrisis, f.crisis)})`,
    `distress >=concern ${f.distressConcern}/${f.distress} (${pct(f.distressConcern, f.distress)})`,
    `ordinary =crisis ${f.ordinaryCrisis}/${f.ordinary} (${pct(f.ordinaryCrisis, f.ordinary)})`,
    `ordinary >=concern ${f.ordinaryConcern}/${f.ordinary} (${pct(f.ordinaryConcern, f.ordinary)})`,
    `about someone else marked ${f.otherMarked}/${f.other}`,
  ].join("  ");
}
for (const lang of [...new Set(round.map((e) => e.lang))].sort()) {
  const { f } = figures(round.filter((e) => e.lang === lang));
  console.log(line(lang, f));
}
const all = figures(round);
console.log(line("all", all.f));
if (showMisses) console.log(all.misses.join("\n"));
