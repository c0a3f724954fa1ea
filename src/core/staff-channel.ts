/**
 * The staff side's port: where cases are shown to the people behind the bot (a Telegram forum
 * group, a Discord channel, an organisation's own tools through a signed webhook) and how those
 * people act on them. The desk (`src/staff`) keeps the cases; a channel shows them and reports
 * what workers do. Platform-free: implementations live with their platform's adapter.
 */
import type { ChannelId, HandoffShare, StaffEvent } from "./types.js";

/** Where a case stands. */
export type CaseStatus = "open" | "claimed" | "closed";

/** Where a request to talk with a person stands, as the staff see it. */
export type CaseHandoffStage = "waiting" | "offered" | "live" | "ended" | "declined";

/** What a case card shows: never message text, never a platform id. */
export interface CaseView {
  number: number;
  status: CaseStatus;
  /** The risk check (or a choice such as "I'm not safe") showed a crisis. */
  crisis: boolean;
  /** The person asked to talk with a person. */
  handoff?: {
    stage: CaseHandoffStage;
    requestedAt: string;
    share: HandoffShare;
    /** Asked outside staff hours (the person was told so). */
    outsideHours: boolean;
  };
  /** The campaign code the conversation came through. */
  campaign?: string;
  channel: ChannelId;
  locale: string;
  region: string;
  /** Warning-sign categories and rule ids of the risk check, across the case's alerts. */
  categories: string[];
  rules: string[];
  /** How many crisis alerts the case holds (repeats are grouped here, not posted again). */
  alerts: number;
  openedAt: string;
  updatedAt: string;
  lastAlertAt?: string;
  /** The pseudonymous handle of the worker who took it (`W-3F2A9C`), never a name. */
  worker?: string;
  closedAt?: string;
}

/** What happened to a case: one line in its thread (the card is redrawn with it). */
export type CaseChange =
  | { type: "opened" }
  /** Another crisis alert: counted on the card, no new post. */
  | { type: "alert" }
  /** The person asked to talk with a person (on a case that existed already). */
  | { type: "requested" }
  | { type: "claimed"; worker: string }
  /** A worker joined and messages go both ways now, or the person is asked first. */
  | { type: "connected" }
  | { type: "asked-first" }
  /** A message passed on. `staff` ones reach channels other than the one it was written in. */
  | { type: "message"; from: "person" | "staff"; text: string; worker?: string }
  /** A crisis while a request is under way: flagged at once. */
  | { type: "flagged"; categories: string[]; urgent: boolean }
  | { type: "ended"; reason: NonNullable<StaffEvent["reason"]> }
  | { type: "answered"; accepted: boolean }
  | { type: "unclaimed"; minutes: number }
  | { type: "closed"; worker?: string; note?: string };

/** One thing to show on a staff channel. */
export interface CaseEvent {
  /** Unique per event; a receiver can recognise a repeat. */
  id: string;
  at: string;
  /** The pseudonym: lets an organisation's own tools group the cases of one conversation. */
  conversation: string;
  case: CaseView;
  change: CaseChange;
  /** What the person agreed to show with the request: flow titles, their last messages. */
  shared?: { path?: string[]; messages?: string[] };
}

/** Where a case lives on one channel (a Telegram topic and card); `thread` finds it again. */
export type CaseRefs = Readonly<Record<string, string | number>>;

/** What one delivery to a staff channel achieved. */
export type StaffDeliverOutcome =
  | { status: "sent"; refs?: CaseRefs }
  /** Worth trying again later; `refs` keeps what was made already (a topic), so it is not made twice. */
  | { status: "retry"; reason: string; afterMs?: number; refs?: CaseRefs }
  | { status: "failed"; reason: string };

/** A worker as a channel reports them: the channel and their platform id (hashed at once). */
export interface WorkerRef {
  channel: string;
  id: string;
}

/** What a claim did. */
export type ClaimResult =
  | { status: "claimed"; worker: string }
  | { status: "taken"; worker: string }
  | { status: "closed" }
  | { status: "unknown" };

/** What a close did. */
export type CloseResult =
  | { status: "closed" }
  | { status: "already-closed" }
  | { status: "unknown" };

/** What a worker's message did. */
export type ReplyResult =
  | { status: "relayed" }
  /** Nothing sent: not taken yet, taken by someone else, or the person is not talking now. */
  | { status: "not-claimed" | "not-yours" | "not-live" | "closed" | "unknown" };

/** What staff channels can do with cases. */
export interface StaffDesk {
  /** The case a channel's thread belongs to (the `thread` of its refs). */
  caseForThread(channel: string, thread: string): Promise<number | undefined>;
  /** A worker takes a case; one claim wins, across processes too. */
  claim(caseNumber: number, worker: WorkerRef): Promise<ClaimResult>;
  /** Closes a case with a short note kept with it; the person goes back to the bot's menu. */
  close(caseNumber: number, worker: WorkerRef, note: string): Promise<CloseResult>;
  /** A worker's message for the person; the same `key` again does nothing. */
  reply(caseNumber: number, worker: WorkerRef, text: string, key: string): Promise<ReplyResult>;
  /** The pseudonymous handle workers are shown by. */
  handleOf(worker: WorkerRef): string;
}

/** One staff channel. */
export interface StaffChannel {
  /** Stable name, kept with cases: `telegram`, `discord`, `webhook`. */
  readonly name: string;
  /** Whether workers can take a case and write to the person through it (a webhook cannot). */
  readonly canRelay: boolean;
  /**
   * Shows one event; `refs` is what an earlier delivery of this case returned. `keep` writes
   * where the case lives on this channel at once, replacing the refs (under the case's lock):
   * that a thread is about to be opened, the thread just opened. So what a platform made is
   * known even when the delivery fails after it, and a retry does not make it twice.
   */
  deliver(
    event: CaseEvent,
    refs: CaseRefs | undefined,
    keep: (refs: CaseRefs) => Promise<void>,
  ): Promise<StaffDeliverOutcome>;
  /** Begins taking workers' actions (buttons, commands) to the desk. */
  start(desk: StaffDesk): Promise<void>;
  /** Stops taking workers' actions; deliveries under way may still finish. */
  stop(): Promise<void>;
  /**
   * Ends the channel's own connections to its platform. The desk calls it once its work in hand
   * is done, so a delivery that was under way at `stop` is not cut off.
   */
  close(): Promise<void>;
}
