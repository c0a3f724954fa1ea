import { notAccepted } from "../shared/not-accepted.js";
import { webCapabilities } from "./capabilities.js";
import { parseWebEvent, sessionIdPattern } from "./inbound.js";
import { createMailboxes } from "./mailboxes.js";
import { renderForWeb } from "./outbound.js";
import { renderWebChatPage } from "./page.js";
import { createBuckets, DEFAULT_WEB_LIMITS } from "./rate-limits.js";
const NO_STORE = { "cache-control": "no-store" };
/** Creates the web chat channel. */
export function createWebAdapter(options) {
    const { logger } = options;
    const page = renderWebChatPage({
        orgName: options.orgName,
        defaultLocale: options.defaultLocale,
    });
    // A web chat's address is its open page: what the bot sends waits here for the page to fetch.
    const mailboxes = createMailboxes();
    const limits = { ...DEFAULT_WEB_LIMITS, ...options.limits };
    const perSession = createBuckets(limits.session);
    const perAddress = createBuckets(limits.address);
    const newSessions = createBuckets(limits.newSessions);
    let limitedLogged = 0;
    /**
     * Undefined when the post may go on; otherwise the 429 that answers it. A page opening the
     * chat (`start`) has written nothing yet, so it is told the chat will start, not that its
     * words are kept.
     */
    const overLimit = (request, session, locale, opening) => {
        const address = request.remoteAddress ?? "unknown";
        const wait = (mailboxes.isOpen(session) ? undefined : newSessions.take(address)) ??
            perAddress.take(address) ??
            perSession.take(session);
        if (wait === undefined)
            return undefined;
        // Who is limited is not logged (an address is personal data); that it happens, now and then.
        if (Date.now() - limitedLogged > 60_000) {
            limitedLogged = Date.now();
            logger.warn("web chat posts over the rate limit answered 429");
        }
        const response = {
            status: 429,
            headers: { "retry-after": String(wait), ...NO_STORE },
            body: {
                error: "too many messages at once",
                notice: options.core.systemText(opening ? "web-rate-limited-first" : "web-rate-limited", locale ?? options.defaultLocale),
                retryAfter: wait,
            },
        };
        return response;
    };
    let sink;
    let closed = false;
    return {
        channel: "web",
        capabilities: webCapabilities,
        routes: [
            {
                method: "GET",
                path: "/",
                async handle() {
                    return {
                        status: 200,
                        headers: {
                            "content-type": "text/html; charset=utf-8",
                            "cache-control": "no-store",
                            "content-security-policy": "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
                            "referrer-policy": "no-referrer",
                        },
                        body: page,
                    };
                },
            },
            {
                method: "POST",
                path: "/api/web/events",
                async handle(request) {
                    // A JSON content type makes a cross-site post a preflighted request, which this server
                    // never allows; a plain form or text/plain post from another site is refused here.
                    if (!isJson(request.headers["content-type"])) {
                        return { status: 415, body: { error: "send JSON (content-type: application/json)" } };
                    }
                    const parsed = parseWebEvent(request.rawBody);
                    if ("error" in parsed)
                        return { status: 400, body: { error: parsed.error } };
                    if (!sink)
                        return notAccepted("not started");
                    const session = parsed.event.userId;
                    const opening = parsed.event.payload.type === "start";
                    const limited = overLimit(request, session, parsed.event.localeHint, opening);
                    if (limited)
                        return limited;
                    mailboxes.open(session);
                    let statuses;
                    try {
                        statuses = await sink.accept([{ event: parsed.event, address: { session } }], {
                            wait: true,
                        });
                    }
                    catch (error) {
                        logger.warn("web event not kept", { error: String(error) });
                        return notAccepted("please send again");
                    }
                    const { messages, forget } = mailboxes.take(session);
                    return {
                        status: 200,
                        headers: NO_STORE,
                        body: {
                            messages: renderForWeb(messages),
                            duplicate: statuses[0] === "duplicate",
                            ...(forget ? { forget: true } : {}),
                        },
                    };
                },
            },
            {
                method: "GET",
                path: "/api/web/messages",
                async handle(request) {
                    const session = request.query.get("session") ?? "";
                    if (!sessionIdPattern.test(session)) {
                        return { status: 400, body: { error: "session: a random id of 16-64 letters" } };
                    }
                    mailboxes.open(session);
                    const { messages, forget } = mailboxes.take(session);
                    return {
                        status: 200,
                        headers: NO_STORE,
                        body: { messages: renderForWeb(messages), ...(forget ? { forget: true } : {}) },
                    };
                },
            },
        ],
        async start(eventSink) {
            sink = eventSink;
        },
        async stop() {
            sink = undefined;
        },
        async close() {
            // Nothing to end: answers wait in memory until the page asks for them.
            closed = true;
        },
        async send(destination, messages, context) {
            if (closed)
                return { status: "retry", reason: "web channel closed" };
            const session = destination.address.session;
            if (typeof session !== "string")
                return { status: "failed", reason: "not a web address" };
            // A page that is gone (closed, or served by another process) cannot be written to.
            return mailboxes.put(session, messages, context.conversationDeleted)
                ? { status: "sent" }
                : { status: "gone" };
        },
    };
}
function isJson(contentType) {
    return typeof contentType === "string" && /^application\/json\s*(;|$)/i.test(contentType.trim());
}
//# sourceMappingURL=index.js.map