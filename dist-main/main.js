/**
 * The composition root: configuration, store, content, core, channels and the HTTP server. The
 * only place that knows every part; nothing else reads `process.env`.
 */
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createAdminApp } from "./admin/index.js";
import { createPushBudget } from "./checkins/push-budget.js";
import { zonesOfRegion } from "./checkins/quiet-hours.js";
import { createCheckInScheduler } from "./checkins/scheduler.js";
import { loadContent } from "./content/load.js";
import { createConversationCore } from "./core/conversation.js";
import { ConfigError } from "./core/errors.js";
import { staffLocale } from "./core/staff-texts.js";
import { dataDirError, prepareDataDir, usesDataDir } from "./data-dir.js";
import { checkInChannels, deploymentCapabilities } from "./deployment-capabilities.js";
import { createDispatcher } from "./dispatch/dispatcher.js";
import { createSealedBox, sealingKey } from "./dispatch/sealed-box.js";
import { createProbeRoutes } from "./http/probes.js";
import { createHttpServer, errorText } from "./http/server.js";
import { createLogger } from "./logger.js";
import { createMetrics } from "./metrics/metrics.js";
import { createOutreach } from "./outreach/index.js";
import { linkSettingsFrom } from "./outreach/settings.js";
import { assessRisk } from "./safety/index.js";
import { createCaseStore } from "./staff/case-store.js";
import { createStaffDesk } from "./staff/desk.js";
import { parseStaffHours } from "./staff/hours.js";
import { createLogStaffNotifier } from "./staff/log-notifier.js";
import { createRecentTexts } from "./staff/recent-texts.js";
import { createWebhookStaffChannel } from "./staff/webhook-channel.js";
import { createDmIndex } from "./store/dm-index.js";
import { createStore } from "./store/index.js";
const DAY_MS = 24 * 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;
/**
 * On SIGTERM, how long work in hand (turns, sends under way) may take before it is cut short and
 * left in the store for the next start; with the dispatcher's last second and the channels'
 * half second to close (CLOSE_GRACE_MS) this stays below the 10 s `docker stop` waits before it
 * kills.
 */
const DRAIN_MS = 8_000;
/** Builds everything a conversation needs, without starting channels or the server. */
export async function buildApp(config, logger, options = {}) {
    const log = logger ?? createLogger(config.LOG_LEVEL);
    const clock = options.clock ?? (() => new Date());
    const content = await loadContent(config.CONTENT_DIR);
    if (usesDataDir(config))
        await prepareDataDir(config.DATA_DIR);
    const store = await createStore(config.STORE_URL, {
        namespace: config.STORE_NAMESPACE,
        logger: log,
        retentionMs: config.RETENTION_DAYS * DAY_MS,
        sqliteSynchronous: config.SQLITE_SYNCHRONOUS,
        soleProcess: options.soleProcess ?? false,
    });
    const notifier = createLogStaffNotifier(log);
    const metrics = createMetrics();
    const pseudonymSecret = config.PSEUDONYM_SECRET ?? (await localSecret(config.DATA_DIR, log));
    const box = createSealedBox(sealingKey(config.ADDRESS_KEY, pseudonymSecret));
    let boundPort = config.PORT;
    const outreach = createOutreach({
        kv: store.kv,
        lock: (key, task) => store.conversations.withLock(key, task),
        content,
        orgName: config.ORG_NAME,
        logger: log,
        linkSettings: linkSettingsFrom(config, log, () => boundPort),
    });
    const withChannels = options.channels ?? true;
    const forum = withChannels ? await staffForum(config, log) : undefined;
    const threads = withChannels ? await staffThreads(config, log) : undefined;
    const staffChannels = [
        ...(forum ? [forum] : []),
        ...(threads ? [threads] : []),
        ...(withChannels && config.STAFF_WEBHOOK_URL && config.STAFF_WEBHOOK_SECRET
            ? [
                createWebhookStaffChannel({
                    url: config.STAFF_WEBHOOK_URL,
                    secret: config.STAFF_WEBHOOK_SECRET,
                    logger: log,
                }),
            ]
            : []),
    ];
    const core = createConversationCore({
        content,
        store: store.conversations,
        riskCheck: assessRisk,
        notifier,
        logger: log,
        clock,
        settings: {
            pseudonymSecret,
            orgName: config.ORG_NAME,
            defaultLocale: config.DEFAULT_LOCALE,
            defaultRegion: config.DEFAULT_REGION,
            // A person is offered, and alerts are said to reach someone, only with a staff channel.
            ...deploymentCapabilities(config),
        },
    });
    let desk;
    const pushBudget = createPushBudget({
        kv: store.kv,
        lock: (key, task) => store.conversations.withLock(key, task),
        logger: log,
        clock,
        ...(config.LINE_MONTHLY_PUSH_LIMIT !== undefined
            ? { lineLimit: config.LINE_MONTHLY_PUSH_LIMIT }
            : {}),
        ...(withChannels && config.LINE_CHANNEL_ACCESS_TOKEN
            ? {
                readLineQuota: (await import("./adapters/line/index.js")).createLineQuotaReader({
                    channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
                    ...(config.LINE_API_BASE_URL ? { apiBaseUrl: config.LINE_API_BASE_URL } : {}),
                }),
            }
            : {}),
    });
    // Campaigns: a start's code is checked against the live links before it is kept, and the
    // milestones of a saved turn are counted.
    const dispatcher = outreach.attributing(createDispatcher({
        core,
        records: store.conversations.records,
        box,
        logger: log,
        // SQLite and memory serve one process: what an earlier run left claimed is free at once.
        exclusive: store.kind === "sqlite" || store.kind === "memory",
        onMilestones: (channel, outcome) => outreach.count(channel, outcome),
        observer: metrics.observer,
        clock: () => clock().getTime(),
        onPushQueued: (channel) => pushBudget.record(channel, 1),
        ...(staffChannels.length > 0
            ? {
                staff: { arrived: (conversation) => desk?.arrived(conversation) },
                onHandled: async (conversation, event, outcome) => desk?.onHandled(conversation, event, outcome),
            }
            : {}),
    }));
    if (staffChannels.length > 0) {
        const locale = staffLocale(config.DEFAULT_LOCALE);
        desk = createStaffDesk({
            store: createCaseStore(store.kv, (key, task) => store.conversations.withLock(key, task), {
                logger: log,
                retentionMs: config.RETENTION_DAYS * DAY_MS,
            }),
            channels: staffChannels,
            dispatcher,
            box,
            // Last messages are kept only where a person can choose to show them to a worker.
            ...(staffChannels.some((channel) => channel.canRelay)
                ? { recent: createRecentTexts(store.kv, box) }
                : {}),
            notifier,
            logger: log,
            secret: pseudonymSecret,
            claimMinutes: config.HANDOFF_CLAIM_MINUTES,
            onClaimed: (channel) => metrics.handoffs.inc({ channel }),
            flowTitle: (place) => {
                const [flow, level] = place.split(":");
                const title = content.flows.get(flow ?? "")?.title[locale] ?? flow ?? place;
                return level ? `${title} (${level})` : title;
            },
            clock,
        });
    }
    // Each channel's module is imported only when the channel is configured: it brings its
    // platform's SDK, and discord.js alone takes a third of a second to load.
    const channels = [];
    if (withChannels && config.WEB_CHAT === "on") {
        const { createWebAdapter } = await import("./adapters/web/index.js");
        channels.push(createWebAdapter({
            core,
            logger: log,
            orgName: config.ORG_NAME,
            defaultLocale: config.DEFAULT_LOCALE,
        }));
    }
    if (withChannels && config.TELEGRAM_BOT_TOKEN) {
        const { createTelegramAdapter } = await import("./adapters/telegram/index.js");
        channels.push(createTelegramAdapter({
            core,
            logger: log,
            token: config.TELEGRAM_BOT_TOKEN,
            onRejected: (reason) => metrics.webhookRejected("telegram", reason),
            maxPerSecond: config.TELEGRAM_MAX_PER_SECOND,
            ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
            ...(config.PUBLIC_URL && config.TELEGRAM_WEBHOOK_SECRET
                ? { webhook: { publicUrl: config.PUBLIC_URL, secret: config.TELEGRAM_WEBHOOK_SECRET } }
                : {}),
            // The staff group's updates come over the same bot; they go to the staff side.
            ...(forum ? { staff: forum } : {}),
        }));
    }
    if (withChannels && config.LINE_CHANNEL_SECRET && config.LINE_CHANNEL_ACCESS_TOKEN) {
        const { createLineAdapter } = await import("./adapters/line/index.js");
        channels.push(createLineAdapter({
            core,
            logger: log,
            channelSecret: config.LINE_CHANNEL_SECRET,
            channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
            onRejected: (reason) => metrics.webhookRejected("line", reason),
            ...(config.LINE_API_BASE_URL ? { apiBaseUrl: config.LINE_API_BASE_URL } : {}),
            onAnswerPushes: (pushes) => void pushBudget.record("line", pushes),
        }));
    }
    if (withChannels && config.DISCORD_BOT_TOKEN) {
        const { createDiscordAdapter, catchUpWindowMs } = await import("./adapters/discord/index.js");
        channels.push(createDiscordAdapter({
            core,
            logger: log,
            token: config.DISCORD_BOT_TOKEN,
            ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}),
            // The staff channel's events come over the same bot's gateway.
            ...(threads ? { staff: threads } : {}),
            // What a new gateway session reads of DMs written while there was none.
            dms: createDmIndex(store.kv, {
                scope: "discord",
                box,
                lock: (key, task) => store.conversations.withLock(key, task),
                pseudonym: (userId) => core.pseudonym("discord", userId),
                windowMs: catchUpWindowMs(config.RETENTION_DAYS * DAY_MS),
            }),
        }));
    }
    for (const channel of channels)
        dispatcher.register(channel);
    const checkIns = createCheckInScheduler({
        core,
        records: store.conversations.records,
        dispatcher,
        budget: pushBudget,
        observer: metrics.observer,
        logger: log,
        defaultZones: config.DEFAULT_TIME_ZONE
            ? [config.DEFAULT_TIME_ZONE]
            : (zonesOfRegion(config.DEFAULT_REGION) ?? ["UTC"]),
        clock,
    });
    return {
        core,
        store,
        notifier,
        dispatcher,
        logger: log,
        channels,
        config,
        outreach,
        metrics,
        checkIns,
        pushBudget,
        setPort: (port) => {
            boundPort = port;
        },
        ...(desk ? { staff: desk } : {}),
    };
}
/** The Telegram staff group, where one is configured. */
async function staffForum(config, logger) {
    if (!config.STAFF_TELEGRAM_CHAT_ID || !config.TELEGRAM_BOT_TOKEN)
        return undefined;
    const { createTelegramStaffForum } = await import("./adapters/telegram/staff-forum.js");
    return createTelegramStaffForum({
        token: config.TELEGRAM_BOT_TOKEN,
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        chatId: Number(config.STAFF_TELEGRAM_CHAT_ID),
        logger,
        locale: staffLocale(config.DEFAULT_LOCALE),
        timeZone: config.STAFF_HOURS ? parseStaffHours(config.STAFF_HOURS).timeZone : "UTC",
    });
}
/** The Discord staff channel, where one is configured. */
async function staffThreads(config, logger) {
    if (!config.STAFF_DISCORD_CHANNEL_ID || !config.DISCORD_BOT_TOKEN)
        return undefined;
    const { createDiscordStaffThreads } = await import("./adapters/discord/staff-thread.js");
    return createDiscordStaffThreads({
        token: config.DISCORD_BOT_TOKEN,
        ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}),
        channelId: config.STAFF_DISCORD_CHANNEL_ID,
        ...(config.STAFF_DISCORD_ROLE_ID ? { roleId: config.STAFF_DISCORD_ROLE_ID } : {}),
        ...(config.STAFF_DISCORD_FORUM_TAG ? { forumTag: config.STAFF_DISCORD_FORUM_TAG } : {}),
        logger,
        locale: staffLocale(config.DEFAULT_LOCALE),
        timeZone: config.STAFF_HOURS ? parseStaffHours(config.STAFF_HOURS).timeZone : "UTC",
    });
}
/** Builds and starts komorebi: HTTP server first, then the channels. */
export async function startApp(config, logger, options = {}) {
    const app = await buildApp(config, logger, { soleProcess: true, ...options });
    let notReady = "starting";
    const probes = createProbeRoutes({
        logger: app.logger,
        storeKind: app.store.kind,
        pingStore: () => app.store.ping(),
        notReadyBecause: () => notReady,
        ...(config.METRICS === "on" ? { metrics: () => app.metrics.render() } : {}),
        ...(config.METRICS_TOKEN ? { metricsToken: config.METRICS_TOKEN } : {}),
    });
    const routes = [...probes, ...app.channels.flatMap((channel) => channel.routes)];
    const mounts = config.ADMIN_TOKEN
        ? [{ prefix: "/admin", app: adminApp(app, config.ADMIN_TOKEN) }]
        : [];
    const server = createHttpServer({
        routes,
        logger: app.logger,
        mounts,
        trustProxy: config.TRUST_PROXY,
    });
    try {
        await new Promise((resolve, reject) => {
            server.once("error", reject);
            server.listen(config.PORT, config.HOST, () => {
                server.off("error", reject);
                resolve();
            });
        });
    }
    catch (error) {
        await app.store.close();
        throw listenError(error, config);
    }
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    app.setPort(port);
    const failed = [];
    for (const channel of app.channels) {
        try {
            await channel.start(app.dispatcher);
        }
        catch (error) {
            failed.push(channel.channel);
            app.logger.error("channel failed to start", {
                channel: channel.channel,
                error: errorText(error),
            });
        }
    }
    // Events kept but not handled, and answers not delivered, by an earlier run.
    await app.dispatcher.start();
    // The staff channels, and case updates an earlier run left to show.
    await app.staff?.start().catch((error) => {
        app.logger.error("staff side failed to start", { error: errorText(error) });
    });
    const sendsCheckIns = checkInChannels(config);
    if (sendsCheckIns.length > 0)
        app.checkIns.start();
    const sweeper = startExpirySweeper(app);
    notReady = failed.length > 0 ? `channel not started: ${failed.join(", ")}` : undefined;
    app.logger.info("komorebi started", {
        port,
        store: app.store.kind,
        channels: app.channels.map((channel) => channel.channel),
        staff: app.staff ? "on" : "off",
        checkIns: sendsCheckIns,
    });
    let closing;
    const close = () => {
        closing ??= (async () => {
            // Every channel refuses at once (503: the platforms deliver again, to another process or
            // after the restart), while work in hand gets DRAIN_MS to finish.
            notReady = "draining";
            await app.checkIns.stop();
            const drained = app.dispatcher.stop(DRAIN_MS);
            // A channel that fails a step is logged; the others and the shutdown go on.
            const everyChannel = (step) => Promise.all(app.channels.map((channel) => channel[step]().catch((error) => {
                app.logger.warn(`channel failed to ${step}`, {
                    channel: channel.channel,
                    error: errorText(error),
                });
            })));
            await everyChannel("stop");
            await app.staff?.stop();
            await drained;
            // Only now: the drain sent through the channels' connections, which this ends.
            await everyChannel("close");
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            await sweeper.stop();
            await app.store.close();
        })();
        return closing;
    };
    return { ...app, server, port, close };
}
/** The admin page, which the HTTP server mounts at `/admin`. */
function adminApp(app, token) {
    return createAdminApp({
        outreach: app.outreach,
        kv: app.store.kv,
        token,
        logger: app.logger,
        secureCookie: app.config.PUBLIC_URL?.startsWith("https:") ?? false,
        ...(app.config.PUBLIC_URL ? { publicUrl: app.config.PUBLIC_URL } : {}),
    });
}
/**
 * Removes expired event ids and conversations past their retention period from stores that
 * keep them until read (SQLite, Postgres): once at start, then every few hours. Several
 * processes sweeping one database is harmless; a failed sweep is logged and tried again later.
 */
function startExpirySweeper(app) {
    let running;
    const sweep = () => {
        running ??= app.store
            .sweepExpired()
            .then((removed) => {
            if (removed > 0)
                app.logger.info("store: expired values removed", { removed });
        })
            .catch((error) => {
            app.logger.warn("store: sweeping expired values failed", { error: errorText(error) });
        })
            .finally(() => {
            running = undefined;
        });
    };
    sweep();
    const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
    timer.unref();
    return {
        // A sweep under way finishes before the store closes under it.
        stop: async () => {
            clearInterval(timer);
            await running;
        },
    };
}
/** Why the server could not listen, as one line naming the variable to change. */
function listenError(error, config) {
    const code = error?.code;
    const where = `${config.HOST}:${config.PORT}`;
    switch (code) {
        case "EADDRINUSE":
            return new ConfigError(`PORT: ${config.PORT} is already in use on ${config.HOST} (another komorebi, or another program). Stop that one, or set PORT to a free port.`);
        case "EACCES":
            return new ConfigError(`PORT: this user may not listen on ${where} (ports below 1024 need privileges). Use a port from 1024 up, behind a reverse proxy for 80 or 443.`);
        case "EADDRNOTAVAIL":
            return new ConfigError(`HOST: ${config.HOST} is not an address of this machine. Use 0.0.0.0 (every address), 127.0.0.1 (this machine only) or one of its own addresses.`);
        case "ENOTFOUND":
        case "EAI_AGAIN":
        case "EAI_NONAME":
        case "EAI_FAIL":
            return new ConfigError(`HOST: "${config.HOST}" is not a name this machine can resolve. Use 0.0.0.0 (every address), 127.0.0.1 (this machine only) or one of its own addresses.`);
        default:
            return new ConfigError(`HOST, PORT: cannot listen on ${where}: ${errorText(error)}. Check both variables.`);
    }
}
/**
 * Without PSEUDONYM_SECRET (development), a random secret is created once in the data folder, so
 * pseudonyms stay stable across restarts. Production requires the variable (see config).
 */
async function localSecret(dataDir, logger) {
    const file = join(dataDir, "pseudonym-secret");
    try {
        const existing = (await readFile(file, "utf8")).trim();
        if (existing.length >= 16)
            return existing;
    }
    catch (error) {
        // No secret yet: create one below. Anything else (a folder there, no permission) is said.
        if (error.code !== "ENOENT")
            throw dataDirError(dataDir, error);
    }
    const secret = randomBytes(32).toString("hex");
    try {
        await writeFile(file, `${secret}\n`, { mode: 0o600 });
    }
    catch (error) {
        throw dataDirError(dataDir, error);
    }
    logger.warn("PSEUDONYM_SECRET is not set; created a local one", { file });
    return secret;
}
//# sourceMappingURL=main.js.map