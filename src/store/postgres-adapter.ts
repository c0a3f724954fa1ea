/** @keyv/postgres on a pg pool that komorebi owns. */
import { KeyvPostgres, type KeyvPostgresOptions } from "@keyv/postgres";
import type { Pool } from "pg";
import {
  flushWrites,
  type PostgresSession,
  type PostgresSessions,
  sqlLiteral,
} from "./postgres-session.js";

/** Options of {@link PooledKeyvPostgres}: the adapter's own, plus the pool to query through. */
export type PooledKeyvPostgresOptions = KeyvPostgresOptions & {
  pool: Pool;
  /** Shared with the store's lock: a lock holder's queries go to its transaction. */
  sessions?: PostgresSessions;
};

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
  constructor(options: PooledKeyvPostgresOptions) {
    super(options);
  }

  // Called from the base constructor, before any field of this class exists; the pool
  // therefore travels in `opts`, which the base class sets first.
  override async connect(): Promise<(sql: string, values?: unknown[]) => Promise<unknown[]>> {
    const { pool } = this.opts as PooledKeyvPostgresOptions;
    return async (sql, values) => {
      // Inside a lock's task, on the lock's connection and in its transaction, after the
      // task's waiting writes. Work the task started that outlives it (its session closed)
      // goes to the pool like everything else.
      const session = this.session();
      if (!session) return (await pool.query(sql, values)).rows;
      await flushWrites(session);
      return (await session.client.query(sql, values)).rows;
    };
  }

  /** The open session of the lock task this call runs in, if any. */
  private session(): PostgresSession | undefined {
    const session = (this.opts as PooledKeyvPostgresOptions).sessions?.getStore();
    return session?.open ? session : undefined;
  }

  private get tableName(): string {
    return `${this.opts.schema}.${this.opts.table}`;
  }

  override async set(key: string, value: unknown): Promise<void> {
    const session = this.session();
    if (!session || typeof value !== "string") return super.set(key, value);
    this.keep(session, [[key, value]]);
  }

  override async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    const session = this.session();
    if (!session || !entries.every((entry) => typeof entry.value === "string")) {
      return super.setMany(entries);
    }
    if (entries.length === 0) return;
    this.keep(
      session,
      entries.map((entry): [string, string] => [entry.key, entry.value as string]),
    );
  }

  /** Queues an upsert of `rows` (in one statement: set together or not at all). */
  private keep(session: PostgresSession, rows: [string, string][]): void {
    session.writes.push(
      `INSERT INTO ${this.tableName} (key, value) VALUES ${rows
        .map(([key, value]) => `(${sqlLiteral(key)}, ${sqlLiteral(value)})`)
        .join(", ")} ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    );
  }

  /** One statement (the base adapter reads the row first, then deletes it). */
  override async delete(key: string): Promise<boolean> {
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
  override async disconnect(): Promise<void> {}
}
