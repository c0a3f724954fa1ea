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

/** Seals and opens JSON values; a value sealed under another key, or altered, does not open. */
export interface SealedBox {
  seal(value: unknown): string;
  /** The value, or undefined when the text was not sealed by this key or was altered. */
  open(sealed: string): unknown;
}

/**
 * The 32-byte key for {@link createSealedBox}: `ADDRESS_KEY` when configured (64 hex digits),
 * otherwise derived from the pseudonym secret with HKDF, so a deployment needs no second secret.
 */
export function sealingKey(configured: string | undefined, pseudonymSecret: string): Buffer {
  if (configured) return Buffer.from(configured, "hex");
  return Buffer.from(
    hkdfSync("sha256", pseudonymSecret, "komorebi", "sealed-box address key v1", 32),
  );
}

/** Creates a box on a 32-byte key. */
export function createSealedBox(key: Buffer): SealedBox {
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
  return {
    seal(value) {
      const iv = nonce();
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), data]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(".");
      if (version !== VERSION || !iv || !tag || data === undefined) return undefined;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        const authTag = Buffer.from(tag, "base64url");
        if (authTag.length !== TAG_BYTES) return undefined;
        decipher.setAuthTag(authTag);
        const text = Buffer.concat([
          decipher.update(Buffer.from(data, "base64url")),
          decipher.final(),
        ]).toString("utf8");
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}
