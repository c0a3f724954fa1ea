/**
 * Gateway dispatch payloads shaped like Discord's documented examples (API v10): messages in a
 * DM and in a server, edits, slash commands and button presses, from a test person.
 */
import { randomBytes } from "node:crypto";
import { type FakeDiscord, type FakeGuild, nextId } from "./fake-discord.js";

/** Someone on Discord. */
export interface DiscordPerson {
  id: string;
  username: string;
  /** The language of their Discord client (`ja`, `en-US`...), sent with interactions. */
  locale: string;
}

/** A new person. */
export function discordPerson(locale = "en-US"): DiscordPerson {
  const id = nextId();
  return { id, username: `person_${id.slice(-5)}`, locale };
}

const userObject = (person: DiscordPerson) => ({
  id: person.id,
  username: person.username,
  discriminator: "0",
  global_name: null,
  avatar: null,
});

const baseMessage = (person: DiscordPerson, channelId: string, content: string) => ({
  id: nextId(),
  channel_id: channelId,
  author: userObject(person),
  content,
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mentions: [] as object[],
  mention_roles: [],
  attachments: [] as object[],
  embeds: [],
  pinned: false,
  type: 0,
  flags: 0,
});

/** A message in the person's DM with the bot. */
export function dmMessage(
  fake: FakeDiscord,
  person: DiscordPerson,
  content: string,
  extra: Record<string, unknown> = {},
) {
  return { ...baseMessage(person, fake.dmChannelOf(person.id), content), ...extra };
}

/** A photo sent in the DM, without a word. */
export function dmPhoto(fake: FakeDiscord, person: DiscordPerson) {
  return dmMessage(fake, person, "", {
    attachments: [
      {
        id: nextId(),
        filename: "photo.png",
        size: 1024,
        url: "https://cdn.discordapp.com/attachments/1/2/photo.png",
        proxy_url: "https://media.discordapp.net/attachments/1/2/photo.png",
        content_type: "image/png",
      },
    ],
  });
}

/** A sticker sent in the DM. */
export function dmSticker(fake: FakeDiscord, person: DiscordPerson) {
  return dmMessage(fake, person, "", {
    sticker_items: [{ id: nextId(), name: "wave", format_type: 1 }],
  });
}

/** The same message, edited. */
export function edited<T extends { content: string }>(message: T, content: string): T {
  return { ...message, content, edited_timestamp: new Date().toISOString() };
}

/** A message in a server channel, mentioning the bot when `mention` is true. */
export function serverMessage(
  fake: FakeDiscord,
  person: DiscordPerson,
  where: { guildId: string; channelId: string },
  content: string,
  mention: boolean,
) {
  const bot = {
    id: fake.botUserId,
    username: "komorebi",
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
  };
  return {
    ...baseMessage(
      person,
      where.channelId,
      mention ? `<@${fake.botUserId}> ${content}`.trim() : content,
    ),
    guild_id: where.guildId,
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false },
    mentions: mention ? [bot] : [],
  };
}

const interactionBase = (fake: FakeDiscord, person: DiscordPerson, where: Where) => {
  const inServer = where.kind === "server";
  const channelId = inServer ? where.channelId : fake.dmChannelOf(person.id);
  return {
    id: nextId(),
    application_id: fake.applicationId,
    token: `aW50ZXJhY3Rpb24${randomBytes(24).toString("base64url")}`,
    version: 1 as const,
    channel_id: channelId,
    channel: { id: channelId, type: inServer ? 0 : 1 },
    ...(inServer
      ? {
          guild_id: where.guildId,
          guild: { id: where.guildId, locale: "en-US", features: [] },
          member: {
            user: userObject(person),
            roles: [],
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            permissions: "0",
          },
          guild_locale: "en-US",
          authorizing_integration_owners: { "0": where.guildId },
          context: 0,
        }
      : {
          user: userObject(person),
          authorizing_integration_owners: { "1": person.id },
          context: 1,
        }),
    locale: person.locale,
    app_permissions: "0",
    entitlements: [],
    attachment_size_limit: 8_388_608,
  };
};

/** Where an interaction happens. */
export type Where = { kind: "dm" } | { kind: "server"; guildId: string; channelId: string };

/** A slash command (`/start code:ABC` is `slashCommand(..., "start", { code: "ABC" })`). */
export function slashCommand(
  fake: FakeDiscord,
  person: DiscordPerson,
  name: string,
  options: Record<string, string> = {},
  where: Where = { kind: "dm" },
) {
  const entries = Object.entries(options);
  return {
    ...interactionBase(fake, person, where),
    type: 2,
    data: {
      id: nextId(),
      name,
      type: 1,
      ...(entries.length > 0
        ? { options: entries.map(([key, value]) => ({ name: key, type: 3, value })) }
        : {}),
    },
  };
}

/** A press on a button of one of the bot's messages. */
export function buttonPress(
  fake: FakeDiscord,
  person: DiscordPerson,
  messageId: string,
  customId: string,
) {
  return {
    ...interactionBase(fake, person, { kind: "dm" }),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: fake.messagePayload(messageId),
  };
}

/** A message by `person` in a thread of a server (a staff channel's case thread). */
export function threadMessage(
  guild: FakeGuild,
  person: DiscordPerson,
  threadId: string,
  content: string,
) {
  return {
    ...baseMessage(person, threadId, content),
    guild_id: guild.id,
    member: {
      roles: guild.rolesOf(person.id),
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
    },
  };
}

/**
 * A press by `person` on a button of the bot's message in a server thread; the member's
 * permissions are those the fake's server gives them there, as Discord sends them.
 */
export function threadButtonPress(
  fake: FakeDiscord,
  guild: FakeGuild,
  person: DiscordPerson,
  threadId: string,
  messageId: string,
  customId: string,
) {
  const thread = fake.channel(threadId);
  const base = interactionBase(fake, person, {
    kind: "server",
    guildId: guild.id,
    channelId: threadId,
  });
  return {
    ...base,
    channel: { id: threadId, type: thread?.type ?? 11, parent_id: thread?.parentId ?? null },
    member: {
      user: { id: person.id, username: person.username, discriminator: "0", global_name: null },
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      roles: guild.rolesOf(person.id),
      permissions: String(guild.permissionsIn(threadId, person.id)),
    },
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: fake.messagePayload(messageId),
  };
}
