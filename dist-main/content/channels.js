/**
 * The channels komorebi can talk through. Content names them (a system text worded for one
 * channel), so the list lives here, below the core that re-exports it.
 */
export const CHANNEL_IDS = ["web", "terminal", "telegram", "line", "discord"];
//# sourceMappingURL=channels.js.map