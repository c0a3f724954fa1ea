/**
 * The small error family komorebi throws on purpose (after grammY's habit). Each is caught and
 * logged in one place, the composition root, with a message a person can act on.
 */
/** Configuration is missing or invalid; the message names the variable. */
export class ConfigError extends Error {
    name = "ConfigError";
}
export { ContentError } from "../content/errors.js";
/** A platform call failed in a way the channel could not absorb. */
export class ChannelError extends Error {
    channel;
    name = "ChannelError";
    constructor(message, channel, options) {
        super(message, options);
        this.channel = channel;
    }
}
//# sourceMappingURL=errors.js.map