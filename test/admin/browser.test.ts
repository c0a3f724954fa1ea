/**
 * The admin page in a real browser (Debian's chromium through playwright-core; `.ci/run`
 * installs it, and this test fails when it is missing): sign in on a phone-sized screen, make a
 * link, print its card (the QR code on the page reads back as the link), watch people who open
 * the link counted as <5 and then 5, and see a cross-site form post refused.
 */

import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { type RunningApp, startApp } from "../../src/main.js";
import { decodePng } from "../outreach/qr-decode.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TOKEN = "browser-admin-token-0123456789abcdef";

let dir: string;
let app: RunningApp;
let browser: Browser;
let worker: BrowserContext;
let page: Page;
let evil: Server;
let admin: string;
let code = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "komorebi-admin-"));
  app = await startApp(
    readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: "memory://",
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
      ADMIN_TOKEN: TOKEN,
      ORG_NAME: "こもれびセンター",
    }),
  );
  admin = `http://localhost:${app.port}/admin`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  worker = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "ja-JP",
    isMobile: true,
    hasTouch: true,
  });
  page = await worker.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (evil) await new Promise((resolve) => evil.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

const fitsTheScreen = async (p: Page) =>
  p.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth");

/** Opens the campaign's web link as a new person would: a fresh browser, the chat page. */
async function personOpens(link: string): Promise<void> {
  const context = await browser.newContext({ locale: "ja-JP" });
  const chat = await context.newPage();
  await chat.goto(link);
  await chat.getByRole("button", { name: "ただ話したい" }).waitFor();
  await context.close();
}

async function startedOnWeb(): Promise<string | undefined> {
  await page.goto(`${admin}?lang=en`);
  const row = page.locator("tr", { has: page.locator("td", { hasText: /^web$/ }) }).first();
  return (await row.locator("td").nth(2).textContent()) ?? undefined;
}

describe("the admin page in a browser", () => {
  it("refuses a wrong token and signs in with the right one, on a phone", async () => {
    await page.goto(admin);
    await expect.poll(() => page.title()).toBe("管理ページにサインイン");
    await page.getByLabel("管理トークン").fill("wrong-token");
    await page.getByRole("button", { name: "サインイン" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("トークンが違います");

    await page.getByLabel("管理トークン").fill(TOKEN);
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.getByRole("heading", { name: "キャンペーンのリンクを作る" }).waitFor();
    expect(await fitsTheScreen(page)).toBe(true);
    const cookies = await worker.cookies();
    const session = cookies.find((cookie) => cookie.name === "komorebi_admin");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Strict");
    // HttpOnly: the page's own scripts (there are none) could not read it either.
    expect(await page.evaluate<string>("document.cookie")).toBe("");
  });

  it("creates a link; a name with markup shows as text and runs nothing", async () => {
    const name = `<img src=x onerror="window.__hacked=1">神戸の家族会`;
    await page.getByLabel("キャンペーン名").fill(name);
    await page
      .getByLabel("あいさつ・日本語（任意）")
      .fill("家族会のカードから来てくださったんですね。");
    await page.getByRole("button", { name: "作る" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("リンクを作りました");
    expect(await page.locator(".campaign h3").first().textContent()).toBe(name);
    expect(await page.evaluate<unknown>("window.__hacked")).toBeUndefined();
    code = (await page.locator(".campaign code").first().textContent()) ?? "";
    expect(code).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(await fitsTheScreen(page)).toBe(true);
  });

  it("prints the card: one A6 page, whose QR code reads back as the web link", async () => {
    const card = await worker.newPage();
    await card.goto(`${admin}/campaigns/${code}/card?size=a6&locale=ja`);
    await card.getByRole("heading", { name: "話したくなったときに" }).waitFor();
    const shot = await card.locator(".qr .code").first().screenshot();
    expect(decodePng(shot)).toBe(`http://localhost:${app.port}/?ref=${code}`);
    const pdf = await card.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(await fitsTheScreen(card)).toBe(true);
    // The flyer too: one A4 page (210 x 297 mm is about 595 x 842 points).
    await card.goto(`${admin}/campaigns/${code}/card?size=a4&locale=en`);
    await card.getByRole("heading", { name: "Whenever you feel like talking" }).waitFor();
    const flyer = (await card.pdf({ preferCSSPageSize: true })).toString("latin1");
    expect(flyer.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(flyer).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?/);
    await card.close();
  });

  it("counts people who open the link: <5 until five, never who they were", async () => {
    const link = `http://localhost:${app.port}/?ref=${code}`;
    await personOpens(link);
    expect(await startedOnWeb()).toBe("<5");
    for (let i = 0; i < 4; i++) await personOpens(link);
    expect(await startedOnWeb()).toBe("5");
    const chart = await page.locator("svg.chart title").allTextContents();
    expect(chart.some((title) => title.endsWith(": 5"))).toBe(true);
  });

  it("refuses a form posted to it from another site", async () => {
    evil = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<form id="f" method="post" action="${admin}/campaigns/${code}/revoke">
<input name="csrf" value="guess"><input name="lang" value="en"></form>
<script>document.getElementById("f").submit()</script>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    const port = (evil.address() as AddressInfo).port;
    const attack = await worker.newPage();
    const refused = attack.waitForResponse((response) => response.url().includes("/revoke"));
    await attack.goto(`http://127.0.0.1:${port}/`);
    expect((await refused).status()).toBe(403);
    await attack.close();
    expect((await app.outreach.campaigns.get(code))?.revokedAt).toBeUndefined();
  });

  it("stops the link from its own page, in English", async () => {
    await page.goto(admin);
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("button", { name: "Stop this link" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("The link is stopped");
    expect((await app.outreach.campaigns.get(code))?.revokedAt).toMatch(/^\d{4}-/);
  });
});
