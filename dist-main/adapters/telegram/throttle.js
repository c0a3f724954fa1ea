/** Spacing of one private chat's messages. */
export const CHAT_MESSAGE_SPACING_MS = 250;
/** Spacing of one group's messages, and how many a group may get a minute. */
const GROUP_MESSAGE_SPACING_MS = 1000;
const GROUP_MESSAGES_PER_MINUTE = 20;
const MINUTE_MS = 60_000;
const SECOND_MS = 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The throttling transformer; `perSecond` is the bot-wide rate. */
export function createSendThrottler(perSecond) {
    const lanes = new Map();
    let sweepAbove = 1000;
    const bot = { start: 0, count: 0 };
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
    const sweep = (now) => {
        for (const [key, lane] of lanes) {
            const quiet = lane.waiting === 0 &&
                now - lane.lastStart >= GROUP_MESSAGE_SPACING_MS &&
                now - lane.windowStart >= MINUTE_MS;
            if (quiet)
                lanes.delete(key);
        }
        sweepAbove = Math.max(1000, lanes.size * 2);
    };
    const laneFor = (key) => {
        let lane = lanes.get(key);
        if (!lane) {
            if (lanes.size >= sweepAbove)
                sweep(Date.now());
            lane = { tail: Promise.resolve(), waiting: 0, lastStart: 0, windowStart: 0, windowCount: 0 };
            lanes.set(key, lane);
        }
        return lane;
    };
    return async (prev, method, payload, signal) => {
        if (!payload || !("chat_id" in payload))
            return prev(method, payload, signal);
        const chatId = Number(payload.chat_id);
        const group = chatId < 0;
        const lane = laneFor(String(chatId));
        const previous = lane.tail;
        let done = () => { };
        lane.tail = new Promise((resolve) => {
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
                if (wait <= 0)
                    break;
                await sleep(wait);
            }
            if (perSecond > 0)
                await botSlot();
            if (group)
                lane.windowCount += 1;
            lane.lastStart = Date.now();
            return await prev(method, payload, signal);
        }
        finally {
            lane.waiting -= 1;
            done();
        }
    };
}
//# sourceMappingURL=throttle.js.map