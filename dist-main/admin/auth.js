/**
 * Signing in to the admin page: the token compared in constant time, failed attempts limited
 * (per client and overall, shared by processes through the store), sessions kept in the store
 * under `admin-session:` by the hash of their id, each with its own CSRF token.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
const sha256 = (value) => createHash("sha256").update(value).digest();
/** Whether `given` is the token, in time that does not depend on where they differ. */
export function tokenMatches(given, token) {
    // Hashing first makes the lengths equal, so timingSafeEqual never throws or leaks the length.
    return timingSafeEqual(sha256(given), sha256(token));
}
/** Whether two secrets are equal, in constant time. */
export function secretsEqual(a, b) {
    return timingSafeEqual(sha256(a), sha256(b));
}
/** Failed sign-ins allowed per client, and overall, within {@link ATTEMPT_WINDOW_MS}. */
export const MAX_FAILURES_PER_CLIENT = 5;
export const MAX_FAILURES_OVERALL = 30;
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;
const sessionKey = (id) => `admin-session:${sha256(id).toString("base64url")}`;
const failureKey = (client) => `admin-failures:${sha256(client).toString("base64url")}`;
const OVERALL = "admin-failures:all";
/** Creates the auth store on `kv`. */
export function createAdminAuth(kv, options) {
    const now = options.now ?? Date.now;
    const recent = async (key) => {
        const value = await kv.get(key);
        const cutoff = now() - ATTEMPT_WINDOW_MS;
        return Array.isArray(value) ? value.filter((t) => typeof t === "number" && t > cutoff) : [];
    };
    return {
        async blocked(client) {
            const [mine, all] = await Promise.all([recent(failureKey(client)), recent(OVERALL)]);
            return mine.length >= MAX_FAILURES_PER_CLIENT || all.length >= MAX_FAILURES_OVERALL;
        },
        async recordFailure(client) {
            for (const key of [failureKey(client), OVERALL]) {
                await kv.set(key, [...(await recent(key)), now()], ATTEMPT_WINDOW_MS);
            }
        },
        async open() {
            const id = randomBytes(32).toString("base64url");
            const session = {
                csrf: randomBytes(24).toString("base64url"),
                createdAt: new Date(now()).toISOString(),
            };
            await kv.set(sessionKey(id), session, options.sessionTtlMs);
            return { id, session };
        },
        async find(id) {
            if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id))
                return undefined;
            const value = (await kv.get(sessionKey(id)));
            return typeof value?.csrf === "string" && typeof value.createdAt === "string"
                ? { csrf: value.csrf, createdAt: value.createdAt }
                : undefined;
        },
        async close(id) {
            if (id)
                await kv.delete(sessionKey(id));
        },
    };
}
//# sourceMappingURL=auth.js.map