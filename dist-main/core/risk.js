/**
 * The port between the core and the risk check. The core calls a {@link RiskCheck} first on
 * every text; `src/safety` implements it, and the composition root wires the two together, so
 * the core never imports the implementation.
 */
export {};
//# sourceMappingURL=risk.js.map