/**
 * Generated families written for the kinds the seventh and eighth passes' rounds showed the
 * learned layer does not know (a date set, means bought or tested, last letters and things
 * given away behind a false story, medicine, food or water stopped, violence at home under way,
 * a silent room behind a locked door), each with everyday hard negatives from the same words.
 * **Not adopted**: with them in training, every recorded round's ordinary messages raised to
 * concern went up (docs/safety.md, "Training families for the seventh and eighth passes'
 * kinds"), so they are not in the training data. `scripts/evaluate-risk-model.mjs
 * --candidates` trains with them appended, for whoever measures the next attempt.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { EN_DATE_SET } from "./en-date-set.js";
import { EN_LAST_LETTERS } from "./en-last-letters.js";
import { EN_MEANS_TESTED } from "./en-means-tested.js";
import { EN_SILENT_DOOR } from "./en-silent-door.js";
import { EN_STOPPED_LIVING } from "./en-stopped-living.js";
import { EN_VIOLENCE_NOW } from "./en-violence-now.js";
import { EN_VOICE } from "./en-voice.js";
import { JA_DATE_SET } from "./ja-date-set.js";
import { JA_LAST_LETTERS } from "./ja-last-letters.js";
import { JA_MEANS_TESTED } from "./ja-means-tested.js";
import { JA_SILENT_DOOR } from "./ja-silent-door.js";
import { JA_STOPPED_LIVING } from "./ja-stopped-living.js";
import { JA_VIOLENCE_NOW } from "./ja-violence-now.js";
import { JA_VOICE } from "./ja-voice.js";

/** The candidate families by kind, so that one kind can be tried alone. */
export const CANDIDATE_KINDS: Readonly<Record<string, readonly Family[]>> = {
  date: [...JA_DATE_SET, ...EN_DATE_SET],
  means: [...JA_MEANS_TESTED, ...EN_MEANS_TESTED],
  letters: [...JA_LAST_LETTERS, ...EN_LAST_LETTERS],
  stopped: [...JA_STOPPED_LIVING, ...EN_STOPPED_LIVING],
  violence: [...JA_VIOLENCE_NOW, ...EN_VIOLENCE_NOW],
  door: [...JA_SILENT_DOOR, ...EN_SILENT_DOOR],
  // Ordinary messages in the voice crises are written in (ja-voice.ts, en-voice.ts).
  voice: [...JA_VOICE, ...EN_VOICE],
  // The same without the kinds named in docs/safety.md as the learned false crises of round 17
  // (a present, a check-in, a will or insurance): the voice alone, to see what is fit by kind.
  "voice-plain": [...JA_VOICE, ...EN_VOICE].filter(
    (f) => !/voice-(present|check-in|papers)$/.test(f.id),
  ),
};
