/**
 * The fifteenth pass's kinds (after round 20), the writer's own: acts under way in the body, at
 * a height now, violence at the door now (each `urgent`), and the everyday words that round 20
 * read as crises (a farewell taken back by a next meeting, staying in a kotatsu or under a
 * weighted blanket, a test "killing" someone). Each everyday version must stay ordinary; the same
 * words with a means, an after-death meeting or a low mood beside them must stay crises. Fresh
 * wordings, not round 20's own (its guard in labelled-set.test.ts holds those).
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;

describe("an act under way in the body, at a height now: urgent", () => {
  it.each([
    "took a lot of sleeping pills. getting so sleepy",
    "i ate many pill. heart is so fast",
    "whisky and then all my meds. everything spinning",
    "ストゼロと一緒に眠剤飲んだ。目が回る",
    "薬たくさん飲んだ。心臓ばくばくしてる",
    "窓ぜんぶ目張りして火つけた。息が苦しくなってきた",
    "sealed the car and lit it. head is pounding. sorry",
    "今ビルの上おるんよ。もうええわ",
    "8階の窓に座って足を外に出してる",
    "sitting on the window ledge on the 9th floor. legs are over the edge",
  ])("%s is an urgent crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });
  it.each([
    "took my new meds and feel sleepy, is that normal",
    "風邪薬飲んだら眠い",
    "いま屋上おる。星きれい。もうええわ戻って寝る",
    "closed the windows and lit some candles. sorry neighbours for the smell",
  ])("%s is not urgent", (text) => {
    expect(assessRisk(text).urgent ?? false).toBe(false);
  });
});

describe("violence at the writer's door now: urgent, and still danger at home", () => {
  it.each([
    "母がいま殴ってくる。部屋に逃げたけどドア叩かれてる",
    "hes banging on my bedroom door saying hell kill me",
  ])("%s is urgent danger at home", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.dangerAtHome).toBe(true);
    expect(risk.urgent).toBe(true);
  });
  it("a sibling's joke about snacks is not a crisis", () => {
    expect(
      level("my brother is banging on my door saying hell kill me for eating his chips lol"),
    ).not.toBe("crisis");
  });
});

describe("a farewell taken back by a next meeting", () => {
  it.each([
    "bye forever everyone 👋 see you at school tomorrow",
    "ok bye forever nerds, see u on friday for the raid",
  ])("%s is ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "bye forever losers, see you on the other side",
    "bye forever. see you in the next life",
    "ok bye forever. see u friday. not joking, the pills are ready",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("staying in a kotatsu, under a blanket", () => {
  it.each([
    "こたつに入ったまま消えたい…ぬくぬく",
    "布団に潜ったまま消えたい。あったかい",
    "want to disappear under the covers and watch anime",
    "i just want to disappear under my fluffy blanket with tea",
  ])("%s is ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "こたつに入ったまま消えたい。誰にも会いたくない",
    "布団に潜って消えたい、もう疲れた",
    "just want to disappear under my blanket and never wake up",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("a test 'killing' someone", () => {
  it("明日のテストとか死ぬ〜 is ordinary", () => {
    expect(level("明日のテストとか死ぬ〜")).toBe("none");
  });
  it("with means beside it, it stays a crisis", () => {
    expect(level("テストとか死ぬ。薬はもうためてある")).toBe("crisis");
  });
  it("with pills and a knife as emoji, the idiom is not read (the learned layer reads it)", () => {
    expect(assessRisk("💊🔪 明日のテストとか死ぬ〜!!!").overrides).not.toContain(
      "ja.idiom.task-toka-shinu",
    );
  });
});
