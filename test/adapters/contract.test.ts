/**
 * The channel contract: every adapter, driven from the platform's side at the network edge,
 * must hold the same conversation. A new channel joins by adding a driver in drivers.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ContractDriver,
  discordDriver,
  lineDriver,
  type Shown,
  telegramDriver,
  webDriver,
} from "./drivers.js";

const texts = (shown: Shown[]) => shown.map((message) => message.text).join("\n");
const withButtons = (shown: Shown[]) => shown.filter((message) => message.buttons.length > 0);
const lastQuestion = (shown: Shown[]) => {
  const question = withButtons(shown).at(-1);
  if (!question) throw new Error(`no buttons in:\n${texts(shown)}`);
  return question;
};
const button = (message: Shown, label: string) => {
  const found = message.buttons.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no button "${label}" in: ${message.buttons.map((b) => b.label)}`);
  return found;
};

// The third value: whether the platform has a "left" event (block, unfollow). The web chat has
// none: its address ends with the page.
describe.each([
  ["web", webDriver, false],
  ["telegram", telegramDriver, true],
  ["line", lineDriver, true],
  ["discord", discordDriver, true],
] as const)("the channel contract: %s", (_name, create, canLeave) => {
  let driver: ContractDriver;
  beforeAll(async () => {
    driver = await create();
  }, 30_000);
  afterAll(async () => {
    await driver?.close();
  });

  it("holds a conversation with choices, and a button pressed on an old message still works", async () => {
    const person = driver.person("ja");
    const menu = lastQuestion(await person.open());
    const settings = await button(menu, "設定").press();
    expect(texts(settings)).toContain("どの設定");
    // The menu's buttons are still on the screen: pressing one of them later is answered.
    const again = await button(menu, "設定").press();
    expect(texts(again)).toContain("どの設定");
  });

  it("answers a redelivered event only once", async () => {
    const person = driver.person("en");
    await person.open();
    const first = await person.text("I just want to talk a little");
    expect(first.length).toBeGreaterThan(0);
    expect(await person.redeliverLast()).toEqual([]);
  });

  it("answers a crisis in the very first message with crisis lines, before anything else", async () => {
    const person = driver.person("ja");
    const shown = await person.text("もう死にたい");
    // The first thing the person reads is about their safety, with a line they can reach.
    expect(shown[0]?.text ?? "").not.toContain("はじめまして");
    expect(texts(shown)).toMatch(/0120-|0570-|119/);
  });

  it("delivers a push to the stored address, and splits a long text within the channel's limit", async () => {
    const person = driver.person("en");
    await person.open();
    const hello = "Hello from the team. This message was written first, not as an answer.";
    expect(
      await driver.app.dispatcher.push(person.conversation, [{ type: "text", text: hello }]),
    ).toBe("queued");
    expect(texts(await person.waitForPushed())).toContain(hello);

    const sentence = "This is one sentence of a long message from the team. ";
    const long = sentence
      .repeat(Math.ceil((driver.capabilities.maxTextLength * 2.5) / sentence.length))
      .trim();
    await driver.app.dispatcher.push(person.conversation, [{ type: "text", text: long }]);
    const parts = await person.waitForPushed();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts)
      expect(part.text.length).toBeLessThanOrEqual(driver.capabilities.maxTextLength);
    expect(
      parts
        .map((part) => part.text)
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(long.replace(/\s+/g, " "));
  });

  it.runIf(canLeave)("sends nothing more once the person has left", async () => {
    const person = driver.person("en");
    await person.open();
    await person.leave?.();
    await expect
      .poll(async () => (await driver.app.store.conversations.get(person.conversation))?.lifecycle)
      .toBe("unreachable");
    expect(
      await driver.app.dispatcher.push(person.conversation, [{ type: "text", text: "hello" }]),
    ).toBe("unreachable");
    expect(await person.waitForPushed()).toEqual([]);
  });

  it("deletes the stored address with the person's data", async () => {
    const person = driver.person("en");
    await person.open();
    const confirm = lastQuestion(await person.text("delete my data"));
    const yes = confirm.buttons.find((candidate) => /delete/i.test(candidate.label));
    expect(yes).toBeDefined();
    await yes?.press();
    expect(await driver.app.store.conversations.get(person.conversation)).toBeUndefined();
    expect(
      await driver.app.dispatcher.push(person.conversation, [{ type: "text", text: "hello" }]),
    ).toBe("unreachable");
  });
});
