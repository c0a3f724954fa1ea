/**
 * The ordinary families in the voice crises are written in (synthetic/ja-voice.ts,
 * en-voice.ts, candidates of kind `voice`): everyday, in both languages and both voices, long
 * as well as short, and none of them a blind round's sentence, since the rounds are the measure
 * these families are judged on.
 */
import { describe, expect, it } from "vitest";
import { createRiskCheck } from "../../src/safety/index.js";
import { BLIND_ROUNDS } from "./blind-rounds.js";
import { CANDIDATE_KINDS } from "./synthetic/candidates.js";
import { generatedMessages } from "./synthetic/index.js";

const adopted = generatedMessages().length;
const voice = generatedMessages(CANDIDATE_KINDS.voice).slice(adopted);
// Sentences long enough to be someone's own words (not "good evening", a persona's frame, nor a
// stock question of four words such as "what should i do", which a writer and a persona share by
// chance, not by copying).
const sentencesOf = (text: string) =>
  text
    .split(/[。.!?！？\n]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length >= 16 && !/^\S+(?: \S+){1,3}$/.test(s));

describe("the voice families", () => {
  it("are ordinary, in both languages and both voices, short and long", () => {
    expect(voice.length).toBeGreaterThan(400);
    expect(voice.every((g) => g.label === "ordinary")).toBe(true);
    for (const part of ["ja.self", "ja.other", "en.self", "en.other"]) {
      expect(voice.some((g) => g.family.startsWith(part))).toBe(true);
    }
    // Three sentences at least, unless a persona typed it without full stops.
    const long = voice.filter((g) => g.family.endsWith("-long"));
    const sentences = (text: string) => text.split(/[。.!?\n]/).filter((s) => s.trim()).length;
    expect(long.filter((g) => sentences(g.text) >= 3).length).toBeGreaterThan(0.8 * long.length);
  });

  it("copy no sentence of a blind round", () => {
    const blind = new Set(BLIND_ROUNDS.flatMap((r) => r.cases).flatMap((c) => sentencesOf(c.text)));
    const copied = voice.flatMap((g) => sentencesOf(g.text)).filter((s) => blind.has(s));
    expect(copied).toEqual([]);
  });

  it("hold no danger the rules know", () => {
    const rules = createRiskCheck({ model: null });
    expect(voice.filter((g) => rules(g.text).level !== "none").map((g) => g.text)).toEqual([]);
  });
});
