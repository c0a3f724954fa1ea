// `npm run bench`: komorebi's performance record. Builds first, then for the LINE and Telegram
// webhook paths on SQLite, Redis and Postgres measures komorebi beside its floor (the bare SDK
// doing the least the same path needs), each server in its own process, the load generator in
// another, the platform APIs faked on loopback. Then RSS and start-up time with 100,000 stored
// conversations, and the risk check per message. Prints a table with the ratios and writes the
// JSON to bench/results/. Bounded: about 8 minutes, `--quick` about 2.
//
//   node scripts/bench/run.mjs [--quick] [--only line-sqlite,telegram-redis,...] [--no-build]
//                              [--skip-stored] [--label TEXT] [--rate N] [--profile] [--pairs N]
//
// --pairs N measures each path's floor and komorebi N times, alternating which goes first, and
// reports the median ratio beside each pair's: on a shared or virtual machine one pair can be
// off by a fifth either way.
import { execFileSync, fork, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    "no-build": { type: "boolean", default: false },
    "skip-stored": { type: "boolean", default: false },
    label: { type: "string" },
    rate: { type: "string" },
    profile: { type: "boolean", default: false },
    pairs: { type: "string", default: "1" },
  },
});
const pairs = Number(args.pairs);
if (!Number.isInteger(pairs) || pairs < 1 || pairs > 9) {
  console.error("--pairs takes a whole number from 1 to 9");
  process.exit(2);
}
const quick = args.quick;
const root = new URL("../../", import.meta.url).pathname;
process.chdir(root);

const LINE_SECRET = "bench0channel0secret0000000000ab";
const LINE_TOKEN = "bench-channel-access-token";
const TELEGRAM_TOKEN = "123456:bench-token";
const TELEGRAM_SECRET = "bench-webhook-secret";
const PSEUDONYM_SECRET = "bench-pseudonym-secret-0123456789abcdef";
const REDIS_URL = "redis://127.0.0.1:6379";
const POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";
const RUN = `bench${Date.now().toString(36)}`;

const plan = {
  users: quick ? 400 : 2000,
  concurrency: 32,
  warmupMs: quick ? 6_000 : 15_000,
  throughputMs: quick ? 3_000 : 8_000,
  fixedRateMs: quick ? 3_000 : 8_000,
  rate: Number(args.rate ?? 500),
  answerTimeoutMs: 10_000,
  lineSecret: LINE_SECRET,
  telegramSecret: TELEGRAM_SECRET,
  firstUser: 0,
};
const STORED = quick ? 10_000 : 100_000;

if (!args["no-build"]) {
  console.error("building…");
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}

const work = mkdtempSync(join(tmpdir(), "komorebi-bench-"));
const started = new Date();
const results = {
  date: started.toISOString(),
  label: args.label ?? null,
  quick,
  pairs,
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  },
  plan: { ...plan, lineSecret: undefined, telegramSecret: undefined },
  paths: [],
};

const stores = {
  sqlite: (name) => `sqlite://${join(work, `${name}.sqlite`)}`,
  redis: () => REDIS_URL,
  postgres: () => POSTGRES_URL,
};

const selected = args.only?.split(",").map((item) => item.trim());
const cases = [];
for (const channel of ["line", "telegram"]) {
  for (const store of ["sqlite", "redis", "postgres"]) {
    if (!selected || selected.includes(`${channel}-${store}`)) cases.push({ channel, store });
  }
}

try {
  results.risk = await measureRisk();
  printRisk(results.risk);
  for (const { channel, store } of cases) {
    const name = `${channel}-${store}`;
    console.error(`\n== ${name}`);
    const runs = [];
    try {
      for (let pair = 0; pair < pairs; pair += 1) {
        // Every other pair komorebi goes first, so a machine slowing down favours neither.
        const suffix = pair === 0 ? "" : `-${pair + 1}`;
        const floorRun = () =>
          measure({ kind: "floor", channel, store, name: `${name}-floor${suffix}` });
        const komorebiRun = () =>
          measure({ kind: "komorebi", channel, store, name: `${name}${suffix}` });
        let floor;
        let komorebi;
        if (pair % 2 === 0) {
          floor = await floorRun();
          komorebi = await komorebiRun();
        } else {
          komorebi = await komorebiRun();
          floor = await floorRun();
        }
        runs.push({ floor, komorebi });
      }
    } catch (error) {
      // One path failing (a service down) is recorded; the others are still measured.
      results.paths.push({ path: name, channel, store, error: error.message });
      continue;
    }
    const ratios = runs.map(({ floor, komorebi }) =>
      ratio(komorebi.throughput.perSecond, floor.throughput.perSecond),
    );
    const cpuRatios = runs.map(({ floor, komorebi }) =>
      ratio(floor.cpuMsPerEvent, komorebi.cpuMsPerEvent),
    );
    const entry = {
      path: name,
      channel,
      store,
      // The first pair's figures; the ratios are the medians over every pair.
      floor: runs[0].floor,
      komorebi: runs[0].komorebi,
      ratio: median(ratios),
      cpuRatio: median(cpuRatios),
      ...(pairs > 1 ? { ratios, cpuRatios, laterPairs: runs.slice(1) } : {}),
    };
    results.paths.push(entry);
    printEntry(entry);
  }
  if (!args["skip-stored"]) {
    console.error(`\n== ${STORED.toLocaleString("en")} stored conversations (LINE, SQLite)`);
    results.stored = await measureStored();
    console.error(JSON.stringify(results.stored, null, 2));
  }
} finally {
  await cleanUp();
  rmSync(work, { recursive: true, force: true });
}
results.machine.loadAverageAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);
results.seconds = Math.round((Date.now() - started.getTime()) / 1000);

mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${started.toISOString().replace(/[:.]/g, "-")}${quick ? "-quick" : ""}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(table(results));
console.log(`\nwritten: ${file} (${results.seconds} s)`);

/** One server (komorebi or its floor) under the load generator; returns its figures. */
async function measure({ kind, channel, store, name, env: extra = {}, planOverride = {} }) {
  const loadgen = fork(new URL("./loadgen.mjs", import.meta.url).pathname, [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const fakeUrl = await nextMessage(loadgen, "fake").then((message) => message.url);
  const port = await freePort();
  const namespace = `${RUN}-${name}`.slice(0, 60);
  const env = {
    PATH: process.env.PATH ?? "",
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    PSEUDONYM_SECRET,
    STORE_URL: stores[store](name),
    STORE_NAMESPACE: namespace,
    DATA_DIR: join(work, name),
    WEB_CHAT: "off",
    ...(channel === "line"
      ? {
          LINE_CHANNEL_SECRET: LINE_SECRET,
          LINE_CHANNEL_ACCESS_TOKEN: LINE_TOKEN,
          LINE_API_BASE_URL: fakeUrl,
        }
      : {
          TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
          TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
          TELEGRAM_API_ROOT: fakeUrl,
          PUBLIC_URL: "https://bench.invalid",
          // The throttler stays in the path, with a bot-wide rate the fake never reaches.
          TELEGRAM_MAX_PER_SECOND: process.env.BENCH_TELEGRAM_RATE ?? "1000000",
        }),
    ...extra,
  };
  // --profile: a V8 CPU profile of each run (komorebi and floor, named after the path), for
  // Chrome DevTools or speedscope, or to set side by side.
  const profile = args.profile
    ? [
        "--cpu-prof",
        `--cpu-prof-dir=${join(root, "bench/profiles")}`,
        `--cpu-prof-name=${name}.cpuprofile`,
      ]
    : [];
  const script = [
    ...profile,
    ...(kind === "komorebi"
      ? ["dist/cli/index.js", "start"]
      : [`scripts/bench/floor-${channel}.mjs`]),
  ];
  const spawnedAt = performance.now();
  const server = spawn(process.execPath, script, { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (chunk) => {
    // Logs are read as they come (as a log shipper would) and only the tail is kept.
    stderr = (stderr + chunk.toString("utf8")).slice(-20_000);
  });
  const exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    const healthyMs = await waitFor(`http://127.0.0.1:${port}/healthz`, spawnedAt, server);
    const readyMs = await waitFor(`http://127.0.0.1:${port}/readyz`, spawnedAt, server);
    const cpuBefore = cpuMs(server.pid);
    const warm = nextMessage(loadgen, "warm").then(() => cpuMs(server.pid));
    loadgen.send({
      type: "run",
      plan: { ...plan, ...planOverride, channel, target: `http://127.0.0.1:${port}` },
    });
    const { result } = await nextMessage(loadgen, "result");
    const cpuAfterWarmup = await warm;
    const cpuAtEnd = cpuMs(server.pid);
    const peakRssMiB = peakRss(server.pid);
    // CPU time the server used per answered event: unlike events a second, it hardly depends
    // on how busy the machine's other processes keep the cores. Counted after the warm-up: a
    // process's first events also pay for compiling its code, once, which a quick run's few
    // thousand events would otherwise share out as a cost of every event (the warm-up's figure
    // is kept too).
    const perEvent = (ms, events) => (events > 0 ? Math.round((ms / events) * 100) / 100 : null);
    const cpuMsPerEvent = perEvent(cpuAtEnd - cpuAfterWarmup, result.answeredAfterWarmup);
    const cpuMsPerEventWithWarmup = perEvent(cpuAtEnd - cpuBefore, result.answeredTotal);
    const inside = kind === "komorebi" ? await ownFigures(port) : undefined;
    if (args.profile) {
      // With the profile, the tail of the server's log: what it said under load.
      mkdirSync("bench/profiles", { recursive: true });
      writeFileSync(`bench/profiles/${name}.log`, stderr);
    }
    const stopAt = performance.now();
    server.kill("SIGTERM");
    const exitCode = await Promise.race([exited, sleep(15_000).then(() => "timeout")]);
    if (exitCode === "timeout") server.kill("SIGKILL");
    const figures = {
      ...result,
      startup: { healthyMs: Math.round(healthyMs), readyMs: Math.round(readyMs) },
      peakRssMiB,
      cpuMsPerEvent,
      cpuMsPerEventWithWarmup,
      ...(inside ? { inside } : {}),
      shutdown: { ms: Math.round(performance.now() - stopAt), exitCode },
    };
    console.error(
      `${kind.padEnd(8)} ${String(result.throughput.perSecond).padStart(6)}/s  ` +
        `p50 ${result.fixedRate.p50} ms  p99 ${result.fixedRate.p99} ms  ` +
        `rss ${peakRssMiB} MiB  cpu ${cpuMsPerEvent} ms/event (${cpuMsPerEventWithWarmup} with warm-up)  refused ${result.throughput.refused + result.fixedRate.refused}  ` +
        `unanswered ${result.fixedRate.unanswered}` +
        (inside
          ? `  (inside: handling ${inside.handlingMeanMs} ms, delivery ${inside.deliveryMeanMs} ms; ` +
            `risk concern ${inside.risk.concern}, crisis ${inside.risk.crisis})`
          : ""),
    );
    return figures;
  } catch (error) {
    console.error(`${name} failed: ${error.message}\n${stderr.slice(-3000)}`);
    throw error;
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    loadgen.send({ type: "exit" });
  }
}

/**
 * komorebi's own view from /metrics: mean time from accepting an event to its saved turn, and
 * from a queued answer to the platform accepting it (where the time goes, server side).
 */
async function ownFigures(port) {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const sum = (name) =>
      text
        .split("\n")
        .filter((line) => line.startsWith(name))
        .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
    const mean = (name) => {
      const count = sum(`${name}_count`);
      return count > 0 ? Math.round((sum(`${name}_sum`) / count) * 10_000) / 10 : null;
    };
    return {
      handlingMeanMs: mean("komorebi_event_handling_seconds"),
      deliveryMeanMs: mean("komorebi_delivery_seconds"),
      retries: sum("komorebi_send_retries_total"),
      risk: {
        concern: sum('komorebi_risk_assessments_total{level="concern"}'),
        crisis: sum('komorebi_risk_assessments_total{level="crisis"}'),
      },
    };
  } catch {
    return undefined;
  }
}

/** RSS and start-up with many stored conversations, beside the same on an empty store. */
async function measureStored() {
  const seeded = join(work, "stored.sqlite");
  const seedStart = performance.now();
  await seedConversations(`sqlite://${seeded}`, STORED);
  const seedMs = Math.round(performance.now() - seedStart);
  const small = { ...plan, users: 500, warmupMs: 5_000, throughputMs: 3_000, fixedRateMs: 5_000 };
  const empty = await measure({
    kind: "komorebi",
    channel: "line",
    store: "sqlite",
    name: "stored-empty",
    planOverride: { ...small, firstUser: STORED + 1 },
  });
  const full = await measure({
    kind: "komorebi",
    channel: "line",
    store: "sqlite",
    name: "stored-full",
    env: { STORE_URL: `sqlite://${seeded}`, STORE_NAMESPACE: `${RUN}-stored` },
    // The users of the pool are among the stored conversations.
    planOverride: { ...small, firstUser: 0 },
  });
  const pick = (figures) => ({
    peakRssMiB: figures.peakRssMiB,
    startup: figures.startup,
    fixedRateP99: figures.fixedRate.p99,
    answeredPerSecond: figures.throughput.perSecond,
  });
  return { conversations: STORED, seedMs, empty: pick(empty), stored: pick(full) };
}

/** Writes `count` conversations like those LINE users leave after a first message. */
async function seedConversations(url, count) {
  const { loadContent } = await import(`${root}dist/content/load.js`);
  const { createConversationCore } = await import(`${root}dist/core/conversation.js`);
  const { createStore } = await import(`${root}dist/store/index.js`);
  const { assessRisk } = await import(`${root}dist/safety/index.js`);
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const store = await createStore(url, { namespace: `${RUN}-stored` });
  const core = createConversationCore({
    content: await loadContent(),
    store: store.conversations,
    riskCheck: assessRisk,
    notifier: { notify: async () => {} },
    logger: quiet,
    settings: {
      pseudonymSecret: PSEUDONYM_SECRET,
      orgName: "komorebi",
      defaultLocale: "ja",
      defaultRegion: "JP",
      handoffAvailable: () => false,
      checkIns: false,
      staffAlerts: false,
    },
  });
  const now = new Date();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < count) {
        const index = next++;
        const userId = `U${index.toString(16).padStart(32, "0")}`;
        const event = { channel: "line", userId, payload: { type: "text", text: "こんにちは" } };
        const outcome = core.turn(event, undefined, now);
        await store.conversations.records.write(outcome.conversation, {
          v: 1,
          state: outcome.state,
          inbox: [],
          outbox: [],
          seen: [],
        });
      }
    }),
  );
  await store.close();
}

/** Microseconds per message for the risk check (rules, learned layer, normalisation). */
async function measureRisk() {
  const { assessRisk } = await import(`${root}dist/safety/index.js`);
  const messages = [
    ["死にたい", "ja"],
    ["死ぬほど疲れた", "ja"],
    ["今日は天気がよかったので少しだけ散歩しました。コンビニでアイスを買いました。", "ja"],
    ["I'm not going to kill myself, but I wish I could just disappear", "en"],
    ["this homework is killing me lol", "en"],
    ["ｷｴﾀｲ", "ja"],
    ["k i l l   m y s e l f", "en"],
    ["I have been playing games all day and my character died again", "en"],
    ["部屋から出られない日が続いています", "ja"],
    ["ありがとう", "ja"],
  ];
  const long = "今日はなんとなく過ごしました。".repeat(300);
  for (let i = 0; i < 200; i += 1) for (const [text, lang] of messages) assessRisk(text, lang);
  const times = [];
  const rounds = quick ? 300 : 2000;
  for (let i = 0; i < rounds; i += 1) {
    for (const [text, lang] of messages) {
      const t0 = performance.now();
      assessRisk(text, lang);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const longTimes = [];
  for (let i = 0; i < (quick ? 20 : 100); i += 1) {
    const t0 = performance.now();
    assessRisk(long, "ja");
    longTimes.push(performance.now() - t0);
  }
  longTimes.sort((a, b) => a - b);
  const us = (ms) => Math.round(ms * 1000);
  return {
    messages: times.length,
    meanMicros: us(times.reduce((sum, t) => sum + t, 0) / times.length),
    p99Micros: us(times[Math.floor(times.length * 0.99)] ?? 0),
    long4500CharsMicros: us(longTimes[Math.floor(longTimes.length / 2)] ?? 0),
  };
}

async function cleanUp() {
  // Bench keys and rows are removed from the shared Redis and Postgres.
  try {
    const { createClient } = await import("@keyv/redis");
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${RUN}*`, COUNT: 1000 })) {
      const list = Array.isArray(keys) ? keys : [keys];
      if (list.length > 0) await client.del(list);
    }
    await client.quit();
  } catch (error) {
    console.error(`redis clean-up: ${error.message}`);
  }
  try {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: POSTGRES_URL });
    await pool.query("DELETE FROM komorebi_kv WHERE key LIKE $1", [`${RUN}%`]).catch(() => {});
    await pool.query("DROP TABLE IF EXISTS floor_kv").catch(() => {});
    await pool.end();
  } catch (error) {
    console.error(`postgres clean-up: ${error.message}`);
  }
}

/** User and system CPU time of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function peakRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kib / 1024);
  } catch {
    return null;
  }
}

async function waitFor(url, since, child) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 30 s`);
    await sleep(10);
  }
}

function nextMessage(child, type) {
  return new Promise((resolve, reject) => {
    const onMessage = (message) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message);
    };
    const onExit = (code) => reject(new Error(`load generator exited (${code})`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

async function freePort() {
  const { createServer } = await import("node:net");
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function ratio(a, b) {
  return b > 0 ? Math.round((a / b) * 100) / 100 : null;
}

function median(values) {
  const known = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  const value = known.length % 2 === 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
  return Math.round(value * 100) / 100;
}

/** A median, with the pairs' range when there were several. */
function withRange(value, values) {
  if (!values || values.length < 2) return `${value}`;
  const known = values.filter((item) => item !== null);
  return `${value} (${Math.min(...known)}-${Math.max(...known)})`;
}

function printRisk(risk) {
  console.error(
    `risk check: mean ${risk.meanMicros} µs, p99 ${risk.p99Micros} µs a message; ` +
      `a 4,500-character message ${risk.long4500CharsMicros} µs`,
  );
}

function printEntry(entry) {
  const each = entry.ratios ? `; pairs ${entry.ratios.join(", ")}` : "";
  console.error(`ratio to floor: ${entry.ratio}${each}`);
}

function table(all) {
  const lines = [
    `komorebi bench ${all.date}${all.quick ? " (quick)" : ""}: ${all.machine.cores} × ${all.machine.cpu}, node ${all.machine.node}, load ${all.machine.loadAverageAtStart.join(" ")}`,
    ...(all.pairs > 1
      ? [`ratios: the median of ${all.pairs} pairs (their range); other figures: the first pair`]
      : []),
    "",
    "| path, store | komorebi answered/s | floor answered/s | ratio | CPU ms/event (floor) | CPU ratio | p50 / p99 ms at " +
      `${plan.rate}/s (floor) | peak RSS MiB (floor) |`,
    "| --- | ---: | ---: | ---: | --- | ---: | --- | --- |",
  ];
  for (const entry of all.paths) {
    if (entry.error) {
      lines.push(`| ${entry.channel} ${entry.store} | failed: ${entry.error} | | | | | | |`);
      continue;
    }
    const k = entry.komorebi;
    const f = entry.floor;
    const lost = k.fixedRate.unanswered > 0 ? `, ${k.fixedRate.unanswered} unanswered` : "";
    lines.push(
      `| ${entry.channel} ${entry.store} | ${k.throughput.perSecond} | ${f.throughput.perSecond} | ${withRange(entry.ratio, entry.ratios)} | ` +
        `${k.cpuMsPerEvent} (${f.cpuMsPerEvent}) | ${withRange(entry.cpuRatio, entry.cpuRatios)} | ` +
        `${k.fixedRate.p50} / ${k.fixedRate.p99}${lost} (${f.fixedRate.p50} / ${f.fixedRate.p99}) | ` +
        `${k.peakRssMiB} (${f.peakRssMiB}) |`,
    );
  }
  if (all.risk) {
    lines.push(
      "",
      `risk check: mean ${all.risk.meanMicros} µs, p99 ${all.risk.p99Micros} µs a message; 4,500 characters ${all.risk.long4500CharsMicros} µs`,
    );
  }
  if (all.stored) {
    const s = all.stored;
    lines.push(
      `stored conversations (LINE, SQLite): empty store peak RSS ${s.empty.peakRssMiB} MiB, ready in ${s.empty.startup.readyMs} ms; ` +
        `${s.conversations.toLocaleString("en")} stored: ${s.stored.peakRssMiB} MiB, ready in ${s.stored.startup.readyMs} ms`,
    );
  }
  return lines.join("\n");
}
// Handles opened by the measured modules (the seeding store's timers, pools) are not ours to
// wait for: the record is written.
process.exit(0);
