/** Encodes a choice reference for a button. */
export function encodeChoice(ref) {
    return `${ref.flow}.${ref.node}.${ref.choice}`;
}
/** Decodes a button token; undefined for anything that is not one of ours. */
export function decodeChoice(token) {
    const match = /^([a-z0-9-]{1,20})\.([a-z0-9-]{1,20})\.([a-z0-9-]{1,20})$/.exec(token);
    if (!match)
        return undefined;
    const [, flow, node, choice] = match;
    return { flow, node, choice };
}
//# sourceMappingURL=choice-token.js.map