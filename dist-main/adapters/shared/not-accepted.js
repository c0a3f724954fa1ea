/**
 * The webhook answer when events could not be kept (store unavailable, shutting down, too much
 * waiting): 503 with Retry-After, so the platform delivers them again.
 */
export function notAccepted(reason, retryAfterSeconds = 5) {
    return {
        status: 503,
        headers: { "retry-after": String(retryAfterSeconds) },
        body: { error: "not accepted, please retry", reason },
    };
}
//# sourceMappingURL=not-accepted.js.map