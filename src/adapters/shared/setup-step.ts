/**
 * One line of what a channel's set-up command (`komorebi line setup`, `komorebi telegram
 * setup`) did: changed something, found it already right (ok), or could not, with what to do.
 */
export interface SetupStep {
  status: "changed" | "ok" | "warning" | "failed";
  /** What was done or found, in words an operator reads. */
  what: string;
  /** For a warning or a failure: what to do about it. */
  fix?: string;
}

/** True when a set-up run leaves something the operator must fix. */
export function setupFailed(steps: readonly SetupStep[]): boolean {
  return steps.some((step) => step.status === "failed");
}
