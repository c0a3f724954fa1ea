function pick(random, items) {
    return items[Math.floor(random() * items.length)];
}
/** Index of the `}` that closes the `{` at `open`. */
function closing(template, open) {
    let depth = 0;
    for (let i = open; i < template.length; i++) {
        const ch = template[i];
        if (ch === "{")
            depth++;
        else if (ch === "}") {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    throw new Error(`unclosed { in template: ${template}`);
}
/** The top-level alternatives of a `{...}` body. */
function alternatives(body) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === "{")
            depth++;
        else if (ch === "}")
            depth--;
        else if (ch === "|" && depth === 0) {
            out.push(body.slice(start, i));
            start = i + 1;
        }
    }
    out.push(body.slice(start));
    return out;
}
/** One expansion of a template, choices made by `random`. */
export function expandTemplate(template, banks, random, depth = 0) {
    if (depth > 8)
        throw new Error(`templates nest too deep: ${template}`);
    let out = "";
    let i = 0;
    while (i < template.length) {
        const ch = template[i];
        if (ch === "{") {
            const end = closing(template, i);
            const choice = pick(random, alternatives(template.slice(i + 1, end)));
            out += expandTemplate(choice, banks, random, depth + 1);
            i = end + 1;
        }
        else if (ch === "<") {
            const end = template.indexOf(">", i);
            const name = end < 0 ? "" : template.slice(i + 1, end);
            const bank = banks[name];
            if (!/^[a-z][a-z0-9-]*$/.test(name) || bank === undefined) {
                // Not a bank reference: a literal "<" ("<3").
                out += ch;
                i++;
                continue;
            }
            out += expandTemplate(pick(random, bank), banks, random, depth + 1);
            i = end + 1;
        }
        else {
            out += ch;
            i++;
        }
    }
    return out;
}
/** Up to `count` distinct expansions of one template. */
export function sampleTemplate(template, banks, count, random) {
    const seen = new Set();
    for (let tries = 0; tries < count * 4 && seen.size < count; tries++) {
        const text = tidy(expandTemplate(template, banks, random));
        if (text.length > 0)
            seen.add(text);
    }
    return [...seen];
}
/** Spaces and punctuation left over by empty alternatives. */
function tidy(text) {
    return text
        .replace(/[ \t]{2,}/g, " ")
        .replace(/ ([,.!?])/g, "$1")
        .replace(/([。、])\1+/g, "$1")
        .replace(/^[\s、。,]+/, "")
        .trim();
}
/**
 * Every family's messages, framed and styled by the personas that write that kind of message,
 * in a fixed order.
 */
export function generate(families, personas, banks, settings, random) {
    const out = [];
    const seen = new Set();
    for (const family of families) {
        const fitting = personas.filter((p) => p.lang === family.lang && p.subject === family.subject);
        family.templates.forEach((template, t) => {
            for (const core of sampleTemplate(template, banks, family.per ?? settings.per, random)) {
                let text = core;
                const persona = fitting.length > 0 ? pick(random, fitting) : undefined;
                if (persona && random() < settings.framed) {
                    text = tidy(expandTemplate(pick(random, persona.frames), banks, random).replace("@", () => core));
                }
                if (persona?.styles && persona.styles.length > 0 && random() < settings.styled) {
                    text = pick(random, persona.styles)(text, random);
                }
                if (seen.has(text))
                    continue;
                seen.add(text);
                out.push({ text, label: family.label, family: family.id, group: `${family.id}#${t}` });
            }
        });
    }
    return out;
}
//# sourceMappingURL=compose.js.map