/**
 * The Discord channel (discord.js): a gateway connection for what people do, Discord's REST API
 * for what the bot says. Conversations happen only in a person's DM with the bot; in a server,
 * `/komorebi` answers with an invitation to that DM that only the person sees, and a mention of
 * the bot is answered in the DM.
 *
 * The gateway has no "200": Discord does not deliver an event again because it was not kept. So
 * every event is handed to the dispatcher (kept in the store) before anything is acknowledged,
 * a person's events are kept in the order they came, and one the store could not take is offered
 * again until it is kept. An interaction is acknowledged (its three seconds) only once its event
 * is kept; its answer then comes through the dispatcher's delivery like any other. After a
 * reconnect discord.js resumes the session and Discord replays what was missed; an event seen
 * twice is recognised by its id (message or interaction id) in the dispatcher. A new session
 * (after a restart, or a cut longer than Discord keeps a session) gets no replay: what people
 * wrote in their DMs meanwhile is read through the REST API (catch-up.ts).
 */
import { Client, DiscordjsErrorCodes, Events, GatewayDispatchEvents, GatewayIntentBits, InteractionResponseType, MessageFlags, Options, Partials, REST, Routes, } from "discord.js";
import { LRUCache } from "lru-cache";
import { Agent } from "undici";
import { createKeyedQueue } from "../../store/keyed-queue.js";
import { CLOSE_GRACE_MS, closeDispatcher } from "../shared/close-dispatcher.js";
import { abortableSleep, settledOr } from "../shared/sleep.js";
import { discordCapabilities } from "./capabilities.js";
import { createCatchUp } from "./catch-up.js";
import { commandWord } from "./commands.js";
import { createDiscordDelivery } from "./delivery.js";
import { discordCode, discordStatus, errorText } from "./error-text.js";
import { parseDiscordInteraction, parseDiscordMessage, parseDiscordMessageEdit, } from "./inbound.js";
import { renderForDiscord } from "./outbound.js";
import { decodeReply, encodeReply, INTERACTION_TOKEN_MS, } from "./reply-context.js";
export { discordCapabilities } from "./capabilities.js";
export { catchUpWindowMs } from "./catch-up.js";
export { slashCommandDefinitions } from "./commands.js";
export { parseDiscordInteraction, parseDiscordMessage } from "./inbound.js";
export { renderForDiscord } from "./outbound.js";
/** The longest rate-limit wait a send sits out itself; longer ones go back to the dispatcher. */
const MAX_WAIT_IN_SEND_MS = 3000;
/** A REST call that takes longer is abandoned (and, where safe, retried by the dispatcher). */
const REST_TIMEOUT_MS = 15_000;
/** How long an interaction may wait for its event to be kept before it goes unacknowledged. */
const ACK_BUDGET_MS = 2500;
/** Between attempts to keep an event the store could not take. */
const KEEP_RETRY_MS = 2000;
const INTERACTION_KEEP_RETRY_MS = 250;
/** How long a send waits for the acknowledgement of the interaction it answers. */
const ACK_WAIT_MS = 5000;
/** First wait after a failed login; doubles up to a few minutes. */
const LOGIN_RETRY_MS = 5000;
/** How long stopping waits for a login under way to give up. */
const STOP_WAIT_MS = 2000;
/** A server where a DM was refused gets the note about private chats at most this often. */
const NOTE_EVERY_MS = 24 * 60 * 60 * 1000;
/** Creates the Discord channel. */
export function createDiscordAdapter(options) {
    const { core, logger, token } = options;
    const api = options.apiBase?.replace(/\/+$/, "");
    // The REST calls (answers, acknowledgements, the gateway's own) on connections of this
    // channel's own rather than undici's process-wide agent: close can end them.
    const agent = new Agent();
    const rest = new REST({
        ...(api ? { api } : {}),
        agent,
        version: "10",
        timeout: REST_TIMEOUT_MS,
        // A failed call is not repeated inside discord.js: a message sent again after an unclear
        // failure could be shown twice. Delivery decides what is safe to repeat (nonces, edits).
        retries: 0,
        // A long Retry-After is waited out by the dispatcher, not inside a send: there a newer
        // answer (a crisis typed meanwhile) can overtake the waiting one.
        rejectOnRateLimit: (limit) => limit.retryAfter > MAX_WAIT_IN_SEND_MS,
    }).setToken(token);
    const delivery = createDiscordDelivery({ rest, logger });
    const keeping = createKeyedQueue();
    // Interactions being acknowledged in this process, by token: an answer waits for its own.
    const acks = new LRUCache({ max: 10_000, ttl: INTERACTION_TOKEN_MS });
    const notedChannels = new LRUCache({ max: 10_000, ttl: NOTE_EVERY_MS });
    const stopped = new AbortController();
    const inbound = {
        commandWords: {
            menu: commandWord(core.content, "menu"),
            stop: commandWord(core.content, "stop"),
            delete: commandWord(core.content, "delete"),
        },
    };
    let sink;
    let closed = false;
    let client;
    let connecting;
    /**
     * Keeps arrivals in the store, trying again until the store takes them (or `deadline`); false
     * when they could not be kept. The caller holds the person's place in line.
     */
    const keepNow = async (arrivals, deadline) => {
        for (let attempt = 1;; attempt += 1) {
            const target = sink;
            if (!target || stopped.signal.aborted)
                return false;
            try {
                await target.accept(arrivals);
                return true;
            }
            catch (error) {
                const wait = deadline === undefined ? KEEP_RETRY_MS : INTERACTION_KEEP_RETRY_MS;
                if (deadline !== undefined && Date.now() + wait > deadline)
                    return false;
                if (attempt === 1) {
                    logger.warn("discord event not kept yet; trying again", { error: errorText(error) });
                }
                await abortableSleep(wait, stopped.signal);
            }
        }
    };
    /** Keeps an arrival in the store, in the person's order; false when it could not be kept. */
    const keep = (arrival, deadline) => keeping.run(arrival.event.userId, async () => {
        const kept = await keepNow([arrival], deadline);
        // Noted in the person's line, so a deletion (forgotten in the same line) comes after it.
        if (kept)
            remember(arrival);
        return kept;
    });
    /** Notes a kept DM event in the index, for the catch-up of a later session. */
    const remember = (arrival) => {
        const { channelId } = arrival.address;
        const { userId, eventId } = arrival.event;
        // A DM's message or interaction (an edit's id is not a message's; a mention has no DM yet).
        if (!options.dms || typeof channelId !== "string" || !eventId || !/^\d+$/.test(eventId)) {
            return;
        }
        options.dms.note({ userId, channelId, lastId: eventId }).catch((error) => {
            logger.debug("discord DM not noted for catch-up", { error: errorText(error) });
        });
    };
    /**
     * Deletes the person's DM from the index: it goes with their data, and with a DM that can no
     * longer be written to. In their line, after the note of the event that led here; not waited
     * for, since a catch-up may hold the line.
     */
    const forget = (userId) => {
        const { dms } = options;
        if (!dms)
            return;
        keeping
            .run(userId, () => dms.forget(userId))
            .catch((error) => {
            logger.warn("discord DM index entry not deleted", { error: errorText(error) });
        });
    };
    const catchUp = options.dms
        ? createCatchUp({
            rest,
            index: options.dms,
            logger,
            signal: stopped.signal,
            parse: (message) => parseDiscordMessage(message, inbound),
            inOrder: (userId, task) => keeping.run(userId, task),
            keepNow: (arrivals) => keepNow(arrivals),
            pseudonym: (userId) => core.pseudonym("discord", userId),
        })
        : undefined;
    const interactionCallback = (ref, body) => rest.post(Routes.interactionCallback(ref.id, ref.token), { body, auth: false });
    /** Acknowledges a kept interaction; true when Discord has it acknowledged. */
    const acknowledge = async (ref, ack) => {
        const body = ack.type === "defer-reply"
            ? { type: InteractionResponseType.DeferredChannelMessageWithSource }
            : ack.components.length > 0
                ? { type: InteractionResponseType.UpdateMessage, data: { components: ack.components } }
                : { type: InteractionResponseType.DeferredMessageUpdate };
        try {
            await interactionCallback(ref, body);
            return true;
        }
        catch (error) {
            // 40060: acknowledged already (Discord replayed an event this process had answered).
            if (discordCode(error) === 40060)
                return true;
            logger.warn("discord interaction not acknowledged", { error: errorText(error) });
            return false;
        }
    };
    const stopSpinner = (ref) => {
        interactionCallback(ref, { type: InteractionResponseType.DeferredMessageUpdate }).catch((error) => logger.debug("discord button not acknowledged", { error: errorText(error) }));
    };
    /**
     * The ephemeral answer in a server or group chat: only the person sees it, and it points to
     * their private chat with the bot. Nothing is kept: no conversation happens here.
     */
    const invite = async (ref, userId, localeHint) => {
        try {
            await interactionCallback(ref, {
                type: InteractionResponseType.DeferredChannelMessageWithSource,
                data: { flags: MessageFlags.Ephemeral },
            });
            const link = await delivery.dmLink(userId).catch(() => undefined);
            const locale = localeHint ?? core.content.system.defaultLocale;
            const note = core.systemText("group-chat-note", locale, { link: link ? `\n${link}` : "" });
            await rest.patch(Routes.webhookMessage(ref.applicationId, ref.token, "@original"), {
                body: { content: note, allowed_mentions: { parse: [] } },
                auth: false,
            });
            logger.info("discord: invited to a private chat");
        }
        catch (error) {
            logger.warn("discord invitation not sent", { error: errorText(error) });
        }
    };
    const handle = async (parsed, receivedAt) => {
        if (parsed.kind === "ignored") {
            if (parsed.stopSpinner)
                stopSpinner(parsed.stopSpinner);
            return;
        }
        if (parsed.kind === "invite") {
            await invite(parsed.interaction, parsed.userId, parsed.localeHint);
            return;
        }
        const { interaction, mention } = parsed;
        // Every event of a person takes this one step before its place in line, so they keep their
        // order; a person's messages missed while disconnected go first.
        await catchUp?.beforeLive(parsed.event.userId);
        const reply = interaction
            ? {
                kind: "interaction",
                applicationId: interaction.applicationId,
                token: interaction.token,
                fillsOriginal: interaction.ack.type === "defer-reply",
            }
            : mention
                ? { kind: "mention", ...mention }
                : undefined;
        const arrival = {
            event: parsed.event,
            address: parsed.address,
            ...(reply ? { reply: { token: encodeReply(reply), receivedAt } } : {}),
        };
        if (!interaction) {
            if (!(await keep(arrival)))
                logger.warn("discord event dropped: stopping before it was kept");
            return;
        }
        const acknowledgement = (async () => {
            if (await keep(arrival, receivedAt + ACK_BUDGET_MS)) {
                return acknowledge(interaction, interaction.ack);
            }
            // Discord shows "this interaction failed", and the person can try again.
            logger.warn("discord interaction not kept in time; left unacknowledged");
            return false;
        })();
        // Known before the event is kept: its answer may be ready before the acknowledgement.
        acks.set(interaction.token, acknowledgement);
        await acknowledgement;
    };
    const onDispatch = (parse, staffKind) => (data) => {
        const receivedAt = Date.now();
        const staff = options.staff;
        if (staff && staffKind && staff.mayOwn(staffKind, data)) {
            // A worker's message in a case's thread or a press on a card is the staff's; a server
            // message that is not (a mention of the bot) goes on to the person side.
            void staff
                .take(staffKind, data)
                .then((taken) => {
                if (!taken)
                    toPersonSide(parse, data, receivedAt);
            })
                .catch((error) => {
                logger.error("discord staff event handling failed", { error: errorText(error) });
            });
            return;
        }
        toPersonSide(parse, data, receivedAt);
    };
    const toPersonSide = (parse, data, receivedAt) => {
        let parsed;
        try {
            parsed = parse(data, inbound);
        }
        catch (error) {
            logger.warn("discord event not understood", { error: errorText(error) });
            return;
        }
        void handle(parsed, receivedAt).catch((error) => {
            logger.error("discord event handling failed", { error: errorText(error) });
        });
    };
    const createClient = () => {
        const created = new Client({
            // DMs and the messages that mention the bot in a server carry their text without the
            // privileged Message Content intent, and those are the only ones a person's side reads.
            // A staff channel needs it: workers write in its threads without mentioning the bot.
            intents: [
                GatewayIntentBits.Guilds,
                GatewayIntentBits.GuildMessages,
                GatewayIntentBits.DirectMessages,
                ...(options.staff ? [GatewayIntentBits.MessageContent] : []),
            ],
            // A DM channel is not in discord.js's cache until it is seen; without this partial
            // discord.js would drop DM events from its own bookkeeping.
            partials: [Partials.Channel],
            rest: { ...(api ? { api } : {}), version: "10", agent },
            // No message is kept in memory: komorebi keeps no transcripts, not even in a cache.
            makeCache: Options.cacheWithLimits({
                ...Options.DefaultMakeCacheSettings,
                MessageManager: 0,
            }),
        });
        created.ws.on(GatewayDispatchEvents.Ready, (data) => {
            if (typeof data.user?.id === "string")
                inbound.botUserId = data.user.id;
            // READY is a new session (a resumed one gets RESUMED, and Discord's replay).
            catchUp?.sessionStarted();
        });
        created.ws.on(GatewayDispatchEvents.MessageCreate, onDispatch(parseDiscordMessage, "message"));
        created.ws.on(GatewayDispatchEvents.MessageUpdate, onDispatch(parseDiscordMessageEdit));
        created.ws.on(GatewayDispatchEvents.InteractionCreate, onDispatch(parseDiscordInteraction, "interaction"));
        created.on(Events.ClientReady, (ready) => {
            logger.info("discord channel connected", { bot: ready.user.username });
        });
        created.on(Events.ShardResume, (_shard, replayed) => {
            logger.info("discord gateway resumed", { replayed });
        });
        created.on(Events.ShardReconnecting, () => logger.info("discord gateway reconnecting"));
        created.on(Events.ShardDisconnect, (event) => {
            logger.error("discord gateway closed for good; no more Discord events", { code: event.code });
        });
        created.on(Events.ShardError, (error) => {
            logger.warn("discord gateway error", { error: errorText(error) });
        });
        created.on(Events.Error, (error) => {
            logger.error("discord client error", { error: errorText(error) });
        });
        return created;
    };
    /** Whether `work` (settled at once when absent) settled within `ms`; it is not waited for after. */
    const within = (ms, work) => settledOr((work ?? Promise.resolve()).then(() => true), ms, false);
    /** Logs in, trying again after a failure Discord may get over (not after a refused token). */
    const connect = async () => {
        for (let attempt = 1; !stopped.signal.aborted; attempt += 1) {
            const current = createClient();
            client = current;
            try {
                await current.login(token);
                return;
            }
            catch (error) {
                if (stopped.signal.aborted)
                    return;
                const refused = discordStatus(error) === 401 ||
                    error.code === DiscordjsErrorCodes.TokenInvalid;
                if (refused) {
                    logger.error("discord refused the bot token; Discord stays off", {
                        error: errorText(error),
                    });
                    return;
                }
                const delay = Math.min(300_000, LOGIN_RETRY_MS * 2 ** (attempt - 1));
                logger.warn("discord login failed; trying again", {
                    error: errorText(error),
                    retryInMs: delay,
                });
                await abortableSleep(delay, stopped.signal);
            }
        }
    };
    /** The note in a server channel when the DM its mention was answered in was refused. */
    const leaveNote = async (mention) => {
        if (notedChannels.has(mention.channelId))
            return;
        notedChannels.set(mention.channelId, true);
        const note = ["ja", "en"]
            .map((locale) => core.systemText("group-chat-note", locale, { link: "" }))
            .join("\n");
        try {
            await rest.post(Routes.channelMessages(mention.channelId), {
                body: {
                    content: note,
                    message_reference: {
                        message_id: mention.messageId,
                        channel_id: mention.channelId,
                        fail_if_not_exists: false,
                    },
                    allowed_mentions: { parse: [], replied_user: false },
                },
            });
            logger.info("discord: a DM was refused; the server was told to write privately");
        }
        catch (error) {
            logger.warn("discord note not posted", { error: errorText(error) });
        }
    };
    /** Whether the interaction an answer belongs to was acknowledged (undefined: not known here). */
    const acknowledged = async (interactionToken) => {
        const pending = acks.get(interactionToken);
        if (!pending)
            return undefined;
        return settledOr(pending, ACK_WAIT_MS, undefined);
    };
    return {
        channel: "discord",
        capabilities: discordCapabilities,
        routes: [],
        async start(eventSink) {
            sink = eventSink;
            // The gateway connects in the background: Discord being unreachable must not hold up the
            // other channels, and discord.js keeps reconnecting on its own once connected.
            connecting ??= connect().catch((error) => {
                logger.error("discord connection failed", { error: errorText(error) });
            });
            logger.info("discord channel starting", { api: api ?? "https://discord.com/api" });
        },
        async stop() {
            stopped.abort();
            sink = undefined;
            // A client destroyed while its gateway session is still identifying does not end:
            // discord.js reconnects the shard after the destroy and the destroy never resolves. So a
            // login under way is given time to settle first; one still waiting for a gateway that
            // never answered is left behind after STOP_WAIT_MS rather than waited for.
            const settled = await within(STOP_WAIT_MS, connecting);
            const destroyed = await within(STOP_WAIT_MS, client?.destroy().catch(() => { }));
            if (!settled || !destroyed) {
                logger.warn("discord gateway did not close in time; the process's exit ends it", {
                    loginSettled: settled,
                });
            }
        },
        async close() {
            closed = true;
            await closeDispatcher(agent, CLOSE_GRACE_MS);
        },
        async send(destination, messages, context) {
            if (closed)
                return { status: "retry", reason: "discord channel closed" };
            const given = decodeReply(destination.reply?.token);
            let reply = given;
            if (given?.kind === "interaction") {
                const age = Date.now() - (destination.reply?.receivedAt ?? 0);
                const acked = age < INTERACTION_TOKEN_MS ? await acknowledged(given.token) : false;
                if (acked === false)
                    reply = undefined;
            }
            const channelId = destination.address.channelId;
            const target = {
                userId: destination.userId,
                ...(typeof channelId === "string" ? { channelId } : {}),
                ...(reply ? { reply } : {}),
            };
            const rendered = renderForDiscord(messages);
            const report = await delivery.deliver(target, rendered, {
                key: context.key,
                conversation: context.conversation,
            });
            if (context.conversationDeleted || report.outcome.status === "gone") {
                forget(destination.userId);
            }
            if (context.conversationDeleted)
                delivery.forget(destination.userId);
            if (report.outcome.status === "gone" && given?.kind === "mention")
                await leaveNote(given);
            return withSentCount(report.outcome, messages, report.delivered);
        },
        async postToChannel(channelId, messages, key) {
            if (closed)
                return { status: "retry", reason: "discord channel closed" };
            const report = await delivery.postToChannel(channelId, renderForDiscord(messages), key);
            return withSentCount(report.outcome, messages, report.delivered);
        },
    };
}
/**
 * A retry names how many of the core's messages went out wholly, so only the rest is sent again;
 * one core message can be several Discord messages, so this counts conservatively.
 */
function withSentCount(outcome, messages, delivered) {
    if (outcome.status !== "retry")
        return outcome;
    let rendered = 0;
    let sent = 0;
    for (const message of messages) {
        rendered += renderForDiscord([message]).length;
        if (rendered > delivered)
            break;
        sent += 1;
    }
    return sent > 0 ? { ...outcome, sent } : outcome;
}
//# sourceMappingURL=index.js.map