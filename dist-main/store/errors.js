/** `STORE_URL` (or another store setting) is malformed; start-up stops with this message. */
export class StoreConfigError extends Error {
    name = "StoreConfigError";
}
/**
 * The backend could not be reached or opened. The message names the backend and its host (or
 * file) so an operator can act on it, and never the credentials in `STORE_URL`.
 */
export class StoreConnectionError extends Error {
    name = "StoreConnectionError";
    /** Which backend failed. */
    backend;
    /** Host and port, or the file path: safe to log. */
    target;
    constructor(backend, target, detail, options) {
        super(`Could not connect to the ${backend} store at ${target} (STORE_URL): ${detail}`, options);
        this.backend = backend;
        this.target = target;
    }
}
/** Another holder kept a conversation's cross-process lock for longer than we were willing to wait. */
export class StoreLockTimeoutError extends Error {
    name = "StoreLockTimeoutError";
}
/**
 * A lock holder's writes were not saved: the lock had expired (and may have been taken by
 * another process) before they could go, so they were dropped rather than written over the new
 * holder's work. The caller sees the work as failed and it is done again.
 */
export class StoreLockLostError extends Error {
    name = "StoreLockLostError";
}
/** Another process serves the SQLite file this one was to serve; start-up stops. */
export class StoreLockedError extends Error {
    name = "StoreLockedError";
}
//# sourceMappingURL=errors.js.map