/** A conversation lock shared by every process that uses the same Redis. */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { StoreLockLostError, StoreLockTimeoutError } from "./errors.js";
// Deleting or extending only when the value is still our token keeps us from touching a lock
// that expired and was taken by someone else in the meantime.
const RELEASE_SCRIPT = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end';
const EXTEND_SCRIPT = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end';
// A holder's writes, applied only while the lock is still its own, then (ARGV's last: "release")
// the release, all in one step. KEYS[1] is the lock; KEYS[i] (i > 1) is written from ARGV[2i-2]
// (the value) and ARGV[2i-1] (a TTL in ms, "" for none, or "remove").
const COMMIT_SCRIPT = `
if redis.call("get", KEYS[1]) ~= ARGV[1] then return 0 end
for i = 2, #KEYS do
  local value, ttl = ARGV[2 * i - 2], ARGV[2 * i - 1]
  if ttl == "remove" then redis.call("del", KEYS[i])
  elseif ttl == "" then redis.call("set", KEYS[i], value)
  else redis.call("set", KEYS[i], value, "PX", ttl) end
end
if ARGV[#ARGV] == "release" then redis.call("del", KEYS[1]) end
return 1`;
const FIRST_RETRY_MS = 5;
const MAX_RETRY_MS = 100;
/**
 * Creates a lock on `SET key token NX PX ttl`, renewed every third of the TTL while the task
 * runs and released by compare-and-delete. Mutual exclusion holds across processes; order
 * between processes is first come at the next retry, not strict FIFO (the in-process queue
 * keeps each process's own events in order). The task's writes handed to its {@link HeldLock}
 * go with the release, fenced by the token (see COMMIT_SCRIPT): one round trip instead of a
 * MULTI and a release, and a holder whose lock ran out can no longer write over the next one's.
 */
export function createRedisLock(client, options = {}) {
    const ttlMs = options.ttlMs ?? 30_000;
    const waitMs = options.waitMs ?? 60_000;
    const logger = options.logger;
    /**
     * Takes the lock; with `read`, also reads that key, sent right behind the SET on the same
     * connection (Redis runs one connection's commands in order, so the read sees the store as
     * the lock's last holder left it). The read counts only when the SET took the lock.
     */
    async function acquire(key, token, read) {
        const deadline = Date.now() + waitMs;
        let delay = FIRST_RETRY_MS;
        for (;;) {
            const taking = client.set(key, token, {
                condition: "NX",
                expiration: { type: "PX", value: ttlMs },
            });
            const reading = read === undefined ? undefined : client.get(read);
            // A read that fails is not the lock's failure: the task then reads for itself.
            reading?.catch(() => { });
            const reply = await taking;
            if (reply === "OK") {
                if (!reading)
                    return undefined;
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
    // One timer renews every lock held: most are held for a millisecond or two, and a timer of
    // their own each cost more than the task. A lock taken just after a round is renewed at the
    // next, a third of the TTL later at most. The timer stops once a round finds none held.
    const holdings = new Set();
    let renewing;
    const renewAll = () => {
        if (holdings.size === 0) {
            clearInterval(renewing);
            renewing = undefined;
            return;
        }
        for (const holding of holdings)
            renew(holding);
    };
    const renew = (holding) => {
        const { key, token } = holding;
        client
            .eval(EXTEND_SCRIPT, { keys: [key], arguments: [token, String(ttlMs)] })
            .then((extended) => {
            if (extended === 0 && !holding.warned && holdings.has(holding)) {
                holding.warned = true;
                logger?.warn("store: redis lock expired while its task was still running", { key });
            }
        })
            .catch((error) => {
            logger?.warn("store: could not extend a redis lock", { key, error: messageOf(error) });
        });
    };
    const hold = (key, token) => {
        const holding = { key, token, warned: false };
        holdings.add(holding);
        if (!renewing) {
            renewing = setInterval(renewAll, ttlMs / 3);
            // A lock renewal must not keep the process alive on its own.
            renewing.unref();
        }
        return holding;
    };
    /** Applies `writes` if the lock is still `token`'s, releasing it too when `release`. */
    const commit = async (key, token, writes, release) => {
        const keys = [key];
        const args = [token];
        for (const write of writes) {
            keys.push(write.key);
            if ("remove" in write)
                args.push("", "remove");
            else
                args.push(write.value, write.ttlMs ? String(Math.ceil(write.ttlMs)) : "");
        }
        args.push(release ? "release" : "keep");
        const applied = await client.eval(COMMIT_SCRIPT, { keys, arguments: args });
        if (applied !== 1) {
            throw new StoreLockLostError(`The Redis lock ${key} expired before its holder's writes could be saved; none were.`);
        }
    };
    const release = async (key, token) => {
        try {
            await client.eval(RELEASE_SCRIPT, { keys: [key], arguments: [token] });
        }
        catch (error) {
            // The task's outcome matters more than the release; the TTL frees the lock anyway.
            logger?.warn("store: could not release a redis lock", { key, error: messageOf(error) });
        }
    };
    return {
        async run(key, task, runOptions = {}) {
            const token = randomUUID();
            const early = await acquire(key, token, runOptions.read);
            const holding = hold(key, token);
            let writes = [];
            const held = {
                defer(more) {
                    writes.push(...more);
                },
                get waiting() {
                    return writes.length > 0;
                },
                async flush() {
                    const now = writes;
                    writes = [];
                    if (now.length > 0)
                        await commit(key, token, now, false);
                },
            };
            let result;
            try {
                result = await task(early, held);
            }
            catch (error) {
                holdings.delete(holding);
                await release(key, token);
                throw error;
            }
            holdings.delete(holding);
            // With writes, their failure is the caller's: they may not have been saved.
            if (writes.length > 0)
                await commit(key, token, writes, true);
            else
                await release(key, token);
            return result;
        },
    };
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=redis-lock.js.map