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
import { GateSet, literalGate, TextUnits } from "../prefilter.js";
import { CONCEPTS } from "./concepts.js";
const LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
};
/** A word with digits among its letters, as letters ("st4y" → "stay"); other words as they are. */
function unleet(word) {
    if (!/[a-z]/.test(word) || !/[013457]/.test(word) || /^\d+[a-z]{1,2}$/.test(word))
        return word;
    return word.replace(/[013457]/g, (d) => LEET[d] ?? d);
}
const LATIN_WORD_RE = /[a-z0-9']+/g;
// Runs of Japanese (or any non-Latin) script, cut at spaces and the normaliser's "." and ",".
const OTHER_RUN_RE = /[^\sa-z0-9'.,!?]+/g;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over UTF-16 code units: fast, stable across platforms, good enough for bucketing. */
function hash(text) {
    return hashOn(FNV_OFFSET, text);
}
/** FNV-1a carried on over more text: `hashOn(hash(a), b)` is `hash(a + b)`, with no string built. */
function hashOn(h, text) {
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, FNV_PRIME);
    }
    return h >>> 0;
}
const MASK = FEATURE_BUCKETS - 1;
const WORD_SEED = hash("w");
const PAIR_SEED = hash("b");
const SKIP_SEED = hash("s");
const SPACE = " ".charCodeAt(0);
/**
 * The set of buckets of one text: a mark per bucket (the number of the text that last set it)
 * and the list in the order found, instead of a Set of numbers. One per module: features are
 * taken from one text at a time.
 */
class Buckets {
    mark = new Uint32Array(FEATURE_BUCKETS);
    generation = 0;
    list = [];
    reset() {
        this.generation++;
        if (this.generation === 0xffffffff) {
            this.mark.fill(0);
            this.generation = 1;
        }
        this.list = [];
    }
    add(bucket) {
        if (this.mark[bucket] === this.generation)
            return;
        this.mark[bucket] = this.generation;
        this.list.push(bucket);
    }
    /** The buckets in ascending order. */
    sorted() {
        // A typed array sorts numbers natively, several times faster than a comparator.
        const buckets = new Int32Array(this.list).sort();
        const out = new Array(buckets.length);
        for (let i = 0; i < buckets.length; i++)
            out[i] = buckets[i];
        return out;
    }
}
const BUCKETS = new Buckets();
/**
 * Adds the n-grams of `text` (n from `from` to `to`, in UTF-16 code units) under a prefix,
 * hashing each start once and extending it one unit at a time: no strings are built.
 */
function addGrams(out, prefix, text, from, to) {
    const seed = hash(prefix);
    for (let i = 0; i < text.length; i++) {
        let h = seed;
        for (let n = 1; n <= to && i + n <= text.length; n++) {
            h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME);
            if (n >= from)
                out.add((h >>> 0) & (FEATURE_BUCKETS - 1));
        }
    }
}
/**
 * The concepts of the text (see `concepts.ts`), each pair of concepts that stand in one
 * sentence, and each pair anywhere in the text.
 */
const REP = 2;
/** The buckets of the concept features, by kind, repetition and concepts (hashed once, at load). */
const C = CONCEPTS.length;
const conceptTable = (prefix, pair) => Array.from({ length: REP }, (_, r) => Uint32Array.from({ length: pair ? C * C : C }, (_, i) => pair
    ? hash(`${prefix}${r}${Math.floor(i / C)} ${i % C}`) & MASK
    : hash(`${prefix}${r}${i}`) & MASK));
const SENTENCE_PAIR = conceptTable("p", true);
const ONE = conceptTable("k", false);
const TEXT_PAIR = conceptTable("q", true);
// A concept none of whose literals the text holds is in none of its sentences.
// The concepts a text may hold are found from its keys (see GateSet), in the concepts' order.
const CONCEPT_GATES = CONCEPTS.map(([, re]) => literalGate(re));
const CONCEPT_SET = new GateSet(CONCEPTS.map((_, i) => i), (i) => CONCEPT_GATES[i]);
const UNITS = new TextUnits();
function addConcepts(out, normalized) {
    UNITS.mark(normalized);
    const candidates = CONCEPT_SET.select(UNITS);
    if (candidates.length === 0)
        return;
    const all = new Set();
    const found = [];
    for (const sentence of normalized.split(".")) {
        if (sentence.trim().length === 0)
            continue;
        found.length = 0;
        for (const i of candidates)
            if (CONCEPTS[i][1].test(sentence))
                found.push(i);
        for (let a = 0; a < found.length; a++) {
            const fa = found[a];
            all.add(fa);
            for (let b = a + 1; b < found.length; b++) {
                const at = fa * C + found[b];
                for (let r = 0; r < REP; r++)
                    out.add(SENTENCE_PAIR[r][at]);
            }
        }
    }
    const list = [...all].sort((a, b) => a - b);
    for (let a = 0; a < list.length; a++) {
        const la = list[a];
        for (let r = 0; r < REP; r++)
            out.add(ONE[r][la]);
        for (let b = a + 1; b < list.length; b++) {
            const at = la * C + list[b];
            for (let r = 0; r < REP; r++)
                out.add(TEXT_PAIR[r][at]);
        }
    }
}
const LEET_DIGIT_RE = /[013457]/;
/**
 * The sorted bucket indices present in one normalised text (presence, not counts: a word said
 * five times is no more a warning sign than said once).
 */
export function featureIndices(normalizedText) {
    const out = BUCKETS;
    out.reset();
    // Leetspeak the normaliser could not read ("r3ason", "3xh4ust3d") is read as letters.
    const normalized = LEET_DIGIT_RE.test(normalizedText)
        ? normalizedText.replace(LATIN_WORD_RE, unleet)
        : normalizedText;
    for (const run of normalized.match(OTHER_RUN_RE) ?? []) {
        addGrams(out, "j", run, 1, 4);
    }
    const words = normalized.match(LATIN_WORD_RE) ?? [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i] ?? "";
        out.add(hashOn(WORD_SEED, word) & MASK);
        const next = words[i + 1];
        if (next !== undefined)
            out.add(hashOn(spaced(hashOn(PAIR_SEED, word)), next) & MASK);
        const skip = words[i + 2];
        if (skip !== undefined)
            out.add(hashOn(spaced(hashOn(SKIP_SEED, word)), skip) & MASK);
        if (word.length > 2)
            addGrams(out, "c", `<${word}>`, 3, 4);
    }
    if (words.length > 0)
        addGrams(out, "x", ` ${words.join(" ")} `, 5, 5);
    addConcepts(out, normalized);
    return out.sorted();
}
/** The hash carried on over one space. */
function spaced(h) {
    return Math.imul(h ^ SPACE, FNV_PRIME) >>> 0;
}
//# sourceMappingURL=features.js.map