/**
 * One driver per channel for the shared contract suite: each plays the platform's side at the
 * network edge (a real HTTP request to the app, a local fake of the platform's API) and shows
 * the test what the person would see, in the same shape for every channel.
 */
import { randomUUID } from "node:crypto";
import { discordCapabilities } from "../../src/adapters/discord/capabilities.js";
import { lineCapabilities } from "../../src/adapters/line/capabilities.js";
import { telegramCapabilities } from "../../src/adapters/telegram/capabilities.js";
import { webCapabilities } from "../../src/adapters/web/capabilities.js";
import type { ChannelCapabilities } from "../../src/core/capabilities.js";
import type { ChannelId } from "../../src/core/types.js";
import type { RunningApp } from "../../src/main.js";
import { type FakeDiscord, type ShownMessage, startFakeDiscord } from "../discord/fake-discord.js";
import { buttonPress, discordPerson, dmMessage, slashCommand } from "../discord/payloads.js";
import { choiceButtons } from "../discord/support.js";
import {
  type FakeMessagingApi,
  type RecordedCall as LineCall,
  startFakeMessagingApi,
} from "../line/fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  userId as lineUserId,
  postbackEvent,
  replyToken,
  signBody,
  textEvent,
  unfollowEvent,
  webhookBody,
  webhookEventId,
} from "../line/fixtures.js";
import { startTestApp } from "../support/app.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  callbackUpdate,
  membershipUpdate,
  person as telegramPerson,
  textUpdate,
} from "../telegram/updates.js";

/** One message as the person sees it. */
export interface Shown {
  text: string;
  buttons: { label: string; press: () => Promise<Shown[]> }[];
}

/** A person on a channel. */
export interface ContractPerson {
  /** The conversation's pseudonym. */
  conversation: string;
  /** Opens the chat (web page load, Telegram /start, LINE follow). */
  open(): Promise<Shown[]>;
  text(text: string): Promise<Shown[]>;
  /** Sends the last event again, as a platform redelivers it. */
  redeliverLast(): Promise<Shown[]>;
  /** Blocks or unfollows the bot; undefined where the channel has no such thing. */
  leave?(): Promise<void>;
  /** What arrives without the person doing anything (pushes), waited for briefly. */
  waitForPushed(): Promise<Shown[]>;
}

/** A channel under the contract suite. */
export interface ContractDriver {
  channel: ChannelId;
  capabilities: ChannelCapabilities;
  app: RunningApp;
  person(language: "ja" | "en"): ContractPerson;
  close(): Promise<void>;
}

/** How long a channel's answer must be quiet before it counts as complete. */
const QUIET_MS = 250;
const TIMEOUT_MS = 10_000;

/** Polls `read` until it has grown and then stayed the same for {@link QUIET_MS}. */
async function settle<T>(read: () => T[], before: number, expectSome: boolean): Promise<T[]> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = read().length;
  let since = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = read().length;
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    const quiet = Date.now() - since >= QUIET_MS;
    if (quiet && (!expectSome || now > before)) return read().slice(before);
    if (Date.now() > deadline) {
      if (!expectSome) return read().slice(before);
      throw new Error("the channel sent nothing in time");
    }
  }
}

const appWith = (env: Record<string, string>) => startTestApp({ WEB_CHAT: "off", ...env });

/** The web chat: the page's own requests. */
export async function webDriver(): Promise<ContractDriver> {
  const { app, close } = await appWith({ WEB_CHAT: "on" });
  const base = `http://127.0.0.1:${app.port}`;
  type WebMessage = { type: string; text: string; choices?: { id: string; label: string }[] };
  return {
    channel: "web",
    capabilities: webCapabilities,
    app,
    close,
    person(language) {
      const session = randomUUID();
      let last: object | undefined;
      const shown = (messages: WebMessage[]): Shown[] =>
        messages.map((message) => ({
          text: message.text,
          buttons: (message.choices ?? []).map((choice) => ({
            label: choice.label,
            press: () => post({ type: "choice", choiceId: choice.id }),
          })),
        }));
      const send = async (body: object) => {
        last = body;
        const response = await fetch(`${base}/api/web/events`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`web chat answered ${response.status}`);
        return shown(((await response.json()) as { messages: WebMessage[] }).messages);
      };
      const post = (event: object) => send({ session, id: randomUUID(), locale: language, event });
      return {
        conversation: app.core.pseudonym("web", session),
        open: () => post({ type: "start" }),
        text: (text) => post({ type: "text", text }),
        redeliverLast: () => send(last ?? {}),
        async waitForPushed() {
          const collected: Shown[] = [];
          const deadline = Date.now() + 2000;
          while (Date.now() < deadline) {
            const response = await fetch(`${base}/api/web/messages?session=${session}`);
            const messages = ((await response.json()) as { messages: WebMessage[] }).messages;
            collected.push(...shown(messages));
            if (collected.length > 0) break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return collected;
        },
      };
    },
  };
}

/** Telegram in webhook mode, with the fake Bot API. */
export async function telegramDriver(): Promise<ContractDriver> {
  const fake: FakeBotApi = await startFakeBotApi();
  const secret = "contract-secret_0123456789";
  const { app, close } = await appWith({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.url,
    PUBLIC_URL: "https://bot.example.org",
    TELEGRAM_WEBHOOK_SECRET: secret,
    // The contract checks what is sent, not its pacing (test/telegram/throttle.test.ts does).
    TELEGRAM_MAX_PER_SECOND: "0",
  });
  let nextId = 7_000_000 + Math.floor(Math.random() * 1_000_000);
  const deliver = async (update: object) => {
    const response = await fetch(`http://127.0.0.1:${app.port}/webhooks/telegram`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-telegram-bot-api-secret-token": secret,
      },
      body: JSON.stringify(update),
    });
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  };
  return {
    channel: "telegram",
    capabilities: telegramCapabilities,
    app,
    async close() {
      await close();
      await fake.close();
    },
    person(language) {
      nextId += 1;
      const user = telegramPerson(nextId, language);
      let last: object | undefined;
      const sent = () => fake.sentTo(user.id);
      const shown = (calls: ReturnType<typeof sent>): Shown[] =>
        calls.map((call) => {
          const rows: { text: string; callback_data?: string }[][] =
            call.payload.reply_markup?.inline_keyboard ?? [];
          return {
            text: String(call.payload.text ?? ""),
            buttons: rows.flat().map((button) => ({
              label: button.text,
              press: () =>
                act(
                  callbackUpdate(
                    user,
                    button.callback_data ?? "",
                    call.result.message_id as number,
                  ),
                ),
            })),
          };
        });
      const act = async (update: object, expectSome = true) => {
        last = update;
        const before = sent().length;
        await deliver(update);
        return shown(await settle(sent, before, expectSome));
      };
      return {
        conversation: app.core.pseudonym("telegram", String(user.id)),
        open: () => act(textUpdate(user, "/start")),
        text: (text) => act(textUpdate(user, text)),
        redeliverLast: () => act(last ?? {}, false),
        async leave() {
          await deliver(membershipUpdate(user, "kicked"));
          fake.block(user.id);
        },
        waitForPushed: async () => shown(await settle(sent, sent().length, false)),
      };
    },
  };
}

/** LINE, signed webhooks and the fake Messaging API. */
export async function lineDriver(): Promise<ContractDriver> {
  const fake: FakeMessagingApi = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  const { app, close } = await appWith({
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: fake.url,
  });
  const deliver = async (event: object) => {
    const body = webhookBody([event]);
    const response = await fetch(`http://127.0.0.1:${app.port}/webhooks/line`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-line-signature": signBody(body) },
      body,
    });
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  };
  return {
    channel: "line",
    capabilities: lineCapabilities,
    app,
    async close() {
      await close();
      await fake.close();
    },
    person(language) {
      const user = lineUserId();
      fake.setProfile(user, { language });
      const tokens = new Set<string>();
      let last: object | undefined;
      type WireMessage = NonNullable<LineCall["body"]["messages"]>[number] & { text?: string };
      const messages = () =>
        fake.calls
          .filter(
            (call) =>
              call.status === 200 &&
              ((call.path === "/v2/bot/message/reply" &&
                tokens.has(String(call.body.replyToken))) ||
                (call.path === "/v2/bot/message/push" && call.body.to === user)),
          )
          .flatMap((call) => (call.body.messages ?? []) as WireMessage[]);
      const shown = (wire: WireMessage[]): Shown[] =>
        wire.map((message) => ({
          text: String(message.text ?? ""),
          buttons: (message.quickReply?.items ?? []).map((item) => ({
            label: String(item.action?.label ?? ""),
            press: () => act(postbackEvent(user, String(item.action?.data ?? ""), token())),
          })),
        }));
      const token = () => {
        const value = replyToken();
        tokens.add(value);
        return { replyToken: value, webhookEventId: webhookEventId() };
      };
      const act = async (event: object, expectSome = true) => {
        last = event;
        const before = messages().length;
        await deliver(event);
        return shown(await settle(messages, before, expectSome));
      };
      return {
        conversation: app.core.pseudonym("line", user),
        open: () => act(followEvent(user, token())),
        text: (text) => act(textEvent(user, text, token())),
        redeliverLast: () =>
          act({ ...(last ?? {}), deliveryContext: { isRedelivery: true } }, false),
        async leave() {
          await deliver(unfollowEvent(user));
        },
        waitForPushed: async () => shown(await settle(messages, messages().length, false)),
      };
    },
  };
}

/**
 * Discord: the real discord.js client on the fake gateway and REST API. Opening is `/start` (an
 * interaction: acknowledged, answered through its token), writing is a DM (answered in the DM
 * channel), a button is an interaction. Discord says nothing when a person blocks the bot: the
 * next message to them is refused (50007), which `leave` provokes with a push.
 */
export async function discordDriver(): Promise<ContractDriver> {
  const fake: FakeDiscord = await startFakeDiscord();
  const { app, close } = await appWith({
    DISCORD_BOT_TOKEN: fake.token,
    DISCORD_API_BASE: fake.apiBase,
  });
  await fake.waitForReady();
  return {
    channel: "discord",
    capabilities: discordCapabilities,
    app,
    async close() {
      await close();
      await fake.close();
    },
    person(language) {
      const user = discordPerson(language === "ja" ? "ja" : "en-US");
      const channelId = fake.dmChannelOf(user.id);
      const conversation = app.core.pseudonym("discord", user.id);
      let last: (() => void) | undefined;
      const visible = () => fake.messagesIn(channelId).filter((message) => !message.pending);
      const shown = (messages: ShownMessage[]): Shown[] =>
        messages.map((message) => ({
          text: message.content,
          buttons: choiceButtons(message).map((button) => ({
            label: button.label,
            press: () => act(() => fake.interact(buttonPress(fake, user, message.id, button.id))),
          })),
        }));
      const act = async (dispatch: () => void, expectSome = true) => {
        last = dispatch;
        const before = visible().length;
        dispatch();
        return shown(await settle(visible, before, expectSome));
      };
      // Dispatched again as Discord replays an event after a resume: same id, same payload.
      const replayable = (type: string, payload: object) => () => {
        last = () => fake.dispatch(type, payload);
        if (type === "INTERACTION_CREATE") fake.interact(payload as { id: string; token: string });
        else fake.dispatch(type, payload);
      };
      return {
        conversation,
        open: () => {
          const command = slashCommand(fake, user, "start");
          return act(replayable("INTERACTION_CREATE", command));
        },
        text: (text) => act(replayable("MESSAGE_CREATE", dmMessage(fake, user, text))),
        async redeliverLast() {
          const again = last;
          if (!again) return [];
          const before = visible().length;
          again();
          return shown(await settle(visible, before, false));
        },
        async leave() {
          fake.block(user.id);
          await app.dispatcher.push(conversation, [{ type: "text", text: "…" }]);
        },
        waitForPushed: async () => shown(await settle(visible, visible().length, false)),
      };
    },
  };
}
