/**
 * The rows a SQLite store's process wrote lately, as written (or known gone), so that reading one
 * back needs no statement: each is a trip to libuv's thread pool, which cost more CPU than the
 * read itself, and the dispatcher reads back almost every record it wrote a moment before.
 *
 * Sound only because a SQLite store has a single process writing it (README, "One process or
 * several"; `komorebi doctor` writes only probe keys of its own): no row can change behind this
 * process's back. A row is noted once its write has committed, never from a read, which a write may have
 * overtaken; so what is here is never older than the file.
 */
import { LRUCache } from "lru-cache";
const ENTRY_BYTES = 64;
const GONE = { value: undefined };
/** Creates the memory of recent rows. */
export function createRecentRows(limits) {
    const rows = new LRUCache({
        max: limits.maxRows,
        maxSize: limits.maxBytes,
        sizeCalculation: (row, key) => ENTRY_BYTES + key.length + (typeof row.value === "string" ? row.value.length : 0),
    });
    return {
        get: (key) => rows.get(key),
        wrote(key, value) {
            // A row larger than the whole budget is not kept, and lru-cache drops the old one too.
            rows.set(key, { value });
        },
        deleted(key) {
            rows.set(key, GONE);
        },
        forget(key) {
            rows.delete(key);
        },
        clear() {
            rows.clear();
        },
    };
}
//# sourceMappingURL=recent-rows.js.map