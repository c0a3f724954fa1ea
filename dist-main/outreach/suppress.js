/**
 * Small-count suppression for published figures. A count below {@link MIN_SHOWN} is hidden
 * (shown as `<5`), and so that no hidden count can be worked out from the others, every sum
 * shown alongside its parts (a total and the channels in it, a period and its weeks) is checked:
 * when exactly one term of a sum is hidden, another is hidden too (the smallest visible part,
 * or the total when no part is left), until no sum has a single hidden term.
 */
/** Counts below this are never shown. */
export const MIN_SHOWN = 5;
/** How a hidden count is written. */
export const HIDDEN = "<5";
/** A cell for a count, hidden when small. */
export function cell(value) {
    return { value, hidden: value < MIN_SHOWN };
}
/** Hides further cells until no sum has exactly one hidden term. Mutates the cells. */
export function suppressComplementary(relations) {
    let changed = true;
    while (changed) {
        changed = false;
        for (const { total, parts } of relations) {
            const hiddenTerms = [total, ...parts].filter((term) => term.hidden).length;
            if (hiddenTerms !== 1)
                continue;
            const visible = parts.filter((part) => !part.hidden);
            const smallest = visible.sort((a, b) => a.value - b.value)[0];
            (smallest ?? total).hidden = true;
            changed = true;
        }
    }
}
/** A cell as published: its number, or `<5`. */
export function shown(cell) {
    return cell.hidden ? HIDDEN : cell.value;
}
//# sourceMappingURL=suppress.js.map