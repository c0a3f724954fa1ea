// The LINE floor: the bare @line/bot-sdk echo server the LINE path is compared with. The SDK's
// own middleware checks the signature and parses the body; each text is echoed with
// replyMessage before the webhook is answered, as the SDK's examples do. It keeps nothing.
import { createServer } from "node:http";
import { messagingApi, middleware } from "@line/bot-sdk";

const env = process.env;
const client = new messagingApi.MessagingApiClient({
  channelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN,
  baseURL: env.LINE_API_BASE_URL,
});
const verify = middleware({ channelSecret: env.LINE_CHANNEL_SECRET });

const echo = (event) =>
  event.type === "message" && event.message.type === "text"
    ? client.replyMessage({
        replyToken: event.replyToken,
        messages: [{ type: "text", text: event.message.text }],
      })
    : Promise.resolve();

const server = createServer((req, res) => {
  if (req.method === "GET" && (req.url === "/healthz" || req.url === "/readyz")) {
    res.writeHead(200).end("ok");
    return;
  }
  if (req.method !== "POST" || req.url !== "/webhooks/line") {
    res.writeHead(404).end();
    return;
  }
  verify(req, res, (error) => {
    if (error) {
      res.writeHead(401).end();
      return;
    }
    Promise.all(req.body.events.map(echo)).then(
      () => res.writeHead(200, { "content-type": "application/json" }).end("{}"),
      () => res.writeHead(500).end(),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(env.PORT), "127.0.0.1");
process.once("SIGTERM", () => server.close(() => process.exit(0)));
