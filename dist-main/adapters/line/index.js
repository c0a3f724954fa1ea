/**
 * The LINE channel: a signed webhook at `POST /webhooks/line` whose events go to the dispatcher,
 * and `send`, which delivers answers reply-first through the Messaging API. The webhook answers
 * 200 only once every event is kept in the store, and 503 when it cannot be (LINE redelivers).
 */
import { messagingApi } from "@line/bot-sdk";
import { LRUCache } from "lru-cache";
import { CLOSE_GRACE_MS } from "../shared/close-dispatcher.js";
import { notAccepted } from "../shared/not-accepted.js";
import { createRejectionReporter } from "../shared/rejections.js";
import { lineCapabilities } from "./capabilities.js";
import { LineDelivery } from "./delivery.js";
import { mapLineEvent, parseLineWebhook, verifyLineSignature } from "./inbound.js";
import { createLoadingAnimations } from "./loading-animation.js";
import { createLineMessagingTransport } from "./messaging-transport.js";
import { lineGroupNote, renderForLine } from "./outbound.js";
import { createProfileLocales } from "./profile.js";
import { createRichMenuLinker } from "./rich-menu-link.js";
import { describeError } from "./timing.js";
export { lineCapabilities } from "./capabilities.js";
export { createLineQuotaReader } from "./quota.js";
export { parseReferralMessage, referralLink, referralMessageText } from "./referral.js";
/** Where LINE posts webhooks; the URL to enter in the LINE Developers Console ends with this. */
export const LINE_WEBHOOK_PATH = "/webhooks/line";
/** Bounds the set of group chats already told to write one-to-one. */
const MAX_NOTED_CHATS = 10_000;
/** An answer later than this shows LINE's loading animation in a one-to-one chat. */
const LOADING_AFTER_MS = 1000;
/** How long the animation may run; LINE ends it as soon as the answer arrives. */
const LOADING_SECONDS = 20;
/** Creates the LINE channel. */
export function createLineAdapter(options) {
    const { core, logger, channelSecret } = options;
    const client = new messagingApi.MessagingApiClient({
        channelAccessToken: options.channelAccessToken,
        ...(options.apiBaseUrl ? { baseURL: options.apiBaseUrl.replace(/\/+$/, "") } : {}),
    });
    // The calls of every answer go the lean way; the rest (profiles, rich menus) through the SDK.
    const sends = createLineMessagingTransport({
        channelAccessToken: options.channelAccessToken,
        ...(options.apiBaseUrl ? { apiBaseUrl: options.apiBaseUrl } : {}),
    });
    const api = {
        replyMessage: sends.replyMessage,
        pushMessage: sends.pushMessage,
        showLoadingAnimation: sends.showLoadingAnimation,
        getProfile: (userId) => client.getProfile(userId),
    };
    const richMenus = createRichMenuLinker({ api: client, logger });
    // Delivery waits (Retry-After, backoff) are bounded by its own windows; the dispatcher's stop
    // gives up on them after its grace period.
    const delivery = new LineDelivery({ api, logger, signal: new AbortController().signal });
    const profiles = createProfileLocales({ api, logger });
    // Groups and rooms told once to write one-to-one (per process: a restart may repeat it once).
    const notedChats = new LRUCache({ max: MAX_NOTED_CHATS });
    const rejected = createRejectionReporter(logger, "line", options.onRejected);
    let sink;
    let closed = false;
    const loading = createLoadingAnimations((userId) => delivery.showLoading(userId, LOADING_SECONDS, core.pseudonym("line", userId)), LOADING_AFTER_MS);
    const noteGroup = (replyToken, receivedAt) => {
        // Channel chrome, not a conversation: best effort, never kept.
        void delivery
            .deliver([[{ type: "text", text: lineGroupNote(core) }]], {
            replyToken,
            receivedAt,
            conversation: "group-chat",
        })
            .then((report) => logger.info("line group note sent", { replied: report.replied }));
    };
    const webhook = async (rawBody, signature) => {
        if (!sink)
            return notAccepted("not started");
        if (!verifyLineSignature(rawBody, channelSecret, signature)) {
            rejected("bad or missing signature");
            return { status: 401, body: { error: "invalid signature" } };
        }
        const parsed = parseLineWebhook(rawBody);
        if ("error" in parsed) {
            logger.warn("line webhook rejected", { reason: parsed.error });
            return { status: 400, body: { error: parsed.error } };
        }
        if (parsed.skipped > 0)
            logger.warn("line events skipped: unreadable", { count: parsed.skipped });
        const receivedAt = Date.now();
        const arrivals = [];
        for (const event of parsed.events) {
            const action = mapLineEvent(event);
            if (action.kind === "ignore") {
                logger.debug("line event ignored", { event: event.type, reason: action.reason });
            }
            else if (action.kind === "group") {
                if (action.membership === "leave")
                    notedChats.delete(action.chatKey);
                else if (action.replyToken && !notedChats.has(action.chatKey)) {
                    notedChats.set(action.chatKey, true);
                    noteGroup(action.replyToken, receivedAt);
                }
            }
            else {
                if (action.awaitsAnswer)
                    loading.expect(action.userId);
                // A follow is where a LINE conversation begins: only then is the language asked for.
                const localeHint = action.event.payload.type === "follow"
                    ? await profiles.localeFor(action.userId, core.pseudonym("line", action.userId))
                    : undefined;
                arrivals.push({
                    event: localeHint ? { ...action.event, localeHint } : action.event,
                    address: { userId: action.userId },
                    ...(action.replyToken ? { reply: { token: action.replyToken, receivedAt } } : {}),
                });
            }
        }
        if (arrivals.length === 0)
            return { status: 200, body: {} };
        try {
            const statuses = await sink.accept(arrivals);
            // A redelivery of an event handled before brings no answer: no animation for it, unless
            // another event of the same person in this request still waits for one.
            if (statuses.includes("duplicate")) {
                const waiting = new Set(arrivals.filter((_, index) => statuses[index] !== "duplicate").map((a) => a.event.userId));
                for (const arrival of arrivals) {
                    if (!waiting.has(arrival.event.userId))
                        void loading.answered(arrival.event.userId);
                }
            }
            return { status: 200, body: {} };
        }
        catch (error) {
            for (const arrival of arrivals)
                void loading.answered(arrival.event.userId);
            return notAccepted(describeError(error));
        }
    };
    return {
        channel: "line",
        capabilities: lineCapabilities,
        routes: [
            {
                method: "POST",
                path: LINE_WEBHOOK_PATH,
                handle: (request) => webhook(request.rawBody, request.headers["x-line-signature"]),
            },
        ],
        async start(eventSink) {
            sink = eventSink;
            logger.info("line webhook ready", { path: LINE_WEBHOOK_PATH });
        },
        async stop() {
            // Only receiving stops: the dispatcher still delivers what is in flight through `send`.
            sink = undefined;
        },
        async close() {
            closed = true;
            // The SDK's client (profiles, rich menus) goes through the global fetch: nothing of ours.
            await sends.close(CLOSE_GRACE_MS);
        },
        async send(destination, messages, context) {
            if (closed)
                return { status: "retry", reason: "line channel closed" };
            const userId = destination.address.userId;
            if (typeof userId !== "string")
                return { status: "failed", reason: "not a LINE address" };
            await loading.answered(userId);
            const report = await delivery.deliver(renderForLine([...messages]), {
                ...(destination.reply ? { replyToken: destination.reply.token } : {}),
                receivedAt: destination.reply?.receivedAt ?? 0,
                pushTo: userId,
                conversation: context.conversation,
                retryKey: context.key,
                replyMaybeUsed: context.recovered,
            });
            if (destination.reply && report.pushes > 0)
                options.onAnswerPushes?.(report.pushes);
            if (report.unsent > 0 && !report.replied && report.pushes === 0) {
                return report.retryable
                    ? { status: "retry", reason: "line api unavailable" }
                    : { status: "failed", reason: "line api refused the answer" };
            }
            // Something went out: sending it all again would repeat it, so the rest is given up.
            if (report.unsent > 0) {
                logger.warn("line answer partly sent", { conversation: context.conversation, ...report });
            }
            // After the answer, never before it: the menu's language must not delay what was said.
            if (context.conversationDeleted)
                await richMenus.forget(userId, context.conversation);
            else if (context.locale)
                await richMenus.follow(userId, context.conversation, context.locale);
            return { status: "sent" };
        },
    };
}
//# sourceMappingURL=index.js.map