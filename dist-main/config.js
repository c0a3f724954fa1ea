/**
 * Configuration: the only module that reads `process.env`. Every variable is validated by zod;
 * a bad value stops start-up with a {@link ConfigError} that names the variable.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { isKnownTimeZone } from "./content/schema.js";
import { ConfigError } from "./core/errors.js";
import { parseStaffHours, StaffHoursError } from "./staff/hours.js";
const optionalText = z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .optional();
/**
 * Digits only: `z.coerce.number` would also take "1e3" or "0x50" and read them as numbers the
 * operator never wrote.
 */
const digits = (hint) => z.string().trim().regex(/^\d+$/, hint).transform(Number).pipe(z.number().int());
/** A whole number from the environment (unset: undefined, so each variable picks its default). */
const wholeNumber = (min, max) => digits(`use a whole number from ${min} to ${max}`).pipe(z.number().min(min).max(max)).optional();
// 0 asks the OS for a free port (tests, side-by-side instances).
const port = digits("use a port number from 1 to 65535 (0 picks a free one)").pipe(z.number().max(65535, "use a port number from 1 to 65535 (0 picks a free one)"));
/** The SQLite file when STORE_URL is not set: in DATA_DIR (./data/komorebi.sqlite by default). */
export function defaultStoreUrl(dataDir) {
    // As written (./data stays ./data); the URL's path is percent-decoded when read, and ? or #
    // would end it.
    const path = `${dataDir.replace(/\/+$/, "")}/komorebi.sqlite`.replace(/[%?#]/g, encodeURIComponent);
    return `sqlite://${path}`;
}
/**
 * An empty value counts as unset, for every variable: `PORT=` in a file or a compose template
 * means "the default", never 0 (a random port) or a validation error about an empty string.
 */
function withoutEmptyValues(env) {
    if (typeof env !== "object" || env === null)
        return env;
    return Object.fromEntries(Object.entries(env).filter(([, value]) => !(typeof value === "string" && value.trim() === "")));
}
const regionCode = z
    .string()
    .trim()
    .toUpperCase()
    .transform((value) => (value === "UK" ? "GB" : value))
    .pipe(z.string().regex(/^[A-Z]{2}$/, "use a two-letter region code such as JP, US, GB or XX"));
/** Every variable komorebi reads, with its default. Documented in the README. */
export const configSchema = z
    .preprocess(withoutEmptyValues, z
    .object({
    PORT: port.optional().transform((value) => value ?? 8787),
    HOST: z.string().trim().min(1).default("0.0.0.0"),
    // Unset: a SQLite file in DATA_DIR (see the transform below).
    STORE_URL: optionalText,
    // First part of every key: two deployments can share one Redis or database.
    STORE_NAMESPACE: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "use 1-64 letters, digits, '.', '_' or '-'")
        .default("komorebi"),
    PSEUDONYM_SECRET: optionalText.pipe(z.string().min(16, "use at least 16 characters (e.g. openssl rand -hex 32)").optional()),
    // Seals stored addresses and pending events (AES-256-GCM); derived from PSEUDONYM_SECRET when unset.
    ADDRESS_KEY: optionalText.pipe(z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, "use 64 hex digits (openssl rand -hex 32)")
        .optional()),
    DATA_DIR: z.string().trim().min(1).default("./data"),
    // SQLite's fsync policy in WAL mode. "normal": a commit survives a crash of the process (the
    // write is in the operating system's hands) but the last commits may be lost if the machine
    // loses power; "full": every commit is on disk before the platform hears 200 (slower).
    SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),
    // Days a conversation is kept after its last message; 0 keeps it until the person deletes it.
    RETENTION_DAYS: wholeNumber(0, 3650).transform((days) => days ?? 180),
    ORG_NAME: z.string().trim().min(1).max(80).default("komorebi"),
    DEFAULT_LOCALE: z.enum(["ja", "en"]).default("ja"),
    DEFAULT_REGION: regionCode.default("JP"),
    CONTENT_DIR: optionalText,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    WEB_CHAT: z.enum(["on", "off"]).default("on"),
    // Reverse proxies in front of komorebi (1 behind nginx or a load balancer): the web chat's
    // per-address limits then read the client's address from X-Forwarded-For.
    TRUST_PROXY: wholeNumber(0, 10).transform((hops) => hops ?? 0),
    TELEGRAM_BOT_TOKEN: optionalText.pipe(z
        .string()
        .regex(/^\d+:[\w-]+$/, "looks like 123456:ABC-DEF... from BotFather")
        .optional()),
    TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, "use 1-256 characters of A-Z, a-z, 0-9, _ and -")
        .optional()),
    TELEGRAM_API_ROOT: optionalText.pipe(z.url().optional()),
    // Messages a second the bot sends at most (Telegram allows about 30); 0 turns throttling off
    // (a self-hosted Bot API server, or a benchmark against a fake).
    TELEGRAM_MAX_PER_SECOND: wholeNumber(0, 1_000_000).transform((rate) => rate ?? 30),
    LINE_CHANNEL_SECRET: optionalText,
    LINE_CHANNEL_ACCESS_TOKEN: optionalText,
    LINE_API_BASE_URL: optionalText.pipe(z.url().optional()),
    // api-data.line.me (rich menu images); a proxy or fake that serves both sets only the first.
    LINE_DATA_API_BASE_URL: optionalText.pipe(z.url().optional()),
    DISCORD_BOT_TOKEN: optionalText.pipe(z
        .string()
        .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "looks like three dot-separated parts, from the Developer Portal's Bot page")
        .optional()),
    // discord.js adds /v10 and finds the gateway through GET /gateway/bot on this base.
    DISCORD_API_BASE: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    // Prometheus metrics at /metrics (counts and durations, no pseudonyms); a token guards them.
    METRICS: z.enum(["on", "off"]).default("on"),
    METRICS_TOKEN: optionalText.pipe(z
        .string()
        .min(16, "use at least 16 random characters (e.g. openssl rand -hex 16)")
        .optional()),
    // Staff channel and handoff: a Telegram forum group, and/or a signed JSON webhook.
    STAFF_TELEGRAM_CHAT_ID: optionalText.pipe(z
        .string()
        .regex(/^-\d{5,20}$/, "the staff supergroup's id, a negative number such as -1001234567890")
        .optional()),
    // Or a Discord text or forum channel (one thread per case); a role narrows who may act.
    STAFF_DISCORD_CHANNEL_ID: optionalText.pipe(z
        .string()
        .regex(/^\d{15,21}$/, "the staff channel's id (Developer Mode → right-click → Copy Channel ID)")
        .optional()),
    STAFF_DISCORD_ROLE_ID: optionalText.pipe(z
        .string()
        .regex(/^\d{15,21}$/, "a role's id (Server Settings → Roles → right-click → Copy Role ID)")
        .optional()),
    // In a forum staff channel, the tag each case's post gets (a forum may require one).
    STAFF_DISCORD_FORUM_TAG: optionalText.pipe(z.string().max(50, "a forum tag's name (at most 20 characters) or id").optional()),
    STAFF_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    STAFF_WEBHOOK_SECRET: optionalText.pipe(z
        .string()
        .min(32, "use at least 32 random characters (e.g. openssl rand -hex 32)")
        .optional()),
    // When staff answer, e.g. "Mon-Fri 10:00-18:00 Asia/Tokyo" or "always" (see src/staff/hours.ts).
    STAFF_HOURS: optionalText,
    // Minutes a request to talk may wait unclaimed within staff hours before the person is told.
    HANDOFF_CLAIM_MINUTES: wholeNumber(1, 1440).transform((minutes) => minutes ?? 15),
    // Outreach workers' tools: the admin page, and where campaign links point.
    ADMIN_TOKEN: optionalText.pipe(z
        .string()
        .min(24, "use at least 24 random characters (e.g. openssl rand -base64 32)")
        .optional()),
    TELEGRAM_BOT_USERNAME: optionalText.pipe(z
        .string()
        .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "the bot's username, such as komorebi_bot")
        .optional()),
    LINE_BOT_ID: optionalText.pipe(z
        .string()
        .regex(/^@?[A-Za-z0-9._-]{1,40}$/, "the LINE account's basic ID, such as @abc1234d")
        .optional()),
    // Check-ins: sent on channels that can reach a person days later, outside quiet hours.
    CHECK_INS: z.enum(["on", "off"]).default("on"),
    DEFAULT_TIME_ZONE: optionalText.pipe(z
        .string()
        .refine(isKnownTimeZone, "use an IANA time zone such as Asia/Tokyo or Europe/Rome")
        .optional()),
    LINE_MONTHLY_PUSH_LIMIT: wholeNumber(0, 100_000_000),
})
    .superRefine((env, ctx) => {
    const line = [env.LINE_CHANNEL_SECRET, env.LINE_CHANNEL_ACCESS_TOKEN].filter(Boolean).length;
    if (line === 1) {
        ctx.addIssue({
            code: "custom",
            path: [env.LINE_CHANNEL_SECRET ? "LINE_CHANNEL_ACCESS_TOKEN" : "LINE_CHANNEL_SECRET"],
            message: "LINE needs both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN",
        });
    }
    if (env.TELEGRAM_WEBHOOK_SECRET && !env.PUBLIC_URL) {
        ctx.addIssue({
            code: "custom",
            path: ["PUBLIC_URL"],
            message: "TELEGRAM_WEBHOOK_SECRET needs PUBLIC_URL (the https address Telegram posts to)",
        });
    }
    if (env.STAFF_TELEGRAM_CHAT_ID && !env.TELEGRAM_BOT_TOKEN) {
        ctx.addIssue({
            code: "custom",
            path: ["TELEGRAM_BOT_TOKEN"],
            message: "STAFF_TELEGRAM_CHAT_ID needs the bot's TELEGRAM_BOT_TOKEN (the same bot serves the staff group)",
        });
    }
    if (env.STAFF_DISCORD_CHANNEL_ID && !env.DISCORD_BOT_TOKEN) {
        ctx.addIssue({
            code: "custom",
            path: ["DISCORD_BOT_TOKEN"],
            message: "STAFF_DISCORD_CHANNEL_ID needs the bot's DISCORD_BOT_TOKEN (the same bot serves the staff channel)",
        });
    }
    if (env.STAFF_DISCORD_ROLE_ID && !env.STAFF_DISCORD_CHANNEL_ID) {
        ctx.addIssue({
            code: "custom",
            path: ["STAFF_DISCORD_CHANNEL_ID"],
            message: "STAFF_DISCORD_ROLE_ID only narrows a Discord staff channel: set that channel too",
        });
    }
    if (env.STAFF_DISCORD_FORUM_TAG && !env.STAFF_DISCORD_CHANNEL_ID) {
        ctx.addIssue({
            code: "custom",
            path: ["STAFF_DISCORD_CHANNEL_ID"],
            message: "STAFF_DISCORD_FORUM_TAG tags the posts of a Discord forum staff channel: set that channel too",
        });
    }
    if (Boolean(env.STAFF_WEBHOOK_URL) !== Boolean(env.STAFF_WEBHOOK_SECRET)) {
        ctx.addIssue({
            code: "custom",
            path: [env.STAFF_WEBHOOK_URL ? "STAFF_WEBHOOK_SECRET" : "STAFF_WEBHOOK_URL"],
            message: "the staff webhook needs both STAFF_WEBHOOK_URL and STAFF_WEBHOOK_SECRET",
        });
    }
    if (env.NODE_ENV === "production" && env.STAFF_WEBHOOK_URL?.startsWith("http:")) {
        ctx.addIssue({
            code: "custom",
            path: ["STAFF_WEBHOOK_URL"],
            message: "use https in production: case events travel over it",
        });
    }
    const staffChannel = env.STAFF_TELEGRAM_CHAT_ID || env.STAFF_DISCORD_CHANNEL_ID || env.STAFF_WEBHOOK_URL;
    if (staffChannel && !env.STAFF_HOURS) {
        ctx.addIssue({
            code: "custom",
            path: ["STAFF_HOURS"],
            message: 'required with a staff channel, so the bot can say honestly when staff answer: e.g. "Mon-Fri 10:00-18:00 Asia/Tokyo", or "always"',
        });
    }
    if (env.STAFF_HOURS) {
        try {
            parseStaffHours(env.STAFF_HOURS);
        }
        catch (error) {
            if (!(error instanceof StaffHoursError))
                throw error;
            ctx.addIssue({ code: "custom", path: ["STAFF_HOURS"], message: error.message });
        }
    }
    if (env.NODE_ENV === "production" && !env.PSEUDONYM_SECRET) {
        ctx.addIssue({
            code: "custom",
            path: ["PSEUDONYM_SECRET"],
            message: "required in production: it keeps conversation ids unlinkable to accounts",
        });
    }
}))
    .transform((env) => ({ ...env, STORE_URL: env.STORE_URL ?? defaultStoreUrl(env.DATA_DIR) }));
/** Reads and validates configuration from an environment (the process's, by default). */
export function readConfig(env = process.env) {
    const result = configSchema.safeParse(env);
    if (!result.success) {
        const lines = result.error.issues.map((issue) => {
            const name = String(issue.path[0] ?? "configuration");
            return `${name}: ${issue.message}`;
        });
        throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
    }
    return result.data;
}
/**
 * Reads `.env` in the working directory, when there is one, into `env` (the process's, by
 * default), for the variables `env` does not set: the real environment wins over the file, so a
 * deployment can override one value without editing it. Returns the file's absolute path when it
 * was read.
 * @throws {ConfigError} when the file exists but cannot be read.
 */
export function loadEnvFile(env = process.env, path = ".env") {
    const file = resolve(path);
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return undefined;
        throw new ConfigError(`${file} cannot be read (${code ?? String(error)}): make it a readable file, or remove it and set the variables in the environment`);
    }
    for (const [name, value] of Object.entries(parseEnv(text))) {
        if (env[name] === undefined)
            env[name] = value;
    }
    return file;
}
//# sourceMappingURL=config.js.map