/**
 * The web chat in a real browser (Debian's chromium through playwright-core; `.ci/run` installs
 * it): the conversation survives a reload in the tab, what the bot writes first arrives while
 * the page is open, "delete my data" clears the tab, and the quick exit leaves nothing behind.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../../src/main.js";
import { startTestApp, type TestApp } from "../support/app.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let running: TestApp;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function open(lang: "ja" | "en"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // The quick exit leaves for a neutral site; offline, a local stand-in answers for it.
  await context.route("https://www.google.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Google</title>" }),
  );
  await page.goto(`http://127.0.0.1:${app.port}/?lang=${lang}`);
  await page.locator(".choices button").first().waitFor();
  return page;
}

const botTexts = (page: Page) => page.locator(".msg.bot").allInnerTexts();

describe("the web chat in a browser", () => {
  it("keeps the conversation and the person's place across a reload", async () => {
    const page = await open("ja");
    await page.getByRole("button", { name: "設定" }).last().click();
    await expect.poll(async () => (await botTexts(page)).join("\n")).toContain("どの設定");
    const before = await botTexts(page);

    await page.reload();
    await page.locator(".msg.bot").first().waitFor();
    // The same messages, and no second welcome: loading the page did not start over.
    expect(await botTexts(page)).toEqual(before);
    expect((await botTexts(page)).filter((text) => text.includes("はじめまして"))).toHaveLength(1);
    // The question on screen still answers: the place in the flow was kept.
    const enabled = page.locator(".choices button:not([disabled])");
    expect(await enabled.count()).toBeGreaterThan(0);
    await enabled.first().click();
    await expect.poll(async () => (await botTexts(page)).length).toBeGreaterThan(before.length);
    await page.context().close();
  }, 30_000);

  it("shows what the bot writes first while the page is open", async () => {
    const page = await open("en");
    const session = await page.evaluate<string | null>(
      `sessionStorage.getItem('komorebi.session')`,
    );
    const conversation = app.core.pseudonym("web", String(session));
    const hello = "A person from the team here. There is no hurry to answer.";
    expect(await app.dispatcher.push(conversation, [{ type: "text", text: hello }])).toBe("queued");
    await expect
      .poll(async () => (await botTexts(page)).join("\n"), { timeout: 12_000 })
      .toContain(hello);
    await page.context().close();
  }, 30_000);

  it("clears the tab's transcript and the screen when the person deletes their data", async () => {
    const page = await open("en");
    await page.locator("#input").fill("delete my data");
    await page.locator("#input").press("Enter");
    const yes = page.locator(".choices button", { hasText: /delete/i }).last();
    await yes.waitFor();
    const session = await page.evaluate<string | null>(
      `sessionStorage.getItem('komorebi.session')`,
    );
    await yes.click();
    await expect
      .poll(() => page.evaluate<string | null>(`sessionStorage.getItem('komorebi.transcript')`))
      .toBeNull();
    // What was deleted is gone from the screen too: only the confirmation is left.
    await expect.poll(async () => (await botTexts(page)).join("\n")).toContain("cleared too");
    expect(await page.locator(".msg.me").count()).toBe(0);
    expect((await botTexts(page)).join("\n")).not.toContain("Hello, I'm komorebi");
    expect(await botTexts(page)).toHaveLength(1);
    // A reload starts afresh instead of showing the confirmation again.
    await page.reload();
    await page.locator(".choices button").first().waitFor();
    expect((await botTexts(page)).join("\n")).toContain("Hello, I'm komorebi");
    expect((await botTexts(page)).join("\n")).not.toContain("cleared too");
    // A new session: nothing on this device leads back to the deleted conversation.
    expect(
      await page.evaluate<string | null>(`sessionStorage.getItem('komorebi.session')`),
    ).not.toBe(session);
    await page.context().close();
  }, 30_000);

  it("a button row answered before a reload stays answered after it", async () => {
    const page = await open("en");
    // The last row on screen, answered by a reply without buttons.
    await page.getByRole("button", { name: "That's all for today" }).click();
    await expect.poll(async () => (await botTexts(page)).join("\n")).toContain("just write here");
    await page.reload();
    await page.locator(".msg.bot").first().waitFor();
    const buttons = page.locator(".choices button");
    expect(await buttons.count()).toBeGreaterThan(0);
    expect(await page.locator(".choices button:not([disabled])").count()).toBe(0);
    expect(await page.locator(".choices button.picked").allInnerTexts()).toEqual([
      "That's all for today",
    ]);
    await page.context().close();
  }, 30_000);

  it("says a text is too long instead of cutting it, and keeps it to split", async () => {
    const page = await open("en");
    const long = "a".repeat(4_500);
    await page.locator("#input").focus();
    await page.keyboard.insertText(long);
    await page.locator("#input").press("Enter");
    await expect
      .poll(async () => (await botTexts(page)).join("\n"))
      .toContain("too long to send in one go (4500 characters)");
    expect(await page.locator("#input").inputValue()).toBe(long);
    expect(await page.locator(".msg.me").count()).toBe(0);
    await page.context().close();
  }, 30_000);

  it("leaves at once with the quick exit, taking the transcript with it", async () => {
    const page = await open("ja");
    await page.getByRole("button", { name: "設定" }).last().click();
    await expect.poll(async () => (await botTexts(page)).join("\n")).toContain("どの設定");
    const session = await page.evaluate<string | null>(
      `sessionStorage.getItem('komorebi.session')`,
    );
    await page.getByRole("button", { name: "すぐに閉じる" }).click();
    await page.waitForURL("https://www.google.com/**", { timeout: 5000 });
    // The chat is not one step back in the history.
    await page.goBack({ timeout: 3000 }).catch(() => {});
    expect(page.url()).not.toContain("127.0.0.1");
    // Opened again in the same tab, it starts afresh: nothing of the old conversation was kept.
    await page.goto(`http://127.0.0.1:${app.port}/?lang=ja`);
    await page.locator(".choices button").first().waitFor();
    expect(
      await page.evaluate<string | null>(`sessionStorage.getItem('komorebi.session')`),
    ).not.toBe(session);
    expect(await page.locator(".msg.me").count()).toBe(0);
    await page.context().close();
  }, 30_000);
});
