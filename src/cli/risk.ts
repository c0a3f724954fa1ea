import { createInterface } from "node:readline";
import { assessRisk, effectiveMatches } from "../safety/index.js";

/** One line of `komorebi risk` output; it never holds the message text. */
export interface RiskLine {
  level: string;
  rules: string[];
  categories: string[];
  dangerAtHome: boolean;
  overrides: string[];
}

/** The verdict on one message as the line `komorebi risk` prints. */
export function riskLine(message: string): RiskLine {
  const assessment = assessRisk(message);
  const counted = effectiveMatches(assessment);
  return {
    level: assessment.level,
    rules: counted.map((m) => m.rule),
    categories: [...new Set(counted.map((m) => m.category))],
    dangerAtHome: assessment.dangerAtHome,
    overrides: assessment.overrides,
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
