/**
 * Expectations shared by the tests of someone else's danger, pass after pass: a crisis read as
 * someone else's, and happening now.
 */
import { expect } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

export function expectCrisisAboutSomeoneElse(text: string): void {
  const a = assessRisk(text);
  expect(a.level).toBe("crisis");
  expect(a.subject).toBe("other");
}

export function expectUrgentAboutSomeoneElse(text: string): void {
  expectCrisisAboutSomeoneElse(text);
  expect(assessRisk(text).urgent).toBe(true);
}
