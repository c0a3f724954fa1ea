import { createHmac } from "node:crypto";
/**
 * The pseudonymous id of a conversation: a keyed hash of channel and platform user id. Without
 * the secret it cannot be linked back to an account, so it is what logs and statistics see.
 */
export function pseudonymFor(secret, channel, userId) {
    return createHmac("sha256", secret)
        .update(`${channel}\u0000${userId}`)
        .digest("base64url")
        .slice(0, 22);
}
//# sourceMappingURL=pseudonym.js.map