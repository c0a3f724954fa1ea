/**
 * Keeps sends under Telegram's limits (about 30 messages a second for a bot, 20 a minute in a
 * group, and no long run of more than about one a second in one chat) with grammY's throttler,
 * so a busy hour slows answers a little instead of drawing 429s. One chat's messages go out a
 * quarter of a second apart: an answer of several messages (the helplines among them) arrives
 * within a second, and Telegram tolerates such short bursts. Per-chat limits without a
 * reservoir, because a reservoir gives every chat its own timer.
 */
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { Transformer } from "grammy";

/** Spacing of one private chat's messages. */
export const CHAT_MESSAGE_SPACING_MS = 250;

/** The throttling transformer; `perSecond` is the bot-wide rate. */
export function createSendThrottler(perSecond: number): Transformer {
  return apiThrottler({
    global: {
      reservoir: perSecond,
      reservoirRefreshAmount: perSecond,
      reservoirRefreshInterval: 1000,
    },
    out: { maxConcurrent: 1, minTime: CHAT_MESSAGE_SPACING_MS },
  }) as Transformer;
}
