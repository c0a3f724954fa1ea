/**
 * Keeps sends under Telegram's limits (about 30 messages a second for a bot, about one a second
 * for one chat over time, 20 a minute in a group) with grammY's throttler, so a busy hour slows
 * answers a little instead of drawing 429s. A private chat may burst (an answer of several
 * messages, the helplines among them, goes out at once) and then refills one message a second.
 */
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { Transformer } from "grammy";

/** The throttling transformer; `perSecond` is the bot-wide rate. */
export function createSendThrottler(perSecond: number): Transformer {
  return apiThrottler({
    global: {
      reservoir: perSecond,
      reservoirRefreshAmount: perSecond,
      reservoirRefreshInterval: 1000,
    },
    out: {
      maxConcurrent: 1,
      reservoir: 5,
      reservoirIncreaseAmount: 1,
      reservoirIncreaseInterval: 1000,
      reservoirIncreaseMaximum: 5,
    },
  }) as Transformer;
}
