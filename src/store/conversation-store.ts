/** The core's {@link ConversationStore} port on top of any Keyv backend. */
import { createHash } from "node:crypto";
import type { Keyv } from "keyv";
import type { ConversationStore, Logger } from "../core/ports.js";
import type { ConversationState } from "../core/state.js";
import { createKeyedQueue } from "./keyed-queue.js";

/** Mutual exclusion across processes, keyed by a full (namespaced) lock key. */
export interface DistributedLock {
  /** Runs `task` while holding the lock on `key`; releases it however the task ends. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
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
}

// Beyond this length an id is hashed, so a key always fits the SQL backends' key column.
const MAX_KEY_PART = 128;

function keyPart(part: string): string {
  if (part.length <= MAX_KEY_PART) return part;
  return `h.${createHash("sha256").update(part).digest("base64url")}`;
}

/**
 * The keys the conversation store uses inside the Keyv namespace. `conv:`, `event:` and
 * `lock:` are taken; other data in the same Keyv needs other prefixes.
 */
export const storeKeys = {
  /** Where a conversation's state lives. */
  conversation: (conversation: string): string => `conv:${keyPart(conversation)}`,
  /** Marks a platform event as already handled. */
  event: (scope: string, eventId: string): string => `event:${keyPart(scope)}:${keyPart(eventId)}`,
  /** The cross-process lock of a conversation. */
  lock: (conversation: string): string => `lock:${keyPart(conversation)}`,
} as const;

/**
 * Creates a {@link ConversationStore} on `kv`. `withLock` always queues per conversation in
 * process, and additionally holds `options.lock` when given. A state that does not look like
 * schema 1 reads as missing: the conversation starts over rather than the engine crashing on
 * it, and the stored value stays untouched until the next save.
 */
export function createConversationStore(
  kv: Keyv<unknown>,
  options: ConversationStoreOptions = {},
): ConversationStore {
  const queue = createKeyedQueue();
  const { logger, lock } = options;
  const retentionMs =
    options.retentionMs !== undefined && options.retentionMs > 0
      ? Math.ceil(options.retentionMs)
      : undefined;
  const lockKey = (conversation: string) => `${kv.namespace ?? ""}:${storeKeys.lock(conversation)}`;

  return {
    async get(conversation) {
      const value = await kv.get(storeKeys.conversation(conversation));
      if (value === undefined) return undefined;
      if (!isConversationState(value)) {
        logger?.warn("store: unreadable conversation state treated as missing", { conversation });
        return undefined;
      }
      return value;
    },

    async set(conversation, state) {
      await kv.set(storeKeys.conversation(conversation), state, retentionMs);
    },

    async delete(conversation) {
      await kv.delete(storeKeys.conversation(conversation));
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

    withLock(conversation, task) {
      return queue.run(conversation, () => (lock ? lock.run(lockKey(conversation), task) : task()));
    },
  };
}

/** Enough of schema 1 that the engine can rely on it: the version, revision and position. */
function isConversationState(value: unknown): value is ConversationState {
  if (!isRecord(value) || value.schema !== 1 || typeof value.revision !== "number") return false;
  const position = value.position;
  return (
    isRecord(position) && typeof position.flow === "string" && typeof position.node === "string"
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
