/**
 * One serving process per SQLite file. SQLite itself would let a second `komorebi start` open the
 * same file, and both would then take each other's claimed events as left over by a crash (see
 * the dispatcher's `exclusive`). The lock is SQLite's own exclusive lock, on a small file beside
 * the database, held for the life of the process: the operating system drops it when the process
 * ends in any way, so a crash never leaves a start blocked. Admin commands (link, stats, chat)
 * open the database without it, beside a running server.
 */
import sqlite3 from "sqlite3";
import { StoreLockedError } from "./errors.js";
/**
 * Takes the serving lock of the SQLite database at `path` (absolute), or fails at once.
 * @throws {StoreLockedError} when another process (or this one) holds it.
 */
export async function lockSqliteFile(path) {
    const lockPath = `${path}.lock`;
    const database = await new Promise((resolve, reject) => {
        const opened = new sqlite3.Database(lockPath, (error) => error ? reject(error) : resolve(opened));
    });
    const run = (sql) => new Promise((resolve, reject) => {
        database.exec(sql, (error) => (error ? reject(error) : resolve()));
    });
    const close = () => new Promise((resolve) => database.close(() => resolve()));
    try {
        // No waiting: a holder keeps the lock until it exits. A rollback journal (not WAL) makes
        // BEGIN EXCLUSIVE an exclusive lock on the file itself, which nobody else can share; the
        // journal stays in memory, since nothing is ever written.
        database.configure("busyTimeout", 0);
        await run("PRAGMA journal_mode=MEMORY; BEGIN EXCLUSIVE;");
    }
    catch (error) {
        await close();
        if (error.code === "SQLITE_BUSY") {
            throw new StoreLockedError(`Another komorebi process is serving the SQLite store at ${path} (STORE_URL): SQLite serves one process only. Stop that process first, or give this one its own STORE_URL; several processes share redis:// or postgres://.`);
        }
        throw error;
    }
    let released;
    return {
        release: () => {
            released ??= run("ROLLBACK;")
                .catch(() => { })
                .then(close);
            return released;
        },
    };
}
//# sourceMappingURL=sqlite-lock.js.map