/** How worried the bot should be about one message. */
export type RiskLevel = "none" | "concern" | "crisis";

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
}

/** The signature every risk check implements; the core calls it first on every text. */
export type RiskCheck = (text: string, localeHint?: string) => RiskAssessment;
