/**
 * The store as komorebi uses it: it opens, a value written is read back and deleted, and a
 * conversation lock is taken and released (across processes on Redis and Postgres). Uses its
 * own probe keys, never a conversation's.
 */
import { randomUUID } from "node:crypto";
import { errorText } from "../core/error-text.js";
import { createStore } from "../store/index.js";
import { within } from "./check.js";
const TIMEOUT_MS = 10_000;
/** Checks the store `STORE_URL` names. */
export async function checkStore(config) {
    const name = "store";
    let store;
    try {
        store = await within(createStore(config.STORE_URL, { namespace: config.STORE_NAMESPACE }), TIMEOUT_MS, "the store");
    }
    catch (error) {
        return {
            name,
            status: "fail",
            detail: errorText(error),
            fix: "start the database or Redis that STORE_URL names, or correct STORE_URL (the default needs no server: sqlite://./data/komorebi.sqlite)",
        };
    }
    const probe = `doctor:${randomUUID()}`;
    let step = "write";
    try {
        const value = { at: Date.now() };
        await within(store.kv.set(probe, value, 60_000), TIMEOUT_MS, "a store write");
        step = "read";
        const read = (await within(store.kv.get(probe), TIMEOUT_MS, "a store read"));
        if (read?.at !== value.at)
            throw new Error("the value written was not read back");
        await within(store.kv.delete(probe), TIMEOUT_MS, "a store delete");
        step = "lock";
        await within(store.conversations.withLock(probe, async () => undefined), TIMEOUT_MS, "a conversation lock");
        return { name, status: "ok", detail: `${store.kind}: read, write and lock work` };
    }
    catch (error) {
        return {
            name,
            status: "fail",
            detail: `${store.kind}: ${step} failed (${errorText(error)})`,
            fix: step === "lock"
                ? "another process may hold locks too long, or the store refuses lock keys: check the store's logs"
                : "check that the store accepts writes (disk space, permissions, a read-only replica) and the user in STORE_URL may write",
        };
    }
    finally {
        await store.close().catch(() => undefined);
    }
}
//# sourceMappingURL=store-check.js.map