/**
 * The learned layer at run time: two logistic-regression heads over hashed n-grams (see
 * `features.ts`), read from the model file that `scripts/train-risk-model.mjs` writes. `risk`
 * says whether a message shows any risk or distress; `crisis` whether it describes a crisis.
 */
import { FEATURE_BUCKETS, featureIndices } from "./features.js";
/** Decodes a stored head. */
export function decodeHead(head, buckets) {
    const bytes = Buffer.from(head.weights, "base64");
    if (bytes.length !== buckets)
        throw new Error(`risk model head has ${bytes.length} weights`);
    const weights = new Float32Array(buckets);
    for (let i = 0; i < buckets; i++)
        weights[i] = (((bytes[i] ?? 0) << 24) >> 24) * head.scale;
    return { bias: head.bias, weights };
}
/** The logistic function. */
export function sigmoid(x) {
    return 1 / (1 + Math.exp(-x));
}
/** The evidence of one normalised text. */
export function evidenceOf(risk, crisis, normalized) {
    const features = featureIndices(normalized);
    let r = 0;
    let c = 0;
    for (const i of features) {
        r += risk.weights[i] ?? 0;
        c += crisis.weights[i] ?? 0;
    }
    return { risk: r, crisis: c, n: features.length };
}
/** Probabilities of both heads from (possibly joined) evidence. */
export function probabilities(risk, crisis, evidence) {
    const norm = evidence.n > 0 ? Math.sqrt(evidence.n) : 1;
    return {
        risk: sigmoid(risk.bias + evidence.risk / norm),
        crisis: sigmoid(crisis.bias + evidence.crisis / norm),
    };
}
/** Characters of a long text the learned layer reads (head and tail): it is for short messages. */
const READ_HEAD = 2000;
const READ_TAIL = 500;
/** Sentences of a long message scored one by one (the first ones and the last ones). */
const READ_SENTENCES = 24;
const SHORTEST_SENTENCE = 4;
const PAIRED_SENTENCES = 12;
/**
 * The evidence of the whole text, or of the sentence (or two sentences side by side) that
 * reads as the most at risk: a parent's long letter with the danger in its middle is read as
 * that middle, not diluted by the greeting around it.
 */
export function strongestEvidence(risk, crisis, normalized) {
    const text = normalized.length <= READ_HEAD + READ_TAIL
        ? normalized
        : `${normalized.slice(0, READ_HEAD)}.${normalized.slice(-READ_TAIL)}`;
    let best = evidenceOf(risk, crisis, text);
    let bestScore = probabilities(risk, crisis, best).risk;
    const all = text.split(".").filter((s) => s.trim().length >= SHORTEST_SENTENCE);
    if (all.length < 2)
        return best;
    const sentences = all.length <= READ_SENTENCES ? all : [...all.slice(0, READ_SENTENCES - 8), ...all.slice(-8)];
    const parts = [...sentences];
    // Pairs of neighbouring sentences for a message of a few sentences (a parent's letter);
    // a paste of dozens is read sentence by sentence.
    if (sentences.length > 2 && sentences.length <= PAIRED_SENTENCES) {
        for (let i = 0; i + 1 < sentences.length; i++)
            parts.push(`${sentences[i]}.${sentences[i + 1]}`);
    }
    for (const part of parts) {
        const e = evidenceOf(risk, crisis, part);
        const s = probabilities(risk, crisis, e).risk;
        if (s > bestScore) {
            best = e;
            bestScore = s;
        }
    }
    return best;
}
/** A loaded model: scores normalised text. */
export class RiskModel {
    risk;
    crisis;
    thresholds;
    constructor(stored) {
        if (stored.buckets !== FEATURE_BUCKETS) {
            throw new Error(`risk model has ${stored.buckets} buckets; the features use ${FEATURE_BUCKETS}`);
        }
        this.risk = decodeHead(stored.risk, stored.buckets);
        this.crisis = decodeHead(stored.crisis, stored.buckets);
        this.thresholds = stored.thresholds;
    }
    /** The evidence of one normalised text, whole. */
    evidence(normalized) {
        return evidenceOf(this.risk, this.crisis, normalized);
    }
    /** The evidence of a normalised message as the risk check reads it: its strongest part. */
    read(normalized) {
        return strongestEvidence(this.risk, this.crisis, normalized);
    }
    /** Probabilities of both heads from (possibly joined) evidence. */
    score(evidence) {
        return probabilities(this.risk, this.crisis, evidence);
    }
}
//# sourceMappingURL=model.js.map