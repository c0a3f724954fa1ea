import type { ChannelId } from "../../core/types.js";
import type { ChannelCapabilities } from "./capabilities.js";
import type { HttpRoute } from "./http.js";

/**
 * The contract every channel implements (after the Vercel Chat SDK's adapter contract): inbound
 * mapping and outbound rendering live in the adapter's own files; this is the face the
 * composition root sees. Adapters are created by `create<Name>Adapter` factories.
 */
export interface ChannelAdapter {
  readonly channel: ChannelId;
  readonly capabilities: ChannelCapabilities;
  /** Webhook or page routes to mount on the shared HTTP server (none for polling clients). */
  readonly routes: HttpRoute[];
  /** Connect (long polling, client login, webhook registration). Must not throw on a flaky API. */
  start(): Promise<void>;
  /** Stop receiving and finish in-flight work. */
  stop(): Promise<void>;
}
