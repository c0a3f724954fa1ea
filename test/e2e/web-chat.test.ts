import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { type RunningApp, startApp } from "../../src/main.js";

interface WebReply {
  messages: { type: string; text: string; choices?: { id: string; label: string }[] }[];
  duplicate: boolean;
}

let app: RunningApp;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "komorebi-web-"));
  app = await startApp(
    readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: "memory://",
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
    }),
  );
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const session = "0f4b1c9e-5a55-4d8e-9e0f-1a2b3c4d5e6f";
async function post(event: object, extra: object = {}): Promise<Response> {
  return fetch(`${base}/api/web/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ session, locale: "en", event, ...extra }),
  });
}

describe("web chat over HTTP", () => {
  it("serves the chat page and the health check", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain('name="viewport"');
    expect(html).toContain("api/web/events");
    // The page's script lives in a template string, where one wrong escape breaks the whole chat.
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(script).toContain("fetch(");
    expect(() => new Script(script)).not.toThrow();
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", store: "memory" });
  });

  it("holds a conversation: welcome, menu buttons, a choice", async () => {
    const start = (await (await post({ type: "start", referral: "qr-1" })).json()) as WebReply;
    expect(start.messages[0]?.text).toContain("chatbot");
    const menu = start.messages.find((m) => m.type === "choices");
    const settings = menu?.choices?.find((c) => c.label === "Settings");
    expect(settings).toBeDefined();
    const next = (await (
      await post({ type: "choice", choiceId: settings!.id })
    ).json()) as WebReply;
    expect(next.messages.map((m) => m.text).join(" ")).toContain("Which setting");
  });

  it("answers a retried event (same id) only once", async () => {
    const first = (await (
      await post({ type: "text", text: "menu" }, { id: "retry-0001" })
    ).json()) as WebReply;
    const again = (await (
      await post({ type: "text", text: "menu" }, { id: "retry-0001" })
    ).json()) as WebReply;
    expect(first.messages.length).toBeGreaterThan(0);
    expect(again).toEqual({ messages: [], duplicate: true });
  });

  it("rejects malformed requests with 400 and a reason", async () => {
    const json = { "content-type": "application/json" };
    const notJson = await fetch(`${base}/api/web/events`, {
      method: "POST",
      headers: json,
      body: "{nope",
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: "body is not JSON" });
    const badSession = await fetch(`${base}/api/web/events`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ session: "x", event: { type: "text", text: "hi" } }),
    });
    expect(badSession.status).toBe(400);
    const unknownEvent = await post({ type: "telepathy" });
    expect(unknownEvent.status).toBe(400);
  });

  it("refuses a body over 1 MB, and unknown paths and methods", async () => {
    const huge = await fetch(`${base}/api/web/events`, {
      method: "POST",
      body: "x".repeat(1_100_000),
    });
    expect(huge.status).toBe(413);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/api/web/events`)).status).toBe(405);
  });

  it("still answers after bad input: the conversation is intact", async () => {
    const reply = (await (await post({ type: "text", text: "menu" })).json()) as WebReply;
    expect(reply.messages.at(-1)?.type).toBe("choices");
  });
});

describe("a crisis in the web chat", () => {
  const person = "6a1c9e0f-2b3d-4e5f-8a9b-0c1d2e3f4a5b";
  const say = async (event: object) =>
    (await (
      await fetch(`${base}/api/web/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ session: person, locale: "ja", event }),
      })
    ).json()) as WebReply;

  it("mid-flow, gets the regional crisis response in Japanese, then the conversation goes on", async () => {
    const start = await say({ type: "start" });
    const menu = start.messages.find((m) => m.type === "choices");
    const settings = menu?.choices?.find((c) => c.label === "設定");
    await say({ type: "choice", choiceId: settings!.id });
    const crisis = await say({ type: "text", text: "もう消えたい" });
    const text = crisis.messages.map((m) => m.text).join("\n");
    // The short crisis turn: the lines that fit, the region named, the direct question.
    expect(text).toContain("相談先（日本）");
    expect(text).toContain("0120-279-338");
    expect(text).toContain("死にたい、死のうと考えていますか");
    const question = crisis.messages.at(-1);
    expect(question?.type).toBe("choices");
    const notMeant = question?.choices?.find((c) => c.label === "そういう意味じゃない");
    const back = await say({ type: "choice", choiceId: notMeant!.id });
    expect(back.messages.map((m) => m.text).join("\n")).toContain("どの設定");
  });

  const first = async (session: string, text: string) =>
    (await (
      await fetch(`${base}/api/web/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ session, locale: "ja", event: { type: "text", text } }),
      })
    ).json()) as WebReply;

  it("an overdose in the very first message gets 119 first, before any welcome", async () => {
    const reply = await first("7b2d0f1a-3c4e-4f60-9b0c-1d2e3f4a5b6c", "さっき薬を全部飲んだ");
    expect(reply.messages[0]?.text).toContain("119");
    expect(reply.messages.length).toBeLessThanOrEqual(3);
    expect(reply.messages.map((m) => m.text).join("\n")).not.toContain("chatbot");
  });

  it("a neighbour's report of threats next door gets the police and the abuse lines", async () => {
    const reply = await first(
      "3d9e2f1a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
      "隣の部屋から『殺してやる』って怒鳴り声と物が壊れる音がする",
    );
    const text = reply.messages.map((m) => m.text).join("\n");
    expect(text).toContain("警察に電話");
    expect(text).toContain("110");
    expect(text).toContain("止めに入ったりはしないで");
    expect(text).not.toContain("手の届かないところ");
    expect(text).not.toContain("あなたは安全な場所にいますか");
    const question = reply.messages.at(-1);
    expect(question?.choices?.map((c) => c.label)).toContain("いま危ない");
  });

  it("someone hit at home, written by themselves, is asked whether they are safe", async () => {
    const reply = await first("4e0f3a2b-7c8d-4e9f-8a1b-2c3d4e5f6071", "夫に殴られています");
    const text = reply.messages.map((m) => m.text).join("\n");
    expect(text).toContain("0120-279-889");
    expect(text).toContain("あなたは安全な場所にいますか");
  });

  it("a parent's first message about a son gets the supporter's answer", async () => {
    const reply = await first(
      "8c3e1a2b-4d5f-4a71-8c1d-2e3f4a5b6c7d",
      "息子が「死にたい」と言っています。どうしたらいいでしょうか",
    );
    const text = reply.messages.map((m) => m.text).join("\n");
    expect(text).toContain("はっきり聞いて大丈夫");
    expect(text).not.toContain("死のうと考えていますか");
  });
});
