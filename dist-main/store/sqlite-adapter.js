/**
 * A Keyv adapter for SQLite with prepared statements. @keyv/sqlite prepares every statement
 * anew for each call and reads a row before deleting it; on the hot path (several reads and
 * writes per event) that cost more than the writes themselves. Same table layout as
 * @keyv/sqlite (`key VARCHAR PRIMARY KEY, value TEXT`), so an existing database opens as is.
 *
 * Reads and writes asked for while the previous ones are under way go together (group commit):
 * every statement is a trip to libuv's thread pool and every write a commit with its locks and
 * WAL frames, which under load cost more CPU than the statements' own work. A caller's promise
 * still settles only once its own rows are committed (or read), and one caller's rows are never
 * split between statements.
 */
import { EventEmitter } from "node:events";
import sqlite3 from "sqlite3";
import { createRecentRows } from "./recent-rows.js";
import { createBatcher, createWriteBatcher, keysOf } from "./sqlite-batch.js";
/** Most keys one statement takes; a larger batch is split (never one caller's rows). */
const MAX_ROWS = 32;
/** Rows written lately that are read back from memory (see recent-rows.ts). */
const RECENT_ROWS = { maxRows: 20_000, maxBytes: 32 * 1024 * 1024 };
/** Opens the database, sets WAL and the synchronous level, creates the table if missing. */
export async function openSqliteAdapter(options) {
    const table = options.table.replace(/[^A-Za-z0-9_]/g, "");
    const database = await new Promise((resolve, reject) => {
        const opened = new sqlite3.Database(options.path, (error) => error ? reject(error) : resolve(opened));
    });
    const query = (sql, ...parameters) => new Promise((resolve, reject) => {
        database.all(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows)));
    });
    try {
        database.configure("busyTimeout", options.busyTimeoutMs);
        // WAL: a commit is one append instead of a rollback journal's several writes, and readers
        // do not wait for the writer. In WAL, NORMAL loses no commit when the process crashes (it is
        // in the operating system's cache) and syncs at checkpoints; FULL also syncs every commit,
        // so an acknowledged event survives a power cut too, at the price of an fsync per write.
        await query("PRAGMA journal_mode=WAL");
        await query(`PRAGMA synchronous=${options.synchronous === "full" ? "FULL" : "NORMAL"}`);
        await query(`CREATE TABLE IF NOT EXISTS ${table}(key VARCHAR(${options.keySize}) PRIMARY KEY, value TEXT )`);
    }
    catch (error) {
        await new Promise((resolve) => database.close(resolve));
        throw error;
    }
    const prepare = (sql) => database.prepare(sql);
    const removeLike = prepare(`DELETE FROM ${table} WHERE key LIKE ?`);
    // Statements for 1..MAX_ROWS keys at once, prepared when first needed.
    const statements = new Map();
    const statement = (kind, rows) => {
        const name = `${kind}:${rows}`;
        let prepared = statements.get(name);
        if (!prepared) {
            const marks = Array.from({ length: rows }, () => "?").join(", ");
            prepared = prepare(kind === "select"
                ? `SELECT key, value FROM ${table} WHERE key IN (${marks})`
                : kind === "delete"
                    ? `DELETE FROM ${table} WHERE key IN (${marks}) RETURNING key`
                    : `INSERT INTO ${table} (key, value) VALUES ${Array.from({ length: rows }, () => "(?, ?)").join(", ")} ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
            if (rows <= MAX_ROWS)
                statements.set(name, prepared);
        }
        return prepared;
    };
    // all(), not get() or run(): get() leaves the statement open, and with it a read snapshot
    // that makes this connection's next write fail once another connection has written.
    const all = (prepared, parameters) => new Promise((resolve, reject) => {
        prepared.all(parameters, (error, rows) => error ? reject(error) : resolve(rows));
    });
    const once = (prepared, rows, run) => run(prepared).finally(() => {
        // One prepared for an unusually large batch is not kept.
        if (rows > MAX_ROWS)
            prepared.finalize();
    });
    const reads = createBatcher(async (keys) => {
        const unique = [...new Set(keys)];
        const found = new Map();
        for (let at = 0; at < unique.length; at += MAX_ROWS) {
            const part = unique.slice(at, at + MAX_ROWS);
            const rows = await once(statement("select", part.length), part.length, (prepared) => all(prepared, part));
            for (const row of rows)
                found.set(row.key, row.value);
        }
        return keys.map((key) => found.get(key));
    });
    const writes = createWriteBatcher(async (batch) => {
        // Sets first, in statements that never split one caller's rows (setMany is atomic)...
        let rows = [];
        const flushSets = async () => {
            if (rows.length === 0)
                return;
            const parameters = rows.flat();
            const count = rows.length;
            rows = [];
            await once(statement("upsert", count), count, (prepared) => all(prepared, parameters));
        };
        for (const write of batch) {
            if (write.kind !== "set")
                continue;
            if (rows.length > 0 && rows.length + write.entries.length > MAX_ROWS)
                await flushSets();
            rows.push(...write.entries);
        }
        await flushSets();
        // ...then deletes, only once the sets are in: a caller that removes a mark after writing
        // the record it describes never sees the mark go first.
        const keys = batch.flatMap((write) => write.kind === "delete" ? write.keys : (write.andDelete ?? []));
        const deleted = new Set();
        for (let at = 0; at < keys.length; at += MAX_ROWS) {
            const part = keys.slice(at, at + MAX_ROWS);
            const gone = await once(statement("delete", part.length), part.length, (prepared) => all(prepared, part));
            for (const row of gone)
                deleted.add(row.key);
        }
        return deleted;
    });
    const recent = createRecentRows(RECENT_ROWS);
    /** Runs a write and, once committed, notes what it wrote. */
    const write = async (request) => {
        let deleted;
        try {
            deleted = await writes.run(request);
        }
        catch (error) {
            // The sets may have gone in before the deletes failed: read these from the file again.
            for (const key of keysOf(request))
                recent.forget(key);
            throw error;
        }
        if (request.kind === "set") {
            for (const [key, value] of request.entries)
                recent.wrote(key, value);
            for (const key of request.andDelete ?? [])
                recent.deleted(key);
        }
        else
            for (const key of request.keys)
                recent.deleted(key);
        return deleted;
    };
    const adapter = Object.assign(new EventEmitter(), {
        opts: { dialect: "sqlite", table },
        namespace: undefined,
        query,
        get(key) {
            const known = recent.get(key);
            if (known)
                return Promise.resolve(known.value);
            return reads.run(key);
        },
        async getMany(keys) {
            return Promise.all(keys.map((key) => adapter.get(key)));
        },
        async set(key, value) {
            await write({ kind: "set", entries: [[key, value]] });
        },
        // One statement, so the rows are written together or not at all.
        async setMany(entries) {
            if (entries.length === 0)
                return;
            await write({
                kind: "set",
                entries: entries.map((entry) => [entry.key, entry.value]),
            });
        },
        /** Upserts one row, then deletes a key, in one request (the deletes follow the sets). */
        async setThenDelete(key, value, remove) {
            await write({ kind: "set", entries: [[key, value]], andDelete: [remove] });
        },
        async delete(key) {
            return (await write({ kind: "delete", keys: [key] })).has(key);
        },
        async deleteMany(keys) {
            if (keys.length === 0)
                return false;
            const deleted = await write({ kind: "delete", keys });
            return keys.some((key) => deleted.has(key));
        },
        async has(key) {
            return (await adapter.get(key)) !== undefined;
        },
        clear() {
            return new Promise((resolve, reject) => {
                const pattern = adapter.namespace ? `${adapter.namespace}:%` : "%";
                removeLike.run([pattern], (error) => (error ? reject(error) : resolve()));
            }).finally(() => recent.clear());
        },
        async disconnect() {
            await Promise.all([reads.idle(), writes.idle()]);
            for (const prepared of [removeLike, ...statements.values()]) {
                await new Promise((resolve) => prepared.finalize(() => resolve()));
            }
            await new Promise((resolve, reject) => database.close((error) => (error ? reject(error) : resolve())));
            recent.clear();
        },
    });
    return adapter;
}
//# sourceMappingURL=sqlite-adapter.js.map