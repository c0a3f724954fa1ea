/** Reads the content folder, validates every file, and stops start-up on any error. */
import { access, readdir, readFile } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { checkContent } from "./check.js";
import { ContentError } from "./errors.js";
import { readImageInfo } from "./image-info.js";
import { RICH_MENU_DRAWN_FROM, richMenuImagePath, richMenuVariants } from "./rich-menu.js";
import { richMenuSchema } from "./rich-menu-schema.js";
import { flowSchema, regionResourcesSchema, systemSchema, } from "./schema.js";
/** The content shipped with komorebi (`src/content`, also when running from `dist/`). */
export const defaultContentDir = fileURLToPath(new URL("../../src/content/", import.meta.url));
/**
 * Loads and validates content from `dir` (system.yaml, flows/*.yaml, resources/*.yaml).
 * Throws a {@link ContentError} listing every problem as `file: path: message`.
 */
export async function loadContent(dir = defaultContentDir, options = {}) {
    const problems = [];
    const files = new Map();
    // Relative to where the operator stands when the file is below it; otherwise as an absolute
    // path (a content folder in /srv or /tmp read as "../../tmp/..." helps nobody find it).
    const display = (file) => {
        const near = relative(process.cwd(), file);
        return near && !near.startsWith("..") && !isAbsolute(near) ? near : resolve(file);
    };
    const system = await readValidated(join(dir, "system.yaml"), systemSchema, problems, display);
    const flows = new Map();
    for (const file of await yamlFiles(join(dir, "flows"), problems, display)) {
        const flow = await readValidated(file, flowSchema, problems, display);
        if (!flow)
            continue;
        if (flow.id !== basename(file).replace(/\.ya?ml$/, "")) {
            problems.push(`${display(file)}: id: the flow id "${flow.id}" must match the file name`);
        }
        if (!flow.nodes[flow.start]) {
            problems.push(`${display(file)}: start: no node "${flow.start}" in this flow`);
        }
        flows.set(flow.id, flow);
        files.set(flow.id, display(file));
    }
    const resources = new Map();
    for (const file of await yamlFiles(join(dir, "resources"), problems, display)) {
        const region = await readValidated(file, regionResourcesSchema, problems, display);
        if (!region)
            continue;
        if (resources.has(region.region)) {
            problems.push(`${display(file)}: region: "${region.region}" is defined twice`);
        }
        resources.set(region.region, region);
    }
    if (!resources.has("XX")) {
        problems.push(`${display(join(dir, "resources"))}: no fallback region file (region: XX)`);
    }
    const richMenu = await readRichMenu(dir, system?.locales ?? [], problems, display);
    if (problems.length > 0 || !system) {
        throw new ContentError(`Content in ${display(dir)} is invalid`, problems);
    }
    const content = {
        dir,
        system,
        flows,
        resources,
        files,
        ...(richMenu ? { richMenu } : {}),
    };
    if (!options.schemaOnly) {
        const errors = checkContent(content).filter((finding) => finding.severity === "error");
        if (errors.length > 0) {
            throw new ContentError(`Content in ${display(dir)} does not pass the check`, errors.map((finding) => `${finding.file}: ${finding.path}: ${finding.message}`));
        }
    }
    return content;
}
/** The rich menu, if the content has `rich-menu.yaml`, with the headers of its images. */
async function readRichMenu(dir, locales, problems, display) {
    const file = join(dir, "rich-menu.yaml");
    try {
        await access(file);
    }
    catch {
        // Optional: content copied before the rich menu existed simply has none.
        return undefined;
    }
    const menu = await readValidated(file, richMenuSchema, problems, display);
    if (!menu)
        return undefined;
    const images = new Map();
    for (const locale of locales) {
        for (const hidden of richMenuVariants(menu)) {
            const path = richMenuImagePath(menu, locale, hidden);
            if (!images.has(path))
                images.set(path, await readImageInfo(join(dir, path)));
        }
    }
    return { menu, file: display(file), images, drawnFrom: await readDrawnFrom(dir) };
}
/** `rich-menu/drawn-from.json`: image path → drawing key; empty when absent or unreadable. */
async function readDrawnFrom(dir) {
    try {
        const raw = JSON.parse(await readFile(join(dir, RICH_MENU_DRAWN_FROM), "utf8"));
        const entries = Object.entries(typeof raw === "object" && raw !== null ? raw : {});
        return new Map(entries.filter((entry) => typeof entry[1] === "string"));
    }
    catch {
        return new Map();
    }
}
async function yamlFiles(dir, problems, display) {
    try {
        const names = await readdir(dir);
        return names
            .filter((name) => /\.ya?ml$/.test(name))
            .sort()
            .map((name) => join(dir, name));
    }
    catch {
        problems.push(`${display(dir)}: folder not found`);
        return [];
    }
}
async function readValidated(file, schema, problems, display) {
    let raw;
    try {
        raw = parseYaml(await readFile(file, "utf8"));
    }
    catch (error) {
        if (error instanceof YAMLParseError) {
            const where = error.linePos?.[0];
            const at = where ? `line ${where.line}, column ${where.col}` : "(parse)";
            problems.push(`${display(file)}: ${at}: ${error.message.split("\n")[0]}`);
        }
        else {
            problems.push(`${display(file)}: cannot be read (${error.message})`);
        }
        return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
        for (const issue of result.error.issues) {
            const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
            problems.push(`${display(file)}: ${path}: ${issue.message}`);
        }
        return undefined;
    }
    return result.data;
}
//# sourceMappingURL=load.js.map