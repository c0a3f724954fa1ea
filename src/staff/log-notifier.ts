/**
 * The staff notifier used until a staff channel (Telegram group, Discord channel) is configured:
 * it logs each event at warn level, so an operator watching logs sees that a crisis happened, and
 * it lets other parts of the process subscribe. A crisis is logged without the pseudonym and
 * without rule ids: beside the pseudonym they are health data for as long as logs live (they
 * are counted in metrics instead).
 */
import type { Logger, StaffNotifier } from "../core/ports.js";
import type { StaffEvent } from "../core/types.js";

/** A notifier that logs and fans out to in-process listeners. */
export interface ObservableStaffNotifier extends StaffNotifier {
  /** Adds a listener; returns a function that removes it. */
  subscribe(listener: (event: StaffEvent) => void | Promise<void>): () => void;
}

/** Creates the logging staff notifier. */
export function createLogStaffNotifier(logger: Logger): ObservableStaffNotifier {
  const listeners = new Set<(event: StaffEvent) => void | Promise<void>>();
  return {
    async notify(event) {
      logger.warn(`staff: ${event.type}`, {
        // That a person's message showed a crisis is health data: not beside their pseudonym.
        ...(event.type === "crisis" ? {} : { conversation: event.conversation }),
        channel: event.channel,
        region: event.region,
        locale: event.locale,
        ...(event.referral ? { referral: event.referral } : {}),
      });
      await Promise.all([...listeners].map((listener) => listener(event)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
