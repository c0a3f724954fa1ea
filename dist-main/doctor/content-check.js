import { ContentError } from "../content/errors.js";
import { loadContent } from "../content/load.js";
import { errorText } from "../core/error-text.js";
const DAY_MS = 24 * 60 * 60 * 1000;
/** A resource unchecked for longer than this is out of date. */
export const RESOURCE_MAX_AGE_DAYS = 365;
/** Within this many days of that, it is due for a check. */
export const RESOURCE_DUE_DAYS = 30;
/** Loads and checks the content; the content itself for the checks that follow, when it loads. */
export async function checkContentLoads(config) {
    const name = "content";
    try {
        const content = await loadContent(config.CONTENT_DIR);
        const richMenu = content.richMenu ? ", a LINE rich menu" : "";
        return {
            check: {
                name,
                status: "ok",
                detail: `${content.flows.size} flows, ${content.resources.size} regions${richMenu}, locales ${content.system.locales.join(", ")}`,
            },
            content,
        };
    }
    catch (error) {
        const problems = error instanceof ContentError ? error.problems : [errorText(error)];
        const shown = problems.slice(0, 3).join("; ");
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
        return {
            check: {
                name,
                status: "fail",
                detail: `${shown}${more}`,
                fix: `run \`npx komorebi content check${config.CONTENT_DIR ? ` --dir ${config.CONTENT_DIR}` : ""}\` and fix every line it prints; komorebi will not start until then`,
            },
        };
    }
}
/** Whether every resource entry was checked within a year, and which are due soon. */
export function checkResourceFreshness(content, now) {
    const stale = [];
    const due = [];
    let entries = 0;
    for (const [region, resources] of content.resources) {
        const file = `resources/${region.toLowerCase()}.yaml`;
        for (const group of ["emergency", "crisis", "support", "abuse"]) {
            (resources[group] ?? []).forEach((entry, index) => {
                entries += 1;
                const age = Math.floor((now.getTime() - Date.parse(`${entry.checked}T00:00:00Z`)) / DAY_MS);
                const where = `${file} ${group}.${index} ${entry.name.en ?? Object.values(entry.name)[0]} (checked ${entry.checked})`;
                if (age > RESOURCE_MAX_AGE_DAYS)
                    stale.push(where);
                else if (age > RESOURCE_MAX_AGE_DAYS - RESOURCE_DUE_DAYS)
                    due.push(where);
            });
        }
    }
    const name = "resources";
    if (stale.length > 0) {
        return {
            name,
            status: "fail",
            detail: `${stale.length} of ${entries} entries not checked for over a year: ${stale.join("; ")}`,
            fix: "confirm each number, address and opening hours with the service itself, then set `checked` to today's date (YYYY-MM-DD) in that file",
        };
    }
    if (due.length > 0) {
        return {
            name,
            status: "warn",
            detail: `${due.length} of ${entries} entries are due for a check within ${RESOURCE_DUE_DAYS} days: ${due.join("; ")}`,
            fix: "confirm them with the services and update `checked` before they turn a year old",
        };
    }
    return {
        name,
        status: "ok",
        detail: `all ${entries} entries checked within the last ${RESOURCE_MAX_AGE_DAYS - RESOURCE_DUE_DAYS} days`,
    };
}
//# sourceMappingURL=content-check.js.map