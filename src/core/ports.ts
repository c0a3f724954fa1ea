/**
 * What the core needs from the outside world, as interfaces. `src/store` and the composition
 * root implement them; the core never imports a store or a platform SDK.
 */
import type { ConversationState } from "./state.js";
import type { StaffEvent } from "./types.js";

/** Conversation state, event de-duplication and per-conversation ordering. */
export interface ConversationStore {
  /** The state of one conversation, or undefined when there is none (or it was deleted). */
  get(conversation: string): Promise<ConversationState | undefined>;
  set(conversation: string, state: ConversationState): Promise<void>;
  delete(conversation: string): Promise<void>;
  /** True when `eventId` has been recorded with {@link ConversationStore.rememberEvent}. */
  seenEvent(scope: string, eventId: string): Promise<boolean>;
  /** Remember an event id for `ttlMs` so a redelivery is recognised. */
  rememberEvent(scope: string, eventId: string, ttlMs: number): Promise<void>;
  /**
   * Run `task` while holding the conversation's lock: events of one conversation run one at a
   * time and in arrival order, across processes when the backend can lock (Redis, Postgres).
   */
  withLock<T>(conversation: string, task: () => Promise<T>): Promise<T>;
}

/** Receives events for the staff channel (a later issue wires a real one). */
export interface StaffNotifier {
  notify(event: StaffEvent): Promise<void>;
}

/** Structured logging; fields must never hold message text or platform user ids. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The time source, so tests and the quiet-hours logic can use a fixed clock. */
export type Clock = () => Date;
