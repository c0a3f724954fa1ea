/**
 * The one suite every store backend must pass (the Keyv habit). A backend that cannot be
 * reached fails every test here; it is never skipped.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Logger } from "../../src/core/ports.js";
import type { ConversationState } from "../../src/core/state.js";
import {
  createStore,
  type KomorebiStore,
  parseStoreUrl,
  STORE_KEY_VERSION,
  storeKeys,
} from "../../src/store/index.js";

/** A logger that keeps what it was given, to check that warnings carry no content. */
export interface RecordingLogger extends Logger {
  entries: { level: string; message: string; fields?: Record<string, unknown> }[];
}

/** Creates an empty {@link RecordingLogger}. */
export function createRecordingLogger(): RecordingLogger {
  const entries: RecordingLogger["entries"] = [];
  const record =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      entries.push({ level, message, fields });
    };
  return {
    entries,
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  };
}

/** A namespace no other suite or earlier run uses. */
export function uniqueNamespace(label: string): string {
  return `test-${label}-${randomUUID().slice(0, 8)}`;
}

/** A schema-1 state with every optional part filled, so a round trip proves them all. */
export function sampleState(revision = 1): ConversationState {
  return {
    schema: 1,
    revision,
    position: { flow: "welcome", node: "ask-name" },
    locale: "ja",
    region: "jp",
    channel: "telegram",
    referral: "campaign-42",
    answers: { nickname: "ひかり", "how-long": "over a year" },
    skipped: ["age"],
    checkIn: "in-a-week",
    lifecycle: "active",
    returnTo: { flow: "welcome", node: "intro" },
    turns: 4,
    handoff: { requestedAt: "2024-05-01T10:00:00.000Z", consent: true },
    safety: {
      level: "concern",
      at: "2024-05-01T09:59:00.000Z",
      returnTo: { flow: "welcome", node: "ask-name" },
      checkInAfterTurns: 3,
    },
    createdAt: "2024-05-01T09:00:00.000Z",
    updatedAt: "2024-05-01T10:00:00.000Z",
  };
}

function randomDelay(maxMs: number): Promise<void> {
  return sleep(Math.floor(Math.random() * maxMs));
}

/**
 * Registers the contract for one backend. `makeUrl` is called once; the suite opens every
 * store it needs on that URL, each in a namespace of its own unless sharing is the point.
 */
export function runStoreContract(name: string, makeUrl: () => string): void {
  describe(`store contract: ${name}`, () => {
    const url = makeUrl();
    const kind = parseStoreUrl(url).kind;
    const sharesAcrossProcesses = kind === "redis" || kind === "postgres";
    const namespace = uniqueNamespace(name);
    const logger = createRecordingLogger();
    let store: KomorebiStore;

    async function openStore(ns = namespace): Promise<KomorebiStore> {
      return createStore(url, { namespace: ns, logger });
    }

    /** Opens a second store, runs `use`, then clears (if asked) and closes it. */
    async function withOtherStore(
      ns: string,
      use: (other: KomorebiStore) => Promise<void>,
      clear: boolean,
    ): Promise<void> {
      const other = await openStore(ns);
      try {
        await use(other);
      } finally {
        if (clear) await other.kv.clear();
        await other.close();
      }
    }

    // Opened once, but awaited in beforeEach rather than beforeAll: an unreachable backend then
    // fails every test by name instead of leaving them reported as skipped.
    let opening: Promise<KomorebiStore> | undefined;
    beforeEach(async () => {
      opening ??= openStore();
      store = await opening;
    });

    afterAll(async () => {
      const opened = await opening?.catch(() => undefined);
      if (opened === undefined) return;
      await opened.kv.clear();
      await opened.close();
    });

    it("reports its kind and answers ping", async () => {
      expect(store.kind).toBe(kind);
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it("returns undefined for a conversation it has never seen", async () => {
      expect(await store.conversations.get(`missing-${randomUUID()}`)).toBeUndefined();
    });

    it("returns an equal copy of the state it was given", async () => {
      const state = sampleState();
      await store.conversations.set("round-trip", state);
      const read = await store.conversations.get("round-trip");
      expect(read).toEqual(state);
      expect(read).not.toBe(state);
    });

    it("overwrites a state", async () => {
      await store.conversations.set("overwrite", sampleState(1));
      await store.conversations.set("overwrite", { ...sampleState(2), locale: "en" });
      expect(await store.conversations.get("overwrite")).toMatchObject({
        revision: 2,
        locale: "en",
      });
    });

    it("deletes a state, and deleting a missing one is a no-op", async () => {
      await store.conversations.set("to-delete", sampleState());
      await store.conversations.delete("to-delete");
      expect(await store.conversations.get("to-delete")).toBeUndefined();
      await expect(store.conversations.delete("to-delete")).resolves.toBeUndefined();
    });

    it("keeps ids longer than a SQL key column apart and intact", async () => {
      const long = "x".repeat(600);
      const longer = `${long}y`;
      await store.conversations.set(long, sampleState(1));
      await store.conversations.set(longer, sampleState(2));
      expect((await store.conversations.get(long))?.revision).toBe(1);
      expect((await store.conversations.get(longer))?.revision).toBe(2);
      await store.conversations.rememberEvent("line", "e".repeat(2000), 60_000);
      expect(await store.conversations.seenEvent("line", "e".repeat(2000))).toBe(true);
    });

    it("isolates namespaces", async () => {
      await store.conversations.set("shared-id", sampleState(1));
      await store.conversations.rememberEvent("telegram", "shared-event", 60_000);
      await withOtherStore(
        uniqueNamespace(`${name}-other`),
        async (other) => {
          expect(await other.conversations.get("shared-id")).toBeUndefined();
          expect(await other.conversations.seenEvent("telegram", "shared-event")).toBe(false);
          await other.conversations.set("shared-id", sampleState(7));
          await other.kv.clear();
        },
        false,
      );
      // Clearing the other namespace left this one alone.
      expect((await store.conversations.get("shared-id"))?.revision).toBe(1);
      expect(await store.conversations.seenEvent("telegram", "shared-event")).toBe(true);
    });

    it("remembers events per scope", async () => {
      const eventId = randomUUID();
      expect(await store.conversations.seenEvent("telegram", eventId)).toBe(false);
      await store.conversations.rememberEvent("telegram", eventId, 60_000);
      expect(await store.conversations.seenEvent("telegram", eventId)).toBe(true);
      expect(await store.conversations.seenEvent("line", eventId)).toBe(false);
    });

    it("forgets remembered events after their ttl", async () => {
      const shortLived = randomUUID();
      const longLived = randomUUID();
      await store.conversations.rememberEvent("telegram", shortLived, 200);
      await store.conversations.rememberEvent("telegram", longLived, 60_000);
      expect(await store.conversations.seenEvent("telegram", shortLived)).toBe(true);
      await sleep(450);
      expect(await store.conversations.seenEvent("telegram", shortLived)).toBe(false);
      expect(await store.conversations.seenEvent("telegram", longLived)).toBe(true);
    });

    it("sweeps out expired values, and only those, from backends that keep them until read", async () => {
      const ns = uniqueNamespace(`${name}-sweep`);
      await withOtherStore(
        ns,
        async (other) => {
          await other.conversations.rememberEvent("line", "expiring-1", 100);
          await other.conversations.rememberEvent("line", "expiring-2", 100);
          await other.conversations.rememberEvent("line", "lasting", 60_000);
          await other.conversations.set("kept", sampleState(3));
          await other.kv.set("unrelated", { expires: 1, note: ',"expires":1}' });
          const rawKey = storeKeys.conversation("corrupt");
          await other.kv.store.set(
            other.kv.useKeyPrefix ? `${other.kv.namespace}:${rawKey}` : rawKey,
            '{not json,"expires":12',
          );
          // Someone else's expired value in the same database is not ours to delete.
          await withOtherStore(
            uniqueNamespace(`${name}-neighbour`),
            async (neighbour) => {
              await neighbour.conversations.rememberEvent("line", "theirs", 100);
              await sleep(250);
              expect(await other.sweepExpired()).toBe(kind === "redis" ? 0 : 2);
              expect(await other.sweepExpired()).toBe(0);
              if (kind !== "redis") expect(await neighbour.sweepExpired()).toBe(1);
            },
            true,
          );
          expect(await other.conversations.seenEvent("line", "lasting")).toBe(true);
          expect(await other.conversations.seenEvent("line", "expiring-1")).toBe(false);
          expect((await other.conversations.get("kept"))?.revision).toBe(3);
          expect(await other.kv.get("unrelated")).toEqual({ expires: 1, note: ',"expires":1}' });
        },
        true,
      );
    });

    it("forgets a conversation after its retention period; every save starts the period again", async () => {
      const retained = await createStore(url, {
        namespace: uniqueNamespace(`${name}-retention`),
        logger,
        retentionMs: 1000,
      });
      try {
        // Margins of 400 ms either way, so a slow machine cannot turn the result around.
        await retained.conversations.set("quiet", sampleState(1));
        await retained.conversations.set("active", sampleState(1));
        await sleep(600);
        await retained.conversations.set("active", sampleState(2));
        await sleep(600);
        expect(await retained.conversations.get("quiet")).toBeUndefined();
        expect((await retained.conversations.get("active"))?.revision).toBe(2);
        await sleep(600);
        await retained.sweepExpired();
        expect(await retained.conversations.get("active")).toBeUndefined();
      } finally {
        await retained.kv.clear();
        await retained.close();
      }
    });

    it("refuses a ttl that is not positive", async () => {
      await expect(store.conversations.rememberEvent("telegram", "x", 0)).rejects.toThrow(
        RangeError,
      );
      await expect(store.conversations.rememberEvent("telegram", "x", Number.NaN)).rejects.toThrow(
        RangeError,
      );
    });

    it("runs tasks of one conversation strictly one at a time, in order", async () => {
      const started: number[] = [];
      let active = 0;
      let maxActive = 0;
      const tasks = Array.from({ length: 25 }, (_, index) =>
        store.conversations.withLock("ordered", async () => {
          started.push(index);
          active += 1;
          maxActive = Math.max(maxActive, active);
          await randomDelay(8);
          active -= 1;
          return index;
        }),
      );
      expect(await Promise.all(tasks)).toEqual(tasks.map((_, index) => index));
      expect(started).toEqual(tasks.map((_, index) => index));
      expect(maxActive).toBe(1);
    });

    it("runs tasks of different conversations concurrently", async () => {
      // Each task waits until both have started: if they ran one after the other, neither
      // would see the other and the wait would time out.
      let startedCount = 0;
      const bothStarted = async () => {
        startedCount += 1;
        const deadline = Date.now() + 3_000;
        while (startedCount < 2) {
          if (Date.now() > deadline) throw new Error("the other conversation never started");
          await sleep(5);
        }
      };
      await Promise.all([
        store.conversations.withLock("concurrent-a", bothStarted),
        store.conversations.withLock("concurrent-b", bothStarted),
      ]);
      expect(startedCount).toBe(2);
    });

    it("keeps going after a task throws", async () => {
      const failing = store.conversations.withLock("throws", async () => {
        await randomDelay(5);
        throw new Error("task failed");
      });
      const next = store.conversations.withLock("throws", async () => "next ran");
      await expect(failing).rejects.toThrow("task failed");
      await expect(next).resolves.toBe("next ran");
      await expect(store.conversations.withLock("throws", async () => "later ran")).resolves.toBe(
        "later ran",
      );
    });

    it.skipIf(kind === "memory")("keeps state and events across close and reopen", async () => {
      const ns = uniqueNamespace(`${name}-persist`);
      const eventId = randomUUID();
      await withOtherStore(
        ns,
        async (first) => {
          await first.conversations.set("persisted", sampleState(3));
          await first.conversations.rememberEvent("discord", eventId, 60_000);
        },
        false,
      );
      await withOtherStore(
        ns,
        async (second) => {
          expect(await second.conversations.get("persisted")).toEqual(sampleState(3));
          expect(await second.conversations.seenEvent("discord", eventId)).toBe(true);
        },
        true,
      );
    });

    it("reads corrupt values as missing, warns without content, and does not throw", async () => {
      const secret = "SECRET-CONTENT-do-not-log";
      const corruptions: [string, unknown][] = [
        ["corrupt-string", secret],
        ["corrupt-array", [secret]],
        ["corrupt-schema", { ...sampleState(), schema: 2, note: secret }],
        ["corrupt-position", { ...sampleState(), position: secret }],
      ];
      for (const [id, value] of corruptions) {
        await store.kv.set(storeKeys.conversation(id), value);
      }
      // Bytes that are not even JSON, written past Keyv's serializer.
      const rawKey = storeKeys.conversation("corrupt-bytes");
      const adapterKey = store.kv.useKeyPrefix ? `${store.kv.namespace}:${rawKey}` : rawKey;
      await store.kv.store.set(adapterKey, `{not json ${secret}`);
      corruptions.push(["corrupt-bytes", undefined]);

      const warningsBefore = logger.entries.filter((entry) => entry.level === "warn").length;
      for (const [id] of corruptions) {
        await expect(store.conversations.get(id)).resolves.toBeUndefined();
      }
      const warnings = logger.entries.filter((entry) => entry.level === "warn");
      expect(warnings.length).toBeGreaterThanOrEqual(warningsBefore + corruptions.length);
      expect(JSON.stringify(warnings)).not.toContain(secret);

      await store.conversations.set("corrupt-bytes", sampleState(5));
      expect((await store.conversations.get("corrupt-bytes"))?.revision).toBe(5);
    });

    it("keeps the pending mark while work is left, and removes it with the last write", async () => {
      const records = store.conversations.records;
      const pendingNow = async () => {
        const found: string[] = [];
        for await (const conversation of records.pending()) found.push(conversation);
        return found;
      };
      const base = { v: 1 as const, outbox: [], seen: ["e1"], state: sampleState(1) };
      await records.writeMarkingPending("busy", {
        ...base,
        inbox: [{ id: "e1", at: 1, sealed: "sealed" }],
      });
      expect(await pendingNow()).toEqual(["busy"]);
      await records.writeClearingPending("busy", { ...base, inbox: [] });
      expect(await pendingNow()).toEqual([]);
      const kept = await records.read("busy");
      expect(kept?.inbox).toEqual([]);
      expect(kept?.state?.revision).toBe(1);
    });

    it("keeps a due index: marks up to a time, each with its time, cleared ones gone", async () => {
      const records = store.conversations.records;
      const base = Date.UTC(2031, 0, 1);
      const marks = [
        { conversation: "due-a", at: base },
        { conversation: "due-b", at: base + 60_000 },
        { conversation: "due-c", at: base + 60_001 },
        { conversation: "due-d", at: base + 86_400_000 },
      ];
      for (const mark of marks) await records.markDue(mark.conversation, mark.at);
      await records.markDue("due-e", base + 1);
      await records.clearDue("due-e", base + 1);
      const due = async (until: number) => {
        const found = [];
        for await (const mark of records.due(until)) found.push(mark);
        return found.filter((mark) => mark.conversation.startsWith("due-"));
      };
      const sorted = (list: { conversation: string; at: number }[]) =>
        [...list].sort((a, b) => a.at - b.at);
      expect(sorted(await due(base + 60_000))).toEqual(marks.slice(0, 2));
      expect(sorted(await due(base + 86_400_000))).toEqual(marks);
      expect(await due(base - 1)).toEqual([]);
      if (kind === "sqlite" || kind === "postgres") {
        // Ordered backends list the earliest first, and stop reading at the time asked for.
        expect(await due(base + 86_400_000)).toEqual(marks);
      }
      await withOtherStore(
        uniqueNamespace(`${name}-due`),
        async (other) => {
          for await (const mark of other.conversations.records.due(base + 86_400_000)) {
            expect(mark.conversation.startsWith("due-")).toBe(false);
          }
        },
        true,
      );
      for (const mark of marks) await records.clearDue(mark.conversation, mark.at);
      expect(await due(base + 86_400_000)).toEqual([]);
    });

    it("namespaces and versions its keys", () => {
      expect(store.kv.namespace).toBe(`${namespace}:${STORE_KEY_VERSION}`);
    });

    if (sharesAcrossProcesses) {
      describe("across store instances", () => {
        it("never lets two instances hold one conversation's lock at once", async () => {
          await withOtherStore(
            namespace,
            async (other) => {
              const counter = `test:counter:${randomUUID()}`;
              await store.kv.set(counter, 0);
              let active = 0;
              let maxActive = 0;
              // A read-modify-write with a pause in the middle loses updates unless the lock
              // really excludes the other instance.
              const tasks = Array.from({ length: 16 }, (_, index) => {
                const instance = index % 2 === 0 ? store : other;
                return instance.conversations.withLock("cross-instance", async () => {
                  active += 1;
                  maxActive = Math.max(maxActive, active);
                  const value = await instance.kv.get(counter);
                  await randomDelay(15);
                  await instance.kv.set(counter, (value as number) + 1);
                  active -= 1;
                });
              });
              await Promise.all(tasks);
              expect(maxActive).toBe(1);
              expect(await store.kv.get(counter)).toBe(tasks.length);
            },
            false,
          );
        });

        it("releases the lock when a task throws, for the other instance too", async () => {
          await withOtherStore(
            namespace,
            async (other) => {
              await expect(
                store.conversations.withLock("cross-throws", async () => {
                  throw new Error("task failed");
                }),
              ).rejects.toThrow("task failed");
              const startedAt = Date.now();
              await expect(
                other.conversations.withLock("cross-throws", async () => "other ran"),
              ).resolves.toBe("other ran");
              expect(Date.now() - startedAt).toBeLessThan(2_000);
            },
            false,
          );
        });

        it("lets two instances work on different conversations at once", async () => {
          await withOtherStore(
            namespace,
            async (other) => {
              let startedCount = 0;
              const bothStarted = async () => {
                startedCount += 1;
                const deadline = Date.now() + 3_000;
                while (startedCount < 2) {
                  if (Date.now() > deadline) throw new Error("the other instance never started");
                  await sleep(5);
                }
              };
              await Promise.all([
                store.conversations.withLock("cross-a", bothStarted),
                other.conversations.withLock("cross-b", bothStarted),
              ]);
            },
            false,
          );
        });
      });
    }
  });
}
