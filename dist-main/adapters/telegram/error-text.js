/** How Telegram errors appear in logs. */
import { GrammyError } from "grammy";
/**
 * An error as a log field: the method, Telegram's code and description, never the payload
 * (which holds chat ids and message text). grammY keeps the token out of network errors.
 */
export function errorText(error) {
    if (error instanceof GrammyError)
        return `${error.method}: ${error.error_code} ${error.description}`;
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=error-text.js.map