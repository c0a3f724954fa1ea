/**
 * What a failed Messaging API call said, in one line for an operator: the HTTP status and LINE's
 * own message (`{"message": "..."}`), or the network error. Never a token or a payload.
 */
import { HTTPFetchError } from "@line/bot-sdk";
import { errorText } from "../../core/error-text.js";
/** The status (when LINE answered) and a short reason. */
export function lineApiError(error) {
    if (error instanceof HTTPFetchError) {
        let message = "";
        try {
            const parsed = JSON.parse(error.body);
            if (typeof parsed.message === "string")
                message = parsed.message.slice(0, 200);
        }
        catch {
            // Not LINE's JSON (a proxy's page): the status says enough.
        }
        return { status: error.status, text: `HTTP ${error.status}${message ? `: ${message}` : ""}` };
    }
    // fetch says only "fetch failed"; the cause's code (ECONNREFUSED, ENOTFOUND...) says why.
    const code = error?.cause?.code;
    return { text: `${errorText(error)}${typeof code === "string" ? ` (${code})` : ""}` };
}
/** True when LINE answered 404 (no such menu, alias, default...). */
export function isNotFound(error) {
    return error instanceof HTTPFetchError && error.status === 404;
}
//# sourceMappingURL=api-error.js.map