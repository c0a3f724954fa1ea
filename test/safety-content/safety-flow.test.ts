/**
 * The safety responses, through the real core, store, content and risk check: a crisis in the
 * middle of a question, the region's helplines in the person's language, one direct question,
 * the staff notification, "that's not what I meant", the one later check-in, danger at home and
 * concern, and the conversation carrying on afterwards.
 */
import { rm } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content/check.js";
import { defaultContentDir, loadContent } from "../../src/content/load.js";
import type { FlowNode } from "../../src/content/schema.js";
import { assessRisk, type RiskCheck } from "../../src/safety/index.js";
import {
  createFixtureContent,
  createSafetyHarness,
  labelsOf,
  lastChoices,
  type SafetyHarness,
  type SafetyHarnessOptions,
  textOf,
} from "./support.js";

const riskCheck: RiskCheck = assessRisk;

/** Messages the real risk check rates as crisis, concern and danger at home. */
const CRISIS_JA = "死にたい";
const CRISIS_EN = "I want to kill myself";
const DANGER_AT_HOME_JA = "父に殴られる";
const CONCERN_JA = "生きるのがつらい";

/** The lines that fit in a crisis turn: 24-hour chat first, then phone. */
const JP_FIRST_LINES = ["https://talkme.jp/", "0120-279-338", "0120-783-556"];
/** The rest, one "more helplines" away. */
const JP_MORE_LINES = ["0570-783-556", "0120-061-338", "0570-064-556"];
const SAFETY_QUESTION_JA = "いま、死にたい、死のうと考えていますか";
const SAFETY_QUESTION_EN = "Are you thinking about suicide right now?";
const Q1_JA = "好きな季節はどれですか";

it("the risk check rates the messages used here as intended", () => {
  expect(riskCheck(CRISIS_JA, "ja")).toMatchObject({ level: "crisis", dangerAtHome: false });
  expect(riskCheck(CRISIS_EN, "en")).toMatchObject({ level: "crisis", dangerAtHome: false });
  expect(riskCheck(DANGER_AT_HOME_JA, "ja")).toMatchObject({ level: "crisis", dangerAtHome: true });
  expect(riskCheck(CONCERN_JA, "ja")).toMatchObject({ level: "concern", dangerAtHome: false });
});

let h: SafetyHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(options: Partial<SafetyHarnessOptions> = {}): Promise<SafetyHarness> {
  h = await createSafetyHarness({ riskCheck, ...options });
  return h;
}

/** Starts a conversation: the fixture's first question is asked. */
async function atFirstQuestion(
  options: Partial<SafetyHarnessOptions> = {},
): Promise<SafetyHarness> {
  const harnessed = await harness(options);
  const start = await harnessed.send({ type: "start" });
  expect(textOf(start)).toContain(options.locale === "en" ? "Which season" : Q1_JA);
  return harnessed;
}

describe("crisis in the middle of a question", () => {
  it("is short: a bot's acknowledgement, Japan's lines that fit (named), one direct question", async () => {
    const { text, press, staff, state } = await atFirstQuestion();
    const reply = await text(CRISIS_JA);
    const all = textOf(reply);

    expect(reply.messages).toHaveLength(3);
    expect(reply.messages[0]?.type).toBe("text");
    expect(all).toContain("話してくれてありがとうございます");
    expect(all).toContain("ボット");
    expect(all).toContain("相談先（日本）");
    for (const line of JP_FIRST_LINES) expect(all).toContain(line);
    for (const line of JP_MORE_LINES) expect(all).not.toContain(line);
    // 24-hour chat first, then phone.
    expect(all.indexOf("https://talkme.jp/")).toBeLessThan(all.indexOf("0120-279-338"));
    // The person's words are not repeated back (the question names suicide on purpose).
    expect(all.replace(SAFETY_QUESTION_JA, "")).not.toContain(CRISIS_JA);
    expect(all).not.toMatch(/[!！]/);

    const questions = reply.messages.filter((m) => m.type === "choices");
    expect(questions).toHaveLength(1);
    expect(reply.messages.at(-1)).toBe(questions[0]);
    expect(questions[0]?.text).toContain(SAFETY_QUESTION_JA);
    expect(labelsOf(reply)).toEqual([
      "考えている",
      "考えていない",
      "ほかの相談先",
      "そういう意味じゃない",
    ]);
    const more = await press("ほかの相談先");
    for (const line of [...JP_FIRST_LINES, ...JP_MORE_LINES]) expect(textOf(more)).toContain(line);

    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ type: "crisis", channel: "web", locale: "ja", region: "JP" });
    expect(staff[0]?.rules?.length).toBeGreaterThan(0);
    expect(JSON.stringify(staff[0])).not.toContain(CRISIS_JA);

    const saved = await state();
    expect(saved?.position).toEqual({ flow: "safety", node: "listen" });
    expect(saved?.returnTo).toEqual({ flow: "quiz", node: "q1" });
  });

  it("gives 988 (call, text, chat) and Crisis Text Line in English for the US", async () => {
    const { text, staff } = await atFirstQuestion({ region: "US", locale: "en" });
    const reply = await text(CRISIS_EN);
    const all = textOf(reply);
    expect(reply.messages.length).toBeLessThanOrEqual(3);
    expect(all).toContain("Thank you for telling me");
    expect(all).toContain("I'm a bot");
    expect(all).toContain("Helplines (United States)");
    expect(all).toContain("988");
    expect(all).toContain("text 988");
    expect(all).toContain("https://988lifeline.org/chat/");
    expect(all).toContain("text HOME to 741741");
    expect(all).not.toMatch(/[ぁ-んァ-ン]/);
    expect(lastChoices(reply)?.text).toContain(SAFETY_QUESTION_EN);
    expect(staff[0]).toMatchObject({ type: "crisis", locale: "en", region: "US" });
  });

  it("answers in the language the crisis was written in, and carries on in it", async () => {
    const { text, state } = await atFirstQuestion();
    const reply = await text(CRISIS_EN);
    expect(textOf(reply)).toContain("Thank you for telling me");
    expect(textOf(reply)).toContain("0120-279-338");
    expect(textOf(reply)).not.toMatch(/[ぁ-ん]/);
    expect(lastChoices(reply)?.text).toContain(SAFETY_QUESTION_EN);
    expect((await state())?.locale).toBe("en");

    const other = await atFirstQuestion({ region: "US", locale: "en" });
    const ja = await other.text(CRISIS_JA);
    expect(lastChoices(ja)?.text).toContain(SAFETY_QUESTION_JA);
  });

  it("falls back to Find A Helpline and a local emergency number for a region without a file", async () => {
    const { text, press } = await atFirstQuestion({ region: "NZ", locale: "en" });
    expect(textOf(await text(CRISIS_EN))).toContain("https://findahelpline.com/");
    expect(textOf(await press("Yes"))).toContain("112 / 911");
  });

  it('"that\'s not what I meant" goes back to the question they were on, without judgement', async () => {
    const { text, press, state } = await atFirstQuestion();
    await text(CRISIS_JA);
    const back = await press("そういう意味じゃない");
    expect(textOf(back)).toContain("早とちり");
    expect(lastChoices(back)?.text).toContain(Q1_JA);
    expect((await state())?.position).toEqual({ flow: "quiz", node: "q1" });

    const next = await text("春");
    expect(textOf(next)).toContain("朝と夜");
  });

  it('understands "that\'s not what I meant" typed in other words', async () => {
    const { text } = await atFirstQuestion({ region: "US", locale: "en" });
    await text(CRISIS_EN);
    const back = await text("That's not what I meant.");
    expect(lastChoices(back)?.text).toContain("Which season");
  });

  it("yes: emergency numbers (119 before 110), then the offer of a person (a handoff reaches the staff)", async () => {
    const { text, press, staff } = await atFirstQuestion({ handoffAvailable: true });
    await text(CRISIS_JA);
    const yes = await press("考えている");
    const all = textOf(yes);
    expect(all).toContain("119");
    expect(all).toContain("110");
    expect(all.indexOf("119")).toBeLessThan(all.indexOf("110"));
    expect(labelsOf(yes)).toContain("人と話したい");

    // Accepting the offer asks first: when the staff answer, what they see, what to share.
    const person = await press("人と話したい");
    expect(textOf(person)).toContain("スタッフの対応時間です");
    expect(labelsOf(person)).toContain("伝える（ほかはなし）");
    // The risk check alerts staff; the yes alerts again; nothing else before the consent.
    expect(staff.map((event) => event.type)).toEqual(["crisis", "crisis"]);
    const sent = await press("伝える（ほかはなし）");
    expect(textOf(sent)).toContain("スタッフに伝えました");
    expect(staff.map((event) => event.type)).toEqual(["crisis", "crisis", "handoff-request"]);
    expect(staff.at(-1)?.share).toBe("nothing");
    expect(labelsOf(sent)).toContain("いま話せる窓口");
  });

  it("offers no person when no one can be reached; asked anyway, says so and keeps the door open", async () => {
    const { text, press, staff } = await atFirstQuestion({ handoffAvailable: false });
    await text(CRISIS_JA);
    const yes = await press("考えている");
    expect(labelsOf(yes)).not.toContain("人と話したい");
    expect(labelsOf(yes)).toContain("ほかの相談先");
    const person = await text("人と話したい");
    expect(textOf(person)).toContain("人におつなぎすることはできません");
    expect(labelsOf(person)).toContain("話を聞いてくれる窓口");
    expect(staff.map((event) => event.type)).not.toContain("handoff-request");
  });

  it("asking for a person at the safety question goes to the ask-person flow", async () => {
    const { text, state } = await atFirstQuestion();
    await text(CRISIS_JA);
    await text("人と話したい");
    expect((await state())?.position.flow).toBe("ask-person");
  });

  it("safe for now: continues gently and can go back to where they were", async () => {
    const { text, press } = await atFirstQuestion();
    await text(CRISIS_JA);
    const safe = await press("考えていない");
    // No staff channel here: no person is offered.
    expect(labelsOf(safe)).toEqual(["ここで少し話す", "元の話に戻る"]);
    const back = await press("元の話に戻る");
    expect(lastChoices(back)?.text).toContain(Q1_JA);
  });

  it("typed yes or no at the safety question points the right way in each language", async () => {
    const ja = await atFirstQuestion();
    await ja.text(CRISIS_JA);
    expect(textOf(await ja.text("はい"))).toContain("119");
    await ja.close();

    const en = await atFirstQuestion({ region: "US", locale: "en" });
    await en.text(CRISIS_EN);
    expect(textOf(await en.text("yes"))).toContain("911");
    await en.close();

    const no = await atFirstQuestion({ region: "US", locale: "en" });
    await no.text(CRISIS_EN);
    const answer = await no.text("no");
    expect(textOf(answer)).not.toContain("911");
    expect(textOf(answer)).toContain("Thank you for letting me know");
  });

  it.each([
    ["ja", "いいえ。もう飲んだ"],
    ["ja", "ううん、もう切った"],
    ["ja", "いや、さっき全部飲んじゃったし"],
    ["en", "no. already took them"],
    ["en", "nope, took them all about an hour ago"],
    ["en", "yes, I've taken them"],
  ] as const)("an act said as done at the direct question (%s %s) gets the emergency numbers", async (locale, answer) => {
    // "No" to "are you thinking about suicide right now?" because it is already done: not a
    // no, and not free text to listen to, but an overdose or a cut happening now.
    const harnessed = await atFirstQuestion(locale === "en" ? { region: "US", locale } : {});
    await harnessed.text(locale === "en" ? CRISIS_EN : CRISIS_JA);
    const reply = await harnessed.text(answer);
    expect(textOf(reply)).toContain(locale === "en" ? "911" : "119");
    expect(textOf(reply)).not.toContain(
      locale === "en" ? "Thank you for letting me know" : "教えてくれてありがとう",
    );
    expect(harnessed.staff.map((e) => e.type)).toEqual(["crisis", "crisis"]);
  });

  it("the same words with no crisis before them are an ordinary message", async () => {
    const { text, staff } = await atFirstQuestion();
    const reply = await text("いいえ。もう飲んだ");
    expect(textOf(reply)).not.toContain("119");
    expect(staff).toEqual([]);
  });

  it.each([
    ["ja", "うん"],
    ["ja", "たぶん"],
    ["ja", "たまに思う"],
    ["ja", "ちょっと"],
    ["ja", "わからない"],
    ["en", "maybe"],
    ["en", "kinda"],
    ["en", "idk"],
    ["en", "sometimes"],
    ["en", "yes i am"],
    ["en", "yep. every day"],
    ["en", "yes, since this morning"],
    ["en", "yes. tonight."],
  ] as const)("a hedged answer or a yes with more (%s %s) is answered as yes", async (locale, answer) => {
    const harnessed = await atFirstQuestion(locale === "en" ? { region: "US", locale } : {});
    await harnessed.text(locale === "en" ? CRISIS_EN : CRISIS_JA);
    const reply = await harnessed.text(answer);
    expect(textOf(reply)).toContain(locale === "en" ? "911" : "119");
    expect(harnessed.staff.map((e) => e.type)).toEqual(["crisis", "crisis"]);
  });

  it.each([
    ["ja", "危ない"],
    ["en", "not safe"],
  ] as const)("'I'm not safe' typed in other words while listening (%s %s) leads to the emergency numbers", async (locale, typed) => {
    const harnessed = await atFirstQuestion(locale === "en" ? { region: "US", locale } : {});
    await harnessed.text(locale === "en" ? CRISIS_EN : CRISIS_JA);
    const heard = await harnessed.text(
      locale === "en" ? "it's been a long week" : "今週ずっと長かった",
    );
    expect(labelsOf(heard)).toContain(locale === "en" ? "I'm not safe" : "危ないかもしれない");
    const reply = await harnessed.text(typed);
    expect(textOf(reply)).toContain(locale === "en" ? "911" : "119");
    expect(harnessed.staff.map((e) => e.type)).toEqual(["crisis", "crisis"]);
  });

  it("a yes that also holds a no is not answered as yes", async () => {
    const harnessed = await atFirstQuestion({ region: "US", locale: "en" });
    await harnessed.text(CRISIS_EN);
    const reply = await harnessed.text("yes but i'm okay now");
    expect(textOf(reply)).not.toContain("911");
    expect(harnessed.staff.map((e) => e.type)).toEqual(["crisis"]);
  });

  it("asks the same direct question, naming suicide, in both languages", async () => {
    const ja = await atFirstQuestion();
    const en = await atFirstQuestion({ region: "US", locale: "en" });
    expect(lastChoices(await ja.text(CRISIS_JA))?.text).toContain("死にたい、死のうと");
    expect(lastChoices(await en.text(CRISIS_EN))?.text).toContain("suicide");
    await ja.close();
  });

  it("free text at the safety question is listened to, with the helplines kept close", async () => {
    const { text } = await atFirstQuestion();
    await text(CRISIS_JA);
    const first = await text("いまは話したくない気分");
    expect(textOf(first)).toContain("書いてくれてありがとうございます");
    expect(textOf(first)).toContain("上の相談先");
    expect(labelsOf(first)).toContain("ほかの相談先");

    const more = await text("なんとなく");
    expect(more.messages).toHaveLength(1);
    expect(textOf(more)).toContain("読んでいます");
    expect(labelsOf(more)).toContain("元の話に戻る");
  });

  it("skipping the safety question is fine and the conversation stays open", async () => {
    const { text, state } = await atFirstQuestion();
    await text(CRISIS_JA);
    const skipped = await text("答えたくない");
    expect(textOf(skipped)).toContain("ここにいます");
    expect(lastChoices(skipped)).toBeDefined();
    expect((await state())?.lifecycle).not.toBe("ended");

    // One skip at the listening prompt does not close it; a second one goes back.
    const quiet = await text("答えたくない");
    expect(textOf(quiet)).toContain("書かなくても大丈夫です");
    expect(labelsOf(quiet)).toContain("ほかの相談先");
    const back = await text("答えたくない");
    expect(lastChoices(back)?.text).toContain(Q1_JA);
  });
});

describe("the check-in after a crisis", () => {
  it("happens once, later, when the person is back at the menu", async () => {
    const { text, press } = await atFirstQuestion({ checkInAfterTurns: 3 });
    await text(CRISIS_JA);
    await press("考えていない");
    await press("元の話に戻る"); // back at q1
    const q2 = await press("春"); // the countdown ran out here, but this is not the menu
    expect(textOf(q2)).not.toContain("さっきはとてもつらそうでした");
    expect(lastChoices(q2)?.text).toContain("朝と夜");

    const atMenu = await press("夜");
    expect(textOf(atMenu)).toContain("答えてくれてありがとうございます");
    expect(lastChoices(atMenu)?.text).toContain("さっきはとてもつらそうでした");
    expect(labelsOf(atMenu)).toEqual(["少しましになった", "まだつらい", "言いたくない"]);
    expect(atMenu.messages.filter((m) => m.type === "choices")).toHaveLength(1);

    const better = await press("少しましになった");
    expect(textOf(better)).toContain("教えてくれてありがとうございます");
    expect(lastChoices(better)?.text).toContain("どうしましょうか");

    for (const words of ["えっと", "うーん", "なんでもない", "はい"]) {
      expect(textOf(await text(words))).not.toContain("さっきはとてもつらそうでした");
    }
  });

  it('"still hard" leads back to the direct question', async () => {
    const { text, press } = await atFirstQuestion({ checkInAfterTurns: 1 });
    await text(CRISIS_JA);
    await press("考えていない");
    await press("元の話に戻る");
    await press("春");
    await press("夜"); // menu, check-in
    const hard = await press("まだつらい");
    expect(lastChoices(hard)?.text).toContain(SAFETY_QUESTION_JA);
    const yes = await press("考えている");
    expect(textOf(yes)).toContain("0120-279-338");
  });
});

describe("a misunderstanding", () => {
  it('"that\'s not what I meant" cancels the later check-in', async () => {
    const { text, press } = await atFirstQuestion({ checkInAfterTurns: 1 });
    await text(CRISIS_JA);
    await press("そういう意味じゃない");
    await press("春");
    const atMenu = await press("夜");
    expect(textOf(atMenu)).not.toContain("さっきはとてもつらそうでした");
  });
});

describe("danger at home", () => {
  it("lists the police first, then Japan's violence and abuse lines, then asks whether they are safe", async () => {
    const { text, press, staff } = await atFirstQuestion();
    const reply = await text(DANGER_AT_HOME_JA);
    const all = textOf(reply);
    expect(reply.messages).toHaveLength(3);
    expect(all).toContain("暴力や虐待の相談先（日本）");
    const police = all.indexOf("110");
    const dv = all.indexOf("0120-279-889");
    const child = all.indexOf("189");
    expect(police).toBeGreaterThanOrEqual(0);
    expect(dv).toBeGreaterThan(police);
    expect(child).toBeGreaterThan(dv);
    expect(all).not.toContain(DANGER_AT_HOME_JA);
    expect(lastChoices(reply)?.text).toContain("安全な場所にいますか");
    expect(staff[0]?.type).toBe("crisis");

    const more = await press("ほかの相談先");
    expect(textOf(more)).toContain("#8008");
    expect(textOf(more)).toContain("#9110");
  });

  it("not safe: the emergency numbers and a word on moving somewhere safer", async () => {
    const { text, press } = await atFirstQuestion();
    await text(DANGER_AT_HOME_JA);
    const notSafe = await press("安全ではない");
    expect(textOf(notSafe)).toContain("110");
    expect(textOf(notSafe)).toContain("安全なところ");
  });

  it("not safe typed: the same answer, not a fresh crisis response, and the staff hear", async () => {
    const { text, staff } = await atFirstQuestion();
    await text(DANGER_AT_HOME_JA);
    const before = staff.length;
    // 安全じゃない alone reads as a risk; at this question it is the answer "not safe".
    const notSafe = await text("安全じゃない");
    expect(textOf(notSafe)).toContain("110");
    expect(textOf(notSafe)).toContain("安全なところ");
    expect(staff.length).toBe(before + 1);
  });

  it.each([
    ["ja", "いいえ、まだ家にいる"],
    ["ja", "ううん、部屋の前にいる"],
    ["en", "nope"],
    ["en", "no he's still here"],
    ["en", "not really, he's drunk"],
  ] as const)("not safe, said with more (%s %s): the not-safe answer, and the staff hear", async (locale, answer) => {
    const harnessed = await atFirstQuestion(locale === "en" ? { region: "US", locale } : {});
    await harnessed.text(locale === "en" ? "my dad hits me" : DANGER_AT_HOME_JA);
    const before = harnessed.staff.length;
    const reply = await harnessed.text(answer);
    expect(textOf(reply)).toContain(locale === "en" ? "911" : "110");
    expect(textOf(reply)).toContain(locale === "en" ? "somewhere safer" : "安全なところ");
    expect(harnessed.staff.length).toBe(before + 1);
  });

  it("a calm answer with more said after it is listened to, with 'not safe' one tap away", async () => {
    const { text, staff } = await atFirstQuestion();
    await text(DANGER_AT_HOME_JA);
    const before = staff.length;
    const reply = await text("はい、友達の家にいます");
    expect(textOf(reply)).not.toContain("安全なところ");
    expect(labelsOf(reply)).toContain("危ないかもしれない");
    expect(staff.length).toBe(before);
  });
});

describe("concern", () => {
  it("asks gently and directly, offers the lines without alarm, and the conversation carries on", async () => {
    const { text, press, staff } = await atFirstQuestion();
    const reply = await text(CONCERN_JA);
    const all = textOf(reply);
    expect(all).toContain("教えてくれてありがとうございます");
    expect(all).not.toContain(CONCERN_JA);
    expect(lastChoices(reply)?.text).toContain(SAFETY_QUESTION_JA);
    expect(staff).toHaveLength(0);

    const no = await press("考えていない");
    expect(textOf(no)).toContain("0120-279-338");
    expect(textOf(no)).not.toContain("110");
    const back = await press("元の話に戻る");
    expect(lastChoices(back)?.text).toContain(Q1_JA);
    const q2 = await press("秋");
    expect(lastChoices(q2)?.text).toContain("朝と夜");
    const done = await press("朝");
    expect(textOf(done)).toContain("答えてくれてありがとうございます");
  });

  it("a yes to the concern question leads to the crisis lines and the offer of emergency help", async () => {
    const { text, press, staff } = await atFirstQuestion();
    await text(CONCERN_JA);
    const yes = await press("考えている");
    expect(textOf(yes)).toContain("0120-279-338");
    expect(labelsOf(yes)).toContain("危ないかもしれない");
    expect(staff.map((e) => e.type)).toEqual(["crisis"]);
    expect(textOf(await press("危ないかもしれない"))).toContain("119");
  });
});

describe("an edited message", () => {
  it("that turns into a crisis gets the crisis response; the flow does not move for other edits", async () => {
    const { send, staff, state } = await atFirstQuestion();
    const before = await state();
    const typo = await send({ type: "edit", text: "春です" });
    expect(typo.messages).toHaveLength(0);
    expect((await state())?.position).toEqual(before?.position);
    expect((await state())?.turns).toBe(before?.turns);

    const edited = await send({ type: "edit", text: CRISIS_JA });
    expect(textOf(edited)).toContain("0120-279-338");
    expect(lastChoices(edited)?.text).toContain(SAFETY_QUESTION_JA);
    expect(staff).toHaveLength(1);
    expect((await state())?.returnTo).toEqual({ flow: "quiz", node: "q1" });
  });

  it("from someone the bot has no conversation with creates nothing unless it shows risk", async () => {
    const { send, state, staff } = await harness();
    expect((await send({ type: "edit", text: "typo fixed" })).messages).toHaveLength(0);
    expect(await state()).toBeUndefined();
    const crisis = await send({ type: "edit", text: CRISIS_JA });
    expect(textOf(crisis)).toContain("0120-279-338");
    expect(staff).toHaveLength(1);
  });
});

describe("the safety content", () => {
  it("passes the content check as shipped (findings in other people's files aside)", async () => {
    const content = await loadContent(defaultContentDir, { schemaOnly: true });
    const ours = checkContent(content).filter(
      (finding) =>
        finding.file.endsWith("flows/safety.yaml") || finding.file.startsWith("resources/"),
    );
    expect(ours).toEqual([]);
  });

  it("never ends a conversation, and every question can be skipped", async () => {
    const { dir, content } = await createFixtureContent();
    const flow = content.flows.get("safety");
    expect(flow).toBeDefined();
    const nodes = Object.entries(flow?.nodes ?? {}) as [string, FlowNode][];
    expect(nodes.filter(([, node]) => node.type === "end").map(([id]) => id)).toEqual([]);
    const unskippable = nodes
      .filter(([, node]) => (node.type === "ask" || node.type === "input") && !node.skip)
      .map(([id]) => id);
    expect(unskippable).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});
