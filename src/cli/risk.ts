import { createInterface } from "node:readline";
import { assessRisk, effectiveMatches, overrideKind } from "../safety/index.js";

/** One line of `komorebi risk` output; it never holds the message text. */
export interface RiskLine {
  level: string;
  rules: string[];
  categories: string[];
  dangerAtHome: boolean;
  overrides: string[];
  /** Whose danger the message describes: the writer's own, or someone else's. */
  subject: "self" | "other";
  /** True when it says something is happening now (the emergency number comes first). */
  urgent: boolean;
  /** The learned layer's score (0-1), when it ran. */
  score?: number;
}

/** The verdict on one message as the line `komorebi risk` prints. */
export function riskLine(message: string): RiskLine {
  const assessment = assessRisk(message);
  // About someone else, the rules that found the danger count even though the third-party
  // override said the writer is not the one at risk.
  const counted = assessment.matches.filter(
    (m) =>
      effectiveMatches(assessment).includes(m) ||
      (assessment.subject === "other" &&
        m.overruledBy !== undefined &&
        overrideKind(m.overruledBy) === "third-party-worry"),
  );
  return {
    level: assessment.level,
    rules: counted.map((m) => m.rule),
    categories: [...new Set(counted.map((m) => m.category))],
    dangerAtHome: assessment.dangerAtHome,
    overrides: assessment.overrides,
    subject: assessment.subject ?? "self",
    urgent: assessment.urgent ?? false,
    ...(assessment.score !== undefined ? { score: assessment.score } : {}),
  };
}

/**
 * `komorebi risk`: read one message a line from `input` and write one JSON object a line
 * to `output`, for trying the risk check by hand or over a file of messages. The message
 * text is never echoed, so the output can be kept or shared.
 */
export async function runRiskCommand(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    output.write(`${JSON.stringify(riskLine(line))}\n`);
  }
  return 0;
}
