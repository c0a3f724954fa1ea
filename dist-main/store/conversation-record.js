/**
 * Everything komorebi keeps for one conversation, in one stored value, so that a turn is one
 * write: the state, the events accepted but not yet handled (inbox), the answers not yet
 * delivered (outbox), recent platform event ids (duplicates), and the sealed address the bot
 * can write first to. Pending events and addresses are sealed (AES-GCM) before they get here.
 */
import { z } from "zod";
import { conversationStateSchema } from "../core/state.js";
/** An event accepted from a platform and not handled yet. */
export const inboxItemSchema = z.object({
    /** The platform's event id (or one made up for events without one). */
    id: z.string().min(1),
    /** When it was accepted (ms since the epoch). */
    at: z.number(),
    /** The sealed event, address and reply context. */
    sealed: z.string(),
});
/** Answers to one event (or one push), to deliver in order. */
export const outboxItemSchema = z.object({
    /** Unique; also the idempotency key for platforms that take one (LINE's X-Line-Retry-Key). */
    id: z.string().min(1),
    at: z.number(),
    /** The sealed destination: address and reply context. */
    to: z.string(),
    messages: z.custom((value) => Array.isArray(value)),
    /** Started by the bot (check-in, staff reply), not an answer: never sent to the unreachable. */
    push: z.boolean(),
    /** The answer to "delete my data": a channel that keeps a transcript (web) clears it. */
    deleted: z.boolean().optional(),
    attempts: z.number().int().nonnegative(),
    /** Not to be tried before this time (backoff, Retry-After). */
    notBefore: z.number(),
    /** The process delivering it, until when: others leave it alone while the claim holds. */
    claim: z.object({ by: z.string(), until: z.number() }).optional(),
});
/**
 * Something the staff side must hear of (a crisis, a request to talk, a message passed on),
 * kept in the same write as the turn that caused it and removed once the staff side has it.
 */
export const staffItemSchema = z.object({
    id: z.string().min(1),
    at: z.number(),
    /** The sealed staff event (a message passed on holds the person's words). */
    sealed: z.string(),
});
/** The stored value of one conversation. */
export const conversationRecordSchema = z.object({
    v: z.literal(1),
    state: conversationStateSchema.optional(),
    /** Where the bot can write first (sealed); deleted on unfollow, block and deletion. */
    address: z.string().optional(),
    inbox: z.array(inboxItemSchema),
    outbox: z.array(outboxItemSchema),
    /**
     * Recent platform event ids (and staff action keys), oldest first, bounded: a redelivery is
     * handled once. Kept as 12-character digests (ids shorter than that as they are; records
     * written before digests hold full ids): see src/dispatch/seen-ids.ts.
     */
    seen: z.array(z.string()),
    /** Staff events not yet taken by the staff side, oldest first. */
    staff: z.array(staffItemSchema).optional(),
});
/** A record with nothing in it. */
export function emptyRecord() {
    return { v: 1, inbox: [], outbox: [], seen: [] };
}
/** True when nothing is left to keep: no state, nothing pending. */
export function isEmptyRecord(record) {
    return (!record.state &&
        record.inbox.length === 0 &&
        record.outbox.length === 0 &&
        (record.staff?.length ?? 0) === 0);
}
/**
 * Reads a stored value: a record, or a bare state saved by an earlier version (it becomes a
 * record with nothing pending). Undefined for anything else, which then reads as missing.
 */
export function readRecord(value) {
    // Records are what is stored now: try that shape first (a failed parse costs more than a
    // successful one, and this runs several times an event).
    if (typeof value === "object" && value !== null && value.v === 1) {
        const record = conversationRecordSchema.safeParse(value);
        if (record.success)
            return record.data;
    }
    const bare = conversationStateSchema.safeParse(value);
    if (bare.success)
        return { ...emptyRecord(), state: bare.data };
    const parsed = conversationRecordSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
}
//# sourceMappingURL=conversation-record.js.map