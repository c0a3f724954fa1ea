/**
 * Telegram updates shaped like the Bot API documentation's examples, for tests. Each builder
 * takes a fresh, increasing update_id unless one is given (to simulate a redelivery).
 */
import type { Message, Update, User } from "grammy/types";

/** A person on Telegram; in a private chat the chat id equals the user id. */
export function person(id: number, languageCode = "en"): User {
  return { id, is_bot: false, first_name: `Person ${id}`, language_code: languageCode };
}

let nextId = 10_000;
/** A fresh update id. */
export const updateId = (): number => {
  nextId += 1;
  return nextId;
};
let nextMessageId = 1;

function message(from: User, fields: Partial<Message>, chat?: Message["chat"]): Message {
  nextMessageId += 1;
  return {
    message_id: nextMessageId,
    date: Math.floor(Date.now() / 1000),
    chat: chat ?? { id: from.id, type: "private", first_name: from.first_name },
    from,
    ...fields,
  } as Message;
}

/** A text message; a leading command gets its bot_command entity, as clients send it. */
export function textUpdate(from: User, text: string, id = updateId()): Update {
  const command = /^\/\S+/.exec(text);
  const entities = command
    ? [{ type: "bot_command" as const, offset: 0, length: command[0].length }]
    : undefined;
  return {
    update_id: id,
    message: message(from, { text, ...(entities ? { entities } : {}) }),
  } as Update;
}

/** The person edited their earlier message `messageId` to read `text`. */
export function editedTextUpdate(from: User, text: string, messageId = 1, id = updateId()): Update {
  return {
    update_id: id,
    edited_message: { ...message(from, { text }), message_id: messageId, edit_date: 1_700_000_100 },
  } as Update;
}

/** A press on an inline button of the bot's message `messageId`. */
export function callbackUpdate(
  from: User,
  data: string,
  messageId: number,
  keyboard: { text: string; callback_data: string }[][] = [[{ text: "x", callback_data: data }]],
  id = updateId(),
): Update {
  return {
    update_id: id,
    callback_query: {
      id: `cq-${id}`,
      from,
      chat_instance: `ci-${from.id}`,
      data,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: from.id, type: "private", first_name: from.first_name },
        from: { id: 123456, is_bot: true, first_name: "komorebi", username: "komorebi_test_bot" },
        text: "question",
        reply_markup: { inline_keyboard: keyboard },
      },
    },
  } as Update;
}

/** A sticker. */
export function stickerUpdate(from: User, id = updateId()): Update {
  return {
    update_id: id,
    message: message(from, {
      sticker: {
        file_id: "CAACAgIAAxkBAAIB",
        file_unique_id: "AgADBAAD",
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: "🌱",
      },
    }),
  } as Update;
}

/** A photo, optionally with a caption. */
export function photoUpdate(from: User, caption?: string, id = updateId()): Update {
  return {
    update_id: id,
    message: message(from, {
      photo: [{ file_id: "AgACAgIAAxkBAAIC", file_unique_id: "AQADAgAD", width: 90, height: 90 }],
      ...(caption ? { caption } : {}),
    }),
  } as Update;
}

/** The person blocked (`kicked`) or unblocked (`member`) the bot. */
export function membershipUpdate(from: User, status: "kicked" | "member", id = updateId()): Update {
  const bot = { id: 123456, is_bot: true, first_name: "komorebi", username: "komorebi_test_bot" };
  const old =
    status === "kicked"
      ? { status: "member", user: bot }
      : { status: "kicked", user: bot, until_date: 0 };
  const now =
    status === "kicked"
      ? { status: "kicked", user: bot, until_date: 0 }
      : { status: "member", user: bot };
  return {
    update_id: id,
    my_chat_member: {
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: old,
      new_chat_member: now,
    },
  } as Update;
}

/** A text message in a group. */
export function groupTextUpdate(chatId: number, from: User, text: string, id = updateId()): Update {
  return {
    update_id: id,
    message: message(from, { text }, { id: chatId, type: "supergroup", title: "Some group" }),
  } as Update;
}
