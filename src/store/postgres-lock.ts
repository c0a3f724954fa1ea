/** A conversation lock shared by every process that uses the same Postgres database. */
import type { Pool } from "pg";
import type { Logger } from "../core/ports.js";
import type { DistributedLock } from "./conversation-store.js";
import { StoreLockTimeoutError } from "./errors.js";

/** Options of {@link createPostgresLock}. */
export interface PostgresLockOptions {
  logger?: Logger;
}

// SQLSTATE lock_not_available: the pool's lock_timeout ran out while we waited.
const LOCK_NOT_AVAILABLE = "55P03";

/**
 * Creates a lock on session-level `pg_advisory_lock(hashtext(key))`, held on a client taken
 * from `pool` for the duration of the task and unlocked in `finally`. Give it a pool of its
 * own: a task holds one lock connection and also needs a connection for its reads and writes,
 * so one shared pool could be drained entirely by lock holders. Set `lock_timeout` on that
 * pool to bound the wait. Two keys that hash alike merely take turns.
 */
export function createPostgresLock(pool: Pool, options: PostgresLockOptions = {}): DistributedLock {
  const logger = options.logger;

  return {
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
      } catch (error) {
        client.release(error instanceof Error ? error : true);
        if (sqlState(error) === LOCK_NOT_AVAILABLE) {
          throw new StoreLockTimeoutError(`Gave up waiting for the Postgres lock ${key}.`, {
            cause: error,
          });
        }
        throw error;
      }
      try {
        return await task();
      } finally {
        try {
          const result = await client.query<{ unlocked: boolean }>(
            "SELECT pg_advisory_unlock(hashtext($1)) AS unlocked",
            [key],
          );
          if (result.rows[0]?.unlocked !== true) {
            logger?.warn("store: postgres lock was no longer held at release", { key });
          }
          client.release();
        } catch (error) {
          // Destroying the connection ends its session, which drops the lock with it.
          client.release(error instanceof Error ? error : true);
          logger?.warn("store: could not release a postgres lock", {
            key,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    },
  };
}

function sqlState(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}
