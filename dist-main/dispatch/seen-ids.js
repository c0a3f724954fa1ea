/**
 * The duplicate window of a conversation (its record's `seen`): the event ids (and staff action
 * keys) handled lately, kept as short digests rather than as the ids themselves. A full id is
 * up to 36 characters (LINE's webhookEventId 26, a web chat UUID 36); 200 of them were most of
 * a long conversation's record, decoded, validated, encoded and written twice an event. A
 * digest is 12 characters whatever the id. An id shorter than that (Telegram's update_id, 9 or
 * 10 digits) is kept as it is: a digest would be longer, and no digest can equal it.
 *
 * Why a false "duplicate" is negligible: a digest is the first 72 bits of the id's SHA-256
 * (base64url: 9 bytes, exactly 12 characters). A new id is taken for one seen before only if
 * its digest equals one of the at most 200 in its conversation's window: 200 / 2^72 ≈ 4.2e-20
 * an event. A deployment handling a billion events a year for a century (1e11 events) would
 * meet one with probability about 4e-9. (A platform id is not chosen by an adversary, and a web
 * chat client that picks its own ids can only make its own events look repeated, which it could
 * already do by repeating an id.) The ids are not secret and not personal data, so an unkeyed
 * hash will do; the digests are still not logged.
 *
 * Records written before digests hold the raw ids: an incoming id is compared both as its
 * digest and as itself, so a redelivery of an event seen before the upgrade is still
 * recognised; the raw entries age out as new digests push them off the window. The raw
 * comparison stays (a second scan of the window, under a microsecond) for records written by
 * an older process during a rolling upgrade or after a rollback.
 *
 * Mixed versions: an older process compares raw ids only, so it does not recognise an event a
 * newer process remembered as a digest. It handles that event a second time only if the
 * platform redelivers it (or the staff side repeats an action) and the redelivery reaches the
 * older process, during the minutes of the rollout (not on Telegram, whose short ids are kept
 * as they are). Accepted: redeliveries are rare (LINE and Telegram redeliver only after a
 * failed or slow acknowledgement), the worst outcome is one answer or one staff action carried
 * out twice, never a lost event, and it ends with the rollout. A deployment that cannot accept
 * even that stops the older processes before the newer ones take webhooks.
 */
import { hash } from "node:crypto";
/** Characters of a digest in `seen`. */
export const SEEN_DIGEST_LENGTH = 12;
/**
 * What an event id (or staff action key) is remembered as: its digest, or the id itself when
 * shorter than a digest.
 */
export function seenEntry(id) {
    if (id.length < SEEN_DIGEST_LENGTH)
        return id;
    return hash("sha256", id, "base64url").slice(0, SEEN_DIGEST_LENGTH);
}
/**
 * True when `seen` holds `id`: as its entry (`entry`, from {@link seenEntry}), or as the raw
 * id a record written before digests (or by an older process) holds.
 */
export function wasSeen(seen, id, entry) {
    // Two native scans cost less than one loop in JavaScript comparing each entry twice.
    return seen.includes(entry) || (entry !== id && seen.includes(id));
}
/** Adds `entry` to the end of `seen` (changed in place), keeping at most `max`, the newest. */
export function rememberSeen(seen, entry, max) {
    seen.push(entry);
    if (seen.length > max)
        seen.splice(0, seen.length - max);
}
//# sourceMappingURL=seen-ids.js.map