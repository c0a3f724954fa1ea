/**
 * Reading Discord's dispatches: plain payloads in, what the adapter should do out. Payloads are
 * the test payload builders' (shaped like Discord's documented examples).
 */
import { describe, expect, it } from "vitest";
import {
  type InboundContext,
  parseDiscordInteraction,
  parseDiscordMessage,
  parseDiscordMessageEdit,
} from "../../src/adapters/discord/inbound.js";
import { type FakeDiscord, nextId } from "./fake-discord.js";
import {
  buttonPress,
  discordPerson,
  dmMessage,
  dmPhoto,
  dmSticker,
  edited,
  serverMessage,
  slashCommand,
} from "./payloads.js";

// The builders only need these of a fake Discord.
const channels = new Map<string, string>();
const fake = {
  applicationId: "1200000000000000001",
  botUserId: "1200000000000000001",
  dmChannelOf: (userId: string) => {
    if (!channels.has(userId)) channels.set(userId, nextId());
    return channels.get(userId) as string;
  },
  messagePayload: (id: string) => ({
    id,
    components: [
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: "Yes", custom_id: "settings.delete-confirm.yes" },
          { type: 2, style: 2, label: "No", custom_id: "settings.delete-confirm.no" },
        ],
      },
    ],
  }),
} as unknown as FakeDiscord;
const context: InboundContext = {
  botUserId: fake.botUserId,
  commandWords: { menu: "menu", stop: "stop", delete: "delete my data" },
};
const server = { guildId: nextId(), channelId: nextId() };

/** The buttons of a message's rows, as tests read them. */
const buttonsOf = (row: object) =>
  ((row as { components?: object[] }).components ?? []) as {
    disabled?: boolean;
    style: number;
  }[];

describe("parseDiscordMessage", () => {
  it("reads a DM as the person's words, answered in that DM, once per message id", () => {
    const person = discordPerson();
    const message = dmMessage(fake, person, "hello there");
    expect(parseDiscordMessage(message, context)).toEqual({
      kind: "conversation",
      event: {
        channel: "discord",
        userId: person.id,
        eventId: message.id,
        payload: { type: "text", text: "hello there" },
      },
      address: { channelId: fake.dmChannelOf(person.id) },
    });
  });

  it("ignores bots (itself included), webhooks and service messages", () => {
    const person = discordPerson();
    const own = dmMessage(fake, person, "hi", { author: { id: fake.botUserId, bot: true } });
    expect(parseDiscordMessage(own, context).kind).toBe("ignored");
    const hook = dmMessage(fake, person, "hi", { webhook_id: nextId() });
    expect(parseDiscordMessage(hook, context).kind).toBe("ignored");
    const pinned = dmMessage(fake, person, "", { type: 6 });
    expect(parseDiscordMessage(pinned, context).kind).toBe("ignored");
  });

  it("starts with a campaign code typed as /start CODE", () => {
    const person = discordPerson();
    const typed = parseDiscordMessage(dmMessage(fake, person, "/start flyer-kobe"), context);
    expect(typed.kind === "conversation" && typed.event.payload).toEqual({
      type: "start",
      referral: "flyer-kobe",
    });
  });

  it("answers photos, voice messages and stickers as media it cannot read; a caption is words", () => {
    const person = discordPerson();
    const media = (message: object) => {
      const parsed = parseDiscordMessage(message, context);
      return parsed.kind === "conversation" ? parsed.event.payload : parsed;
    };
    expect(media(dmPhoto(fake, person))).toEqual({ type: "unsupported", media: "image" });
    expect(media(dmSticker(fake, person))).toEqual({ type: "unsupported", media: "sticker" });
    const voice = dmMessage(fake, person, "", {
      flags: 8192,
      attachments: [{ id: nextId(), filename: "voice-message.ogg", content_type: "audio/ogg" }],
    });
    expect(media(voice)).toEqual({ type: "unsupported", media: "audio" });
    const captioned = { ...dmPhoto(fake, person), content: "I can't sleep" };
    expect(media(captioned)).toEqual({ type: "text", text: "I can't sleep" });
  });

  it("reads in a server only a message that mentions the bot, and answers it in the DM", () => {
    const person = discordPerson();
    expect(
      parseDiscordMessage(serverMessage(fake, person, server, "hi all", false), context),
    ).toMatchObject({
      kind: "ignored",
    });
    const mention = serverMessage(fake, person, server, "can we talk?", true);
    expect(parseDiscordMessage(mention, context)).toEqual({
      kind: "conversation",
      event: {
        channel: "discord",
        userId: person.id,
        eventId: mention.id,
        payload: { type: "text", text: "can we talk?" },
      },
      address: { userId: person.id },
      mention: { channelId: server.channelId, messageId: mention.id },
    });
    const bare = parseDiscordMessage(serverMessage(fake, person, server, "", true), context);
    expect(bare.kind === "conversation" && bare.event.payload).toEqual({ type: "start" });
    // Before READY the bot does not know its own id, so nothing in a server is read.
    const unknown = { ...context, botUserId: undefined };
    expect(parseDiscordMessage(mention, unknown).kind).toBe("ignored");
  });

  it("ignores payloads it cannot read, never throws", () => {
    for (const junk of [null, 42, "text", {}, { id: "x" }, { id: "1", author: {}, type: "0" }]) {
      expect(parseDiscordMessage(junk, context).kind).toBe("ignored");
      expect(parseDiscordInteraction(junk, context).kind).toBe("ignored");
    }
  });
});

describe("parseDiscordMessageEdit", () => {
  it("reads an edited DM for the risk check, each edit its own event", () => {
    const person = discordPerson();
    const message = dmMessage(fake, person, "I'm fine");
    const edit = edited(message, "I'm not fine");
    const parsed = parseDiscordMessageEdit(edit, context);
    expect(parsed.kind === "conversation" && parsed.event).toMatchObject({
      eventId: `${message.id}:edit:${edit.edited_timestamp}`,
      payload: { type: "edit", text: "I'm not fine" },
    });
    // An update that is not an edit (a link preview appearing) is not.
    expect(parseDiscordMessageEdit(message, context).kind).toBe("ignored");
    const inServer = edited(serverMessage(fake, person, server, "x", true), "y");
    expect(parseDiscordMessageEdit(inServer, context).kind).toBe("ignored");
  });
});

describe("parseDiscordInteraction", () => {
  const person = discordPerson("ja");
  const payload = (parsed: ReturnType<typeof parseDiscordInteraction>) =>
    parsed.kind === "conversation" ? parsed.event.payload : parsed;

  it("turns /start code:X into a start with the code, and an invalid code into a plain start", () => {
    const command = slashCommand(fake, person, "start", { code: "flyer-kobe" });
    const parsed = parseDiscordInteraction(command, context);
    expect(parsed).toMatchObject({
      kind: "conversation",
      event: {
        eventId: command.id,
        localeHint: "ja",
        payload: { type: "start", referral: "flyer-kobe" },
      },
      address: { channelId: fake.dmChannelOf(person.id) },
      interaction: { id: command.id, token: command.token, ack: { type: "defer-reply" } },
    });
    const invalid = slashCommand(fake, person, "start", { code: "no spaces please" });
    expect(payload(parseDiscordInteraction(invalid, context))).toEqual({ type: "start" });
  });

  it("turns /menu, /stop and /forget into the words the core knows", () => {
    const word = (name: string) =>
      payload(parseDiscordInteraction(slashCommand(fake, person, name), context));
    expect(word("menu")).toEqual({ type: "text", text: "menu" });
    expect(word("stop")).toEqual({ type: "text", text: "stop" });
    expect(word("forget")).toEqual({ type: "text", text: "delete my data" });
    expect(word("no-such-command")).toMatchObject({ kind: "ignored" });
  });

  it("invites to the DM from a server or a group chat, whatever the command", () => {
    for (const name of ["komorebi", "start", "stop"]) {
      const parsed = parseDiscordInteraction(
        slashCommand(fake, person, name, {}, { kind: "server", ...server }),
        context,
      );
      expect(parsed).toMatchObject({ kind: "invite", userId: person.id, localeHint: "ja" });
    }
    // A user-installed app used in a DM between two people: a DM, but not the bot's.
    const between = { ...slashCommand(fake, person, "start"), context: 2 };
    expect(parseDiscordInteraction(between, context).kind).toBe("invite");
  });

  it("turns a button into a choice, acknowledged by disabling the message's buttons", () => {
    const press = buttonPress(fake, person, nextId(), "settings.delete-confirm.yes");
    const parsed = parseDiscordInteraction(press, context);
    expect(payload(parsed)).toEqual({ type: "choice", choiceId: "settings.delete-confirm.yes" });
    const ack = parsed.kind === "conversation" ? parsed.interaction?.ack : undefined;
    expect(ack?.type).toBe("update");
    const buttons = ack?.type === "update" ? ack.components.flatMap(buttonsOf) : [];
    expect(buttons.map((button) => [button.disabled, button.style])).toEqual([
      [true, 1],
      [true, 2],
    ]);
  });

  it("only stops the spinner of a button outside a private chat, or one without a usable id", () => {
    const press = buttonPress(fake, person, nextId(), "a.b.c");
    const { user, ...rest } = press as typeof press & { user: object };
    const inServer = { ...rest, context: 0, guild_id: server.guildId, member: { user } };
    expect(parseDiscordInteraction(inServer, context)).toMatchObject({
      kind: "ignored",
      stopSpinner: { id: press.id, token: press.token },
    });
    const huge = buttonPress(fake, person, nextId(), "x".repeat(101));
    expect(parseDiscordInteraction(huge, context)).toMatchObject({
      kind: "ignored",
      stopSpinner: {},
    });
  });
});
