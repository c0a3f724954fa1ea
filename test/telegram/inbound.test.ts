import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { parseTelegramUpdate, startFromText } from "../../src/adapters/telegram/inbound.js";
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

const context = { botUsername: "komorebi_test_bot" };
const payloadOf = (update: Update) => {
  const inbound = parseTelegramUpdate(update, context);
  return inbound.kind === "conversation" ? inbound.event.payload : inbound.kind;
};

describe("Telegram start and referral codes", () => {
  it.each([
    ["/start", { type: "start" }],
    ["/start abc_DEF-123", { type: "start", referral: "abc_DEF-123" }],
    ["/start@komorebi_test_bot qr-1", { type: "start", referral: "qr-1" }],
    ["/start   spaced  ", { type: "start", referral: "spaced" }],
    [`/start ${"a".repeat(64)}`, { type: "start", referral: "a".repeat(64) }],
    [`/start ${"a".repeat(65)}`, { type: "start" }],
    ["/start bad$code", { type: "start" }],
    ["/start two words", { type: "start" }],
    ["https://t.me/komorebi_test_bot?start=flyer-9", { type: "start", referral: "flyer-9" }],
    ["t.me/Komorebi_Test_Bot?start=flyer-9", { type: "start", referral: "flyer-9" }],
    ["tg://resolve?domain=komorebi_test_bot&start=x1", { type: "start", referral: "x1" }],
    ["ref-kobe2", { type: "start", referral: "ref-kobe2" }],
    ["Ref-Kobe2", { type: "start", referral: "ref-Kobe2" }],
    ["ｒｅｆ－ｋｏｂｅ２", { type: "start", referral: "ref-kobe2" }],
  ])("%s starts", (text, expected) => {
    expect(startFromText(text, context)).toEqual(expected);
  });

  it.each([
    "kobe2",
    "start",
    "/starting",
    "my code is ref-kobe2",
    "ref-",
    "https://t.me/some_other_bot?start=flyer-9",
    "https://example.org/?start=flyer-9",
  ])("%s is ordinary text", (text) => {
    expect(startFromText(text, context)).toBeUndefined();
  });

  it("accepts a pasted start link while the bot's own name is still unknown", () => {
    expect(startFromText("https://t.me/anything_bot?start=c1")).toEqual({
      type: "start",
      referral: "c1",
    });
  });
});

describe("Telegram updates to events", () => {
  it("maps text, with the update id as event id and the language as locale hint", () => {
    const inbound = parseTelegramUpdate(textUpdate(person(7, "ja"), "こんにちは", 555), context);
    expect(inbound).toEqual({
      kind: "conversation",
      chatId: 7,
      silent: false,
      event: {
        channel: "telegram",
        userId: "7",
        eventId: "555",
        localeHint: "ja",
        payload: { type: "text", text: "こんにちは" },
      },
    });
  });

  it("maps a button press to the core's choice id", () => {
    expect(payloadOf(callbackUpdate(person(7), "menu.main.settings", 3))).toEqual({
      type: "choice",
      choiceId: "menu.main.settings",
    });
  });

  it("maps an edited private message to an edit, and leaves edits in groups alone", () => {
    expect(payloadOf(editedTextUpdate(person(7), "fixed typo"))).toEqual({
      type: "edit",
      text: "fixed typo",
    });
    const edited = editedTextUpdate(person(7), "x");
    const inGroup = {
      ...edited,
      edited_message: { ...edited.edited_message, chat: { id: -5, type: "group", title: "g" } },
    } as Update;
    expect(payloadOf(inGroup)).toBe("ignored");
    const blank = editedTextUpdate(person(7), "  ");
    expect(payloadOf(blank)).toBe("ignored");
  });

  it("maps media to unsupported, and a caption to text", () => {
    expect(payloadOf(stickerUpdate(person(7)))).toEqual({ type: "unsupported", media: "sticker" });
    expect(payloadOf(photoUpdate(person(7)))).toEqual({ type: "unsupported", media: "image" });
    expect(payloadOf(photoUpdate(person(7), "look"))).toEqual({ type: "text", text: "look" });
    const base = textUpdate(person(7), "x");
    const media = (fields: object) =>
      payloadOf({ ...base, message: { ...base.message, text: undefined, ...fields } } as Update);
    expect(media({ voice: { file_id: "v" } })).toEqual({ type: "unsupported", media: "audio" });
    expect(media({ video: { file_id: "v" } })).toEqual({ type: "unsupported", media: "video" });
    expect(media({ video_note: { file_id: "v" } })).toEqual({
      type: "unsupported",
      media: "video",
    });
    expect(media({ document: { file_id: "d" } })).toEqual({ type: "unsupported", media: "file" });
    expect(media({ location: { latitude: 35, longitude: 139 } })).toEqual({
      type: "unsupported",
      media: "location",
    });
    expect(media({ contact: { phone_number: "1", first_name: "a" } })).toEqual({
      type: "unsupported",
      media: "contact",
    });
    expect(media({ dice: { emoji: "🎲", value: 3 } })).toEqual({
      type: "unsupported",
      media: "other",
    });
    expect(media({ pinned_message: {} })).toBe("ignored");
  });

  it("maps a block to unfollow and an unblock to a silent follow", () => {
    expect(payloadOf(membershipUpdate(person(7), "kicked"))).toEqual({ type: "unfollow" });
    const unblock = parseTelegramUpdate(membershipUpdate(person(7), "member"), context);
    expect(unblock).toMatchObject({
      kind: "conversation",
      silent: true,
      event: { payload: { type: "follow" } },
    });
  });

  it("sends groups to the one-to-one note and ignores bots and channels", () => {
    expect(parseTelegramUpdate(groupTextUpdate(-9, person(7, "ja"), "/start"), context)).toEqual({
      kind: "group",
      chatId: -9,
      localeHint: "ja",
    });
    const fromBot = textUpdate({ ...person(8), is_bot: true }, "hi");
    expect(parseTelegramUpdate(fromBot, context)).toEqual({ kind: "ignored" });
    const inChannel = groupTextUpdate(-10, person(7), "hi");
    (inChannel.message as { chat: { type: string } }).chat.type = "channel";
    expect(parseTelegramUpdate(inChannel, context)).toEqual({ kind: "ignored" });
    expect(parseTelegramUpdate({ update_id: 1 } as Update, context)).toEqual({ kind: "ignored" });
  });
});
