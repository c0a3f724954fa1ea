/** The risk check's public types: the core's port (`src/core/risk.ts`), which this folder implements. */
export type {
  RiskAssessment,
  RiskCheck,
  RiskLevel,
  RiskMatch,
  RiskSubject,
  RiskTrace,
  RiskContext,
} from "../core/risk.js";
