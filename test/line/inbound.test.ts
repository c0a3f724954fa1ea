import { describe, expect, it } from "vitest";
import {
  type LineEvent,
  mapLineEvent,
  parseLineWebhook,
  verifyLineSignature,
} from "../../src/adapters/line/inbound.js";
import {
  parseReferralMessage,
  referralLink,
  referralMessageText,
} from "../../src/adapters/line/referral.js";
import {
  CHANNEL_SECRET,
  followEvent,
  postbackEvent,
  signBody,
  stickerEvent,
  textEvent,
  unfollowEvent,
  userId,
  webhookBody,
} from "./fixtures.js";

const parse = (events: object[]) => {
  const parsed = parseLineWebhook(Buffer.from(webhookBody(events)));
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.events;
};
const one = (event: object): LineEvent => parse([event])[0]!;

describe("the webhook signature", () => {
  const body = Buffer.from(webhookBody([followEvent(userId())]));

  it("accepts LINE's signature over the raw body", () => {
    expect(verifyLineSignature(body, CHANNEL_SECRET, signBody(body))).toBe(true);
  });

  it("rejects a missing, repeated, wrong or truncated signature", () => {
    expect(verifyLineSignature(body, CHANNEL_SECRET, undefined)).toBe(false);
    expect(verifyLineSignature(body, CHANNEL_SECRET, "")).toBe(false);
    expect(verifyLineSignature(body, CHANNEL_SECRET, [signBody(body), signBody(body)])).toBe(false);
    expect(verifyLineSignature(body, CHANNEL_SECRET, signBody(body, "another-secret"))).toBe(false);
    expect(verifyLineSignature(body, CHANNEL_SECRET, signBody(body).slice(0, 20))).toBe(false);
    const tampered = Buffer.from(body.toString().replace("follow", "unfollow"));
    expect(verifyLineSignature(tampered, CHANNEL_SECRET, signBody(body))).toBe(false);
  });
});

describe("parsing webhook bodies", () => {
  it("says why a body is not a webhook", () => {
    expect(parseLineWebhook(Buffer.from("{nope"))).toEqual({ error: "body is not JSON" });
    expect(parseLineWebhook(Buffer.from('{"destination":"U1"}'))).toHaveProperty("error");
    expect(parseLineWebhook(Buffer.from("[]"))).toHaveProperty("error");
  });

  it("reads the verify request (no events) and skips an unreadable event, not the batch", () => {
    expect(parseLineWebhook(Buffer.from(webhookBody([])))).toEqual({ events: [], skipped: 0 });
    const parsed = parseLineWebhook(
      Buffer.from(webhookBody([{ type: "message" }, followEvent(userId())])),
    );
    expect(parsed).toMatchObject({ skipped: 1, events: [{ type: "follow" }] });
  });
});

describe("which events are readable", () => {
  const user = userId();
  const text = textEvent(user, "hi", { replyToken: "r".repeat(256) });
  /** True when `event` comes out of the parser (not skipped). */
  const readable = (event: unknown): boolean => {
    const parsed = parseLineWebhook(Buffer.from(JSON.stringify({ events: [event] })));
    if ("error" in parsed) throw new Error(parsed.error);
    return parsed.events.length === 1;
  };

  it("reads LINE's events with their fields at the limits", () => {
    expect(readable(text)).toBe(true);
    expect(readable(followEvent(user))).toBe(true);
    expect(readable(postbackEvent(user, "menu.main"))).toBe(true);
    expect(readable({ ...text, webhookEventId: "e".repeat(128) })).toBe(true);
    expect(readable({ ...text, webhookEventId: "e" })).toBe(true);
    expect(readable({ ...text, source: { type: "user", userId: "U".repeat(64) } })).toBe(true);
    expect(readable({ ...text, source: { type: "group", groupId: "C", userId: "U" } })).toBe(true);
    expect(readable({ ...text, source: { type: "room", roomId: "R".repeat(64) } })).toBe(true);
    expect(readable({ ...text, deliveryContext: { isRedelivery: false } })).toBe(true);
    expect(readable({ ...text, mode: "active", timestamp: 0 })).toBe(true);
    expect(readable({ ...text, message: { type: "image", id: "1" } })).toBe(true);
    // Fields the adapter does not read may be anything.
    expect(readable({ ...text, unknownField: null, link: { result: "ok" } })).toBe(true);
  });

  it("skips an event with a field of the wrong type, null, or a string out of its range", () => {
    const { replyToken: _token, ...noToken } = text;
    const { source: _source, ...noSource } = text;
    expect(readable(noToken)).toBe(true);
    expect(readable(noSource)).toBe(true);
    for (const broken of [
      null,
      "event",
      [text],
      { ...text, type: 1 },
      { ...text, type: null },
      { ...text, mode: null },
      { ...text, mode: 0 },
      { ...text, timestamp: "1700000000000" },
      { ...text, timestamp: null },
      { ...noSource, timestamp: undefined },
      { ...text, webhookEventId: "" },
      { ...text, webhookEventId: "e".repeat(129) },
      { ...text, webhookEventId: 1 },
      { ...text, deliveryContext: {} },
      { ...text, deliveryContext: { isRedelivery: "false" } },
      { ...text, deliveryContext: null },
      { ...text, source: null },
      { ...text, source: [] },
      { ...text, source: { userId: user } },
      { ...text, source: { type: "user", userId: "" } },
      { ...text, source: { type: "user", userId: "U".repeat(65) } },
      { ...text, source: { type: "group", groupId: "C".repeat(65) } },
      { ...text, source: { type: "room", roomId: "" } },
      { ...text, source: { type: "user", userId: null } },
      { ...text, replyToken: "" },
      { ...text, replyToken: "r".repeat(257) },
      { ...text, replyToken: null },
      { ...text, message: null },
      { ...text, message: { text: "hi" } },
      { ...text, message: { type: "text", text: 1 } },
      { ...text, message: { type: "text", text: null } },
      { ...text, postback: {} },
      { ...text, postback: { data: 1 } },
      { ...text, postback: null },
    ]) {
      expect(readable(broken), JSON.stringify(broken)?.slice(0, 120)).toBe(false);
    }
    // A timestamp too large for a double is Infinity after JSON.parse: not a time.
    const infinite = JSON.stringify({ events: [text] }).replace(
      /"timestamp":\d+/,
      '"timestamp":1e400',
    );
    expect(parseLineWebhook(Buffer.from(infinite))).toEqual({ events: [], skipped: 1 });
  });

  it("refuses a body whose destination is not a string", () => {
    const body = (destination: unknown) =>
      parseLineWebhook(Buffer.from(JSON.stringify({ destination, events: [] })));
    expect(body("U1")).toEqual({ events: [], skipped: 0 });
    expect(body(1)).toHaveProperty("error");
    expect(body(null)).toHaveProperty("error");
    expect(parseLineWebhook(Buffer.from('{"events":{}}'))).toHaveProperty("error");
    expect(parseLineWebhook(Buffer.from("null"))).toHaveProperty("error");
  });
});

describe("mapping LINE events", () => {
  const user = userId();

  it("maps follow, unfollow, text, postback and media to core events with the event id", () => {
    const follow = one(followEvent(user));
    expect(mapLineEvent(follow)).toMatchObject({
      kind: "conversation",
      userId: user,
      event: {
        channel: "line",
        userId: user,
        eventId: follow.webhookEventId,
        payload: { type: "follow" },
      },
      awaitsAnswer: true,
    });
    expect(mapLineEvent(one(unfollowEvent(user)))).toMatchObject({
      event: { payload: { type: "unfollow" } },
      awaitsAnswer: false,
    });
    expect(mapLineEvent(one(textEvent(user, "こんにちは")))).toMatchObject({
      event: { payload: { type: "text", text: "こんにちは" } },
      awaitsAnswer: true,
    });
    expect(mapLineEvent(one(postbackEvent(user, "menu.main.settings")))).toMatchObject({
      event: { payload: { type: "choice", choiceId: "menu.main.settings" } },
    });
    expect(mapLineEvent(one(stickerEvent(user)))).toMatchObject({
      event: { payload: { type: "unsupported", media: "sticker" } },
    });
    const location = {
      ...textEvent(user, ""),
      message: { id: "1", type: "location", latitude: 35.6, longitude: 139.7 },
    };
    expect(mapLineEvent(one(location))).toMatchObject({
      event: { payload: { type: "unsupported", media: "location" } },
    });
    const unknown = { ...textEvent(user, ""), message: { id: "1", type: "hologram" } };
    expect(mapLineEvent(one(unknown))).toMatchObject({
      event: { payload: { type: "unsupported", media: "other" } },
    });
  });

  it("keeps group and room events away from the core", () => {
    const inGroup = one(
      textEvent(user, "死にたい", { source: { type: "group", groupId: "Cabc", userId: user } }),
    );
    expect(mapLineEvent(inGroup)).toMatchObject({ kind: "group", chatKey: "group:Cabc" });
    const inRoom = one(
      textEvent(user, "hi", { source: { type: "room", roomId: "Rabc", userId: user } }),
    );
    expect(mapLineEvent(inRoom)).toMatchObject({ kind: "group", chatKey: "room:Rabc" });
  });

  it("ignores standby mode and event types that need no answer", () => {
    expect(mapLineEvent(one({ ...textEvent(user, "hi"), mode: "standby" }))).toMatchObject({
      kind: "ignore",
    });
    const unsend = { ...unfollowEvent(user), type: "unsend", unsend: { messageId: "1" } };
    expect(mapLineEvent(one(unsend))).toMatchObject({ kind: "ignore" });
  });

  it("turns a code message into a start with the referral", () => {
    expect(mapLineEvent(one(textEvent(user, "はじめまして（コード: qr-7）")))).toMatchObject({
      event: { payload: { type: "start", referral: "qr-7" } },
    });
  });
});

describe("referral code messages", () => {
  it("accepts the prefilled message, edited or typed in full width", () => {
    expect(parseReferralMessage(referralMessageText("qr-7"))).toBe("qr-7");
    expect(parseReferralMessage(referralMessageText("Shibuya_2", "en"))).toBe("Shibuya_2");
    expect(parseReferralMessage("はじめまして（コード：ｑｒ－７）")).toBe("qr-7");
    expect(parseReferralMessage("コード: qr-7")).toBe("qr-7");
    expect(parseReferralMessage("  こんにちは、紹介コード：ABC123。 ")).toBe("ABC123");
    expect(parseReferralMessage("#ref:abc")).toBe("abc");
  });

  it("never mistakes a real message for a code", () => {
    expect(parseReferralMessage("死にたい")).toBeUndefined();
    expect(parseReferralMessage("コードって何ですか")).toBeUndefined();
    expect(parseReferralMessage("はじめまして（コード: qr-7）死にたい")).toBeUndefined();
    expect(parseReferralMessage("code: two words")).toBeUndefined();
    expect(parseReferralMessage(`code: ${"a".repeat(65)}`)).toBeUndefined();
  });

  it("builds an oaMessage link whose text parses back to the code", () => {
    const link = referralLink("@komorebi", "qr-7");
    expect(link.startsWith("https://line.me/R/oaMessage/@komorebi/?")).toBe(true);
    const text = decodeURIComponent(link.slice(link.indexOf("?") + 1));
    expect(text).toBe("はじめまして（コード: qr-7）");
    expect(parseReferralMessage(text)).toBe("qr-7");
    expect(referralLink("abc1234d", "x", "en")).toBe(
      "https://line.me/R/oaMessage/@abc1234d/?Hello%20(code%3A%20x)",
    );
    expect(() => referralLink("@komorebi", "not a code")).toThrow(RangeError);
  });
});
