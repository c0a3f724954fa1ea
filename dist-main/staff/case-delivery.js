/**
 * Showing cases on the staff channels: each case's outbox is worked off in order per channel,
 * under the case's lock (so two processes never show the same thing), with the card drawn as the
 * case is now. A channel that fails is tried again with backoff, without holding up the others;
 * a process that stops leaves the rest in the store for the next start or the next look.
 */
import { randomUUID } from "node:crypto";
import { errorText } from "../core/error-text.js";
import { viewOf } from "./case-record.js";
/** Attempts before a staff delivery is given up (a few hours with the backoff below). */
const MAX_ATTEMPTS = 16;
/** Creates the delivery side. */
export function createCaseDeliveries(options) {
    const { store, box, logger, now } = options;
    const channels = new Map(options.channels.map((channel) => [channel.name, channel]));
    const running = new Map();
    const again = new Set();
    const timers = new Map();
    let stopped = false;
    const enqueue = (record, change, extra = {}) => {
        const event = {
            id: randomUUID(),
            at: new Date(now()).toISOString(),
            conversation: record.conversation,
            case: viewOf(record),
            change,
            ...(extra.shared ? { shared: extra.shared } : {}),
        };
        for (const channel of channels.keys()) {
            if (channel === extra.origin)
                continue;
            const alert = change.type === "alert";
            if (alert) {
                // A repeated alert waiting to be shown is replaced: one card update, not one per alert.
                record.outbox = record.outbox.filter((item) => !(item.channel === channel && item.alert));
            }
            record.outbox.push({
                id: event.id,
                channel,
                sealed: box.seal(event),
                ...(alert ? { alert: true } : {}),
                attempts: 0,
                notBefore: now(),
            });
        }
    };
    const soon = (number) => {
        if (stopped)
            return;
        const timer = timers.get(number);
        if (timer) {
            clearTimeout(timer);
            timers.delete(number);
        }
        if (running.has(number)) {
            again.add(number);
            return;
        }
        const run = work(number)
            .catch((error) => {
            logger.error("staff: delivering a case failed; it stays pending", {
                case: number,
                error: errorText(error),
            });
            later(number, 30_000);
        })
            .finally(() => {
            running.delete(number);
            if (again.delete(number))
                soon(number);
        });
        running.set(number, run);
    };
    const later = (number, ms) => {
        if (stopped || timers.has(number))
            return;
        const timer = setTimeout(() => {
            timers.delete(number);
            soon(number);
        }, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
        timer.unref();
        timers.set(number, timer);
    };
    const work = async (number) => {
        const next = await store.hold(number, async (current, save) => {
            if (!current)
                return undefined;
            const record = current;
            for (const channelName of new Set(record.outbox.map((item) => item.channel))) {
                for (;;) {
                    if (stopped)
                        return undefined;
                    const item = record.outbox.find((waiting) => waiting.channel === channelName);
                    if (!item || item.notBefore > now())
                        break;
                    const remember = async (refs) => {
                        const before = record.refs[channelName]?.thread;
                        record.refs[channelName] = refs;
                        const thread = refs.thread;
                        if (thread !== undefined && thread !== before) {
                            await store.rememberThread(channelName, String(thread), number);
                        }
                    };
                    const keep = async (refs) => {
                        await remember({ ...refs });
                        await save(record);
                    };
                    const outcome = await deliverOne(record, item.sealed, channelName, keep);
                    const index = record.outbox.indexOf(item);
                    if (outcome.status !== "failed" && outcome.refs) {
                        await remember({ ...record.refs[channelName], ...outcome.refs });
                    }
                    if (outcome.status === "retry" && item.attempts + 1 < MAX_ATTEMPTS) {
                        const attempts = item.attempts + 1;
                        record.outbox[index] = {
                            ...item,
                            attempts,
                            notBefore: now() + (outcome.afterMs ?? backoff(attempts)),
                        };
                        logger.warn("staff: delivery will be retried", {
                            case: number,
                            channel: channelName,
                            attempts,
                            reason: outcome.reason,
                        });
                        await save(record);
                        break;
                    }
                    record.outbox.splice(index, 1);
                    if (outcome.status !== "sent") {
                        logger.error("staff: a case update could not be shown; given up", {
                            case: number,
                            channel: channelName,
                            reason: outcome.reason,
                        });
                    }
                    await save(record);
                }
            }
            if (record.status === "closed" && record.outbox.length === 0)
                await store.retire(number);
            const waits = record.outbox.map((item) => item.notBefore);
            return waits.length > 0 ? Math.min(...waits) : undefined;
        });
        if (next !== undefined)
            later(number, next - now());
    };
    const deliverOne = async (record, sealed, channelName, keep) => {
        const channel = channels.get(channelName);
        const event = box.open(sealed);
        if (!channel)
            return { status: "failed", reason: "this staff channel is not configured" };
        if (!event || typeof event !== "object" || !event.change) {
            return { status: "failed", reason: "unreadable (ADDRESS_KEY changed?)" };
        }
        try {
            // The card as the case is now: a late update never shows an older state.
            return await channel.deliver({ ...event, case: viewOf(record) }, record.refs[channelName], keep);
        }
        catch (error) {
            return { status: "retry", reason: errorText(error) };
        }
    };
    return {
        enqueue,
        soon,
        async idle() {
            while (running.size > 0)
                await Promise.allSettled([...running.values()]);
        },
        stop() {
            stopped = true;
            for (const timer of timers.values())
                clearTimeout(timer);
            timers.clear();
        },
    };
}
/** About 2 s, 4 s, 8 s... capped at 30 minutes, with jitter. */
function backoff(attempt) {
    const base = Math.min(30 * 60_000, 1000 * 2 ** attempt);
    return Math.round(base * (0.5 + Math.random() / 2));
}
//# sourceMappingURL=case-delivery.js.map