/**
 * LINE webhook payloads shaped like the documented webhook event objects (message, postback,
 * follow, unfollow, join), and the signature LINE puts on them.
 */
import { createHmac, randomBytes } from "node:crypto";

/** The channel secret the tests sign with. */
export const CHANNEL_SECRET = "3c1d2f0e9a8b7c6d5e4f3a2b1c0d9e8f";
/** The channel access token the fake API expects. */
export const CHANNEL_ACCESS_TOKEN = "test-channel-access-token/abc+def=";
/** The bot's own user id, as `destination`. */
export const DESTINATION = "Uf0a1b2c3d4e5f60718293a4b5c6d7e8f";

/** The `x-line-signature` LINE computes: base64 HMAC-SHA256 of the raw body. */
export function signBody(body: string | Buffer, secret = CHANNEL_SECRET): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

/** A LINE user id (`U` and 32 hex digits). */
export function userId(): string {
  return `U${randomBytes(16).toString("hex")}`;
}

/** A reply token (32 hex digits). */
export function replyToken(): string {
  return randomBytes(16).toString("hex");
}

const ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** A webhook event id (a ULID, 26 characters). */
export function webhookEventId(): string {
  const bytes = randomBytes(26);
  return Array.from(bytes, (byte) => ULID_ALPHABET[byte % 32]).join("");
}

/** Options shared by every event. */
export interface EventOptions {
  webhookEventId?: string;
  replyToken?: string;
  isRedelivery?: boolean;
  timestamp?: number;
  source?:
    | { type: "user"; userId: string }
    | { type: "group"; groupId: string; userId?: string }
    | { type: "room"; roomId: string; userId?: string };
}

function base(user: string, options: EventOptions, withReplyToken = true) {
  return {
    ...(withReplyToken ? { replyToken: options.replyToken ?? replyToken() } : {}),
    webhookEventId: options.webhookEventId ?? webhookEventId(),
    deliveryContext: { isRedelivery: options.isRedelivery ?? false },
    timestamp: options.timestamp ?? Date.now(),
    source: options.source ?? { type: "user", userId: user },
    mode: "active",
  };
}

/** A text message event. */
export function textEvent(user: string, text: string, options: EventOptions = {}) {
  return {
    type: "message",
    message: {
      id: String(Date.now()),
      type: "text",
      quoteToken: randomBytes(12).toString("base64url"),
      text,
    },
    ...base(user, options),
  };
}

/** A sticker message event. */
export function stickerEvent(user: string, options: EventOptions = {}) {
  return {
    type: "message",
    message: {
      type: "sticker",
      id: String(Date.now()),
      quoteToken: randomBytes(12).toString("base64url"),
      stickerId: "52002734",
      packageId: "11537",
      stickerResourceType: "ANIMATION",
      keywords: ["cony", "Happy"],
    },
    ...base(user, options),
  };
}

/** A postback event, as a quick-reply postback action sends it. */
export function postbackEvent(user: string, data: string, options: EventOptions = {}) {
  return { type: "postback", postback: { data }, ...base(user, options) };
}

/** A follow event (the person added the account, or unblocked it). */
export function followEvent(user: string, options: EventOptions = {}) {
  return { type: "follow", follow: { isUnblocked: false }, ...base(user, options) };
}

/** An unfollow event (blocked); it has no reply token. */
export function unfollowEvent(user: string, options: EventOptions = {}) {
  return { type: "unfollow", ...base(user, options, false) };
}

/** A join event: the bot was added to a group. */
export function joinEvent(groupId: string, options: EventOptions = {}) {
  return { type: "join", ...base("", { ...options, source: { type: "group", groupId } }) };
}

/** The webhook body LINE posts. */
export function webhookBody(events: object[]): string {
  return JSON.stringify({ destination: DESTINATION, events });
}

/** Posts a signed webhook (or, with `signature`, a deliberately wrong one). */
export async function postWebhook(
  baseUrl: string,
  body: string,
  signature: string | null = signBody(body),
): Promise<Response> {
  return fetch(`${baseUrl}/webhooks/line`, {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "LineBotWebhook/2.0",
      ...(signature === null ? {} : { "x-line-signature": signature }),
    },
    body,
  });
}

/** Posts events to a running komorebi's LINE webhook, signed; resolves to the HTTP status. */
export async function postToLine(baseUrl: string, events: object[]): Promise<number> {
  const body = webhookBody(events);
  const response = await fetch(`${baseUrl}/webhooks/line`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-line-signature": signBody(body) },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}
