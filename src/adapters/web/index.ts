/**
 * The web chat: a page at `/`, a JSON endpoint the page posts events to, and one it polls for
 * what the bot writes first (a worker's reply). Events go through the same dispatcher as every
 * other channel; a post waits for its own answer, which comes back in the response.
 */
import type { Logger } from "../../core/ports.js";
import type { OutboundMessage } from "../../core/types.js";
import type { ChannelAdapter, EventSink } from "../shared/adapter.js";
import { notAccepted } from "../shared/not-accepted.js";
import { parseWebEvent, sessionIdPattern } from "./inbound.js";
import { createMailboxes } from "./mailboxes.js";
import { renderForWeb, webCapabilities } from "./outbound.js";
import { renderWebChatPage } from "./page.js";

/** Options for {@link createWebAdapter}. */
export interface WebAdapterOptions {
  logger: Logger;
  orgName: string;
  defaultLocale: string;
}

const NO_STORE = { "cache-control": "no-store" };

/** Creates the web chat channel. */
export function createWebAdapter(options: WebAdapterOptions): ChannelAdapter {
  const { logger } = options;
  const page = renderWebChatPage({
    orgName: options.orgName,
    defaultLocale: options.defaultLocale,
  });
  // A web chat's address is its open page: what the bot sends waits here for the page to fetch.
  const mailboxes = createMailboxes();
  let sink: EventSink | undefined;
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
          if (!sink) return notAccepted("not started");
          const session = parsed.event.userId;
          mailboxes.open(session);
          let statuses: string[];
          try {
            statuses = await sink.accept([{ event: parsed.event, address: { session } }], {
              wait: true,
            });
          } catch (error) {
            logger.warn("web event not kept", { error: String(error) });
            return notAccepted("please send again");
          }
          const { messages, forget } = mailboxes.take(session);
          return {
            status: 200,
            headers: NO_STORE,
            body: {
              messages: renderForWeb(messages),
              duplicate: statuses[0] === "duplicate",
              ...(forget ? { forget: true } : {}),
            },
          };
        },
      },
      {
        method: "GET",
        path: "/api/web/messages",
        async handle(request) {
          const session = request.query.get("session") ?? "";
          if (!sessionIdPattern.test(session)) {
            return { status: 400, body: { error: "session: a random id of 16-64 letters" } };
          }
          mailboxes.open(session);
          const { messages, forget } = mailboxes.take(session);
          return {
            status: 200,
            headers: NO_STORE,
            body: { messages: renderForWeb(messages), ...(forget ? { forget: true } : {}) },
          };
        },
      },
    ],
    async start(eventSink) {
      sink = eventSink;
    },
    async stop() {
      sink = undefined;
    },
    async send(destination, messages: readonly OutboundMessage[], context) {
      const session = destination.address.session;
      if (typeof session !== "string") return { status: "failed", reason: "not a web address" };
      // A page that is gone (closed, or served by another process) cannot be written to.
      return mailboxes.put(session, messages, context.conversationDeleted)
        ? { status: "sent" }
        : { status: "gone" };
    },
  };
}
