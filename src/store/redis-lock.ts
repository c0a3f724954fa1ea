/** A conversation lock shared by every process that uses the same Redis. */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../core/ports.js";
import type { DistributedLock, EarlyRead } from "./conversation-store.js";
import { StoreLockTimeoutError } from "./errors.js";

/**
 * The two Redis commands the lock needs, so it works with any node-redis client (the one
 * @keyv/redis holds, or a separate one) without naming node-redis' deep generic types.
 */
export interface RedisLockCommands {
  set(
    key: string,
    value: string,
    options: { condition: "NX"; expiration: { type: "PX"; value: number } },
  ): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  get(key: string): Promise<unknown>;
}

/** Timing of {@link createRedisLock}. */
export interface RedisLockOptions {
  /** How long the lock lives without renewal, so a crashed holder frees it. Default 30 s. */
  ttlMs?: number;
  /** How long to wait for another holder before giving up. Default 60 s. */
  waitMs?: number;
  logger?: Logger;
}

// Deleting or extending only when the value is still our token keeps us from touching a lock
// that expired and was taken by someone else in the meantime.
const RELEASE_SCRIPT =
  'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end';
const EXTEND_SCRIPT =
  'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end';

const FIRST_RETRY_MS = 5;
const MAX_RETRY_MS = 100;

/**
 * Creates a lock on `SET key token NX PX ttl`, renewed every third of the TTL while the task
 * runs and released by compare-and-delete. Mutual exclusion holds across processes; order
 * between processes is first come at the next retry, not strict FIFO (the in-process queue
 * keeps each process's own events in order).
 */
export function createRedisLock(
  client: RedisLockCommands,
  options: RedisLockOptions = {},
): DistributedLock {
  const ttlMs = options.ttlMs ?? 30_000;
  const waitMs = options.waitMs ?? 60_000;
  const logger = options.logger;

  /**
   * Takes the lock; with `read`, also reads that key, sent right behind the SET on the same
   * connection (Redis runs one connection's commands in order, so the read sees the store as
   * the lock's last holder left it). The read counts only when the SET took the lock.
   */
  async function acquire(
    key: string,
    token: string,
    read?: string,
  ): Promise<EarlyRead | undefined> {
    const deadline = Date.now() + waitMs;
    let delay = FIRST_RETRY_MS;
    for (;;) {
      const taking = client.set(key, token, {
        condition: "NX",
        expiration: { type: "PX", value: ttlMs },
      });
      const reading = read === undefined ? undefined : client.get(read);
      // A read that fails is not the lock's failure: the task then reads for itself.
      reading?.catch(() => {});
      const reply = await taking;
      if (reply === "OK") {
        if (!reading) return undefined;
        const value = await reading.catch(() => undefined);
        return typeof value === "string"
          ? { value }
          : value === null
            ? { value: undefined }
            : undefined;
      }
      if (Date.now() >= deadline) {
        throw new StoreLockTimeoutError(`Gave up waiting ${waitMs} ms for the Redis lock ${key}.`);
      }
      // Jitter keeps waiting processes from retrying in lock step.
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
  }

  function keepAlive(key: string, token: string): () => void {
    let warned = false;
    const timer = setInterval(() => {
      client
        .eval(EXTEND_SCRIPT, { keys: [key], arguments: [token, String(ttlMs)] })
        .then((extended) => {
          if (extended === 0 && !warned) {
            warned = true;
            logger?.warn("store: redis lock expired while its task was still running", { key });
          }
        })
        .catch((error: unknown) => {
          logger?.warn("store: could not extend a redis lock", { key, error: messageOf(error) });
        });
    }, ttlMs / 3);
    // A lock renewal must not keep the process alive on its own.
    timer.unref();
    return () => clearInterval(timer);
  }

  return {
    async run<T>(
      key: string,
      task: (early?: EarlyRead) => Promise<T>,
      runOptions: { read?: string } = {},
    ): Promise<T> {
      const token = randomUUID();
      const early = await acquire(key, token, runOptions.read);
      const stop = keepAlive(key, token);
      try {
        return await task(early);
      } finally {
        stop();
        try {
          await client.eval(RELEASE_SCRIPT, { keys: [key], arguments: [token] });
        } catch (error) {
          // The task's outcome matters more than the release; the TTL frees the lock anyway.
          logger?.warn("store: could not release a redis lock", { key, error: messageOf(error) });
        }
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
