/**
 * What happens to one update, whichever transport brought it: the button's spinner is stopped at
 * once, then, in the chat's own queue, the core answers and the reply is sent. One chat's updates
 * run strictly in arrival order (reply included, so two replies never interleave); different
 * chats run side by side. A 403 on send means the person blocked the bot: the core hears an
 * unfollow and nothing more is sent.
 */
import { type Api, GrammyError } from "grammy";
import type { CallbackQuery, Update } from "grammy/types";
import type { ConversationCore } from "../../core/conversation.js";
import type { Logger } from "../../core/ports.js";
import type { InboundEvent } from "../../core/types.js";
import { createKeyedQueue } from "../../store/keyed-queue.js";
import { errorText } from "./error-text.js";
import { parseTelegramUpdate, type TelegramInbound } from "./inbound.js";
import { renderForTelegram } from "./outbound.js";
import { createRecentSet } from "./recent-set.js";
import { groupNote, telegramLocale } from "./texts.js";

/** Who the bot is, as far as getMe has told us. */
export interface BotIdentity {
  /** The username if known now (no API call). */
  known(): string | undefined;
  /** The username, asking getMe again if it is not known yet (throttled). */
  resolve(): Promise<string | undefined>;
}

/** Options for {@link createUpdateHandler}. */
export interface UpdateHandlerOptions {
  api: Api;
  core: ConversationCore;
  logger: Logger;
  identity: BotIdentity;
  /** How many group chats are remembered as already told (oldest forgotten first). */
  maxRememberedGroups?: number;
  /** How long a group is remembered as told. */
  groupNoteTtlMs?: number;
}

/** Handles updates from polling or the webhook. */
export interface UpdateHandler {
  /**
   * Queues one update behind earlier ones of the same chat. The queueing itself happens before
   * this returns a promise, so calling it in arrival order keeps that order. Never rejects.
   */
  dispatch(update: Update): Promise<void>;
  /** Updates accepted but not finished yet. */
  readonly pending: number;
  /** Waits until every accepted update is finished, or `timeoutMs` has passed. */
  drain(timeoutMs: number): Promise<boolean>;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Creates the handler. */
export function createUpdateHandler(options: UpdateHandlerOptions): UpdateHandler {
  const { api, core, logger, identity } = options;
  const queue = createKeyedQueue();
  const inFlight = new Set<Promise<void>>();
  const toldGroups = createRecentSet({
    maxSize: options.maxRememberedGroups ?? 10_000,
    ttlMs: options.groupNoteTtlMs ?? WEEK_MS,
  });
  const defaultLocale = core.content.system.defaultLocale;

  const acknowledge = (query: CallbackQuery) => {
    api.answerCallbackQuery(query.id).catch((error: unknown) => {
      // An old query (after a restart) can no longer be answered; nothing is lost.
      logger.debug("telegram answerCallbackQuery failed", { error: errorText(error) });
    });
    const message = query.message;
    // date 0 marks a message the bot can no longer see; there is no keyboard left to edit.
    if (!message || message.date === 0 || message.chat.type !== "private") return;
    if (!("reply_markup" in message) || !message.reply_markup?.inline_keyboard.length) return;
    // The answered question loses its buttons so the chat reads as a conversation; a second
    // press on the same message cannot happen, and older keyboards still resolve in the core.
    api
      .editMessageReplyMarkup(message.chat.id, message.message_id, {
        reply_markup: { inline_keyboard: [] },
      })
      .catch((error: unknown) => {
        logger.debug("telegram keyboard not removed", { error: errorText(error) });
      });
  };

  const converse = async (inbound: Extract<TelegramInbound, { kind: "conversation" }>) => {
    const result = await core.handle(inbound.event);
    if (result.duplicate || inbound.silent || inbound.event.payload.type === "unfollow") return;
    // `reachable` speaks of pushes (check-ins, staff replies): the answer to what the person just
    // did still goes out, or a confirmed deletion would never be confirmed.
    for (const message of renderForTelegram(result.messages)) {
      try {
        await api.sendMessage(inbound.chatId, message.text, {
          link_preview_options: { is_disabled: true },
          ...(message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
        });
      } catch (error) {
        if (error instanceof GrammyError && error.error_code === 403) {
          await markBlocked(inbound.event, result.conversation);
          return;
        }
        // The rest still goes out: each part stands alone, and a later one may be the helplines.
        logger.error("telegram send failed", {
          conversation: result.conversation,
          error: errorText(error),
        });
      }
    }
  };

  const markBlocked = async (event: InboundEvent, conversation: string) => {
    logger.info("telegram chat blocked the bot", { conversation });
    // No event id: this unfollow is the adapter's own finding, not a platform event.
    await core.handle({
      channel: event.channel,
      userId: event.userId,
      payload: { type: "unfollow" },
    });
  };

  const noteGroup = async (inbound: Extract<TelegramInbound, { kind: "group" }>) => {
    const key = String(inbound.chatId);
    if (toldGroups.has(key)) return;
    // Remembered before sending: a group where the bot may not write is not retried either.
    toldGroups.add(key);
    const username = await identity.resolve();
    const link = username ? `https://t.me/${username}` : undefined;
    const text = groupNote(core, telegramLocale(inbound.localeHint, defaultLocale), link);
    try {
      await api.sendMessage(inbound.chatId, text, { link_preview_options: { is_disabled: true } });
      logger.info("telegram group told to write one-to-one");
    } catch (error) {
      logger.warn("telegram group note failed", { error: errorText(error) });
    }
  };

  const dispatch = (update: Update): Promise<void> => {
    let inbound: TelegramInbound;
    try {
      if (update.callback_query) acknowledge(update.callback_query);
      inbound = parseTelegramUpdate(update, { botUsername: identity.known() });
    } catch (error) {
      // Only a malformed update gets here (the webhook checks no more than update_id).
      logger.warn("telegram update not understood", { error: errorText(error) });
      return Promise.resolve();
    }
    if (inbound.kind === "ignored") return Promise.resolve();
    const task = queue
      .run(String(inbound.chatId), () =>
        inbound.kind === "group" ? noteGroup(inbound) : converse(inbound),
      )
      .catch((error: unknown) => {
        const conversation =
          inbound.kind === "conversation"
            ? core.pseudonym("telegram", inbound.event.userId)
            : undefined;
        logger.error("telegram update failed", { conversation, error: errorText(error) });
      });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    return task;
  };

  return {
    dispatch,
    get pending() {
      return inFlight.size;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const settled = (async () => {
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        return true as const;
      })();
      try {
        return await Promise.race([settled, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
