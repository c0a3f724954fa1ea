/**
 * The connection a Postgres lock holder works on. The lock opens a transaction on its own
 * connection and runs its task inside this context; the Keyv adapter sends the task's reads and
 * writes there, so a turn is one transaction (lock, read, write, commit) and the conversation
 * store and the dispatcher stay unaware of it.
 *
 * Round trips, not statements, are what a turn costs on this path (each is a write, a wait and
 * a parse on the client). So the lock reads the record its task will read first in the same
 * round trip that takes the lock (see conversation-store.ts), and the task's writes are not sent one by one: they wait in
 * the session and go with the COMMIT (or before the task's next query, so the task still reads
 * its own writes). A turn is then two round trips: lock and read, writes and commit.
 */
import { AsyncLocalStorage } from "node:async_hooks";
/** Creates the {@link PostgresSessions} that one store's lock and adapter share. */
export function createPostgresSessions() {
    return new AsyncLocalStorage();
}
/** Sends a session's waiting writes (one round trip), so what follows sees them. */
export async function flushWrites(session) {
    if (session.writes.length === 0)
        return;
    const text = session.writes.join(";\n");
    session.writes = [];
    await session.client.query(text);
}
/**
 * `text` as an SQL string literal, the same text as pg's `escapeLiteral` gives (quotes
 * doubled; with a backslash, doubled backslashes in an `E''` literal), which walks the string
 * a character at a time: for a record of a few kilobytes that cost more than the query.
 */
export function sqlLiteral(text) {
    const quoted = text.replaceAll("'", "''");
    return text.includes("\\") ? ` E'${quoted.replaceAll("\\", "\\\\")}'` : `'${quoted}'`;
}
//# sourceMappingURL=postgres-session.js.map