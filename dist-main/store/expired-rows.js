/**
 * Removing expired values from backends that do not expire them by themselves. Keyv checks an
 * expiry only when a key is read again, and a remembered event id or a conversation past its
 * retention period is never read again: without a sweep the SQLite file and the Postgres table
 * would keep them forever. Redis expires keys natively and needs none of this.
 */
/**
 * The envelope komorebi's Keyv writes is `{"value":...,"expires":<ms>}`, expiry last. Matching
 * it at the end of the text (rather than parsing JSON in SQL) cannot fail on a malformed row,
 * and cannot be fooled by `"expires"` inside a person's answer, which JSON escapes as `\"`.
 */
const EXPIRES_AT_END = ',"expires":([0-9]{1,16})}$';
/** A SQLite sweeper; `query` is @keyv/sqlite's (parameters spread, resolves to rows). */
export function sqliteSweeper(query, table, prefix) {
    // SQLite has no regular expressions by default. Trimming the trailing digits and brace
    // leaves text that must end in the marker; what was trimmed is the expiry.
    const head = "rtrim(value, '0123456789}')";
    const sql = [
        `DELETE FROM ${table}`,
        "WHERE substr(key, 1, length(?1)) = ?1",
        `AND substr(value, -1) = '}' AND substr(${head}, -11) = ',"expires":'`,
        `AND CAST(substr(value, length(${head}) + 1, length(value) - length(${head}) - 1) AS INTEGER) < ?2`,
        "RETURNING 1",
    ].join(" ");
    return async (now) => {
        const rows = await query(sql, `${prefix}:`, now);
        return Array.isArray(rows) ? rows.length : 0;
    };
}
/** A Postgres sweeper; `query` runs one statement and resolves to its rows. */
export function postgresSweeper(query, table, prefix) {
    return async (now) => {
        const rows = await query(`WITH gone AS (DELETE FROM ${table} WHERE left(key, length($1)) = $1 AND substring(value from '${EXPIRES_AT_END}')::bigint < $2 RETURNING 1) SELECT count(*)::int AS n FROM gone`, [`${prefix}:`, now]);
        const first = rows[0];
        return first?.n ?? 0;
    };
}
/** A sweeper for the in-memory Map behind `memory://` (serialised envelopes as values). */
export function mapSweeper(map) {
    const pattern = new RegExp(EXPIRES_AT_END);
    return async (now) => {
        let removed = 0;
        for (const [key, value] of map) {
            const expires = typeof value === "string" ? pattern.exec(value)?.[1] : undefined;
            if (expires !== undefined && Number(expires) < now) {
                map.delete(key);
                removed += 1;
            }
        }
        return removed;
    };
}
//# sourceMappingURL=expired-rows.js.map