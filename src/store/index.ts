/** The store layer's public API: open a store from `STORE_URL`, and its building blocks. */
export * from "./conversation-record.js";
export {
  type ConversationRecords,
  type ConversationStoreOptions,
  createConversationStore,
  type DistributedLock,
  type DueMark,
  type KomorebiConversationStore,
  storeKeys,
} from "./conversation-store.js";
export {
  type CreateStoreOptions,
  createStore,
  DEFAULT_STORE_NAMESPACE,
  type KomorebiStore,
  STORE_KEY_VERSION,
} from "./create-store.js";
export {
  StoreConfigError,
  StoreConnectionError,
  StoreLockedError,
  StoreLockTimeoutError,
} from "./errors.js";
export { createKeyedQueue, type KeyedQueue } from "./keyed-queue.js";
export { createPostgresLock, type PostgresLockOptions } from "./postgres-lock.js";
export { createRedisLock, type RedisLockCommands, type RedisLockOptions } from "./redis-lock.js";
export {
  DEFAULT_STORE_URL,
  parseStoreUrl,
  redactPassword,
  type StoreKind,
  type StoreLocation,
} from "./store-url.js";
