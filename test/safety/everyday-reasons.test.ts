/**
 * Words that are signs of risk alone, read as everyday when the message gives the everyday
 * reason beside them: a prescription taken or checked, things given away because of a move, a
 * new phone or a diet (and not when a pet, a console or every account goes with a day and no
 * reason said outright).
 * The rules' own examples are in rule-examples.json; these are fresh wordings.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

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

describe("things 'not needed after' a day", () => {
  it.each([
    "gave my ps4 to my nephew and my rabbit to a friend. i wont need them after saturday",
    "gave my laptop to my sister, deleted all my accounts because i wont need any of it after tonight",
  ])("a pet, a console or the accounts gone with a day is a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    "gave away my console before the move, wont need it after friday, moving abroad",
    "gave my old phone to my brother, got a new one, i wont need it after today",
    "gave my big jeans away, the diet worked, i wont need them after this month",
  ])("a reason said outright keeps it everyday: %s", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
});
