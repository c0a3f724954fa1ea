/**
 * Webhook requests refused before they are read (a wrong signature or secret) are counted every
 * time but logged at most once a minute, with how many came since the last line: a flood of
 * forged requests must not flood the log, and one misconfiguration must still be seen.
 */
import type { Logger } from "../../core/ports.js";

/** Counts one rejection (for metrics). */
export type RejectionCounter = (reason: string) => void;

/** Creates the reporter of one channel's webhook. */
export function createRejectionReporter(
  logger: Logger,
  channel: string,
  count: RejectionCounter = () => {},
  intervalMs = 60_000,
): (reason: string) => void {
  let lastLine = Number.NEGATIVE_INFINITY;
  let since = 0;
  return (reason) => {
    count(reason);
    const at = Date.now();
    if (at - lastLine < intervalMs) {
      since += 1;
      return;
    }
    logger.warn(`${channel} webhook rejected`, {
      reason,
      ...(since > 0 ? { moreSinceLastLine: since } : {}),
    });
    lastLine = at;
    since = 0;
  };
}
