/**
 * The eleventh pass, English and whose danger (after round 16): an act under way is not a
 * death or a past attempt, things given away before a move are everyday, and a parent's own
 * strain or a childhood memory stays the writer's. Fresh wordings, not the round's own: the
 * round is guarded in labelled-set.test.ts, each new rule's examples in rule-examples.json.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("an act taken minutes or hours ago, with its signs now, is under way", () => {
  it.each([
    "my boyfriend took a whole pack of his meds 2 hours ago and now he's slurring his words",
    "my girlfriend took all her tablets 40 minutes ago and now she won't wake up properly",
    // A whole prescription is an amount, and a prescription is pills.
    "my mum swallowed her whole prescription half an hour ago and she's slurring",
  ])("%s: an urgent crisis about someone else", (text) => {
    const a = assessRisk(text);
    expect(a.level).toBe("crisis");
    expect(a.urgent).toBe(true);
    expect(a.subject).toBe("other");
  });

  it.each([
    "my brother took an overdose two years ago. he's doing well now",
    "my uncle took his own life in 2019 and i still think about it",
  ])("%s: a past event, not an emergency now", (text) => {
    expect(assessRisk(text).urgent).not.toBe(true);
  });
});

describe("a prescription taken in daily life", () => {
  it.each([
    "took my whole prescription to the pharmacy to get it checked",
    "i took my prescription this morning like always",
  ])("%s: not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("things given away before a move", () => {
  it("is everyday when the move is said beside it", () => {
    expect(
      assessRisk("moving to leeds so giving away most of my stuff. cheap desk anyone?").level,
    ).toBe("none");
  });
  it("is a crisis sign with no reason said", () => {
    expect(assessRisk("gave away most of my stuff this week. won't need any of it").level).toBe(
      "crisis",
    );
  });
});

describe("whose danger it is", () => {
  it.each([
    // A parent's own strain beside a child's withdrawal is the parent's (the project's decision).
    "my daughter hasn't left her room in a year and i think it's my fault. i can't cope",
    "娘が不登校になって三年、私のほうが潰れそう",
    // The writer's own childhood is not a child.
    "子どもの頃に住んでた町に来た。もう充分。",
    // Words of going away said of oneself.
    "asked my sister to feed the cat from now on. told her i'm going away",
    "gave my neighbour my spare key and asked her to water the plants from now on. im not coming back",
  ])("%s: the writer's own", (text) => {
    expect(assessRisk(text).subject).toBe("self");
  });

  it.each([
    "祖父（施設にいる）が「もう迎えに来てほしい」と言ってて、夕飯に手をつけなかった。今夜は様子が変",
    "友達（バイト先の子）から「もう疲れた、明日の朝には終わってる」って来た。既読にならない",
  ])("%s: about someone else", (text) => {
    expect(assessRisk(text).subject).toBe("other");
  });
});
