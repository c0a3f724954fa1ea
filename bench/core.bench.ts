/**
 * Timing goals, measured here rather than asserted in unit tests (`npm run bench:micro`; the full record is `npm run bench`):
 * - the risk check handles a message in well under a millisecond (goal: mean < 0.2 ms);
 * - one conversation turn through the core on the memory store stays around a millisecond;
 * - the same turn on SQLite stays in single-digit milliseconds.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { loadContent } from "../src/content/load.js";
import { createConversationCore } from "../src/core/conversation.js";
import { createLogger } from "../src/logger.js";
import { assessRisk } from "../src/safety/index.js";
import { createStore } from "../src/store/index.js";

const messages = [
  "死にたい",
  "死ぬほど疲れた",
  "今日は天気がよかったので少しだけ散歩しました。コンビニでアイスを買いました。",
  "I'm not going to kill myself, but I wish I could just disappear",
  "this homework is killing me lol",
  "ｷｴﾀｲ",
  "k i l l   m y s e l f",
  "I have been playing games all day and my character died again",
];
const long = "今日はなんとなく過ごしました。".repeat(300);

describe("risk check", () => {
  let i = 0;
  bench("one short message", () => {
    assessRisk(messages[i++ % messages.length] ?? "", "ja");
  });
  bench("a 4,500-character message", () => {
    assessRisk(long, "ja");
  });
});

const content = await loadContent();
const logger = createLogger("silent");
const settings = {
  pseudonymSecret: "bench-secret-0123456789",
  orgName: "Bench",
  defaultLocale: "ja",
  defaultRegion: "JP",
  handoffAvailable: () => false,
};
const notifier = { notify: async () => {} };
const memory = await createStore("memory://", { namespace: "bench" });
const sqlite = await createStore(
  `sqlite://${join(mkdtempSync(join(tmpdir(), "komorebi-bench-")), "b.sqlite")}`,
  {
    namespace: "bench",
  },
);
const cores = {
  memory: createConversationCore({
    content,
    store: memory.conversations,
    riskCheck: assessRisk,
    notifier,
    logger,
    settings,
  }),
  sqlite: createConversationCore({
    content,
    store: sqlite.conversations,
    riskCheck: assessRisk,
    notifier,
    logger,
    settings,
  }),
};

describe("conversation turn", () => {
  for (const [name, core] of Object.entries(cores)) {
    let n = 0;
    bench(`menu command (${name} store)`, async () => {
      await core.handle({
        channel: "web",
        userId: `bench-${n++ % 50}`,
        payload: { type: "text", text: "メニュー" },
      });
    });
  }
});
