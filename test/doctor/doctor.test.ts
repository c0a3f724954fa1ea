/**
 * `komorebi doctor` against local fakes of LINE's Messaging API, Telegram's Bot API and
 * Discord's REST API, on a real SQLite store (and a Redis address nobody listens on): it passes
 * on a healthy set-up and names each broken one with what to do.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PermissionFlagsBits as P } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDoctorCommand } from "../../src/cli/doctor.js";
import { runLineCommand } from "../../src/cli/line.js";
import { runTelegramCommand } from "../../src/cli/telegram.js";
import { readConfig } from "../../src/config.js";
import { defaultContentDir } from "../../src/content/load.js";
import { type Check, runDoctor } from "../../src/doctor/index.js";
import { type FakeDiscord, startFakeDiscord } from "../discord/fake-discord.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import { CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET } from "../line/fixtures.js";
import { staffServer } from "../staff/discord-staff.js";
import { captureIo } from "../support/captured-io.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";

const NOW = new Date("2026-12-06T12:00:00Z");
const PUBLIC_URL = "https://komorebi.example.org";
let line: FakeMessagingApi;
let telegram: FakeBotApi;
let discord: FakeDiscord;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  [line, telegram, discord] = await Promise.all([
    startFakeMessagingApi(CHANNEL_ACCESS_TOKEN),
    startFakeBotApi(),
    startFakeDiscord(),
  ]);
  dir = await mkdtemp(join(tmpdir(), "komorebi-doctor-"));
  env = {
    STORE_URL: `sqlite://${join(dir, "doctor.sqlite")}`,
    DATA_DIR: dir,
    PSEUDONYM_SECRET: "a-long-enough-pseudonym-secret-for-tests",
    PUBLIC_URL,
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: line.url,
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.url,
    TELEGRAM_WEBHOOK_SECRET: "doctor-secret_0123456789",
    DISCORD_BOT_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: "silent",
  };
  // The operator's set-up. LINE's endpoint test cannot reach the example address, so that one
  // step fails here; menus and the webhook URL are in place all the same.
  await runLineCommand(["setup"], () => readConfig(env), captureIo().io);
  expect(line.channel.webhook.endpoint).toBe(`${PUBLIC_URL}/webhooks/line`);
  expect(await runTelegramCommand(["setup"], () => readConfig(env), captureIo().io)).toBe(0);
});
afterAll(async () => {
  await Promise.all([line?.close(), telegram?.close(), discord?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const doctor = (overrides: Record<string, string> = {}) =>
  runDoctor({ ...env, ...overrides }, { now: NOW });

const find = (checks: Check[], name: string): Check => {
  const check = checks.find((candidate) => candidate.name === name);
  if (!check) throw new Error(`no check "${name}" in ${checks.map((c) => c.name).join(", ")}`);
  return check;
};

/** A port nothing listens on (taken from the OS, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("komorebi doctor", () => {
  it("passes on a healthy set-up, one line per check", async () => {
    const checks = await doctor();
    expect(checks.map((check) => check.name)).toEqual([
      "configuration",
      "store",
      "content",
      "resources",
      "telegram token",
      "telegram webhook",
      "telegram deliveries",
      "line token",
      "line webhook",
      "line quota",
      "line rich menu",
      "discord token",
    ]);
    const notOk = checks.filter((check) => check.status !== "ok");
    expect(notOk).toEqual([]);
    expect(find(checks, "store").detail).toBe("sqlite: read, write and lock work");
    expect(find(checks, "line quota").detail).toContain("of 200 push messages left");
    expect(find(checks, "discord token").detail).toContain("komorebi");
  });

  it("a DATA_DIR komorebi cannot use: which, and what to do", async () => {
    const file = join(dir, "not-a-folder");
    await writeFile(file, "x");
    // Without PSEUDONYM_SECRET the secret is kept in DATA_DIR.
    const checks = await doctor({ PSEUDONYM_SECRET: "", DATA_DIR: file });
    expect(find(checks, "data folder")).toEqual({
      name: "data folder",
      status: "fail",
      detail: `DATA_DIR: ${file} is a file, not a folder`,
      fix: "set DATA_DIR to a folder komorebi may write in (it is created if missing)",
    });
    const usable = await doctor({ PSEUDONYM_SECRET: "" });
    expect(find(usable, "data folder")).toMatchObject({ status: "ok" });
  });

  it("prints the checks and exits 0 when healthy, 1 with --json naming the failure", async () => {
    const healthy = captureIo();
    expect(await runDoctorCommand([], { ...env }, healthy.io)).toBe(0);
    const out = healthy.stdout();
    expect(out).toMatch(
      /^ok {4}configuration: valid; channels: web chat, telegram \(webhook\), line, discord/m,
    );
    expect(out).toMatch(/all 12 checks passed/);
    const failing = captureIo();
    const broken = { ...env, DISCORD_BOT_TOKEN: "d3Jvbmc.wrong.token" };
    expect(await runDoctorCommand(["--json"], broken, failing.io)).toBe(1);
    const report = JSON.parse(failing.stdout()) as { ok: boolean; checks: Check[] };
    expect(report.ok).toBe(false);
    expect(find(report.checks, "discord token")).toMatchObject({ status: "fail" });
  });

  it("a wrong token on each platform: which one, and where to get a new one", async () => {
    const checks = await doctor({
      LINE_CHANNEL_ACCESS_TOKEN: "not-the-line-token",
      TELEGRAM_BOT_TOKEN: "42:not-the-telegram-token",
      DISCORD_BOT_TOKEN: "bm90.the-discord.token",
    });
    const lineToken = find(checks, "line token");
    expect(lineToken).toMatchObject({ status: "fail" });
    expect(lineToken.detail).toContain("HTTP 401");
    expect(lineToken.fix).toContain("LINE_CHANNEL_ACCESS_TOKEN");
    const telegramToken = find(checks, "telegram token");
    expect(telegramToken).toMatchObject({ status: "fail" });
    expect(telegramToken.fix).toContain("@BotFather");
    const discordToken = find(checks, "discord token");
    expect(discordToken).toMatchObject({ status: "fail" });
    expect(discordToken.detail).toContain("HTTP 401");
    expect(discordToken.fix).toContain("Reset Token");
    // Nothing more is asked of a platform that refused the token.
    expect(checks.some((check) => check.name === "line webhook")).toBe(false);
  });

  it("webhooks registered elsewhere, with the set-up command that fixes them", async () => {
    const lineBefore = { ...line.channel.webhook };
    const telegramBefore = telegram.webhook.url;
    line.channel.webhook = {
      endpoint: "https://elsewhere.example.org/webhooks/line",
      active: true,
    };
    telegram.webhook.url = "https://elsewhere.example.org/webhooks/telegram";
    try {
      const checks = await doctor();
      expect(find(checks, "line webhook")).toMatchObject({
        status: "fail",
        detail: `LINE posts to https://elsewhere.example.org/webhooks/line, not to ${PUBLIC_URL}/webhooks/line`,
        fix: "run `npx komorebi line setup`",
      });
      expect(find(checks, "telegram webhook")).toMatchObject({
        status: "fail",
        detail: `Telegram posts to https://elsewhere.example.org/webhooks/telegram, not to ${PUBLIC_URL}/webhooks/telegram`,
      });
      expect(find(checks, "telegram webhook").fix).toContain("npx komorebi telegram setup");
    } finally {
      line.channel.webhook = lineBefore;
      telegram.webhook.url = telegramBefore;
    }
  });

  it("LINE's “Use webhook” switched off", async () => {
    line.channel.webhook = { ...line.channel.webhook, active: false };
    try {
      const check = find(await doctor(), "line webhook");
      expect(check.status).toBe("fail");
      expect(check.fix).toContain("turn on “Use webhook”");
    } finally {
      line.channel.webhook = { ...line.channel.webhook, active: true };
    }
  });

  it("Telegram's recent delivery errors", async () => {
    telegram.webhook.last_error_date = Math.floor(NOW.getTime() / 1000) - 600;
    telegram.webhook.last_error_message = "Connection refused";
    telegram.webhook.pending_update_count = 7;
    try {
      const check = find(await doctor(), "telegram deliveries");
      expect(check.status).toBe("fail");
      expect(check.detail).toContain("Connection refused (7 update(s) waiting)");
      expect(check.fix).toContain("PUBLIC_URL");
    } finally {
      delete telegram.webhook.last_error_date;
      delete telegram.webhook.last_error_message;
      telegram.webhook.pending_update_count = 0;
    }
  });

  it("a webhook left behind in polling mode", async () => {
    const checks = await doctor({ TELEGRAM_WEBHOOK_SECRET: "" });
    expect(find(checks, "telegram webhook")).toMatchObject({ status: "fail" });
    expect(find(checks, "telegram webhook").detail).toContain("long polling receives nothing");
  });

  it("LINE's monthly quota: low is a warning, used up a failure", async () => {
    line.channel.usage = 185;
    try {
      expect(find(await doctor(), "line quota")).toMatchObject({
        status: "warn",
        detail: "15 of 200 push messages left this month (replies are free)",
      });
      line.channel.usage = 200;
      const used = find(await doctor(), "line quota");
      expect(used.status).toBe("fail");
      expect(used.fix).toContain("LINE Official Account Manager");
    } finally {
      line.channel.usage = 0;
    }
  });

  it("a rich menu on LINE older than the content (staff now answer): run setup", async () => {
    const staffGroup = { STAFF_TELEGRAM_CHAT_ID: "-1001234567890", STAFF_HOURS: "always" };
    const check = find(await doctor(staffGroup), "line rich menu");
    expect(check.status).toBe("warn");
    expect(check.detail).toContain("older than the content");
    expect(check.fix).toBe("run `npx komorebi line setup`");
  });

  it("a store that is down (Redis at a closed port)", async () => {
    const port = await closedPort();
    const checks = await doctor({ STORE_URL: `redis://127.0.0.1:${port}` });
    const store = find(checks, "store");
    expect(store.status).toBe("fail");
    expect(store.detail).toContain(`127.0.0.1:${port}`);
    expect(store.detail).toContain("ECONNREFUSED");
    expect(store.fix).toContain("STORE_URL");
    // The rest is still checked.
    expect(find(checks, "line token").status).toBe("ok");
  });

  it("a crisis line nobody has checked for over a year, named with its file", async () => {
    const content = join(dir, "content-stale");
    await cp(defaultContentDir, content, { recursive: true });
    const file = join(content, "resources", "jp.yaml");
    const yaml = await readFile(file, "utf8");
    // The first crisis entry (あなたのいばしょ) was last confirmed two years ago.
    const crisisAt = yaml.indexOf("\ncrisis:");
    const stale = yaml.slice(crisisAt).replace(/checked: "[\d-]+"/, 'checked: "2024-11-01"');
    await writeFile(file, yaml.slice(0, crisisAt) + stale);
    const check = find(await doctor({ CONTENT_DIR: content }), "resources");
    expect(check.status).toBe("fail");
    expect(check.detail).toContain(
      "resources/jp.yaml crisis.0 Anata no Ibasho (checked 2024-11-01)",
    );
    expect(check.fix).toContain("`checked`");
  });

  it("content that does not load: the first problems and the command that lists them all", async () => {
    const content = join(dir, "content-broken");
    await cp(defaultContentDir, content, { recursive: true });
    await writeFile(join(content, "rich-menu.yaml"), "size: huge\n");
    const checks = await doctor({ CONTENT_DIR: content });
    expect(find(checks, "content").status).toBe("fail");
    expect(find(checks, "content").detail).toContain("rich-menu.yaml");
    // A folder outside the working directory is named as it is, not as "../../tmp/...".
    expect(find(checks, "content").detail).toContain(`${content}/rich-menu.yaml`);
    expect(find(checks, "content").detail).not.toContain("../");
    expect(find(checks, "content").fix).toContain("npx komorebi content check --dir");
    expect(find(checks, "resources").status).toBe("skip");
    expect(find(checks, "line rich menu").status).toBe("skip");
  });

  it("a configuration that does not validate: the variable, and nothing else checked", async () => {
    const checks = await doctor({ LINE_CHANNEL_ACCESS_TOKEN: "" });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: "configuration", status: "fail" });
    expect(checks[0]?.detail).toContain(
      "LINE_CHANNEL_ACCESS_TOKEN: LINE needs both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN",
    );
  });

  it("warns (without failing) about a missing pseudonym secret and an http PUBLIC_URL", async () => {
    const checks = await doctor({
      PSEUDONYM_SECRET: "",
      PUBLIC_URL: "http://komorebi.example.org",
    });
    expect(find(checks, "pseudonym secret").status).toBe("warn");
    expect(find(checks, "public URL")).toMatchObject({ status: "warn" });
    expect(find(checks, "public URL").detail).toContain("only post to https");
  });
});

describe("komorebi doctor and the staff channels", () => {
  const STAFF_CHAT = -1001234567890;

  it("a Telegram staff group: a forum where the bot is an admin that can manage topics", async () => {
    telegram.forum(STAFF_CHAT, []);
    const staff = { STAFF_TELEGRAM_CHAT_ID: String(STAFF_CHAT), STAFF_HOURS: "always" };
    try {
      expect(find(await doctor(staff), "telegram staff group").status).toBe("ok");

      telegram.staffBot = { status: "administrator", can_manage_topics: false };
      const noTopics = find(await doctor(staff), "telegram staff group");
      expect(noTopics.status).toBe("fail");
      expect(noTopics.detail).toContain("without “Manage topics”");
      expect(noTopics.fix).toContain("“Manage topics” on");

      telegram.staffBot = { status: "member" };
      expect(find(await doctor(staff), "telegram staff group").detail).toContain(
        "a member, not an administrator",
      );

      telegram.staffBot = { status: "administrator", can_manage_topics: true, topics: false };
      const notForum = find(await doctor(staff), "telegram staff group");
      expect(notForum.detail).toContain("without topics, not a forum supergroup");
      expect(notForum.fix).toContain("turn on Topics");

      const unknown = find(
        await doctor({ ...staff, STAFF_TELEGRAM_CHAT_ID: "-1009999999999" }),
        "telegram staff group",
      );
      expect(unknown.status).toBe("fail");
      expect(unknown.fix).toContain("add the bot to the group");
    } finally {
      telegram.staffBot = { status: "administrator", can_manage_topics: true };
    }
  });

  it("a Discord staff channel: the channel, the bot's permissions there, the Message Content intent", async () => {
    const server = staffServer(discord);
    const staff = { STAFF_DISCORD_CHANNEL_ID: server.channelId, STAFF_HOURS: "always" };
    discord.applicationFlags = 1 << 19;
    try {
      const healthy = await doctor(staff);
      expect(find(healthy, "discord message content").status).toBe("ok");
      const channel = find(healthy, "discord staff channel");
      expect(channel.status).toBe("ok");
      expect(channel.detail).toContain("a thread per case");
      expect(find(healthy, "configuration").detail).toContain("staff: discord channel");

      const forum = staffServer(discord, 15);
      expect(
        find(
          await doctor({ ...staff, STAFF_DISCORD_CHANNEL_ID: forum.channelId }),
          "discord staff channel",
        ).detail,
      ).toContain("forum: a post per case");

      // A forum that requires tags: the tag its posts get, or that it has none to give.
      const tagged = staffServer(discord, 15);
      const forumChannel = discord.channel(tagged.channelId);
      if (!forumChannel) throw new Error("no forum");
      forumChannel.flags = 1 << 4;
      forumChannel.availableTags = [];
      const forumEnv = { ...staff, STAFF_DISCORD_CHANNEL_ID: tagged.channelId };
      const none = find(await doctor(forumEnv), "discord forum tags");
      expect(none.status).toBe("fail");
      expect(none.detail).toContain("requires a tag on each post but has no tags");
      expect(none.fix).toContain("turn off Require tags");
      forumChannel.availableTags = [{ id: "1300000000000009901", name: "相談" }];
      const first = find(await doctor(forumEnv), "discord forum tags");
      expect(first.status).toBe("ok");
      expect(first.detail).toContain('gets the tag "相談"');
      const misnamed = find(
        await doctor({ ...forumEnv, STAFF_DISCORD_FORUM_TAG: "ケース" }),
        "discord forum tags",
      );
      expect(misnamed.status).toBe("warn");
      expect(misnamed.detail).toContain('no tag "ケース"');
      expect(misnamed.fix).toContain("STAFF_DISCORD_FORUM_TAG");

      discord.applicationFlags = 0;
      const intent = find(await doctor(staff), "discord message content");
      expect(intent.status).toBe("fail");
      expect(intent.fix).toContain("Message Content Intent: on");
    } finally {
      discord.applicationFlags = 0;
    }
  });

  it("a Discord staff channel the bot cannot use: what it lacks, and where to allow it", async () => {
    discord.applicationFlags = 1 << 18;
    try {
      // The bot sees the channel but may not make threads in it.
      const guild = discord.guild(P.ViewChannel | P.SendMessages);
      guild.member(discord.botUserId, []);
      const cramped = guild.channel(0);
      const lacking = find(
        await doctor({ STAFF_DISCORD_CHANNEL_ID: cramped, STAFF_HOURS: "always" }),
        "discord staff channel",
      );
      expect(lacking.status).toBe("fail");
      expect(lacking.detail).toContain(
        "Create Public Threads, Send Messages in Threads, Read Message History",
      );
      expect(lacking.fix).toContain("Permissions");

      // A channel hidden from the bot, and one that is not text.
      const hidden = guild.channel(0, [{ id: guild.id, type: 0, deny: P.ViewChannel }]);
      const unseen = find(
        await doctor({ STAFF_DISCORD_CHANNEL_ID: hidden, STAFF_HOURS: "always" }),
        "discord staff channel",
      );
      expect(unseen.status).toBe("fail");
      expect(unseen.fix).toContain("View Channel");
      const voice = guild.channel(2);
      expect(
        find(
          await doctor({ STAFF_DISCORD_CHANNEL_ID: voice, STAFF_HOURS: "always" }),
          "discord staff channel",
        ).detail,
      ).toContain("not a text or forum channel");
    } finally {
      discord.applicationFlags = 0;
    }
  });

  it("a staff webhook: answers a signed ping, or says why not", async () => {
    let answer = 204;
    const seen: { signature?: string; body: string }[] = [];
    const receiver = createHttpServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      req.on("end", () => {
        seen.push({ signature: req.headers["x-komorebi-signature"] as string, body });
        res.writeHead(answer);
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const { port } = receiver.address() as { port: number };
    const staff = {
      STAFF_WEBHOOK_URL: `http://127.0.0.1:${port}/komorebi`,
      STAFF_WEBHOOK_SECRET: "a-staff-webhook-secret-of-32-characters",
      STAFF_HOURS: "always",
    };
    try {
      expect(find(await doctor(staff), "staff webhook").status).toBe("ok");
      expect(JSON.parse(seen[0]?.body ?? "{}").type).toBe("ping");
      expect(seen[0]?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      answer = 401;
      const refused = find(await doctor(staff), "staff webhook");
      expect(refused.status).toBe("fail");
      expect(refused.fix).toContain("STAFF_WEBHOOK_SECRET");
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
    const gone = find(await doctor(staff), "staff webhook");
    expect(gone.status).toBe("fail");
    expect(gone.detail).toContain("did not answer");
  });
});
