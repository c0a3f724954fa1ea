/** @keyv/postgres on a pg pool that komorebi owns. */
import { KeyvPostgres } from "@keyv/postgres";
import { flushWrites, sqlLiteral, } from "./postgres-session.js";
/**
 * KeyvPostgres that queries through the pool it is given. The stock adapter keeps one pool per
 * module for whichever URI it saw last, and `disconnect()` ends it for every instance at once:
 * two stores in one process (tests, or a lock instance beside a data instance) would close
 * each other's connections. Here the caller creates and ends the pool.
 *
 * Inside a lock's task (see postgres-session.ts) writes wait in the session to go with the COMMIT: the task's caller hears of success
 * only once the COMMIT succeeded, so nothing it relies on is acknowledged earlier. A delete
 * there resolves to true: whether the row existed is not known before the COMMIT (komorebi's
 * callers do not ask).
 */
export class PooledKeyvPostgres extends KeyvPostgres {
    /** Same as the base adapter's, but the options must carry the pool. */
    // biome-ignore lint/complexity/noUselessConstructor: narrows the options type so the pool is required.
    constructor(options) {
        super(options);
    }
    // Called from the base constructor, before any field of this class exists; the pool
    // therefore travels in `opts`, which the base class sets first.
    async connect() {
        const { pool } = this.opts;
        return async (sql, values) => {
            // Inside a lock's task, on the lock's connection and in its transaction, after the
            // task's waiting writes. Work the task started that outlives it (its session closed)
            // goes to the pool like everything else.
            const session = this.session();
            if (!session)
                return (await pool.query(sql, values)).rows;
            await flushWrites(session);
            return (await session.client.query(sql, values)).rows;
        };
    }
    /** The open session of the lock task this call runs in, if any. */
    session() {
        const session = this.opts.sessions?.getStore();
        return session?.open ? session : undefined;
    }
    get tableName() {
        return `${this.opts.schema}.${this.opts.table}`;
    }
    async set(key, value) {
        const session = this.session();
        if (!session || typeof value !== "string")
            return super.set(key, value);
        this.keep(session, [[key, value]]);
    }
    async setMany(entries) {
        const session = this.session();
        if (!session || !entries.every((entry) => typeof entry.value === "string")) {
            return super.setMany(entries);
        }
        if (entries.length === 0)
            return;
        this.keep(session, entries.map((entry) => [entry.key, entry.value]));
    }
    /** Queues an upsert of `rows` (in one statement: set together or not at all). */
    keep(session, rows) {
        session.writes.push(`INSERT INTO ${this.tableName} (key, value) VALUES ${rows
            .map(([key, value]) => `(${sqlLiteral(key)}, ${sqlLiteral(value)})`)
            .join(", ")} ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
    }
    /** One statement (the base adapter reads the row first, then deletes it). */
    async delete(key) {
        const session = this.session();
        if (session) {
            session.writes.push(`DELETE FROM ${this.tableName} WHERE key = ${sqlLiteral(key)}`);
            return true;
        }
        const query = await this.connect();
        const rows = await query(`DELETE FROM ${this.tableName} WHERE key = $1 RETURNING key`, [key]);
        return rows.length > 0;
    }
    /** Does nothing: the pool belongs to whoever created it, who ends it. */
    async disconnect() { }
}
//# sourceMappingURL=postgres-adapter.js.map