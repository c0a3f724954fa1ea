/** The store layer's public API: open a store from `STORE_URL`, and its building blocks. */
export * from "./conversation-record.js";
export { createConversationStore, storeKeys, } from "./conversation-store.js";
export { createStore, DEFAULT_STORE_NAMESPACE, STORE_KEY_VERSION, } from "./create-store.js";
export { StoreConfigError, StoreConnectionError, StoreLockedError, StoreLockTimeoutError, } from "./errors.js";
export { createKeyedQueue } from "./keyed-queue.js";
export { createPostgresLock } from "./postgres-lock.js";
export { createRedisLock } from "./redis-lock.js";
export { DEFAULT_STORE_URL, parseStoreUrl, redactPassword, } from "./store-url.js";
//# sourceMappingURL=index.js.map