/**
 * What this deployment can keep, derived from configuration in one place: the core's settings
 * (content that `requires` a capability is hidden without it) and the LINE rich menu that
 * `komorebi line setup` builds and `komorebi doctor` compares (an area is left out the same way).
 */
import type { Config } from "./config.js";
import type { Capability } from "./content/schema.js";
import type { CoreSettings } from "./core/core-api.js";
import { parseStaffHours } from "./staff/hours.js";

/** The core's settings for what the deployment can keep. */
export function deploymentCapabilities(
  config: Config,
): Pick<
  CoreSettings,
  "handoffAvailable" | "staffAnswering" | "staffHours" | "checkIns" | "staffAlerts"
> {
  // A handoff needs a staff channel where a worker can take the request and reply (the
  // Telegram staff group); alerts reach a person in any staff channel (the webhook too).
  const handoff = Boolean(config.STAFF_TELEGRAM_CHAT_ID && config.TELEGRAM_BOT_TOKEN);
  const alerts = handoff || Boolean(config.STAFF_WEBHOOK_URL && config.STAFF_WEBHOOK_SECRET);
  const hours = config.STAFF_HOURS ? parseStaffHours(config.STAFF_HOURS) : undefined;
  return {
    handoffAvailable: () => handoff,
    staffAnswering: (now) => hours?.open(now) ?? true,
    ...(hours ? { staffHours: hours.describe() } : {}),
    // Nothing sends check-ins yet: they are not offered (issue 16).
    checkIns: false,
    staffAlerts: alerts,
  };
}

/** Whether this deployment keeps what `capability` promises, as the core decides it now. */
export function canKeep(config: Config): (capability: Capability) => boolean {
  const can = deploymentCapabilities(config);
  return (capability) => {
    if (capability === "handoff") return can.handoffAvailable();
    if (capability === "staff-now") {
      return can.handoffAvailable() && (can.staffAnswering?.(new Date()) ?? true);
    }
    if (capability === "check-ins") return can.checkIns === true;
    return can.staffAlerts === true;
  };
}
