/**
 * What an operator watches, through the real server with LINE on the fake Messaging API:
 * /healthz, /readyz, /metrics with events, answers, latencies and risk levels counted; the risk
 * level and rule ids of a message never in a log line beside its pseudonym; forged webhooks
 * counted every time but logged once; a client that aborts an upload is not an error.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "../../src/core/ports.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  postToLine,
  postWebhook,
  textEvent,
  userId,
  webhookBody,
} from "../line/fixtures.js";
import { startTestApp, type TestApp } from "../support/app.js";

interface Line {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}
const lines: Line[] = [];
const logger: Logger = {
  debug: (msg, fields = {}) => lines.push({ level: "debug", msg, fields }),
  info: (msg, fields = {}) => lines.push({ level: "info", msg, fields }),
  warn: (msg, fields = {}) => lines.push({ level: "warn", msg, fields }),
  error: (msg, fields = {}) => lines.push({ level: "error", msg, fields }),
};

let fake: FakeMessagingApi;
let running: TestApp;
const METRICS_TOKEN = "metrics-token-0123456789";

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  running = await startTestApp(
    {
      WEB_CHAT: "off",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
      METRICS_TOKEN,
    },
    logger,
  );
});

afterAll(async () => {
  await running.close();
  await fake.close();
});

async function metrics(): Promise<string> {
  const response = await fetch(`${running.base}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

function value(text: string, name: string): number {
  const line = text.split("\n").find((row) => row.startsWith(name));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe("probes", () => {
  it("answers /healthz and /readyz once started", async () => {
    const health = await fetch(`${running.base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${running.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", store: "memory" });
  });

  it("keeps /metrics behind its token", async () => {
    expect((await fetch(`${running.base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${running.base}/metrics`, {
      headers: { authorization: "Bearer not-the-token-at-all" },
    });
    expect(wrong.status).toBe(401);
  });
});

describe("metrics and logs", () => {
  it("counts events, answers, latencies and risk levels, and logs no risk beside a pseudonym", async () => {
    const before = await metrics();
    const person = userId();
    expect(await postToLine(running.base, [textEvent(person, "こんにちは")])).toBe(200);
    expect(await postToLine(running.base, [textEvent(person, "もう死にたい")])).toBe(200);
    await running.app.dispatcher.idle();
    const after = await metrics();
    const grew = (name: string) => value(after, name) - value(before, name);
    expect(grew('komorebi_events_received_total{channel="line"}')).toBe(2);
    expect(grew('komorebi_replies_sent_total{channel="line"}')).toBe(2);
    expect(grew('komorebi_event_handling_seconds_count{channel="line"}')).toBe(2);
    expect(grew('komorebi_delivery_seconds_count{channel="line"}')).toBe(2);
    expect(grew('komorebi_risk_assessments_total{level="crisis"}')).toBe(1);
    expect(grew('komorebi_staff_events_total{type="crisis",channel="line"}')).toBe(1);
    expect(after).toContain("komorebi_handoffs_total");
    expect(after).toContain("komorebi_inbox_events");
    expect(after).toContain("komorebi_process_resident_memory_bytes");

    const conversation = running.app.core.pseudonym("line", person);
    const aboutThem = lines.filter((line) => JSON.stringify(line).includes(conversation));
    expect(aboutThem.length).toBeGreaterThan(0);
    for (const line of aboutThem) {
      expect(line.fields).not.toHaveProperty("risk");
      expect(line.fields).not.toHaveProperty("rules");
      expect(`${line.msg} ${JSON.stringify(line.fields)}`).not.toMatch(/crisis|concern|safety/);
    }
  });

  it("counts every forged webhook, logs one line for a burst of them", async () => {
    const before = await metrics();
    const warningsBefore = lines.filter((line) => line.msg === "line webhook rejected").length;
    const body = webhookBody([textEvent(userId(), "hello")]);
    const forged = [
      "x".repeat(43).concat("="),
      "",
      "abc",
      `${"A".repeat(43)}=, ${"B".repeat(43)}=`,
    ];
    for (const signature of forged) {
      expect((await postWebhook(running.base, body, signature)).status).toBe(401);
    }
    expect((await postWebhook(running.base, body, null)).status).toBe(401);
    const after = await metrics();
    const counted =
      value(
        after,
        'komorebi_webhooks_rejected_total{channel="line",reason="bad or missing signature"}',
      ) -
      value(
        before,
        'komorebi_webhooks_rejected_total{channel="line",reason="bad or missing signature"}',
      );
    expect(counted).toBe(5);
    const warnings = lines.filter((line) => line.msg === "line webhook rejected").length;
    expect(warnings - warningsBefore).toBeLessThanOrEqual(1);
  });

  it("treats a client that aborts its upload as no error", async () => {
    const errorsBefore = lines.filter((line) => line.level === "error").length;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(running.app.port, "127.0.0.1", () => {
        socket.write(
          "POST /webhooks/line HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
            'Content-Length: 5000\r\n\r\n{"destination":',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
      socket.on("error", reject);
    });
    // The server is still there, and said nothing at error level about the dropped client.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${running.base}/healthz`)).status).toBe(200);
    expect(lines.filter((line) => line.level === "error").length).toBe(errorsBefore);
  });
});
