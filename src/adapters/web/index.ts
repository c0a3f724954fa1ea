/**
 * The web chat: a page at `/` and a JSON endpoint the page posts events to. It talks to the same
 * core as every other channel, so a newcomer can hold a real conversation in a browser.
 */
import type { ConversationCore } from "../../core/conversation.js";
import type { Logger } from "../../core/ports.js";
import type { ChannelAdapter } from "../shared/adapter.js";
import { parseWebEvent } from "./inbound.js";
import { renderForWeb, webCapabilities } from "./outbound.js";
import { renderWebChatPage } from "./page.js";

/** Options for {@link createWebAdapter}. */
export interface WebAdapterOptions {
  core: ConversationCore;
  logger: Logger;
  orgName: string;
  defaultLocale: string;
}

/** Creates the web chat channel. */
export function createWebAdapter(options: WebAdapterOptions): ChannelAdapter {
  const { core, logger } = options;
  const page = renderWebChatPage({
    orgName: options.orgName,
    defaultLocale: options.defaultLocale,
  });
  return {
    channel: "web",
    capabilities: webCapabilities,
    routes: [
      {
        method: "GET",
        path: "/",
        async handle() {
          return {
            status: 200,
            headers: {
              "content-type": "text/html; charset=utf-8",
              "cache-control": "no-store",
              "content-security-policy":
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
              "referrer-policy": "no-referrer",
            },
            body: page,
          };
        },
      },
      {
        method: "POST",
        path: "/api/web/events",
        async handle(request) {
          const parsed = parseWebEvent(request.rawBody);
          if ("error" in parsed) return { status: 400, body: { error: parsed.error } };
          const result = await core.handle(parsed.event);
          logger.debug("web event", {
            conversation: result.conversation,
            duplicate: result.duplicate,
          });
          return {
            status: 200,
            headers: { "cache-control": "no-store" },
            body: { messages: renderForWeb(result.messages), duplicate: result.duplicate },
          };
        },
      },
    ],
    async start() {},
    async stop() {},
  };
}
