/**
 * The cases at the top of issue 12, walked as whole conversations through the real core, the
 * shipped content, the real risk check (rules, learned layer, context) and a memory store.
 * Nothing of ours is faked.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { HandleResult } from "../../src/core/types.js";
import { createHarness, type Harness, lastChoices, textOf } from "../support/harness.js";

const DIRECT_QUESTION_JA = "死にたい、死のうと考えていますか";
const DIRECT_QUESTION_EN = "Are you thinking about suicide right now?";
const NOT_UNDERSTOOD = ["うまく受け取れませんでした", "I didn't quite catch that"];

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function started(options: { region?: string; locale?: string } = {}): Promise<Harness> {
  h = await createHarness(options);
  await h.send({ type: "start" });
  return h;
}

function first(result: HandleResult): string {
  return result.messages[0]?.text ?? "";
}

describe("an attempt in progress or danger now", () => {
  it("さっき薬を全部飲んだ: 119 in the first message, then one line to stay with them", async () => {
    const harness = await started();
    const reply = await harness.text("さっき薬を全部飲んだ");
    expect(first(reply)).toContain("119");
    expect(first(reply).indexOf("119")).toBeLessThan(first(reply).indexOf("110"));
    expect(first(reply)).toContain("（日本）");
    expect(reply.messages.length).toBeLessThanOrEqual(3);
    expect(textOf(reply)).toContain("ここにいます");
    expect(harness.staff.map((e) => e.type)).toContain("crisis");
  });

  it("I just swallowed the whole bottle: 911 first for the US, in English", async () => {
    const harness = await started({ region: "US", locale: "en" });
    const reply = await harness.text("I just swallowed the whole bottle");
    expect(first(reply)).toContain("911");
    expect(first(reply)).toContain("United States");
    expect(reply.messages.length).toBeLessThanOrEqual(3);
  });

  it("橋の上に来てる。下見てる: a crisis with the emergency number, not a question alone", async () => {
    const harness = await started();
    const reply = await harness.text("橋の上に来てる。下見てる");
    expect(first(reply)).toContain("119");
    expect(harness.staff.map((e) => e.type)).toContain("crisis");
  });

  it("a crisis or concern in the very first message is answered before the welcome", async () => {
    h = await createHarness();
    const crisis = await h.text("もう消えたい");
    expect(textOf(crisis)).toContain("相談先（日本）");
    expect(lastChoices(crisis)?.text).toContain(DIRECT_QUESTION_JA);

    const concern = await h.text("眠れない日が続いていて、毎晩つらい", { user: "bob" });
    expect(lastChoices(concern)?.text).toContain(DIRECT_QUESTION_JA);
  });
});

describe("someone else in danger", () => {
  it("a parent at the menu gets the supporter's answer, not 'I didn't catch that'", async () => {
    const harness = await started();
    await harness.text("メニュー");
    const reply = await harness.text("息子が「死にたい」と言っています。どうしたらいいでしょうか");
    const all = textOf(reply);
    for (const phrase of NOT_UNDERSTOOD) expect(all).not.toContain(phrase);
    expect(all).toContain("はっきり聞いて大丈夫");
    expect(all).toContain("相談先（日本）");
    expect(all).toContain("手の届かないところ");
    expect(all).not.toContain(DIRECT_QUESTION_JA);
    expect(lastChoices(reply)?.choices.map((c) => c.label)).toContain("いま危ない");
    // Staff hear of a crisis about someone else; the person is not checked on later.
    expect(harness.staff.map((e) => e.type)).toEqual(["crisis"]);
    expect((await harness.state())?.safety?.checkInAfterTurns).toBeNull();
  });

  it("a parent who found a rope and a note is not asked about their own safety", async () => {
    const harness = await started();
    const reply = await harness.text(
      "娘の部屋を掃除していたら、ロープと「ごめんね」と書いた手紙が出てきました",
    );
    expect(textOf(reply)).toContain("はっきり聞いて大丈夫");
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_JA);
    const now = await harness.press("いま危ない");
    expect(first(now)).toContain("119");
  });

  it("in English too", async () => {
    const harness = await started({ region: "US", locale: "en" });
    const reply = await harness.text("my son keeps saying he wants to kill himself");
    expect(textOf(reply)).toContain("ask them directly");
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_EN);
    expect(textOf(reply)).toContain("988");
  });

  it.each([
    ["ja", "今です"],
    ["ja", "危ない、部屋から出てこない"],
    ["en", "right now"],
    ["en", "danger, he won't open the door"],
  ] as const)("'Danger now' typed in other words (%s %s) gets the emergency numbers and tells the staff", async (locale, typed) => {
    const harness = await started(locale === "en" ? { region: "US", locale } : {});
    await harness.text(
      locale === "en"
        ? "my son keeps saying he wants to kill himself"
        : "息子が「死にたい」と言っています。どうしたらいいでしょうか",
    );
    const before = harness.staff.length;
    const now = await harness.text(typed);
    expect(first(now)).toContain(locale === "en" ? "911" : "119");
    expect(harness.staff.length).toBe(before + 1);
  });

  it("the writer's own words still count when they also show risk", async () => {
    const harness = await started();
    const reply = await harness.text("友達が死んで、私も死にたい");
    expect(lastChoices(reply)?.text).toContain(DIRECT_QUESTION_JA);
  });
});

describe("a welfare emergency about someone else (twelfth pass)", () => {
  it("a sister who cannot be woken beside empty sleeping pills: 119 first, the supporter's answer", async () => {
    const harness = await started();
    const reply = await harness.text(
      "姉の部屋に空の睡眠薬の箱がいくつもある。揺すっても起きないし、いびきみたいな息してる",
    );
    expect(first(reply)).toContain("119");
    expect(first(reply).indexOf("119")).toBeLessThan(first(reply).indexOf("110"));
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_JA);
    expect(harness.staff.map((e) => e.type)).toEqual(["crisis"]);
    expect((await harness.state())?.safety?.checkInAfterTurns).toBeNull();
  });

  it("a cousin's farewell from a rooftop, phone off, in second-language English: 999 first", async () => {
    const harness = await started({ region: "GB", locale: "en" });
    const reply = await harness.text(
      "my cousin put 'ciao a tutti' on his story with a photo from the roof of his block. his phone is off",
    );
    expect(first(reply)).toContain("999");
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_EN);
  });
});

describe("someone else's danger now (fourteenth pass)", () => {
  it("a brother's farewell, then unread: 119 first, the supporter's answer", async () => {
    const harness = await started();
    const reply = await harness.text(
      "弟から「もう終わりにする」ってLINEが来て、それから既読がつかない",
    );
    expect(first(reply)).toContain("119");
    expect(first(reply).indexOf("119")).toBeLessThan(first(reply).indexOf("110"));
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_JA);
    expect(harness.staff.map((e) => e.type)).toEqual(["crisis"]);
    expect((await harness.state())?.safety?.checkInAfterTurns).toBeNull();
  });

  it("an online friend's farewell from a bridge, in English for the US: 911 first", async () => {
    const harness = await started({ region: "US", locale: "en" });
    const reply = await harness.text(
      "my online friend texted 'have a good life' and said shes on the bridge",
    );
    expect(first(reply)).toContain("911");
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_EN);
  });

  it("a son's wish with no sign of acting on it: the supporter's answer, without the alarm", async () => {
    const harness = await started();
    const reply = await harness.text(
      "息子が「生きてる意味がない」ってよく言うけど、何かしそうな様子はないです。どう接したらいいですか",
    );
    expect(textOf(reply)).toContain("はっきり聞いて大丈夫");
    expect(first(reply)).not.toContain("119");
    expect(textOf(reply)).not.toContain(DIRECT_QUESTION_JA);
    expect(harness.staff.map((e) => e.type)).toEqual([]);
  });

  it("a writer in the home the danger is in: the police first, and their own safety asked", async () => {
    const harness = await started();
    const reply = await harness.text("弟が包丁を振り回してて、母が私の部屋に逃げてきた");
    const all = textOf(reply);
    expect(all).toContain("110");
    expect(all.indexOf("110")).toBeLessThan(all.indexOf("0120-279-889"));
    expect(lastChoices(reply)?.text).toContain("あなたは安全な場所にいますか");
  });
});

describe("danger at home reported about someone else", () => {
  const SUPPORTER_MEANS = ["手の届かないところ", "out of their reach"];
  const OWN_SAFETY = ["あなたは安全な場所にいますか", "Are you somewhere safe right now?"];

  it("a neighbour hearing 「殺してやる」 next door: the police and the abuse lines, not means", async () => {
    const harness = await started();
    const reply = await harness.text("隣の部屋から『殺してやる』って怒鳴り声と物が壊れる音がする");
    const all = textOf(reply);
    expect(all).toContain("警察に電話");
    expect(all).toContain("110");
    expect(all).toContain("0120-279-889");
    expect(all.indexOf("110")).toBeLessThan(all.indexOf("0120-279-889"));
    expect(all).toContain("止めに入ったりはしないで");
    for (const phrase of [...SUPPORTER_MEANS, ...OWN_SAFETY, DIRECT_QUESTION_JA]) {
      expect(all).not.toContain(phrase);
    }
    expect(reply.messages.length).toBeLessThanOrEqual(3);
    // #8008 and #9110 are one choice away.
    const more = await harness.press("ほかの相談先");
    expect(textOf(more)).toContain("#9110");
    expect(textOf(more)).toContain("#8008");
    expect(harness.staff.map((e) => e.type)).toEqual(["crisis"]);
    expect((await harness.state())?.safety?.checkInAfterTurns).toBeNull();
  });

  it("a parent hiding while the child is hurt: their own safety is one choice away, and staff hear", async () => {
    const harness = await started();
    const reply = await harness.text("夫が息子を殴っています。私は寝室に隠れています");
    expect(textOf(reply)).toContain("警察に電話");
    expect(lastChoices(reply)?.choices.map((c) => c.label)).toContain("自分も危ない");
    const staffBefore = harness.staff.length;
    const mine = await harness.press("自分も危ない");
    expect(textOf(mine)).toContain("安全なところに移って");
    expect(textOf(mine)).toContain("110");
    expect(harness.staff.length).toBe(staffBefore + 1);
  });

  it("the writer's own danger typed rather than pressed, in English too", async () => {
    const harness = await started({ region: "US", locale: "en" });
    const reply = await harness.text(
      "my husband is hitting our son again, i'm hiding in the bedroom. what do i do",
    );
    expect(lastChoices(reply)?.choices.map((c) => c.label)).toContain("I'm not safe either");
    const mine = await harness.text("i'm not safe");
    expect(textOf(mine)).toContain("move somewhere safer");
    expect(textOf(mine)).toContain("911");
  });

  it("a grandparent: 189 for a child is among the lines; 'danger now' gives the police", async () => {
    const harness = await started();
    const reply = await harness.text("孫が親に叩かれているようです");
    expect(textOf(reply)).toContain("189");
    const now = await harness.press("いま危ない");
    expect(first(now)).toContain("110");
    expect(first(now)).not.toContain("119");
    expect(textOf(now)).toContain("安全な場所から電話");
  });

  it("a husband carrying a weapon to the son's room: the police first, not the supporter's means", async () => {
    const harness = await started();
    const reply = await harness.text(
      "夫がバットを持って息子の部屋に向かっていきました。私では止められない",
    );
    const all = textOf(reply);
    expect(all).toContain("警察に電話");
    expect(all.indexOf("110")).toBeLessThan(all.indexOf("0120-279-889"));
    for (const phrase of [...SUPPORTER_MEANS, ...OWN_SAFETY, DIRECT_QUESTION_JA]) {
      expect(all).not.toContain(phrase);
    }
    const now = await harness.press("いま危ない");
    expect(first(now)).toContain("110");
    expect(first(now)).not.toContain("119");
  });

  it("in English, a father going after the son with a knife: call the police, 911", async () => {
    const harness = await started({ region: "US", locale: "en" });
    const reply = await harness.text(
      "my husband took a kitchen knife and is going after our son. i'm scared he's going to hurt him",
    );
    const all = textOf(reply);
    expect(all).toContain("call the police");
    expect(all).toContain("911");
    expect(all).toContain("don't confront");
    for (const phrase of [...SUPPORTER_MEANS, ...OWN_SAFETY, DIRECT_QUESTION_EN]) {
      expect(all).not.toContain(phrase);
    }
  });

  it("a sister's boyfriend, in English for the UK: 999 from the region's numbers", async () => {
    const harness = await started({ region: "GB", locale: "en" });
    const reply = await harness.text("my sister's boyfriend hits her, she's at his place now");
    const all = textOf(reply);
    expect(all).toContain("call the police");
    expect(all).toContain("999");
    expect(all).toContain("don't confront");
    for (const phrase of [...SUPPORTER_MEANS, ...OWN_SAFETY, DIRECT_QUESTION_EN]) {
      expect(all).not.toContain(phrase);
    }
  });

  it("a parent hiding while the husband hits their child now: urgent, and still the police first", async () => {
    // The fifteenth pass: violence at home happening now is urgent (the staff alert says so), and
    // someone else's danger at home keeps the police-first answer, not the supporter's 119.
    const harness = await started();
    const reply = await harness.text("夫がいま娘を殴ってる。私は息子とトイレに隠れてる");
    const all = textOf(reply);
    expect(all).toContain("警察に電話");
    expect(all.indexOf("110")).toBeLessThan(all.indexOf("0120-279-889"));
    expect(all).toContain("止めに入ったりはしないで");
    for (const phrase of [...SUPPORTER_MEANS, DIRECT_QUESTION_JA]) {
      expect(all).not.toContain(phrase);
    }
    expect(harness.staff).toEqual([expect.objectContaining({ type: "crisis", urgent: true })]);
  });

  it("a child hiding while a parent is hit now: their own danger at home, asked if they are safe", async () => {
    const harness = await started({ region: "US", locale: "en" });
    const reply = await harness.text(
      "my dad is hitting my mum right now and i'm hiding in my room",
    );
    expect(textOf(reply)).toContain("911");
    expect(lastChoices(reply)?.text).toContain(OWN_SAFETY[1]);
  });

  it("the writer being hit still gets the danger-at-home answer with their own safety", async () => {
    const harness = await started();
    const reply = await harness.text("夫に殴られています");
    expect(textOf(reply)).toContain("0120-279-889");
    expect(lastChoices(reply)?.text).toContain(OWN_SAFETY[0]);
    expect(textOf(reply)).not.toContain("止めに入ったりはしないで");

    const english = await createHarness({ region: "US", locale: "en" });
    try {
      const hit = await english.text("my dad hits me when he's drunk");
      expect(textOf(hit)).toContain("911");
      expect(lastChoices(hit)?.text).toContain(OWN_SAFETY[1]);
    } finally {
      await english.close();
    }
  });
});

describe("signs spread over messages add up", () => {
  it("ロープ買った → そういう意味じゃない → ドアノブでいけるかな → 今夜やる ends in a crisis answer", async () => {
    const harness = await started();
    await harness.text("メニュー");
    const rope = await harness.text("ロープ買った");
    expect(lastChoices(rope)?.text).toContain(DIRECT_QUESTION_JA);
    const dismissed = await harness.text("そういう意味じゃない");
    expect(textOf(dismissed)).toContain("早とちり");
    // Lowered, never cleared: the rope still counts for the next messages.
    const traces = (await harness.state())?.recentRisk ?? [];
    expect(traces.length).toBeGreaterThan(0);
    expect(traces.every((t) => t.weight > 0 && t.weight < 1)).toBe(true);

    const doorknob = await harness.text("ドアノブでいけるかな");
    const tonight = await harness.text("今夜やる");
    const all = textOf(doorknob) + textOf(tonight);
    for (const phrase of NOT_UNDERSTOOD) expect(all).not.toContain(phrase);
    expect(harness.staff.map((e) => e.type)).toContain("crisis");
    expect(textOf(tonight)).toMatch(/119|0120-279-338/);
    // No message text in the state: the traces hold numbers and categories only.
    expect(JSON.stringify(await harness.state())).not.toContain("ドアノブ");
  });

  it("bought a rope → not like that → doing it tonight is answered as urgent, with 911 first", async () => {
    const harness = await started({ region: "US", locale: "en" });
    await harness.text("menu");
    await harness.text("bought a rope today");
    await harness.text("not like that");
    const tonight = await harness.text("doing it tonight");
    expect(harness.staff.map((e) => e.type)).toContain("crisis");
    expect(first(tonight)).toMatch(/911/);
  });

  it("pills in front of me, tonight → maybe → もう飲んだ is answered as urgent, 119 first", async () => {
    const harness = await started();
    await harness.text("メニュー");
    await harness.text("目の前に薬がある。今夜全部飲むつもり");
    await harness.text("たぶん");
    const taken = await harness.text("もう飲んだ");
    expect(first(taken)).toContain("119");
    expect(first(taken).indexOf("119")).toBeLessThan(first(taken).indexOf("110"));
  });

  it("pills in front of me → I took them is answered as urgent, 911 first", async () => {
    const harness = await started({ region: "US", locale: "en" });
    await harness.text("menu");
    await harness.text("I have the pills in front of me and I'm going to take them tonight");
    await harness.text("maybe");
    const taken = await harness.text("took them");
    expect(first(taken)).toMatch(/911/);
  });

  it("a cold → もう飲んだ (medicine, no means earlier) is not a crisis", async () => {
    const harness = await started();
    await harness.text("メニュー");
    await harness.text("風邪ひいたみたい。薬あるかな");
    const taken = await harness.text("もう飲んだ");
    expect(textOf(taken)).not.toContain("119");
    expect(harness.staff).toHaveLength(0);
  });

  it("won't be a burden → last train tonight, for good → wrote my note ends in a crisis answer", async () => {
    const harness = await started({ region: "US", locale: "en" });
    await harness.text("menu");
    await harness.press("Just talk");
    const burden = await harness.text("won't be a burden much longer");
    const train = await harness.text("catch the last train tonight. for good.");
    const note = await harness.text("wrote my note");
    const all = [burden, train, note].map(textOf).join("\n");
    expect(all).not.toContain("I'm glad you wrote");
    expect(harness.staff.map((e) => e.type)).toContain("crisis");
    expect(all).toMatch(/988|911/);
  });

  it("an ordinary message after a crisis is not answered as a new crisis", async () => {
    const harness = await started();
    await harness.text("死にたい");
    await harness.press("考えていない");
    const reply = await harness.text("今日はコンビニに行けた");
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(textOf(reply)).not.toContain("相談先（日本）");
    expect(harness.staff.map((e) => e.type)).toEqual(["crisis"]);
  });
});

describe("answers to the direct question", () => {
  it.each(["うん", "たまに思う", "maybe", "idk"])("%s is answered as yes", async (answer) => {
    const harness = await started();
    await harness.text("生きるのがつらい");
    const reply = await harness.text(answer);
    expect(textOf(reply)).toContain("0120-279-338");
    expect(harness.staff.map((e) => e.type)).toEqual(["crisis"]);
  });

  it("a plain no is a no, and the person can carry on", async () => {
    const harness = await started();
    await harness.text("生きるのがつらい");
    const reply = await harness.text("ううん、考えてない");
    expect(harness.staff).toHaveLength(0);
    expect(textOf(reply)).toContain("窓口");
  });
});

describe("the pace", () => {
  it("a second sad message soon after is not met with the same question again", async () => {
    const harness = await started();
    await harness.text("生きるのがつらい");
    await harness.text("ううん、考えてない");
    await harness.text("元の話に戻る");
    const again = await harness.text("毎日しんどい");
    expect(lastChoices(again)?.text ?? "").not.toContain(DIRECT_QUESTION_JA);
    // A crisis is always answered.
    const crisis = await harness.text("やっぱり死にたい");
    expect(textOf(crisis)).toContain("相談先（日本）");
  });
});

describe("logs", () => {
  it("carry no risk level, rule id, subject or safety position beside the pseudonym, nor the text", async () => {
    const harness = await started();
    await harness.text("息子が「死にたい」と言っています");
    const all = harness.logs.join("\n");
    // The turn went into the safety flow: no position is written, and nothing marks it.
    expect(all).toContain('"msg":"event handled"');
    expect(all).not.toMatch(/"at":|withheld/);
    expect(all).not.toMatch(/"risk"|"rules"|"subject"|"level":"(concern|crisis)"|safety\./);
    expect(all).not.toContain("息子");
    expect(all).not.toContain("alice");
  });
});
