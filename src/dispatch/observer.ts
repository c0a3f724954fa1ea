/**
 * What the dispatcher reports as it works, for metrics. Counts and durations only: nothing here
 * carries a pseudonym, so a risk level can be counted without being tied to a person.
 */
import type { RiskLevel } from "../core/risk.js";
import type { ChannelId, StaffEvent } from "../core/types.js";

/** Why an answer was not delivered. */
export type UndeliveredReason = "failed" | "given-up" | "gone" | "dropped";

/**
 * What became of a check-in series: the person asked for it (`scheduled`), one went out
 * (`sent`), one waits for LINE's monthly push budget (`waiting-budget`), the person ended them
 * (stop, "no more", delete, unfollow, block: `cancelled`), or the last one went unanswered
 * (`ended`).
 */
export type CheckInMetric = "scheduled" | "sent" | "waiting-budget" | "cancelled" | "ended";

/** Hears what the dispatcher does; every method must be cheap and must not throw. */
export interface DispatchObserver {
  /** Events kept (duplicates not counted). */
  received(channel: ChannelId, count: number): void;
  /** One event handled and saved, `ms` after it was accepted; `risk` when a text was assessed. */
  handled(channel: ChannelId, ms: number, risk: RiskLevel | undefined): void;
  /** A staff event (crisis, handoff request) raised by a turn. */
  staff(type: StaffEvent["type"], channel: ChannelId): void;
  /** Events waiting in inboxes of this process went up (or down, negative). */
  inbox(delta: number): void;
  /** An answer delivered, `ms` after it was queued. */
  delivered(channel: ChannelId, ms: number): void;
  /** A send that will be tried again. */
  retried(channel: ChannelId): void;
  /** An answer that will not be delivered. */
  undelivered(channel: ChannelId, reason: UndeliveredReason): void;
  /** A check-in series changed (a turn, or the check-in scheduler). */
  checkIn(kind: CheckInMetric, channel: ChannelId): void;
}

/** An observer that ignores everything (tests, tools). */
export const ignoringObserver: DispatchObserver = {
  received() {},
  handled() {},
  staff() {},
  inbox() {},
  delivered() {},
  retried() {},
  undelivered() {},
  checkIn() {},
};
