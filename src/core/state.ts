/** The state komorebi keeps for one conversation: small, explicit, no transcripts. */

import type { FlowPosition } from "../content/content.js";

export type { FlowPosition };

/** When the person would like the bot to say hello again. */
export type CheckInPreference = "none" | "in-3-days" | "in-a-week" | "in-2-weeks";

/** Safety bookkeeping after a crisis or concern response. */
export interface SafetyState {
  /** The last non-none level seen, and when. */
  level: "concern" | "crisis";
  at: string;
  /** Where the person was when the safety response interrupted the flow. */
  returnTo: FlowPosition;
  /** The bot checks in once more later in the conversation; this counts the turns until then. */
  checkInAfterTurns: number | null;
}

/** Persisted per conversation, keyed by pseudonym. `schema` lets later versions migrate. */
export interface ConversationState {
  schema: 1;
  /** Incremented on every save; lets tests and operators see that state moved. */
  revision: number;
  position: FlowPosition;
  locale: string;
  region: string;
  channel: string;
  referral?: string;
  /** Answers a flow chose to keep (`keep: true` on an input node), by key. */
  answers: Record<string, string>;
  /** Questions the person skipped: never asked again. */
  skipped: string[];
  checkIn: CheckInPreference;
  /** The person said stop: nothing is sent until they write again. */
  stopped: boolean;
  /** The person unfollowed or blocked the bot: nothing may be sent at all. */
  unreachable: boolean;
  /** The person said pause: the next message resumes where they were. */
  paused: boolean;
  /** The conversation reached an `end` node; the next message is a return. */
  ended: boolean;
  /** Where a detour (help, a command, a safety response) returns to with `@return`. */
  returnTo?: FlowPosition;
  /**
   * Outer return points when a detour starts inside another one (help typed during a safety
   * response returns to the safety question, which then returns to where the person was).
   */
  returnStack?: FlowPosition[];
  /** Messages handled so far; picks acknowledgements in turn so they do not repeat. */
  turns: number;
  handoff?: { requestedAt: string; consent: boolean };
  /** Milestones already reported for campaign figures: each is counted once a conversation. */
  counted?: string[];
  safety?: SafetyState;
  createdAt: string;
  updatedAt: string;
}
