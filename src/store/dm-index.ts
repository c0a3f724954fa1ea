/**
 * The private chats of one channel that were active lately, each with the last event of it that
 * was kept: what a channel whose platform does not deliver again (Discord's gateway) needs, after
 * a new session, to ask for the messages people wrote while no process was connected.
 *
 * Two kinds of keys under `dm-index:<scope>:`. `chat:<pseudonym>` holds the person's platform id,
 * the chat's id and the last kept event's id, sealed (AES-256-GCM, the key of stored addresses):
 * no platform id is stored readable. `day:<YYYY-MM-DD>` lists the pseudonyms noted that day (UTC),
 * so the chats can be found without scanning the store. Both live only as long as the window they
 * serve: Redis forgets them by itself; on SQLite and Postgres they can no longer be read after it
 * and the expiry sweep removes them. A chat's entry is deleted with the person's data.
 */
import type { Keyv } from "keyv";
import { LRUCache } from "lru-cache";
import { createKeyedQueue } from "./keyed-queue.js";

/** One private chat and where the kept events of it end. */
export interface DmChat {
  /** The person's platform id. */
  userId: string;
  /** The private chat's platform id. */
  channelId: string;
  /** The id of the last event kept from it (a time-ordered platform id). */
  lastId: string;
}

/** The index as a channel uses it. */
export interface DmIndex {
  /**
   * Notes that an event of `chat` was kept. Notes for one person are written in the order they
   * were made, so the last event kept is the one that stays.
   */
  note(chat: DmChat): Promise<void>;
  /** The chats noted within the window, the most recently active day first, at most `limit`. */
  recent(limit: number): Promise<DmChat[]>;
  /** Deletes the person's entry (their data was deleted, or they can no longer be written to). */
  forget(userId: string): Promise<void>;
}

/** Seals and opens values (the store's {@link createSealedBox}, dispatch/sealed-box.ts). */
export interface DmIndexBox {
  seal(value: unknown): string;
  open(sealed: string): unknown;
}

/** Options of {@link createDmIndex}. */
export interface DmIndexOptions {
  /** The channel, so that channels never share entries (`discord`). */
  scope: string;
  box: DmIndexBox;
  /** The store's lock (`store.conversations.withLock`): a day's list stays whole across processes. */
  lock: <T>(key: string, task: () => Promise<T>) => Promise<T>;
  /** The person's pseudonym on this channel (the key: never the platform id). */
  pseudonym: (userId: string) => string;
  /** How long a chat stays in the index after its last kept event. */
  windowMs: number;
  /** Now, in ms (tests move it). */
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A day's list keeps this many of its newest people; more could not be caught up anyway. */
const MAX_PER_DAY = 5000;
/** Entries read from the store in one call. */
const READ_BATCH = 100;

/** Creates the index of one channel's private chats on `kv`. */
export function createDmIndex(kv: Keyv<unknown>, options: DmIndexOptions): DmIndex {
  const { scope, box, lock, pseudonym, windowMs } = options;
  const now = options.now ?? Date.now;
  const chatKey = (who: string) => `dm-index:${scope}:chat:${who}`;
  const dayKey = (day: string) => `dm-index:${scope}:day:${day}`;
  const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
  const writes = createKeyedQueue();
  // Who this process has put on a day's list already: a person is listed once a day, not once
  // an event (another process listing them too is harmless: a list holds each once).
  const listed = new LRUCache<string, true>({ max: 50_000, ttl: DAY_MS });

  const list = async (who: string, at: number) => {
    const day = dayOf(at);
    if (listed.has(`${day}:${who}`)) return;
    const key = dayKey(day);
    await lock(key, async () => {
      const value = await kv.get(key);
      const known = Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
      if (!known.includes(who)) {
        // The day's list lives as long as its last person's entry can.
        await kv.set(key, [...known, who].slice(-MAX_PER_DAY), windowMs + DAY_MS);
      }
    });
    listed.set(`${day}:${who}`, true);
  };

  const readChat = (value: unknown): DmChat | undefined => {
    if (typeof value !== "string") return undefined;
    const chat = box.open(value) as Partial<DmChat> | undefined;
    if (
      typeof chat?.userId !== "string" ||
      typeof chat.channelId !== "string" ||
      typeof chat.lastId !== "string"
    ) {
      return undefined;
    }
    return { userId: chat.userId, channelId: chat.channelId, lastId: chat.lastId };
  };

  return {
    note(chat) {
      const who = pseudonym(chat.userId);
      return writes.run(who, async () => {
        const at = now();
        await kv.set(chatKey(who), box.seal(chat), windowMs);
        await list(who, at);
      });
    },
    async recent(limit) {
      const at = now();
      const days: string[] = [];
      for (let back = 0; back * DAY_MS <= windowMs + DAY_MS; back += 1) {
        days.push(dayOf(at - back * DAY_MS));
      }
      const lists = await Promise.all(days.map((day) => kv.get(dayKey(day))));
      const people: string[] = [];
      const seen = new Set<string>();
      for (const value of lists) {
        const names = Array.isArray(value) ? value : [];
        // The newest day first, and within a day the last listed first.
        for (let index = names.length - 1; index >= 0 && people.length < limit; index -= 1) {
          const who = names[index];
          if (typeof who !== "string" || seen.has(who)) continue;
          seen.add(who);
          people.push(who);
        }
      }
      const chats: DmChat[] = [];
      for (let start = 0; start < people.length; start += READ_BATCH) {
        const batch = people.slice(start, start + READ_BATCH);
        // One at a time rather than getMany: Keyv's getMany turns a failing backend into
        // "nothing there" on some stores, and an outage must not read as "nobody wrote".
        const values = await Promise.all(batch.map((who) => kv.get(chatKey(who))));
        for (const value of values) {
          const chat = readChat(value);
          if (chat) chats.push(chat);
        }
      }
      return chats;
    },
    forget(userId) {
      const who = pseudonym(userId);
      return writes.run(who, async () => {
        await kv.delete(chatKey(who));
      });
    },
  };
}
