/**
 * What this deployment can keep, derived from configuration in one place: the core's settings
 * (content that `requires` a capability is hidden without it) and the LINE rich menu that
 * `komorebi line setup` builds and `komorebi doctor` compares (an area is left out the same way).
 */
import { discordCapabilities } from "./adapters/discord/capabilities.js";
import { lineCapabilities } from "./adapters/line/capabilities.js";
import { telegramCapabilities } from "./adapters/telegram/capabilities.js";
import { webCapabilities } from "./adapters/web/capabilities.js";
import { namesOrganisation } from "./core/org-name.js";
import { parseStaffHours } from "./staff/hours.js";
/**
 * The channels check-ins are offered and sent on: those configured here whose pushes still
 * reach a person days later (LINE, Telegram, a Discord DM; not the web chat, which reaches only
 * an open page), unless `CHECK_INS=off`. The conditions are the ones under which `src/main.ts`
 * starts each channel.
 */
export function checkInChannels(config) {
    if (config.CHECK_INS !== "on")
        return [];
    const configured = [
        ["web", webCapabilities, config.WEB_CHAT === "on"],
        ["telegram", telegramCapabilities, config.TELEGRAM_BOT_TOKEN !== undefined],
        [
            "line",
            lineCapabilities,
            config.LINE_CHANNEL_SECRET !== undefined && config.LINE_CHANNEL_ACCESS_TOKEN !== undefined,
        ],
        ["discord", discordCapabilities, config.DISCORD_BOT_TOKEN !== undefined],
    ];
    return configured
        .filter(([, capabilities, on]) => on && capabilities.canPush && capabilities.canPushLater)
        .map(([channel]) => channel);
}
/** The core's settings for what the deployment can keep. */
export function deploymentCapabilities(config) {
    // A handoff needs a staff channel where a worker can take the request and reply (the
    // Telegram staff group, the Discord staff channel), whatever channel the person writes on;
    // alerts reach a person in any staff channel (the webhook too).
    const handoff = Boolean(config.STAFF_TELEGRAM_CHAT_ID && config.TELEGRAM_BOT_TOKEN) ||
        Boolean(config.STAFF_DISCORD_CHANNEL_ID && config.DISCORD_BOT_TOKEN);
    const alerts = handoff || Boolean(config.STAFF_WEBHOOK_URL && config.STAFF_WEBHOOK_SECRET);
    const hours = config.STAFF_HOURS ? parseStaffHours(config.STAFF_HOURS) : undefined;
    return {
        handoffAvailable: () => handoff,
        staffAnswering: (now) => hours?.open(now) ?? true,
        ...(hours ? { staffHours: hours.describe() } : {}),
        checkIns: checkInChannels(config),
        staffAlerts: alerts,
    };
}
/**
 * Whether this deployment keeps what `capability` promises, as the core decides it now: on
 * `channel` (check-ins depend on it), or on any channel when none is given.
 */
export function canKeep(config, channel) {
    const can = deploymentCapabilities(config);
    return (capability) => {
        if (capability === "handoff")
            return can.handoffAvailable();
        if (capability === "staff-now") {
            return can.handoffAvailable() && (can.staffAnswering?.(new Date()) ?? true);
        }
        if (capability === "check-ins") {
            const channels = Array.isArray(can.checkIns) ? can.checkIns : [];
            return can.checkIns === true || (channel ? channels.includes(channel) : channels.length > 0);
        }
        if (capability === "org-name")
            return namesOrganisation(config.ORG_NAME);
        return can.staffAlerts === true;
    };
}
//# sourceMappingURL=deployment-capabilities.js.map