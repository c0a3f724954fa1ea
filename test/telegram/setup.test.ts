/**
 * `komorebi telegram setup` against the fake Bot API: the webhook with its secret token (or no
 * webhook for polling), the command lists in the default language, Japanese and English, and the
 * menu button; a second run changes nothing; a refused token fails with the fix.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runTelegramCommand } from "../../src/cli/telegram.js";
import { readConfig } from "../../src/config.js";
import { captureIo } from "../support/captured-io.js";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.js";

const SECRET = "setup-secret_0123456789";
let fake: FakeBotApi;

beforeEach(async () => {
  fake = await startFakeBotApi();
});
afterEach(async () => {
  await fake.close();
});

async function setup(env: Record<string, string> = {}) {
  const captured = captureIo();
  const config = () =>
    readConfig({
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.url,
      PUBLIC_URL: "https://bot.example.org/komorebi",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      ...env,
    });
  const code = await runTelegramCommand(["setup"], config, captured.io);
  return { code, stdout: captured.stdout() };
}

describe("komorebi telegram setup", () => {
  it("sets the webhook with its secret, the commands per language and the menu button", async () => {
    const run = await setup();
    expect(run.code).toBe(0);
    expect(fake.webhook).toMatchObject({
      url: "https://bot.example.org/komorebi/webhooks/telegram",
      secret: SECRET,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
    });
    expect([...fake.commands.keys()].sort()).toEqual(["", "en", "ja"]);
    expect(fake.commands.get("ja")?.map((c) => c.command)).toEqual([
      "start",
      "menu",
      "stop",
      "help",
      "delete",
    ]);
    expect(fake.commands.get("ja")?.find((c) => c.command === "delete")?.description).toContain(
      "データ",
    );
    // The default list is in the deployment's language (Japanese unless DEFAULT_LOCALE says).
    expect(fake.commands.get("")).toEqual(fake.commands.get("ja"));
    expect(fake.menuButton).toBe("commands");
    expect(run.stdout).toContain("Telegram bot @komorebi_test_bot");
    expect(run.stdout).toMatch(
      /changed +webhook set to https:\/\/bot\.example\.org\/komorebi\/webhooks\/telegram/,
    );
    expect(run.stdout).toMatch(/changed +the menu button now opens the commands/);
  });

  it("a second run changes nothing and says so", async () => {
    await setup();
    const commandsBefore = fake.callsOf("setMyCommands").length;
    const webhookBefore = { ...fake.webhook };
    const run = await setup();
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^changed/m);
    expect(run.stdout).toContain("Telegram set-up: done, nothing needed changing");
    expect(fake.callsOf("setMyCommands")).toHaveLength(commandsBefore);
    expect(fake.callsOf("setChatMenuButton")).toHaveLength(1);
    expect(fake.webhook).toEqual(webhookBefore);
  });

  it("points a webhook registered elsewhere at PUBLIC_URL and reports Telegram's last error", async () => {
    await setup({ PUBLIC_URL: "https://old.example.org" });
    fake.webhook.last_error_date = Math.floor(Date.now() / 1000) - 60;
    fake.webhook.last_error_message = "Wrong response from the webhook: 502 Bad Gateway";
    const moved = await setup();
    expect(moved.stdout).toContain("(was https://old.example.org/webhooks/telegram)");
    expect(fake.webhook.url).toBe("https://bot.example.org/komorebi/webhooks/telegram");
    fake.webhook.last_error_date = Math.floor(Date.now() / 1000) - 60;
    fake.webhook.last_error_message = "Wrong response from the webhook: 502 Bad Gateway";
    const again = await setup();
    expect(again.stdout).toMatch(/warning +Telegram's last delivery to the webhook failed/);
    expect(again.stdout).toContain("502 Bad Gateway");
  });

  it("in polling mode removes a webhook, which would stop getUpdates", async () => {
    await setup();
    const run = await setup({ TELEGRAM_WEBHOOK_SECRET: "", PUBLIC_URL: "" });
    expect(run.code).toBe(0);
    expect(fake.webhook.url).toBe("");
    expect(run.stdout).toMatch(/changed +removed the webhook/);
    expect((await setup({ TELEGRAM_WEBHOOK_SECRET: "", PUBLIC_URL: "" })).stdout).toContain(
      "no webhook: komorebi polls",
    );
  });

  it("fails with the fix on a token Telegram refuses, and changes nothing", async () => {
    const run = await setup({ TELEGRAM_BOT_TOKEN: "42:not-the-token" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /failed +Telegram refused the bot token \(getMe: 401 Unauthorized\)/,
    );
    expect(run.stdout).toContain("@BotFather");
    expect(fake.setupChanges()).toHaveLength(0);
  });
});
