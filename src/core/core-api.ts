/**
 * The core as the rest of komorebi sees it: what one turn produces, the settings and parts it is
 * built from, and the face adapters and the dispatcher call. Kept apart from the implementation
 * (conversation.ts), so a caller needs only these types.
 */
import type { Content } from "../content/content.js";
import type { SystemTextKey } from "../content/schema.js";
import type { Clock, ConversationStore, Logger, StaffNotifier } from "./ports.js";
import type { RiskCheck, RiskLevel } from "./risk.js";
import type { ConversationState } from "./state.js";
import type {
  ChannelId,
  HandleResult,
  InboundEvent,
  Milestone,
  OutboundMessage,
  StaffAction,
  StaffEvent,
} from "./types.js";

/** What one event does to a conversation (see {@link ConversationCore.turn}). */
export interface TurnOutcome {
  /** The pseudonym; safe to log. */
  conversation: string;
  /** The state to keep; undefined when there is none (deleted, or never created). */
  state: ConversationState | undefined;
  /** False when nothing is to be written (an ordinary edit, an unfollow of a stranger). */
  changed: boolean;
  messages: OutboundMessage[];
  staff: StaffEvent[];
  /** Milestones for campaign figures (see {@link Milestone}); empty when none. */
  milestones: Milestone[];
  /** The campaign code the conversation is attributed to, if any. */
  referral?: string;
  /**
   * The risk level of a text this turn assessed, for counting (metrics) only: it is health
   * data, so it is never logged or stored against the pseudonym.
   */
  risk?: RiskLevel;
}

/** Settings the core takes from configuration. */
export interface CoreSettings {
  /** Secret for the keyed hash that turns platform ids into pseudonyms. */
  pseudonymSecret: string;
  /** The organisation's name, for `{org}` in texts. */
  orgName: string;
  defaultLocale: string;
  defaultRegion: string;
  /**
   * Whether a staff channel can take requests to talk with a person (a worker reads it and can
   * reply through the bot). Without it the bot says honestly that nobody answers here.
   */
  handoffAvailable: () => boolean;
  /** Whether `now` is within staff hours (`STAFF_HOURS`); without it, always. */
  staffAnswering?: (now: Date) => boolean;
  /** Staff hours as the person reads them, per locale, for `{staffHours}` in texts. */
  staffHours?: Readonly<Record<string, string>>;
  /**
   * Where something sends the check-ins people ask for: `true` on every channel, or the channels
   * whose pushes still reach a person days later. Elsewhere the bot does not offer them (content
   * marks the offer `requires: check-ins`). Default false.
   */
  checkIns?: boolean | readonly ChannelId[];
  /**
   * Whether crisis alerts reach a person in a staff channel (a log line does not count); content
   * that tells the person "the team has been told" requires it. Default false.
   */
  staffAlerts?: boolean;
  /** How long event ids are remembered for de-duplication. */
  eventTtlMs?: number;
  /** After a safety response, how many turns until the bot checks in once more. */
  safetyCheckInAfterTurns?: number;
}

/** What the core is built from. */
export interface CoreDependencies {
  content: Content;
  store: ConversationStore;
  riskCheck: RiskCheck;
  notifier: StaffNotifier;
  logger: Logger;
  settings: CoreSettings;
  clock?: Clock;
}

/** The channel-agnostic conversation core. */
export interface ConversationCore {
  /** Handles one event; safe to call concurrently (one conversation's events run in order). */
  handle(event: InboundEvent): Promise<HandleResult>;
  /**
   * The effect of one event on a conversation's state, with no I/O: what to save and what to
   * send. The caller holds the conversation's lock and saves the outcome in one write.
   */
  turn(event: InboundEvent, existing: ConversationState | undefined, now: Date): TurnOutcome;
  /**
   * The check-in a person asked for, as it goes out now: the message and the state it leaves
   * (the conversation moves to the check-in, and the series to its next step or its end).
   * Undefined when none is under way or the conversation's channel does not send check-ins.
   * No I/O: the caller holds the lock and saves the outcome with the push in one write.
   */
  checkIn(conversation: string, state: ConversationState, now: Date): TurnOutcome | undefined;
  /**
   * The effect of something the staff did (a worker took the request, wrote, closed the case;
   * nobody took it in time) on a conversation, with no I/O, like {@link turn}. The messages are
   * the bot writing first: the caller queues them as a push.
   */
  staffTurn(
    conversation: string,
    action: StaffAction,
    existing: ConversationState,
    now: Date,
  ): TurnOutcome;
  /** Hands staff events from a saved turn to the staff notifier; never throws. */
  notifyStaff(conversation: string, events: readonly StaffEvent[]): void;
  /** The pseudonym for a person on a channel, for adapters' own logs. */
  pseudonym(channel: ChannelId, userId: string): string;
  /** The supported locale for a platform's language hint (the default when none fits). */
  localeFor(hint: string | undefined): string;
  /**
   * A text the core says outside any flow, for channel chrome such as a group-chat note or a
   * commands menu; from content, so the checker and translators see it.
   */
  systemText(
    key: SystemTextKey,
    locale: string,
    variables?: Readonly<Record<string, string>>,
  ): string;
  readonly content: Content;
}
