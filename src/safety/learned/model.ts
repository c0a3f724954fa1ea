/**
 * The learned layer at run time: two logistic-regression heads over hashed n-grams (see
 * `features.ts`), read from the model file that `scripts/train-risk-model.mjs` writes. `risk`
 * says whether a message shows any risk or distress; `crisis` whether it describes a crisis.
 */
import { FEATURE_BUCKETS, featureIndices } from "./features.js";

/** A trained head, as stored: int8 weights with one scale, and a bias. */
export interface StoredHead {
  bias: number;
  scale: number;
  /** Base64 of FEATURE_BUCKETS signed bytes; weight = byte * scale. */
  weights: string;
}

/** The model file's contents. */
export interface StoredModel {
  version: 1;
  buckets: number;
  /** Thresholds chosen at training time on data the model did not see. */
  thresholds: { concern: number; crisis: number };
  risk: StoredHead;
  crisis: StoredHead;
  /** How the model was made: seed, example counts; no text. */
  trainedOn: Record<string, number | string>;
}

/** A head ready to score: weights as floats. */
export interface Head {
  bias: number;
  weights: Float32Array;
}

/** The raw evidence of one text for both heads, enough to join texts without keeping them. */
export interface Evidence {
  /** Sum of the risk head's weights over the text's features. */
  risk: number;
  /** Sum of the crisis head's weights over the text's features. */
  crisis: number;
  /** Number of features. */
  n: number;
}

/** Decodes a stored head. */
export function decodeHead(head: StoredHead, buckets: number): Head {
  const bytes = Buffer.from(head.weights, "base64");
  if (bytes.length !== buckets) throw new Error(`risk model head has ${bytes.length} weights`);
  const weights = new Float32Array(buckets);
  for (let i = 0; i < buckets; i++) weights[i] = (((bytes[i] ?? 0) << 24) >> 24) * head.scale;
  return { bias: head.bias, weights };
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A loaded model: scores normalised text. */
export class RiskModel {
  readonly risk: Head;
  readonly crisis: Head;
  readonly thresholds: StoredModel["thresholds"];

  constructor(stored: StoredModel) {
    if (stored.buckets !== FEATURE_BUCKETS) {
      throw new Error(
        `risk model has ${stored.buckets} buckets; the features use ${FEATURE_BUCKETS}`,
      );
    }
    this.risk = decodeHead(stored.risk, stored.buckets);
    this.crisis = decodeHead(stored.crisis, stored.buckets);
    this.thresholds = stored.thresholds;
  }

  /** The evidence of one normalised text. */
  evidence(normalized: string): Evidence {
    const features = featureIndices(normalized);
    let risk = 0;
    let crisis = 0;
    for (const i of features) {
      risk += this.risk.weights[i] ?? 0;
      crisis += this.crisis.weights[i] ?? 0;
    }
    return { risk, crisis, n: features.length };
  }

  /** Probabilities of both heads from (possibly joined) evidence. */
  score(evidence: Evidence): { risk: number; crisis: number } {
    const norm = evidence.n > 0 ? Math.sqrt(evidence.n) : 1;
    return {
      risk: sigmoid(this.risk.bias + evidence.risk / norm),
      crisis: sigmoid(this.crisis.bias + evidence.crisis / norm),
    };
  }
}
