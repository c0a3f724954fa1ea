/**
 * What this deployment can keep, derived from configuration in one place: the core's settings
 * (content that `requires` a capability is hidden without it) and the LINE rich menu that
 * `komorebi line setup` builds and `komorebi doctor` compares (an area is left out the same way).
 */
import type { Config } from "./config.js";
import type { Capability } from "./content/schema.js";
import type { CoreSettings } from "./core/core-api.js";

/** The core's settings for what the deployment can keep. */
export function deploymentCapabilities(
  config: Config,
): Pick<CoreSettings, "handoffAvailable" | "checkIns" | "staffAlerts"> {
  return {
    handoffAvailable: () => config.HANDOFF_AVAILABLE === "true",
    // Nothing sends check-ins yet, and alerts only reach the log: offer neither (issue 16).
    checkIns: false,
    staffAlerts: false,
  };
}

/** Whether this deployment keeps what `capability` promises, as the core decides it now. */
export function canKeep(config: Config): (capability: Capability) => boolean {
  const can = deploymentCapabilities(config);
  return (capability) => {
    if (capability === "handoff") return can.handoffAvailable();
    if (capability === "check-ins") return can.checkIns === true;
    return can.staffAlerts === true;
  };
}
