/**
 * How komorebi names what it keeps on LINE for the rich menu, so `line setup` (which creates
 * it), the adapter (which links a person's menu to their language) and `doctor` (which checks
 * it) agree. A menu's name carries a hash of what it shows: setup recognises a menu that is
 * already right and changes nothing.
 */
/** Prefix of every rich menu komorebi creates; menus without it are not komorebi's to touch. */
export const RICH_MENU_NAME_PREFIX = "komorebi";
/** The alias that points at a locale's current menu (1-32 of `[A-Za-z0-9_-]`). */
export function richMenuAliasId(locale) {
    return `${RICH_MENU_NAME_PREFIX}-${locale}`;
}
/** A menu's name: `komorebi ja 1a2b3c4d5e6f` (LINE allows 300 characters). */
export function richMenuName(locale, hash) {
    return `${RICH_MENU_NAME_PREFIX} ${locale} ${hash}`;
}
/** The locale and hash in one of komorebi's menu names; undefined for anyone else's menu. */
export function parseRichMenuName(name) {
    const match = /^komorebi ([a-z]{2,3}) ([0-9a-f]{12})$/.exec(name);
    return match ? { locale: match[1], hash: match[2] } : undefined;
}
//# sourceMappingURL=rich-menu-names.js.map