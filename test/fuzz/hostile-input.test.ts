/**
 * Hostile input, generated (fast-check): deeply nested JSON, huge strings, invalid UTF-8 and
 * prototype-pollution keys against the LINE, Telegram and web chat parsers, their webhooks on
 * the real server, and the risk check. Nothing may throw, hang, answer 500 or pollute a
 * prototype; the risk check must also stay fast on long repetitive text built from the
 * characters its own patterns use (catastrophic backtracking).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapLineEvent, parseLineWebhook } from "../../src/adapters/line/inbound.js";
import { parseTelegramUpdate } from "../../src/adapters/telegram/inbound.js";
import { parseWebEvent } from "../../src/adapters/web/inbound.js";
import { RISK_RULES } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import { CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET, signBody } from "../line/fixtures.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";

const RUNS = 150;
const TELEGRAM_SECRET = "fuzz-secret_0123456789";

/** JSON with keys meant to pollute prototypes, deep nesting, and odd scalars. */
const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "type");
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), tie("value"), {
      maxKeys: 5,
    }),
  ),
})).value;

/** Bodies: JSON shaped like the platform's with hostile parts, or bytes that are not UTF-8. */
function deepNesting(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${"]}".repeat(depth)}`;
}
const POLLUTING =
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"events":[{"__proto__":{"polluted":"yes"}}],"session":"__proto__","event":{"__proto__":{"type":"text"}}}';
const hostileBody = fc.oneof(
  fc.constant(POLLUTING),
  hostileJson.map((value) => JSON.stringify(value) ?? "null"),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.integer({ min: 100, max: 5000 }).map(deepNesting),
  fc.string({ unit: "grapheme", maxLength: 30 }).map((text) => "x".repeat(20_000) + text),
);
const invalidUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 200 })
  .map((bytes) => Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(bytes)]));

function lineShaped(events: unknown): string {
  return JSON.stringify({ destination: "Uxxxxxxxx", events });
}

function noPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("type");
}

describe("the parsers, given hostile input", () => {
  it("LINE: parse and map never throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileBody, fc.array(hostileJson, { maxLength: 5 }).map(lineShaped)),
        (body) => {
          const parsed = parseLineWebhook(Buffer.from(body, "latin1"));
          if (!("error" in parsed)) for (const event of parsed.events) mapLineEvent(event);
          noPollution();
        },
      ),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(invalidUtf8, (bytes) => {
        parseLineWebhook(bytes);
      }),
      { numRuns: 50 },
    );
  });

  it("web chat: parse never throws and says what is wrong", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileBody.map((body) => Buffer.from(body, "latin1")),
          invalidUtf8,
        ),
        (body) => {
          const parsed = parseWebEvent(body);
          expect("error" in parsed || "event" in parsed).toBe(true);
          noPollution();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("Telegram: an update of any shape is understood or refused, never a crash", () => {
    fc.assert(
      fc.property(hostileJson, fc.integer(), (message, updateId) => {
        const update = { update_id: updateId, message } as never;
        try {
          parseTelegramUpdate(update, {});
        } catch (error) {
          // The update reader catches a malformed update's TypeError and logs it (see
          // update-handler.ts); anything else would be a bug.
          expect(error).toBeInstanceOf(TypeError);
        }
        noPollution();
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the risk check, given hostile input", () => {
  it("returns a level for any text, in any script, of any length", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 200 }),
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ maxLength: 50 }).map((text) => text.repeat(400)),
        ),
        fc.constantFrom(undefined, "ja", "en", "xx", "__proto__"),
        (text, locale) => {
          const result = assessRisk(text, locale);
          expect(["none", "concern", "crisis"]).toContain(result.level);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("stays fast on long text repeating pieces of its own patterns (no catastrophic backtracking)", () => {
    // Characters the patterns are written with: the likeliest to make a pattern try hard.
    const alphabet = [
      ...new Set(
        RISK_RULES.flatMap((rule) => [...rule.pattern.source.replace(/[\\^$.*+?()[\]{}|]/g, "")]),
      ),
    ];
    const piece = fc
      .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(
        piece,
        fc.integer({ min: 500, max: 4000 }),
        fc.constantFrom(" ", "", "!", "死"),
        (text, times, tail) => {
          const started = performance.now();
          assessRisk(`${text.repeat(times)}${tail}`);
          // Generous for a shared, loaded machine; a catastrophic pattern takes minutes to hours.
          expect(performance.now() - started).toBeLessThan(5000);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("the webhooks, given hostile bodies", () => {
  let fakeLine: FakeMessagingApi;
  let fakeTelegram: FakeBotApi;
  let running: TestApp;

  beforeAll(async () => {
    fakeLine = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
    fakeTelegram = await startFakeBotApi();
    running = await startTestApp({
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fakeLine.url,
      TELEGRAM_BOT_TOKEN: fakeTelegram.token,
      TELEGRAM_API_ROOT: fakeTelegram.url,
      TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      TELEGRAM_MAX_PER_SECOND: "0",
      PUBLIC_URL: "https://bot.example.org",
    });
  });

  afterAll(async () => {
    await running.close();
    await fakeLine.close();
    await fakeTelegram.close();
  });

  const post = async (path: string, body: Buffer, headers: Record<string, string>) => {
    const response = await fetch(`${running.base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  };

  it("answer 200, 4xx or 503, never 500, and the server keeps answering", async () => {
    const bodies = fc.sample(
      fc.oneof(
        hostileBody.map((body) => Buffer.from(body, "latin1")),
        invalidUtf8,
        fc.array(hostileJson, { maxLength: 3 }).map((events) => Buffer.from(lineShaped(events))),
        hostileJson.map((message) => Buffer.from(JSON.stringify({ update_id: 7, message }))),
      ),
      60,
    );
    for (const body of bodies) {
      const statuses = [
        await post("/webhooks/line", body, { "x-line-signature": signBody(body) }),
        await post("/webhooks/telegram", body, {
          "x-telegram-bot-api-secret-token": TELEGRAM_SECRET,
        }),
        await post("/api/web/events", body, {}),
      ];
      for (const status of statuses) {
        expect(
          status === 200 || status === 503 || (status >= 400 && status < 500),
          String(status),
        ).toBe(true);
      }
    }
    await running.app.dispatcher.idle();
    noPollution();
    expect((await fetch(`${running.base}/readyz`)).status).toBe(200);
  }, 60_000);
});
