/** HTML escaping for server-rendered pages: every value from a worker or a store goes through it. */
const ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
//# sourceMappingURL=html.js.map