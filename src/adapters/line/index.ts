/**
 * The LINE channel: a signed webhook at `POST /webhooks/line`, events handed to the core one
 * person at a time and in order, answers sent reply-first through the Messaging API. The
 * webhook answers LINE at once and does the work afterwards, so a slow step never makes LINE
 * time out and redeliver.
 */
import { messagingApi } from "@line/bot-sdk";
import type { ConversationCore } from "../../core/conversation.js";
import type { Logger } from "../../core/ports.js";
import { createKeyedQueue } from "../../store/keyed-queue.js";
import type { ChannelAdapter } from "../shared/adapter.js";
import type { HttpResponse } from "../shared/http.js";
import { LineDelivery, type LineMessagingApi } from "./delivery.js";
import {
  type LineAction,
  type LineEvent,
  mapLineEvent,
  parseLineWebhook,
  verifyLineSignature,
} from "./inbound.js";
import { lineCapabilities, lineGroupNote, renderForLine } from "./outbound.js";
import { createProfileLocales } from "./profile.js";
import { describeError, sleep } from "./timing.js";

export { lineCapabilities } from "./outbound.js";
export { parseReferralMessage, referralLink, referralMessageText } from "./referral.js";

/** Where LINE posts webhooks; the URL to enter in the LINE Developers Console ends with this. */
export const LINE_WEBHOOK_PATH = "/webhooks/line";

/** Options for {@link createLineAdapter}. */
export interface LineAdapterOptions {
  core: ConversationCore;
  logger: Logger;
  /** Signs webhooks (LINE Developers Console, Basic settings). */
  channelSecret: string;
  /** Authorizes API calls (Messaging API tab; a long-lived or v2.1 token). */
  channelAccessToken: string;
  /** Instead of `https://api.line.me` (tests, proxies). */
  apiBaseUrl?: string;
}

/** A step that takes longer than this shows LINE's loading animation in a one-to-one chat. */
const LOADING_AFTER_MS = 1000;
/** How long the animation may run; LINE ends it as soon as the answer arrives. */
const LOADING_SECONDS = 20;
/** How long `stop()` waits for events in flight before it cuts retries short. */
const STOP_GRACE_MS = 15_000;
/** Bounds for the in-memory sets below: old entries go first. */
const MAX_REMEMBERED = 10_000;

/** Creates the LINE channel. */
export function createLineAdapter(options: LineAdapterOptions): ChannelAdapter {
  const { core, logger, channelSecret } = options;
  const api: LineMessagingApi = new messagingApi.MessagingApiClient({
    channelAccessToken: options.channelAccessToken,
    ...(options.apiBaseUrl ? { baseURL: options.apiBaseUrl.replace(/\/+$/, "") } : {}),
  });
  const shutdown = new AbortController();
  const delivery = new LineDelivery({ api, logger, signal: shutdown.signal });
  const profiles = createProfileLocales({ api, logger });
  const queue = createKeyedQueue();
  const inflight = new Set<Promise<void>>();
  // People whose unfollow has arrived: an answer still queued for them is dropped at once,
  // before the core has even seen the unfollow.
  const unfollowed = recentSet(MAX_REMEMBERED);
  // Groups and rooms that have had the one-to-one note (per process: a restart may repeat it once).
  const notedChats = recentSet(MAX_REMEMBERED);
  let stopping = false;

  const enqueue = (key: string, task: () => Promise<void>) => {
    const running = queue.run(key, task).catch((error: unknown) => {
      logger.error("line event failed", { error: describeError(error) });
    });
    inflight.add(running);
    void running.finally(() => inflight.delete(running));
  };

  const answerPerson = async (
    action: Extract<LineAction, { kind: "conversation" }>,
    receivedAt: number,
  ) => {
    const { userId } = action;
    const conversation = core.pseudonym("line", userId);
    let loading: Promise<void> | undefined;
    // Most steps take milliseconds, and an animation that flashes is noise; it shows only when
    // the person would otherwise look at a silent chat (a slow store or profile call).
    const timer = action.awaitsAnswer
      ? setTimeout(() => {
          loading = delivery.showLoading(userId, LOADING_SECONDS, conversation);
        }, LOADING_AFTER_MS)
      : undefined;
    try {
      const unfollow = action.event.payload.type === "unfollow";
      const localeHint = unfollow ? undefined : await profiles.localeFor(userId, conversation);
      const result = await core.handle({ ...action.event, ...(localeHint ? { localeHint } : {}) });
      clearTimeout(timer);
      // The animation must start before the answer lands, or it would spin after the answer.
      await loading;
      if (result.duplicate || result.messages.length === 0) return;
      if (unfollowed.has(userId)) {
        logger.info("line answer dropped: the person has blocked the account", { conversation });
        return;
      }
      const report = await delivery.deliver(renderForLine(result.messages), {
        ...(action.replyToken ? { replyToken: action.replyToken } : {}),
        // An unreachable person (deleted data, unfollowed) may get the reply to what they just
        // did, but nothing pushed.
        ...(result.reachable ? { pushTo: userId } : {}),
        receivedAt,
        conversation,
        cancelled: () => unfollowed.has(userId),
      });
      logger.info("line answer sent", { conversation, ...report });
    } catch (error) {
      logger.error("line event failed", { conversation, error: describeError(error) });
    } finally {
      clearTimeout(timer);
    }
  };

  const noteGroup = async (replyToken: string, receivedAt: number) => {
    const report = await delivery.deliver([[{ type: "text", text: lineGroupNote(core) }]], {
      replyToken,
      receivedAt,
      conversation: "group-chat",
    });
    logger.info("line group note sent", { replied: report.replied });
  };

  const dispatch = (event: LineEvent, receivedAt: number) => {
    const action = mapLineEvent(event);
    switch (action.kind) {
      case "ignore":
        logger.debug("line event ignored", { event: event.type, reason: action.reason });
        return;
      case "group": {
        if (action.membership === "leave") {
          notedChats.delete(action.chatKey);
          return;
        }
        // Decided here, in arrival order, so a burst of group messages gets exactly one note.
        if (notedChats.has(action.chatKey) || !action.replyToken) return;
        notedChats.add(action.chatKey);
        const replyToken = action.replyToken;
        enqueue(action.chatKey, () => noteGroup(replyToken, receivedAt));
        return;
      }
      case "conversation": {
        const type = action.event.payload.type;
        if (type === "unfollow") unfollowed.add(action.userId);
        else if (type === "follow") unfollowed.delete(action.userId);
        enqueue(`user:${action.userId}`, () => answerPerson(action, receivedAt));
        return;
      }
    }
  };

  const webhook = async (
    rawBody: Buffer,
    signature: string | string[] | undefined,
  ): Promise<HttpResponse> => {
    if (stopping) {
      // LINE redelivers (when redelivery is on) what another instance or the restart then handles.
      return { status: 503, headers: { "retry-after": "5" }, body: { error: "shutting down" } };
    }
    if (!verifyLineSignature(rawBody, channelSecret, signature)) {
      logger.warn("line webhook rejected: bad or missing signature");
      return { status: 401, body: { error: "invalid signature" } };
    }
    const parsed = parseLineWebhook(rawBody);
    if ("error" in parsed) {
      logger.warn("line webhook rejected", { reason: parsed.error });
      return { status: 400, body: { error: parsed.error } };
    }
    if (parsed.skipped > 0)
      logger.warn("line events skipped: unreadable", { count: parsed.skipped });
    const receivedAt = Date.now();
    for (const event of parsed.events) dispatch(event, receivedAt);
    return { status: 200, body: {} };
  };

  /** Waits up to `ms` for the events in flight; true when none is left. */
  const drain = async (ms: number): Promise<boolean> => {
    const deadline = Date.now() + ms;
    while (inflight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const timer = new AbortController();
      await Promise.race([Promise.allSettled([...inflight]), sleep(left, timer.signal)]);
      timer.abort();
    }
    return true;
  };

  return {
    channel: "line",
    capabilities: lineCapabilities,
    routes: [
      {
        method: "POST",
        path: LINE_WEBHOOK_PATH,
        handle: (request) => webhook(request.rawBody, request.headers["x-line-signature"]),
      },
    ],
    async start() {
      logger.info("line webhook ready", { path: LINE_WEBHOOK_PATH });
    },
    async stop() {
      stopping = true;
      if (!(await drain(STOP_GRACE_MS))) {
        // Retries waiting out a Retry-After end now; what is mid-call gets a moment to finish.
        shutdown.abort();
        const left = (await drain(2000)) ? 0 : inflight.size;
        logger.warn("line stopped with events unfinished", { count: left });
      }
      shutdown.abort();
    },
  };
}

/** A set that forgets its oldest entries beyond `max`, so memory stays bounded. */
function recentSet(max: number) {
  const entries = new Set<string>();
  return {
    has: (key: string) => entries.has(key),
    delete: (key: string) => entries.delete(key),
    add(key: string) {
      entries.delete(key);
      entries.add(key);
      for (const oldest of entries) {
        if (entries.size <= max) break;
        entries.delete(oldest);
      }
    },
  };
}
