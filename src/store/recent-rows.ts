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

/** What is known of a key: its row's value, or that there is none. */
export interface KnownRow {
  value: unknown;
}

/** Recently written rows, bounded in count and size. */
export interface RecentRows {
  /** The key's row as last written here, or undefined when this process does not know it. */
  get(key: string): KnownRow | undefined;
  /** A write of `key` committed. */
  wrote(key: string, value: unknown): void;
  /** A delete of `key` committed (whether or not there was a row). */
  deleted(key: string): void;
  /** A write of `key` failed, perhaps halfway: what it left is not known. */
  forget(key: string): void;
  /** Forget everything (rows were removed in bulk). */
  clear(): void;
}

/** Bounds of {@link createRecentRows}. */
export interface RecentRowsLimits {
  maxRows: number;
  /** Approximate: a string's length counts as its size, plus a little for the entry. */
  maxBytes: number;
}

const ENTRY_BYTES = 64;
const GONE: KnownRow = { value: undefined };

/** Creates the memory of recent rows. */
export function createRecentRows(limits: RecentRowsLimits): RecentRows {
  const rows = new LRUCache<string, KnownRow>({
    max: limits.maxRows,
    maxSize: limits.maxBytes,
    sizeCalculation: (row, key) =>
      ENTRY_BYTES + key.length + (typeof row.value === "string" ? row.value.length : 0),
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
