/**
 * The Discord side of the staff tests: a server on the fake Discord with a staff channel only the
 * team sees (staff role, bot role, @everyone denied), workers and a stranger; and the staff
 * channel as the bot wrote to it (threads, each case's card, the lines after it, the answers
 * only a presser saw).
 */
import { PermissionFlagsBits as P } from "discord.js";
import { expect } from "vitest";
import type { FakeDiscord, FakeGuild, ShownMessage } from "../discord/fake-discord.js";
import {
  type DiscordPerson,
  discordPerson,
  threadButtonPress,
  threadMessage,
} from "../discord/payloads.js";

/** A server with a staff channel, and who is in it. */
export interface StaffServer {
  guild: FakeGuild;
  channelId: string;
  staffRole: string;
  aki: DiscordPerson;
  ben: DiscordPerson;
  /** A member of the server who cannot see the staff channel. */
  stranger: DiscordPerson;
  /** A member who can see the staff channel (a volunteers' role) but lacks the staff role. */
  viewer: DiscordPerson;
}

/** Sets up the server: `type` 0 for a text channel, 15 for a forum. */
export function staffServer(fake: FakeDiscord, type: 0 | 15 = 0): StaffServer {
  const guild = fake.guild(P.SendMessages | P.ViewChannel);
  const staffRole = guild.role(P.SendMessages | P.SendMessagesInThreads);
  const botRole = guild.role(
    P.ViewChannel |
      P.SendMessages |
      P.SendMessagesInThreads |
      P.CreatePublicThreads |
      P.ReadMessageHistory,
  );
  const volunteerRole = guild.role(P.SendMessages | P.SendMessagesInThreads);
  const channelId = guild.channel(type, [
    { id: guild.id, type: 0, deny: P.ViewChannel },
    { id: staffRole, type: 0, allow: P.ViewChannel },
    { id: volunteerRole, type: 0, allow: P.ViewChannel },
    { id: botRole, type: 0, allow: P.ViewChannel },
  ]);
  guild.member(fake.botUserId, [botRole]);
  const aki = { ...discordPerson("ja"), username: "aki_worker" };
  const ben = { ...discordPerson("ja"), username: "ben_worker" };
  const stranger = { ...discordPerson("ja"), username: "stranger" };
  guild.member(aki.id, [staffRole]);
  guild.member(ben.id, [staffRole]);
  const viewer = { ...discordPerson("ja"), username: "viewer" };
  guild.member(stranger.id, []);
  guild.member(viewer.id, [volunteerRole]);
  return { guild, channelId, staffRole, aki, ben, stranger, viewer };
}

/** The staff channel as the bot wrote to it. */
export interface StaffThreads {
  /** The thread of the `index`-th case (0 first), once its card is there. */
  thread(index?: number): Promise<string>;
  /** The case card: the thread's first message. */
  card(thread: string): ShownMessage;
  /** The lines after the card (not answers only one worker saw), in order. */
  lines(thread: string): string[];
  line(thread: string, text: string): Promise<string>;
  /** Everything the bot showed in the staff channel's threads. */
  everything(): string;
  /** Dispatches a worker's message in a thread. */
  write(worker: DiscordPerson, thread: string, text: string): void;
  /**
   * A worker presses a card's button (`claim`, `close`, or a button id as a card not yet redrawn
   * on their screen still shows it); resolves with the answer only they see.
   */
  press(worker: DiscordPerson, thread: string, action: string): Promise<string>;
}

/** Watches the staff channel of `server` on `fake`. */
export function staffThreads(fake: FakeDiscord, server: StaffServer): StaffThreads {
  const inThread = (thread: string) => fake.messagesIn(thread);
  const card = (thread: string) => {
    const first = inThread(thread)[0];
    if (!first) throw new Error(`no card in thread ${thread}`);
    return first;
  };
  const lines = (thread: string) =>
    inThread(thread)
      .slice(1)
      .filter((message) => message.via === "channel")
      .map((message) => message.content);
  return {
    thread: (index = 0) =>
      fake.waitFor(() => {
        const thread = fake.threadsOf(server.channelId)[index]?.id;
        return thread && inThread(thread).length > 0 ? thread : undefined;
      }, `case thread ${index}`),
    card,
    lines,
    line: (thread, text) =>
      fake.waitFor(() => lines(thread).find((line) => line.includes(text)), `a line "${text}"`),
    everything: () =>
      fake
        .threadsOf(server.channelId)
        .flatMap((thread) => [thread.name, ...inThread(thread.id).map((m) => JSON.stringify(m))])
        .join("\n"),
    write(worker, thread, text) {
      fake.dispatch("MESSAGE_CREATE", threadMessage(server.guild, worker, thread, text));
    },
    async press(worker, thread, action) {
      const shown = card(thread);
      const customId = action.includes(":")
        ? action
        : (shown.components ?? [])
            .flatMap((row: { components?: { custom_id?: string }[] }) => row.components ?? [])
            .find((b: { custom_id?: string }) => b.custom_id?.startsWith(`staff:${action}:`))
            ?.custom_id;
      if (!customId) throw new Error(`no ${action} button on the card`);
      const payload = threadButtonPress(fake, server.guild, worker, thread, shown.id, customId);
      fake.interact({ ...payload, channel_id: thread });
      const answer = await fake.waitFor(() => {
        const shownAnswer = fake.message(fake.originalOf(payload.id) ?? "");
        return shownAnswer && !shownAnswer.pending ? shownAnswer : undefined;
      }, "the button's answer");
      expect(answer.ephemeral).toBe(true);
      return answer.content;
    },
  };
}
