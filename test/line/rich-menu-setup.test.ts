/**
 * `komorebi line setup` against the fake Messaging API, with the real app answering LINE's
 * endpoint test: the first run creates a menu per locale (with its image), the aliases, the
 * default and the webhook; a second run changes nothing; a deployment with staff gets the
 * "talk to a person" area and one without does not; what cannot be done fails with a fix.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLineCommand } from "../../src/cli/line.js";
import { readConfig } from "../../src/config.js";
import { decodeShortcut } from "../../src/core/shortcut.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { captureIo } from "../support/captured-io.js";
import type { StoredRichMenu } from "./fake-line-channel.js";
import { type FakeMessagingApi, startFakeMessagingApi } from "./fake-messaging-api.js";
import { CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET } from "./fixtures.js";

let fake: FakeMessagingApi;
let running: TestApp;

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  running = await startTestApp({
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: fake.url,
  });
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

/** Runs `komorebi line setup` with the environment the operator would have. */
async function setup(env: Record<string, string> = {}) {
  const captured = captureIo();
  const config = () =>
    readConfig({
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
      PUBLIC_URL: `${running.base}/`,
      LOG_LEVEL: "silent",
      ...env,
    });
  const code = await runLineCommand(["setup"], config, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

const aliasedMenu = (locale: string): StoredRichMenu | undefined => {
  const id = fake.channel.aliases.get(`komorebi-${locale}`);
  return id ? fake.channel.richMenus.get(id) : undefined;
};
const shortcutsOf = (menu: StoredRichMenu | undefined) =>
  (menu?.areas ?? []).map((area) => decodeShortcut(String(area.action.data)));

describe("komorebi line setup", () => {
  it("creates a menu per locale with its image, the aliases, the default and the webhook", async () => {
    const first = await setup();
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const ja = aliasedMenu("ja");
    const en = aliasedMenu("en");
    expect(fake.channel.richMenus.size).toBe(2);
    for (const menu of [ja, en]) {
      expect(menu?.image?.contentType).toBe("image/png");
      expect(menu?.size).toEqual({ width: 2500, height: 1686 });
      expect(menu?.selected).toBe(true);
    }
    expect(ja?.chatBarText).toBe("メニュー");
    expect(en?.chatBarText).toBe("Menu");
    expect(fake.channel.defaultMenu).toBe(ja?.richMenuId);
    expect(fake.channel.webhook.endpoint).toBe(`${running.base}/webhooks/line`);
    expect(first.stdout).toMatch(/changed +created rich menu ja \(komorebi ja [0-9a-f]{12}\)/);
    expect(first.stdout).toContain("created rich menu alias komorebi-en");
    expect(first.stdout).toContain(`webhook URL set to ${running.base}/webhooks/line`);
    // LINE's endpoint test reached the running app, which answered its signed empty webhook.
    expect(first.stdout).toContain(
      `LINE's endpoint test reached ${running.base}/webhooks/line (HTTP 200)`,
    );
  });

  it("labels and postbacks follow content; without staff there is no 'talk to a person'", () => {
    const ja = aliasedMenu("ja");
    const actions = (ja?.areas ?? []).map((area) => area.action);
    expect(actions.map((action) => action.label)).toEqual([
      "いま、とてもつらい",
      "メニュー",
      "ひきこもりと相談先",
      "設定",
      "やめる",
    ]);
    for (const action of actions) {
      expect(action).toMatchObject({ type: "postback", inputOption: "closeRichMenu" });
      expect(action.displayText).toBe(action.label);
    }
    expect(shortcutsOf(ja)).toEqual([
      { choice: { flow: "menu", node: "main", choice: "very-hard" } },
      { command: "menu" },
      { choice: { flow: "menu", node: "main", choice: "info" } },
      { choice: { flow: "menu", node: "main", choice: "settings" } },
      { command: "stop" },
    ]);
    // The first row's two areas share its width: the hard-moment area is the wide one.
    expect(ja?.areas[0]?.bounds).toEqual({ x: 0, y: 0, width: 1250, height: 843 });
    expect(aliasedMenu("en")?.areas.map((area) => area.action.label)).toContain("Stop");
  });

  it("a second run changes nothing and says so", async () => {
    const changes = fake.channelChanges().length;
    const menus = [...fake.channel.richMenus.keys()];
    const second = await setup();
    expect(second.code).toBe(0);
    expect(fake.channelChanges()).toHaveLength(changes);
    expect([...fake.channel.richMenus.keys()]).toEqual(menus);
    expect(second.stdout).not.toMatch(/^changed/m);
    expect(second.stdout).toContain("rich menu ja is up to date");
    expect(second.stdout).toContain("LINE set-up: done, nothing needed changing");
  });

  it("with staff answering, the menus are replaced by ones with 'talk to a person'; the old go", async () => {
    const before = [...fake.channel.richMenus.keys()];
    // A staff group that takes requests to talk (the same bot's Telegram token serves it).
    const run = await setup({
      TELEGRAM_BOT_TOKEN: "123456:TEST-token_abc",
      STAFF_TELEGRAM_CHAT_ID: "-1001234567890",
      STAFF_HOURS: "always",
    });
    expect(run.code).toBe(0);
    const ja = aliasedMenu("ja");
    expect(shortcutsOf(ja)).toContainEqual({ command: "human" });
    expect(ja?.areas).toHaveLength(6);
    expect(fake.channel.richMenus.size).toBe(2);
    for (const old of before) expect(fake.channel.richMenus.has(old)).toBe(false);
    expect(fake.channel.defaultMenu).toBe(ja?.richMenuId);
    expect(run.stdout).toContain("pointed rich menu alias komorebi-ja at it");
    expect(run.stdout).toMatch(/deleted the replaced rich menu komorebi ja [0-9a-f]{12}/);
    // And back: the set-up follows the deployment, not the other way round.
    expect((await setup()).code).toBe(0);
    expect(shortcutsOf(aliasedMenu("ja"))).not.toContainEqual({ command: "human" });
  });

  it("points a webhook registered elsewhere back at PUBLIC_URL", async () => {
    fake.channel.webhook = { endpoint: "https://old.example.org/hook", active: true };
    const run = await setup();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("(was https://old.example.org/hook)");
    expect(fake.channel.webhook.endpoint).toBe(`${running.base}/webhooks/line`);
  });

  it("says that “Use webhook” is off, which no API can change", async () => {
    fake.channel.webhook = { ...fake.channel.webhook, active: false };
    const run = await setup();
    expect(run.stdout).toMatch(/warning +“Use webhook” is off/);
    expect(run.stdout).toContain("turn on “Use webhook”");
    fake.channel.webhook = { ...fake.channel.webhook, active: true };
  });

  it("fails with what to do when the endpoint test cannot reach komorebi", async () => {
    const run = await setup({ PUBLIC_URL: "http://127.0.0.1:9/" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/failed +LINE's endpoint test did not reach komorebi/);
    expect(run.stdout).toContain("→ start komorebi (npm start) at PUBLIC_URL");
    await setup();
  });

  it("fails at once, with the fix, on a token LINE refuses", async () => {
    const changes = fake.channelChanges().length;
    const run = await setup({ LINE_CHANNEL_ACCESS_TOKEN: "not-the-token" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/failed +LINE refused the channel access token \(HTTP 401/);
    expect(run.stdout).toContain("set LINE_CHANNEL_ACCESS_TOKEN");
    expect(fake.channelChanges()).toHaveLength(changes);
  });

  it("without PUBLIC_URL, sets up the menus and says what the webhook needs", async () => {
    const run = await setup({ PUBLIC_URL: "" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("rich menu ja is up to date");
    expect(run.stdout).toMatch(/failed +webhook: PUBLIC_URL is not set/);
  });
});
