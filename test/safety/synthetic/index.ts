/**
 * The generated part of the learned layer's training data (see src/safety/learned/compose.ts):
 * families of wording in both languages, put into the mouths of the personas of issue 12 and
 * typed their way. Training data only, never measured as blind: its held-out templates are the
 * split the thresholds are chosen on, and their figures are fit.
 */
import { seededRandom } from "../../../src/safety/learned/augment.js";
import { type Family, type Generated, generate } from "../../../src/safety/learned/compose.js";
import { BANKS } from "./banks.js";
import { EN_DAILY } from "./en-daily.js";
import { EN_EVERYDAY } from "./en-everyday.js";
import { EN_ORDINARY } from "./en-ordinary.js";
import { EN_OTHER } from "./en-other.js";
import { EN_SELF } from "./en-self.js";
import { EN_SIXTH } from "./en-sixth.js";
import { EN_VEILED } from "./en-veiled.js";
import { JA_DAILY } from "./ja-daily.js";
import { JA_EVERYDAY } from "./ja-everyday.js";
import { JA_ORDINARY } from "./ja-ordinary.js";
import { JA_OTHER } from "./ja-other.js";
import { JA_SELF } from "./ja-self.js";
import { JA_SIXTH } from "./ja-sixth.js";
import { JA_VEILED } from "./ja-veiled.js";
import { PERSONAS } from "./personas.js";

export const FAMILIES = [
  ...JA_SELF,
  ...JA_OTHER,
  ...JA_ORDINARY,
  ...EN_SELF,
  ...EN_OTHER,
  ...EN_ORDINARY,
  ...JA_EVERYDAY,
  ...EN_EVERYDAY,
  ...JA_VEILED,
  ...JA_DAILY,
  ...EN_VEILED,
  ...EN_DAILY,
  ...JA_SIXTH,
  ...EN_SIXTH,
];

/**
 * The generated messages, always the same ones in the same order. Families given as `extra`
 * (candidates being measured) come after the adopted ones, so these stay exactly as they are.
 */
export function generatedMessages(extra: readonly Family[] = []): Generated[] {
  return generate(
    [...FAMILIES, ...extra],
    PERSONAS,
    BANKS,
    { per: 10, framed: 0.5, styled: 0.4 },
    seededRandom(8128),
  );
}
