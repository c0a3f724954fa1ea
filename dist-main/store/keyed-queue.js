/** In-process ordering: one FIFO queue per key, so one conversation's events never interleave. */
/** Creates an empty {@link KeyedQueue}. */
export function createKeyedQueue() {
    // Per key, a promise that settles when the last submitted task has finished. It only ever
    // resolves (never rejects), so one failing task cannot poison the chain behind it.
    const tails = new Map();
    return {
        get size() {
            return tails.size;
        },
        async run(key, task) {
            const previous = tails.get(key);
            let finish = () => { };
            const finished = new Promise((resolve) => {
                finish = resolve;
            });
            const tail = previous ? previous.then(() => finished) : finished;
            tails.set(key, tail);
            try {
                if (previous)
                    await previous;
                return await task();
            }
            finally {
                finish();
                // Only the last task in line may drop the key; a later one has replaced the tail.
                if (tails.get(key) === tail)
                    tails.delete(key);
            }
        },
    };
}
//# sourceMappingURL=keyed-queue.js.map