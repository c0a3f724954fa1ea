/**
 * Campaigns and counters on every store backend: records round-trip, a revoked code stops
 * attributing, and counts added at the same time (two "processes" on one Redis or Postgres)
 * are never lost.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCampaignStore } from "../../src/outreach/campaigns.js";
import { createCounterStore } from "../../src/outreach/counters.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";
import { uniqueNamespace } from "../store/store-contract.js";

const REDIS_URL = process.env.KOMOREBI_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL =
  process.env.KOMOREBI_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const dir = mkdtempSync(join(tmpdir(), "komorebi-outreach-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends: [string, () => string][] = [
  ["memory", () => "memory://"],
  ["sqlite", () => `sqlite://${join(dir, "outreach.sqlite")}`],
  ["redis", () => REDIS_URL],
  ["postgres", () => POSTGRES_URL],
];

const toolsOn = (store: KomorebiStore) => {
  const lock = <T>(key: string, task: () => Promise<T>) => store.conversations.withLock(key, task);
  return {
    campaigns: createCampaignStore(store.kv, lock),
    counters: createCounterStore(store.kv, lock),
  };
};

describe.each(backends)("outreach on %s", (kind, url) => {
  it("keeps campaigns, revokes, and never loses a count added concurrently", async () => {
    const namespace = uniqueNamespace(`outreach-${kind}`);
    // Two stores on one backend stand for two processes where the backend serves several (Redis,
    // Postgres); memory and SQLite serve one process by design, so there they share one store.
    const first = await createStore(url(), { namespace });
    const shared = kind === "redis" || kind === "postgres";
    const second = shared ? await createStore(url(), { namespace }) : first;
    try {
      const a = toolsOn(first);
      const b = toolsOn(second);
      const created = await a.campaigns.create({
        campaign: "flyer",
        greeting: { ja: "こんにちは。" },
      });
      expect(await b.campaigns.find(created.code)).toEqual({ greeting: { ja: "こんにちは。" } });
      expect((await b.campaigns.list()).map((c) => c.code)).toEqual([created.code]);

      const at = new Date("2026-12-01T10:00:00Z");
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 ? a : b).counters.add(created.code, i % 3 ? "web" : "line", ["started"], at),
        ),
      );
      const days = await a.counters.days(created.code, "2026-11-30", "2026-12-01");
      expect(days).toEqual([
        { day: "2026-11-30", counts: {} },
        { day: "2026-12-01", counts: { web: { started: 8 }, line: { started: 4 } } },
      ]);

      await b.campaigns.revoke(created.code);
      expect(await a.campaigns.find(created.code)).toBeUndefined();
      expect((await a.campaigns.get(created.code))?.revokedAt).toMatch(/^\d{4}-/);
    } finally {
      await first.close();
      if (second !== first) await second.close();
    }
  });
});
