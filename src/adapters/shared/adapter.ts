import type { ChannelId, InboundEvent, OutboundMessage } from "../../core/types.js";
import type { ChannelCapabilities } from "./capabilities.js";
import type { HttpRoute } from "./http.js";

/**
 * Where a person can be written to on one channel (a LINE user id, a Telegram chat id, a web
 * session). Opaque to everything but its adapter, JSON-serialisable, and kept only sealed.
 */
export type ChannelAddress = Readonly<Record<string, string | number>>;

/** A channel's cheaper or required way to answer one event (LINE's reply token). */
export interface ReplyContext {
  token: string;
  /** When the event arrived (ms): the token's life is counted from here. */
  receivedAt: number;
}

/** Where one batch of messages goes. */
export interface Destination {
  channel: ChannelId;
  /** The platform user id, so the dispatcher can tell the core when a send finds them gone. */
  userId: string;
  address: ChannelAddress;
  reply?: ReplyContext;
}

/** One inbound event as an adapter hands it over. */
export interface Arrival {
  event: InboundEvent;
  address: ChannelAddress;
  reply?: ReplyContext;
  /**
   * Handle the event but send no answer (a Telegram unblock, which the client follows with its
   * own /start: answering both would say everything twice).
   */
  silent?: boolean;
}

/** What became of one arrival. */
export type AcceptStatus = "accepted" | "duplicate";

/**
 * The dispatcher as adapters see it. `accept` resolves once every arrival is kept in the store
 * (then, and only then, may the adapter acknowledge the platform) and rejects when they cannot
 * be kept (the adapter answers 503, so the platform delivers them again).
 */
export interface EventSink {
  accept(
    arrivals: readonly Arrival[],
    options?: {
      /** Also wait until the events are handled and their answers delivered (the web chat). */
      wait?: boolean;
    },
  ): Promise<AcceptStatus[]>;
}

/** What one send achieved. */
export type SendOutcome =
  | { status: "sent" }
  /** The person blocked the bot or left: nothing more may be sent to them. */
  | { status: "gone" }
  /** Worth trying again later (rate limit, outage); `afterMs` from a Retry-After. */
  | {
      status: "retry";
      reason: string;
      afterMs?: number;
      /** How many of the messages did go out before the failure: only the rest is retried. */
      sent?: number;
    }
  /** Will not work however often it is tried (a malformed call); dropped and logged. */
  | { status: "failed"; reason: string };

/** About the send, for idempotency and logs. */
export interface SendContext {
  /** Stable across retries and restarts: platforms that take an idempotency key get this. */
  key: string;
  /** The pseudonym, for logs. */
  conversation: string;
  /**
   * True when an earlier attempt may have reached the platform without being recorded (a
   * process stopped mid-send): a single-use reply token that is refused was probably used.
   */
  recovered: boolean;
  /** Aborted at shutdown: long waits end early. */
  signal: AbortSignal;
  /** These messages confirm that the person's data was deleted: clear what the channel keeps. */
  conversationDeleted: boolean;
  /**
   * The conversation's language as stored now (absent once deleted), so channel chrome that has
   * a language of its own (LINE's rich menu) follows the person's choice.
   */
  locale?: string;
}

/**
 * The contract every channel implements (after the Vercel Chat SDK's adapter contract). Inbound:
 * routes (webhooks) or a client (polling) parse platform input into {@link Arrival}s and hand
 * them to the {@link EventSink}. Outbound: `send` renders core messages within the declared
 * capabilities and delivers them to a stored address. Everything between (durability, order,
 * duplicates, retries, "this person left") is the dispatcher's, not the adapter's. Adapters are
 * created by `create<Name>Adapter` factories.
 */
export interface ChannelAdapter {
  readonly channel: ChannelId;
  readonly capabilities: ChannelCapabilities;
  /** Webhook or page routes to mount on the shared HTTP server (none for polling clients). */
  readonly routes: HttpRoute[];
  /** Connect and start handing events to `sink`. Must not throw on a flaky API. */
  start(sink: EventSink): Promise<void>;
  /** Stop receiving (webhooks answer 503 from now on); the dispatcher drains afterwards. */
  stop(): Promise<void>;
  /**
   * Ends what sending holds (connection pools, clients), once the dispatcher's drain is over:
   * never before, since the drain still sends. No connection to the platform is left open, and
   * a send after it comes back at once as `retry` (what it carried stays in the store for the
   * next start).
   */
  close(): Promise<void>;
  /** Renders and sends `messages` to one destination. Never throws: failures are outcomes. */
  send(
    destination: Destination,
    messages: readonly OutboundMessage[],
    context: SendContext,
  ): Promise<SendOutcome>;
}
