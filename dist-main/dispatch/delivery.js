import { abortableSleep } from "../adapters/shared/sleep.js";
import { errorText } from "../core/error-text.js";
import { backoff, claimExpired, claimHead, destinationSchema, marksOf, saveFrom, } from "./record-rules.js";
/**
 * Creates the delivery side. `onGone` hears of a person the platform says is gone (blocked),
 * so the core can mark the conversation unreachable.
 */
export function createDelivery(context, onGone) {
    const { records, box, logger, limits, now, instance, channels, observer } = context;
    const loops = new Map();
    // Answers taken over from a stopped process: an earlier attempt may have gone out.
    const recovered = new Set();
    // The record as this process last wrote it under the lock, so the loop's next look at the
    // outbox needs no read. Any other change made here wakes the loop, which then reads instead.
    const written = new Map();
    const soon = (conversation, saved) => {
        const running = loops.get(conversation);
        if (running) {
            written.delete(conversation);
            running.wake.abort();
            return;
        }
        if (saved)
            written.set(conversation, saved);
        const entry = { wake: new AbortController(), done: Promise.resolve() };
        // In the map before the loop starts: a loop that ends at once must not leave it behind.
        loops.set(conversation, entry);
        entry.done = context.track(loop(conversation, entry)
            .catch((error) => {
            logger.error("delivery failed; the answer stays pending", {
                conversation,
                error: errorText(error),
            });
        })
            .finally(() => {
            if (loops.get(conversation) === entry)
                loops.delete(conversation);
            written.delete(conversation);
        }));
    };
    const loop = async (conversation, entry) => {
        // Leaving is decided synchronously with the wake check, so an answer queued while the last
        // read was under way is never left behind.
        const leave = () => {
            if (entry.wake.signal.aborted)
                return false;
            loops.delete(conversation);
            return true;
        };
        // The webhook that brought the event answers first: an answer seen before the platform's
        // 200 could make it deliver the event again (a duplicate, but a needless one).
        await new Promise((resolve) => setImmediate(resolve));
        for (;;) {
            if (context.shutdown.aborted)
                return;
            const woken = entry.wake.signal.aborted;
            if (woken)
                entry.wake = new AbortController();
            const known = written.get(conversation);
            written.delete(conversation);
            const record = known && !woken ? known : await records.read(conversation);
            const head = record?.outbox[0];
            if (!record || !head) {
                if (leave())
                    return;
                continue;
            }
            if (head.claim?.by !== instance) {
                // Another process is delivering it.
                if (head.claim && !claimExpired(context, head)) {
                    if (leave())
                        return;
                    continue;
                }
                // A claim left by a process that stopped: it may have sent this before it could record it.
                const leftBehind = head.claim !== undefined;
                const claimed = await update(conversation, head.id, (item) => item.claim && item.claim.by !== instance && !claimExpired(context, item)
                    ? false
                    : { ...item, claim: { by: instance, until: now() + limits.claimMs } });
                if (claimed && leftBehind)
                    recovered.add(head.id);
                continue;
            }
            const dropped = whyNotSend(record, head);
            if (dropped) {
                logger.warn("answer dropped", { conversation, reason: dropped });
                observer.undelivered(channelOf(head), "dropped");
                await update(conversation, head.id, () => undefined);
                continue;
            }
            const wait = head.notBefore - now();
            if (wait > 0) {
                await abortableSleep(wait, AbortSignal.any([entry.wake.signal, context.shutdown]));
                continue;
            }
            const destination = destinationSchema.safeParse(box.open(head.to));
            const adapter = destination.success
                ? channels.get(destination.data.channel)
                : undefined;
            if (!destination.success || !adapter) {
                logger.error("answer dropped: its channel is not available", { conversation });
                observer.undelivered(channelOf(head), "dropped");
                await update(conversation, head.id, () => undefined);
                continue;
            }
            const target = destination.data;
            const outcome = await send(adapter, target, head, conversation, {
                recovered: recovered.has(head.id),
                locale: record.state?.locale,
            });
            recovered.delete(head.id);
            await settleSurely(conversation, head, target, outcome);
        }
    };
    /** The channel an outbox item was for (opened only for the rare dropped answer's count). */
    const channelOf = (item) => {
        const destination = destinationSchema.safeParse(box.open(item.to));
        return (destination.success ? destination.data.channel : "unknown");
    };
    /** Why the head must not be sent any more, or undefined when it may. */
    const whyNotSend = (record, head) => {
        // Never after a newer answer: one that has failed already gives way to what came since.
        if (head.attempts > 0 && record.outbox.length > 1)
            return "a newer answer is waiting";
        if (now() - head.at > limits.maxAnswerAgeMs)
            return "too old";
        if (head.push && (!record.state || record.state.lifecycle === "unreachable"))
            return "unreachable";
        return undefined;
    };
    const send = async (adapter, target, item, conversation, about) => {
        try {
            return await adapter.send(target, item.messages, {
                key: item.id,
                conversation,
                recovered: about.recovered,
                signal: context.shutdown,
                conversationDeleted: item.deleted === true,
                ...(about.locale ? { locale: about.locale } : {}),
            });
        }
        catch (error) {
            return { status: "retry", reason: errorText(error) };
        }
    };
    /**
     * Records a send's outcome, retrying the write while the store is down: what went out must
     * be marked, or it would be sent again. Only a stopped process leaves it to the next start.
     */
    const settleSurely = async (conversation, item, target, outcome) => {
        for (let attempt = 1;; attempt += 1) {
            try {
                await settle(conversation, item, target, outcome);
                return;
            }
            catch (error) {
                if (context.shutdown.aborted)
                    throw error;
                logger.warn("outcome of a send not recorded yet; retrying", {
                    conversation,
                    error: errorText(error),
                });
                await abortableSleep(Math.min(5000, backoff(attempt)), context.shutdown);
            }
        }
    };
    const settle = async (conversation, item, target, outcome) => {
        switch (outcome.status) {
            case "sent":
                logger.debug("answer delivered", { conversation, channel: target.channel });
                await update(conversation, item.id, () => undefined);
                observer.delivered(target.channel, now() - item.at);
                return;
            case "failed":
                logger.error("answer could not be delivered", { conversation, reason: outcome.reason });
                await update(conversation, item.id, () => undefined);
                observer.undelivered(target.channel, "failed");
                return;
            case "gone":
                logger.info("the person blocked the bot or left; nothing more is sent", { conversation });
                await update(conversation, item.id, () => undefined);
                observer.undelivered(target.channel, "gone");
                await onGone(target);
                return;
            case "retry": {
                const attempts = item.attempts + 1;
                if (attempts >= limits.maxAttempts) {
                    logger.error("answer given up after retries", { conversation, reason: outcome.reason });
                    await update(conversation, item.id, () => undefined);
                    observer.undelivered(target.channel, "given-up");
                    return;
                }
                const delay = outcome.afterMs ?? backoff(attempts);
                observer.retried(target.channel);
                logger.warn("answer will be retried", {
                    conversation,
                    attempts,
                    delay,
                    reason: outcome.reason,
                });
                await update(conversation, item.id, (current) => ({
                    ...current,
                    messages: current.messages.slice(outcome.sent ?? 0),
                    attempts,
                    notBefore: now() + delay,
                    claim: { by: instance, until: now() + delay + limits.claimMs },
                }));
            }
        }
    };
    /**
     * Replaces (or with undefined removes) one outbox item under the lock, and claims the next
     * head for this process in the same write. False when the item is gone already.
     */
    const update = (conversation, id, change) => records.withLock(conversation, async () => {
        const record = await records.read(conversation);
        if (!record)
            return false;
        // The read is this call's own copy: changed in place, its marks noted first.
        const marks = marksOf(record);
        const index = record.outbox.findIndex((item) => item.id === id);
        const current = record.outbox[index];
        if (!current)
            return false;
        const next = change(current);
        if (next === false)
            return false;
        if (next === undefined) {
            record.outbox.splice(index, 1);
            claimHead(context, record);
        }
        else
            record.outbox[index] = next;
        await saveFrom(records, conversation, marks, record);
        written.set(conversation, record);
        return true;
    });
    return { soon, done: (conversation) => loops.get(conversation)?.done };
}
//# sourceMappingURL=delivery.js.map