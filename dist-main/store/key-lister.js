/**
 * Listing the keys under one prefix, per backend, without reading their values: how the
 * dispatcher finds conversations an earlier run left with work pending. (Keyv's own iterator
 * reads, and on SQL backends deletes, every value of the namespace on the way.)
 */
const PAGE = 500;
/** SQLite (@keyv/sqlite's `query`: parameters spread, resolves to rows). */
export function sqliteKeyLister(query, table) {
    return (prefix, options = {}) => pages(async (after) => {
        const below = options.below === undefined ? "" : " AND key < ?3";
        const rows = await query(`SELECT key FROM ${table} WHERE substr(key, 1, length(?1)) = ?1 AND key > ?2${below} ORDER BY key LIMIT ${PAGE}`, prefix, after, ...(options.below === undefined ? [] : [`${prefix}${options.below}`]));
        return Array.isArray(rows) ? rows.map((row) => String(row.key)) : [];
    }, prefix);
}
/** Postgres. */
export function postgresKeyLister(query, table) {
    return (prefix, options = {}) => pages(async (after) => {
        // Code-unit order whatever the database's collation, like the other backends.
        const below = options.below === undefined ? "" : ' AND key < $3 COLLATE "C"';
        const rows = await query(`SELECT key FROM ${table} WHERE left(key, length($1)) = $1 AND key > $2${below} ORDER BY key LIMIT ${PAGE}`, options.below === undefined
            ? [prefix, after]
            : [prefix, after, `${prefix}${options.below}`]);
        return rows.map((row) => String(row.key));
    }, prefix);
}
/** Redis, with SCAN (never KEYS, which blocks the server). */
export function redisKeyLister(client) {
    return async function* (prefix, options = {}) {
        const pattern = `${prefix.replace(/[*?[\]\\]/g, "\\$&")}*`;
        for await (const batch of client.scanIterator({ MATCH: pattern, COUNT: PAGE })) {
            for (const key of Array.isArray(batch) ? batch : [batch]) {
                const rest = key.slice(prefix.length);
                if (isBelow(rest, options.below))
                    yield rest;
            }
        }
    };
}
/** The Map behind `memory://`. */
export function mapKeyLister(map) {
    return async function* (prefix, options = {}) {
        for (const key of [...map.keys()]) {
            if (typeof key !== "string" || !key.startsWith(prefix))
                continue;
            const rest = key.slice(prefix.length);
            if (isBelow(rest, options.below))
                yield rest;
        }
    };
}
// Code-unit order, as SQLite's BINARY collation compares; callers keep index keys in ASCII.
const isBelow = (rest, below) => below === undefined || rest < below;
async function* pages(fetch, prefix) {
    let after = "";
    for (;;) {
        const keys = await fetch(after);
        for (const key of keys)
            yield key.slice(prefix.length);
        const last = keys.at(-1);
        if (keys.length < PAGE || last === undefined)
            return;
        after = last;
    }
}
//# sourceMappingURL=key-lister.js.map