/**
 * A person's last few messages, kept for a short while only so they can choose to show them to
 * the staff when they ask for a person ("Yes + what I wrote"). Sealed (AES-256-GCM) under their
 * own key with a time to live: Redis forgets them by itself; on SQLite and Postgres they can no
 * longer be read after it and the expiry sweep removes them. Deleted at once when they are
 * shared, and with the person's data.
 */
import type { Keyv } from "keyv";
import type { SealedBox } from "../dispatch/sealed-box.js";

/** How many messages are kept. */
export const RECENT_TEXTS = 3;
/** How long a message is kept. */
export const RECENT_TEXT_MS = 30 * 60 * 1000;
/** Longest message kept (what is longer is cut). */
const MAX_KEPT = 1000;

/** The last messages of conversations. */
export interface RecentTexts {
  remember(conversation: string, text: string, now: number): Promise<void>;
  /** The messages still within their time, oldest first, and forgets them. */
  take(conversation: string, now: number): Promise<string[]>;
  forget(conversation: string): Promise<void>;
}

interface Kept {
  at: number;
  sealed: string;
}

const key = (conversation: string) => `staff-recent:${conversation}`;

/** Creates the store of last messages. */
export function createRecentTexts(kv: Keyv<unknown>, box: SealedBox): RecentTexts {
  const fresh = async (conversation: string, now: number): Promise<Kept[]> => {
    const value = await kv.get(key(conversation));
    const list = Array.isArray(value) ? (value as Kept[]) : [];
    return list.filter(
      (item) =>
        typeof item?.at === "number" &&
        typeof item.sealed === "string" &&
        now - item.at < RECENT_TEXT_MS,
    );
  };
  return {
    async remember(conversation, text, now) {
      const kept = [
        ...(await fresh(conversation, now)),
        { at: now, sealed: box.seal(text.slice(0, MAX_KEPT)) },
      ].slice(-RECENT_TEXTS);
      await kv.set(key(conversation), kept, RECENT_TEXT_MS);
    },
    async take(conversation, now) {
      const kept = await fresh(conversation, now);
      await kv.delete(key(conversation));
      return kept
        .map((item) => box.open(item.sealed))
        .filter((text): text is string => typeof text === "string");
    },
    async forget(conversation) {
      await kv.delete(key(conversation));
    },
  };
}
