/**
 * The web chat against abuse, through the real server: only JSON posts (a cross-site text/plain
 * post is refused), a session or an address posting faster than a person types gets a gentle
 * 429 in its language, an address opening sessions by the dozen is slowed, and a session that
 * was only opened is kept for an hour, not for the retention period.
 */
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_WEB_SESSION_MS, storeKeys } from "../../src/store/conversation-store.js";
import { startTestApp, type TestApp } from "../support/app.js";

let running: TestApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestApp> {
  running = await startTestApp(env);
  return running;
}

let counter = 0;
function newSession(): string {
  counter += 1;
  return `limits-${Date.now().toString(36)}-${counter.toString().padStart(6, "0")}`;
}

function post(
  base: string,
  session: string,
  event: object,
  options: { locale?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${base}/api/web/events`, {
    method: "POST",
    headers: { "content-type": "application/json", ...options.headers },
    body: JSON.stringify({ session, locale: options.locale ?? "en", event }),
  });
}

describe("web chat limits", () => {
  it("refuses a post that is not JSON, such as a cross-site text/plain form, and keeps nothing", async () => {
    const { app, base } = await start();
    const session = newSession();
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", ""]) {
      const response = await fetch(`${base}/api/web/events`, {
        method: "POST",
        headers: contentType ? { "content-type": contentType } : {},
        body: JSON.stringify({ session, event: { type: "start" } }),
      });
      expect(response.status).toBe(415);
    }
    expect(await app.store.conversations.get(app.core.pseudonym("web", session))).toBeUndefined();
    const json = await post(
      base,
      session,
      { type: "start" },
      {
        headers: { "content-type": "application/json; charset=utf-8" },
      },
    );
    expect(json.status).toBe(200);
  });

  it("answers a session posting faster than a person types with a gentle 429 in its language", async () => {
    const { app, base } = await start();
    const session = newSession();
    expect((await post(base, session, { type: "start" })).status).toBe(200);
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 20 && !limited; i += 1) {
      const response = await post(base, session, { type: "text", text: `hello ${i}` });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
      else await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(10);
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const body = (await limited?.json()) as { notice: string };
    expect(body.notice).toBe(app.core.systemText("web-rate-limited", "en"));
    expect(body.notice).toMatch(/not lost/);
    const ja = await post(base, session, { type: "text", text: "まだ？" }, { locale: "ja" });
    expect(ja.status).toBe(429);
    expect(((await ja.json()) as { notice: string }).notice).toBe(
      app.core.systemText("web-rate-limited", "ja"),
    );
    // Another person is not held up by this one.
    expect((await post(base, newSession(), { type: "start" })).status).toBe(200);
  });

  it("slows an address that opens sessions by the dozen, per client address behind a proxy", async () => {
    const { base } = await start({ TRUST_PROXY: "1" });
    const from = (address: string) => ({
      headers: { "x-forwarded-for": `203.0.113.9, ${address}` },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const response = await post(base, newSession(), { type: "start" }, from("198.51.100.7"));
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(20)).toContain(429);
    // Someone else behind the same proxy opens a session as usual.
    const other = await post(base, newSession(), { type: "start" }, from("198.51.100.8"));
    expect(other.status).toBe(200);
  });

  it("tells a first visit held back that the chat will start, not that its words are kept", async () => {
    const { app, base } = await start({ TRUST_PROXY: "1" });
    const from = { headers: { "x-forwarded-for": "198.51.100.21" } };
    let limited: Response | undefined;
    for (let i = 0; i < 25 && !limited; i += 1) {
      const response = await post(base, newSession(), { type: "start" }, from);
      if (response.status === 429) limited = response;
      else await response.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    const { notice } = (await limited?.json()) as { notice: string };
    // Nothing was written yet: no word about keeping what was written.
    expect(notice).toBe(app.core.systemText("web-rate-limited-first", "en"));
    expect(notice).not.toMatch(/lost|wrote|messages/i);
    const ja = await post(base, newSession(), { type: "start" }, { ...from, locale: "ja" });
    expect(ja.status).toBe(429);
    const jaNotice = ((await ja.json()) as { notice: string }).notice;
    expect(jaNotice).toBe(app.core.systemText("web-rate-limited-first", "ja"));
    expect(jaNotice).not.toContain("書いたこと");
  });

  it("keeps a session that was only opened for an hour, and one that was used for the retention period", async () => {
    const { app, base } = await start();
    const opened = newSession();
    const used = newSession();
    for (const session of [opened, used]) {
      expect((await post(base, session, { type: "start" })).status).toBe(200);
    }
    expect((await post(base, used, { type: "text", text: "hello" })).status).toBe(200);
    const expiry = async (session: string) => {
      const key = storeKeys.conversation(app.core.pseudonym("web", session));
      const raw = (await app.store.kv.get(key, { raw: true })) as { expires?: number } | undefined;
      return (raw?.expires ?? Number.POSITIVE_INFINITY) - Date.now();
    };
    expect(await expiry(opened)).toBeLessThanOrEqual(EMPTY_WEB_SESSION_MS);
    expect(await expiry(used)).toBeGreaterThan(30 * 24 * 60 * 60 * 1000);
  });
});
