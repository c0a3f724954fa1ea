/**
 * The Discord channel end to end: the real app (`startApp`) with the real discord.js client on
 * the fake gateway and REST API, which are the only stand-ins. What the tests read is what the
 * bot sent: interaction callbacks, webhook calls, channel messages.
 */
import { GatewayIntentBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, nextId, startFakeDiscord } from "./fake-discord.js";
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
import {
  chatWith,
  choiceButtons,
  type DiscordTestApp,
  endsWithQuestion,
  hasLiveChoices,
  mentions,
  startDiscordApp,
  textOf,
} from "./support.js";

let fake: FakeDiscord;
let running: DiscordTestApp;
const chat = (locale = "en-US") => chatWith(discordPerson(locale), fake, running.app);
const server = { guildId: nextId(), channelId: nextId() };

beforeAll(async () => {
  fake = await startFakeDiscord();
  running = await startDiscordApp(fake);
  for (const code of ["flyer-kobe", "card-2"]) {
    await running.app.outreach.campaigns.create({
      campaign: "test",
      code,
      greeting: {
        en: "You came from the family meeting's card.",
        ja: "家族会のカードから来てくださったんですね。",
      },
    });
  }
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

describe("Discord: connecting", () => {
  it("asks only for server, server message and DM events: no privileged intent", () => {
    const intents = Number(fake.identifies[0]?.intents);
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    // Commands are registered by `komorebi discord register`, not at every start.
    expect(fake.callsTo("PUT", /commands$/)).toHaveLength(0);
  });
});

describe("Discord: a conversation in a DM", () => {
  it("answers /start by replacing 'thinking…', with the menu as buttons five to a row", async () => {
    const person = chat("ja");
    const before = fake.calls.length;
    const answer = await person.slash("start");
    const calls = fake.calls.slice(before);
    // Acknowledged first ("thinking…"), then filled with the first message, then follow-ups.
    expect(calls[0]).toMatchObject({ method: "POST", status: 204, body: { type: 5 } });
    expect(calls[0]?.path).toMatch(/^\/interactions\/\d+\/[^/]+\/callback$/);
    expect(calls[1]).toMatchObject({ method: "PATCH", status: 200 });
    expect(calls[1]?.path).toMatch(/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/);
    expect(answer[0]?.via).toBe("interaction");
    expect(answer.slice(1).every((message) => message.via === "follow-up")).toBe(true);
    expect(textOf(answer)).toContain("ボット");
    const menu = answer.at(-1);
    const rows = menu?.components ?? [];
    expect(rows.length).toBe(2);
    expect(rows[0].components).toHaveLength(5);
    expect(choiceButtons(menu).map((button) => button.id)).toContain("menu.main.settings");
    // Nothing the bot sends can ping anyone, or unfold a link preview.
    for (const call of calls.slice(1)) {
      expect(call.body.allowed_mentions).toEqual({ parse: [] });
      expect(call.body.flags & 4).toBe(4);
    }
    expect((await person.state())?.locale).toBe("ja");
  });

  it("disables an answered question's buttons when one is pressed, marking the chosen one", async () => {
    const person = chat();
    await person.slash("start");
    const settings = person.button("Settings");
    const answer = await person.pressOn(settings);
    expect(textOf(answer)).toContain("Which setting");
    expect(answer.every((message) => message.via === "follow-up")).toBe(true);
    const pressed = fake.message(settings.messageId);
    const buttons = (pressed?.components ?? []).flatMap(
      (row: { components: object[] }) => row.components,
    ) as { custom_id: string; disabled?: boolean; style: number }[];
    expect(buttons.every((button) => button.disabled === true)).toBe(true);
    expect(buttons.find((button) => button.custom_id === settings.id)?.style).toBe(1);
    expect(buttons.filter((button) => button.style === 1)).toHaveLength(1);
  });

  it("answers typed messages in the DM channel, each with a nonce Discord enforces", async () => {
    const person = chat();
    await person.slash("start");
    const before = fake.calls.length;
    const answer = await person.text("I just want to talk a little", (shown) => shown.length > 0);
    expect(answer.every((message) => message.via === "channel")).toBe(true);
    const posts = fake.calls
      .slice(before)
      .filter((call) => /^\/channels\/\d+\/messages$/.test(call.path));
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post.body.enforce_nonce).toBe(true);
      expect(String(post.body.nonce)).toMatch(/^[A-Za-z0-9_-]{25}$/);
    }
  });

  it("takes the locale of the person's Discord client for a new conversation", async () => {
    const japanese = chat("ja");
    await japanese.slash("menu");
    expect((await japanese.state())?.locale).toBe("ja");
    const english = chat("en-GB");
    await english.slash("menu");
    expect((await english.state())?.locale).toBe("en");
  });

  it("attributes /start with a live campaign code, and starts without an unknown one", async () => {
    const person = chat();
    const answer = await person.slash("start", { code: "flyer-kobe" });
    expect(textOf(answer)).toContain("You came from the family meeting's card.");
    expect((await person.state())?.referral).toBe("flyer-kobe");

    const stranger = chat();
    const other = await stranger.slash("start", { code: "no-such-code" });
    expect(textOf(other)).not.toContain("family meeting");
    expect((await stranger.state())?.referral).toBeUndefined();
  });

  it("answers a button from an earlier question with where the conversation is now", async () => {
    const person = chat();
    await person.slash("start");
    await person.press("Settings");
    // The settings question is left unanswered; the person opens the menu instead.
    const language = person.button("Language");
    await person.slash("menu");
    const stale = await person.pressOn(language, endsWithQuestion);
    expect(textOf(stale)).toContain("That button was from an earlier message");
    expect((await person.state())?.position).toEqual({ flow: "menu", node: "main" });
    // The old message's buttons are disabled now, like every answered question's.
    expect(hasLiveChoices(fake.message(language.messageId))).toBe(false);
  });

  it("answers a stale token that is not a choice at all gently, without losing the conversation", async () => {
    const person = chat();
    const menu = await person.slash("start");
    const messageId = menu.at(-1)?.id ?? "";
    const answer = await person.send(
      () => fake.interact(buttonPress(fake, person.person, messageId, "old.button.from-2023")),
      endsWithQuestion,
    );
    expect(textOf(answer)).toContain("earlier message");
    expect((await person.state())?.position).toEqual({ flow: "menu", node: "main" });
  });

  it("answers a crisis in the very first message with crisis lines, and an edit into one too", async () => {
    const person = chat("ja");
    const answer = await person.text("もう死にたい", (shown) => /0120-|0570-/.test(textOf(shown)));
    expect(answer[0]?.content).not.toContain("はじめまして");
    expect(textOf(answer)).toMatch(/0120-|0570-/);

    const other = chat();
    await other.slash("start");
    const fine = dmMessage(fake, other.person, "I'm fine");
    await other.send(
      () => fake.dispatch("MESSAGE_CREATE", fine),
      (shown) => shown.length > 0,
    );
    const changed = await other.send(
      () => fake.dispatch("MESSAGE_UPDATE", edited(fine, "actually I want to die tonight")),
      (shown) => /0120-|0570-|119/.test(textOf(shown)),
    );
    // The region is the deployment's (JP here): its lines, in the person's language.
    expect(textOf(changed)).toContain("Helplines");
  });

  it("stops on /stop, and sends nothing more until the person writes again", async () => {
    const person = chat();
    await person.slash("start");
    const stop = await person.slash("stop", {}, (shown) => shown.length > 0);
    expect(textOf(stop)).toContain("I'll stop here");
    expect((await person.state())?.lifecycle).toBe("stopped");
    const back = await person.slash("menu");
    expect(hasLiveChoices(back.at(-1))).toBe(true);
    expect((await person.state())?.lifecycle).toBe("active");
  });

  it("deletes the person's data after /forget and a confirmation", async () => {
    const person = chat();
    await person.slash("start");
    const confirm = await person.slash("forget");
    expect(textOf(confirm)).toContain("Delete everything");
    await person.press("Yes, delete it", mentions("deleted"));
    expect(await person.state()).toBeUndefined();
    const conversation = running.app.core.pseudonym("discord", person.person.id);
    expect(await running.app.dispatcher.push(conversation, [{ type: "text", text: "hello" }])).toBe(
      "unreachable",
    );
  });

  it("answers a photo or a sticker gently, and asks the question again", async () => {
    const person = chat();
    await person.slash("start");
    const photo = await person.send(() =>
      fake.dispatch("MESSAGE_CREATE", dmPhoto(fake, person.person)),
    );
    expect(textOf(photo)).toContain("I can only read text");
    const sticker = await person.send(() =>
      fake.dispatch("MESSAGE_CREATE", dmSticker(fake, person.person)),
    );
    expect(textOf(sticker)).toContain("I can only read text");
  });
});

describe("Discord: in a server", () => {
  it("answers /komorebi with an invitation to the DM that only the person sees, keeping nothing", async () => {
    const person = discordPerson("ja");
    const command = slashCommand(fake, person, "komorebi", {}, { kind: "server", ...server });
    fake.interact(command);
    const invitation = await fake.waitFor(
      () => fake.messagesIn(server.channelId).find((message) => !message.pending),
      "the invitation",
    );
    expect(invitation.ephemeral).toBe(true);
    expect(invitation.content).toContain("1対1");
    expect(invitation.content).toContain(
      `https://discord.com/channels/@me/${fake.dmChannelOf(person.id)}`,
    );
    expect(fake.ackOf(command.id)).toBe(5);
    const conversation = running.app.core.pseudonym("discord", person.id);
    expect(await running.app.store.conversations.get(conversation)).toBeUndefined();
  });

  it("answers a conversation command used in a server with the same invitation", async () => {
    const person = discordPerson();
    const channel = { guildId: server.guildId, channelId: nextId() };
    fake.interact(slashCommand(fake, person, "start", {}, { kind: "server", ...channel }));
    const invitation = await fake.waitFor(
      () => fake.messagesIn(channel.channelId).find((message) => !message.pending),
      "the invitation",
    );
    expect(invitation.ephemeral).toBe(true);
    expect(invitation.content).toContain("private chat");
  });

  it("answers a mention in a server channel in the person's DM, and nothing in the server", async () => {
    const person = chatWith(discordPerson(), fake, running.app);
    const channel = { guildId: server.guildId, channelId: nextId() };
    const answer = await person.send(() =>
      fake.dispatch(
        "MESSAGE_CREATE",
        serverMessage(fake, person.person, channel, "hello, can we talk?", true),
      ),
    );
    // A message carries no language (an interaction does): the deployment's default, here ja.
    expect(textOf(answer)).toContain("komorebi");
    expect(fake.messagesIn(channel.channelId)).toEqual([]);
  });

  it("reads nothing in a server that is not addressed to the bot", async () => {
    const person = discordPerson();
    const channel = { guildId: server.guildId, channelId: nextId() };
    const before = fake.calls.length;
    const message = serverMessage(fake, person, channel, "I want to disappear", false);
    fake.dispatch("MESSAGE_CREATE", message);
    // A DM after it is answered first: had the server message been read, its answer came before.
    const dm = chatWith(person, fake, running.app);
    const answer = await dm.text("hello");
    expect(textOf(answer)).not.toMatch(/0120-|988/);
    expect(fake.calls.slice(before).some((call) => call.path.includes(channel.channelId))).toBe(
      false,
    );
  });

  it("leaves a note in the server once when the person's DMs are closed", async () => {
    const person = discordPerson();
    const channel = { guildId: server.guildId, channelId: nextId() };
    fake.block(person.id);
    const refused = () =>
      fake
        .callsTo("POST", /^\/channels\/\d+\/messages$/)
        .filter((call) => call.path.includes(fake.dmChannelOf(person.id)) && call.status === 403);
    for (const [index, text] of ["hello?", "are you there"].entries()) {
      fake.dispatch("MESSAGE_CREATE", serverMessage(fake, person, channel, text, true));
      await fake.waitFor(() => refused().length > index, "the refused DM");
      await running.app.dispatcher.idle();
    }
    const conversation = running.app.core.pseudonym("discord", person.id);
    expect((await running.app.store.conversations.get(conversation))?.lifecycle).toBe(
      "unreachable",
    );
    const notes = fake.messagesIn(channel.channelId);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.reference?.message_id).toBeDefined();
    expect(notes[0]?.content).toContain("private chat");
  });
});
