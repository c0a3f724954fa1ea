/**
 * The staff channel for an organisation's own tools: every case event is posted as JSON to
 * `STAFF_WEBHOOK_URL`, signed with HMAC-SHA256 over the timestamp and the body under
 * `STAFF_WEBHOOK_SECRET` (header `X-Komorebi-Signature: t=<unix seconds>,v1=<hex>`). A 2xx answer
 * is a delivery; a 408, a 429, a 5xx or no answer is tried again later (the case's outbox keeps it
 * through restarts); any other answer is given up and logged. It receives; it cannot act on a
 * case (workers take and answer cases in a Telegram or Discord staff channel).
 */
import { createHmac } from "node:crypto";
import { errorText } from "../core/error-text.js";
/** The headers a receiver reads. */
export const WEBHOOK_HEADERS = {
    signature: "x-komorebi-signature",
    event: "x-komorebi-event",
    delivery: "x-komorebi-delivery",
};
/** The JSON body's `type` for a change. */
export function webhookEventType(event) {
    switch (event.change.type) {
        case "opened":
            return "case.opened";
        case "closed":
            return "case.closed";
        case "message":
            return "case.message";
        default:
            return "case.updated";
    }
}
/** The signature header's value for `body` sent at `timestamp` (seconds). */
export function signWebhookBody(secret, timestamp, body) {
    const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
    return `t=${timestamp},v1=${mac}`;
}
/** Creates the webhook staff channel. */
export function createWebhookStaffChannel(options) {
    const { url, secret, logger } = options;
    const seconds = options.now ?? (() => Math.floor(Date.now() / 1000));
    const timeoutMs = options.timeoutMs ?? 10_000;
    return {
        name: "webhook",
        canRelay: false,
        async deliver(event) {
            const type = webhookEventType(event);
            const body = JSON.stringify({ type, ...event });
            const timestamp = seconds();
            let response;
            try {
                response = await fetch(url, {
                    method: "POST",
                    headers: {
                        "content-type": "application/json",
                        "user-agent": "komorebi-staff-webhook",
                        [WEBHOOK_HEADERS.signature]: signWebhookBody(secret, timestamp, body),
                        [WEBHOOK_HEADERS.event]: type,
                        [WEBHOOK_HEADERS.delivery]: event.id,
                    },
                    body,
                    signal: AbortSignal.timeout(timeoutMs),
                });
                await response.arrayBuffer().catch(() => undefined);
            }
            catch (error) {
                return { status: "retry", reason: `no answer: ${errorText(error)}` };
            }
            if (response.ok)
                return { status: "sent" };
            const reason = `HTTP ${response.status}`;
            if (response.status === 408 || response.status === 429 || response.status >= 500) {
                const after = Number(response.headers.get("retry-after"));
                return {
                    status: "retry",
                    reason,
                    ...(Number.isFinite(after) && after > 0 ? { afterMs: after * 1000 } : {}),
                };
            }
            logger.warn("staff webhook refused a case event", { status: response.status, type });
            return { status: "failed", reason };
        },
        async start() { },
        async stop() { },
        // Its calls go through Node's global fetch, whose connections the process owns, not the channel.
        async close() { },
    };
}
//# sourceMappingURL=webhook-channel.js.map