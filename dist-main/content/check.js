/**
 * `komorebi content check`: finds what would hurt a person or break a conversation before it
 * ships. Structural problems (unknown targets, unreachable nodes, dead ends, loops, missing
 * translations, channel limits) and the content guide's machine-checkable rules (a way out of
 * every question, no long runs of questions, short messages, banned phrases, words that do not fit
 * after what someone has just written, full-width punctuation in Japanese).
 */
import { afterFreeText, bannedPhrases, exclamation, halfWidthInJapanese, } from "./banned-phrases.js";
import { checkRichMenu } from "./check-rich-menu.js";
import { nodeAt, resolveTarget, targetsOf } from "./content.js";
/** LINE's quick-reply limits are the tightest of the channels, so content is held to them. */
export const MAX_LABEL_LENGTH = 20;
/** LINE quick replies carry at most 13 items. */
export const MAX_CHOICES = 13;
/** Longest message, per locale (characters); a phone screen, not a letter. */
export const MAX_TEXT_LENGTH = { ja: 320, default: 640 };
/** The guide: no more than three questions in a row without a non-question message. */
export const MAX_QUESTIONS_IN_A_ROW = 3;
const keyOf = (flow, node) => `${flow}.${node}`;
/** Runs every check; an empty list means the content is ready to ship. */
export function checkContent(content) {
    const findings = [];
    const systemFile = "system.yaml";
    const locales = content.system.locales;
    const translations = (file, path, text) => {
        for (const locale of locales) {
            if (!text[locale]) {
                findings.push({
                    severity: "error",
                    rule: "missing-translation",
                    file,
                    path,
                    message: `no "${locale}" text`,
                });
            }
        }
        for (const locale of Object.keys(text)) {
            if (!locales.includes(locale)) {
                findings.push({
                    severity: "error",
                    rule: "unknown-locale",
                    file,
                    path: `${path}.${locale}`,
                    message: `"${locale}" is not in system.yaml locales (${locales.join(", ")})`,
                });
            }
        }
    };
    const guide = (file, path, text) => {
        for (const [locale, value] of Object.entries(text)) {
            const limit = MAX_TEXT_LENGTH[locale] ?? MAX_TEXT_LENGTH.default ?? 640;
            if (value.length > limit) {
                findings.push({
                    severity: "error",
                    rule: "message-length",
                    file,
                    path: `${path}.${locale}`,
                    message: `${value.length} characters; keep a message under ${limit} (split it into two say nodes)`,
                });
            }
            for (const banned of [...(bannedPhrases[locale] ?? []), exclamation]) {
                const found = value.match(banned.pattern);
                if (found) {
                    findings.push({
                        severity: "error",
                        rule: "banned-phrase",
                        file,
                        path: `${path}.${locale}`,
                        message: `"${found[0]}": ${banned.why}`,
                    });
                }
            }
        }
    };
    const text = (file, path, value) => {
        translations(file, path, value);
        guide(file, path, value);
        punctuation(file, path, value);
    };
    const punctuation = (file, path, value) => {
        const ja = value.ja;
        if (ja === undefined)
            return;
        const found = withoutUrlsAndPlaceholders(ja).match(halfWidthInJapanese.pattern);
        if (found) {
            findings.push({
                severity: "error",
                rule: "half-width-punctuation",
                file,
                path: `${path}.ja`,
                message: `"${found[0]}": ${halfWidthInJapanese.why}`,
            });
        }
    };
    if (!locales.includes(content.system.defaultLocale)) {
        findings.push({
            severity: "error",
            rule: "unknown-locale",
            file: systemFile,
            path: "defaultLocale",
            message: `"${content.system.defaultLocale}" is not one of the locales`,
        });
    }
    for (const locale of locales) {
        if (!content.system.localeNames[locale]) {
            findings.push({
                severity: "error",
                rule: "missing-translation",
                file: systemFile,
                path: "localeNames",
                message: `no name for "${locale}"`,
            });
        }
    }
    for (const [key, value] of Object.entries(content.system.texts)) {
        text(systemFile, `texts.${key}`, value);
    }
    for (const [channel, texts] of Object.entries(content.system.channelTexts ?? {})) {
        for (const [key, value] of Object.entries(texts ?? {})) {
            text(systemFile, `channelTexts.${channel}.${key}`, value);
        }
    }
    // The two buttons under every free-text question are labels too.
    for (const key of ["input-skip-label", "input-done-label"]) {
        for (const [locale, label] of Object.entries(content.system.texts[key] ?? {})) {
            if ([...label].length > MAX_LABEL_LENGTH) {
                findings.push({
                    severity: "error",
                    rule: "label-length",
                    file: systemFile,
                    path: `texts.${key}.${locale}`,
                    message: `${[...label].length} characters; LINE allows ${MAX_LABEL_LENGTH}`,
                });
            }
        }
    }
    content.system.acknowledgements.forEach((ack, index) => {
        text(systemFile, `acknowledgements.${index}`, ack);
        findings.push(...afterText(systemFile, `acknowledgements.${index}`, ack));
    });
    // Said in answer to whatever the person wrote when they come back.
    for (const key of ["welcome-back", "input-acknowledged"]) {
        const said = content.system.texts[key];
        if (said)
            findings.push(...afterText(systemFile, `texts.${key}`, said));
    }
    for (const locale of locales) {
        if (!content.system.doneWords[locale]) {
            findings.push({
                severity: "error",
                rule: "missing-translation",
                file: systemFile,
                path: "doneWords",
                message: `no "${locale}" words`,
            });
        }
    }
    // Entry points and command targets: checked, and the roots of reachability.
    const roots = [];
    const rootTarget = (path, target) => {
        const resolved = resolveTarget(content, "", target);
        if (target.startsWith("@") && target !== "@return" && !resolved) {
            findings.push({
                severity: "error",
                rule: "unknown-target",
                file: systemFile,
                path,
                message: `"${target}" does not exist`,
            });
        }
        else if (!target.startsWith("@")) {
            findings.push({
                severity: "error",
                rule: "unknown-target",
                file: systemFile,
                path,
                message: `"${target}" must name a flow (@flow or @flow.node)`,
            });
        }
        if (resolved && "flow" in resolved)
            roots.push(keyOf(resolved.flow, resolved.node));
    };
    for (const [name, target] of Object.entries(content.system.entry)) {
        rootTarget(`entry.${name}`, target);
    }
    for (const [name, command] of Object.entries(content.system.commands)) {
        if (command.next)
            rootTarget(`commands.${name}.next`, command.next);
        for (const locale of locales) {
            if (!command.words[locale]) {
                findings.push({
                    severity: "error",
                    rule: "missing-translation",
                    file: systemFile,
                    path: `commands.${name}.words`,
                    message: `no "${locale}" words`,
                });
            }
        }
    }
    for (const flow of content.flows.values()) {
        const file = content.files.get(flow.id) ?? `flows/${flow.id}.yaml`;
        text(file, "title", flow.title);
        for (const [nodeId, node] of Object.entries(flow.nodes)) {
            checkNode(content, flow, nodeId, node, file, findings, text);
        }
    }
    findUnreachable(content, roots, findings);
    findDeadEnds(content, findings);
    findQuestionRuns(content, findings);
    for (const [region, resources] of content.resources) {
        const file = `resources/${region.toLowerCase()}.yaml`;
        translations(file, "name", resources.name);
        for (const group of ["emergency", "crisis", "support"]) {
            resources[group].forEach((entry, index) => {
                translations(file, `${group}.${index}.name`, entry.name);
                translations(file, `${group}.${index}.hours`, entry.hours);
                punctuation(file, `${group}.${index}.name`, entry.name);
                punctuation(file, `${group}.${index}.hours`, entry.hours);
                if (entry.note) {
                    translations(file, `${group}.${index}.note`, entry.note);
                    punctuation(file, `${group}.${index}.note`, entry.note);
                }
            });
        }
    }
    findings.push(...checkRichMenu(content, text));
    return findings;
}
function checkNode(content, flow, nodeId, node, file, findings, text) {
    const at = `nodes.${nodeId}`;
    for (const { path, target } of targetsOf(node)) {
        if (!resolveTarget(content, flow.id, target)) {
            findings.push({
                severity: "error",
                rule: "unknown-target",
                file,
                path: `${at}.${path}`,
                message: `"${target}" does not exist`,
            });
        }
    }
    if ("text" in node && node.text)
        text(file, `${at}.text`, node.text);
    if (node.type === "handoff")
        text(file, `${at}.unavailableText`, node.unavailableText);
    if ((node.type === "input" || node.type === "ask") && node.acknowledgements) {
        node.acknowledgements.forEach((ack, index) => {
            text(file, `${at}.acknowledgements.${index}`, ack);
            findings.push(...afterText(file, `${at}.acknowledgements.${index}`, ack));
        });
    }
    if (node.type === "ask" && node.onText && !node.acknowledgements) {
        // The node free text leads to answers it: its first words must fit anything written.
        const resolved = resolveTarget(content, flow.id, node.onText);
        const answer = resolved && "flow" in resolved ? nodeAt(content, resolved) : undefined;
        if (answer && "text" in answer && answer.text) {
            findings.push(...afterText(file, `${at}.onText (${resolved && "flow" in resolved ? `${resolved.flow}.${resolved.node}` : ""})`, answer.text));
        }
    }
    if (node.type === "input") {
        if (!node.skip) {
            findings.push({
                severity: "error",
                rule: "no-way-out",
                file,
                path: at,
                message: "an input node needs `skip` so the person can pass",
            });
        }
    }
    if (node.type !== "ask")
        return;
    if (node.choices.length > MAX_CHOICES) {
        findings.push({
            severity: "error",
            rule: "too-many-choices",
            file,
            path: `${at}.choices`,
            message: `${node.choices.length} choices; LINE shows at most ${MAX_CHOICES}`,
        });
    }
    const seen = new Set();
    node.choices.forEach((choice, index) => {
        const path = `${at}.choices.${index}`;
        if (seen.has(choice.id)) {
            findings.push({
                severity: "error",
                rule: "duplicate-choice",
                file,
                path: `${path}.id`,
                message: `choice id "${choice.id}" is used twice in this node`,
            });
        }
        seen.add(choice.id);
        text(file, `${path}.label`, choice.label);
        for (const [locale, label] of Object.entries(choice.label)) {
            if ([...label].length > MAX_LABEL_LENGTH) {
                findings.push({
                    severity: "error",
                    rule: "label-length",
                    file,
                    path: `${path}.label.${locale}`,
                    message: `${[...label].length} characters; LINE allows ${MAX_LABEL_LENGTH}`,
                });
            }
        }
    });
    if (node.choices.every((choice) => choice.requires !== undefined)) {
        findings.push({
            severity: "error",
            rule: "no-way-out",
            file,
            path: `${at}.choices`,
            message: "every choice requires something a deployment may not have; keep one that does not",
        });
    }
    // A way out that the deployment may hide is no way out.
    const wayOut = node.skip !== undefined ||
        node.choices.some((choice) => choice.requires === undefined && leavesQuestion(content, flow.id, nodeId, choice.next));
    if (!wayOut) {
        findings.push({
            severity: "error",
            rule: "no-way-out",
            file,
            path: at,
            message: "a question needs `skip` or a choice back to the menu, @return or an end",
        });
    }
}
/** Findings for words that do not fit straight after what someone has written. */
function afterText(file, path, value) {
    const findings = [];
    for (const [locale, said] of Object.entries(value)) {
        for (const unfit of afterFreeText[locale] ?? []) {
            const found = said.match(unfit.pattern);
            if (found) {
                findings.push({
                    severity: "error",
                    rule: "after-free-text",
                    file,
                    path: `${path}.${locale}`,
                    message: `"${found[0]}": ${unfit.why}`,
                });
            }
        }
    }
    return findings;
}
/** Japanese text without the parts that are written half width on purpose. */
function withoutUrlsAndPlaceholders(text) {
    return text.replace(/https?:\/\/\S+/g, " ").replace(/\{\w+\}/g, " ");
}
/** A choice that returns, goes to the menu, or ends lets the person out of a question. */
function leavesQuestion(content, flowId, nodeId, target) {
    if (target === "@return")
        return true;
    const resolved = resolveTarget(content, flowId, target);
    if (!resolved || !("flow" in resolved))
        return false;
    const menu = resolveTarget(content, "", content.system.entry.menu);
    if (menu && "flow" in menu && menu.flow === resolved.flow && menu.node === resolved.node) {
        return resolved.flow !== flowId || resolved.node !== nodeId;
    }
    return nodeAt(content, resolved)?.type === "end";
}
function edges(content, flowId, node) {
    const out = [];
    for (const { target } of targetsOf(node)) {
        const resolved = resolveTarget(content, flowId, target);
        if (resolved && "flow" in resolved)
            out.push(keyOf(resolved.flow, resolved.node));
    }
    return out;
}
function allNodes(content) {
    const out = [];
    for (const flow of content.flows.values()) {
        for (const [nodeId, node] of Object.entries(flow.nodes)) {
            out.push([keyOf(flow.id, nodeId), flow.id, node]);
        }
    }
    return out;
}
function findUnreachable(content, roots, findings) {
    const reached = new Set();
    const queue = [...roots];
    while (queue.length > 0) {
        const key = queue.pop();
        if (reached.has(key))
            continue;
        reached.add(key);
        const [flowId, nodeId] = key.split(".");
        const node = nodeAt(content, { flow: flowId, node: nodeId });
        if (node)
            queue.push(...edges(content, flowId, node));
    }
    for (const [key, flowId] of allNodes(content)) {
        if (!reached.has(key)) {
            findings.push({
                severity: "error",
                rule: "unreachable",
                file: content.files.get(flowId) ?? flowId,
                path: `nodes.${key.slice(flowId.length + 1)}`,
                message: "no path from the welcome, the menu or a command leads here",
            });
        }
    }
}
/**
 * A dead end is a node from which the person can never reach an end, the menu or a return; a
 * loop is a cycle of nodes that never wait for the person (the bot would talk forever).
 */
function findDeadEnds(content, findings) {
    const menu = resolveTarget(content, "", content.system.entry.menu);
    const menuKey = menu && "flow" in menu ? keyOf(menu.flow, menu.node) : undefined;
    const nodes = allNodes(content);
    const exits = new Set();
    for (const [key, flowId, node] of nodes) {
        const returns = targetsOf(node).some((t) => t.target === "@return");
        if (node.type === "end" || key === menuKey || returns)
            exits.add(key);
        void flowId;
    }
    // Walk backwards from the exits until nothing changes.
    let changed = true;
    while (changed) {
        changed = false;
        for (const [key, flowId, node] of nodes) {
            if (exits.has(key))
                continue;
            if (edges(content, flowId, node).some((next) => exits.has(next))) {
                exits.add(key);
                changed = true;
            }
        }
    }
    for (const [key, flowId, node] of nodes) {
        if (!exits.has(key)) {
            findings.push({
                severity: "error",
                rule: "dead-end",
                file: content.files.get(flowId) ?? flowId,
                path: `nodes.${key.slice(flowId.length + 1)}`,
                message: `from this ${node.type} node no path leads to an end, the menu or a return`,
            });
        }
    }
    const waits = (node) => node.type === "ask" || node.type === "input" || node.type === "end";
    for (const [key, flowId, node] of nodes) {
        if (waits(node))
            continue;
        const seen = new Set([key]);
        let current = node;
        let currentFlow = flowId;
        while (current && !waits(current)) {
            const next = edges(content, currentFlow, current)[0];
            if (!next)
                break;
            if (next === key) {
                findings.push({
                    severity: "error",
                    rule: "loop",
                    file: content.files.get(flowId) ?? flowId,
                    path: `nodes.${key.slice(flowId.length + 1)}`,
                    message: "this node leads back to itself without waiting for the person",
                });
                break;
            }
            if (seen.has(next))
                break;
            seen.add(next);
            const [nextFlow, nextNode] = next.split(".");
            currentFlow = nextFlow;
            current = nodeAt(content, { flow: nextFlow, node: nextNode });
        }
    }
}
/** Counts questions met in a row along every path; a say node or an acknowledgement resets. */
function findQuestionRuns(content, findings) {
    const isQuestion = (node) => node.type === "ask" || node.type === "input";
    const resets = (node) => node.type === "say" ||
        node.type === "resources" ||
        node.type === "handoff" ||
        node.type === "end" ||
        (node.type === "input" && (node.acknowledgements?.length ?? 0) > 0);
    // The menu is home, not an interview: the count starts afresh there. A choice that deletes
    // the data ends the conversation, so nothing follows it.
    const menu = resolveTarget(content, "", content.system.entry.menu);
    const menuKey = menu && "flow" in menu ? keyOf(menu.flow, menu.node) : undefined;
    const questionEdges = (flowId, node) => {
        if (node.type !== "ask")
            return edges(content, flowId, node);
        const kept = {
            ...node,
            choices: node.choices.filter((choice) => choice.action !== "delete-data"),
        };
        return edges(content, flowId, kept).filter((next) => next !== menuKey);
    };
    // Results that met a cycle depend on where the walk began, so only cycle-free ones are cached
    // (otherwise the verdict would depend on the order flows are checked in).
    const memo = new Map();
    const longestFrom = (key, stack) => {
        const cached = memo.get(key);
        if (cached !== undefined)
            return { run: cached, cyclic: false };
        if (stack.has(key))
            return { run: 0, cyclic: true };
        const [flowId, nodeId] = key.split(".");
        const node = nodeAt(content, { flow: flowId, node: nodeId });
        if (!node)
            return { run: 0, cyclic: false };
        // A node that resets the count does not depend on what follows: not walking on from it
        // keeps the search from going round every cycle through a say node again and again.
        if (resets(node) || (!isQuestion(node) && node.type !== "goto")) {
            const run = isQuestion(node) ? 1 : 0;
            memo.set(key, run);
            return { run, cyclic: false };
        }
        stack.add(key);
        let after = 0;
        let cyclic = false;
        for (const next of questionEdges(flowId, node)) {
            const result = longestFrom(next, stack);
            after = Math.max(after, result.run);
            cyclic ||= result.cyclic;
        }
        stack.delete(key);
        const run = isQuestion(node)
            ? resets(node)
                ? 1
                : 1 + after
            : node.type === "goto"
                ? after
                : 0;
        if (!cyclic)
            memo.set(key, run);
        return { run, cyclic };
    };
    for (const [key, flowId, node] of allNodes(content)) {
        if (!isQuestion(node))
            continue;
        const { run } = longestFrom(key, new Set());
        if (run > MAX_QUESTIONS_IN_A_ROW) {
            findings.push({
                severity: "error",
                rule: "question-run",
                file: content.files.get(flowId) ?? flowId,
                path: `nodes.${key.slice(flowId.length + 1)}`,
                message: `${run} questions in a row from here; put a say node between them (at most ${MAX_QUESTIONS_IN_A_ROW})`,
            });
        }
    }
}
//# sourceMappingURL=check.js.map