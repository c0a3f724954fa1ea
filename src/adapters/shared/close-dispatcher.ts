/**
 * Closes an undici dispatcher (a Pool, an Agent) that an adapter owns, when the adapter closes
 * after the dispatcher's drain. New calls are refused at once; calls under way may finish, but
 * each is bounded only by its own timeout (a minute for the Bot API), which is longer than a
 * shutdown can wait, so what is still running after `graceMs` is cut.
 */
import type { Dispatcher } from "undici";

/**
 * What an adapter's close gives calls still under way after the drain: the ones the dispatcher
 * does not wait for (LINE's loading animation, a Telegram button's answer).
 */
export const CLOSE_GRACE_MS = 500;

/** Closes `dispatcher` gracefully within `graceMs` (0: at once), then cuts what is left. */
export async function closeDispatcher(dispatcher: Dispatcher, graceMs: number): Promise<void> {
  // Once destroyed, undici may reject or never settle the graceful close: nothing waits on it then.
  const closed = dispatcher.close().then(
    () => true,
    () => true,
  );
  if (graceMs > 0) {
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      closed,
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (inTime) return;
  }
  await dispatcher.destroy().catch(() => {});
}
