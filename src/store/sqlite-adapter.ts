/**
 * A Keyv adapter for SQLite with prepared statements. @keyv/sqlite prepares every statement
 * anew for each call and reads a row before deleting it; on the hot path (several reads and
 * writes per event) that cost more than the writes themselves. Same table layout as
 * @keyv/sqlite (`key VARCHAR PRIMARY KEY, value TEXT`), so an existing database opens as is.
 */
import { EventEmitter } from "node:events";
import type { KeyvStoreAdapter, StoredData } from "keyv";
import sqlite3 from "sqlite3";

/** Options of {@link openSqliteAdapter}. */
export interface SqliteAdapterOptions {
  /** The database file. */
  path: string;
  table: string;
  keySize: number;
  busyTimeoutMs: number;
  /** `PRAGMA synchronous` in WAL mode. */
  synchronous: "normal" | "full";
}

/** The adapter, and raw queries for the sweeper and key lister. */
export interface SqliteAdapter extends KeyvStoreAdapter {
  /** Runs one statement and resolves to its rows. */
  query(sql: string, ...parameters: unknown[]): Promise<unknown[]>;
}

/** Opens the database, sets WAL and the synchronous level, creates the table if missing. */
export async function openSqliteAdapter(options: SqliteAdapterOptions): Promise<SqliteAdapter> {
  const table = options.table.replace(/[^A-Za-z0-9_]/g, "");
  const database = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(options.path, (error) =>
      error ? reject(error) : resolve(opened),
    );
  });
  const query = (sql: string, ...parameters: unknown[]) =>
    new Promise<unknown[]>((resolve, reject) => {
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
    await query(
      `CREATE TABLE IF NOT EXISTS ${table}(key VARCHAR(${options.keySize}) PRIMARY KEY, value TEXT )`,
    );
  } catch (error) {
    await new Promise((resolve) => database.close(resolve));
    throw error;
  }
  const prepare = (sql: string) => database.prepare(sql);
  const select = prepare(`SELECT value FROM ${table} WHERE key = ?`);
  const upsert = prepare(
    `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
  const remove = prepare(`DELETE FROM ${table} WHERE key = ?`);
  const removeLike = prepare(`DELETE FROM ${table} WHERE key LIKE ?`);

  const adapter = Object.assign(new EventEmitter(), {
    opts: { dialect: "sqlite", table },
    namespace: undefined as string | undefined,
    query,
    get<Value>(key: string): Promise<StoredData<Value> | undefined> {
      return new Promise((resolve, reject) => {
        // all(), not get(): get() leaves the statement open, and with it a read snapshot that
        // makes this connection's next write fail once another connection has written.
        select.all([key], (error: Error | null, rows: { value: string }[]) =>
          error ? reject(error) : resolve(rows[0]?.value as StoredData<Value> | undefined),
        );
      });
    },
    async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
      return Promise.all(keys.map((key) => adapter.get<Value>(key)));
    },
    set(key: string, value: unknown): Promise<void> {
      return new Promise((resolve, reject) => {
        upsert.run([key, value], (error: Error | null) => (error ? reject(error) : resolve()));
      });
    },
    // One statement, so the rows are written together or not at all.
    async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
      if (entries.length === 0) return;
      const rows = entries.map(() => "(?, ?)").join(", ");
      await query(
        `INSERT INTO ${table} (key, value) VALUES ${rows} ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        ...entries.flatMap((entry) => [entry.key, entry.value]),
      );
    },
    delete(key: string): Promise<boolean> {
      return new Promise((resolve, reject) => {
        remove.run([key], function (this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve(this.changes > 0);
        });
      });
    },
    async deleteMany(keys: string[]): Promise<boolean> {
      const removed = await Promise.all(keys.map((key) => adapter.delete(key)));
      return removed.some(Boolean);
    },
    async has(key: string): Promise<boolean> {
      return (await adapter.get(key)) !== undefined;
    },
    clear(): Promise<void> {
      return new Promise((resolve, reject) => {
        const pattern = adapter.namespace ? `${adapter.namespace}:%` : "%";
        removeLike.run([pattern], (error: Error | null) => (error ? reject(error) : resolve()));
      });
    },
    async disconnect(): Promise<void> {
      for (const statement of [select, upsert, remove, removeLike]) {
        await new Promise<void>((resolve) => statement.finalize(() => resolve()));
      }
      await new Promise<void>((resolve, reject) =>
        database.close((error) => (error ? reject(error) : resolve())),
      );
    },
  });
  return adapter as unknown as SqliteAdapter;
}
