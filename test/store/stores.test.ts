/** The store contract against every backend. Redis and Postgres must be running: see below. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@keyv/redis";
import { afterAll, describe, expect, it } from "vitest";
import {
  type ConversationRecord,
  createStore,
  emptyRecord,
  STORE_KEY_VERSION,
  storeKeys,
} from "../../src/store/index.js";
import { runStoreContract, uniqueNamespace } from "./store-contract.js";

// The services these suites need. An unreachable one fails its suite (in CI and locally alike)
// rather than skipping it, so a missing service can never pass unnoticed.
const REDIS_URL = process.env.KOMOREBI_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const POSTGRES_URL =
  process.env.KOMOREBI_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const sqliteDir = mkdtempSync(join(tmpdir(), "komorebi-store-"));
afterAll(() => {
  rmSync(sqliteDir, { recursive: true, force: true });
});

runStoreContract("memory", () => "memory://");
// A subdirectory that does not exist yet: createStore must create it.
runStoreContract("sqlite", () => `sqlite://${join(sqliteDir, "nested", "komorebi.sqlite")}`);
runStoreContract("redis", () => REDIS_URL);
runStoreContract("postgres", () => POSTGRES_URL);

describe("redis lock", () => {
  it("waits for a lock left by a crashed holder to expire, then releases its own", async () => {
    const namespace = uniqueNamespace("redis-stale");
    const store = await createStore(REDIS_URL, { namespace });
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const lockKey = `${namespace}:${STORE_KEY_VERSION}:${storeKeys.lock("stale")}`;
      await raw.set(lockKey, "a-crashed-process", { expiration: { type: "PX", value: 400 } });
      const startedAt = Date.now();
      await store.conversations.withLock("stale", async () => {
        expect(await raw.get(lockKey)).not.toBe("a-crashed-process");
      });
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(300);
      expect(await raw.exists(lockKey)).toBe(0);
    } finally {
      await store.kv.clear();
      await store.close();
      await raw.close();
    }
  });
});

const record = (turn: number): ConversationRecord => ({
  ...emptyRecord(),
  inbox: [{ id: `event-${turn}`, at: turn, sealed: "sealed" }],
  seen: [`event-${turn}`],
});

describe.each([
  ["redis", REDIS_URL],
  ["postgres", POSTGRES_URL],
])("the record read with the %s lock", (name, url) => {
  it("hands a task the record as the last holder left it, then its own writes", async () => {
    const namespace = uniqueNamespace(`${name}-read`);
    const first = await createStore(url, { namespace });
    const second = await createStore(url, { namespace });
    try {
      // The lock reads the record in the round trip that takes it: that read must come after
      // the other process's write, and a write in the task must win over it.
      await first.conversations.records.withLock("c1", () =>
        first.conversations.records.write("c1", record(1)),
      );
      const { records } = second.conversations;
      await records.withLock("c1", async () => {
        expect((await records.read("c1"))?.seen).toEqual(["event-1"]);
        await records.write("c1", record(2));
        expect((await records.read("c1"))?.seen).toEqual(["event-2"]);
        await records.writeClearingPending("c1", record(3));
      });
      await first.conversations.records.withLock("c1", async () => {
        expect((await first.conversations.records.read("c1"))?.seen).toEqual(["event-3"]);
      });
      // Written before it is read: the read the lock made is stale and must not be handed out.
      await records.withLock("c1", async () => {
        await records.write("c1", record(4));
        expect((await records.read("c1"))?.seen).toEqual(["event-4"]);
      });
      // A conversation with no record reads as none under the lock too.
      await records.withLock("c2", async () => {
        expect(await records.read("c2")).toBeUndefined();
      });
    } finally {
      await first.kv.clear();
      await first.close();
      await second.close();
    }
  });

  it("reads a record past its retention period as missing", async () => {
    const namespace = uniqueNamespace(`${name}-expired`);
    const store = await createStore(url, { namespace, retentionMs: 30 });
    try {
      const { records } = store.conversations;
      await records.withLock("c1", () => records.write("c1", record(1)));
      await new Promise((resolve) => setTimeout(resolve, 80));
      await records.withLock("c1", async () => {
        expect(await records.read("c1")).toBeUndefined();
      });
    } finally {
      await store.kv.clear();
      await store.close();
    }
  });
});

describe("postgres lock", () => {
  // An event waiting in the inbox: a record with nothing in it would be deleted, not written.
  const record = (turn: number): ConversationRecord => ({
    ...emptyRecord(),
    inbox: [{ id: `event-${turn}`, at: turn, sealed: "sealed" }],
    seen: [`event-${turn}`],
  });

  it("keeps a task's writes in the lock's transaction: seen by others only once it ends", async () => {
    const namespace = uniqueNamespace("pg-txn");
    const holder = await createStore(POSTGRES_URL, { namespace });
    const other = await createStore(POSTGRES_URL, { namespace });
    try {
      const { records } = holder.conversations;
      await records.withLock("c1", async () => {
        await records.write("c1", record(1));
        // The holder reads its own write; another process does not see it before the commit.
        expect((await records.read("c1"))?.seen).toEqual(["event-1"]);
        expect(await other.conversations.records.read("c1")).toBeUndefined();
      });
      expect((await other.conversations.records.read("c1"))?.seen).toEqual(["event-1"]);
    } finally {
      await holder.kv.clear();
      await holder.close();
      await other.close();
    }
  });

  it("fails the task's caller and keeps none of its writes when one fails at the commit", async () => {
    const namespace = uniqueNamespace("pg-late-failure");
    const store = await createStore(POSTGRES_URL, { namespace });
    try {
      const { records } = store.conversations;
      // Writes go with the COMMIT: a key too long for the key column fails there, after the
      // task itself has returned, and takes the record written before it down with it.
      await expect(
        records.withLock("c1", async () => {
          await records.writeMarkingPending("c1", record(1));
          await store.kv.set("x".repeat(600), "too long a key");
        }),
      ).rejects.toThrow();
      expect(await records.read("c1")).toBeUndefined();
      await records.withLock("c1", () => records.write("c1", record(2)));
      expect((await records.read("c1"))?.seen).toEqual(["event-2"]);
    } finally {
      await store.kv.clear();
      await store.close();
    }
  });
});

describe.each([
  ["redis", REDIS_URL],
  ["postgres", POSTGRES_URL],
])("a %s lock holder's writes", (name, url) => {
  it("keeps none of a task's writes when the task fails", async () => {
    const namespace = uniqueNamespace(`${name}-rollback`);
    const store = await createStore(url, { namespace });
    try {
      const { records } = store.conversations;
      await expect(
        records.withLock("c1", async () => {
          await records.writeMarkingPending("c1", record(1));
          throw new Error("the turn failed after its write");
        }),
      ).rejects.toThrow("the turn failed");
      expect(await records.read("c1")).toBeUndefined();
      const pending: string[] = [];
      for await (const conversation of records.pending()) pending.push(conversation);
      expect(pending).toEqual([]);
      // The lock (Postgres: its connection, back in the pool) is usable: the next turn saves.
      await records.withLock("c1", () => records.write("c1", record(2)));
      expect((await records.read("c1"))?.seen).toEqual(["event-2"]);
    } finally {
      await store.kv.clear();
      await store.close();
    }
  });
});

describe("redis lock holder's writes", () => {
  it("go with the release: another process sees none of them before, all of them after", async () => {
    const namespace = uniqueNamespace("redis-held");
    const holder = await createStore(REDIS_URL, { namespace });
    const other = await createStore(REDIS_URL, { namespace });
    try {
      const { records } = holder.conversations;
      const pendingOf = async () => {
        const found: string[] = [];
        for await (const conversation of other.conversations.records.pending()) {
          found.push(conversation);
        }
        return found;
      };
      await records.withLock("c1", async () => {
        await records.writeMarkingPending("c1", record(1));
        await records.markDue("c1", 1_000);
        expect(await other.conversations.records.read("c1")).toBeUndefined();
        expect(await pendingOf()).toEqual([]);
      });
      expect((await other.conversations.records.read("c1"))?.seen).toEqual(["event-1"]);
      expect(await pendingOf()).toEqual(["c1"]);
      const due: string[] = [];
      for await (const mark of other.conversations.records.due(2_000)) due.push(mark.conversation);
      expect(due).toEqual(["c1"]);
    } finally {
      await holder.kv.clear();
      await holder.close();
      await other.close();
    }
  });

  it("are dropped, and the caller fails, when the lock ran out and another process took it", async () => {
    const namespace = uniqueNamespace("redis-lost");
    const store = await createStore(REDIS_URL, { namespace });
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const { records } = store.conversations;
      await records.withLock("c1", () => records.write("c1", record(1)));
      const lockKey = `${namespace}:${STORE_KEY_VERSION}:${storeKeys.lock("c1")}`;
      await expect(
        records.withLock("c1", async () => {
          await records.write("c1", record(2));
          // As if the lock had expired and another process had taken it.
          await raw.set(lockKey, "another-process");
        }),
      ).rejects.toMatchObject({ name: "StoreLockLostError" });
      expect((await records.read("c1"))?.seen).toEqual(["event-1"]);
      // The other process's lock is left alone.
      expect(await raw.get(lockKey)).toBe("another-process");
      await raw.del(lockKey);
      await records.withLock("c1", () => records.write("c1", record(3)));
      expect((await records.read("c1"))?.seen).toEqual(["event-3"]);
    } finally {
      await store.kv.clear();
      await store.close();
      await raw.close();
    }
  });
});
