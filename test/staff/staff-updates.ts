/**
 * Updates from a Telegram forum supergroup (the staff group), shaped like the Bot API's: a
 * message in a case's topic, and a press on a case card's button.
 */
import type { Update, User } from "grammy/types";
import { updateId } from "../telegram/updates.js";

/** A staff member on Telegram. */
export function worker(id: number, name: string): User {
  return { id, is_bot: false, first_name: name, username: `${name.toLowerCase()}_worker` };
}

let nextMessageId = 90_000;

/** A text (or a sticker, without text) written by `from` in topic `topic` of the staff group. */
export function topicMessage(chatId: number, topic: number, from: User, text?: string): Update {
  nextMessageId += 1;
  return {
    update_id: updateId(),
    message: {
      message_id: nextMessageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "supergroup", title: "Staff", is_forum: true },
      from,
      message_thread_id: topic,
      is_topic_message: true,
      ...(text === undefined
        ? {
            sticker: {
              file_id: "CAACAgIAAxkBAAIB",
              file_unique_id: "AgADBAAD",
              type: "regular",
              width: 512,
              height: 512,
              is_animated: false,
              is_video: false,
            },
          }
        : {
            text,
            ...(text.startsWith("/")
              ? {
                  entities: [
                    { type: "bot_command", offset: 0, length: text.split(" ")[0]!.length },
                  ],
                }
              : {}),
          }),
    },
  } as Update;
}

/** A press by `from` on the button with `data` of the bot's card `messageId` in `topic`. */
export function cardPress(
  chatId: number,
  topic: number,
  from: User,
  data: string,
  messageId: number,
  id = updateId(),
): Update {
  return {
    update_id: id,
    callback_query: {
      id: `cq-${id}`,
      from,
      chat_instance: `ci-staff-${chatId}`,
      data,
      message: {
        message_id: messageId,
        message_thread_id: topic,
        is_topic_message: true,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: "supergroup", title: "Staff", is_forum: true },
        from: { id: 123456, is_bot: true, first_name: "komorebi", username: "komorebi_test_bot" },
        text: "card",
      },
    },
  } as Update;
}
