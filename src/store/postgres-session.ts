/**
 * The connection a Postgres lock holder works on. The lock opens a transaction on its own
 * connection and runs its task inside this context; the Keyv adapter sends the task's reads and
 * writes there, so a turn is one transaction (lock, read, write, commit) and the conversation
 * store and the dispatcher stay unaware of it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { PoolClient } from "pg";

/** A lock holder's connection; `open` turns false once its transaction has ended. */
export interface PostgresSession {
  client: PoolClient;
  open: boolean;
}

/**
 * Where one store's lock tells its Keyv adapter the connection of the task running now. One per
 * store: a task of one store must not send another store's queries into its transaction.
 */
export type PostgresSessions = AsyncLocalStorage<PostgresSession>;

/** Creates the {@link PostgresSessions} that one store's lock and adapter share. */
export function createPostgresSessions(): PostgresSessions {
  return new AsyncLocalStorage<PostgresSession>();
}
