/**
 * Features of the learned layer: hashed n-grams of the normalised text (the output of
 * `normalizeForRisk`). Japanese and other non-Latin runs give character n-grams of one to four;
 * Latin words give the word itself, word pairs and character n-grams of three and four inside
 * the word (so "kms", "tylenol" and typos share most features with their neighbours). Each
 * feature is hashed into a fixed number of buckets, so the model is a plain array of weights.
 */

/** Buckets of the hashed feature space (a power of two). */
export const FEATURE_BUCKETS = 1 << 16;

const LATIN_WORD_RE = /[a-z0-9']+/g;
// Runs of Japanese (or any non-Latin) script, cut at spaces and the normaliser's "." and ",".
const OTHER_RUN_RE = /[^\sa-z0-9'.,!?]+/g;

/** FNV-1a over UTF-16 code units: fast, stable across platforms, good enough for bucketing. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function addGrams(out: Set<number>, prefix: string, text: string, from: number, to: number): void {
  const chars = [...text];
  for (let n = from; n <= to; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      out.add(hash(prefix + chars.slice(i, i + n).join("")) & (FEATURE_BUCKETS - 1));
    }
  }
}

/**
 * The sorted bucket indices present in one normalised text (presence, not counts: a word said
 * five times is no more a warning sign than said once).
 */
export function featureIndices(normalized: string): number[] {
  const out = new Set<number>();
  for (const run of normalized.match(OTHER_RUN_RE) ?? []) {
    addGrams(out, "j", run, 1, 4);
  }
  const words = normalized.match(LATIN_WORD_RE) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    out.add(hash(`w${word}`) & (FEATURE_BUCKETS - 1));
    const next = words[i + 1];
    if (next !== undefined) out.add(hash(`b${word} ${next}`) & (FEATURE_BUCKETS - 1));
    if (word.length > 2) addGrams(out, "c", `<${word}>`, 3, 4);
  }
  return [...out].sort((a, b) => a - b);
}
