/**
 * Check-in tests' world: the real app against a channel fake at the network edge (the LINE
 * Messaging API, the Telegram Bot API), a clock the test moves, and a person who writes, presses
 * buttons and leaves as the platform would post it. Nothing waits on a timer: after each
 * webhook and each scheduler tick the test waits for the dispatcher to be idle.
 */

import type { Logger } from "../../src/core/ports.js";
import type { ConversationState } from "../../src/core/state.js";
import { createLogger } from "../../src/logger.js";
import type { RunningApp } from "../../src/main.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  userId as lineUserId,
  postbackEvent,
  postToLine,
  textEvent,
  unfollowEvent,
} from "../line/fixtures.js";
import { startTestApp } from "../support/app.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  callbackUpdate,
  membershipUpdate,
  person as telegramPerson,
  textUpdate,
} from "../telegram/updates.js";

const HOUR_MS = 60 * 60 * 1000;
/** A day, in ms. */
export const DAY_MS = 24 * HOUR_MS;

/** A clock the test sets. */
export interface FakeClock {
  (): Date;
  set(time: string | number): void;
  advance(ms: number): void;
}

/** A clock at `start` that moves only when told. */
export function fakeClock(start: string): FakeClock {
  let now = Date.parse(start);
  const clock = (() => new Date(now)) as FakeClock;
  clock.set = (time) => {
    now = typeof time === "number" ? time : Date.parse(time);
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** One message as the person's app shows it. */
export interface Shown {
  text: string;
  buttons: string[];
  /** Written first by the bot (a push), not an answer to something the person did. */
  pushed: boolean;
}

/** A person on a channel. */
export interface Person {
  conversation: string;
  /** The platform's id for the person: never to be found in a log. */
  platformId: string;
  /** Everything the bot sent this person, in order. */
  seen(): Shown[];
  open(): Promise<void>;
  text(text: string): Promise<void>;
  /** Presses the button `label` on the latest message that has it. */
  press(label: string): Promise<void>;
  /** Blocks or unfollows the bot, the way the platform tells it. */
  leave(): Promise<void>;
  state(): Promise<ConversationState | undefined>;
}

/** A running app, its channel fake and its clock. */
export interface World {
  app: RunningApp;
  clock: FakeClock;
  /** Log lines (JSON) the app wrote. */
  logs: string[];
  person(language?: "ja" | "en"): Person;
  /** One scheduler tick at the clock's time, then delivery. */
  tick(): ReturnType<RunningApp["checkIns"]["tick"]>;
  close(): Promise<void>;
}

/** What a world is started with. */
export interface WorldOptions {
  env?: Record<string, string>;
  clock?: FakeClock;
  /** A fake to share with another world (two processes). */
  line?: FakeMessagingApi;
  telegram?: FakeBotApi;
}

/** A logger that keeps JSON lines. */
export function recordingLogger(lines: string[]): Logger {
  return createLogger("debug", (line) => lines.push(line));
}

const tickAndDeliver = async (app: RunningApp) => {
  const report = await app.checkIns.tick();
  await app.dispatcher.idle();
  return report;
};

/** The app with LINE against the fake Messaging API. */
export async function lineWorld(
  options: WorldOptions = {},
): Promise<World & { fake: FakeMessagingApi }> {
  const fake = options.line ?? (await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN));
  const clock = options.clock ?? fakeClock("2031-03-03T10:00:00+09:00");
  const logs: string[] = [];
  const { app, close } = await startTestApp(
    {
      WEB_CHAT: "off",
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
      LOG_LEVEL: "debug",
      ...options.env,
    },
    recordingLogger(logs),
    { clock },
  );
  const base = `http://127.0.0.1:${app.port}`;
  const post = async (event: object) => {
    const status = await postToLine(base, [event]);
    if (status !== 200) throw new Error(`the LINE webhook answered ${status}`);
    await app.dispatcher.idle();
  };
  return {
    app,
    fake,
    clock,
    logs,
    tick: () => tickAndDeliver(app),
    async close() {
      await close();
      if (!options.line) await fake.close();
    },
    person(language = "ja") {
      const user = lineUserId();
      fake.setProfile(user, { language });
      const tokens = new Set<string>();
      const event = <T extends object>(make: (token: { replyToken: string }) => T) => {
        const replyToken = `${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
        tokens.add(replyToken);
        return make({ replyToken });
      };
      type Wire = {
        text?: string;
        quickReply?: { items?: { action?: { label?: string; data?: string } }[] };
      };
      const delivered = () =>
        fake.calls.filter(
          (call) =>
            call.status === 200 &&
            ((call.path === "/v2/bot/message/reply" && tokens.has(String(call.body.replyToken))) ||
              (call.path === "/v2/bot/message/push" && call.body.to === user)),
        );
      const messages = () =>
        delivered().flatMap((call) =>
          ((call.body.messages ?? []) as Wire[]).map((message) => ({
            pushed: call.path === "/v2/bot/message/push",
            text: String(message.text ?? ""),
            buttons: (message.quickReply?.items ?? []).map((item) => ({
              label: String(item.action?.label ?? ""),
              data: String(item.action?.data ?? ""),
            })),
          })),
        );
      return {
        conversation: app.core.pseudonym("line", user),
        platformId: user,
        seen: () =>
          messages().map(({ text, buttons, pushed }) => ({
            text,
            pushed,
            buttons: buttons.map((button) => button.label),
          })),
        open: () => post(event((token) => followEvent(user, token))),
        text: (text) => post(event((token) => textEvent(user, text, token))),
        async press(label) {
          const button = messages()
            .flatMap((message) => message.buttons)
            .filter((candidate) => candidate.label === label)
            .at(-1);
          if (!button) throw new Error(`no button "${label}"`);
          await post(event((token) => postbackEvent(user, button.data, token)));
        },
        leave: () => post(unfollowEvent(user)),
        state: () => app.store.conversations.get(app.core.pseudonym("line", user)),
      };
    },
  };
}

/** The app with Telegram (webhook mode) against the fake Bot API. */
export async function telegramWorld(
  options: WorldOptions = {},
): Promise<World & { fake: FakeBotApi }> {
  const fake = options.telegram ?? (await startFakeBotApi());
  const clock = options.clock ?? fakeClock("2031-03-03T10:00:00+09:00");
  const logs: string[] = [];
  const secret = "check-ins-secret_0123456789";
  const { app, close } = await startTestApp(
    {
      WEB_CHAT: "off",
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.url,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: secret,
      LOG_LEVEL: "debug",
      ...options.env,
    },
    recordingLogger(logs),
    { clock },
  );
  const post = async (update: object) => {
    const response = await fetch(`http://127.0.0.1:${app.port}/webhooks/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(`the Telegram webhook answered ${response.status}`);
    await app.dispatcher.idle();
  };
  let nextId = 5_000_000 + Math.floor(Math.random() * 1_000_000);
  return {
    app,
    fake,
    clock,
    logs,
    tick: () => tickAndDeliver(app),
    async close() {
      await close();
      if (!options.telegram) await fake.close();
    },
    person(language = "ja") {
      nextId += 1;
      const user = telegramPerson(nextId, language);
      // Which sends answered something the person did; the rest the bot wrote first.
      const answered = new Set<unknown>();
      const sent = () => fake.sentTo(user.id).filter((call) => call.result !== undefined);
      const act = async (update: object) => {
        const before = new Set(sent());
        await post(update);
        for (const call of sent()) if (!before.has(call)) answered.add(call);
      };
      const buttons = (call: ReturnType<typeof sent>[number]) =>
        (
          (call.payload.reply_markup?.inline_keyboard ?? []) as {
            text: string;
            callback_data?: string;
          }[][]
        )
          .flat()
          .filter((button) => button.callback_data !== undefined);
      return {
        conversation: app.core.pseudonym("telegram", String(user.id)),
        platformId: String(user.id),
        seen: () =>
          sent().map((call) => ({
            text: String(call.payload.text ?? ""),
            buttons: buttons(call).map((button) => button.text),
            pushed: !answered.has(call),
          })),
        open: () => act(textUpdate(user, "/start")),
        text: (text) => act(textUpdate(user, text)),
        async press(label) {
          const call = sent()
            .filter((candidate) => buttons(candidate).some((button) => button.text === label))
            .at(-1);
          const button = call && buttons(call).find((candidate) => candidate.text === label);
          if (!call || !button?.callback_data) throw new Error(`no button "${label}"`);
          await act(callbackUpdate(user, button.callback_data, call.result.message_id as number));
        },
        async leave() {
          await act(membershipUpdate(user, "kicked"));
          fake.block(user.id);
        },
        state: () => app.store.conversations.get(app.core.pseudonym("telegram", String(user.id))),
      };
    },
  };
}

/** Texts of messages, joined. */
export const textsOf = (shown: Shown[]): string => shown.map((message) => message.text).join("\n");

/** What the bot wrote first, in order. */
export const pushedTo = (person: Person): Shown[] => person.seen().filter((m) => m.pushed);
