/**
 * The signed JSON webhook staff channel: a local HTTP server plays the organisation's own tool,
 * next to the Telegram forum. It receives the same case events (opened, claimed, a message each
 * way, closed), each signed with HMAC-SHA256 over timestamp and body; a refused delivery is
 * tried again from the store, and nothing it receives holds a platform id.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { chatWith, startTelegramApp, type TelegramTestApp } from "../telegram/support.js";
import { person, textUpdate } from "../telegram/updates.js";
import { cardPress, topicMessage, worker } from "./staff-updates.js";
import { STAFF_CHAT, staffGroup } from "./support.js";

const SECRET = "webhook-secret-0123456789abcdef0123456789";
const AKI = worker(7101, "Aki");

interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  // biome-ignore lint/suspicious/noExplicitAny: assertions read arbitrary event fields.
  body: any;
}

let fake: FakeBotApi;
let running: TelegramTestApp;
let receiver: Server;
const received: Received[] = [];
let refuseNext = 1;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (refuseNext > 0) {
        // The organisation's tool is down for a moment: the event must come again.
        refuseNext -= 1;
        res.writeHead(503).end();
        return;
      }
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  fake = await startFakeBotApi();
  fake.forum(STAFF_CHAT, [AKI.id]);
  running = await startTelegramApp(fake, {
    ORG_NAME: "Test Org",
    STAFF_TELEGRAM_CHAT_ID: String(STAFF_CHAT),
    STAFF_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/komorebi`,
    STAFF_WEBHOOK_SECRET: SECRET,
    STAFF_HOURS: "always",
  });
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

/** True when the signature header is HMAC-SHA256 of `t.body` under the secret. */
function validSignature(entry: Received): boolean {
  const header = String(entry.headers["x-komorebi-signature"] ?? "");
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac("sha256", SECRET).update(`${match[1]}.${entry.raw}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2] as string, "hex"));
}

const waitFor = <T>(probe: () => T | undefined, what: string) => fake.waitFor(probe, what, 10_000);

describe("the signed staff webhook", () => {
  it("receives the same case events as the forum, signed, and retried when refused", async () => {
    const user = person(4201, "en");
    const chat = chatWith(user, fake, running.app);
    await chat.text("/start");
    await chat.text("I want to kill myself");
    const opened = await waitFor(
      () => received.find((entry) => entry.body.type === "case.opened"),
      "case.opened",
    );
    // The first attempt was refused (503) and the event came again from the store.
    expect(refuseNext).toBe(0);
    expect(validSignature(opened)).toBe(true);
    expect(opened.headers["x-komorebi-event"]).toBe("case.opened");
    expect(opened.headers["x-komorebi-delivery"]).toBe(opened.body.id);
    expect(opened.body.case).toMatchObject({
      number: 1,
      status: "open",
      crisis: true,
      channel: "telegram",
      locale: "en",
      region: "JP",
    });
    expect(opened.body.case.categories.length).toBeGreaterThan(0);
    expect(opened.raw).not.toContain("kill myself");
    expect(opened.raw).not.toContain("4201");

    // A request to talk, claimed in the forum, a message each way, closed with a note.
    await chat.text("talk to a person");
    await chat.press("Yes, nothing more");
    const topic = await staffGroup(fake).topic(0);
    await waitFor(
      () => received.find((entry) => entry.body.change?.type === "requested"),
      "the request",
    );
    const cardId = staffGroup(fake).card(topic).result.message_id as number;
    fake.push(cardPress(STAFF_CHAT, topic, AKI, "staff:claim:1", cardId));
    const claimed = await waitFor(
      () => received.find((entry) => entry.body.change?.type === "claimed"),
      "claimed",
    );
    expect(claimed.body.change.worker).toMatch(/^W-[0-9A-F]{6}$/);
    await waitFor(
      () => received.find((entry) => entry.body.change?.type === "connected"),
      "connected",
    );
    fake.push(textUpdate(user, "hi, it has been a long week"));
    const fromPerson = await waitFor(
      () => received.find((entry) => entry.body.type === "case.message"),
      "a message from the person",
    );
    expect(fromPerson.body.change).toEqual({
      type: "message",
      from: "person",
      text: "hi, it has been a long week",
    });
    fake.push(topicMessage(STAFF_CHAT, topic, AKI, "Thank you for writing. I'm here."));
    const fromStaff = await waitFor(
      () => received.find((entry) => entry.body.change?.from === "staff"),
      "a message from the staff",
    );
    expect(fromStaff.body.change.text).toBe("Thank you for writing. I'm here.");
    fake.push(topicMessage(STAFF_CHAT, topic, AKI, "/close talked it through"));
    const closed = await waitFor(
      () => received.find((entry) => entry.body.type === "case.closed"),
      "case.closed",
    );
    expect(closed.body.change.note).toBe("talked it through");
    expect(closed.body.case.status).toBe("closed");

    for (const entry of received) {
      expect(validSignature(entry)).toBe(true);
      expect(entry.raw).not.toContain("4201");
      expect(entry.raw).not.toContain("Aki");
      expect(entry.raw).not.toContain(String(AKI.id));
    }
    // Each event once, in the order it happened.
    const ids = received.map((entry) => entry.body.id);
    expect(new Set(ids).size).toBe(ids.length);
    const order = received.map((entry) => entry.body.change.type);
    expect(order.indexOf("opened")).toBeLessThan(order.indexOf("requested"));
    expect(order.indexOf("claimed")).toBeLessThan(order.indexOf("message"));
    expect(order.at(-1)).toBe("closed");
  });

  it("the signature check above is not vacuous: one changed byte fails it", () => {
    const entry = received[0];
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(validSignature({ ...entry, raw: entry.raw.replace('"open"', '"closed"') })).toBe(false);
  });
});
