/**
 * A case as the store keeps it, keyed by its number: what the card shows (no text, no platform
 * id: the conversation is its pseudonym), the words passed on while it is open (sealed, deleted
 * at close), the worker's note (sealed), where it lives on each staff channel, and what is still
 * to be shown there (an outbox per case, sealed, worked off in order per channel).
 */
import { z } from "zod";
import { CHANNEL_IDS } from "../core/types.js";
/** One thing still to be shown on one staff channel. */
export const caseDeliverySchema = z.object({
    id: z.string(),
    channel: z.string(),
    /** The sealed {@link CaseEvent} (a message passed on holds text). */
    sealed: z.string(),
    /** A repeated crisis alert: a newer one replaces it while it waits (one card update). */
    alert: z.boolean().optional(),
    attempts: z.number().int().nonnegative(),
    notBefore: z.number(),
});
/** The stored case. */
export const caseRecordSchema = z.object({
    v: z.literal(1),
    number: z.number().int().positive(),
    /** The conversation's pseudonym. */
    conversation: z.string(),
    status: z.enum(["open", "claimed", "closed"]),
    /** The staff channels have been shown it (its "opened" event is queued). */
    announced: z.boolean(),
    crisis: z.boolean(),
    handoff: z
        .object({
        stage: z.enum(["waiting", "offered", "live", "ended", "declined"]),
        requestedAt: z.string(),
        share: z.enum(["nothing", "path", "messages"]),
        outsideHours: z.boolean(),
        /** When the person was told nobody took it in time. */
        unclaimedAt: z.string().optional(),
    })
        .optional(),
    campaign: z.string().optional(),
    channel: z.enum(CHANNEL_IDS),
    locale: z.string(),
    region: z.string(),
    categories: z.array(z.string()),
    rules: z.array(z.string()),
    alerts: z.number().int().nonnegative(),
    openedAt: z.string(),
    updatedAt: z.string(),
    lastAlertAt: z.string().optional(),
    worker: z.string().optional(),
    claimedAt: z.string().optional(),
    closedAt: z.string().optional(),
    /** The closing worker's note, sealed. */
    closeNote: z.string().optional(),
    /** Words passed on either way while the case is open, sealed; emptied at close. */
    relayed: z.array(z.object({ at: z.string(), from: z.enum(["person", "staff"]), sealed: z.string() })),
    /** Ids of staff events already applied, newest last (a second process skips them). */
    applied: z.array(z.string()),
    /** Where the case lives on each staff channel. */
    refs: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number()]))),
    outbox: z.array(caseDeliverySchema),
});
/** Applied ids kept per case: far more than events can arrive between two looks. */
export const MAX_APPLIED = 500;
/** Words kept per open case (the thread on the staff channel is the conversation's record). */
export const MAX_RELAYED = 200;
/** The card's view of a case. */
export function viewOf(record) {
    return {
        number: record.number,
        status: record.status,
        crisis: record.crisis,
        ...(record.handoff
            ? {
                handoff: {
                    stage: record.handoff.stage,
                    requestedAt: record.handoff.requestedAt,
                    share: record.handoff.share,
                    outsideHours: record.handoff.outsideHours,
                },
            }
            : {}),
        ...(record.campaign ? { campaign: record.campaign } : {}),
        channel: record.channel,
        locale: record.locale,
        region: record.region,
        categories: record.categories,
        rules: record.rules,
        alerts: record.alerts,
        openedAt: record.openedAt,
        updatedAt: record.updatedAt,
        ...(record.lastAlertAt ? { lastAlertAt: record.lastAlertAt } : {}),
        ...(record.worker ? { worker: record.worker } : {}),
        ...(record.closedAt ? { closedAt: record.closedAt } : {}),
    };
}
//# sourceMappingURL=case-record.js.map