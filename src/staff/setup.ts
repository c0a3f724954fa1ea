/**
 * What the configuration says about the staff side, before anything is built: which staff
 * channels there are, whether they can take requests to talk (a relaying channel) and crisis
 * alerts, and the staff hours as the core needs them. Used by the composition root.
 */
import type { CoreSettings } from "../core/core-api.js";
import type { StaffChannel } from "../core/staff-channel.js";
import { parseStaffHours } from "./hours.js";

/** The staff side's settings for the core. */
export type StaffSettings = Pick<
  CoreSettings,
  "handoffAvailable" | "staffAnswering" | "staffHours" | "staffAlerts"
>;

/**
 * The core's settings for these staff channels: a handoff only where a worker can answer
 * (a relaying channel), alerts wherever a person reads them, and the hours (`always` without
 * `hours`). With no channel, neither is offered and alerts go to the log as before.
 */
export function staffSettings(
  channels: readonly StaffChannel[],
  hours: string | undefined,
): StaffSettings {
  const parsed = hours ? parseStaffHours(hours) : undefined;
  const handoff = channels.some((channel) => channel.canRelay);
  return {
    handoffAvailable: () => handoff,
    staffAnswering: (now) => parsed?.open(now) ?? true,
    ...(parsed ? { staffHours: parsed.describe() } : {}),
    staffAlerts: channels.length > 0,
  };
}
