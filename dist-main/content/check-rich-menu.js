/**
 * The checks on `rich-menu.yaml`: every row names an area and every area sits in one row, each
 * action names a command or a question's choice that exists, nothing is promised that the
 * deployment may not keep, labels fit LINE, and every image a layout may use is there, the right
 * size and under LINE's limit.
 */
import { nodeAt } from "./content.js";
import { RICH_MENU_HEIGHT, RICH_MENU_MAX_CHAT_BAR_TEXT, RICH_MENU_MAX_IMAGE_BYTES, RICH_MENU_MAX_LABEL, RICH_MENU_WIDTH, richMenuDrawingKey, richMenuImagePath, richMenuLayout, richMenuVariants, } from "./rich-menu.js";
/**
 * Commands whose word promises something only some deployments keep: an area for one must
 * require that capability, so it is left off the menu where no one would answer.
 */
const COMMAND_PROMISES = { human: "handoff" };
/** Findings for the content's rich menu; none when it has no rich menu. */
export function checkRichMenu(content, text) {
    const rich = content.richMenu;
    if (!rich)
        return [];
    const { menu } = rich;
    const file = "rich-menu.yaml";
    const findings = [];
    const error = (rule, path, message) => findings.push({ severity: "error", rule, file, path, message });
    text(file, "chatBarText", menu.chatBarText);
    for (const [locale, value] of Object.entries(menu.chatBarText)) {
        if ([...value].length > RICH_MENU_MAX_CHAT_BAR_TEXT) {
            error("label-length", `chatBarText.${locale}`, `${[...value].length} characters; LINE allows ${RICH_MENU_MAX_CHAT_BAR_TEXT}`);
        }
    }
    const placed = new Map();
    for (const [rowIndex, row] of menu.rows.entries()) {
        for (const [index, id] of row.entries()) {
            if (!menu.areas[id]) {
                error("unknown-area", `rows.${rowIndex}.${index}`, `no area "${id}" under areas`);
            }
            placed.set(id, (placed.get(id) ?? 0) + 1);
        }
    }
    for (const [id, area] of Object.entries(menu.areas)) {
        const at = `areas.${id}`;
        const times = placed.get(id) ?? 0;
        if (times !== 1) {
            error("area-placement", at, times === 0 ? "not in any row: add it to `rows`" : "in more than one row");
        }
        text(file, `${at}.label`, area.label);
        if (area.hint)
            text(file, `${at}.hint`, area.hint);
        for (const [locale, label] of Object.entries(area.label)) {
            if ([...label].length > RICH_MENU_MAX_LABEL) {
                error("label-length", `${at}.label.${locale}`, `${[...label].length} characters; LINE allows ${RICH_MENU_MAX_LABEL}`);
            }
        }
        const problem = actionProblem(content, area);
        if (problem)
            error(problem.rule, `${at}.action`, problem.message);
    }
    for (const locale of content.system.locales) {
        for (const hidden of richMenuVariants(menu)) {
            const path = richMenuImagePath(menu, locale, hidden);
            const layout = richMenuLayout(menu, (capability) => !hidden.includes(capability));
            // The operator's own image is theirs to keep in step; a default one is checked here.
            const drawn = menu.images?.[locale]
                ? undefined
                : drawnProblem(rich.drawnFrom.get(path), richMenuDrawingKey(layout, locale));
            const problem = imageProblem(rich.images.get(path), menu.size) ?? drawn;
            if (problem) {
                const which = hidden.length > 0 ? ` (the layout without ${hidden.join(", ")})` : "";
                error("rich-menu-image", `images.${locale}`, `${path}${which}: ${problem}`);
            }
        }
    }
    return findings;
}
function actionProblem(content, area) {
    const { action } = area;
    if ("command" in action) {
        if (!content.system.commands[action.command]) {
            return {
                rule: "unknown-command",
                message: `system.yaml has no command "${action.command}"`,
            };
        }
        const promise = COMMAND_PROMISES[action.command];
        if (promise && area.requires !== promise) {
            return {
                rule: "unkept-promise",
                message: `"${action.command}" is only true where the deployment has ${promise}: add \`requires: ${promise}\``,
            };
        }
        return undefined;
    }
    const [flow, node, choiceId] = action.choice.split(".");
    const question = nodeAt(content, { flow, node });
    const choice = question?.type === "ask" ? question.choices.find((c) => c.id === choiceId) : undefined;
    if (!question || !choice) {
        return {
            rule: "unknown-target",
            message: `"${action.choice}" is not a choice of a question (flow.node.choice)`,
        };
    }
    const needed = choice.requires ?? question.requires;
    if (needed && area.requires !== needed) {
        return {
            rule: "unkept-promise",
            message: `that choice requires ${needed}: add \`requires: ${needed}\` to the area`,
        };
    }
    return undefined;
}
function drawnProblem(recorded, current) {
    if (recorded === current)
        return undefined;
    return "drawn before the areas, their places or their words last changed, so a tap could land on another area than the one shown: run `npm run render-rich-menu`";
}
function imageProblem(image, size) {
    if (!image)
        return "missing (run `npm run render-rich-menu`, or give your own under `images`)";
    if (image.type === "other")
        return "not a PNG or JPEG";
    const height = RICH_MENU_HEIGHT[size];
    if (image.width !== RICH_MENU_WIDTH || image.height !== height) {
        return `${image.width}x${image.height}; a ${size} menu needs ${RICH_MENU_WIDTH}x${height}`;
    }
    if (image.bytes > RICH_MENU_MAX_IMAGE_BYTES) {
        return `${Math.ceil(image.bytes / 1024)} KB; LINE allows 1 MB`;
    }
    return undefined;
}
//# sourceMappingURL=check-rich-menu.js.map