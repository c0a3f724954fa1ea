/**
 * AES-256-GCM for the few values komorebi must keep but must not be able to read at rest: the
 * channel address a conversation can be written to, a pending event's text and reply token.
 * A stolen database then holds no platform id and no message; the key lives in configuration.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomFillSync } from "node:crypto";
const VERSION = "s1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Nonces are cut from a pool of random bytes, filled a few hundred at a time: a call into the
// random generator for each 12 bytes cost more than the encryption of a small value. Every
// nonce is still random and used once.
const POOL_NONCES = 256;
// What this box sealed lately, by sealed text, so that opening it again (delivery opens the
// destination a turn has just sealed) and keeping an address that did not change need no
// cipher. Bounded: a few thousand small values.
const REMEMBERED = 4096;
/**
 * The 32-byte key for {@link createSealedBox}: `ADDRESS_KEY` when configured (64 hex digits),
 * otherwise derived from the pseudonym secret with HKDF, so a deployment needs no second secret.
 */
export function sealingKey(configured, pseudonymSecret) {
    if (configured)
        return Buffer.from(configured, "hex");
    return Buffer.from(hkdfSync("sha256", pseudonymSecret, "komorebi", "sealed-box address key v1", 32));
}
/** Creates a box on a 32-byte key. */
export function createSealedBox(key) {
    if (key.length !== 32)
        throw new RangeError(`the sealing key must be 32 bytes, not ${key.length}`);
    const pool = Buffer.alloc(IV_BYTES * POOL_NONCES);
    let next = POOL_NONCES;
    const nonce = () => {
        if (next === POOL_NONCES) {
            randomFillSync(pool);
            next = 0;
        }
        const start = next * IV_BYTES;
        next += 1;
        // A copy: the pool is refilled under the slice later.
        return Buffer.from(pool.subarray(start, start + IV_BYTES));
    };
    // Sealed text -> the JSON it holds, in two generations: when the newer is full it becomes the
    // older and the oldest is dropped whole (deleting Map entries one by one from the front
    // leaves holes every later look at the front must step over). A value recalled from the
    // older generation moves to the newer.
    let newer = new Map();
    let older = new Map();
    const remember = (sealed, text) => {
        if (newer.size >= REMEMBERED / 2) {
            older = newer;
            newer = new Map();
        }
        newer.set(sealed, text);
    };
    const recall = (sealed) => {
        const recent = newer.get(sealed);
        if (recent !== undefined)
            return recent;
        const text = older.get(sealed);
        if (text !== undefined) {
            older.delete(sealed);
            remember(sealed, text);
        }
        return text;
    };
    const sealText = (text) => {
        const iv = nonce();
        const cipher = createCipheriv("aes-256-gcm", key, iv);
        const data = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
        const sealed = `${VERSION}.${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${data.toString("base64url")}`;
        remember(sealed, text);
        return sealed;
    };
    return {
        seal(value) {
            return sealText(JSON.stringify(value));
        },
        sealOrKeep(value, previous) {
            const text = JSON.stringify(value);
            if (previous !== undefined && recall(previous) === text)
                return previous;
            return sealText(text);
        },
        open(sealed) {
            const known = recall(sealed);
            // A fresh copy each time, as a decrypted value would be: callers may change it.
            if (known !== undefined)
                return JSON.parse(known);
            const [version, iv, tag, data] = sealed.split(".");
            if (version !== VERSION || !iv || !tag || data === undefined)
                return undefined;
            try {
                const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
                const authTag = Buffer.from(tag, "base64url");
                if (authTag.length !== TAG_BYTES)
                    return undefined;
                decipher.setAuthTag(authTag);
                const text = Buffer.concat([
                    decipher.update(Buffer.from(data, "base64url")),
                    decipher.final(),
                ]).toString("utf8");
                const value = JSON.parse(text);
                remember(sealed, text);
                return value;
            }
            catch {
                return undefined;
            }
        },
    };
}
//# sourceMappingURL=sealed-box.js.map