/**
 * Shared pieces of the Telegram end-to-end tests: the real app started against the fake Bot API,
 * and a chat helper that sends one update and waits (on recorded calls, never on a fixed sleep)
 * until the bot's reply to it is complete.
 */
import type { Update, User } from "grammy/types";
import type { Logger } from "../../src/core/ports.js";
import type { ConversationState } from "../../src/core/state.js";
import type { AppOptions, RunningApp } from "../../src/main.js";
import { startTestApp } from "../support/app.js";
import type { FakeBotApi, RecordedCall } from "./fake-bot-api.js";
import { callbackUpdate, textUpdate } from "./updates.js";

/** A started app and how to stop it. */
export interface TelegramTestApp {
  app: RunningApp;
  close(): Promise<void>;
}

/** Starts komorebi with Telegram pointed at `fake`; `env` adds or overrides variables. */
export function startTelegramApp(
  fake: FakeBotApi,
  env: Record<string, string> = {},
  logger?: Logger,
  options: AppOptions = {},
): Promise<TelegramTestApp> {
  return startTestApp(
    { WEB_CHAT: "off", TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url, ...env },
    logger,
    options,
  );
}

/** Whether a sent message carries choice buttons (not only link buttons). */
export function hasChoices(call: RecordedCall | undefined): boolean {
  const rows: { callback_data?: string }[][] = call?.payload.reply_markup?.inline_keyboard ?? [];
  return rows.some((row) => row.some((button) => typeof button.callback_data === "string"));
}

/** When a reply is complete. */
export type Done = (sent: RecordedCall[]) => boolean;
/** The reply ends with a question with buttons (most turns do). */
export const endsWithQuestion: Done = (sent) => hasChoices(sent.at(-1));
/** Some message of the reply contains `text`. */
export const mentions =
  (text: string): Done =>
  (sent) =>
    sent.some((call) => String(call.payload.text).includes(text));

/** All texts of sent messages, joined. */
export const textOf = (sent: RecordedCall[]): string =>
  sent.map((call) => String(call.payload.text)).join("\n");

/** One person's private chat with the bot. */
export interface TestChat {
  user: User;
  /** Delivers an update and waits until the reply satisfies `done`; returns the reply's messages. */
  send(update: Update, done?: Done): Promise<RecordedCall[]>;
  text(text: string, done?: Done): Promise<RecordedCall[]>;
  /** Presses the button labelled `label` on the latest message that has it. */
  press(label: string, done?: Done): Promise<RecordedCall[]>;
  /** The button's message and callback data, for pressing it again later. */
  button(label: string): { messageId: number; data: string };
  state(): Promise<ConversationState | undefined>;
}

/** Creates a chat helper; `deliver` is polling's push or the webhook's POST. */
export function chatWith(
  user: User,
  fake: FakeBotApi,
  app: RunningApp,
  deliver: (update: Update) => Promise<void> | void = (update) => fake.push(update),
): TestChat {
  const button = (label: string) => {
    const sent = fake.sentTo(user.id);
    for (let i = sent.length - 1; i >= 0; i -= 1) {
      const rows: { text: string; callback_data?: string }[][] =
        sent[i]?.payload.reply_markup?.inline_keyboard ?? [];
      const found = rows.flat().find((b) => b.text === label && b.callback_data);
      if (found?.callback_data)
        return { messageId: sent[i]?.result.message_id as number, data: found.callback_data };
    }
    throw new Error(`No button "${label}" in the chat with ${user.id}`);
  };
  const send = async (update: Update, done: Done = endsWithQuestion) => {
    const before = fake.sentTo(user.id).length;
    await deliver(update);
    return fake.waitFor(() => {
      const sent = fake.sentTo(user.id).slice(before);
      return sent.length > 0 && done(sent) ? sent : undefined;
    }, `a reply to update ${update.update_id}`);
  };
  return {
    user,
    send,
    text: (text, done) => send(textUpdate(user, text), done),
    press(label, done) {
      const { messageId, data } = button(label);
      return send(callbackUpdate(user, data, messageId), done);
    },
    button,
    state: () => app.store.conversations.get(app.core.pseudonym("telegram", String(user.id))),
  };
}

/** Polls `read` until `test` accepts its value; throws after `timeoutMs`. */
export async function eventually<T>(
  read: () => Promise<T>,
  test: (value: T) => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
