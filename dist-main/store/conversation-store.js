/** The core's {@link ConversationStore} port on top of any Keyv backend. */
import { createHash } from "node:crypto";
import { emptyRecord, isEmptyRecord, readRecord, } from "./conversation-record.js";
import { createKeyedQueue } from "./keyed-queue.js";
/**
 * How long a web chat conversation that was only opened (the page's start, nothing typed or
 * chosen) is kept: anyone can open sessions by the thousand, and nothing in them is worth
 * keeping for the retention period. A second event gives it the full period.
 */
export const EMPTY_WEB_SESSION_MS = 60 * 60 * 1000;
// Beyond this length an id is hashed, so a key always fits the SQL backends' key column.
const MAX_KEY_PART = 128;
function keyPart(part) {
    if (part.length <= MAX_KEY_PART)
        return part;
    return `h.${createHash("sha256").update(part).digest("base64url")}`;
}
// Times in index keys: milliseconds, zero-padded, so that key order is time order.
const TIME_DIGITS = 13;
const timePart = (at) => String(Math.max(0, Math.floor(at))).padStart(TIME_DIGITS, "0");
/**
 * The keys the conversation store uses inside the Keyv namespace. `conv:`, `event:`,
 * `lock:`, `pending:` and `due:` are taken; other data in the same Keyv needs other prefixes
 * (`dm-index:` is the index of private chats a channel catches up on, dm-index.ts).
 */
export const storeKeys = {
    /** Where a conversation's state lives. */
    conversation: (conversation) => `conv:${keyPart(conversation)}`,
    /** Marks a platform event as already handled. */
    event: (scope, eventId) => `event:${keyPart(scope)}:${keyPart(eventId)}`,
    /** The cross-process lock of a conversation. */
    lock: (conversation) => `lock:${keyPart(conversation)}`,
    /** Marks a conversation with events or answers still to handle (found again at start). */
    pending: (conversation) => `pending:${keyPart(conversation)}`,
    /** Marks a conversation that wants attention at a time (a check-in): the due index. */
    due: (at, conversation) => `due:${timePart(at)}:${keyPart(conversation)}`,
};
/**
 * Creates a {@link ConversationStore} on `kv`. `withLock` always queues per conversation in
 * process, and additionally holds `options.lock` when given. A state that does not look like
 * schema 1 reads as missing: the conversation starts over rather than the engine crashing on
 * it, and the stored value stays untouched until the next save.
 */
export function createConversationStore(kv, options = {}) {
    const queue = createKeyedQueue();
    const { logger, lock } = options;
    const retentionMs = options.retentionMs !== undefined && options.retentionMs > 0
        ? Math.ceil(options.retentionMs)
        : undefined;
    const ttlOf = (record) => {
        const { state } = record;
        if (state?.channel === "web" && state.turns <= 1 && record.outbox.length === 0) {
            return retentionMs === undefined
                ? EMPTY_WEB_SESSION_MS
                : Math.min(retentionMs, EMPTY_WEB_SESSION_MS);
        }
        return retentionMs;
    };
    const lockKey = (conversation) => `${kv.namespace ?? ""}:${storeKeys.lock(conversation)}`;
    const withLock = (conversation, task) => queue.run(conversation, () => (lock ? lock.run(lockKey(conversation), task) : task()));
    // The dispatcher's tasks read the conversation's record first: the lock reads it with taking
    // the lock, and the task's first read takes that value instead of a round trip of its own.
    // Any write of the record drops it. A read outside the lock that takes it first gets what
    // was committed when the lock was taken (every writer of a record holds its lock).
    const early = new Map();
    // Where the lock keeps writes until its release (Redis), the task's writes of its own
    // conversation wait there; a read of that conversation sends them first, so the task reads
    // what it wrote and a reader elsewhere sees no more than an immediate write would have shown.
    const held = new Map();
    const withRecordLock = (conversation, task) => queue.run(conversation, () => {
        if (!lock)
            return task();
        return lock.run(lockKey(conversation), async (read, holder) => {
            // Decoded as Keyv would (createStore always gives it a deserializer).
            if (read && kv.deserialize)
                early.set(conversation, read.value);
            if (holder)
                held.set(conversation, holder);
            try {
                return await task();
            }
            finally {
                early.delete(conversation);
                held.delete(conversation);
            }
        }, { read: stored(storeKeys.conversation(conversation)) });
    });
    /** A key as the backend stores it. */
    const stored = (key) => `${kv.namespace ?? ""}:${key}`;
    /**
     * Hands `writes` to the lock holding `conversation`, if it keeps writes: true when it took
     * them. Values go in Keyv's envelope, serialized as `kv.set` would.
     */
    const deferred = (conversation, writes) => {
        const holder = held.get(conversation);
        if (!holder)
            return false;
        early.delete(conversation);
        holder.defer(writes.map((write) => {
            if (!("value" in write))
                return { key: stored(write.key), remove: true };
            const { ttl } = write;
            const text = kv.serialize?.({
                value: write.value,
                expires: ttl ? Date.now() + ttl : undefined,
            });
            // createStore gives Keyv a synchronous JSON serializer; anything else cannot wait here.
            if (typeof text !== "string")
                throw new Error("held writes need a synchronous serializer");
            return { key: stored(write.key), value: text, ...(ttl ? { ttlMs: ttl } : {}) };
        }));
        return true;
    };
    /** The conversation's record written (or, when empty, removed). */
    const recordWrite = (conversation, record) => {
        const key = storeKeys.conversation(conversation);
        return isEmptyRecord(record) ? { key } : { key, value: record, ttl: ttlOf(record) };
    };
    /** A stored value as `kv.get` would return it (our deserializer, then the expiry check). */
    const decode = async (raw) => {
        if (raw === undefined)
            return undefined;
        const envelope = await kv.deserialize?.(raw);
        if (envelope === undefined || envelope === null)
            return undefined;
        if (typeof envelope.expires === "number" && Date.now() > envelope.expires)
            return undefined;
        return envelope.value;
    };
    const records = {
        async read(conversation) {
            const holder = held.get(conversation);
            if (holder?.waiting)
                await holder.flush();
            let value;
            if (early.has(conversation)) {
                const raw = early.get(conversation);
                early.delete(conversation);
                value = await decode(raw);
            }
            else
                value = await kv.get(storeKeys.conversation(conversation));
            if (value === undefined)
                return undefined;
            const record = readRecord(value);
            if (!record) {
                logger?.warn("store: unreadable conversation record treated as missing", {
                    conversation,
                });
            }
            return record;
        },
        async write(conversation, record) {
            if (deferred(conversation, [recordWrite(conversation, record)]))
                return;
            early.delete(conversation);
            const key = storeKeys.conversation(conversation);
            if (isEmptyRecord(record))
                await kv.delete(key);
            else
                await kv.set(key, record, ttlOf(record));
        },
        withLock: withRecordLock,
        async writeMarkingPending(conversation, record) {
            const pending = { key: storeKeys.pending(conversation), value: Date.now() };
            if (deferred(conversation, [recordWrite(conversation, record), pending]))
                return;
            early.delete(conversation);
            await kv.setMany([
                { key: storeKeys.conversation(conversation), value: record, ttl: ttlOf(record) },
                pending,
            ]);
        },
        async writeClearingPending(conversation, record) {
            const pending = { key: storeKeys.pending(conversation) };
            if (deferred(conversation, [recordWrite(conversation, record), pending]))
                return;
            early.delete(conversation);
            const { setAndDelete } = options;
            if (!setAndDelete || isEmptyRecord(record)) {
                await records.write(conversation, record);
                await records.clearPending(conversation);
                return;
            }
            const ttl = ttlOf(record);
            await setAndDelete({ key: storeKeys.conversation(conversation), value: record, ...(ttl ? { ttl } : {}) }, storeKeys.pending(conversation));
        },
        async markPending(conversation) {
            const key = storeKeys.pending(conversation);
            if (deferred(conversation, [{ key, value: Date.now() }]))
                return;
            await kv.set(key, Date.now());
        },
        async clearPending(conversation) {
            const key = storeKeys.pending(conversation);
            if (deferred(conversation, [{ key }]))
                return;
            await kv.delete(key);
        },
        async *pending() {
            const { listKeys } = options;
            if (!listKeys)
                throw new Error("this store cannot list pending conversations");
            yield* listKeys(storeKeys.pending(""));
        },
        async markDue(conversation, at) {
            const key = storeKeys.due(at, conversation);
            if (deferred(conversation, [{ key, value: true }]))
                return;
            await kv.set(key, true);
        },
        async clearDue(conversation, at) {
            const key = storeKeys.due(at, conversation);
            if (deferred(conversation, [{ key }]))
                return;
            await kv.delete(key);
        },
        async *due(until) {
            const { listKeys } = options;
            if (!listKeys)
                throw new Error("this store cannot list due conversations");
            for await (const rest of listKeys("due:", { below: timePart(until + 1) })) {
                const match = /^(\d{13}):(.+)$/.exec(rest);
                if (match?.[1] && match[2])
                    yield { conversation: match[2], at: Number(match[1]) };
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
            if (!record)
                return;
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
//# sourceMappingURL=conversation-store.js.map