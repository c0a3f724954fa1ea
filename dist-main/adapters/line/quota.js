/**
 * LINE's own figures for the month's messages: the account's limit (`GET /v2/bot/message/quota`)
 * and what has been sent (`GET /v2/bot/message/quota/consumption`), which counts messages sent
 * from LINE's manager app too. The check-in budget reads them (src/checkins/push-budget.ts).
 */
import { messagingApi } from "@line/bot-sdk";
import { withTimeout } from "./timing.js";
const CALL_TIMEOUT_MS = 10_000;
/** Reads the month's limit (undefined when the plan has none) and the messages sent so far. */
export function createLineQuotaReader(options) {
    const api = new messagingApi.MessagingApiClient({
        channelAccessToken: options.channelAccessToken,
        ...(options.apiBaseUrl ? { baseURL: options.apiBaseUrl.replace(/\/+$/, "") } : {}),
    });
    return async () => {
        const [quota, consumption] = await Promise.all([
            withTimeout(api.getMessageQuota(), CALL_TIMEOUT_MS, "line quota"),
            withTimeout(api.getMessageQuotaConsumption(), CALL_TIMEOUT_MS, "line quota consumption"),
        ]);
        return {
            ...(quota.type === "limited" && typeof quota.value === "number"
                ? { limit: quota.value }
                : {}),
            used: consumption.totalUsage,
        };
    };
}
//# sourceMappingURL=quota.js.map