/**
 * A pattern that opens with lookarounds ("not after a word about a party in the 60 characters
 * before", "with a word about money in the 220 after") makes the regular expression engine
 * run those lookarounds at every position of the text, although the words the pattern then
 * consumes stand at only a few of them. The same pattern with a lookahead for its first
 * consuming piece in front matches exactly the same (every piece of the opening is zero-width,
 * so their order at one position does not matter, and the first piece must match there anyway),
 * but the cheap lookahead fails first nearly everywhere. Derived from the pattern's own source,
 * so it cannot drift from it; a pattern this does not understand is run as it is. The rules keep
 * their patterns; the check runs the guarded copies (check.ts).
 */
/**
 * Where the atom that starts at `i` ends, or `undefined` for syntax this does not read; `copied`
 * for an atom that is to be copied, which may hold no capturing group or backreference.
 */
function atomEnd(src, i, unicode, copied = false) {
    const c = src[i];
    if (c === undefined || c === ")" || c === "|")
        return undefined;
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]")
        return undefined;
    if (c === "\\")
        return escapeEnd(src, i, copied);
    if (c === "[")
        return classEnd(src, i);
    if (c === "(")
        return groupEnd(src, i, copied);
    if (!unicode)
        return i + 1;
    return i + String.fromCodePoint(src.codePointAt(i)).length;
}
function escapeEnd(src, i, copied) {
    const c = src[i + 1];
    if (c === undefined)
        return undefined;
    if (copied && (c === "k" || /[1-9]/.test(c)))
        return undefined;
    if ((c === "p" || c === "P" || c === "u") && src[i + 2] === "{") {
        const end = src.indexOf("}", i + 3);
        return end < 0 ? undefined : end + 1;
    }
    if (c === "u")
        return i + 6;
    if (c === "x")
        return i + 4;
    if (c === "c")
        return i + 3;
    return i + 2;
}
function classEnd(src, i) {
    for (let j = i + 1; j < src.length; j++) {
        if (src[j] === "\\")
            j++;
        else if (src[j] === "]")
            return j + 1;
    }
    return undefined;
}
function groupEnd(src, i, copied) {
    let depth = 0;
    for (let j = i; j < src.length;) {
        const c = src[j];
        if (c === "\\") {
            const end = escapeEnd(src, j, copied);
            if (end === undefined)
                return undefined;
            j = end;
        }
        else if (c === "[") {
            const end = classEnd(src, j);
            if (end === undefined)
                return undefined;
            j = end;
        }
        else {
            if (c === "(") {
                // A copied capturing group would number the groups after it anew: not read.
                const capturing = src[j + 1] !== "?" || (src[j + 2] === "<" && src[j + 3] !== "=" && src[j + 3] !== "!");
                if (copied && capturing)
                    return undefined;
                depth++;
            }
            else if (c === ")" && --depth === 0) {
                return j + 1;
            }
            j++;
        }
    }
    return undefined;
}
/** The quantifier at `i`: where it ends and its least count (1 and `i` when there is none). */
function quantifier(src, i) {
    const c = src[i];
    let end = i;
    let min = 1;
    if (c === "*" || c === "?")
        [end, min] = [i + 1, 0];
    else if (c === "+")
        end = i + 1;
    else if (c === "{") {
        const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
        if (m === null)
            return undefined;
        [end, min] = [i + m[0].length, Number(m[1])];
    }
    if (end > i && src[end] === "?")
        end++;
    return { end, min };
}
const LOOKAROUND_RE = /^\(\?(?:=|!|<=|<!)/;
/** One top-level alternative with the lookahead in front, or as it was. */
function guardBranch(src, unicode) {
    let i = 0;
    let lookaround = false;
    for (;;) {
        if (src.startsWith("\\b", i) || src.startsWith("\\B", i)) {
            i += 2;
            continue;
        }
        if (!LOOKAROUND_RE.test(src.slice(i, i + 4)))
            break;
        const end = groupEnd(src, i, false);
        if (end === undefined)
            return undefined;
        // A quantified lookaround is not one this reads.
        if (quantifier(src, end)?.end !== end)
            return undefined;
        lookaround = true;
        i = end;
    }
    if (!lookaround)
        return src;
    const end = atomEnd(src, i, unicode, true);
    if (end === undefined)
        return src;
    const q = quantifier(src, end);
    if (q === undefined || q.min < 1)
        return src;
    return `(?=${src.slice(i, end)})${src}`;
}
/** The top-level alternatives of a source, or `undefined` for syntax this does not read. */
function branches(src, unicode) {
    const out = [];
    let start = 0;
    for (let i = 0; i <= src.length;) {
        if (i === src.length || src[i] === "|") {
            out.push(src.slice(start, i));
            start = ++i;
            continue;
        }
        const end = atomEnd(src, i, unicode);
        if (end === undefined)
            return undefined;
        const q = quantifier(src, end);
        if (q === undefined)
            return undefined;
        i = q.end;
    }
    return out;
}
/**
 * `pattern`, or a pattern that matches exactly the same at every position and runs its
 * opening lookarounds only where its first consuming piece matches (see the module comment).
 */
export function guardLookarounds(pattern) {
    const unicode = pattern.flags.includes("u") || pattern.flags.includes("v");
    const parts = branches(pattern.source, unicode);
    if (parts === undefined)
        return pattern;
    const guarded = parts.map((part) => guardBranch(part, unicode));
    if (guarded.some((part) => part === undefined))
        return pattern;
    const source = guarded.join("|");
    if (source === pattern.source)
        return pattern;
    try {
        // A pattern of a subclass (a rule with its own gate, see rules/en/patterns.ts) stays of its
        // class, with its own fields: only its source changes.
        const guarded = Reflect.construct(RegExp, [source, pattern.flags], pattern.constructor);
        return Object.assign(guarded, pattern);
    }
    catch {
        return pattern;
    }
}
//# sourceMappingURL=guard.js.map