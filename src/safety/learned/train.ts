/**
 * Trains the learned layer: two logistic-regression heads over hashed n-grams, by plain
 * stochastic gradient descent in a fixed order from a fixed seed, so the same examples always
 * give the same model file. Thresholds come from out-of-fold scores (grouped 5-fold
 * cross-validation: a message and its variants stay in one fold), never from the data a head
 * was trained on.
 */
import { normalizeForRisk } from "../normalize.js";
import { type Random, seededRandom, variantsOf } from "./augment.js";
import { FEATURE_BUCKETS, featureIndices } from "./features.js";
import { type StoredHead, type StoredModel, sigmoid } from "./model.js";

/** One labelled message for training. */
export interface TrainingExample {
  text: string;
  /** 1 when the message shows any risk or plain distress (the bot should ask). */
  risk: 0 | 1;
  /** 1 when the message describes a crisis (the writer's or someone else's). */
  crisis: 0 | 1;
  /** Where it came from (labelled, holdout, blind-5, blind-6, corpus...), for the record. */
  source: string;
}

/** Settings of a training run; the defaults are what the committed model uses. */
export interface TrainSettings {
  seed: number;
  variants: number;
  epochs: number;
  learningRate: number;
  l2: number;
  folds: number;
  /**
   * Highest share (out of fold) of ordinary messages the risk head may raise, and of distress
   * messages the crisis head may call a crisis.
   */
  falseConcern: number;
  falseCrisis: number;
}

/** The settings of the committed model. */
export const DEFAULT_TRAIN_SETTINGS: TrainSettings = {
  seed: 20261206,
  variants: 8,
  epochs: 12,
  learningRate: 0.5,
  l2: 1e-5,
  folds: 5,
  falseConcern: 0.12,
  falseCrisis: 0.2,
};

interface Vector {
  features: number[];
  norm: number;
  risk: number;
  crisis: number;
  group: number;
}

function vectorize(text: string, risk: number, crisis: number, group: number): Vector {
  const features = featureIndices(normalizeForRisk(text));
  return { features, norm: 1 / Math.sqrt(Math.max(features.length, 1)), risk, crisis, group };
}

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

interface FloatHead {
  bias: number;
  weights: Float64Array;
}

function trainHead(
  vectors: readonly Vector[],
  label: (v: Vector) => number,
  settings: TrainSettings,
  random: Random,
): FloatHead {
  const weights = new Float64Array(FEATURE_BUCKETS);
  let bias = 0;
  const positives = vectors.filter((v) => label(v) === 1).length;
  const negatives = vectors.length - positives;
  // Balance the classes: a rare class must not be drowned out.
  const weightOf = (y: number) =>
    y === 1
      ? vectors.length / (2 * Math.max(positives, 1))
      : vectors.length / (2 * Math.max(negatives, 1));
  const order = vectors.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const v = vectors[i] as Vector;
      const y = label(v);
      let z = bias;
      for (const f of v.features) z += (weights[f] ?? 0) * v.norm;
      const rate = settings.learningRate / (1 + step / vectors.length);
      const g = (sigmoid(z) - y) * weightOf(y);
      bias -= rate * g;
      for (const f of v.features) {
        const w = weights[f] ?? 0;
        weights[f] = w - rate * (g * v.norm + settings.l2 * w);
      }
      step++;
    }
  }
  return { bias, weights };
}

// The crisis head learns to tell a crisis from distress among messages that show risk; the
// risk head has already told both from ordinary ones, idioms and games.
const atRisk = (v: Vector) => v.risk === 1;

function scoreWith(head: FloatHead, v: Vector): number {
  let z = head.bias;
  for (const f of v.features) z += (head.weights[f] ?? 0) * v.norm;
  return sigmoid(z);
}

function quantize(head: FloatHead): StoredHead {
  let max = 0;
  for (const w of head.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = Buffer.alloc(head.weights.length);
  head.weights.forEach((w, i) => {
    bytes.writeInt8(Math.max(-127, Math.min(127, Math.round(w / scale))), i);
  });
  return { bias: round(head.bias), scale: round(scale), weights: bytes.toString("base64") };
}

function round(x: number): number {
  return Number(x.toPrecision(9));
}

function expand(
  examples: readonly TrainingExample[],
  settings: TrainSettings,
  random: Random,
): Vector[] {
  const out: Vector[] = [];
  examples.forEach((e, group) => {
    out.push(vectorize(e.text, e.risk, e.crisis, group));
    for (const variant of variantsOf(e.text, settings.variants, random)) {
      out.push(vectorize(variant, e.risk, e.crisis, group));
    }
  });
  return out;
}

/** Smallest threshold (on a 0.01 grid) that keeps the share of negatives above it at most `rate`. */
function thresholdFor(negativeScores: readonly number[], rate: number): number {
  for (let t = 0.05; t < 0.995; t += 0.01) {
    const above = negativeScores.filter((s) => s >= t).length;
    if (above <= rate * negativeScores.length) return round(Math.round(t * 100) / 100);
  }
  return 0.99;
}

/** Out-of-fold scores of every original example (variants train, never score). */
export function crossValidate(
  examples: readonly TrainingExample[],
  settings: TrainSettings = DEFAULT_TRAIN_SETTINGS,
): { risk: number; crisis: number }[] {
  const random = seededRandom(settings.seed);
  const vectors = expand(examples, settings, random);
  const scores = examples.map(() => ({ risk: 0, crisis: 0 }));
  for (let fold = 0; fold < settings.folds; fold++) {
    const inFold = (v: Vector) => v.group % settings.folds === fold;
    const train = vectors.filter((v) => !inFold(v));
    const risk = trainHead(train, (v) => v.risk, settings, random);
    const crisis = trainHead(train.filter(atRisk), (v) => v.crisis, settings, random);
    examples.forEach((e, group) => {
      if (group % settings.folds !== fold) return;
      const v = vectorize(e.text, e.risk, e.crisis, group);
      scores[group] = { risk: scoreWith(risk, v), crisis: scoreWith(crisis, v) };
    });
  }
  return scores;
}

/** Trains the model file's contents from labelled examples; deterministic. */
export function trainRiskModel(
  examples: readonly TrainingExample[],
  settings: TrainSettings = DEFAULT_TRAIN_SETTINGS,
): StoredModel {
  const oof = crossValidate(examples, settings);
  const ordinary = oof.filter((_, i) => examples[i]?.risk === 0);
  const concernAt = thresholdFor(
    ordinary.map((s) => s.risk),
    settings.falseConcern,
  );
  // The crisis head only speaks for a message the risk head already raised; what it must not
  // do is call plain distress a crisis.
  const crisisAt = thresholdFor(
    oof.filter((_, i) => examples[i]?.risk === 1 && examples[i]?.crisis === 0).map((s) => s.crisis),
    settings.falseCrisis,
  );
  const thresholds = { concern: concernAt, crisis: crisisAt };
  const random = seededRandom(settings.seed + 1);
  const vectors = expand(examples, settings, random);
  const risk = trainHead(vectors, (v) => v.risk, settings, random);
  const crisis = trainHead(vectors.filter(atRisk), (v) => v.crisis, settings, random);
  const sources: Record<string, number> = {};
  for (const e of examples) sources[e.source] = (sources[e.source] ?? 0) + 1;
  return {
    version: 1,
    buckets: FEATURE_BUCKETS,
    thresholds,
    risk: quantize(risk),
    crisis: quantize(crisis),
    trainedOn: {
      seed: settings.seed,
      examples: examples.length,
      withVariants: vectors.length,
      ...sources,
    },
  };
}
