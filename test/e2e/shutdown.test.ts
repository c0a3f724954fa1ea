/**
 * SIGTERM, as `docker stop` sends it: komorebi (its own process, on SQLite, with LINE and
 * Telegram webhooks) refuses new events at once with 503 (the platform delivers them again),
 * reports not ready, lets the answer it is sending finish on its connection, closes the channels'
 * connections and the store, and exits 0 within docker's 10 s. After a restart the event that
 * was refused is answered, and the one in hand is not sent twice.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  postWebhook,
  textEvent,
  userId,
  webhookBody,
} from "../line/fixtures.js";
import { type ChildApp, freePort, startChildApp } from "../support/child-app.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import { person as telegramPerson, textUpdate } from "../telegram/updates.js";

/** A LINE Messaging API stand-in whose replies take `REPLY_MS` to be accepted. */
const REPLY_MS = 1500;
let slowLine: Server;
let lineUrl: string;
const replies: { token: string; started: number; finished?: number; cut?: boolean }[] = [];
let telegram: FakeBotApi;
const TELEGRAM_SECRET = "shutdown-test-secret_0123456789";
let dir: string;
const children: ChildApp[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "komorebi-shutdown-"));
  slowLine = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const answer = (status: number, body: object) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (request.url === "/v2/bot/message/reply") {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { replyToken: string };
        const reply: (typeof replies)[number] = { token: body.replyToken, started: Date.now() };
        replies.push(reply);
        setTimeout(() => {
          reply.finished = Date.now();
          // The bot closed the connection before LINE could answer: the answer was cut short.
          if (response.destroyed) reply.cut = true;
          answer(200, { sentMessages: [{ id: "1" }] });
        }, REPLY_MS);
        return;
      }
      if (request.url?.startsWith("/v2/bot/profile/")) return answer(200, { language: "ja" });
      answer(200, {});
    });
  });
  await new Promise<void>((resolve) => slowLine.listen(0, "127.0.0.1", resolve));
  const address = slowLine.address();
  lineUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  telegram = await startFakeBotApi();
});

afterAll(async () => {
  await Promise.all(children.map((child) => child.kill()));
  slowLine.closeAllConnections();
  await new Promise((resolve) => slowLine.close(resolve));
  await telegram.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(port: number): Promise<ChildApp> {
  const child = await startChildApp(
    {
      STORE_URL: `sqlite://${join(dir, "k.sqlite")}`,
      DATA_DIR: dir,
      PSEUDONYM_SECRET: "shutdown-test-secret-0123456789abcdef",
      LOG_LEVEL: "info",
      WEB_CHAT: "off",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: lineUrl,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.url,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    },
    port,
  );
  children.push(child);
  // Healthy is listening; ready is every channel started (Telegram's set-up takes a moment).
  await expect
    .poll(async () => (await fetch(`${child.url}/readyz`)).status, { timeout: 10_000 })
    .toBe(200);
  return child;
}

function postUpdate(url: string, update: object): Promise<Response> {
  return fetch(`${url}/webhooks/telegram`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-telegram-bot-api-secret-token": TELEGRAM_SECRET,
    },
    body: JSON.stringify(update),
  });
}

async function until(probe: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("shutdown on SIGTERM", () => {
  it("refuses at once, finishes the answer in hand, closes the store and exits 0", async () => {
    const port = await freePort();
    const app = await start(port);
    const person = userId();
    const inHand = textEvent(person, "こんにちは");
    // A Telegram answer went out before: the channel holds connections to the Bot API too.
    const chat = telegramPerson(8_200_001, "ja");
    expect((await postUpdate(app.url, textUpdate(chat, "/start"))).status).toBe(200);
    await telegram.waitFor(() => telegram.sentTo(chat.id).length > 0, "the Telegram answer");
    expect((await postWebhook(app.url, webhookBody([inHand]))).status).toBe(200);
    await until(() => replies.some((reply) => reply.token === inHand.replyToken), "the reply");

    const exited = new Promise<number | null>((resolve) =>
      app.process.once("exit", (code) => resolve(code)),
    );
    const signalled = Date.now();
    app.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 150));
    const refused = textEvent(person, "まだいますか");
    const late = await postWebhook(app.url, webhookBody([refused]));
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toBeTruthy();
    expect((await postUpdate(app.url, textUpdate(chat, "まだいますか"))).status).toBe(503);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    const answered = replies.find((reply) => reply.token === inHand.replyToken);
    expect(answered?.finished).toBeDefined();
    expect(answered?.cut).toBeUndefined();
    expect(app.output()).toContain('"msg":"stopped"');
    expect(app.output()).not.toContain("failed to close");

    // The platform delivers the refused event again, to the restarted process.
    const again = await start(port);
    expect((await postWebhook(again.url, webhookBody([refused]))).status).toBe(200);
    await until(() => replies.some((reply) => reply.token === refused.replyToken), "the answer");
    expect(replies.filter((reply) => reply.token === inHand.replyToken)).toHaveLength(1);
    await again.stop();
    expect(again.process.exitCode).toBe(0);
  });
});
