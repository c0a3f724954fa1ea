/**
 * Features of the learned layer: hashed n-grams of the normalised text (the output of
 * `normalizeForRisk`). Japanese and other non-Latin runs give character n-grams of one to four;
 * Latin words give the word itself, word pairs, pairs with one word between them ("on the
 * tracks" and "on those tracks" share "on tracks"), character n-grams of three and four inside
 * the word (so "kms", "tylenol" and typos share most features with their neighbours) and
 * character five-grams across the words ("s the t", "ledge o": phrases, whatever the spacing).
 * Each feature is hashed into a fixed number of buckets, so the model is a plain array of
 * weights.
 */

/** Buckets of the hashed feature space (a power of two). */
export const FEATURE_BUCKETS = 1 << 16;

import { conceptsOf } from "./concepts.js";

const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
};

/** A word with digits among its letters, as letters ("st4y" → "stay"); other words as they are. */
function unleet(word: string): string {
  if (!/[a-z]/.test(word) || !/[013457]/.test(word) || /^\d+[a-z]{1,2}$/.test(word)) return word;
  return word.replace(/[013457]/g, (d) => LEET[d] ?? d);
}

const LATIN_WORD_RE = /[a-z0-9']+/g;
// Runs of Japanese (or any non-Latin) script, cut at spaces and the normaliser's "." and ",".
const OTHER_RUN_RE = /[^\sa-z0-9'.,!?]+/g;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: fast, stable across platforms, good enough for bucketing. */
function hash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Adds the n-grams of `text` (n from `from` to `to`, in UTF-16 code units) under a prefix,
 * hashing each start once and extending it one unit at a time: no strings are built.
 */
function addGrams(out: Set<number>, prefix: string, text: string, from: number, to: number): void {
  const seed = hash(prefix);
  for (let i = 0; i < text.length; i++) {
    let h = seed;
    for (let n = 1; n <= to && i + n <= text.length; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
      if (n >= from) out.add((h >>> 0) & (FEATURE_BUCKETS - 1));
    }
  }
}

/**
 * The concepts of the text (see `concepts.ts`), each pair of concepts that stand in one
 * sentence, and each pair anywhere in the text.
 */
const REP = 2;
function addConcepts(out: Set<number>, normalized: string): void {
  const all = new Set<number>();
  for (const sentence of normalized.split(".")) {
    if (sentence.trim().length === 0) continue;
    const found = conceptsOf(sentence);
    for (let a = 0; a < found.length; a++) {
      all.add(found[a] as number);
      for (let b = a + 1; b < found.length; b++) {
        for (let r = 0; r < REP; r++)
          out.add(hash(`p${r}${found[a]} ${found[b]}`) & (FEATURE_BUCKETS - 1));
      }
    }
  }
  const list = [...all].sort((a, b) => a - b);
  for (let a = 0; a < list.length; a++) {
    for (let r = 0; r < REP; r++) out.add(hash(`k${r}${list[a]}`) & (FEATURE_BUCKETS - 1));
    for (let b = a + 1; b < list.length; b++) {
      for (let r = 0; r < REP; r++)
        out.add(hash(`q${r}${list[a]} ${list[b]}`) & (FEATURE_BUCKETS - 1));
    }
  }
}

/**
 * The sorted bucket indices present in one normalised text (presence, not counts: a word said
 * five times is no more a warning sign than said once).
 */
export function featureIndices(normalizedText: string): number[] {
  const out = new Set<number>();
  // Leetspeak the normaliser could not read ("r3ason", "3xh4ust3d") is read as letters.
  const normalized = normalizedText.replace(LATIN_WORD_RE, unleet);
  for (const run of normalized.match(OTHER_RUN_RE) ?? []) {
    addGrams(out, "j", run, 1, 4);
  }
  const words = normalized.match(LATIN_WORD_RE) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    out.add(hash(`w${word}`) & (FEATURE_BUCKETS - 1));
    const next = words[i + 1];
    if (next !== undefined) out.add(hash(`b${word} ${next}`) & (FEATURE_BUCKETS - 1));
    const skip = words[i + 2];
    if (skip !== undefined) out.add(hash(`s${word} ${skip}`) & (FEATURE_BUCKETS - 1));
    if (word.length > 2) addGrams(out, "c", `<${word}>`, 3, 4);
  }
  if (words.length > 0) addGrams(out, "x", ` ${words.join(" ")} `, 5, 5);
  addConcepts(out, normalized);
  return [...out].sort((a, b) => a - b);
}
