/**
 * The webhook route: Telegram posts each update to `POST /webhooks/telegram` with the secret
 * token given to setWebhook in `X-Telegram-Bot-Api-Secret-Token`. A wrong or missing token gets
 * 401 and nothing is read further. A valid update is answered 200 once the dispatcher has kept
 * it in the store (milliseconds), and 503 when it cannot be kept, so Telegram delivers it again.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createRejectionReporter } from "../shared/rejections.js";
/** Where Telegram posts updates on the shared HTTP server. */
export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";
/** Creates the route. */
export function createWebhookRoute(options) {
    const { logger, accept } = options;
    const expected = digest(options.secret);
    const rejected = createRejectionReporter(logger, "telegram", options.onRejected);
    return {
        method: "POST",
        path: TELEGRAM_WEBHOOK_PATH,
        async handle(request) {
            const given = request.headers["x-telegram-bot-api-secret-token"];
            if (typeof given !== "string" || !timingSafeEqual(digest(given), expected)) {
                rejected("wrong secret token");
                return { status: 401, body: { error: "unauthorized" } };
            }
            let update;
            try {
                update = JSON.parse(request.rawBody.toString("utf8"));
            }
            catch {
                return { status: 400, body: { error: "body is not JSON" } };
            }
            if (!isUpdate(update))
                return { status: 400, body: { error: "not a Telegram update" } };
            if (!(await accept(update)))
                return { status: 503, headers: { "retry-after": "5" }, body: { error: "busy" } };
            return { status: 200 };
        },
    };
}
/**
 * Hashing both sides first gives equal lengths, which timingSafeEqual needs, and hides the
 * secret's length from timing too.
 */
function digest(value) {
    return createHash("sha256").update(value, "utf8").digest();
}
function isUpdate(value) {
    return (typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Number.isSafeInteger(value.update_id));
}
//# sourceMappingURL=webhook.js.map