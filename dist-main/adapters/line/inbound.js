/**
 * LINE webhook input: the signature check over the raw body, the body's shape, and the mapping
 * of each LINE event to what the adapter should do with it (an {@link InboundEvent} for the
 * core, a one-line note for a group, or nothing).
 */
import { validateSignature } from "@line/bot-sdk";
import { z } from "zod";
import { isShortcutToken } from "../../core/shortcut.js";
import { parseReferralMessage } from "./referral.js";
const LINE_SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;
/**
 * True when `signature` (the `x-line-signature` header) is the base64 HMAC-SHA256 of the raw
 * body under the channel secret. Runs before any parsing, so an unsigned body is never read.
 */
export function verifyLineSignature(rawBody, channelSecret, signature) {
    // Exactly one base64 HMAC-SHA256 (32 bytes: 43 characters and one "="). A repeated header
    // arrives as an array, or joined with ", " by the HTTP layer: not something LINE sends.
    if (typeof signature !== "string" || !LINE_SIGNATURE.test(signature))
        return false;
    // The SDK's check: HMAC-SHA256 of the raw body, compared in constant time.
    return validateSignature(rawBody, channelSecret, signature);
}
const sourceSchema = z.object({
    type: z.string(),
    userId: z.string().min(1).max(64).optional(),
    groupId: z.string().min(1).max(64).optional(),
    roomId: z.string().min(1).max(64).optional(),
});
/** The parts of a LINE webhook event the adapter reads; other fields pass through unread. */
export const lineEventSchema = z.object({
    type: z.string(),
    mode: z.string().optional(),
    timestamp: z.number(),
    webhookEventId: z.string().min(1).max(128),
    deliveryContext: z.object({ isRedelivery: z.boolean() }).optional(),
    source: sourceSchema.optional(),
    replyToken: z.string().min(1).max(256).optional(),
    message: z.object({ type: z.string(), text: z.string().optional() }).optional(),
    postback: z.object({ data: z.string() }).optional(),
});
const bodySchema = z.object({
    destination: z.string().optional(),
    events: z.array(z.unknown()),
});
/**
 * Parses a (signature-checked) webhook body. A body that is not a webhook gets an error (400);
 * a single event the adapter cannot read is skipped, so one new event type LINE introduces does
 * not make LINE redeliver the whole batch.
 */
export function parseLineWebhook(rawBody) {
    let json;
    try {
        json = JSON.parse(rawBody.toString("utf8"));
    }
    catch {
        return { error: "body is not JSON" };
    }
    const body = bodySchema.safeParse(json);
    if (!body.success)
        return { error: "body is not a LINE webhook (no events array)" };
    const events = [];
    let skipped = 0;
    for (const raw of body.data.events) {
        const event = lineEventSchema.safeParse(raw);
        if (event.success)
            events.push(event.data);
        else
            skipped += 1;
    }
    return { events, skipped };
}
const MEDIA = {
    sticker: "sticker",
    image: "image",
    video: "video",
    audio: "audio",
    file: "file",
    location: "location",
};
/** Maps one LINE event to an action; pure, so the same event always maps the same way. */
export function mapLineEvent(event) {
    // In standby mode another channel (a module, a human operator tool) holds the chat: the bot
    // must stay silent and must not act on what it sees.
    if (event.mode === "standby")
        return { kind: "ignore", reason: "standby mode" };
    const source = event.source;
    if (source?.type === "group" || source?.type === "room") {
        const id = source.type === "group" ? source.groupId : source.roomId;
        if (!id)
            return { kind: "ignore", reason: "group event without a chat id" };
        return {
            kind: "group",
            chatKey: `${source.type}:${id}`,
            ...(event.replyToken ? { replyToken: event.replyToken } : {}),
            ...(event.type === "join" || event.type === "leave" ? { membership: event.type } : {}),
        };
    }
    if (source?.type !== "user" || !source.userId) {
        return { kind: "ignore", reason: "no user source" };
    }
    const payload = payloadOf(event);
    if (!payload)
        return { kind: "ignore", reason: `event type ${event.type}` };
    return {
        kind: "conversation",
        userId: source.userId,
        event: {
            channel: "line",
            userId: source.userId,
            // A redelivery carries the same webhookEventId, so the core's de-duplication covers it.
            eventId: event.webhookEventId,
            payload,
        },
        ...(event.replyToken ? { replyToken: event.replyToken } : {}),
        // After adding the account, people usually land in the chat and wait for the welcome too.
        awaitsAnswer: event.type === "message" || event.type === "postback" || event.type === "follow",
    };
}
function payloadOf(event) {
    switch (event.type) {
        case "follow":
            return { type: "follow" };
        case "unfollow":
            return { type: "unfollow" };
        case "postback": {
            if (!event.postback)
                return undefined;
            const data = event.postback.data;
            // The rich menu's areas carry shortcuts; quick replies carry choice tokens.
            return isShortcutToken(data)
                ? { type: "shortcut", token: data }
                : { type: "choice", choiceId: data };
        }
        case "message": {
            const message = event.message;
            if (!message)
                return undefined;
            if (message.type === "text") {
                const text = message.text ?? "";
                const referral = parseReferralMessage(text);
                return referral ? { type: "start", referral } : { type: "text", text };
            }
            return { type: "unsupported", media: MEDIA[message.type] ?? "other" };
        }
        default:
            return undefined;
    }
}
//# sourceMappingURL=inbound.js.map