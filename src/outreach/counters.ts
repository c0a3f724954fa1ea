/**
 * Anonymous counters: per campaign code, channel, day (UTC) and milestone, in the store under
 * `count:<code>:<YYYY-MM-DD>`. Only numbers: no pseudonym, no text, no time of day.
 */
import type { Keyv } from "keyv";
import type { Milestone } from "../core/types.js";
import type { KeyLock } from "./campaigns.js";

/** One day's counts of one campaign: channel -> milestone -> conversations. */
export type DayCounts = Record<string, Record<string, number>>;

/** The counters in the store. */
export interface CounterStore {
  /** Adds one to each milestone for the campaign and channel, on `now`'s day. */
  add(code: string, channel: string, milestones: readonly Milestone[], now?: Date): Promise<void>;
  /** The counts of one campaign for each day from `from` to `to` (inclusive, YYYY-MM-DD). */
  days(code: string, from: string, to: string): Promise<{ day: string; counts: DayCounts }[]>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const key = (code: string, day: string) => `count:${code}:${day}`;

/** The UTC day of a time, as YYYY-MM-DD. */
export const dayOf = (time: Date): string => time.toISOString().slice(0, 10);

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(dayOf(new Date(t)));
  }
  return days;
}

/** Creates the counter store; `lock` makes concurrent additions (across processes) safe. */
export function createCounterStore(kv: Keyv<unknown>, lock: KeyLock): CounterStore {
  return {
    async add(code, channel, milestones, now = new Date()) {
      if (milestones.length === 0) return;
      const dayKey = key(code, dayOf(now));
      await lock(`outreach:${dayKey}`, async () => {
        const counts = readCounts(await kv.get(dayKey));
        const row = counts[channel] ?? {};
        for (const milestone of milestones) row[milestone] = (row[milestone] ?? 0) + 1;
        counts[channel] = row;
        await kv.set(dayKey, counts);
      });
    },
    async days(code, from, to) {
      const days = daysBetween(from, to);
      if (days.length === 0) return [];
      const values = await kv.getMany(days.map((day) => key(code, day)));
      return days.map((day, index) => ({ day, counts: readCounts(values[index]) }));
    },
  };
}

function readCounts(value: unknown): DayCounts {
  if (typeof value !== "object" || value === null) return {};
  const counts: DayCounts = {};
  for (const [channel, row] of Object.entries(value)) {
    if (typeof row !== "object" || row === null) continue;
    counts[channel] = Object.fromEntries(
      Object.entries(row).filter((entry): entry is [string, number] => Number.isInteger(entry[1])),
    );
  }
  return counts;
}
