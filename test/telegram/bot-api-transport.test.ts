/**
 * The calls an answer makes go to the Bot API through the adapter's own transport (undici), not
 * grammY's client: the payloads must reach Telegram exactly as grammY would post them, and its
 * failures must read the same to the retries and to the dispatcher.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelAdapter } from "../../src/adapters/shared/adapter.js";
import { createTelegramAdapter } from "../../src/adapters/telegram/index.js";
import type { Logger } from "../../src/core/ports.js";
import type { OutboundMessage } from "../../src/core/types.js";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.js";

const errors: string[] = [];
const logger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error: (message) => void errors.push(message),
};
const core = {
  systemText: () => "",
  content: { system: { defaultLocale: "ja" } },
} as unknown as Parameters<typeof createTelegramAdapter>[0]["core"];

let fake: FakeBotApi;
beforeAll(async () => {
  fake = await startFakeBotApi();
});
afterAll(async () => {
  await fake.close();
});

function adapter(apiRoot: string, token = fake.token): ChannelAdapter {
  return createTelegramAdapter({ core, logger, token, apiRoot, maxPerSecond: 0 });
}

function send(channel: ChannelAdapter, chatId: number, messages: OutboundMessage[]) {
  return channel.send(
    { channel: "telegram", userId: String(chatId), address: { chatId } },
    messages,
    {
      key: "k",
      conversation: "p",
      recovered: false,
      signal: new AbortController().signal,
      conversationDeleted: false,
    },
  );
}

/** A server that is not the Bot API: answers every request with `status` and an HTML page. */
async function startHtmlServer(
  status: number,
): Promise<{ server: Server; url: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    request.resume();
    request.on("end", () => {
      paths.push(request.url ?? "");
      response.writeHead(status, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, paths };
}

describe("the Bot API transport", () => {
  it("posts each message as the JSON grammY would, text, choice buttons and link buttons", async () => {
    const outcome = await send(adapter(fake.url), 501, [
      { type: "text", text: "こんにちは" },
      { type: "choices", text: "どうしますか？", choices: [{ id: "c1", label: "話す" }] },
      { type: "links", text: "相談先", links: [{ label: "窓口", url: "https://example.org/" }] },
    ]);
    expect(outcome).toEqual({ status: "sent" });
    expect(fake.sentTo(501).map((call) => call.payload)).toEqual([
      { chat_id: 501, text: "こんにちは", link_preview_options: { is_disabled: true } },
      {
        chat_id: 501,
        text: "どうしますか？",
        link_preview_options: { is_disabled: true },
        reply_markup: { inline_keyboard: [[{ text: "話す", callback_data: "c1" }]] },
      },
      {
        chat_id: 501,
        text: "相談先",
        link_preview_options: { is_disabled: true },
        reply_markup: { inline_keyboard: [[{ text: "窓口", url: "https://example.org/" }]] },
      },
    ]);
  });

  it("reads the Bot API's errors as before: 429 waited out, 403 a block", async () => {
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests",
      parameters: { retry_after: 1 },
    });
    expect(await send(adapter(fake.url), 502, [{ type: "text", text: "a" }])).toEqual({
      status: "sent",
    });
    expect(fake.sentTo(502)).toHaveLength(2);
    fake.block(503);
    expect(await send(adapter(fake.url), 503, [{ type: "text", text: "a" }])).toEqual({
      status: "gone",
    });
  });

  it("hands a send that never reached Telegram back to be tried again", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const outcome = await send(adapter(`http://127.0.0.1:${port}`), 504, [
      { type: "text", text: "a" },
    ]);
    expect(outcome).toMatchObject({ status: "retry" });
    expect(outcome).not.toHaveProperty("sent");
  });

  it("gives up, without repeating, a send answered with something other than the Bot API's JSON", async () => {
    const html = await startHtmlServer(502);
    errors.length = 0;
    try {
      const outcome = await send(adapter(html.url), 505, [
        { type: "text", text: "a" },
        { type: "text", text: "b" },
      ]);
      // Telegram may have shown each message: neither is sent again, and the second still goes.
      expect(outcome).toEqual({ status: "sent" });
      expect(html.paths).toHaveLength(2);
      expect(errors).toEqual([
        "telegram send failed; not repeated",
        "telegram send failed; not repeated",
      ]);
    } finally {
      await new Promise<void>((resolve) => html.server.close(() => resolve()));
    }
  });

  it("keeps a path in the API root (a self-hosted server behind a prefix)", async () => {
    const html = await startHtmlServer(502);
    try {
      await send(adapter(`${html.url}/telegram/`, "1:abc"), 506, [{ type: "text", text: "a" }]);
      expect(html.paths).toEqual(["/telegram/bot1:abc/sendMessage"]);
    } finally {
      await new Promise<void>((resolve) => html.server.close(() => resolve()));
    }
  });
});
