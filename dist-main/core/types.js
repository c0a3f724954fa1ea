/**
 * The vocabulary every channel speaks with the core. Adapters turn platform payloads into an
 * {@link InboundEvent} and render {@link OutboundMessage}s back; nothing here knows a platform.
 */
export { CHANNEL_IDS } from "../content/channels.js";
//# sourceMappingURL=types.js.map