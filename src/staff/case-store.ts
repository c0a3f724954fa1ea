/**
 * Cases in the store (Keyv: SQLite, Redis or Postgres, the same as conversations). A case is one
 * value under its number; small index values find the open case of a conversation, the case of
 * a channel's thread, and the cases with work left. Changes run under the store's lock (across
 * processes on Redis and Postgres), so one claim wins and nothing is applied twice.
 */
import type { Keyv } from "keyv";
import type { Logger } from "../core/ports.js";
import { type CaseRecord, caseRecordSchema } from "./case-record.js";

/** Runs a task under a named lock (the conversation store's lock, keyed apart). */
export type NamedLock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

const keys = {
  case: (number: number) => `case:${number}`,
  sequence: "case-seq",
  openFor: (conversation: string) => `case-open:${conversation}`,
  thread: (channel: string, thread: string) => `case-thread:${channel}:${thread}`,
  active: "cases-active",
} as const;

const INDEX_LOCK = "staff:cases";
const caseLock = (number: number) => `staff:case:${number}`;

/** The case store. */
export interface CaseStore {
  read(number: number): Promise<CaseRecord | undefined>;
  /**
   * Changes one case under its lock: `change` gets a copy and returns it changed (saved) or
   * undefined (nothing saved). Resolves to what `change` returned.
   */
  update<T>(
    number: number,
    change: (record: CaseRecord) => { record?: CaseRecord; result: T },
  ): Promise<T | undefined>;
  /**
   * Holds a case's lock while `task` runs (sending to a staff channel included), so no other
   * process shows the same thing twice; `save` writes the case.
   */
  hold<T>(
    number: number,
    task: (
      current: CaseRecord | undefined,
      save: (record: CaseRecord) => Promise<void>,
    ) => Promise<T>,
  ): Promise<T>;
  /**
   * The open case of a conversation, opened with `fresh` when there is none; `created` says
   * whether it is new.
   */
  openFor(
    conversation: string,
    fresh: (number: number) => CaseRecord,
  ): Promise<{ number: number; created: boolean }>;
  /** The open case of a conversation, if any. */
  findOpen(conversation: string): Promise<number | undefined>;
  /** Forgets a closed case as the conversation's open one. */
  forgetOpen(conversation: string, number: number): Promise<void>;
  thread(channel: string, thread: string): Promise<number | undefined>;
  rememberThread(channel: string, thread: string, number: number): Promise<void>;
  /** Cases that are open or still have something to show. */
  active(): Promise<number[]>;
  /** Drops a case from the active ones (closed, nothing left to show). */
  retire(number: number): Promise<void>;
}

/** Creates the case store on the store's Keyv. */
export function createCaseStore(
  kv: Keyv<unknown>,
  lock: NamedLock,
  options: { logger: Logger; retentionMs?: number },
): CaseStore {
  const { logger } = options;
  const ttl = options.retentionMs && options.retentionMs > 0 ? options.retentionMs : undefined;

  const read = async (number: number) => {
    const value = await kv.get(keys.case(number));
    if (value === undefined) return undefined;
    const parsed = caseRecordSchema.safeParse(value);
    if (!parsed.success) logger.warn("staff: unreadable case treated as missing", { case: number });
    return parsed.success ? parsed.data : undefined;
  };
  const numberAt = async (key: string) => {
    const value = await kv.get(key);
    return typeof value === "number" ? value : undefined;
  };
  const activeList = async () => {
    const value = await kv.get(keys.active);
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === "number") : [];
  };

  return {
    read,
    update: (number, change) =>
      lock(caseLock(number), async () => {
        const current = await read(number);
        if (!current) return undefined;
        const { record, result } = change(structuredClone(current));
        if (record) await kv.set(keys.case(number), record, ttl);
        return result;
      }),
    hold: (number, task) =>
      lock(caseLock(number), async () =>
        task(await read(number), async (record) => {
          await kv.set(keys.case(number), record, ttl);
        }),
      ),
    openFor: (conversation, fresh) =>
      lock(INDEX_LOCK, async () => {
        const existing = await numberAt(keys.openFor(conversation));
        if (existing !== undefined && (await read(existing))?.status !== "closed") {
          return { number: existing, created: false };
        }
        const number = ((await numberAt(keys.sequence)) ?? 0) + 1;
        // The number first: a crash after it leaves a gap, never two cases with one number.
        await kv.set(keys.sequence, number);
        await kv.set(keys.case(number), fresh(number), ttl);
        await kv.set(keys.openFor(conversation), number, ttl);
        await kv.set(keys.active, [...(await activeList()), number]);
        return { number, created: true };
      }),
    findOpen: (conversation) => numberAt(keys.openFor(conversation)),
    forgetOpen: (conversation, number) =>
      lock(INDEX_LOCK, async () => {
        if ((await numberAt(keys.openFor(conversation))) === number) {
          await kv.delete(keys.openFor(conversation));
        }
      }),
    thread: (channel, thread) => numberAt(keys.thread(channel, thread)),
    rememberThread: async (channel, thread, number) => {
      await kv.set(keys.thread(channel, thread), number, ttl);
    },
    active: activeList,
    retire: (number) =>
      lock(INDEX_LOCK, async () => {
        await kv.set(
          keys.active,
          (await activeList()).filter((n) => n !== number),
        );
      }),
  };
}
