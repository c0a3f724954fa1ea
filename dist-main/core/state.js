/**
 * The state komorebi keeps for one conversation: small, explicit, no transcripts. One zod schema
 * describes it; reading a stored state goes through it, so a value from an older version gets the
 * fields it lacks and a malformed one is refused instead of crashing a turn.
 */
import { z } from "zod";
import { quietHoursSchema } from "../content/schema.js";
import { CHANNEL_IDS } from "./types.js";
const position = z.object({ flow: z.string(), node: z.string() });
/** When the person would like the bot to say hello again. */
export const checkInPreferenceSchema = z.enum(["none", "in-3-days", "in-a-week", "in-2-weeks"]);
/**
 * The check-ins under way, while the person wants them (see check-in-series.ts): when the next
 * may go, how many went, and how many in a row the person has not answered (two end them).
 */
export const nextCheckInSchema = z.object({
    /** ISO time; the scheduler moves it out of quiet hours and past a spent push budget. */
    at: z.string(),
    sent: z.number().int().nonnegative(),
    unanswered: z.number().int().nonnegative(),
});
/** Safety bookkeeping after a crisis or concern response. */
export const safetyStateSchema = z.object({
    /** The last non-none level seen, and when. */
    level: z.enum(["concern", "crisis"]),
    at: z.string(),
    /** Where the person was when the safety response interrupted the flow. */
    returnTo: position,
    /** The bot checks in once more later in the conversation; this counts the turns until then. */
    checkInAfterTurns: z.number().nullable(),
});
const riskTrace = z.custom((value) => typeof value === "object" &&
    value !== null &&
    typeof value.at === "string" &&
    Array.isArray(value.evidence));
/**
 * A request to talk with a person. `waiting`: sent, nobody has taken it yet; `offered`: a worker
 * took it after the person was told nobody could (outside staff hours, or nobody in time), and
 * the person is asked whether to talk now; `live`: messages relay both ways through the bot.
 * A state saved before staff channels existed has no stage: no request is under way.
 */
export const handoffStateSchema = z.object({
    requestedAt: z.string(),
    consent: z.boolean(),
    stage: z.enum(["waiting", "offered", "live"]).optional(),
    /** What the person agreed to show the staff with the request. */
    share: z.enum(["nothing", "path", "messages"]).optional(),
    /** The person heard that nobody can answer now: a worker who comes later asks them first. */
    askFirst: z.boolean().optional(),
    /** The person has been told once that what they write while waiting is passed on. */
    noted: z.boolean().optional(),
});
/**
 * Where a conversation stands, one value because the cases exclude each other:
 * - `active`: talking, or waiting at a question;
 * - `paused`: the person said pause; their next message resumes where they were;
 * - `stopped`: the person said stop; nothing is sent until they write again;
 * - `ended`: the conversation reached an `end` node; the next message is a return;
 * - `unreachable`: the person unfollowed or blocked the bot; nothing may be sent at all.
 */
export const lifecycleSchema = z.enum(["active", "paused", "stopped", "ended", "unreachable"]);
/** Stop and pause end as soon as the person acts again; an ending ends when the flow moves on. */
export function wake(state) {
    if (state.lifecycle === "stopped" || state.lifecycle === "paused")
        state.lifecycle = "active";
}
/**
 * States saved before the lifecycle value kept four booleans; the strongest one wins, as the
 * code that read them decided (unreachable over stopped over paused over ended).
 */
function lifecycleFromFlags(value) {
    if (typeof value !== "object" || value === null || "lifecycle" in value)
        return value;
    const flags = value;
    const order = ["unreachable", "stopped", "paused", "ended"];
    const lifecycle = order.find((flag) => flags[flag] === true) ?? "active";
    const rest = Object.entries(flags).filter(([key]) => !order.includes(key));
    return { ...Object.fromEntries(rest), lifecycle };
}
const currentStateSchema = z.object({
    schema: z.literal(1),
    /** Incremented on every save; lets tests and operators see that state moved. */
    revision: z.number().int().nonnegative(),
    position,
    locale: z.string(),
    region: z.string(),
    channel: z.enum(CHANNEL_IDS),
    referral: z.string().optional(),
    /** Answers a flow chose to keep (`keep: true` on an input node), by key. */
    answers: z.record(z.string(), z.string()).default({}),
    /** Questions the person skipped: never asked again. */
    skipped: z.array(z.string()).default([]),
    checkIn: checkInPreferenceSchema.default("none"),
    /** Set while check-ins run; absent when none are due (declined, ended, stopped, left). */
    nextCheckIn: nextCheckInSchema.optional(),
    /** When the bot must not write first (`HH:MM-HH:MM`, local); absent: the default. */
    quietHours: quietHoursSchema.optional(),
    /**
     * The person's time zone for quiet hours; absent: their region's. Checked where it is used, so a
     * zone a later runtime no longer knows falls back instead of making the state unreadable.
     */
    timeZone: z.string().optional(),
    /** Where the conversation stands between the person and the bot; see {@link Lifecycle}. */
    lifecycle: lifecycleSchema.default("active"),
    /** Where a detour (help, a command, a safety response) returns to with `@return`. */
    returnTo: position.optional(),
    /**
     * Outer return points when a detour starts inside another one (help typed during a safety
     * response returns to the safety question, which then returns to where the person was).
     */
    returnStack: z.array(position).optional(),
    /** Messages handled so far; picks acknowledgements in turn so they do not repeat. */
    turns: z.number().int().nonnegative().default(0),
    handoff: handoffStateSchema.optional(),
    /** Milestones already reported for campaign figures: each is counted once a conversation. */
    counted: z.array(z.string()).optional(),
    safety: safetyStateSchema.optional(),
    /**
     * The risk check's traces of the last few messages (levels, sign categories, the learned
     * layer's numbers; never text), so signs spread over messages add up and fade.
     */
    recentRisk: z.array(riskTrace).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
});
/** Persisted per conversation, keyed by pseudonym. `schema` lets later versions migrate. */
export const conversationStateSchema = z.preprocess(lifecycleFromFlags, currentStateSchema);
//# sourceMappingURL=state.js.map