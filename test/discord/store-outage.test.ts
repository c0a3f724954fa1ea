/**
 * Discord's gateway has no "200": an event is acknowledged only by what the bot does with it.
 * While Redis cannot be reached (cut at the network), an interaction is left unacknowledged
 * (Discord shows the person that it failed, and they can try again) and a DM is held until the
 * store takes it; once Redis is back, the held DM is answered, once.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.js";
import { discordPerson, dmMessage, slashCommand } from "./payloads.js";
import { chatWith, type DiscordTestApp, endsWithQuestion, startDiscordApp } from "./support.js";

let fake: FakeDiscord;
let proxy: TcpProxy;
let running: DiscordTestApp;

beforeAll(async () => {
  fake = await startFakeDiscord();
  proxy = await startTcpProxy(6379);
  running = await startDiscordApp(fake, {
    STORE_URL: `redis://127.0.0.1:${proxy.port}`,
    STORE_NAMESPACE: `discord-outage-${randomUUID().slice(0, 8)}`,
  });
});
afterAll(async () => {
  await proxy?.restore();
  await running?.close();
  await proxy?.close();
  await fake?.close();
});

describe("Discord: a store outage", () => {
  it("acknowledges nothing it could not keep, and answers a held DM once the store is back", async () => {
    const person = chatWith(discordPerson(), fake, running.app);
    await person.slash("start");
    const shownBefore = person.shown().length;

    await proxy.cut();
    const command = slashCommand(fake, person.person, "menu");
    fake.interact(command);
    const held = dmMessage(fake, person.person, "I just want to talk a little");
    fake.dispatch("MESSAGE_CREATE", held);
    // Past Discord's three seconds: the interaction was never acknowledged, nothing was shown.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(fake.ackOf(command.id)).toBeUndefined();
    expect(person.shown()).toHaveLength(shownBefore);

    await proxy.restore();
    // The DM was kept as soon as the store took it, and is answered; the person's retry of the
    // failed command works like any command.
    await fake.waitFor(() => person.shown().length > shownBefore, "the held DM's answer", 20_000);
    await person.slash("menu", {}, endsWithQuestion);
    await running.app.dispatcher.idle();
    const state = await person.state();
    // /start, the DM and the retried /menu: three events, the unacknowledged one not among them.
    expect(state?.turns).toBe(3);
  }, 40_000);
});
