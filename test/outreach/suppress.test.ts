import { describe, expect, it } from "vitest";
import { cell, shown, suppressComplementary } from "../../src/outreach/suppress.js";

describe("small-count suppression", () => {
  it("hides every count below five, shows five and above", () => {
    expect([0, 1, 4, 5, 12].map((n) => shown(cell(n)))).toEqual(["<5", "<5", "<5", 5, 12]);
  });

  it("hides a second part when a total would give a hidden part away", () => {
    const web = cell(9);
    const telegram = cell(2);
    const line = cell(7);
    const total = cell(18);
    suppressComplementary([{ total, parts: [web, telegram, line] }]);
    // 18 - 9 - 7 would be 2: the smallest visible part goes too.
    expect([web, telegram, line, total].map(shown)).toEqual([9, "<5", "<5", 18]);
  });

  it("hides the total when it is the only other term", () => {
    const only = cell(3);
    const total = cell(3);
    suppressComplementary([{ total, parts: [only] }]);
    expect(shown(total)).toBe("<5");
    const big = cell(8);
    const totalOfBig = cell(8);
    suppressComplementary([{ total: totalOfBig, parts: [big] }]);
    expect([big, totalOfBig].map(shown)).toEqual([8, 8]);
  });

  it("follows a hidden cell through sums that share it until none has a single hidden term", () => {
    // Channels of one campaign, and the same campaign's total split into weeks.
    const web = cell(6);
    const line = cell(6);
    const total = cell(12);
    const week1 = cell(8);
    const week2 = cell(4);
    suppressComplementary([
      { total, parts: [web, line] },
      { total, parts: [week1, week2] },
    ]);
    const relations = [
      [total, web, line],
      [total, week1, week2],
    ];
    for (const terms of relations) {
      expect(terms.filter((term) => term.hidden).length).not.toBe(1);
    }
    expect(week2.hidden).toBe(true);
    expect(week1.hidden).toBe(true);
  });
});
