/**
 * A local stand-in for Discord at the network edge, so the real discord.js client runs against
 * loopback: one node:http server answers the REST API under `/api/v10` (what komorebi calls:
 * gateway discovery, DMs, messages, interaction callbacks, webhooks, command registration), and
 * a WebSocket gateway at `/gateway` (with the `ws` package) speaks HELLO, IDENTIFY, READY,
 * heartbeats, RESUME with replay, and the dispatches a test sends.
 *
 * It keeps what a person would see in each channel (channel messages, interaction responses,
 * follow-ups; a deferred "thinking…" until it is filled), and what people wrote there (every
 * MESSAGE_CREATE dispatched, also while the bot is not connected), so the channel's history can
 * be read like Discord's (`GET /channels/:id/messages` with `after`, `before` and `limit`, newest
 * first). It enforces what Discord enforces:
 * an interaction is acknowledged once and answered through its token only after that, a nonce
 * with `enforce_nonce` creates one message, a person who blocked the bot gets nothing (50007).
 *
 * Servers too, for a staff channel: a guild with roles, members and text or forum channels with
 * permission overwrites (permissions computed as Discord documents it), threads made under a
 * channel (a forum's with its first message), messages edited, threads archived.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** One REST call the bot made. */
export interface RecordedCall {
  method: string;
  /** Path after `/api/v10`, with query. */
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary API fields.
  body: any;
  status: number;
  at: number;
}

/** A message as it shows in a channel. */
export interface ShownMessage {
  id: string;
  channelId: string;
  content: string;
  // biome-ignore lint/suspicious/noExplicitAny: components are read field by field in tests.
  components: any[];
  flags: number;
  /** Only the person who used the command sees it. */
  ephemeral: boolean;
  /** A deferred reply still showing "thinking…". */
  pending: boolean;
  via: "channel" | "interaction" | "follow-up";
  nonce?: string;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  reference?: any;
  /** How often the bot edited it (PATCH on the channel message). */
  edits?: number;
}

/** A channel in a server: a text or forum channel, or a thread under one. */
export interface FakeChannel {
  id: string;
  type: number;
  guildId: string;
  name: string;
  parentId?: string;
  overwrites: { id: string; type: 0 | 1; allow: bigint; deny: bigint }[];
  archived: boolean;
  /** A forum's flags (`REQUIRE_TAG` 1 << 4) and tags; a post's applied tags. */
  flags?: number;
  availableTags?: { id: string; name: string; moderated?: boolean }[];
  appliedTags?: string[];
}

/** A server, for a staff channel. */
export interface FakeGuild {
  id: string;
  /** A role with these permissions (`PermissionFlagsBits`); the @everyone role is the guild's id. */
  role(permissions: bigint): string;
  /** Makes `userId` a member with these roles. */
  member(userId: string, roles?: string[]): void;
  /** A channel (0 text, 15 forum) with permission overwrites (type 0 a role, 1 a member). */
  channel(
    type: number,
    overwrites?: { id: string; type: 0 | 1; allow?: bigint; deny?: bigint }[],
  ): string;
  /** A member's roles. */
  rolesOf(userId: string): string[];
  /** A member's permissions in a channel (a thread's are its parent's), as Discord computes them. */
  permissionsIn(channelId: string, userId: string): bigint;
}

/** An interaction the fake has dispatched. */
interface FakeInteraction {
  id: string;
  token: string;
  channelId: string;
  /** For a button: the message it is on. */
  messageId?: string;
  /** The acknowledgement's type, once acknowledged. */
  acked?: number;
  /** The message `@original` refers to. */
  originalId?: string;
  expired: boolean;
}

/** A failure the next matching call gets (after being recorded). */
export interface FakeFailure {
  status: number;
  /** Do what the call asks first, then answer with the failure (a reply lost on the way). */
  afterApplying?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: Discord's error bodies vary.
  body: any;
  headers?: Record<string, string>;
}

/** The fake, started. */
export interface FakeDiscord {
  /** `DISCORD_API_BASE`. */
  readonly apiBase: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  readonly calls: RecordedCall[];
  /** IDENTIFY payloads received (intents and all). */
  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads.
  readonly identifies: any[];
  /** RESUME payloads received. */
  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads.
  readonly resumes: any[];
  /** The DM channel between the bot and `userId` (made on first use, like Discord's). */
  dmChannelOf(userId: string): string;
  /** Every message shown in a channel, oldest first. */
  messagesIn(channelId: string): ShownMessage[];
  message(id: string): ShownMessage | undefined;
  /** A message object as Discord would send it in an interaction's `message`. */
  // biome-ignore lint/suspicious/noExplicitAny: Discord payload.
  messagePayload(id: string): any;
  /** Sends a gateway dispatch (buffered while the bot is disconnected); returns its sequence. */
  dispatch(type: string, data: object): number;
  /** Registers an interaction so its callbacks and token work, then dispatches it. */
  interact(payload: {
    id: string;
    token: string;
    channel_id?: string;
    message?: { id: string };
  }): void;
  /** The interaction's token stops working, as after 15 minutes. */
  expire(interactionId: string): void;
  /** The message an interaction's `@original` is (its answer), once there is one. */
  originalOf(interactionId: string): string | undefined;
  /** Whether and how an interaction was acknowledged. */
  ackOf(interactionId: string): number | undefined;
  /** Waits until the bot is connected and READY (after IDENTIFY or RESUME), in `count` sessions. */
  waitForReady(count?: number): Promise<void>;
  /**
   * Cuts the gateway connection without a close frame, as a network failure does. The client
   * resumes; with `replayFrom`, the next RESUME replays from that sequence (events it had already
   * received come again) instead of from the one the client names.
   */
  dropConnection(options?: { replayFrom?: number }): Promise<void>;
  /** The sequence of the last dispatch. */
  readonly sequence: number;
  /** A new server, with the permissions of its @everyone role. */
  guild(everyone?: bigint): FakeGuild;
  channel(id: string): FakeChannel | undefined;
  /** Threads made under a channel, oldest first (deleted ones no more). */
  threadsOf(parentId: string): FakeChannel[];
  /** Staff delete a channel or thread: every call on it answers 404 / 10003 Unknown Channel. */
  deleteChannel(id: string): void;
  /** The application's flags (GET /applications/@me): Message Content intent bits and others. */
  applicationFlags: number;
  /** Every send to this person's DM answers 403 / 50007, as after a block. */
  block(userId: string): void;
  failNext(method: string, path: RegExp, failure: FakeFailure, times?: number): void;
  callsTo(method: string, path: RegExp): RecordedCall[];
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs?: number): Promise<T>;
  /** Connections from the bot that are open now (REST, in use or idle, and the gateway). */
  openConnections(): number;
  close(): Promise<void>;
}

const VIEW_CHANNEL = 1n << 10n;
const SEND_MESSAGES = 1n << 11n;
const READ_MESSAGE_HISTORY = 1n << 16n;
const ADMINISTRATOR = 1n << 3n;
const CREATE_PUBLIC_THREADS = 1n << 35n;
const SEND_IN_THREADS = 1n << 38n;
const ALL = (1n << 53n) - 1n;

let snowflake = 1_300_000_000_000_000_000n;
/** A fresh Discord id. */
export const nextId = (): string => {
  snowflake += 1n;
  return String(snowflake);
};

/** Starts the fake on a free port. */
export async function startFakeDiscord(
  options: {
    heartbeatMs?: number;
    /** What GET /gateway/bot names instead of this fake's own gateway. */
    gatewayUrl?: string;
    /**
     * Several sessions at once (several processes with one token), each receiving every event,
     * as Discord allows; by default a new session replaces the one before.
     */
    manySessions?: boolean;
    /** How long the gateway takes to answer IDENTIFY with READY (default at once). */
    readyDelayMs?: number;
  } = {},
): Promise<FakeDiscord> {
  const applicationId = nextId();
  const botUserId = applicationId;
  const token = `${Buffer.from(botUserId).toString("base64url")}.fake.${randomBytes(8).toString("hex")}`;
  const heartbeatMs = options.heartbeatMs ?? 5000;
  const calls: RecordedCall[] = [];
  const identifies: unknown[] = [];
  const resumes: unknown[] = [];
  const messages = new Map<string, ShownMessage>();
  const byChannel = new Map<string, string[]>();
  // What people wrote, per channel, as it was dispatched (edits replace it).
  // biome-ignore lint/suspicious/noExplicitAny: Discord message payloads.
  const written = new Map<string, any[]>();
  const dmChannels = new Map<string, string>();
  const dmOwners = new Map<string, string>();
  const blocked = new Set<string>();
  const interactions = new Map<string, FakeInteraction>();
  const byToken = new Map<string, FakeInteraction>();
  const failures: { method: string; path: RegExp; failure: FakeFailure; times: number }[] = [];
  const waiters = new Set<() => void>();
  const guilds = new Map<string, { roles: Map<string, bigint>; members: Map<string, string[]> }>();
  const channels = new Map<string, FakeChannel>();
  const deleted = new Set<string>();
  let applicationFlags = 0;
  const notify = () => {
    for (const waiter of waiters) waiter();
  };

  // Gateway state: one session; events are kept so a RESUME can replay them.
  const sessionId = randomBytes(8).toString("hex");
  const events: { op: 0; t: string; s: number; d: object }[] = [];
  let sequence = 0;
  // Connected sessions, and those past IDENTIFY or RESUME. Discord lets several sessions use one
  // token, each receiving every event; by default the fake keeps one (a new one replaces it).
  const sockets = new Set<WebSocket>();
  const readySockets = new Set<WebSocket>();
  let replayOverride: number | undefined;

  const dmChannelOf = (userId: string) => {
    let channel = dmChannels.get(userId);
    if (!channel) {
      channel = nextId();
      dmChannels.set(userId, channel);
      dmOwners.set(channel, userId);
    }
    return channel;
  };

  const show = (message: Omit<ShownMessage, "id">): ShownMessage => {
    const shown = { id: nextId(), ...message };
    messages.set(shown.id, shown);
    byChannel.set(shown.channelId, [...(byChannel.get(shown.channelId) ?? []), shown.id]);
    notify();
    return shown;
  };

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are free-form JSON.
  const fromBody = (channelId: string, body: any, via: ShownMessage["via"]) => ({
    channelId,
    content: String(body?.content ?? ""),
    components: body?.components ?? [],
    flags: Number(body?.flags ?? 0),
    ephemeral: (Number(body?.flags ?? 0) & 64) !== 0,
    pending: false,
    via,
    ...(body?.nonce !== undefined ? { nonce: String(body.nonce) } : {}),
    ...(body?.message_reference ? { reference: body.message_reference } : {}),
  });

  /** The bot as Discord shows it, in READY and as the author of its messages. */
  const botUser = {
    id: botUserId,
    username: "komorebi",
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: true,
  };

  const messagePayload = (id: string) => {
    const message = messages.get(id);
    if (!message) return undefined;
    return {
      id: message.id,
      channel_id: message.channelId,
      author: botUser,
      content: message.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: message.flags,
      components: message.components,
      ...(message.nonce ? { nonce: message.nonce } : {}),
    };
  };

  const permissionsIn = (channelId: string, userId: string): bigint => {
    let channel = channels.get(channelId);
    if (channel?.parentId) channel = channels.get(channel.parentId);
    if (!channel) return 0n;
    const guild = guilds.get(channel.guildId);
    const roles = guild?.members.get(userId);
    if (!guild || !roles) return 0n;
    // Discord's documented order: base from roles, administrator is everything, then the
    // channel's overwrites for @everyone, for the member's roles together, for the member.
    let permissions = guild.roles.get(channel.guildId) ?? 0n;
    for (const role of roles) permissions |= guild.roles.get(role) ?? 0n;
    if ((permissions & ADMINISTRATOR) !== 0n) return ALL;
    const everyone = channel.overwrites.find((o) => o.id === channel?.guildId);
    if (everyone) permissions = (permissions & ~everyone.deny) | everyone.allow;
    let allow = 0n;
    let deny = 0n;
    for (const o of channel.overwrites) {
      if (o.type === 0 && roles.includes(o.id)) {
        allow |= o.allow;
        deny |= o.deny;
      }
    }
    permissions = (permissions & ~deny) | allow;
    const own = channel.overwrites.find((o) => o.type === 1 && o.id === userId);
    if (own) permissions = (permissions & ~own.deny) | own.allow;
    return permissions;
  };
  const botCan = (channel: FakeChannel, needed: bigint) =>
    (permissionsIn(channel.id, botUserId) & needed) === needed;
  const channelBody = (channel: FakeChannel) => ({
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    ...(channel.flags !== undefined ? { flags: channel.flags } : {}),
    ...(channel.availableTags ? { available_tags: channel.availableTags } : {}),
    ...(channel.appliedTags ? { applied_tags: channel.appliedTags } : {}),
    ...(channel.parentId
      ? {
          parent_id: channel.parentId,
          thread_metadata: {
            archived: channel.archived,
            auto_archive_duration: 10080,
            locked: false,
          },
        }
      : {
          permission_overwrites: channel.overwrites.map((o) => ({
            id: o.id,
            type: o.type,
            allow: String(o.allow),
            deny: String(o.deny),
          })),
        }),
  });

  const send = (res: ServerResponse, status: number, body?: unknown, headers = {}) => {
    if (res.writableEnded || res.destroyed) return;
    if (body === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const discordError = (code: number, message: string) => ({ code, message });

  /**
   * A channel's messages as Discord lists them: at most `limit` (1-100, default 50); with
   * `after`, the ones right after that id; with `before`, the ones right before it; otherwise
   * the newest. Always newest first. Ephemeral answers are not in a channel's history.
   */
  const history = (channelId: string, query: URLSearchParams) => {
    const inServer = channels.get(channelId);
    if (!dmOwners.has(channelId) && !inServer) {
      return { status: 404, body: discordError(10003, "Unknown Channel") };
    }
    if (inServer && !botCan(inServer, VIEW_CHANNEL | READ_MESSAGE_HISTORY)) {
      return { status: 403, body: discordError(50001, "Missing Access") };
    }
    const limit = Number(query.get("limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return { status: 400, body: discordError(50035, "Invalid Form Body (limit)") };
    }
    const all = [
      ...(written.get(channelId) ?? []),
      ...(byChannel.get(channelId) ?? [])
        .filter((id) => !messages.get(id)?.ephemeral)
        .map((id) => messagePayload(id)),
    ].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
    const after = query.get("after");
    const before = query.get("before");
    const page = after
      ? all.filter((message) => BigInt(message.id) > BigInt(after)).slice(0, limit)
      : before
        ? all.filter((message) => BigInt(message.id) < BigInt(before)).slice(-limit)
        : all.slice(-limit);
    return { status: 200, body: page.reverse() };
  };

  const route = async (
    method: string,
    path: string,
    // biome-ignore lint/suspicious/noExplicitAny: request bodies are free-form JSON.
    body: any,
    authorized: boolean,
  ): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> => {
    const bare = path.split("?")[0] ?? path;
    const needsAuth = !/^\/(interactions|webhooks)\//.test(bare);
    if (needsAuth && !authorized)
      return { status: 401, body: discordError(0, "401: Unauthorized") };

    if (method === "GET" && bare === "/gateway/bot") {
      return {
        status: 200,
        body: {
          url: options.gatewayUrl ?? gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === "GET" && bare === "/applications/@me") {
      return {
        status: 200,
        body: { id: applicationId, name: "komorebi (test)", flags: applicationFlags },
      };
    }
    if (method === "GET" && bare === "/users/@me") {
      return { status: 200, body: { id: botUserId, username: "komorebi", bot: true } };
    }
    const guildRoles = /^\/guilds\/(\d+)\/roles$/.exec(bare);
    if (method === "GET" && guildRoles) {
      const guild = guilds.get(guildRoles[1] as string);
      if (!guild) return { status: 404, body: discordError(10004, "Unknown Guild") };
      return {
        status: 200,
        body: [...guild.roles].map(([id, permissions]) => ({
          id,
          name: id === guildRoles[1] ? "@everyone" : `role ${id}`,
          permissions: String(permissions),
        })),
      };
    }
    const guildMember = /^\/guilds\/(\d+)\/members\/(\d+)$/.exec(bare);
    if (method === "GET" && guildMember) {
      const roles = guilds.get(guildMember[1] as string)?.members.get(guildMember[2] as string);
      if (!roles) return { status: 404, body: discordError(10007, "Unknown Member") };
      return { status: 200, body: { user: { id: guildMember[2] }, roles } };
    }
    const inDeleted = /^\/channels\/(\d+)(?:\/|$)/.exec(bare);
    if (inDeleted && deleted.has(inDeleted[1] as string)) {
      return { status: 404, body: discordError(10003, "Unknown Channel") };
    }
    const activeThreads = /^\/guilds\/(\d+)\/threads\/active$/.exec(bare);
    if (method === "GET" && activeThreads) {
      const threads = [...channels.values()].filter(
        (c) => c.guildId === activeThreads[1] && c.parentId !== undefined && !c.archived,
      );
      return { status: 200, body: { threads: threads.map(channelBody), members: [] } };
    }
    const channelPath = /^\/channels\/(\d+)$/.exec(bare);
    if (channelPath) {
      const channel = channels.get(channelPath[1] as string);
      if (!channel) return { status: 404, body: discordError(10003, "Unknown Channel") };
      if (!botCan(channel, VIEW_CHANNEL)) {
        return { status: 403, body: discordError(50001, "Missing Access") };
      }
      if (method === "PATCH") {
        if (typeof body?.archived === "boolean") channel.archived = body.archived;
        notify();
      }
      if (method === "GET" || method === "PATCH")
        return { status: 200, body: channelBody(channel) };
    }
    const threads = /^\/channels\/(\d+)\/threads$/.exec(bare);
    if (method === "POST" && threads) {
      const parent = channels.get(threads[1] as string);
      if (!parent) return { status: 404, body: discordError(10003, "Unknown Channel") };
      const forum = parent.type === 15;
      if (!botCan(parent, VIEW_CHANNEL | (forum ? SEND_MESSAGES : CREATE_PUBLIC_THREADS))) {
        return { status: 403, body: discordError(50013, "Missing Permissions") };
      }
      if (forum && !body?.message) {
        return { status: 400, body: discordError(50035, "Invalid Form Body (message)") };
      }
      const tags: string[] = Array.isArray(body?.applied_tags) ? body.applied_tags : [];
      if (tags.some((tag) => !(parent.availableTags ?? []).some((known) => known.id === tag))) {
        return { status: 400, body: discordError(50035, "Invalid Form Body (applied_tags)") };
      }
      if (forum && ((parent.flags ?? 0) & (1 << 4)) !== 0 && tags.length === 0) {
        return {
          status: 400,
          body: discordError(40067, "A tag is required to create a forum post in this channel"),
        };
      }
      const thread: FakeChannel = {
        id: nextId(),
        type: forum ? 11 : Number(body?.type ?? 12),
        guildId: parent.guildId,
        name: String(body?.name ?? ""),
        parentId: parent.id,
        overwrites: [],
        archived: false,
        ...(forum ? { appliedTags: tags } : {}),
      };
      channels.set(thread.id, thread);
      let starter: ShownMessage | undefined;
      if (forum) {
        // A forum post's first message has the thread's id.
        starter = { id: thread.id, ...fromBody(thread.id, body.message, "channel") };
        messages.set(starter.id, starter);
        byChannel.set(thread.id, [starter.id]);
      }
      notify();
      return {
        status: 201,
        body: {
          ...channelBody(thread),
          ...(starter ? { message: messagePayload(starter.id) } : {}),
        },
      };
    }
    const oneMessage = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(bare);
    if (method === "PATCH" && oneMessage) {
      const message = messages.get(oneMessage[2] as string);
      if (!message || message.channelId !== oneMessage[1]) {
        return { status: 404, body: discordError(10008, "Unknown Message") };
      }
      if (typeof body?.content === "string") message.content = body.content;
      if (Array.isArray(body?.components)) message.components = body.components;
      message.edits = (message.edits ?? 0) + 1;
      notify();
      return { status: 200, body: messagePayload(message.id) };
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(bare);
    if (method === "PUT" && commands) {
      const definitions = Array.isArray(body) ? (body as object[]) : [];
      return { status: 200, body: definitions.map((command) => ({ id: nextId(), ...command })) };
    }
    if (method === "POST" && bare === "/users/@me/channels") {
      const recipient = String(body?.recipient_id ?? "");
      return {
        status: 200,
        body: { id: dmChannelOf(recipient), type: 1, recipients: [{ id: recipient }] },
      };
    }
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(bare);
    if (method === "GET" && channelMessages) {
      return history(channelMessages[1] as string, new URLSearchParams(path.split("?")[1] ?? ""));
    }
    if (method === "POST" && channelMessages) {
      const channelId = channelMessages[1] as string;
      const owner = dmOwners.get(channelId);
      if (owner && blocked.has(owner)) {
        return { status: 403, body: discordError(50007, "Cannot send messages to this user") };
      }
      if (body?.enforce_nonce && body?.nonce !== undefined) {
        const earlier = (byChannel.get(channelId) ?? [])
          .map((id) => messages.get(id))
          .find((message) => message?.nonce === String(body.nonce));
        if (earlier) return { status: 200, body: messagePayload(earlier.id) };
      }
      const inServer = channels.get(channelId);
      if (inServer) {
        const thread = inServer.parentId !== undefined;
        if (!botCan(inServer, VIEW_CHANNEL | (thread ? SEND_IN_THREADS : SEND_MESSAGES))) {
          return { status: 403, body: discordError(50013, "Missing Permissions") };
        }
        // A message in an archived thread (not locked) brings it back.
        inServer.archived = false;
      }
      const shown = show(fromBody(channelId, body, "channel"));
      return { status: 200, body: messagePayload(shown.id) };
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(bare);
    if (method === "POST" && callback) {
      const interaction = interactions.get(callback[1] as string);
      if (!interaction || interaction.token !== callback[2] || interaction.expired) {
        return { status: 404, body: discordError(10062, "Unknown interaction") };
      }
      if (interaction.acked !== undefined) {
        return {
          status: 400,
          body: discordError(40060, "Interaction has already been acknowledged."),
        };
      }
      const type = Number(body?.type);
      interaction.acked = type;
      if (type === 4 || type === 5) {
        const shown = show({
          ...fromBody(interaction.channelId, body?.data, "interaction"),
          pending: type === 5,
        });
        interaction.originalId = shown.id;
      } else if (type === 7 && interaction.messageId) {
        const message = messages.get(interaction.messageId);
        if (message) {
          if (body?.data?.components) message.components = body.data.components;
          if (typeof body?.data?.content === "string") message.content = body.data.content;
        }
        interaction.originalId = interaction.messageId;
      } else if (type === 6) {
        interaction.originalId = interaction.messageId;
      }
      notify();
      return { status: 204 };
    }
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(bare);
    if (webhook) {
      const interaction = byToken.get(webhook[2] as string);
      if (
        webhook[1] !== applicationId ||
        !interaction ||
        interaction.expired ||
        interaction.acked === undefined
      ) {
        return { status: 404, body: discordError(10015, "Unknown Webhook") };
      }
      if (method === "PATCH" && webhook[3]) {
        const original = messages.get(interaction.originalId ?? "");
        if (!original) return { status: 404, body: discordError(10008, "Unknown Message") };
        original.content = String(body?.content ?? original.content);
        if (body?.components) original.components = body.components;
        original.pending = false;
        notify();
        return { status: 200, body: messagePayload(original.id) };
      }
      if (method === "POST" && !webhook[3]) {
        const shown = show(fromBody(interaction.channelId, body, "follow-up"));
        return { status: 200, body: messagePayload(shown.id) };
      }
    }
    return { status: 404, body: discordError(0, "404: Not Found") };
  };

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          body = raw;
        }
        const url = req.url ?? "";
        // discord.js escapes `@original` as `%40original`; Discord reads both.
        const path = decodeURIComponent(url.replace(/^\/api\/v10/, ""));
        const method = req.method ?? "GET";
        const call: RecordedCall = { method, path, body, status: 0, at: Date.now() };
        calls.push(call);
        const index = failures.findIndex(
          (failure) => failure.method === method && failure.path.test(path),
        );
        const failure = failures[index];
        if (failure) {
          failure.times -= 1;
          if (failure.times <= 0) failures.splice(index, 1);
          if (failure.failure.afterApplying) {
            await route(method, path, body, req.headers.authorization === `Bot ${token}`);
          }
          call.status = failure.failure.status;
          notify();
          send(res, failure.failure.status, failure.failure.body, failure.failure.headers);
          return;
        }
        const answer = await route(
          method,
          path,
          body,
          req.headers.authorization === `Bot ${token}`,
        );
        call.status = answer.status;
        notify();
        send(res, answer.status, answer.body, answer.headers);
      })();
    });
  });

  const gateway = new WebSocketServer({ noServer: true });
  http.on("upgrade", (req, sock, head) => {
    if (!(req.url ?? "").startsWith("/gateway")) {
      sock.destroy();
      return;
    }
    gateway.handleUpgrade(req, sock, head, (ws) => gateway.emit("connection", ws));
  });

  const sendFrame = (ws: WebSocket, frame: object) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };

  /** Answers IDENTIFY on `ws`: the session is READY (a socket closed meanwhile gets nothing). */
  const ready = (ws: WebSocket) => {
    if (ws.readyState !== ws.OPEN) return;
    sequence += 1;
    sendFrame(ws, {
      op: 0,
      t: "READY",
      s: sequence,
      d: {
        v: 10,
        user: botUser,
        guilds: [],
        session_id: sessionId,
        resume_gateway_url: gatewayUrl(),
        shard: [0, 1],
        application: { id: applicationId, flags: 0 },
      },
    });
    // Events from before this session are not Discord's to replay any more.
    if (!options.manySessions) events.length = 0;
    readySockets.add(ws);
    notify();
  };

  gateway.on("connection", (ws: WebSocket) => {
    if (!options.manySessions) {
      for (const other of sockets) other.terminate();
      sockets.clear();
      readySockets.clear();
    }
    sockets.add(ws);
    sendFrame(ws, { op: 10, d: { heartbeat_interval: heartbeatMs } });
    ws.on("message", (data) => {
      // biome-ignore lint/suspicious/noExplicitAny: gateway frames.
      let frame: any;
      try {
        frame = JSON.parse(String(data));
      } catch {
        ws.close(4002, "Decode error");
        return;
      }
      if (frame.op === 1) {
        sendFrame(ws, { op: 11 });
      } else if (frame.op === 2) {
        if (frame.d?.token !== token) {
          ws.close(4004, "Authentication failed.");
          return;
        }
        identifies.push(frame.d);
        if (options.readyDelayMs) {
          setTimeout(() => ready(ws), options.readyDelayMs);
          return;
        }
        ready(ws);
      } else if (frame.op === 6) {
        resumes.push(frame.d);
        if (frame.d?.session_id !== sessionId || frame.d?.token !== token) {
          sendFrame(ws, { op: 9, d: false });
          return;
        }
        const from = replayOverride ?? Number(frame.d.seq ?? 0);
        replayOverride = undefined;
        for (const event of events) if (event.s > from) sendFrame(ws, event);
        sequence += 1;
        sendFrame(ws, { op: 0, t: "RESUMED", s: sequence, d: {} });
        readySockets.add(ws);
        notify();
      }
    });
    ws.on("close", () => {
      if (sockets.has(ws)) {
        sockets.delete(ws);
        readySockets.delete(ws);
      }
    });
  });

  const connections = new Set<Socket>();
  http.on("connection", (socket: Socket) => {
    connections.add(socket);
    socket.on("close", () => connections.delete(socket));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const port = (http.address() as AddressInfo).port;
  const gatewayUrl = () => `ws://127.0.0.1:${port}/gateway`;

  const dispatch = (type: string, data: object) => {
    // The channel's history has what people wrote, whether or not a session was there to see it.
    const message = data as { id?: unknown; channel_id?: unknown };
    if (
      (type === "MESSAGE_CREATE" || type === "MESSAGE_UPDATE") &&
      typeof message.id === "string" &&
      typeof message.channel_id === "string"
    ) {
      const kept = (written.get(message.channel_id) ?? []).filter((m) => m.id !== message.id);
      written.set(message.channel_id, [...kept, data]);
    }
    sequence += 1;
    const event = { op: 0 as const, t: type, s: sequence, d: data };
    events.push(event);
    for (const ready of readySockets) sendFrame(ready, event);
    return sequence;
  };

  const waitFor = <T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value !== undefined && value !== false) {
          waiters.delete(check);
          clearTimeout(timer);
          clearInterval(poll);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        clearInterval(poll);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      // Some probes look at the app's store, which changes without a call here.
      const poll = setInterval(check, 25);
      waiters.add(check);
      check();
    });

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    token,
    applicationId,
    botUserId,
    calls,
    identifies,
    resumes,
    dmChannelOf,
    messagesIn: (channelId) =>
      (byChannel.get(channelId) ?? [])
        .map((id) => messages.get(id))
        .filter((message): message is ShownMessage => message !== undefined),
    message: (id) => messages.get(id),
    messagePayload,
    dispatch,
    interact(payload) {
      const channelId = payload.channel_id ?? "";
      const interaction: FakeInteraction = {
        id: payload.id,
        token: payload.token,
        channelId,
        ...(payload.message ? { messageId: payload.message.id } : {}),
        expired: false,
      };
      interactions.set(payload.id, interaction);
      byToken.set(payload.token, interaction);
      dispatch("INTERACTION_CREATE", payload);
    },
    expire(interactionId) {
      const interaction = interactions.get(interactionId);
      if (interaction) interaction.expired = true;
    },
    ackOf: (interactionId) => interactions.get(interactionId)?.acked,
    originalOf: (interactionId) => interactions.get(interactionId)?.originalId,
    waitForReady: (count = 1) =>
      waitFor(() => readySockets.size >= count, "the bot's gateway session").then(() => {}),
    async dropConnection(dropOptions = {}) {
      replayOverride = dropOptions.replayFrom;
      const current = [...sockets];
      sockets.clear();
      readySockets.clear();
      for (const ws of current) ws.terminate();
    },
    get sequence() {
      return sequence;
    },
    guild(everyone = VIEW_CHANNEL | SEND_MESSAGES | SEND_IN_THREADS | CREATE_PUBLIC_THREADS) {
      const id = nextId();
      const guild = { roles: new Map([[id, everyone]]), members: new Map<string, string[]>() };
      guilds.set(id, guild);
      return {
        id,
        role(permissions) {
          const role = nextId();
          guild.roles.set(role, permissions);
          return role;
        },
        member(userId, roles = []) {
          guild.members.set(userId, roles);
        },
        channel(type, overwrites = []) {
          const channel: FakeChannel = {
            id: nextId(),
            type,
            guildId: id,
            name: type === 15 ? "staff-forum" : "staff",
            overwrites: overwrites.map((o) => ({
              id: o.id,
              type: o.type,
              allow: o.allow ?? 0n,
              deny: o.deny ?? 0n,
            })),
            archived: false,
          };
          channels.set(channel.id, channel);
          return channel.id;
        },
        rolesOf: (userId) => guild.members.get(userId) ?? [],
        permissionsIn,
      };
    },
    channel: (id) => channels.get(id),
    threadsOf: (parentId) => [...channels.values()].filter((c) => c.parentId === parentId),
    deleteChannel(id) {
      channels.delete(id);
      deleted.add(id);
      notify();
    },
    get applicationFlags() {
      return applicationFlags;
    },
    set applicationFlags(flags: number) {
      applicationFlags = flags;
    },
    block(userId) {
      blocked.add(userId);
    },
    failNext(method, path, failure, times = 1) {
      failures.push({ method, path, failure, times });
    },
    callsTo: (method, path) =>
      calls.filter((call) => call.method === method && path.test(call.path)),
    waitFor,
    openConnections: () => connections.size,
    async close() {
      for (const client of gateway.clients) client.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
