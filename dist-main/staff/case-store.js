import { caseRecordSchema } from "./case-record.js";
const keys = {
    case: (number) => `case:${number}`,
    sequence: "case-seq",
    openFor: (conversation) => `case-open:${conversation}`,
    thread: (channel, thread) => `case-thread:${channel}:${thread}`,
    active: "cases-active",
};
const INDEX_LOCK = "staff:cases";
const caseLock = (number) => `staff:case:${number}`;
/** Creates the case store on the store's Keyv. */
export function createCaseStore(kv, lock, options) {
    const { logger } = options;
    const ttl = options.retentionMs && options.retentionMs > 0 ? options.retentionMs : undefined;
    const read = async (number) => {
        const value = await kv.get(keys.case(number));
        if (value === undefined)
            return undefined;
        const parsed = caseRecordSchema.safeParse(value);
        if (!parsed.success)
            logger.warn("staff: unreadable case treated as missing", { case: number });
        return parsed.success ? parsed.data : undefined;
    };
    const numberAt = async (key) => {
        const value = await kv.get(key);
        return typeof value === "number" ? value : undefined;
    };
    const activeList = async () => {
        const value = await kv.get(keys.active);
        return Array.isArray(value) ? value.filter((n) => typeof n === "number") : [];
    };
    return {
        read,
        update: (number, change) => lock(caseLock(number), async () => {
            const current = await read(number);
            if (!current)
                return undefined;
            const { record, result } = change(structuredClone(current));
            if (record)
                await kv.set(keys.case(number), record, ttl);
            return result;
        }),
        hold: (number, task) => lock(caseLock(number), async () => task(await read(number), async (record) => {
            await kv.set(keys.case(number), record, ttl);
        })),
        openFor: (conversation, fresh) => lock(INDEX_LOCK, async () => {
            const existing = await numberAt(keys.openFor(conversation));
            if (existing !== undefined && (await read(existing))?.status !== "closed") {
                return { number: existing, created: false };
            }
            const number = ((await numberAt(keys.sequence)) ?? 0) + 1;
            // The number first: a crash after it leaves a gap, never two cases with one number.
            await kv.set(keys.sequence, number);
            await kv.set(keys.case(number), fresh(number), ttl);
            await kv.set(keys.openFor(conversation), number, ttl);
            await kv.set(keys.active, [...(await activeList()), number]);
            return { number, created: true };
        }),
        findOpen: (conversation) => numberAt(keys.openFor(conversation)),
        forgetOpen: (conversation, number) => lock(INDEX_LOCK, async () => {
            if ((await numberAt(keys.openFor(conversation))) === number) {
                await kv.delete(keys.openFor(conversation));
            }
        }),
        thread: (channel, thread) => numberAt(keys.thread(channel, thread)),
        rememberThread: async (channel, thread, number) => {
            await kv.set(keys.thread(channel, thread), number, ttl);
        },
        active: activeList,
        retire: (number) => lock(INDEX_LOCK, async () => {
            await kv.set(keys.active, (await activeList()).filter((n) => n !== number));
        }),
    };
}
//# sourceMappingURL=case-store.js.map