/**
 * Shared pieces of the Discord tests: the real app started against the fake Discord (REST and
 * gateway), and a chat helper that sends one dispatch and waits (on what the fake shows, never
 * on a fixed sleep) until the bot's answer to it is complete.
 */
import type { Logger } from "../../src/core/ports.js";
import type { ConversationState } from "../../src/core/state.js";
import type { RunningApp } from "../../src/main.js";
import { startTestApp } from "../support/app.js";
import type { FakeDiscord, ShownMessage } from "./fake-discord.js";
import { buttonPress, type DiscordPerson, dmMessage, slashCommand } from "./payloads.js";

/** A started app and how to stop it. */
export interface DiscordTestApp {
  app: RunningApp;
  close(): Promise<void>;
}

/** Starts komorebi with Discord pointed at `fake` and waits for the gateway session. */
export async function startDiscordApp(
  fake: FakeDiscord,
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<DiscordTestApp> {
  const started = await startTestApp(
    { WEB_CHAT: "off", DISCORD_BOT_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, ...env },
    logger,
  );
  await fake.waitForReady();
  return started;
}

/** A message's choice buttons (link buttons have no custom id). */
export function choiceButtons(message: ShownMessage | undefined): { label: string; id: string }[] {
  return (message?.components ?? []).flatMap((row: { components?: object[] }) =>
    (row.components ?? []).flatMap((button) => {
      const { label, custom_id } = button as { label?: string; custom_id?: string };
      return typeof custom_id === "string" ? [{ label: String(label), id: custom_id }] : [];
    }),
  );
}

/** Whether a message still has buttons that can be pressed. */
export function hasLiveChoices(message: ShownMessage | undefined): boolean {
  return (message?.components ?? []).some(
    (row: { components?: { disabled?: boolean; custom_id?: string }[] }) =>
      (row.components ?? []).some((button) => button.custom_id && !button.disabled),
  );
}

/** When an answer is complete. */
export type Done = (shown: ShownMessage[]) => boolean;
/** The answer ends with a question with buttons (most turns do). */
export const endsWithQuestion: Done = (shown) => hasLiveChoices(shown.at(-1));
/** Some message of the answer contains `text`. */
export const mentions =
  (text: string): Done =>
  (shown) =>
    shown.some((message) => message.content.includes(text));

/** All texts of messages, joined. */
export const textOf = (shown: ShownMessage[]): string =>
  shown.map((message) => message.content).join("\n");

/** One person's DM with the bot. */
export interface DiscordChat {
  person: DiscordPerson;
  channelId: string;
  /** What the person sees in the DM now (a "thinking…" reply not yet). */
  shown(): ShownMessage[];
  /** Dispatches an event and waits until the answer satisfies `done`; returns the answer. */
  send(dispatch: () => void, done?: Done): Promise<ShownMessage[]>;
  text(content: string, done?: Done): Promise<ShownMessage[]>;
  slash(name: string, options?: Record<string, string>, done?: Done): Promise<ShownMessage[]>;
  /** Presses the button labelled `label` on the latest message that has it. */
  press(label: string, done?: Done): Promise<ShownMessage[]>;
  /** The button's message and custom id, to press it again later. */
  button(label: string): { messageId: string; id: string };
  pressOn(button: { messageId: string; id: string }, done?: Done): Promise<ShownMessage[]>;
  state(): Promise<ConversationState | undefined>;
}

/** Creates a chat helper; without `app` (a child process), `state()` has nothing to read. */
export function chatWith(person: DiscordPerson, fake: FakeDiscord, app?: RunningApp): DiscordChat {
  const channelId = fake.dmChannelOf(person.id);
  const shown = () => fake.messagesIn(channelId).filter((message) => !message.pending);
  const send = async (dispatch: () => void, done: Done = endsWithQuestion) => {
    const before = new Set(shown().map((message) => message.id));
    dispatch();
    return fake.waitFor(() => {
      const answer = shown().filter((message) => !before.has(message.id));
      return answer.length > 0 && done(answer) ? answer : undefined;
    }, "the bot's answer");
  };
  const button = (label: string) => {
    const messages = shown();
    for (let index = messages.length - 1; index >= 0; index -= 1) {
      const message = messages[index];
      const found = choiceButtons(message).find((candidate) => candidate.label === label);
      if (found && message) return { messageId: message.id, id: found.id };
    }
    throw new Error(`No button "${label}" in the DM of ${person.username}`);
  };
  const pressOn = (target: { messageId: string; id: string }, done?: Done) =>
    send(() => fake.interact(buttonPress(fake, person, target.messageId, target.id)), done);
  return {
    person,
    channelId,
    shown,
    send,
    text: (content, done) =>
      send(() => fake.dispatch("MESSAGE_CREATE", dmMessage(fake, person, content)), done),
    slash: (name, options = {}, done) =>
      send(() => fake.interact(slashCommand(fake, person, name, options)), done),
    press: (label, done) => pressOn(button(label), done),
    button,
    pressOn,
    state: async () => app?.store.conversations.get(app.core.pseudonym("discord", person.id)),
  };
}
