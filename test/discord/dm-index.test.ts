/**
 * The index of DMs a new Discord session catches up on, on every store backend: people noted at
 * the same time by two processes (on Redis and Postgres) are all found, the last event noted is
 * the one kept, the most recent come first, an entry is gone after its window and with the
 * person's data, and nothing in it reads as a platform id.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pseudonymFor } from "../../src/core/pseudonym.js";
import { createSealedBox, sealingKey } from "../../src/dispatch/sealed-box.js";
import { createDmIndex } from "../../src/store/dm-index.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";
import { uniqueNamespace } from "../store/store-contract.js";
import { nextId } from "./fake-discord.js";

const REDIS_URL = process.env.KOMOREBI_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL =
  process.env.KOMOREBI_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const dir = mkdtempSync(join(tmpdir(), "komorebi-dm-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends: [string, () => string][] = [
  ["memory", () => "memory://"],
  ["sqlite", () => `sqlite://${join(dir, "dm-index.sqlite")}`],
  ["redis", () => REDIS_URL],
  ["postgres", () => POSTGRES_URL],
];

const SECRET = "dm-index-test-secret-0123456789";

const indexOn = (store: KomorebiStore, windowMs = 60_000) =>
  createDmIndex(store.kv, {
    scope: "discord",
    box: createSealedBox(sealingKey(undefined, SECRET)),
    lock: (key, task) => store.conversations.withLock(key, task),
    pseudonym: (userId) => pseudonymFor(SECRET, "discord", userId),
    windowMs,
  });

const chat = () => ({ userId: nextId(), channelId: nextId(), lastId: nextId() });

describe.each(backends)("the DM index on %s", (kind, url) => {
  it("finds everyone noted, the last event of each, the most recent first", async () => {
    const namespace = uniqueNamespace(`dm-index-${kind}`);
    // Two stores on one backend stand for two processes where the backend serves several.
    const first = await createStore(url(), { namespace });
    const shared = kind === "redis" || kind === "postgres";
    const second = shared ? await createStore(url(), { namespace }) : first;
    try {
      const a = indexOn(first);
      const b = indexOn(second);
      const people = Array.from({ length: 12 }, chat);
      // Each person's first note, by the two processes at the same time.
      await Promise.all(people.map((person, i) => (i % 2 ? a : b).note(person)));
      const later = { ...(people[0] as ReturnType<typeof chat>), lastId: nextId() };
      await a.note(later);

      const newest = chat();
      await b.note(newest);

      const found = await b.recent(100);
      expect(found).toHaveLength(13);
      expect(found[0]).toEqual(newest);
      expect(found).toContainEqual(later);
      expect(found).not.toContainEqual(people[0]);
      expect(await b.recent(5)).toHaveLength(5);

      const forgotten = people[1] as ReturnType<typeof chat>;
      await b.forget(forgotten.userId);
      expect((await a.recent(100)).map((person) => person.userId)).not.toContain(forgotten.userId);
    } finally {
      await first.close();
      if (second !== first) await second.close();
    }
  });

  it("keeps nothing readable as a platform id, and nothing past its window", async () => {
    const store = await createStore(url(), { namespace: uniqueNamespace(`dm-window-${kind}`) });
    try {
      const index = indexOn(store, 300);
      const person = chat();
      await index.note(person);
      const pseudonym = pseudonymFor(SECRET, "discord", person.userId);
      const stored = JSON.stringify([
        await store.kv.get(`dm-index:discord:chat:${pseudonym}`),
        await store.kv.get(`dm-index:discord:day:${new Date().toISOString().slice(0, 10)}`),
      ]);
      expect(stored).toContain(pseudonym);
      for (const id of Object.values(person)) expect(stored).not.toContain(id);
      expect(await index.recent(10)).toEqual([person]);

      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await index.recent(10)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
