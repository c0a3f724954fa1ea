/**
 * The risk check that runs first on every free-text message: see DESIGN.md, "Safety first".
 */
export {
  assessRisk,
  ESCALATION_RULE_ID,
  effectiveMatches,
  isThirdPartyWorry,
  MAX_SCAN_CHARS,
  overrideKind,
} from "./check.js";
export { normalizeForRisk } from "./normalize.js";
export type { OverrideKind, RiskCategory } from "./rule-types.js";
export type { RiskAssessment, RiskCheck, RiskLevel, RiskMatch } from "./types.js";
