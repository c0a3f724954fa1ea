/** The core's {@link ConversationStore} port on top of any Keyv backend. */
import { createHash } from "node:crypto";
import type { Keyv } from "keyv";
import type { ConversationStore, Logger } from "../core/ports.js";
import {
  type ConversationRecord,
  emptyRecord,
  isEmptyRecord,
  readRecord,
} from "./conversation-record.js";
import type { KeyLister } from "./key-lister.js";
import { createKeyedQueue } from "./keyed-queue.js";

/** A value a lock read for its task while taking the lock: as stored (serialized), or none. */
export interface EarlyRead {
  value: string | undefined;
}

/**
 * A write a lock holder leaves with its lock (see {@link HeldLock}): the key as the backend
 * stores it and the value as Keyv stores it (its serialized envelope), or a removal.
 */
export type HeldWrite =
  | { key: string; value: string; ttlMs?: number }
  | { key: string; remove: true };

/**
 * What a lock that can write together with its release (Redis) gives its task. Writes handed
 * to it wait, then go with the release in one atomic step that applies them only while the lock
 * is still the task's: a lock that expired meanwhile (and may be another process's now) applies
 * none of them and fails the task's caller. A task that throws leaves none of them behind,
 * except those a read of the conversation sent early (see {@link HeldLock.flush}).
 */
export interface HeldLock {
  /** Queues writes, in order; they go with the release (or {@link flush}). */
  defer(writes: readonly HeldWrite[]): void;
  /** Whether writes are waiting. */
  readonly waiting: boolean;
  /** Sends the waiting writes now and keeps the lock, for a task that reads what it wrote. */
  flush(): Promise<void>;
}

/** Mutual exclusion across processes, keyed by a full (namespaced) lock key. */
export interface DistributedLock {
  /**
   * Runs `task` while holding the lock on `key`; releases it however the task ends. `read`: a
   * key (as the backend stores it) the task reads first; a lock may read it once it holds the
   * lock, in the same round trip (Redis: pipelined after the lock's SET; Postgres: in the
   * lock's query), and hands the value to the task. `held`: where the lock can keep the task's
   * writes until its release (Redis).
   */
  run<T>(
    key: string,
    task: (early?: EarlyRead, held?: HeldLock) => Promise<T>,
    options?: { read?: string },
  ): Promise<T>;
}

/** Options of {@link createConversationStore}. */
export interface ConversationStoreOptions {
  /** Receives a warning, without content, when a stored state cannot be read. */
  logger?: Logger;
  /**
   * The cross-process lock (Redis, Postgres). Without one, ordering holds within this process
   * only, which is all SQLite and memory need: they serve a single process by design.
   */
  lock?: DistributedLock;
  /**
   * How long a conversation is kept after its last event; each save starts the period again.
   * Absent or 0: kept until the person deletes it.
   */
  retentionMs?: number;
  /** Lists keys under a prefix of this store's namespace (see key-lister.ts). */
  listKeys?: KeyLister;
  /**
   * Sets one key (value as Keyv stores it: the serialized envelope) and deletes another in one
   * atomic step, for a backend where that saves a round trip (Redis: one MULTI). Keys are
   * inside this store's namespace, unprefixed. Without it, the set then the delete.
   */
  setAndDelete?: (
    set: { key: string; value: unknown; ttl?: number },
    remove: string,
  ) => Promise<void>;
}

/**
 * How long a web chat conversation that was only opened (the page's start, nothing typed or
 * chosen) is kept: anyone can open sessions by the thousand, and nothing in them is worth
 * keeping for the retention period. A second event gives it the full period.
 */
export const EMPTY_WEB_SESSION_MS = 60 * 60 * 1000;

// Beyond this length an id is hashed, so a key always fits the SQL backends' key column.
const MAX_KEY_PART = 128;

function keyPart(part: string): string {
  if (part.length <= MAX_KEY_PART) return part;
  return `h.${createHash("sha256").update(part).digest("base64url")}`;
}

// Times in index keys: milliseconds, zero-padded, so that key order is time order.
const TIME_DIGITS = 13;
const timePart = (at: number) => String(Math.max(0, Math.floor(at))).padStart(TIME_DIGITS, "0");

/**
 * The keys the conversation store uses inside the Keyv namespace. `conv:`, `event:`,
 * `lock:`, `pending:` and `due:` are taken; other data in the same Keyv needs other prefixes
 * (`dm-index:` is the index of private chats a channel catches up on, dm-index.ts).
 */
export const storeKeys = {
  /** Where a conversation's state lives. */
  conversation: (conversation: string): string => `conv:${keyPart(conversation)}`,
  /** Marks a platform event as already handled. */
  event: (scope: string, eventId: string): string => `event:${keyPart(scope)}:${keyPart(eventId)}`,
  /** The cross-process lock of a conversation. */
  lock: (conversation: string): string => `lock:${keyPart(conversation)}`,
  /** Marks a conversation with events or answers still to handle (found again at start). */
  pending: (conversation: string): string => `pending:${keyPart(conversation)}`,
  /** Marks a conversation that wants attention at a time (a check-in): the due index. */
  due: (at: number, conversation: string): string => `due:${timePart(at)}:${keyPart(conversation)}`,
} as const;

/** A conversation in the due index, and the time it was marked for. */
export interface DueMark {
  conversation: string;
  at: number;
}

/** The whole stored record of each conversation, for the dispatcher. */
export interface ConversationRecords {
  /** The record, or undefined when there is none or it cannot be read. */
  read(conversation: string): Promise<ConversationRecord | undefined>;
  /** Saves the record in one write; an empty one is deleted. */
  write(conversation: string, record: ConversationRecord): Promise<void>;
  /** Same as {@link ConversationStore.withLock}. */
  withLock<T>(conversation: string, task: () => Promise<T>): Promise<T>;
  /**
   * Saves a record that has work pending together with the "pending" mark, in one write where
   * the backend can (one statement on SQLite and Postgres, one MULTI on Redis).
   */
  writeMarkingPending(conversation: string, record: ConversationRecord): Promise<void>;
  /**
   * Saves a record that has no work pending any more and removes the "pending" mark, the mark
   * after the record (one MULTI on Redis; on SQLite the batch and on Postgres the lock's
   * transaction take the two together anyway).
   */
  writeClearingPending(conversation: string, record: ConversationRecord): Promise<void>;
  /** Marks a conversation as having work pending; written before the work itself. */
  markPending(conversation: string): Promise<void>;
  /** Removes the mark once the record holds no pending work. */
  clearPending(conversation: string): Promise<void>;
  /** Every conversation marked pending (scans the store: for start-up and rare sweeps). */
  pending(): AsyncIterable<string>;
  /**
   * Marks a conversation as due at `at` (ms): written before the record that asks for it, so a
   * due conversation is always found, whatever stops the process.
   */
  markDue(conversation: string, at: number): Promise<void>;
  /** Removes one mark, once the record no longer asks for that time. */
  clearDue(conversation: string, at: number): Promise<void>;
  /**
   * The marks due at or before `until`, earliest first on SQLite and Postgres (in no order on
   * Redis). A mark may be stale (its record moved on): the reader checks the record.
   */
  due(until: number): AsyncIterable<DueMark>;
}

/** Both faces of one conversation store: the core's port and the dispatcher's records. */
export type KomorebiConversationStore = ConversationStore & { records: ConversationRecords };

/**
 * Creates a {@link ConversationStore} on `kv`. `withLock` always queues per conversation in
 * process, and additionally holds `options.lock` when given. A state that does not look like
 * schema 1 reads as missing: the conversation starts over rather than the engine crashing on
 * it, and the stored value stays untouched until the next save.
 */
export function createConversationStore(
  kv: Keyv<unknown>,
  options: ConversationStoreOptions = {},
): KomorebiConversationStore {
  const queue = createKeyedQueue();
  const { logger, lock } = options;
  const retentionMs =
    options.retentionMs !== undefined && options.retentionMs > 0
      ? Math.ceil(options.retentionMs)
      : undefined;
  const ttlOf = (record: ConversationRecord): number | undefined => {
    const { state } = record;
    if (state?.channel === "web" && state.turns <= 1 && record.outbox.length === 0) {
      return retentionMs === undefined
        ? EMPTY_WEB_SESSION_MS
        : Math.min(retentionMs, EMPTY_WEB_SESSION_MS);
    }
    return retentionMs;
  };
  const lockKey = (conversation: string) => `${kv.namespace ?? ""}:${storeKeys.lock(conversation)}`;

  const withLock = <T>(conversation: string, task: () => Promise<T>) =>
    queue.run(conversation, () => (lock ? lock.run(lockKey(conversation), task) : task()));
  // The dispatcher's tasks read the conversation's record first: the lock reads it with taking
  // the lock, and the task's first read takes that value instead of a round trip of its own.
  // Any write of the record drops it. A read outside the lock that takes it first gets what
  // was committed when the lock was taken (every writer of a record holds its lock).
  const early = new Map<string, string | undefined>();
  // Where the lock keeps writes until its release (Redis), the task's writes of its own
  // conversation wait there; a read of that conversation sends them first, so the task reads
  // what it wrote and a reader elsewhere sees no more than an immediate write would have shown.
  const held = new Map<string, HeldLock>();
  const withRecordLock = <T>(conversation: string, task: () => Promise<T>) =>
    queue.run(conversation, () => {
      if (!lock) return task();
      return lock.run(
        lockKey(conversation),
        async (read, holder) => {
          // Decoded as Keyv would (createStore always gives it a deserializer).
          if (read && kv.deserialize) early.set(conversation, read.value);
          if (holder) held.set(conversation, holder);
          try {
            return await task();
          } finally {
            early.delete(conversation);
            held.delete(conversation);
          }
        },
        { read: stored(storeKeys.conversation(conversation)) },
      );
    });
  /** A key as the backend stores it. */
  const stored = (key: string) => `${kv.namespace ?? ""}:${key}`;
  /**
   * Hands `writes` to the lock holding `conversation`, if it keeps writes: true when it took
   * them. Values go in Keyv's envelope, serialized as `kv.set` would.
   */
  const deferred = (
    conversation: string,
    writes: ({ key: string; value: unknown; ttl?: number | undefined } | { key: string })[],
  ): boolean => {
    const holder = held.get(conversation);
    if (!holder) return false;
    early.delete(conversation);
    holder.defer(
      writes.map((write): HeldWrite => {
        if (!("value" in write)) return { key: stored(write.key), remove: true };
        const { ttl } = write;
        const text = kv.serialize?.({
          value: write.value,
          expires: ttl ? Date.now() + ttl : undefined,
        });
        // createStore gives Keyv a synchronous JSON serializer; anything else cannot wait here.
        if (typeof text !== "string") throw new Error("held writes need a synchronous serializer");
        return { key: stored(write.key), value: text, ...(ttl ? { ttlMs: ttl } : {}) };
      }),
    );
    return true;
  };
  /** The conversation's record written (or, when empty, removed). */
  const recordWrite = (conversation: string, record: ConversationRecord) => {
    const key = storeKeys.conversation(conversation);
    return isEmptyRecord(record) ? { key } : { key, value: record, ttl: ttlOf(record) };
  };
  /** A stored value as `kv.get` would return it (our deserializer, then the expiry check). */
  const decode = async (raw: string | undefined): Promise<unknown> => {
    if (raw === undefined) return undefined;
    const envelope = await kv.deserialize?.(raw);
    if (envelope === undefined || envelope === null) return undefined;
    if (typeof envelope.expires === "number" && Date.now() > envelope.expires) return undefined;
    return envelope.value;
  };

  const records: ConversationRecords = {
    async read(conversation) {
      const holder = held.get(conversation);
      if (holder?.waiting) await holder.flush();
      let value: unknown;
      if (early.has(conversation)) {
        const raw = early.get(conversation);
        early.delete(conversation);
        value = await decode(raw);
      } else value = await kv.get(storeKeys.conversation(conversation));
      if (value === undefined) return undefined;
      const record = readRecord(value);
      if (!record) {
        logger?.warn("store: unreadable conversation record treated as missing", {
          conversation,
        });
      }
      return record;
    },
    async write(conversation, record) {
      if (deferred(conversation, [recordWrite(conversation, record)])) return;
      early.delete(conversation);
      const key = storeKeys.conversation(conversation);
      if (isEmptyRecord(record)) await kv.delete(key);
      else await kv.set(key, record, ttlOf(record));
    },
    withLock: withRecordLock,
    async writeMarkingPending(conversation, record) {
      const pending = { key: storeKeys.pending(conversation), value: Date.now() };
      if (deferred(conversation, [recordWrite(conversation, record), pending])) return;
      early.delete(conversation);
      await kv.setMany([
        { key: storeKeys.conversation(conversation), value: record, ttl: ttlOf(record) },
        pending,
      ]);
    },
    async writeClearingPending(conversation, record) {
      const pending = { key: storeKeys.pending(conversation) };
      if (deferred(conversation, [recordWrite(conversation, record), pending])) return;
      early.delete(conversation);
      const { setAndDelete } = options;
      if (!setAndDelete || isEmptyRecord(record)) {
        await records.write(conversation, record);
        await records.clearPending(conversation);
        return;
      }
      const ttl = ttlOf(record);
      await setAndDelete(
        { key: storeKeys.conversation(conversation), value: record, ...(ttl ? { ttl } : {}) },
        storeKeys.pending(conversation),
      );
    },
    async markPending(conversation) {
      const key = storeKeys.pending(conversation);
      if (deferred(conversation, [{ key, value: Date.now() }])) return;
      await kv.set(key, Date.now());
    },
    async clearPending(conversation) {
      const key = storeKeys.pending(conversation);
      if (deferred(conversation, [{ key }])) return;
      await kv.delete(key);
    },
    async *pending() {
      const { listKeys } = options;
      if (!listKeys) throw new Error("this store cannot list pending conversations");
      yield* listKeys(storeKeys.pending(""));
    },
    async markDue(conversation, at) {
      const key = storeKeys.due(at, conversation);
      if (deferred(conversation, [{ key, value: true }])) return;
      await kv.set(key, true);
    },
    async clearDue(conversation, at) {
      const key = storeKeys.due(at, conversation);
      if (deferred(conversation, [{ key }])) return;
      await kv.delete(key);
    },
    async *due(until) {
      const { listKeys } = options;
      if (!listKeys) throw new Error("this store cannot list due conversations");
      for await (const rest of listKeys("due:", { below: timePart(until + 1) })) {
        const match = /^(\d{13}):(.+)$/.exec(rest);
        if (match?.[1] && match[2]) yield { conversation: match[2], at: Number(match[1]) };
      }
    },
  };

  return {
    records,

    async get(conversation) {
      return (await records.read(conversation))?.state;
    },

    async set(conversation, state) {
      const record = (await records.read(conversation)) ?? emptyRecord();
      await records.write(conversation, { ...record, state });
    },

    async delete(conversation) {
      const record = await records.read(conversation);
      if (!record) return;
      // Deleting the conversation deletes the address too; undelivered answers stay to go out.
      const { state: _state, address: _address, ...rest } = record;
      await records.write(conversation, rest);
    },

    async seenEvent(scope, eventId) {
      // get, not has: Keyv's has() skips the expiry check on the SQL backends.
      return (await kv.get(storeKeys.event(scope, eventId))) !== undefined;
    },

    async rememberEvent(scope, eventId, ttlMs) {
      if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
        throw new RangeError(`rememberEvent needs a positive ttlMs, got ${ttlMs}.`);
      }
      await kv.set(storeKeys.event(scope, eventId), true, Math.ceil(ttlMs));
    },

    withLock,
  };
}
