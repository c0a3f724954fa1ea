/**
 * The `x-line-signature` header is parsed strictly: exactly one base64 HMAC-SHA256 (43
 * characters and "="). Base64 decoding forgives a lot (spaces, stray characters, a second value
 * after a comma), so the right signature with anything around it must still be refused.
 */
import { describe, expect, it } from "vitest";
import { verifyLineSignature } from "../../src/adapters/line/inbound.js";
import { CHANNEL_SECRET, signBody } from "./fixtures.js";

// A fixed body, so the signature is fixed too (and has both "+" and "/" for the base64url case).
const body = Buffer.from('{"destination":"Ubot","events":[]}\n');
const valid = signBody(body);

describe("the LINE signature header", () => {
  it("accepts exactly the signature LINE computes", () => {
    expect(valid).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(valid).toMatch(/[+/]/);
    expect(verifyLineSignature(body, CHANNEL_SECRET, valid)).toBe(true);
  });

  it.each([
    ["with a trailing space", `${valid} `],
    ["with a trailing newline", `${valid}\n`],
    ["with a stray character", `${valid}!`],
    ["twice, joined as a repeated header", `${valid}, ${valid}`],
    ["without its padding", valid.slice(0, -1)],
    ["in base64url", valid.replace(/\+/g, "-").replace(/\//g, "_")],
    ["empty", ""],
  ])("refuses the right signature %s", (_what, header) => {
    expect(verifyLineSignature(body, CHANNEL_SECRET, header)).toBe(false);
  });

  it("refuses a repeated header given as a list", () => {
    expect(verifyLineSignature(body, CHANNEL_SECRET, [valid, valid])).toBe(false);
    expect(verifyLineSignature(body, CHANNEL_SECRET, undefined)).toBe(false);
  });
});
