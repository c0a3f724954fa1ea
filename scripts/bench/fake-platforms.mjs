// The platform APIs the servers under test call back, on loopback, in the load generator's
// process: the time an answer arrives is read on the same clock as the time its event was sent.
// LINE: reply, push, loading animation, profile. Telegram: every Bot API method answers ok;
// sendMessage is what counts as an answer. Each answer is handed to `onAnswer` with what ties
// it to its event (LINE: the reply token or the push target; Telegram: the chat id).
import { createServer } from "node:http";

let messageId = 1;

/**
 * Starts the fakes on 127.0.0.1 and a free port.
 * @param {(answer: {channel: "line" | "telegram", key: string, at: number}) => void} onAnswer
 */
export async function startFakePlatforms(onAnswer) {
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const at = performance.now();
      const url = request.url ?? "";
      let body = {};
      try {
        body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      } catch {
        // Telegram's client may post form data for files; nothing here sends files.
      }
      if (url.startsWith("/v2/bot/")) return answerLine(url, body, at, response, onAnswer);
      if (url.startsWith("/bot")) return answerTelegram(url, body, at, response, onAnswer);
      response.writeHead(404).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(response, status, value) {
  const text = JSON.stringify(value);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

function answerLine(url, body, at, response, onAnswer) {
  if (url === "/v2/bot/message/reply") {
    onAnswer({ channel: "line", key: String(body.replyToken), at });
    return json(response, 200, { sentMessages: [{ id: String(messageId++) }] });
  }
  if (url === "/v2/bot/message/push") {
    onAnswer({ channel: "line", key: `push:${body.to}`, at });
    return json(response, 200, { sentMessages: [{ id: String(messageId++) }] });
  }
  if (url.startsWith("/v2/bot/profile/")) {
    return json(response, 200, { userId: url.slice(16), displayName: "bench", language: "ja" });
  }
  if (url === "/v2/bot/chat/loading/start") return json(response, 202, {});
  return json(response, 200, {});
}

function answerTelegram(url, body, at, response, onAnswer) {
  const method = url.slice(url.lastIndexOf("/") + 1);
  if (method === "getMe") {
    return json(response, 200, {
      ok: true,
      result: { id: 1, is_bot: true, first_name: "bench", username: "bench_bot" },
    });
  }
  if (method === "sendMessage") {
    onAnswer({ channel: "telegram", key: String(body.chat_id), at });
    return json(response, 200, {
      ok: true,
      result: {
        message_id: messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(body.chat_id), type: "private" },
        text: String(body.text ?? ""),
      },
    });
  }
  return json(response, 200, { ok: true, result: true });
}
