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

  it("keeps a sealed value that still holds the same value, and seals a changed one anew", () => {
    const key = sealingKey(undefined, "a third secret, for this test alone");
    const mine = createSealedBox(key);
    const address = { channel: "line", userId: "U1", address: { userId: "U1" } };
    const sealed = mine.seal(address);
    expect(mine.sealOrKeep({ ...address }, sealed)).toBe(sealed);
    const moved = mine.sealOrKeep({ ...address, address: { userId: "U2" } }, sealed);
    expect(moved).not.toBe(sealed);
    expect(mine.open(moved)).toEqual({ ...address, address: { userId: "U2" } });
    expect(mine.sealOrKeep(address, undefined)).not.toBe(sealed);
    // Another process (same key, nothing in its memory) seals anew rather than trusting text
    // it has not opened.
    const other = createSealedBox(key);
    const resealed = other.sealOrKeep(address, sealed);
    expect(resealed).not.toBe(sealed);
    expect(other.open(resealed)).toEqual(address);
  });

  it("opens a value it sealed as a fresh copy each time", () => {
    const sealed = box.seal({ list: [1, 2] });
    const first = box.open(sealed) as { list: number[] };
    first.list.push(3);
    expect(box.open(sealed)).toEqual({ list: [1, 2] });
  });

  it("still opens what it sealed long ago, once its memory of it is gone", () => {
    const old = box.seal({ old: true });
    for (let i = 0; i < 10_000; i += 1) box.seal({ i });
    expect(box.open(old)).toEqual({ old: true });
    expect(box.sealOrKeep({ old: true }, old)).toBe(old);
  });
});
