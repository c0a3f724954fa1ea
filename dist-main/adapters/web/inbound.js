/** Maps a web chat request body to an {@link InboundEvent}, or says precisely what is wrong. */
import { z } from "zod";
/** The most text one web chat message may carry (the page limits input well below this). */
export const MAX_WEB_TEXT_BYTES = 200_000;
/** A web chat session id: random, made by the page, kept in the tab. */
export const sessionIdPattern = /^[A-Za-z0-9-]{16,64}$/;
const sessionId = z.string().regex(sessionIdPattern, "a random id of 16-64 letters, digits or -");
/** The JSON the web chat page posts. */
export const webEventSchema = z
    .object({
    session: sessionId,
    id: z
        .string()
        .regex(/^[A-Za-z0-9-]{8,64}$/)
        .optional(),
    locale: z.string().max(35).optional(),
    event: z.discriminatedUnion("type", [
        z.object({ type: z.literal("start"), referral: z.string().max(64).optional() }),
        z.object({ type: z.literal("text"), text: z.string().max(MAX_WEB_TEXT_BYTES) }),
        z.object({ type: z.literal("choice"), choiceId: z.string().min(1).max(64) }),
        z.object({
            type: z.literal("unsupported"),
            media: z.enum([
                "sticker",
                "image",
                "audio",
                "video",
                "file",
                "location",
                "contact",
                "other",
            ]),
        }),
    ]),
})
    .strict();
/** The parsed event, or an error message for a 400 answer. */
export function parseWebEvent(rawBody) {
    let json;
    try {
        json = JSON.parse(rawBody.toString("utf8"));
    }
    catch {
        return { error: "body is not JSON" };
    }
    const result = webEventSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        return { error: `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}` };
    }
    const { session, id, locale, event } = result.data;
    const payload = event.type === "start" && !event.referral ? { type: "start" } : event;
    return {
        event: {
            channel: "web",
            userId: session,
            ...(id ? { eventId: id } : {}),
            ...(locale ? { localeHint: locale } : {}),
            payload: payload,
        },
    };
}
//# sourceMappingURL=inbound.js.map