/**
 * The webhook route: Telegram posts each update to `POST /webhooks/telegram` with the secret
 * token given to setWebhook in `X-Telegram-Bot-Api-Secret-Token`. A wrong or missing token gets
 * 401 and nothing is read further. A valid update is answered 200 once the dispatcher has kept
 * it in the store (milliseconds), and 503 when it cannot be kept, so Telegram delivers it again.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/ports.js";
import type { HttpRoute } from "../shared/http.js";
import { createRejectionReporter, type RejectionCounter } from "../shared/rejections.js";

/** Where Telegram posts updates on the shared HTTP server. */
export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";

/** Options for {@link createWebhookRoute}. */
export interface WebhookRouteOptions {
  secret: string;
  logger: Logger;
  /**
   * Keeps the update for processing; false when it cannot now (stopping, store unavailable, too
   * much waiting), which answers 503 so Telegram delivers it again later.
   */
  accept(update: Update): Promise<boolean>;
  /** Counts each request refused for its secret token (metrics). */
  onRejected?: RejectionCounter;
}

/** Creates the route. */
export function createWebhookRoute(options: WebhookRouteOptions): HttpRoute {
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
      let update: unknown;
      try {
        update = JSON.parse(request.rawBody.toString("utf8"));
      } catch {
        return { status: 400, body: { error: "body is not JSON" } };
      }
      if (!isUpdate(update)) return { status: 400, body: { error: "not a Telegram update" } };
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
function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Number.isSafeInteger((value as { update_id?: unknown }).update_id)
  );
}
