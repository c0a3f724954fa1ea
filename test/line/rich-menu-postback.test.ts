/**
 * The rich menu in use, through the real webhook path: signed postbacks into the running app,
 * with the menus `line setup` put on the fake Messaging API. A tap on an area does what typing
 * its word does, at any step (in the middle of a question, after stop, after the person's data
 * was deleted), and a person's menu follows the conversation's language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLineCommand } from "../../src/cli/line.js";
import { readConfig } from "../../src/config.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { captureIo } from "../support/captured-io.js";
import { type FakeBotApi, startFakeBotApi } from "../telegram/fake-bot-api.js";
import {
  type FakeMessagingApi,
  type RecordedCall,
  startFakeMessagingApi,
} from "./fake-messaging-api.js";
import {
  CHANNEL_ACCESS_TOKEN,
  CHANNEL_SECRET,
  followEvent,
  postbackEvent,
  postToLine,
  replyToken,
  textEvent,
  userId,
} from "./fixtures.js";

let fake: FakeMessagingApi;
let running: TestApp;
/** Postback data of the Japanese menu's areas, by label. */
const areas = new Map<string, string>();

beforeAll(async () => {
  fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
  const env = {
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
    LINE_API_BASE_URL: fake.url,
  };
  running = await startTestApp(env);
  const code = await runLineCommand(
    ["setup"],
    () => readConfig({ ...env, PUBLIC_URL: running.base, LOG_LEVEL: "silent" }),
    captureIo().io,
  );
  expect(code).toBe(0);
  const ja = fake.channel.richMenus.get(fake.channel.aliases.get("komorebi-ja") ?? "");
  for (const area of ja?.areas ?? [])
    areas.set(String(area.action.label), String(area.action.data));
});
afterAll(async () => {
  await running?.close();
  await fake?.close();
});

/** Sends one event with a fresh reply token; the answer the person sees (texts and buttons). */
async function exchange(event: (token: string) => object): Promise<string[]> {
  const token = replyToken();
  expect(await postToLine(running.base, [event(token)])).toBe(200);
  const [reply] = await fake.waitFor(() => fake.repliesWith(token));
  return shown(reply as RecordedCall);
}

const shown = (call: RecordedCall): string[] =>
  (call.body.messages ?? []).flatMap((message) => [
    message.text ?? "",
    ...(message.quickReply?.items ?? []).map((item) => `[${item.action?.label}]`),
  ]);

/** The person's chat, with taps on quick replies by their label. */
function person(profileLanguage?: string) {
  const user = userId();
  if (profileLanguage) fake.setProfile(user, { language: profileLanguage });
  let last: string[] = [];
  const quickReplyData = () => {
    const reply = fake.calls.filter((call) => call.path === "/v2/bot/message/reply").at(-1);
    return reply?.body.messages?.at(-1)?.quickReply?.items ?? [];
  };
  const run = async (event: (token: string) => object) => {
    last = await exchange(event);
    return last;
  };
  return {
    user,
    follow: () => run((t) => followEvent(user, { replyToken: t })),
    type: (text: string) => run((t) => textEvent(user, text, { replyToken: t })),
    /** Taps a quick reply of the last answer (must be this person's last answer). */
    press: (label: string) => {
      const data = quickReplyData().find((item) => item.action?.label === label)?.action?.data;
      if (!data) throw new Error(`no quick reply "${label}" in ${last.join(" | ")}`);
      return run((t) => postbackEvent(user, data, { replyToken: t }));
    },
    tap: (label: string) => {
      const data = areas.get(label);
      if (!data) throw new Error(`no rich menu area "${label}": ${[...areas.keys()].join(", ")}`);
      return run((t) => postbackEvent(user, data, { replyToken: t }));
    },
    menu: () => fake.channel.userMenus.get(user),
  };
}

/** Two people at the same question in the middle of a flow: where the region is asked. */
async function twoAtAQuestion() {
  const [tapping, typing] = [person(), person()];
  for (const someone of [tapping, typing]) {
    await someone.follow();
    await someone.press("設定");
    const region = await someone.press("住んでいる地域");
    expect(region.join("\n")).toContain("どこに住んでいるか");
  }
  return { tapping, typing };
}

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

describe("the rich menu", () => {
  it("has the areas content gives a deployment without staff", () => {
    expect([...areas.keys()]).toEqual([
      "いま、とてもつらい",
      "メニュー",
      "ひきこもりと相談先",
      "設定",
      "やめる",
    ]);
  });

  it.each([
    ["やめる", "やめる"],
    ["メニュー", "メニュー"],
  ])("「%s」 tapped mid-question answers as typing 「%s」 does", async (area, word) => {
    const { tapping, typing } = await twoAtAQuestion();
    const tapped = await tapping.tap(area);
    const typed = await typing.type(word);
    expect(tapped).toEqual(typed);
    expect(tapped.length).toBeGreaterThan(0);
  });

  it.each([
    ["いま、とてもつらい", "話を聞いてくれる人たちがいます"],
    ["ひきこもりと相談先", "ひきこもりのことや、相談できる場所について"],
    ["設定", "どの設定を変えますか"],
  ])("「%s」 tapped mid-question answers as the menu's own button does", async (area, expected) => {
    const { tapping, typing } = await twoAtAQuestion();
    const tapped = await tapping.tap(area);
    await typing.type("メニュー");
    const pressed = await typing.press(area);
    expect(tapped).toEqual(pressed);
    expect(tapped.join("\n")).toContain(expected);
  });

  it("works after stop, where a typed word would only be welcomed back", async () => {
    const someone = person();
    await someone.follow();
    expect((await someone.tap("やめる")).join("\n")).toContain("ここでやめます");
    const information = await someone.tap("ひきこもりと相談先");
    expect(information.join("\n")).toContain("ひきこもりのことや、相談できる場所について");
    expect(information.join("\n")).not.toContain("おかえりなさい");
  });

  it("after a deletion, 「いま、とてもつらい」 answers at once with people who listen, not with a welcome", async () => {
    const someone = person();
    await someone.follow();
    await someone.type("データを消して");
    expect((await someone.press("はい、消してください")).join("\n")).toContain("記録");
    const answer = (await someone.tap("いま、とてもつらい")).join("\n");
    expect(answer).toContain("話を聞いてくれる人たちがいます");
    expect(answer).toContain("よりそいホットライン");
    expect(answer).not.toContain("はじめまして");
  });

  it("the menu tapped by someone new starts with the welcome, which says what this is", async () => {
    const someone = person();
    expect((await someone.tap("メニュー")).join("\n")).toContain("チャットボットです");
  });

  it("follows the person's language: English from the profile, a change in settings, back to the default on deletion", async () => {
    const en = fake.channel.aliases.get("komorebi-en");
    const ja = fake.channel.aliases.get("komorebi-ja");
    expect(en).toBeDefined();
    const english = person("en-US");
    expect((await english.follow()).join("\n")).toContain("Hello, I'm komorebi");
    await eventually(() => english.menu() === en);

    const someone = person("ja");
    await someone.follow();
    await eventually(() => someone.menu() === ja);
    await someone.press("設定");
    await someone.press("言語");
    expect((await someone.press("English")).join("\n")).toContain("I'll speak English");
    await eventually(() => someone.menu() === en);

    await someone.type("delete my data");
    await someone.press("Yes, delete it");
    await eventually(() => someone.menu() === undefined);
  });
});

describe("the rich menu where staff answer", () => {
  let staffed: TestApp;
  let telegram: FakeBotApi;
  const staffedAreas = new Map<string, string>();

  beforeAll(async () => {
    // Staff answer where a staff group takes requests: a Telegram forum group, on its fake.
    telegram = await startFakeBotApi();
    telegram.forum(-1001234567890, []);
    const env = {
      LINE_CHANNEL_SECRET: CHANNEL_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: CHANNEL_ACCESS_TOKEN,
      LINE_API_BASE_URL: fake.url,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.url,
      STAFF_TELEGRAM_CHAT_ID: "-1001234567890",
      STAFF_HOURS: "always",
    };
    staffed = await startTestApp(env);
    const config = () => readConfig({ ...env, PUBLIC_URL: staffed.base, LOG_LEVEL: "silent" });
    expect(await runLineCommand(["setup"], config, captureIo().io)).toBe(0);
    const ja = fake.channel.richMenus.get(fake.channel.aliases.get("komorebi-ja") ?? "");
    for (const area of ja?.areas ?? []) {
      staffedAreas.set(String(area.action.label), String(area.action.data));
    }
  });
  afterAll(async () => {
    await staffed?.close();
    await telegram?.close();
  });

  it("「人と話したい」 tapped mid-question answers as typing it does", async () => {
    const data = staffedAreas.get("人と話したい");
    expect(data).toBeDefined();
    const answers: string[][] = [];
    for (const tap of [true, false]) {
      const user = userId();
      const say = async (event: (token: string) => object) => {
        const token = replyToken();
        expect(await postToLine(staffed.base, [event(token)])).toBe(200);
        const [reply] = await fake.waitFor(() => fake.repliesWith(token));
        return shown(reply as RecordedCall);
      };
      await say((t) => followEvent(user, { replyToken: t }));
      await say((t) => textEvent(user, "ただ話したい", { replyToken: t }));
      answers.push(
        await say((t) =>
          tap
            ? postbackEvent(user, data ?? "", { replyToken: t })
            : textEvent(user, "人と話したい", { replyToken: t }),
        ),
      );
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.join("\n")).toContain("スタッフに伝えてもいいですか");
  });
});
