/**
 * Group commit for the SQLite adapter: what callers ask for while a batch is under way waits and
 * goes in the next one, so a busy process makes few statements and few commits, and an idle one
 * still runs each request at once (the first waits only for the current turn of the event loop).
 */
/**
 * A batcher over `execute`, which takes every queued request at once and returns one result per
 * request, in order. A failing batch rejects each of its requests.
 */
export function createBatcher(execute) {
    return createGenericBatcher((queue) => queue.length, async (requests) => execute(requests));
}
/** Every key a write touches. */
export const keysOf = (write) => write.kind === "set"
    ? [...write.entries.map(([key]) => key), ...(write.andDelete ?? [])]
    : write.keys;
/**
 * A batcher for writes; `execute` returns the keys it deleted. A key is never written twice in
 * one batch: the second write waits for the next batch, so writes to a key keep their order.
 */
export function createWriteBatcher(execute) {
    return createGenericBatcher((queue) => {
        const keys = new Set();
        for (const [index, write] of queue.entries()) {
            const touched = keysOf(write);
            if (index > 0 && touched.some((key) => keys.has(key)))
                return index;
            for (const key of touched)
                keys.add(key);
        }
        return queue.length;
    }, async (writes) => {
        const deleted = await execute(writes);
        return writes.map(() => deleted);
    });
}
function createGenericBatcher(
/** How many of the queued requests the next batch takes (at least one). */
take, execute) {
    let queue = [];
    let running;
    const drain = async () => {
        // The first batch waits for the rest of this turn of the event loop to ask too.
        await new Promise((resolve) => setImmediate(resolve));
        for (;;) {
            if (queue.length === 0) {
                // Decided synchronously with the check, so a request queued from here on starts anew.
                running = undefined;
                return;
            }
            const count = Math.max(1, take(queue.map((waiting) => waiting.request)));
            const batch = queue.slice(0, count);
            queue = queue.slice(count);
            try {
                const results = await execute(batch.map((waiting) => waiting.request));
                for (const [index, waiting] of batch.entries())
                    waiting.resolve(results[index]);
            }
            catch (error) {
                for (const waiting of batch)
                    waiting.reject(error);
            }
        }
    };
    return {
        run(request) {
            return new Promise((resolve, reject) => {
                queue.push({ request, resolve, reject });
                running ??= drain();
            });
        },
        async idle() {
            while (running)
                await running;
        },
    };
}
//# sourceMappingURL=sqlite-batch.js.map