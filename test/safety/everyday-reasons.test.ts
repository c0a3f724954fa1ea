/**
 * Words that are signs of risk alone, read as everyday when the message gives the everyday
 * reason beside them: a prescription taken or checked, things given away because of a move.
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
