/** The sealed box keeps addresses and pending events unreadable at rest, each seal its own. */
import { describe, expect, it } from "vitest";
import { createSealedBox, sealingKey } from "../../src/dispatch/sealed-box.js";

describe("the sealed box", () => {
  const box = createSealedBox(sealingKey(undefined, "a pseudonym secret of some length"));

  it("opens what it sealed, and nothing sealed under another key or altered", () => {
    const value = { channel: "line", userId: "U1", address: { userId: "U1" } };
    const sealed = box.seal(value);
    expect(sealed).not.toContain("U1");
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
