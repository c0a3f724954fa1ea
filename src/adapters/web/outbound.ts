/** Renders core messages for the web chat page. */
import { fitToChannel } from "../../core/render.js";
import type { OutboundMessage } from "../../core/types.js";
import { webCapabilities } from "./capabilities.js";

/** The messages as the page receives them. */
export function renderForWeb(messages: OutboundMessage[]): OutboundMessage[] {
  return fitToChannel(messages, webCapabilities);
}
