/**
 * Words are met with listening: at the menu and the topic menus, what someone types gets an
 * acknowledgement that fits hard news and then the choices again (or room to keep writing), never
 * the error line; the acknowledgements take turns; every free-text question shows a way past it
 * and a way to say "that's all"; only a number that is no choice gets the gentle error.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { afterFreeText } from "../../src/content/banned-phrases.js";
import { createHarness, type Harness, lastChoices, textOf } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const NOT_UNDERSTOOD_JA = "その番号のものは";
const unfit = (locale: string, text: string) =>
  (afterFreeText[locale] ?? []).filter((rule) => rule.pattern.test(text)).map((r) => r.why);

describe("free text at a question with choices", () => {
  it("at the menu: acknowledged, then room to keep writing; never the error line", async () => {
    await h.send({ type: "start" });
    const reply = await h.text("話を聞いてほしい。親がうるさくて");
    const all = textOf(reply);
    expect(all).not.toContain(NOT_UNDERSTOOD_JA);
    expect(all).not.toContain("うまく受け取れませんでした");
    expect(unfit("ja", all)).toEqual([]);
    expect(reply.messages[0]?.text).toMatch(/ありがとうございます/);
    expect(lastChoices(reply)?.choices.map((c) => c.label)).toEqual(["これで全部", "答えたくない"]);
    expect((await h.state())?.position).toEqual({ flow: "just-talk", node: "more" });
  });

  it("at a topic menu: acknowledged, then the same choices again, in English too", async () => {
    const en = await createHarness({ locale: "en" });
    try {
      await en.send({ type: "start" }, { localeHint: "en" });
      const topics = await en.press("For family members");
      const labels = lastChoices(topics)?.choices.map((c) => c.label);
      const reply = await en.text("my son hasn't left his room in two years", { localeHint: "en" });
      expect(textOf(reply)).not.toContain("couldn't find anything with that number");
      expect(unfit("en", textOf(reply))).toEqual([]);
      expect(lastChoices(reply)?.choices.map((c) => c.label)).toEqual(labels);
    } finally {
      await en.close();
    }
  });

  it("the acknowledgements take turns instead of repeating", async () => {
    await h.send({ type: "start" });
    await h.press("居場所をさがす");
    const said = new Set<string>();
    for (const words of ["外に出るのがこわい", "人と話すのが苦手", "オンラインのこと"]) {
      const reply = await h.text(words);
      said.add(reply.messages[0]?.text ?? "");
      expect(lastChoices(reply)?.text).toContain("どんな場所");
    }
    expect(said.size).toBeGreaterThan(1);
  });

  it("a number that is no choice gets the gentle error, and the choices again", async () => {
    await h.send({ type: "start" });
    const reply = await h.text("42");
    expect(textOf(reply)).toContain(NOT_UNDERSTOOD_JA);
    expect(lastChoices(reply)?.text).toContain("どうしましょうか");
  });
});

describe("free-text questions", () => {
  it("show a way past them and a way to say that's all; each does what it says", async () => {
    await h.send({ type: "start" });
    await h.press("ただ話したい");
    const asked = await h.press("今日のこと");
    expect(lastChoices(asked)?.choices.map((c) => c.label)).toEqual(["これで全部", "答えたくない"]);
    const done = await h.press("これで全部");
    expect(lastChoices(done)?.text).toContain("ほかにも話したいこと");
    expect((await h.state())?.skipped).not.toContain("just-talk.today");

    await h.press("もう少し話す");
    await h.press("今日のこと");
    const typed = await h.text("以上です");
    expect(lastChoices(typed)?.text).toContain("ほかにも話したいこと");

    await h.press("もう少し話す");
    await h.press("今日のこと");
    const skipped = await h.press("答えたくない");
    expect(lastChoices(skipped)?.text).toContain("ほかにも話したいこと");
  });

  it("an answer is acknowledged with words that fit hard news, then room to write more", async () => {
    await h.send({ type: "start" });
    await h.press("ただ話したい");
    await h.press("気になっていること");
    const reply = await h.text("親とうまく話せない");
    expect(unfit("ja", textOf(reply))).toEqual([]);
    expect(lastChoices(reply)?.text).toContain("続けて書きたいこと");
  });
});

describe("offers the deployment cannot keep", () => {
  it("a hidden choice cannot be typed or pressed either", async () => {
    await h.send({ type: "start" });
    await h.press("設定");
    // The English label: any locale's label picks a visible choice, but not a hidden one.
    const typed = await h.text("Check-ins");
    expect(lastChoices(typed)?.text).toContain("どの設定");
    expect((await h.state())?.position).toEqual({ flow: "settings", node: "main" });
    const pressed = await h.send({ type: "choice", choiceId: "settings.main.check-in" });
    expect(textOf(pressed)).toContain("少し前のメッセージ");
  });

  it("talk to a person, with no one to answer: the truth first, nothing asked, nothing sent", async () => {
    await h.send({ type: "start" });
    const reply = await h.text("人と話したい");
    expect(reply.messages[0]?.text).toContain("返事ができるスタッフがいない");
    expect(textOf(reply)).not.toContain("伝えてもいいですか");
    expect(h.staff).toEqual([]);
  });

  it("with staff who answer: what is shared, then consent; the request only after yes", async () => {
    const staffed = await createHarness({ handoffAvailable: true });
    try {
      await staffed.send({ type: "start" });
      const reply = await staffed.text("人と話したい");
      expect(textOf(reply)).toContain("名前やアカウントは伝わりません");
      // What is written after the request reaches the staff: said before the consent.
      expect(textOf(reply)).toContain("伝えたあとにここで書いたことは、スタッフに届きます");
      expect(lastChoices(reply)?.text).toContain("伝えてもいいですか");
      expect(staffed.staff).toEqual([]);
      await staffed.press("伝える（ほかはなし）");
      expect(staffed.staff.map((event) => event.type)).toEqual(["handoff-request"]);
    } finally {
      await staffed.close();
    }
  });

  it("deleting says what was deleted and how to clear the chat in the app", async () => {
    const line = { channel: "line" } as const;
    await h.send({ type: "start" }, line);
    await h.text("データを消して", line);
    const deleted = await h.press("はい、消してください", line);
    expect(textOf(deleted)).toContain("アプリでこのトーク");
    expect(await h.store.conversations.get(h.core.pseudonym("line", "alice"))).toBeUndefined();
  });

  it("in the web chat, which has no app, deleting says the page was cleared too", async () => {
    await h.send({ type: "start" });
    await h.text("データを消して");
    const deleted = await h.press("はい、消してください");
    expect(textOf(deleted)).toContain("この画面に出ていた会話も消しました");
    expect(textOf(deleted)).not.toContain("アプリ");
    expect(await h.state()).toBeUndefined();
  });
});
