/**
 * Starting and stopping with Discord configured, when Discord is not there to answer: the rest
 * of komorebi starts anyway, a refused token is said once (not retried), and stopping does not
 * wait for a connection that never came, nor hang on one still identifying. And without a token
 * there is no Discord at all.
 */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { ConfigError } from "../../src/core/errors.js";
import { startTestApp } from "../support/app.js";
import { freePort } from "../support/child-app.js";
import { startFakeDiscord } from "./fake-discord.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB";

function recorder() {
  const lines: { level: string; message: string }[] = [];
  const at =
    (level: string) =>
    (message: string): void => {
      lines.push({ level, message });
    };
  return {
    lines,
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
  };
}

describe("Discord configuration", () => {
  it("has no Discord without a token, and names a malformed token or API base", async () => {
    const { app, close } = await startTestApp({ WEB_CHAT: "on" });
    try {
      expect(app.channels.map((channel) => channel.channel)).toEqual(["web"]);
    } finally {
      await close();
    }
    expect(() => readConfig({ DISCORD_BOT_TOKEN: "not a token" })).toThrow(ConfigError);
    expect(() => readConfig({ DISCORD_BOT_TOKEN: "not a token" })).toThrow(/DISCORD_BOT_TOKEN/);
    expect(() => readConfig({ DISCORD_BOT_TOKEN: TOKEN, DISCORD_API_BASE: "discord" })).toThrow(
      /DISCORD_API_BASE/,
    );
    expect(readConfig({ DISCORD_BOT_TOKEN: ` ${TOKEN} ` }).DISCORD_BOT_TOKEN).toBe(TOKEN);
  });
});

describe("Discord not answering", () => {
  it("starts the rest, keeps trying to log in, and stops promptly", async () => {
    const port = await freePort();
    const { lines, logger } = recorder();
    const { app, base, close } = await startTestApp(
      {
        WEB_CHAT: "on",
        LOG_LEVEL: "info",
        DISCORD_BOT_TOKEN: TOKEN,
        DISCORD_API_BASE: `http://127.0.0.1:${port}/api`,
      },
      logger,
    );
    expect((await fetch(`${base}/healthz`)).ok).toBe(true);
    expect(app.channels.map((channel) => channel.channel)).toContain("discord");
    await expect
      .poll(() => lines.some((line) => line.message === "discord login failed; trying again"))
      .toBe(true);
    const stopping = Date.now();
    await close();
    expect(Date.now() - stopping).toBeLessThan(5000);
  });

  it("stops promptly while the gateway accepts connections but never says hello", async () => {
    // A TCP server that takes the connection and says nothing, not even the WebSocket handshake.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentPort = (silent.address() as { port: number }).port;
    const fake = await startFakeDiscord({ gatewayUrl: `ws://127.0.0.1:${silentPort}` });
    try {
      const { close } = await startTestApp({
        DISCORD_BOT_TOKEN: fake.token,
        DISCORD_API_BASE: fake.apiBase,
      });
      await fake.waitFor(() => fake.callsTo("GET", /^\/gateway\/bot/).length > 0, "gateway lookup");
      const stopping = Date.now();
      await close();
      expect(Date.now() - stopping).toBeLessThan(5000);
    } finally {
      silent.close();
      await fake.close();
    }
  });

  it("stops cleanly while the gateway session is still identifying", async () => {
    // discord.js destroyed between IDENTIFY and READY reconnects its shard and never resolves
    // the destroy; stopping waits for the login to settle first.
    const fake = await startFakeDiscord({ readyDelayMs: 800 });
    try {
      const { close } = await startTestApp({
        DISCORD_BOT_TOKEN: fake.token,
        DISCORD_API_BASE: fake.apiBase,
      });
      await fake.waitFor(() => fake.identifies.length > 0, "the bot identifying");
      await close();
      await expect.poll(() => fake.openConnections()).toBe(0);
      // A shard reconnecting after the destroy would identify again about half a second later.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(fake.identifies).toHaveLength(1);
      expect(fake.openConnections()).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it("says once that Discord refused the token, and does not try again", async () => {
    const fake = await startFakeDiscord();
    const { lines, logger } = recorder();
    try {
      const { close } = await startTestApp(
        { LOG_LEVEL: "info", DISCORD_BOT_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase },
        logger,
      );
      await expect
        .poll(() => lines.filter((line) => line.message.includes("refused the bot token")))
        .toHaveLength(1);
      expect(fake.callsTo("GET", /^\/gateway\/bot/)).toHaveLength(1);
      expect(fake.identifies).toHaveLength(0);
      await close();
    } finally {
      await fake.close();
    }
  });
});
