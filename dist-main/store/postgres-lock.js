import { StoreLockTimeoutError } from "./errors.js";
import { sqlLiteral } from "./postgres-session.js";
// SQLSTATE lock_not_available: the pool's lock_timeout ran out while we waited.
const LOCK_NOT_AVAILABLE = "55P03";
/**
 * Creates a lock on `pg_advisory_xact_lock(hashtext(key))` in a transaction on a client taken
 * from `pool`: the task runs inside that transaction (its reads and writes through the Keyv
 * adapter go to the same connection, see postgres-session.ts), and COMMIT both saves them and
 * frees the lock, so a turn costs one transaction instead of a lock, an unlock and a commit per
 * statement. A task that throws is rolled back: none of its writes are kept. Give the lock a
 * pool of its own and set `lock_timeout` on it to bound the wait. The key and its hash are the
 * same as the earlier session-level lock's, so processes of both kinds exclude each other.
 * Two keys that hash alike merely take turns.
 */
export function createPostgresLock(pool, options = {}) {
    const logger = options.logger;
    return {
        async run(key, task, runOptions = {}) {
            const client = await pool.connect();
            const session = { client, open: true, writes: [] };
            const read = options.table ? runOptions.read : undefined;
            let early;
            try {
                // One round trip: the simple query protocol takes the statements; keys are quoted. The
                // read runs once the lock is held, so it sees the last holder's commit.
                const results = await client.query(`BEGIN; SELECT pg_advisory_xact_lock(hashtext(${sqlLiteral(key)}))${read ? `; SELECT value FROM ${options.table} WHERE key = ${sqlLiteral(read)}` : ""}`);
                if (read) {
                    const rows = results[2]?.rows ?? [];
                    early = { value: rows[0]?.value };
                }
            }
            catch (error) {
                // Destroying the connection ends its session, and any transaction with it.
                client.release(error instanceof Error ? error : true);
                if (sqlState(error) === LOCK_NOT_AVAILABLE) {
                    throw new StoreLockTimeoutError(`Gave up waiting for the Postgres lock ${key}.`, {
                        cause: error,
                    });
                }
                throw error;
            }
            let result;
            try {
                result = options.sessions
                    ? await options.sessions.run(session, () => task(early))
                    : await task(early);
            }
            catch (error) {
                session.open = false;
                try {
                    await client.query("ROLLBACK");
                    client.release();
                }
                catch (rollbackError) {
                    client.release(rollbackError instanceof Error ? rollbackError : true);
                    logger?.warn("store: could not roll back a postgres transaction", {
                        key,
                        error: messageOf(rollbackError),
                    });
                }
                throw error;
            }
            session.open = false;
            let released = false;
            try {
                // The task's writes count only once this succeeds: its caller hears of success after.
                // Writes still waiting go in the same round trip; one that fails stops the rest, COMMIT
                // included, and the connection is dropped below (which ends the transaction).
                const writes = session.writes;
                session.writes = [];
                const results = await client.query(writes.length > 0 ? `${writes.join(";\n")};\nCOMMIT` : "COMMIT");
                const committed = Array.isArray(results) ? results.at(-1) : results;
                client.release();
                released = true;
                // A statement that failed inside the task (and was caught there) aborted the
                // transaction; Postgres then answers COMMIT with a rollback, not an error.
                if (committed?.command !== "COMMIT") {
                    throw new Error(`The Postgres transaction under the lock ${key} was rolled back.`);
                }
            }
            catch (error) {
                if (!released)
                    client.release(error instanceof Error ? error : true);
                throw error;
            }
            return result;
        },
    };
}
function sqlState(error) {
    return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=postgres-lock.js.map