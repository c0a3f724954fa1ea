/**
 * The Telegram channel end to end in long-polling mode: the real app (`startApp`) against the
 * fake Bot API, which is the only stand-in.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffEvent } from "../../src/core/types.js";
import { createLogger } from "../../src/logger.js";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "./fake-bot-api.js";
import {
  chatWith,
  endsWithQuestion,
  eventually,
  hasChoices,
  mentions,
  startTelegramApp,
  type TelegramTestApp,
  textOf,
} from "./support.js";
import {
  callbackUpdate,
  editedTextUpdate,
  groupTextUpdate,
  membershipUpdate,
  person,
  photoUpdate,
  stickerUpdate,
  textUpdate,
} from "./updates.js";

let fake: FakeBotApi;
let running: TelegramTestApp;
const chat = (id: number, language = "en") => chatWith(person(id, language), fake, running.app);

beforeAll(async () => {
  fake = await startFakeBotApi();
  running = await startTelegramApp(fake);
  // Only a live campaign code attributes a conversation (an unknown one goes on unattributed).
  for (const code of ["qr-kobe_1", "flyer-2", "flyer-3", "ref-kobe2", "link-3"]) {
    await running.app.outreach.campaigns.create({ campaign: "test", code });
  }
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

describe("Telegram over long polling", () => {
  it("sets up: commands menu in ja and en, no webhook, polling for the update types it needs", async () => {
    const commands = fake.callsOf("setMyCommands");
    expect(commands.map((call) => call.payload.language_code ?? "default").sort()).toEqual([
      "default",
      "en",
      "ja",
    ]);
    for (const call of commands) {
      expect(call.payload.commands.map((c: { command: string }) => c.command)).toEqual([
        "start",
        "menu",
        "stop",
        "help",
        "delete",
      ]);
    }
    const ja = commands.find((call) => call.payload.language_code === "ja");
    expect(ja?.payload.commands[4].description).toContain("データ");
    await fake.waitFor(() => fake.menuButton === "commands", "the menu button");
    await fake.waitFor(() => fake.callsOf("deleteWebhook").length === 1, "deleteWebhook");
    const polls = await fake.waitFor(
      () => fake.callsOf("getUpdates").at(0),
      "the first getUpdates",
    );
    expect(polls.payload.allowed_updates).toEqual([
      "message",
      "edited_message",
      "callback_query",
      "my_chat_member",
    ]);
    expect(fake.callsOf("setWebhook")).toHaveLength(0);
  });

  it("starts from a deep link with a referral code, in the person's language", async () => {
    const alice = chat(1001, "en-US");
    const sent = await alice.text("/start qr-kobe_1");
    expect(textOf(sent)).toContain("Hello, I'm komorebi");
    const menu = sent.at(-1);
    expect(hasChoices(menu)).toBe(true);
    expect(menu?.payload.reply_markup.inline_keyboard[0][0].callback_data).toMatch(/^menu\.main\./);
    expect(menu?.payload.link_preview_options).toEqual({ is_disabled: true });
    const state = await alice.state();
    expect(state?.referral).toBe("qr-kobe_1");
    expect(state?.locale).toBe("en");
  });

  it("starts without a payload, and ignores an invalid one", async () => {
    const plain = chat(1002, "ja");
    expect(textOf(await plain.text("/start"))).toContain("komorebi（こもれび）");
    expect((await plain.state())?.referral).toBeUndefined();
    expect((await plain.state())?.locale).toBe("ja");

    const odd = chat(1003);
    expect(textOf(await odd.text("/start not$a|code"))).toContain("Hello, I'm komorebi");
    expect((await odd.state())?.referral).toBeUndefined();
  });

  it("accepts a referral code typed later, but only in an unmistakable form", async () => {
    const later = chat(1004);
    await later.text("/start");
    await later.text("kobe2");
    expect((await later.state())?.referral).toBeUndefined();
    // The core records a late code quietly and asks the current question again.
    const again = await later.text("/start flyer-2");
    expect(textOf(again)).not.toContain("Welcome back");
    // "kobe2" typed at the menu was listened to (room to keep writing); that question again.
    expect(textOf(again)).toContain("If there's more you'd like to write");
    expect((await later.state())?.referral).toBe("flyer-2");
    // The first campaign keeps the attribution.
    await later.text("/start flyer-3");
    expect((await later.state())?.referral).toBe("flyer-2");

    const typed = chat(1005);
    await typed.text("/start");
    await typed.text("Ref-kobe2");
    expect((await typed.state())?.referral).toBe("ref-kobe2");

    const pasted = chat(1006);
    await pasted.text("/start");
    await pasted.text(`https://t.me/${fake.username}?start=link-3`);
    expect((await pasted.state())?.referral).toBe("link-3");
  });

  it("turns a button press into a choice: answered at once, keyboard removed, flow advanced", async () => {
    const bob = chat(1010);
    await bob.text("/start");
    const settings = bob.button("Settings");
    const sent = await bob.press("Settings");
    expect(textOf(sent)).toContain("Which setting");
    const answered = fake.callsOf("answerCallbackQuery").at(-1);
    expect(answered?.payload.callback_query_id).toMatch(/^cq-/);
    const edit = await fake.waitFor(
      () =>
        fake
          .callsOf("editMessageReplyMarkup")
          .find((c) => c.payload.message_id === settings.messageId),
      "the pressed keyboard to be removed",
    );
    expect(edit.payload.chat_id).toBe(1010);
    expect(edit.payload.reply_markup).toEqual({ inline_keyboard: [] });
  });

  it("answers a press on an old message through the core's stale-choice handling", async () => {
    const carol = chat(1011);
    await carol.text("/start");
    const old = carol.button("Settings");
    await carol.press("Settings");
    const sent = await carol.send(callbackUpdate(carol.user, old.data, old.messageId));
    expect(textOf(sent)).toContain("That button was from an earlier message");
    expect(textOf(sent)).toContain("Which setting");
  });

  it("answers a crisis message with helplines at once, and tells the staff", async () => {
    const staff: StaffEvent[] = [];
    const unsubscribe = running.app.notifier.subscribe((event) => void staff.push(event));
    const dan = chat(1012, "ja");
    await dan.text("/start");
    const sent = await dan.text("死にたい");
    unsubscribe();
    expect(textOf(sent)).toMatch(/0570-783-556|いのちの電話/);
    expect(staff.map((event) => event.type)).toContain("crisis");
    expect(staff[0]?.conversation).toBe(running.app.core.pseudonym("telegram", "1012"));
  });

  it("an overdose as the very first message gets 119 first; a parent gets the supporter's answer", async () => {
    const kai = chat(1040, "ja");
    const overdose = await kai.text("さっき薬を全部飲んだ");
    expect(overdose[0] ? textOf([overdose[0]]) : "").toContain("119");
    const mio = chat(1041, "ja");
    await mio.text("/start");
    const parent = await mio.text("息子が「死にたい」と言っています。どうしたらいいでしょうか");
    expect(textOf(parent)).toContain("はっきり聞いて大丈夫");
  });

  it("reads a photo caption like text, so risk in it is not missed", async () => {
    const eve = chat(1013, "ja");
    await eve.text("/start");
    const sent = await eve.send(photoUpdate(eve.user, "死にたい"));
    expect(textOf(sent)).toMatch(/0570-783-556|いのちの電話/);
  });

  it("answers an earlier message edited into a crisis, and stays quiet for an ordinary edit", async () => {
    const ren = chat(1030, "ja");
    await ren.text("/start");
    const before = fake.sentTo(1030).length;
    fake.push(editedTextUpdate(ren.user, "こんにちは"));
    const sent = await ren.send(editedTextUpdate(ren.user, "もう死にたい"));
    expect(textOf(sent)).toMatch(/0570-783-556|いのちの電話/);
    expect(fake.sentTo(1030).slice(before)).toEqual(sent);
  });

  it("stops on /stop, and /delete reaches the deletion question and confirms the deletion", async () => {
    const frank = chat(1014);
    await frank.text("/start");
    const stopped = await frank.text("/stop", mentions("I'll stop here"));
    expect(stopped).toHaveLength(1);
    expect((await frank.state())?.lifecycle).toBe("stopped");

    expect(textOf(await frank.text(`/delete@${fake.username}`))).toContain(
      "Delete everything I keep about you",
    );
    const deleted = await frank.press("Yes, delete it", mentions("Your data has been deleted"));
    expect(textOf(deleted)).toContain("Your data has been deleted");
    expect(await frank.state()).toBeUndefined();
  });

  it("answers a sticker gently and asks the question again", async () => {
    const gus = chat(1015);
    await gus.text("/start");
    const sent = await gus.send(stickerUpdate(gus.user));
    expect(textOf(sent)).toContain("I can only read text");
    expect(hasChoices(sent.at(-1))).toBe(true);
  });

  it("sends nothing once the person blocked the bot, and welcomes them back after they unblock", async () => {
    const hana = chat(1016);
    await hana.text("/start");
    const before = fake.sentTo(1016).length;
    fake.push(membershipUpdate(hana.user, "kicked"));
    await eventually(
      () => hana.state(),
      (state) => state?.lifecycle === "unreachable",
      "the block",
    );
    expect(fake.sentTo(1016)).toHaveLength(before);

    fake.push(membershipUpdate(hana.user, "member"));
    await eventually(
      () => hana.state(),
      (state) => state?.lifecycle !== "unreachable",
      "the unblock",
    );
    // The client's own "Restart" (/start) brings the welcome back; the unblock itself says nothing.
    expect(fake.sentTo(1016)).toHaveLength(before);
    const sent = await hana.text("/start");
    expect(sent[0]?.payload.text).toContain("Welcome back");
  });

  it("treats a 403 on send as a block: stops sending and tells the core", async () => {
    const ivan = chat(1017);
    fake.block(1017);
    fake.push(textUpdate(ivan.user, "/start"));
    await eventually(
      () => ivan.state(),
      (state) => state?.lifecycle === "unreachable",
      "the 403 to be noticed",
    );
    // The welcome has several messages; only the first was tried.
    expect(fake.sentTo(1017)).toHaveLength(1);
    fake.unblock(1017);
  });

  it("handles a repeated update_id once", async () => {
    const jun = chat(1018);
    await jun.text("/start");
    const before = fake.sentTo(1018).length;
    const repeated = textUpdate(jun.user, "menu");
    fake.push(repeated, { ...repeated });
    // A later update of the same chat is answered only after both copies were handled.
    fake.push(stickerUpdate(jun.user));
    await fake.waitFor(() => {
      const sent = fake.sentTo(1018).slice(before);
      return mentions("I can only read text")(sent) && endsWithQuestion(sent);
    }, "the reply to the sticker");
    const texts = fake
      .sentTo(1018)
      .slice(before)
      .map((call) => String(call.payload.text));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain("What would you like to do?");
    expect(texts[1]).toContain("I can only read text");
    expect(texts[2]).toContain("What would you like to do?");
  });

  it("says once in a group that it talks one-to-one, with a link to its private chat", async () => {
    const kai = person(1019, "en");
    fake.push(
      groupTextUpdate(-5001, kai, `/start@${fake.username}`),
      groupTextUpdate(-5001, kai, `@${fake.username} hello?`),
    );
    const note = await fake.waitFor(() => fake.sentTo(-5001).at(0), "the group note");
    expect(note.payload.text).toContain("one-to-one");
    expect(note.payload.text).toContain(`https://t.me/${fake.username}`);
    // The poller fetches the next batch only after this one: a reply to a later update means
    // the group's second message has been handled.
    await chat(1020).text("/start");
    fake.push(groupTextUpdate(-5001, kai, "anyone?"));
    await chat(1021).text("/start");
    expect(fake.sentTo(-5001)).toHaveLength(1);
    expect(
      await running.app.store.conversations.get(running.app.core.pseudonym("telegram", "1019")),
    ).toBeUndefined();
  });

  it("waits out a 429 for retry_after and then sends", async () => {
    const lea = chat(1022);
    await lea.text("/start");
    fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    const twice = (sent: RecordedCall[]) =>
      sent.filter((call) => call.payload.text.includes("I'll stop")).length === 2;
    const sent = await lea.text("/stop", twice);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.payload.text).toBe(sent[1]?.payload.text);
    expect((sent[1]?.at ?? 0) - (sent[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("keeps one chat's replies in order when its updates arrive together", async () => {
    const mia = chat(1023);
    await mia.text("/start");
    const before = fake.sentTo(1023).length;
    fake.push(
      textUpdate(mia.user, "/help"),
      stickerUpdate(mia.user),
      textUpdate(mia.user, "/stop"),
    );
    await fake.waitFor(
      () => mentions("I'll stop here")(fake.sentTo(1023).slice(before)),
      "the stop",
    );
    const texts = fake
      .sentTo(1023)
      .slice(before)
      .map((call) => String(call.payload.text));
    const help = texts.findIndex((text) => text.includes("Words that work"));
    const sticker = texts.findIndex((text) => text.includes("I can only read text"));
    const stop = texts.findIndex((text) => text.includes("I'll stop here"));
    expect(help).toBeGreaterThanOrEqual(0);
    expect(help).toBeLessThan(sticker);
    expect(sticker).toBeLessThan(stop);
  });
});

describe("Telegram start-up on a Bot API server that lacks methods", () => {
  it("logs the failures (pseudonyms only) and still holds a conversation, then stops cleanly", async () => {
    const partial = await startFakeBotApi();
    partial.remove("setMyCommands");
    partial.remove("deleteWebhook");
    const lines: string[] = [];
    const other = await startTelegramApp(
      partial,
      {},
      createLogger("debug", (line) => lines.push(line)),
    );
    const userId = 987_654_321;
    try {
      const someone = chatWith(person(userId), partial, other.app);
      expect(textOf(await someone.text("/start campaign-x"))).toContain("Hello, I'm komorebi");
      await someone.text("an unusual sentence to look for");
      partial.push(membershipUpdate(someone.user, "kicked"));
      await eventually(
        () => someone.state(),
        (state) => state?.lifecycle === "unreachable",
        "the block",
      );
    } finally {
      const started = Date.now();
      await other.close();
      // The long poll is aborted, not waited out.
      expect(Date.now() - started).toBeLessThan(3000);
      await partial.close();
    }
    const log = lines.join("\n");
    expect(log).toContain("telegram commands menu not set");
    expect(log).toContain(other.app.core.pseudonym("telegram", String(userId)));
    expect(log).not.toContain(String(userId));
    expect(log).not.toContain("unusual sentence");
    expect(log).not.toContain(partial.token);
  });
});
