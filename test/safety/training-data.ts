/**
 * Everything the learned layer is trained on, in a fixed order: the labelled set, the hold-out
 * set, the recorded blind rounds (5 and 6, joined after their first-run figures were written
 * down) and the corpora written for training. A new blind round joins only after its first run
 * is recorded.
 */
import type { TrainingExample } from "../../src/safety/learned/train.js";
import { ROUND_6 } from "./blind-round-6.js";
import { BLIND_SET } from "./blind-set.js";
import { DISTRESS_CORPUS, ORDINARY_CORPUS, OTHER_CRISIS_CORPUS } from "./corpus.js";
import { HOLDOUT_SET } from "./holdout-set.js";
import { LABELLED_SET, type LabelledCase } from "./labelled-set.js";

// The older sets marked worry about someone else as `none` (the writer is not at risk). The
// learned layer scores the danger a message describes, whoever it is about.
const DANGER_WORDS_RE = /死|消え|自殺|自傷|リスカ|切っ|kill|die|suicid|cut|hurt|harm/i;

function fromLabelled(cases: readonly LabelledCase[], source: string): TrainingExample[] {
  return cases.map((c) => {
    const aboutOther = c.category === "third-party" && DANGER_WORDS_RE.test(c.text);
    return {
      text: c.text,
      risk: c.expected !== "none" || aboutOther ? 1 : 0,
      crisis: c.expected === "crisis" || aboutOther ? 1 : 0,
      source,
    };
  });
}

/** The training examples, always in the same order. */
export function trainingExamples(): TrainingExample[] {
  return [
    ...fromLabelled(LABELLED_SET, "labelled"),
    ...fromLabelled(HOLDOUT_SET, "holdout"),
    ...fromLabelled(BLIND_SET, "blind-5"),
    ...ROUND_6.map(
      (e): TrainingExample => ({
        text: e.text,
        risk: e.label === "ordinary" ? 0 : 1,
        crisis: e.label === "crisis" ? 1 : 0,
        source: "blind-6",
      }),
    ),
    ...ORDINARY_CORPUS.map(
      (text): TrainingExample => ({ text, risk: 0, crisis: 0, source: "corpus" }),
    ),
    ...DISTRESS_CORPUS.map(
      (text): TrainingExample => ({ text, risk: 1, crisis: 0, source: "corpus" }),
    ),
    ...OTHER_CRISIS_CORPUS.map(
      (text): TrainingExample => ({ text, risk: 1, crisis: 1, source: "corpus" }),
    ),
  ];
}
