/**
 * Sends rendered messages through Discord's REST API, with discord.js's rate limiting.
 *
 * Two ways out. While an interaction's token lives, the answer goes through it (the first
 * message replacing a slash command's "thinking…", the rest as follow-ups): this reaches the
 * person wherever they pressed or typed. Otherwise, and as soon as the token is refused, the
 * messages go to the person's DM channel, each with a nonce Discord enforces, so a message sent
 * again after an unclear failure (a timeout, a 5xx, a restart mid-send) is not shown twice.
 *
 * Outcomes: Discord's 50007 (or any 403) on a DM means the person blocked the bot, closed their
 * DMs or left every shared server: `gone`, and nothing is retried. A rate limit longer than a
 * few seconds goes back to the dispatcher with its Retry-After, where a newer answer (a crisis
 * typed meanwhile) can overtake the waiting one.
 */
import { createHash } from "node:crypto";
import { type APIChannel, DiscordAPIError, RateLimitError, type REST, Routes } from "discord.js";
import { LRUCache } from "lru-cache";
import type { Logger } from "../../core/ports.js";
import type { SendOutcome } from "../shared/adapter.js";
import { discordCode, discordStatus, errorText } from "./error-text.js";
import { type DiscordMessage, SENT_MESSAGE_DEFAULTS } from "./outbound.js";
import { type DiscordReply, INTERACTION_TOKEN_MS } from "./reply-context.js";

/** Discord's "Cannot send messages to this user". */
const CANNOT_MESSAGE_USER = 50007;
/** Codes that mean an interaction's token can no longer be used (expired, never acknowledged). */
const TOKEN_GONE = new Set([10008, 10015, 10062, 50027]);
/** Nonces are compared for "the past few minutes"; Discord takes at most 25 characters. */
const NONCE_LENGTH = 25;

/** Where one answer goes. */
export interface DiscordTarget {
  /** The person's DM channel, when known. */
  channelId?: string;
  /** The person, to open the DM channel with when it is not known. */
  userId: string;
  /** A live way to answer the event (an interaction's token, a server mention). */
  reply?: DiscordReply;
}

/** What a send achieved, in rendered messages. */
export interface DeliveryReport {
  outcome: SendOutcome;
  /** Rendered messages that went out before the outcome (for the dispatcher's `sent`). */
  delivered: number;
}

/** Options for {@link createDiscordDelivery}. */
export interface DiscordDeliveryOptions {
  rest: REST;
  logger: Logger;
}

/** Sending for one adapter; keeps the small per-process memory sending needs. */
export interface DiscordDelivery {
  /** Sends `messages` to one person, answer-first; `key` makes nonces stable across retries. */
  deliver(
    target: DiscordTarget,
    messages: readonly DiscordMessage[],
    context: { key: string; conversation: string },
  ): Promise<DeliveryReport>;
  /**
   * Posts messages into a channel or thread by id (a staff channel), with the same nonces and
   * outcomes as a DM.
   */
  postToChannel(
    channelId: string,
    messages: readonly DiscordMessage[],
    key: string,
  ): Promise<DeliveryReport>;
  /** A link that opens the person's DM with the bot (`https://discord.com/channels/@me/…`). */
  dmLink(userId: string): Promise<string>;
  /** Forgets what is cached about a person (their DM channel id): their data was deleted. */
  forget(userId: string): void;
}

/** Creates the delivery side. */
export function createDiscordDelivery(options: DiscordDeliveryOptions): DiscordDelivery {
  const { rest, logger } = options;
  // A DM channel id never changes for a person; the cache only saves a call per send.
  const dmChannels = new LRUCache<string, string>({ max: 10_000 });
  // Slash commands whose "thinking…" was already replaced: a later part of the same answer (a
  // retry after a rate limit) must not overwrite it.
  const filledOriginals = new LRUCache<string, true>({ max: 10_000, ttl: INTERACTION_TOKEN_MS });

  const openDm = async (userId: string): Promise<string> => {
    const known = dmChannels.get(userId);
    if (known) return known;
    const channel = (await rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as APIChannel;
    dmChannels.set(userId, channel.id);
    return channel.id;
  };

  /** Sends one message through an interaction's token. */
  const viaToken = async (
    reply: Extract<DiscordReply, { kind: "interaction" }>,
    message: DiscordMessage,
  ): Promise<void> => {
    const body = { ...message, ...SENT_MESSAGE_DEFAULTS };
    if (reply.fillsOriginal && !filledOriginals.has(reply.token)) {
      await rest.patch(Routes.webhookMessage(reply.applicationId, reply.token, "@original"), {
        body,
        auth: false,
      });
      filledOriginals.set(reply.token, true);
      return;
    }
    await rest.post(Routes.webhook(reply.applicationId, reply.token), { body, auth: false });
  };

  /** Sends one message into a channel, with a nonce Discord enforces. */
  const intoChannel = async (channelId: string, message: DiscordMessage, nonce: string) => {
    await rest.post(Routes.channelMessages(channelId), {
      body: { ...message, ...SENT_MESSAGE_DEFAULTS, nonce, enforce_nonce: true },
    });
  };

  const deliverAll = async (
    messages: readonly DiscordMessage[],
    key: string,
    conversation: string,
    reply: DiscordReply | undefined,
    channel: () => Promise<string>,
  ): Promise<DeliveryReport> => {
    const nonces = noncesFor(key, messages);
    let token = reply?.kind === "interaction" ? reply : undefined;
    for (const [index, message] of messages.entries()) {
      if (token) {
        // Replacing "thinking…" is an edit, safe to repeat; a follow-up is a new message.
        const followUp = !token.fillsOriginal || filledOriginals.has(token.token);
        try {
          await viaToken(token, message);
          continue;
        } catch (error) {
          if (error instanceof RateLimitError) return retry(error, index);
          if (tokenGone(error)) {
            logger.info("discord interaction token refused; answering in the DM", {
              conversation,
              error: errorText(error),
            });
            token = undefined;
          } else if (error instanceof DiscordAPIError || followUp) {
            // A follow-up has no idempotency key: after an unclear failure it may have been
            // shown, so it is not repeated (the rest still goes out: it may be the helplines).
            logger.error("discord message not sent; not repeated", {
              conversation,
              error: errorText(error),
            });
            continue;
          } else return retry(error, index);
        }
      }
      try {
        await intoChannel(await channel(), message, nonces[index] ?? key.slice(0, NONCE_LENGTH));
      } catch (error) {
        if (error instanceof RateLimitError) return retry(error, index);
        if (discordCode(error) === CANNOT_MESSAGE_USER || discordStatus(error) === 403) {
          return { outcome: { status: "gone" }, delivered: index };
        }
        if (discordStatus(error) === 401) {
          logger.error("discord refused the bot token", { conversation });
          return { outcome: { status: "failed", reason: "token refused" }, delivered: index };
        }
        if (error instanceof DiscordAPIError) {
          logger.error("discord message refused; not repeated", {
            conversation,
            error: errorText(error),
          });
          continue;
        }
        // Discord may or may not have it: the nonce makes sending it again safe.
        return retry(error, index);
      }
    }
    return { outcome: { status: "sent" }, delivered: messages.length };
  };

  return {
    async deliver(target, messages, context) {
      const channel = async () => target.channelId ?? (await openDm(target.userId));
      return deliverAll(messages, context.key, context.conversation, target.reply, channel);
    },
    postToChannel(channelId, messages, key) {
      return deliverAll(messages, key, "staff-channel", undefined, async () => channelId);
    },
    async dmLink(userId) {
      return `https://discord.com/channels/@me/${await openDm(userId)}`;
    },
    forget(userId) {
      dmChannels.delete(userId);
    },
  };
}

function tokenGone(error: unknown): boolean {
  const code = discordCode(error);
  if (code !== undefined && TOKEN_GONE.has(code)) return true;
  const status = discordStatus(error);
  return status === 401 || status === 404;
}

function retry(error: unknown, delivered: number): DeliveryReport {
  return {
    outcome: {
      status: "retry",
      reason: errorText(error),
      ...(error instanceof RateLimitError ? { afterMs: Math.ceil(error.retryAfter) } : {}),
    },
    delivered,
  };
}

/**
 * One nonce per message, the same on every attempt: from the answer's key, the message itself,
 * and how many equal messages came before it (so "…" twice in one answer is still two).
 */
export function noncesFor(key: string, messages: readonly DiscordMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const body = JSON.stringify(message);
    const occurrence = seen.get(body) ?? 0;
    seen.set(body, occurrence + 1);
    return createHash("sha256")
      .update(`${key}\n${occurrence}\n${body}`)
      .digest("base64url")
      .slice(0, NONCE_LENGTH);
  });
}
