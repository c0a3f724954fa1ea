/** `komorebi content graph`: a flow as a Mermaid flowchart, for reviews and pull requests. */
import { resolveTarget } from "./content.js";
const PREVIEW_LENGTH = 40;
/** Draws one flow (or every flow) as Mermaid `flowchart TD` text in the given locale. */
export function flowToMermaid(content, flowId, locale = "en") {
    const flows = flowId ? [content.flows.get(flowId)] : [...content.flows.values()];
    if (flows.some((flow) => flow === undefined)) {
        const known = [...content.flows.keys()].join(", ");
        throw new Error(`No flow "${flowId}". Flows: ${known}`);
    }
    return flows.map((flow) => drawFlow(content, flow, locale)).join("\n\n");
}
function drawFlow(content, flow, locale) {
    const id = (node) => `${flow.id}_${node}`.replace(/-/g, "_");
    const lines = [`%% ${flow.id}: ${flow.title[locale] ?? flow.id}`, "flowchart TD"];
    const external = new Set();
    for (const [nodeId, node] of Object.entries(flow.nodes)) {
        lines.push(`  ${id(nodeId)}${shape(node, `${nodeId}: ${describe(node, locale)}`)}`);
    }
    lines.push(`  start((start)) --> ${id(flow.start)}`);
    for (const [nodeId, node] of Object.entries(flow.nodes)) {
        for (const { label, target } of labelledTargets(node, locale)) {
            const resolved = resolveTarget(content, flow.id, target);
            let to;
            if (resolved && "flow" in resolved && resolved.flow === flow.id) {
                to = id(resolved.node);
            }
            else {
                to = `ext_${target.replace(/[^a-z0-9]/g, "_")}`;
                if (!external.has(to)) {
                    external.add(to);
                    lines.push(`  ${to}[/"${escapeLabel(target)}"/]`);
                }
            }
            lines.push(label ? `  ${id(nodeId)} -->|"${escapeLabel(label)}"| ${to}` : `  ${id(nodeId)} --> ${to}`);
        }
    }
    return lines.join("\n");
}
function labelledTargets(node, locale) {
    // A node the deployment may lack is passed by to `otherwise`: the reviewer sees both ways.
    const otherwise = node.otherwise
        ? [{ label: `without ${node.requires}`, target: node.otherwise }]
        : [];
    switch (node.type) {
        case "ask":
            return [
                ...node.choices.map((choice) => ({
                    label: `${choice.label[locale] ?? choice.id}${choice.requires ? ` (needs ${choice.requires})` : ""}`,
                    target: choice.next,
                })),
                ...(node.onText ? [{ label: "text", target: node.onText }] : []),
                ...(node.skip ? [{ label: "skip", target: node.skip }] : []),
                ...otherwise,
            ];
        case "input":
            return [
                { label: "answer", target: node.next },
                ...(node.skip ? [{ label: "skip", target: node.skip }] : []),
                ...(node.done ? [{ label: "that's all", target: node.done }] : []),
                ...otherwise,
            ];
        case "end":
            return otherwise;
        case "resources":
            return [
                { target: node.next },
                ...(node.none ? [{ label: `none by ${node.ways?.join("/")}`, target: node.none }] : []),
                ...otherwise,
            ];
        default:
            return [{ target: node.next }, ...otherwise];
    }
}
function describe(node, locale) {
    const text = "text" in node && node.text ? (node.text[locale] ?? "") : "";
    const extra = node.type === "resources" ? ` (${node.kind})` : "";
    const preview = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
    return `${node.type}${extra}${preview ? ` · ${preview}` : ""}`;
}
function shape(node, label) {
    const text = `"${escapeLabel(label)}"`;
    switch (node.type) {
        case "ask":
            return `{${text}}`;
        case "input":
            return `[/${text}/]`;
        case "end":
            return `([${text}])`;
        case "resources":
        case "handoff":
            return `[[${text}]]`;
        default:
            return `[${text}]`;
    }
}
function escapeLabel(text) {
    return text.replace(/"/g, "#quot;").replace(/\n/g, " ");
}
//# sourceMappingURL=graph.js.map