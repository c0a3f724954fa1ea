/** The capability type lives in the core (it renders within it); adapters declare values. */
export type { ChannelCapabilities } from "../../core/capabilities.js";
