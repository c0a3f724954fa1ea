/**
 * The rules every write of a conversation record keeps, shared by the inbox and the delivery
 * sides of the dispatcher: what a sealed event and a sealed destination hold, who may deliver
 * the head of the outbox (claims), the "pending" mark, and the backoff between attempts.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
/** The defaults of {@link DispatcherLimits}. */
export const DEFAULT_LIMITS = {
    maxInbox: 100,
    maxSeen: 200,
    maxAttempts: 8,
    maxAnswerAgeMs: 24 * 60 * 60 * 1000,
    claimMs: 120_000,
    recoverEveryMs: 30_000,
};
/** What an inbox item holds once opened; checked, because a store is not trusted blindly. */
export const sealedArrivalSchema = z.object({
    event: z.custom((value) => typeof value === "object" &&
        value !== null &&
        typeof value.userId === "string" &&
        typeof value.payload?.type === "string"),
    address: z.record(z.string(), z.union([z.string(), z.number()])),
    reply: z.object({ token: z.string(), receivedAt: z.number() }).optional(),
    silent: z.boolean().optional(),
});
/** What an outbox item's `to` (and a record's address) holds once opened. */
export const destinationSchema = sealedArrivalSchema
    .pick({ address: true, reply: true })
    .extend({ channel: z.string(), userId: z.string() });
/** True while a record has events to handle, answers to deliver or staff events to hand on. */
export function hasPending(record) {
    return record.inbox.length > 0 || record.outbox.length > 0 || (record.staff?.length ?? 0) > 0;
}
/** When a record's conversation is next due (its check-in), in ms; undefined when never. */
export function dueAt(record) {
    const at = record?.state?.nextCheckIn?.at;
    const time = at === undefined ? Number.NaN : Date.parse(at);
    return Number.isFinite(time) ? time : undefined;
}
/**
 * Writes a record (the caller holds the lock), keeping the "pending" mark true whenever work is
 * left: the mark is written with the first pending item and removed after the last. The due
 * mark follows the same rule: the new time is marked before the record that asks for it, the
 * old one removed after (a mark left by a crash in between is dropped when it comes due).
 */
export async function save(records, conversation, before, after) {
    await saveFrom(records, conversation, marksOf(before), after);
}
/** The marks a stored record (or none) has. */
export function marksOf(record) {
    return { pending: record ? hasPending(record) : false, due: dueAt(record) };
}
/**
 * {@link save} for a caller that changed the record it read in place (no copy): it takes the
 * marks before the change instead of the record.
 */
export async function saveFrom(records, conversation, marks, after) {
    const pendingBefore = marks.pending;
    const dueBefore = marks.due;
    const dueAfter = dueAt(after);
    if (dueAfter !== undefined && dueAfter !== dueBefore) {
        await records.markDue(conversation, dueAfter);
    }
    const pendingAfter = hasPending(after);
    if (pendingAfter && !pendingBefore)
        await records.writeMarkingPending(conversation, after);
    else if (!pendingAfter && pendingBefore)
        await records.writeClearingPending(conversation, after);
    else
        await records.write(conversation, after);
    if (dueBefore !== undefined && dueBefore !== dueAfter) {
        await records.clearDue(conversation, dueBefore);
    }
}
/** A new answer (or push) for the outbox. */
export function newOutboxItem(context, to, messages, push) {
    return {
        id: randomUUID(),
        at: context.now(),
        to,
        messages,
        push,
        attempts: 0,
        notBefore: context.now(),
    };
}
/** True when nobody holds `item`'s claim any more (or it is this process's). */
export function claimExpired(context, item) {
    return (!item.claim ||
        item.claim.until <= context.now() ||
        (context.exclusive && item.claim.by !== context.instance));
}
/** Claims the head of the outbox for this process when nobody else holds it. */
export function claimHead(context, record) {
    const head = record.outbox[0];
    if (!head)
        return false;
    if (head.claim && head.claim.by !== context.instance && !claimExpired(context, head))
        return false;
    head.claim = { by: context.instance, until: context.now() + context.limits.claimMs };
    return true;
}
/** Exponential backoff with jitter: about 1 s, 2 s, 4 s... capped at 5 minutes. */
export function backoff(attempt) {
    const base = Math.min(300_000, 1000 * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + Math.random() / 2));
}
//# sourceMappingURL=record-rules.js.map