import { wordKeys } from "./text.js";
/** The match keys of a choice's labels and aliases in every locale (computed once a choice). */
export function choiceKeys(choice) {
    return wordKeys(choice, () => [
        ...Object.values(choice.label),
        ...Object.values(choice.aliases ?? {}).flat(),
    ]);
}
//# sourceMappingURL=choice-keys.js.map