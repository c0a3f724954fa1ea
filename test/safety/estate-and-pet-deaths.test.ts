/**
 * Ordinary messages the rules called a crisis in round 18, by kind: a parent's estate planning
 * for a dependent child asked as a practical question, and a pet's or a relative's death told
 * as over ("苦しまずに逝けてよかった"). The parent who says an intent, a day or a wish, and the
 * writer who wants to go the same way, stay a crisis.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("a parent providing for a child, asked as a question", () => {
  it.each([
    "私が亡くなった後に娘が困らないよう、生命保険の受取人を娘にしたいです。手続きの方法を教えてください",
    "I'm 81 and putting my affairs in order so my son, who has never worked, is provided for when I die. Is there a solicitor you would recommend?",
  ])("is not a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
  // The parent who says an intent or a day is not lowered as planning (what level the rest
  // of the check gives these is its own matter: the first is concern on main as well).
  it.each([
    "私が死んだ後に息子が困らないよう、生命保険の受取人を息子にしました。今週中に夫のところへ行くつもりです。方法はありますか",
    "I am 80 and putting my affairs in order so that my son is provided for when I die. I intend to go before Christmas. Could you point me to a solicitor?",
  ])("with an intent or a day is not lowered: %s", (text) => {
    const result = assessRisk(text);
    expect(result.level).not.toBe("none");
    expect(result.overrides.filter((id) => id.endsWith(".provision-for-child"))).toEqual([]);
  });
});

describe("a death told as over", () => {
  it.each([
    "実家の猫、動物病院で眠らせてもらいました。苦しまずに逝けて、よかったです",
    "祖母は先週、苦しまずに逝きました。",
  ])("is not a crisis: %s", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
  it.each([
    "苦しまずに逝けたらいいのに",
    "私も祖母みたいに苦しまずに逝きたい",
  ])("a wish to go that way is: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
});

describe("one's affairs said to be in order", () => {
  it.each([
    "my affairs are in order",
    "All my affairs are now in order. I have written to my brother.",
    "I've settled my affairs and said what I needed to say.",
  ])("is a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    // Estate planning for a long life, asked as a question with its paperwork named.
    "How do I get my affairs in order before I retire? Do I need a solicitor?",
    "what should I do to put my affairs in order before my surgery next month",
    "I'm 70 and want to get my affairs in order, any tips on writing a will?",
    "My dad is 85, how can we help him put his affairs in order? Is there a checklist?",
  ])("asked as planning, is not: %s", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
  it.each([
    "how do I put my affairs in order before I go",
    "I want to put my affairs in order, I am tired of everything",
  ])("asked beside a going or a wish, is still a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
});
