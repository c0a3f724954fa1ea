/** How a typed answer is matched to a choice: by the match keys of its labels and aliases. */
import type { FlowChoice } from "../content/schema.js";
import { wordKeys } from "./text.js";

/** The match keys of a choice's labels and aliases in every locale (computed once a choice). */
export function choiceKeys(choice: FlowChoice): ReadonlySet<string> {
  return wordKeys(choice, () => [
    ...Object.values(choice.label),
    ...Object.values(choice.aliases ?? {}).flat(),
  ]);
}
