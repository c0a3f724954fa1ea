/** Renders core messages for the web chat page. */
import { fitToChannel } from "../../core/render.js";
import { webCapabilities } from "./capabilities.js";
/** The messages as the page receives them. */
export function renderForWeb(messages) {
    return fitToChannel(messages, webCapabilities);
}
//# sourceMappingURL=outbound.js.map