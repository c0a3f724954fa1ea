// The Telegram floor: a bare grammY bot behind `webhookCallback`, echoing each text and keeping a
// grammY session (a message counter) in the same store the komorebi run uses, through the same
// Keyv backend and, for SQLite, the same journal settings.
import { createServer } from "node:http";
import { Bot, session, webhookCallback } from "grammy";
import { openFloorKeyv } from "./floor-store.mjs";

const env = process.env;
const kv = await openFloorKeyv(env.STORE_URL, env.STORE_NAMESPACE, env.SQLITE_SYNCHRONOUS);
const bot = new Bot(env.TELEGRAM_BOT_TOKEN, { client: { apiRoot: env.TELEGRAM_API_ROOT } });
bot.use(
  session({
    initial: () => ({ messages: 0 }),
    storage: {
      read: (key) => kv.get(key),
      write: (key, value) => kv.set(key, value),
      delete: (key) => kv.delete(key),
    },
  }),
);
bot.on("message:text", async (ctx) => {
  ctx.session.messages += 1;
  await ctx.reply(ctx.message.text);
});
await bot.init();
const handle = webhookCallback(bot, "http", { secretToken: env.TELEGRAM_WEBHOOK_SECRET });

const server = createServer((req, res) => {
  if (req.method === "GET" && (req.url === "/healthz" || req.url === "/readyz")) {
    res.writeHead(200).end("ok");
    return;
  }
  if (req.method !== "POST" || req.url !== "/webhooks/telegram") {
    res.writeHead(404).end();
    return;
  }
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(env.PORT), "127.0.0.1");
process.once("SIGTERM", () =>
  server.close(async () => {
    await kv.disconnect();
    process.exit(0);
  }),
);
