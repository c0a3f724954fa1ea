/**
 * Every recorded blind round, in the order they were written: the one list that the tests and
 * scripts which read all rounds take (the prefilter test, the voice families' sentence check,
 * scripts/risk-diff.mjs, scripts/evaluate-risk-model.mjs). Recording a round adds one line here.
 * labelled-set.test.ts names each round on its own, with what its figures are worth now.
 */
import type { BlindCase } from "./blind-round-6.js";
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
import { ROUND_23 } from "./blind-round-23.js";
import { ROUND_24 } from "./blind-round-24.js";

/** What every round's message has (later rounds add `urgent`; the first ones a persona). */
export type RecordedCase = Pick<BlindCase, "text" | "lang" | "label" | "subject">;

/** One recorded round: its number and its messages. */
export interface RecordedRound {
  round: number;
  cases: readonly RecordedCase[];
}

/** Rounds 6 to the last, in order. */
export const BLIND_ROUNDS: readonly RecordedRound[] = [
  ROUND_6,
  ROUND_7,
  ROUND_8,
  ROUND_9,
  ROUND_10,
  ROUND_11,
  ROUND_12,
  ROUND_13,
  ROUND_14,
  ROUND_15,
  ROUND_16,
  ROUND_17,
  ROUND_18,
  ROUND_19,
  ROUND_20,
  ROUND_21,
  ROUND_22,
  ROUND_23,
  ROUND_24,
].map((cases, i) => ({ round: 6 + i, cases }));

/**
 * Rounds 11 on: the ones the learned layer was never trained on (rounds 6-10 are part of its
 * training data, test/safety/training-data.ts).
 */
export const UNTRAINED_ROUNDS: readonly RecordedRound[] = BLIND_ROUNDS.filter((r) => r.round >= 11);
