/** The backends komorebi can keep its state in. */
export type StoreKind = "sqlite" | "redis" | "postgres" | "memory";
