/**
 * Where a rich menu's areas sit for one deployment, and which image goes with that layout. The
 * image script draws the same layout that `komorebi line setup` sends to LINE, so a tap always
 * lands on the area it shows.
 */
import { createHash } from "node:crypto";
/** LINE's rich menu images are 2500 pixels wide. */
export const RICH_MENU_WIDTH = 2500;
/** Heights of the two sizes. */
export const RICH_MENU_HEIGHT = {
    large: 1686,
    compact: 843,
};
/** LINE refuses a rich menu image over 1 MB. */
export const RICH_MENU_MAX_IMAGE_BYTES = 1024 * 1024;
/** Longest chat bar text LINE accepts. */
export const RICH_MENU_MAX_CHAT_BAR_TEXT = 14;
/** Longest action label LINE accepts (read out by screen readers). */
export const RICH_MENU_MAX_LABEL = 20;
/**
 * Places the areas the deployment can keep (`can`): rows share the height, a row's areas its
 * width; an area left out widens the others in its row, a row left empty gives its height away.
 */
export function richMenuLayout(menu, can) {
    const width = RICH_MENU_WIDTH;
    const height = RICH_MENU_HEIGHT[menu.size];
    const hidden = new Set();
    const rows = menu.rows
        .map((row) => row.flatMap((id) => {
        const area = menu.areas[id];
        if (!area)
            return [];
        if (area.requires && !can(area.requires)) {
            hidden.add(area.requires);
            return [];
        }
        return [{ id, area }];
    }))
        .filter((row) => row.length > 0);
    const areas = [];
    rows.forEach((row, rowIndex) => {
        const [y, rowHeight] = share(height, rows.length, rowIndex);
        row.forEach(({ id, area }, index) => {
            const [x, areaWidth] = share(width, row.length, index);
            areas.push({ id, area, bounds: { x, y, width: areaWidth, height: rowHeight } });
        });
    });
    return { width, height, areas, hidden: [...hidden].sort() };
}
/** Every layout the menu can take (each combination of capabilities its areas require). */
export function richMenuVariants(menu) {
    const needed = [
        ...new Set(Object.values(menu.areas).flatMap((area) => (area.requires ? [area.requires] : []))),
    ].sort();
    const variants = [];
    for (let mask = 0; mask < 2 ** needed.length; mask += 1) {
        variants.push(needed.filter((_, index) => (mask & (2 ** index)) !== 0));
    }
    return variants;
}
/**
 * The image for a locale and layout, relative to the content folder: the menu's own `images`
 * entry, else `rich-menu/ja.png`, `rich-menu/ja.no-handoff.png`...
 */
export function richMenuImagePath(menu, locale, hidden) {
    const own = menu.images?.[locale];
    if (own)
        return own;
    return `rich-menu/${locale}${hidden.map((capability) => `.no-${capability}`).join("")}.png`;
}
/** The file, beside the default images, that records what each was drawn from. */
export const RICH_MENU_DRAWN_FROM = "rich-menu/drawn-from.json";
/**
 * What an image drawn for `layout` in `locale` shows: where each area is and what it says. The
 * image script records it for every image it draws, and the check compares: an image drawn
 * before areas moved would send a tap on "いま、とてもつらい" to whatever now lies under it.
 */
export function richMenuDrawingKey(layout, locale) {
    const shown = layout.areas.map(({ id, area, bounds }) => ({
        id,
        bounds,
        label: area.label[locale] ?? "",
        hint: area.hint?.[locale] ?? "",
        icon: area.icon ?? "",
        tone: area.tone,
    }));
    const key = JSON.stringify({ width: layout.width, height: layout.height, shown });
    return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
/** Splits `total` into `parts` whole pixels; the last part takes what rounding leaves. */
function share(total, parts, index) {
    const size = Math.floor(total / parts);
    const start = size * index;
    return [start, index === parts - 1 ? total - start : size];
}
//# sourceMappingURL=rich-menu.js.map