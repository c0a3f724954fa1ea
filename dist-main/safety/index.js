/**
 * The risk check that runs first on every free-text message: see DESIGN.md, "Safety first".
 * `assessRisk` is the composed check (rules, learned layer, subject, context); `assessRules`
 * the rules alone.
 */
export { assessRisk, CONTEXT_MESSAGES, CONTEXT_RULE_ID, CONTEXT_WINDOW_MS, createRiskCheck, LEARNED_RULE_ID, } from "./assess.js";
export { assessRules, ESCALATION_RULE_ID, effectiveMatches, isThirdPartyWorry, MAX_SCAN_CHARS, normalizeMessage, overrideKind, } from "./check.js";
export { normalizeForRisk } from "./normalize.js";
//# sourceMappingURL=index.js.map