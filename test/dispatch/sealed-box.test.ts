/** The sealed box keeps addresses and pending events unreadable at rest, each seal its own. */
import { describe, expect, it } from "vitest";
import { createSealedBox, sealingKey } from "../../src/dispatch/sealed-box.js";

describe("the sealed box", () => {
  const box = createSealedBox(sealingKey(undefined, "a pseudonym secret of some length"));

  it("opens what it sealed, and nothing sealed under another key or altered", () => {
    // An id long enough that random ciphertext cannot contain it by chance (a two-letter id
    // turned up in one base64url seal in thirty).
    const userId = "U4af4980629d0b2cd3f1e8a7c55e0c8f1";
    const value = { channel: "line", userId, address: { userId } };
    const sealed = box.seal(value);
    expect(sealed).not.toContain(userId);
    expect(sealed).not.toContain(Buffer.from(userId).toString("base64url").slice(0, 16));
    expect(box.open(sealed)).toEqual(value);
    const other = createSealedBox(sealingKey(undefined, "another secret entirely, also long"));
    expect(other.open(sealed)).toBeUndefined();
    const [version, iv, tag, data] = sealed.split(".");
    const altered = `${version}.${iv}.${tag}.${data?.startsWith("A") ? "B" : "A"}${data?.slice(1)}`;
    expect(box.open(altered)).toBeUndefined();
  });

  it("never uses a nonce twice, across many seals of the same value", () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const sealed = box.seal({ same: "value" });
      nonces.add(sealed.split(".")[1] ?? "");
      expect(box.open(sealed)).toEqual({ same: "value" });
    }
    expect(nonces.size).toBe(2000);
  });
});
