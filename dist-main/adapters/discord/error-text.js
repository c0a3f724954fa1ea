/** How Discord errors appear in logs. */
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
/**
 * An error as a log field: the method, status, Discord's code and message, never the URL (an
 * interaction's token is part of it) or the request body (which holds message text). Errors
 * from below (a refused connection, a timeout) give their name and code only.
 */
export function errorText(error) {
    if (error instanceof DiscordAPIError) {
        return `${error.method.toUpperCase()} ${error.status} ${error.code}: ${error.message}`;
    }
    if (error instanceof HTTPError)
        return `${error.method.toUpperCase()} ${error.status}`;
    if (error instanceof RateLimitError) {
        return `rate limited for ${Math.round(error.retryAfter)} ms${error.global ? " (global)" : ""}`;
    }
    if (error instanceof Error) {
        const code = error.code;
        return typeof code === "string" ? `${error.name} (${code})` : error.name;
    }
    return "unknown error";
}
/** Discord's own error code (50007 "Cannot send messages to this user"...), if it gave one. */
export function discordCode(error) {
    return error instanceof DiscordAPIError && typeof error.code === "number"
        ? error.code
        : undefined;
}
/** The HTTP status Discord answered with, if it answered. */
export function discordStatus(error) {
    if (error instanceof DiscordAPIError || error instanceof HTTPError)
        return error.status;
    return undefined;
}
//# sourceMappingURL=error-text.js.map