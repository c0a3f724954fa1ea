/**
 * `STORE_URL` -> a connected Keyv and the conversation store on top of it. Each backend's client
 * library (and our modules built on it) is imported by the function that opens that backend, so
 * a process loads only the one it uses: @keyv/redis alone takes about 100 ms to load.
 */
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Keyv } from "keyv";
import { createConversationStore, } from "./conversation-store.js";
import { StoreConfigError, StoreConnectionError, StoreLockedError } from "./errors.js";
import { mapSweeper, postgresSweeper, sqliteSweeper, } from "./expired-rows.js";
import { mapKeyLister, postgresKeyLister, redisKeyLister, sqliteKeyLister, } from "./key-lister.js";
import { createPostgresLock } from "./postgres-lock.js";
import { createPostgresSessions } from "./postgres-session.js";
import { createRedisLock } from "./redis-lock.js";
import { parseStoreUrl, redactPassword } from "./store-url.js";
/** The namespace when none is given. */
export const DEFAULT_STORE_NAMESPACE = "komorebi";
/** The key layout's version, the second part of every key; bump it to migrate. */
export const STORE_KEY_VERSION = "v1";
const CONNECT_TIMEOUT_MS = 5_000;
// A crashed holder frees a conversation this soon; a live one renews it every third of it.
const LOCK_TTL_MS = 5_000;
const LOCK_WAIT_MS = 60_000;
// Our own table, so komorebi can share a database with another Keyv user without mixing rows.
const TABLE = "komorebi_kv";
const KEY_SIZE = 512;
const PROBE_KEY = "ping";
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };
/**
 * Opens the store that `url` (the value of `STORE_URL`) names and checks that it answers, so a
 * wrong URL or a stopped service fails start-up instead of the first conversation.
 * @throws {StoreConfigError} when `url` or `options.namespace` is malformed.
 * @throws {StoreConnectionError} when the backend cannot be reached or opened; the message
 *   names the backend and host, never the password.
 */
export async function createStore(url, options = {}) {
    const location = parseStoreUrl(url);
    const namespace = options.namespace ?? DEFAULT_STORE_NAMESPACE;
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(namespace)) {
        throw new StoreConfigError("The store namespace must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
    }
    const context = {
        prefix: `${namespace}:${STORE_KEY_VERSION}`,
        logger: options.logger ?? silentLogger,
        ...(options.retentionMs !== undefined ? { retentionMs: options.retentionMs } : {}),
        sqliteSynchronous: options.sqliteSynchronous ?? "normal",
        soleProcess: options.soleProcess ?? false,
    };
    switch (location.kind) {
        case "memory":
            return openMemory(context);
        case "sqlite":
            return openSqlite(location.path, context);
        case "redis":
            return openRedis(location, context);
        case "postgres":
            return openPostgres(location, context);
    }
}
function openMemory(context) {
    const map = new Map();
    const kv = createKeyv(map, "memory", context);
    return assemble("memory", kv, context, undefined, {
        ping: async () => { },
        close: async () => { },
        sweep: mapSweeper(map),
        listKeys: mapKeyLister(map),
    });
}
async function lockSqlite(path) {
    const { lockSqliteFile } = await import("./sqlite-lock.js");
    try {
        return await lockSqliteFile(path);
    }
    catch (error) {
        if (error instanceof StoreLockedError)
            throw error;
        throw new StoreConnectionError("sqlite", path, `cannot lock it: ${messageOf(error)}`, {
            cause: error,
        });
    }
}
async function openSqlite(file, context) {
    const path = resolve(file);
    try {
        await mkdir(dirname(path), { recursive: true });
    }
    catch (error) {
        throw new StoreConnectionError("sqlite", path, `cannot create its directory: ${messageOf(error)}`, {
            cause: error,
        });
    }
    // Before the database opens: a second server must not touch what the first has claimed.
    const lock = context.soleProcess ? await lockSqlite(path) : undefined;
    let adapter;
    try {
        const { openSqliteAdapter } = await import("./sqlite-adapter.js");
        adapter = await openSqliteAdapter({
            path,
            table: TABLE,
            keySize: KEY_SIZE,
            busyTimeoutMs: CONNECT_TIMEOUT_MS,
            synchronous: context.sqliteSynchronous,
        });
    }
    catch (error) {
        await lock?.release();
        throw new StoreConnectionError("sqlite", path, messageOf(error), { cause: error });
    }
    const kv = createKeyv(adapter, "sqlite", context);
    try {
        await kv.get(PROBE_KEY);
    }
    catch (error) {
        await adapter.disconnect?.().catch(() => { });
        await lock?.release();
        throw new StoreConnectionError("sqlite", path, messageOf(error), { cause: error });
    }
    return assemble("sqlite", kv, context, undefined, {
        ping: async () => {
            await kv.get(PROBE_KEY);
        },
        close: async () => {
            await kv.disconnect();
            await lock?.release();
        },
        sweep: sqliteSweeper(adapter.query, TABLE, context.prefix),
        listKeys: sqliteKeyLister(adapter.query, TABLE),
        // One request instead of two: the record and the mark's removal share a batch.
        setAndDelete: ({ key, value, ttl }, remove) => adapter.setThenDelete(`${context.prefix}:${key}`, envelopeOf(value, ttl), `${context.prefix}:${remove}`),
    });
}
async function openRedis(location, context) {
    const { logger } = context;
    const { default: KeyvRedis, createClient } = await import("@keyv/redis");
    let started = false;
    let degraded = false;
    const client = createClient({
        url: location.url,
        // During an outage a command fails at once (the platform redelivers the event) instead of
        // piling up in memory until Redis returns.
        disableOfflineQueue: true,
        socket: {
            connectTimeout: CONNECT_TIMEOUT_MS,
            // At start-up a refused connection is a configuration problem: fail, do not retry forever.
            // Once running, an outage is transient: reconnect with capped backoff.
            reconnectStrategy: (retries) => (started ? Math.min(100 * 2 ** retries, 3_000) : false),
        },
    });
    client.on("error", (error) => {
        if (!started || degraded)
            return;
        degraded = true;
        logger.warn("store: redis connection lost, reconnecting", {
            target: location.display,
            error: redactPassword(messageOf(error), location.url),
        });
    });
    client.on("ready", () => {
        if (!degraded)
            return;
        degraded = false;
        logger.info("store: redis connection restored", { target: location.display });
    });
    try {
        // connectTimeout bounds the TCP connect; this also bounds a handshake that never answers.
        await withTimeout(client.connect(), 2 * CONNECT_TIMEOUT_MS);
    }
    catch (error) {
        if (client.isOpen)
            client.destroy();
        throw new StoreConnectionError("redis", location.display, redactPassword(messageOf(error), location.url), { cause: error });
    }
    started = true;
    // Keys are `<prefix>:<key>` like the other backends: the adapter prefixes, Keyv does not.
    const adapter = new KeyvRedis(client, {
        namespace: context.prefix,
        keyPrefixSeparator: ":",
        throwOnErrors: true,
        throwOnConnectError: true,
    });
    const kv = createKeyv(adapter, "redis", context, { useKeyPrefix: false });
    const lock = createRedisLock(client, { ttlMs: LOCK_TTL_MS, waitMs: LOCK_WAIT_MS, logger });
    return assemble("redis", kv, context, lock, {
        ping: async () => {
            await client.ping();
        },
        close: () => kv.disconnect(),
        sweep: async () => 0,
        listKeys: redisKeyLister(client),
        // One MULTI instead of two commands.
        setAndDelete: async ({ key, value, ttl }, remove) => {
            const envelope = envelopeOf(value, ttl);
            const multi = client.multi();
            if (ttl)
                multi.set(`${context.prefix}:${key}`, envelope, { PX: ttl });
            else
                multi.set(`${context.prefix}:${key}`, envelope);
            multi.del(`${context.prefix}:${remove}`);
            await multi.exec();
        },
    });
}
async function openPostgres(location, context) {
    const { logger } = context;
    const [{ default: pg }, { PooledKeyvPostgres }] = await Promise.all([
        import("pg"),
        import("./postgres-adapter.js"),
    ]);
    const common = {
        connectionString: location.url,
        max: 10,
        idleTimeoutMillis: 10_000,
    };
    const pool = new pg.Pool({ ...common, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // Lock holders get their own connections (see createPostgresLock); waiting for one of them
    // is waiting for the lock, so it gets the lock's patience rather than the connect timeout.
    const lockPool = new pg.Pool({
        ...common,
        connectionTimeoutMillis: LOCK_WAIT_MS,
        lock_timeout: LOCK_WAIT_MS,
    });
    const onPoolError = (error) => {
        // An idle connection dropped by the server: pg replaces it on the next query.
        logger.warn("store: postgres connection error", {
            target: location.display,
            error: redactPassword(error.message, location.url),
        });
    };
    pool.on("error", onPoolError);
    lockPool.on("error", onPoolError);
    const endPools = () => Promise.all([pool.end(), lockPool.end()]).then(() => { });
    // A lock holder's reads and writes go to the lock's connection, in its transaction.
    const sessions = createPostgresSessions();
    let setupError;
    let kv;
    try {
        await pool.query("SELECT 1");
        const adapter = new PooledKeyvPostgres({ pool, sessions, table: TABLE, keySize: KEY_SIZE });
        // The adapter creates its table in the background and only emits a failure; keep it so the
        // start-up error can say why the probe below failed.
        adapter.once("error", (error) => {
            setupError = error;
        });
        kv = createKeyv(adapter, "postgres", context);
        await kv.get(PROBE_KEY);
    }
    catch (error) {
        await endPools().catch(() => { });
        const detail = setupError === undefined ? messageOf(error) : messageOf(setupError);
        throw new StoreConnectionError("postgres", location.display, redactPassword(detail, location.url), { cause: setupError ?? error });
    }
    const opened = kv;
    const lock = createPostgresLock(lockPool, { logger, sessions, table: `public.${TABLE}` });
    return assemble("postgres", opened, context, lock, {
        ping: async () => {
            await pool.query("SELECT 1");
        },
        close: async () => {
            await opened.disconnect();
            await endPools();
        },
        sweep: postgresSweeper(async (sql, values) => (await pool.query(sql, values)).rows, `public.${TABLE}`, context.prefix),
        listKeys: postgresKeyLister(async (sql, values) => (await pool.query(sql, values)).rows, `public.${TABLE}`),
    });
}
function assemble(kind, kv, context, lock, lifecycle) {
    let closing;
    return {
        kind,
        kv,
        conversations: createConversationStore(kv, {
            logger: context.logger,
            lock,
            listKeys: (prefix, options) => lifecycle.listKeys(`${context.prefix}:${prefix}`, options),
            ...(lifecycle.setAndDelete ? { setAndDelete: lifecycle.setAndDelete } : {}),
            ...(context.retentionMs !== undefined ? { retentionMs: context.retentionMs } : {}),
        }),
        ping: lifecycle.ping,
        sweepExpired: (now = Date.now()) => lifecycle.sweep(now),
        close: () => {
            closing ??= lifecycle.close();
            return closing;
        },
    };
}
function createKeyv(store, kind, context, options = {}) {
    const { logger } = context;
    const kv = new Keyv({
        store,
        namespace: context.prefix,
        useKeyPrefix: options.useKeyPrefix ?? true,
        // A failing backend must surface as an error, not as "no state": reading a missing state
        // would quietly restart the person's conversation.
        throwOnErrors: true,
        // Plain JSON keeps the rows readable for an operator with psql, redis-cli or sqlite3.
        serialize: (data) => JSON.stringify(data),
        deserialize: (data) => {
            const envelope = parseEnvelope(data);
            if (envelope === undefined) {
                logger.warn("store: unreadable value treated as missing", { backend: kind });
                return undefined;
            }
            // The envelope is checked; the value's own shape is for its reader to check.
            return envelope;
        },
    });
    kv.on("error", (error) => {
        // Also thrown to the caller (throwOnErrors), who logs it; this is for the trail.
        logger.debug("store: backend error", { backend: kind, error: messageOf(error) });
    });
    return kv;
}
/** A value in Keyv's envelope, serialized as `createKeyv`'s Keyv writes it. */
function envelopeOf(value, ttl) {
    return JSON.stringify({ value, expires: ttl ? Date.now() + ttl : undefined });
}
function parseEnvelope(data) {
    let parsed;
    try {
        parsed = JSON.parse(data);
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        return undefined;
    const expires = "expires" in parsed ? parsed.expires : undefined;
    if (expires !== undefined && expires !== null && typeof expires !== "number")
        return undefined;
    return parsed;
}
async function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    });
    try {
        return await Promise.race([promise, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=create-store.js.map