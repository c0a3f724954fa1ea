/** @keyv/postgres on a pg pool that komorebi owns. */
import { KeyvPostgres, type KeyvPostgresOptions } from "@keyv/postgres";
import type { Pool } from "pg";
import type { PostgresSessions } from "./postgres-session.js";

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
    const { pool, sessions } = this.opts as PooledKeyvPostgresOptions;
    return async (sql, values) => {
      // Inside a lock's task, on the lock's connection and in its transaction. Work the task
      // started that outlives it (its session closed) goes to the pool like everything else.
      const session = sessions?.getStore();
      const runner = session?.open ? session.client : pool;
      return (await runner.query(sql, values)).rows;
    };
  }

  /** One statement (the base adapter reads the row first, then deletes it). */
  override async delete(key: string): Promise<boolean> {
    const query = await this.connect();
    const rows = await query(
      `DELETE FROM ${this.opts.schema}.${this.opts.table} WHERE key = $1 RETURNING key`,
      [key],
    );
    return rows.length > 0;
  }

  /** Does nothing: the pool belongs to whoever created it, who ends it. */
  override async disconnect(): Promise<void> {}
}
