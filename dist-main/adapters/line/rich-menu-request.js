/**
 * The rich menu LINE is given for one locale: content's layout for this deployment as LINE's
 * rich menu object (each area a postback carrying a shortcut, its label shown in the chat as the
 * person's own message), the image that goes with it, and a hash of both, which names the menu
 * so that `line setup` recognises one that is already right.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { richMenuImagePath, richMenuLayout } from "../../content/rich-menu.js";
import { encodeShortcut } from "../../core/shortcut.js";
import { richMenuName } from "./rich-menu-names.js";
/** Builds the menu for `locale` from content; reads its image from the content folder. */
export async function lineRichMenu(rich, contentDir, locale, can) {
    const { menu } = rich;
    const layout = richMenuLayout(menu, can);
    const areas = layout.areas.map(({ area, bounds }) => {
        const label = area.label[locale] ?? Object.values(area.label)[0] ?? "";
        const action = {
            type: "postback",
            label,
            data: encodeShortcut("command" in area.action
                ? { command: area.action.command }
                : { choice: choiceRef(area.action.choice) }),
            // The tap reads in the chat as the person's words, like a quick reply's label does.
            displayText: label,
            // The answer needs the room: the menu closes, its bar stays.
            inputOption: "closeRichMenu",
        };
        return { bounds, action };
    });
    const path = richMenuImagePath(menu, locale, layout.hidden);
    const bytes = await readFile(join(contentDir, path));
    const contentType = bytes[0] === 0xff && bytes[1] === 0xd8 ? "image/jpeg" : "image/png";
    const request = {
        size: { width: layout.width, height: layout.height },
        selected: menu.shownOpen,
        chatBarText: menu.chatBarText[locale] ?? Object.values(menu.chatBarText)[0] ?? "",
        areas,
    };
    const hash = createHash("sha256")
        .update(JSON.stringify(request))
        .update(bytes)
        .digest("hex")
        .slice(0, 12);
    return {
        locale,
        name: richMenuName(locale, hash),
        request: { ...request, name: richMenuName(locale, hash) },
        image: { path, bytes, contentType },
    };
}
function choiceRef(token) {
    const [flow = "", node = "", choice = ""] = token.split(".");
    return { flow, node, choice };
}
//# sourceMappingURL=rich-menu-request.js.map