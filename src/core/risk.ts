/**
 * The port between the core and the risk check. The core calls a {@link RiskCheck} first on
 * every text; `src/safety` implements it, and the composition root wires the two together, so
 * the core never imports the implementation.
 */

/** How worried the bot should be about one message. */
export type RiskLevel = "none" | "concern" | "crisis";

/** Whose danger a message describes: the writer's own, or someone else's (a son, a friend). */
export type RiskSubject = "self" | "other";

/** One rule of the risk check that matched a message. */
export interface RiskMatch {
  /** Stable rule id, e.g. `ja.passive-ideation.kietai`; safe to log (it holds no message text). */
  rule: string;
  /** The level this rule alone points to. */
  level: RiskLevel;
  /** The category from the content guide, e.g. `passive-ideation`, `danger-at-home`. */
  category: string;
  /**
   * The override that lowered this match (an id from `RiskAssessment.overrides`); absent
   * when the match counts at its own level.
   */
  overruledBy?: string;
}

/** The verdict of the risk check on one message. */
export interface RiskAssessment {
  level: RiskLevel;
  /** Every rule that matched, including ones that an idiom or negation rule overruled. */
  matches: RiskMatch[];
  /** Rules that lowered the level (idiom, game, third party, past ideation...). */
  overrides: string[];
  /** True when the danger comes from someone else in the home: emergency numbers come first. */
  dangerAtHome: boolean;
  /** Whose danger the message describes; `self` when nothing says otherwise. */
  subject?: RiskSubject;
  /** True when the message says something is happening now (an act, an attempt, a ledge). */
  urgent?: boolean;
  /** The learned layer's score (0-1) when it ran; safe to log, it holds no text. */
  score?: number;
}

/**
 * What the risk check remembers of one message, for the fading score across messages: levels,
 * warning-sign categories and the learned layer's numbers. Never any text.
 */
export interface RiskTrace {
  /** When the message came (ISO time). */
  at: string;
  /** The level it was given (context adds only what goes beyond what was already answered). */
  level: RiskLevel;
  /** Warning-sign categories the rules found in it. */
  signs: string[];
  /** The learned layer's evidence: [risk sum, crisis sum, feature count]; joinable, not text. */
  evidence: [number, number, number];
  /** How much it still counts (1 new; lowered by "that's not what I meant", never to 0). */
  weight: number;
}

/** The recent messages of a conversation, as traces, and the time now. */
export interface RiskContext {
  recent: readonly RiskTrace[];
  now: Date;
}

/**
 * The signature every risk check implements; the core calls it first on every text. With a
 * context, signs spread over the last messages add up; the result's `trace` is what to keep.
 */
export type RiskCheck = (
  text: string,
  localeHint?: string,
  context?: RiskContext,
) => RiskAssessment & { trace?: RiskTrace };
