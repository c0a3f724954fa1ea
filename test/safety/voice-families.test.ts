/**
 * The ordinary families in the voice crises are written in (synthetic/ja-voice.ts,
 * en-voice.ts, candidates of kind `voice`): everyday, in both languages and both voices, long
 * as well as short, and none of them a blind round's sentence, since the rounds are the measure
 * these families are judged on.
 */
import { describe, expect, it } from "vitest";
import { createRiskCheck } from "../../src/safety/index.js";
import { ROUND_6 } from "./blind-round-6.js";
import { ROUND_7 } from "./blind-round-7.js";
import { ROUND_8 } from "./blind-round-8.js";
import { ROUND_9 } from "./blind-round-9.js";
import { ROUND_10 } from "./blind-round-10.js";
import { ROUND_11 } from "./blind-round-11.js";
import { ROUND_12 } from "./blind-round-12.js";
import { ROUND_13 } from "./blind-round-13.js";
import { ROUND_14 } from "./blind-round-14.js";
import { ROUND_15 } from "./blind-round-15.js";
import { ROUND_16 } from "./blind-round-16.js";
import { ROUND_17 } from "./blind-round-17.js";
import { ROUND_18 } from "./blind-round-18.js";
import { ROUND_19 } from "./blind-round-19.js";
import { ROUND_20 } from "./blind-round-20.js";
import { ROUND_21 } from "./blind-round-21.js";
import { ROUND_22 } from "./blind-round-22.js";
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
    const rounds = [ROUND_6, ROUND_7, ROUND_8, ROUND_9, ROUND_10, ROUND_11, ROUND_12, ROUND_13];
    rounds.push(
      ROUND_14,
      ROUND_15,
      ROUND_16,
      ROUND_17,
      ROUND_18,
      ROUND_19,
      ROUND_20,
      ROUND_21,
      ROUND_22,
    );
    const blind = new Set(rounds.flat().flatMap((c) => sentencesOf(c.text)));
    const copied = voice.flatMap((g) => sentencesOf(g.text)).filter((s) => blind.has(s));
    expect(copied).toEqual([]);
  });

  it("hold no danger the rules know", () => {
    const rules = createRiskCheck({ model: null });
    expect(voice.filter((g) => rules(g.text).level !== "none").map((g) => g.text)).toEqual([]);
  });
});
