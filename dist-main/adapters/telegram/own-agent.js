/**
 * A keep-alive agent for one grammY client. grammY otherwise shares one keep-alive agent between
 * every client of the process, so nothing could end a channel's connections when it closes; with
 * an agent of its own, `destroy()` does.
 */
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
/** The agent for calls to `apiRoot` (http for a local Bot API server or a test's fake). */
export function ownKeepAliveAgent(apiRoot) {
    return apiRoot.startsWith("https:")
        ? new HttpsAgent({ keepAlive: true })
        : new HttpAgent({ keepAlive: true });
}
//# sourceMappingURL=own-agent.js.map