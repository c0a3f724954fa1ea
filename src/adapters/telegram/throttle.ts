/**
 * Keeps sends under Telegram's limits (about 30 messages a second for a bot, 20 a minute in a
 * group, and no long run of more than about one a second in one chat), so a busy hour slows
 * answers a little instead of drawing 429s. One chat's messages go out one at a time, in order,
 * a quarter of a second apart: an answer of several messages (the helplines among them) arrives
 * within a second, and Telegram tolerates such short bursts. A group's messages go a second
 * apart, at most 20 a minute.
 *
 * The same rules as grammY's throttler (@grammyjs/transformer-throttler) with our spacing, but
 * without Bottleneck underneath: Bottleneck cost close to a millisecond of CPU a message once a
 * few hundred chats were waiting, more than the send itself. Here a message that may go at once
 * costs a map lookup, and only one that has to wait sets a timer.
 */
import type { Transformer } from "grammy";

/** Spacing of one private chat's messages. */
export const CHAT_MESSAGE_SPACING_MS = 250;
/** Spacing of one group's messages, and how many a group may get a minute. */
const GROUP_MESSAGE_SPACING_MS = 1000;
const GROUP_MESSAGES_PER_MINUTE = 20;
const MINUTE_MS = 60_000;
const SECOND_MS = 1000;

/** One chat's line of messages. */
interface Lane {
  /** Settles when the chat's last message so far has been sent (or failed). */
  tail: Promise<void>;
  /** Messages waiting or under way. */
  waiting: number;
  /** When the chat's last message went out. */
  lastStart: number;
  /** Groups: the current minute's start and how many went in it. */
  windowStart: number;
  windowCount: number;
}

/** A fixed window of starts: at most `limit` in each `periodMs`. */
interface Window {
  start: number;
  count: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The throttling transformer; `perSecond` is the bot-wide rate. */
export function createSendThrottler(perSecond: number): Transformer {
  const lanes = new Map<string, Lane>();
  let sweepAbove = 1000;
  const bot: Window = { start: 0, count: 0 };

  /** Waits for a place in the bot-wide window. */
  const botSlot = async () => {
    for (;;) {
      const now = Date.now();
      if (now - bot.start >= SECOND_MS) {
        bot.start = now;
        bot.count = 0;
      }
      if (bot.count < perSecond) {
        bot.count += 1;
        return;
      }
      await sleep(bot.start + SECOND_MS - now);
    }
  };

  /** Lanes nobody waits in and whose spacing has passed are forgotten, a batch at a time. */
  const sweep = (now: number) => {
    for (const [key, lane] of lanes) {
      const quiet =
        lane.waiting === 0 &&
        now - lane.lastStart >= GROUP_MESSAGE_SPACING_MS &&
        now - lane.windowStart >= MINUTE_MS;
      if (quiet) lanes.delete(key);
    }
    sweepAbove = Math.max(1000, lanes.size * 2);
  };

  const laneFor = (key: string): Lane => {
    let lane = lanes.get(key);
    if (!lane) {
      if (lanes.size >= sweepAbove) sweep(Date.now());
      lane = { tail: Promise.resolve(), waiting: 0, lastStart: 0, windowStart: 0, windowCount: 0 };
      lanes.set(key, lane);
    }
    return lane;
  };

  return async (prev, method, payload, signal) => {
    if (!payload || !("chat_id" in payload)) return prev(method, payload, signal);
    const chatId = Number((payload as { chat_id: unknown }).chat_id);
    const group = chatId < 0;
    const lane = laneFor(String(chatId));
    const previous = lane.tail;
    let done: () => void = () => {};
    lane.tail = new Promise<void>((resolve) => {
      done = resolve;
    });
    lane.waiting += 1;
    try {
      // One at a time per chat, in order: the next waits until this one has been answered.
      await previous;
      const spacing = group ? GROUP_MESSAGE_SPACING_MS : CHAT_MESSAGE_SPACING_MS;
      for (;;) {
        const now = Date.now();
        let wait = lane.lastStart + spacing - now;
        if (group) {
          if (now - lane.windowStart >= MINUTE_MS) {
            lane.windowStart = now;
            lane.windowCount = 0;
          }
          if (lane.windowCount >= GROUP_MESSAGES_PER_MINUTE) {
            wait = Math.max(wait, lane.windowStart + MINUTE_MS - now);
          }
        }
        if (wait <= 0) break;
        await sleep(wait);
      }
      if (perSecond > 0) await botSlot();
      if (group) lane.windowCount += 1;
      lane.lastStart = Date.now();
      return await prev(method, payload, signal);
    } finally {
      lane.waiting -= 1;
      done();
    }
  };
}
