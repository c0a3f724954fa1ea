/** Resolves `node`, `@flow`, `@flow.node` or `@return` as seen from `fromFlow`. */
export function resolveTarget(content, fromFlow, target) {
    if (target === "@return")
        return { return: true };
    if (!target.startsWith("@")) {
        const flow = content.flows.get(fromFlow);
        return flow?.nodes[target] ? { flow: fromFlow, node: target } : undefined;
    }
    const [flowId, nodeId] = target.slice(1).split(".");
    const flow = flowId ? content.flows.get(flowId) : undefined;
    if (!flow)
        return undefined;
    const node = nodeId ?? flow.start;
    return flow.nodes[node] ? { flow: flow.id, node } : undefined;
}
/** The node at a position, if the content still has it (content can change between deploys). */
export function nodeAt(content, position) {
    return content.flows.get(position.flow)?.nodes[position.node];
}
/** The resources for a region, falling back to `XX`. */
export function resourcesFor(content, region) {
    return content.resources.get(region) ?? content.resources.get("XX");
}
/** Every target a node can lead to, with the path of the field that names it. */
export function targetsOf(node) {
    const otherwise = node.otherwise ? [{ path: "otherwise", target: node.otherwise }] : [];
    switch (node.type) {
        case "ask":
            return [
                ...node.choices.map((choice, index) => ({
                    path: `choices.${index}.next`,
                    target: choice.next,
                })),
                ...(node.onText ? [{ path: "onText", target: node.onText }] : []),
                ...(node.skip ? [{ path: "skip", target: node.skip }] : []),
                ...otherwise,
            ];
        case "input":
            return [
                { path: "next", target: node.next },
                ...(node.skip ? [{ path: "skip", target: node.skip }] : []),
                ...(node.done ? [{ path: "done", target: node.done }] : []),
                ...otherwise,
            ];
        case "end":
            return otherwise;
        case "resources":
            return [
                { path: "next", target: node.next },
                ...(node.none ? [{ path: "none", target: node.none }] : []),
                ...otherwise,
            ];
        default:
            return [{ path: "next", target: node.next }, ...otherwise];
    }
}
//# sourceMappingURL=content.js.map