#!/usr/bin/env node
/**
 * The `komorebi` command: start | chat | risk | content | link | stats | line | telegram |
 * doctor. Known errors (configuration, content, store) and unknown options print a clear message
 * and exit 1; nothing prints a stack trace at a person who only set a variable wrong.
 *
 * Each command's module is imported when that command runs: the operator commands bring a
 * platform's SDK each, which `start` (or another platform's setup) has no use for.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEnvFile, readConfig } from "../config.js";
import { ChannelError, ConfigError, ContentError } from "../core/errors.js";
import { createLogger } from "../logger.js";
import { argsProblem, isArgsError } from "./args.js";
const USAGE = `komorebi: an outreach chatbot for people in prolonged social withdrawal

Usage:
  komorebi start                      serve the web chat, /healthz and configured channels
  komorebi chat [--lang ja|en] [--ref CODE] [--session NAME]
                                      talk to the bot in this terminal
  komorebi risk                       read messages (one a line) on stdin, print risk as JSON lines
  komorebi content check [--dir DIR]  check flows, texts and resources; exit 1 on any problem
  komorebi content graph [FLOW] [--lang ja|en] [--dir DIR]
                                      print a flow as a Mermaid diagram
  komorebi link create --campaign NAME [--note TEXT] [--greeting-ja TEXT] [--greeting-en TEXT]
                       [--code CODE] [--out DIR] [--json]
                                      a campaign link per channel, QR codes and printable cards
  komorebi link list [--json]         campaign links, when made and revoked, people started
  komorebi link revoke CODE           people who use the link now start without a campaign
  komorebi stats [--since YYYY-MM-DD] [--campaign NAME] [--format table|csv|json]
                                      anonymous figures per campaign and channel (<5 hidden)
  komorebi line setup                 LINE: rich menus from content, webhook URL, endpoint test
  komorebi telegram setup             Telegram: webhook, localized commands, menu button
  komorebi discord register [--guild ID]
                                      register the Discord slash commands, print install links
  komorebi doctor [--json]            check configuration, store, content and each channel;
                                      exit 1 on any failure, with what to do

Configuration comes from environment variables, and from .env in the working directory for
those the environment does not set; see the README.`;
async function main(argv) {
    // Before anything reads the configuration; the environment's own values win over the file.
    const envFile = loadEnvFile();
    const [first, ...rest] = argv;
    const io = { stdout: process.stdout, stderr: process.stderr };
    if (first === "link" || first === "stats") {
        // Outreach commands have their own options; they open the store without starting channels.
        const env = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };
        const { buildApp } = await import("../main.js");
        const open = () => buildApp(readConfig(env), undefined, { channels: false });
        if (first === "link")
            return (await import("./link.js")).runLinkCommand(rest, open, io);
        return (await import("./stats.js")).runStatsCommand(rest, open, io);
    }
    // Operator commands: they talk to the platforms and the store, never start the server.
    if (first === "line") {
        return (await import("./line.js")).runLineCommand(rest, () => readConfig(), io);
    }
    if (first === "telegram") {
        return (await import("./telegram.js")).runTelegramCommand(rest, () => readConfig(), io);
    }
    if (first === "discord") {
        return (await import("./discord.js")).runDiscordCommand(rest, () => readConfig(), io);
    }
    if (first === "doctor") {
        return (await import("./doctor.js")).runDoctorCommand(rest, process.env, io);
    }
    let parsed;
    try {
        parsed = parseCommonArgs(argv);
    }
    catch (error) {
        // An unknown or malformed option: say which, then how the command is used.
        process.stderr.write(`${argsProblem(error)}\n\n${USAGE}\n`);
        return 1;
    }
    const { values, positionals } = parsed;
    const [command, sub, arg] = positionals;
    if (values.help || !command || command === "help") {
        process.stdout.write(`${USAGE}\n`);
        return command || values.help ? 0 : 1;
    }
    switch (command) {
        case "start":
            return start(envFile);
        case "chat":
            return chat(values);
        case "risk":
            return (await import("./risk.js")).runRiskCommand(process.stdin, process.stdout);
        case "content": {
            const { runContentCheck, runContentGraph } = await import("./content.js");
            if (sub === "check")
                return runContentCheck(values.dir, process.stdout);
            if (sub === "graph")
                return runContentGraph(values.dir, arg, values.lang ?? "en", process.stdout);
            process.stderr.write(`Unknown content command "${sub ?? ""}". Use "content check" or "content graph".\n`);
            return 1;
        }
        default:
            process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
            return 1;
    }
}
function parseCommonArgs(argv) {
    return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
            lang: { type: "string" },
            ref: { type: "string" },
            session: { type: "string" },
            dir: { type: "string" },
            help: { type: "boolean", short: "h" },
        },
    });
}
async function start(envFile) {
    const config = readConfig();
    const { startApp } = await import("../main.js");
    const app = await startApp(config);
    if (envFile)
        app.logger.info("configuration read from the environment and a file", { envFile });
    // The signals are caught before the address is said: a supervisor (or a test) that stops the
    // process as soon as it reads the address must find the orderly shutdown in place.
    const stopped = new Promise((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
    });
    const shown = app.config.HOST === "0.0.0.0" ? "localhost" : app.config.HOST;
    if (app.config.WEB_CHAT === "on") {
        process.stderr.write(`komorebi: web chat at http://${shown}:${app.port}/\n`);
    }
    await stopped;
    app.logger.info("shutting down");
    // A second signal means "now": what is not finished stays in the store for the next start.
    const now = () => {
        app.logger.warn("stopped before work in hand finished");
        process.exit(1);
    };
    process.once("SIGINT", now);
    process.once("SIGTERM", now);
    await app.close();
    app.logger.info("stopped");
    return 0;
}
async function chat(values) {
    const env = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };
    const config = readConfig(env);
    const [{ buildApp }, { runTerminalChat }] = await Promise.all([
        import("../main.js"),
        import("../adapters/terminal/index.js"),
    ]);
    const logs = chatLogs(config);
    // The terminal talks to the core directly: no channel is started, so none is built.
    const app = await buildApp(config, logs.logger, { channels: false });
    try {
        await runTerminalChat({
            // A --ref code is looked up like a link's: a live campaign's greeting is said (a worker can
            // try it here), an unknown or revoked code starts without one. Nothing here is counted.
            core: {
                ...app.core,
                handle: async (event) => app.core.handle(await app.outreach.attribute(event)),
            },
            input: process.stdin,
            output: process.stdout,
            session: values.session ?? "local",
            ...(values.lang ? { locale: values.lang } : {}),
            ...(values.ref ? { referral: values.ref } : {}),
        });
    }
    finally {
        await app.store.close();
        logs.summary();
    }
    return 0;
}
/**
 * Where `komorebi chat` logs. On a terminal, log lines would land in the middle of the
 * conversation, so they go to DATA_DIR/chat.log, and one line after the chat says how many did;
 * when stderr is a file or a pipe (`2>chat.log`, a script, a test), they go there as anywhere.
 */
function chatLogs(config) {
    if (!process.stderr.isTTY)
        return { logger: undefined, summary: () => { } };
    const file = join(config.DATA_DIR, "chat.log");
    let written = 0;
    const logger = createLogger(config.LOG_LEVEL, (line) => {
        try {
            if (written === 0)
                mkdirSync(config.DATA_DIR, { recursive: true });
            appendFileSync(file, `${line}\n`);
            written += 1;
        }
        catch {
            // DATA_DIR cannot take it: a line in the conversation beats a lost warning.
            process.stderr.write(`${line}\n`);
        }
    });
    return {
        logger,
        summary: () => {
            if (written === 0)
                return;
            process.stderr.write(`komorebi: ${written} log ${written === 1 ? "line" : "lines"} written to ${file}\n`);
        },
    };
}
function isKnownError(error) {
    return (error instanceof ConfigError ||
        error instanceof ContentError ||
        error instanceof ChannelError ||
        (error instanceof Error && /^Store\w*Error$/.test(error.name)));
}
// Output piped into a reader that stopped (`komorebi doctor | head`) is not an error of ours.
process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE")
        throw error;
    process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    if (isArgsError(error)) {
        // An option a subcommand (link, stats) does not know: what was wrong, then the usage.
        process.stderr.write(`komorebi: ${argsProblem(error)}\n\n${USAGE}\n`);
    }
    else if (isKnownError(error)) {
        process.stderr.write(`komorebi: ${error.message}\n`);
    }
    else {
        process.stderr.write(`komorebi: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
});
//# sourceMappingURL=index.js.map