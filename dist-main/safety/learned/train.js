/**
 * Trains the learned layer: two logistic-regression heads over hashed n-grams, by plain
 * stochastic gradient descent in a fixed order from a fixed seed, so the same examples always
 * give the same model file.
 *
 * Thresholds are chosen on a held-out split: about a fifth of the groups (a human-written
 * message with its variants, or a generated template with every message drawn from it) is
 * kept out, the heads are trained on the rest, and the thresholds are the lowest that keep the
 * split's ordinary messages and plain distress within the targets. The model file is then
 * trained on everything with those thresholds. Holding out whole templates, not single
 * messages, is what makes the split's scores look like wording the model has not seen.
 */
import { normalizeForRisk } from "../normalize.js";
import { seededRandom, variantsOf } from "./augment.js";
import { FEATURE_BUCKETS, featureIndices } from "./features.js";
import { probabilities, sigmoid, strongestEvidence, } from "./model.js";
/** The settings of the committed model. */
export const DEFAULT_TRAIN_SETTINGS = {
    seed: 20261206,
    variants: 8,
    generatedVariants: 2,
    epochs: 12,
    learningRate: 0.5,
    l2: 3e-3,
    heldOut: 0.2,
    ordinaryConcern: 0.05,
    ordinaryCrisis: 0.02,
    distressCrisis: 0.3,
};
function vectorize(text, risk, crisis) {
    return vectorizeNormalized(normalizeForRisk(text), risk, crisis);
}
function vectorizeNormalized(normalized, risk, crisis) {
    const features = featureIndices(normalized);
    return { features, norm: 1 / Math.sqrt(Math.max(features.length, 1)), risk, crisis };
}
/** The sentences and neighbouring pairs of a normalised message, as `strongestEvidence` reads them. */
function partsOf(normalized) {
    const sentences = normalized
        .split(".")
        .filter((s) => s.trim().length >= 4)
        .slice(0, 12);
    if (sentences.length < 2)
        return [];
    const pairs = sentences.slice(1).map((s, i) => `${sentences[i]}.${s}`);
    return sentences.length > 2 ? [...sentences, ...pairs] : sentences;
}
function shuffle(items, random) {
    for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const a = items[i];
        items[i] = items[j];
        items[j] = a;
    }
    return items;
}
function trainHead(vectors, label, settings, random) {
    const weights = new Float64Array(FEATURE_BUCKETS);
    let bias = 0;
    const positives = vectors.filter((v) => label(v) === 1).length;
    const negatives = vectors.length - positives;
    // Balance the classes: a rare class must not be drowned out.
    const weightOf = (y) => y === 1
        ? vectors.length / (2 * Math.max(positives, 1))
        : vectors.length / (2 * Math.max(negatives, 1));
    const order = vectors.map((_, i) => i);
    let step = 0;
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
        shuffle(order, random);
        for (const i of order) {
            const v = vectors[i];
            const y = label(v);
            let z = bias;
            for (const f of v.features)
                z += (weights[f] ?? 0) * v.norm;
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
function quantize(head) {
    let max = 0;
    for (const w of head.weights)
        max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 127 : 1;
    const bytes = Buffer.alloc(head.weights.length);
    head.weights.forEach((w, i) => {
        bytes.writeInt8(Math.max(-127, Math.min(127, Math.round(w / scale))), i);
    });
    return { bias: round(head.bias), scale: round(scale), weights: bytes.toString("base64") };
}
function round(x) {
    return Number(x.toPrecision(9));
}
function expand(examples, settings, random) {
    const out = [];
    for (const e of examples) {
        out.push(vectorize(e.text, e.risk, e.crisis));
        if (settings.ordinaryParts && e.risk === 0) {
            for (const part of partsOf(normalizeForRisk(e.text)))
                out.push(vectorizeNormalized(part, 0, 0));
        }
        const count = e.generated ? settings.generatedVariants : settings.variants;
        for (const variant of variantsOf(e.text, count, random)) {
            out.push(vectorize(variant, e.risk, e.crisis));
        }
    }
    return out;
}
/** FNV-1a of a group name: which side of the split it falls on, the same on every machine. */
function groupHash(group) {
    let h = 0x811c9dc5;
    for (let i = 0; i < group.length; i++) {
        h ^= group.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** True when the example belongs to the held-out split the thresholds are chosen on. */
export function isHeldOut(e, index, share) {
    const group = e.group ?? `${e.source}#${index}`;
    return groupHash(group) % 1000 < share * 1000;
}
/** Scores a text with float heads, the strongest part of a long text as at run time. */
export function scoreText(risk, crisis, text) {
    return probabilities(risk, crisis, strongestEvidence(risk, crisis, normalizeForRisk(text)));
}
const UNGATED = () => ({ rules: "none", mayConcern: true, mayCrisis: true });
const GRID = Array.from({ length: 95 }, (_, i) => (i + 5) / 100);
/**
 * The thresholds that keep what the model adds to the rules within the targets on the
 * held-out split: the lowest concern threshold at which the model raises at most
 * `ordinaryConcern` of the ordinary messages the rules left alone, then the lowest crisis
 * threshold at which it calls at most `ordinaryCrisis` of the ordinary messages and
 * `distressCrisis` of plain distress a crisis the rules did not. What the rules get wrong
 * themselves no threshold can mend, so it is not charged to the model.
 */
export function chooseThresholds(examples, scores, settings, gate = UNGATED) {
    const cases = examples.map((e, i) => ({
        kind: e.crisis ? "crisis" : e.risk ? "distress" : "ordinary",
        score: scores[i],
        gate: gate(e.text),
    }));
    const ordinary = cases.filter((c) => c.kind === "ordinary");
    const distress = cases.filter((c) => c.kind === "distress");
    const rank = { none: 0, concern: 1, crisis: 2 };
    // Raised by the model to at least `min`, past what the rules gave it.
    const raised = (c, concern, crisis, min) => {
        if (rank[c.gate.rules] >= min || c.score.risk < concern)
            return false;
        if (min === 1)
            return c.gate.mayConcern;
        return c.gate.mayCrisis && c.score.crisis >= crisis;
    };
    const share = (list, concern, crisis, min) => list.filter((c) => raised(c, concern, crisis, min)).length / Math.max(list.length, 1);
    const concern = GRID.find((t) => share(ordinary, t, 2, 1) <= settings.ordinaryConcern) ?? 0.99;
    const crisis = GRID.find((t) => share(ordinary, concern, t, 2) <= settings.ordinaryCrisis &&
        share(distress, concern, t, 2) <= settings.distressCrisis) ?? 0.99;
    return { concern, crisis };
}
/** Trains both heads on the examples; deterministic for the settings and the random source. */
export function trainHeads(examples, settings, random) {
    const vectors = expand(examples, settings, random);
    const risk = trainHead(vectors, (v) => v.risk, settings, random);
    // The crisis head learns from every message: a crisis against plain distress, and against
    // the ordinary messages that the risk head lets through now and then (a head that never
    // saw an ordinary message would call half of those a crisis).
    const crisis = trainHead(vectors, (v) => v.crisis, settings, random);
    return { risk, crisis, vectors: vectors.length };
}
/** Trains without the held-out split and scores it: the thresholds, and the split's figures. */
export function heldOutRun(examples, settings = DEFAULT_TRAIN_SETTINGS, gate) {
    const held = examples.filter((e, i) => isHeldOut(e, i, settings.heldOut));
    const train = examples.filter((e, i) => !isHeldOut(e, i, settings.heldOut));
    const heads = trainHeads(train, settings, seededRandom(settings.seed));
    const scores = held.map((e) => scoreText(heads.risk, heads.crisis, e.text));
    return { examples: held, scores, thresholds: chooseThresholds(held, scores, settings, gate) };
}
/** Trains the model file's contents from labelled examples; deterministic. */
export function trainRiskModel(examples, settings = DEFAULT_TRAIN_SETTINGS, split = heldOutRun(examples, settings)) {
    if (typeof split === "function")
        split = heldOutRun(examples, settings, split);
    const heads = trainHeads(examples, settings, seededRandom(settings.seed + 1));
    const sources = {};
    for (const e of examples)
        sources[e.source] = (sources[e.source] ?? 0) + 1;
    return {
        version: 1,
        buckets: FEATURE_BUCKETS,
        thresholds: split.thresholds,
        risk: quantize(heads.risk),
        crisis: quantize(heads.crisis),
        trainedOn: {
            seed: settings.seed,
            examples: examples.length,
            withVariants: heads.vectors,
            heldOut: split.examples.length,
            ...sources,
        },
    };
}
//# sourceMappingURL=train.js.map