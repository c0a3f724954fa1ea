/** The risk check's public types: the core's port (`src/core/risk.ts`), which this folder implements. */
export type {
  RiskAssessment,
  RiskCheck,
  RiskContext,
  RiskLevel,
  RiskMatch,
  RiskSubject,
  RiskTrace,
} from "../core/risk.js";
