import { createInterface } from "node:readline";
import { assessRisk, effectiveMatches, overrideKind } from "../safety/index.js";
/** The verdict on one message as the line `komorebi risk` prints. */
export function riskLine(message) {
    const assessment = assessRisk(message);
    // About someone else, the rules that found the danger count even though the third-party
    // override said the writer is not the one at risk.
    const counted = assessment.matches.filter((m) => effectiveMatches(assessment).includes(m) ||
        (assessment.subject === "other" &&
            m.overruledBy !== undefined &&
            overrideKind(m.overruledBy) === "third-party-worry"));
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
export async function runRiskCommand(input, output) {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
        output.write(`${JSON.stringify(riskLine(line))}\n`);
    }
    return 0;
}
//# sourceMappingURL=risk.js.map