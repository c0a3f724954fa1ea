/** `komorebi content check` and `komorebi content graph`. */
import { checkContent } from "../content/check.js";
import { flowToMermaid } from "../content/graph.js";
import { defaultContentDir, loadContent } from "../content/load.js";
/** Prints every finding; exit code 1 when there is any. */
export async function runContentCheck(dir, out) {
    const content = await loadContent(dir ?? defaultContentDir, { schemaOnly: true });
    const findings = checkContent(content);
    for (const finding of findings) {
        out.write(`${finding.severity}: ${finding.file}: ${finding.path}: ${finding.message} [${finding.rule}]\n`);
    }
    const flows = content.flows.size;
    const regions = content.resources.size;
    if (findings.length === 0) {
        out.write(`content ok: ${flows} flows, ${regions} regions, locales ${content.system.locales.join(", ")}\n`);
        return 0;
    }
    out.write(`${findings.length} problem(s) in ${flows} flows\n`);
    return 1;
}
/** Prints a flow (or all flows) as a Mermaid diagram. */
export async function runContentGraph(dir, flow, locale, out) {
    const content = await loadContent(dir ?? defaultContentDir, { schemaOnly: true });
    out.write(`${flowToMermaid(content, flow, locale)}\n`);
    return 0;
}
//# sourceMappingURL=content.js.map