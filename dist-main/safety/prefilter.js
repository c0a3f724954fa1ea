/**
 * A cheap test that a regular expression cannot match a text: the literal strings that any
 * match of it must contain one of, derived from the pattern's own source at load time. The risk
 * rules run on every message, and most messages hold none of a rule's literals; a character
 * lookup and a few `includes` then stand in for the regular expression. Derived, never
 * declared, so a rule cannot drift from its prefilter; a pattern this does not understand gets
 * no prefilter and always runs.
 */
const MAX_EXACT = 32;
const UNKNOWN = { exact: undefined, required: undefined };
const EMPTY = { exact: [""], required: undefined };
class Unsupported extends Error {
}
/**
 * How much finding a literal says, roughly: a kanji or a rare letter more than a space or a
 * common kana. Capped, since past a few characters any literal is rare enough.
 */
function selectivity(literal) {
    let weight = 0;
    for (let i = 0; i < literal.length && weight < 5; i++) {
        const code = literal.charCodeAt(i);
        if (code === 0x20 || code === 0x2e || code === 0x2c)
            weight += 0.25;
        else if (code >= 0x61 && code <= 0x7a)
            weight += 1;
        else if (code >= 0x3041 && code <= 0x3096)
            weight += COMMON.includes(literal[i]) ? 1.5 : 2;
        else
            weight += 3;
    }
    return Math.min(weight, 5);
}
/** The least telling literal of a set, computed once a set (the reader compares sets often). */
const WEAKEST = new WeakMap();
function weakest(set) {
    let weight = WEAKEST.get(set);
    if (weight === undefined) {
        weight = 5;
        for (const literal of set)
            weight = Math.min(weight, selectivity(literal));
        WEAKEST.set(set, weight);
    }
    return weight;
}
/** The better of two required sets: each literal telling more, then fewer literals to look for. */
function better(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    const [wa, wb] = [weakest(a), weakest(b)];
    if (wa !== wb)
        return wa > wb ? a : b;
    if (a.length !== b.length)
        return a.length < b.length ? a : b;
    const shortest = (set) => Math.min(...set.map((s) => s.length));
    return shortest(b) > shortest(a) ? b : a;
}
function usable(set) {
    return set !== undefined && set.length > 0 && !set.includes("") ? set : undefined;
}
function product(a, b) {
    if (a.length * b.length > MAX_EXACT)
        return undefined;
    const out = new Set();
    for (const x of a)
        for (const y of b)
            out.add(x + y);
    return [...out];
}
/** A recursive-descent reader of JavaScript regular expression source (the subset rules use). */
class Reader {
    src;
    unicode;
    i = 0;
    constructor(src, unicode) {
        this.src = src;
        this.unicode = unicode;
    }
    parse() {
        const shape = this.alternation();
        if (this.i !== this.src.length)
            throw new Unsupported(`stopped at ${this.i}`);
        return shape;
    }
    peek() {
        return this.src[this.i];
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.peek() === "|") {
            this.i++;
            branches.push(this.sequence());
        }
        if (branches.length === 1)
            return branches[0];
        let exact = [];
        let required = [];
        for (const branch of branches) {
            if (exact !== undefined && branch.exact !== undefined)
                exact.push(...branch.exact);
            else
                exact = undefined;
            const own = usable(branch.required) ?? usable(branch.exact);
            if (required !== undefined && own !== undefined)
                required.push(...own);
            else
                required = undefined;
        }
        if (exact !== undefined)
            exact = [...new Set(exact)];
        if (exact !== undefined && exact.length > MAX_EXACT)
            exact = undefined;
        return { exact, required: required && [...new Set(required)] };
    }
    sequence() {
        let required;
        // The exact strings of the run of exactly-known pieces that ends here, and whether that
        // run started with the sequence (then it is what the whole sequence matches).
        let run = [""];
        let fromStart = true;
        while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
            const piece = this.quantified();
            required = better(required, usable(piece.required));
            const exact = piece.exact;
            if (exact === undefined) {
                required = better(required, usable(run));
                run = undefined;
                fromStart = false;
            }
            else if (run === undefined) {
                run = exact;
            }
            else if (!(exact.length === 1 && exact[0] === "")) {
                // Judged before it grows: a longer run holds more literals, which may not pay.
                if (exact.length > 1)
                    required = better(required, usable(run));
                const longer = product(run, exact);
                if (longer === undefined) {
                    required = better(required, usable(run));
                    fromStart = false;
                }
                run = longer ?? exact;
            }
        }
        required = better(required, usable(run));
        return { exact: fromStart ? run : undefined, required };
    }
    quantified() {
        const atom = this.atom();
        const q = this.quantifier();
        if (q === undefined)
            return atom;
        const [min, max] = q;
        if (this.peek() === "?")
            this.i++;
        if (min === 0 && max === 1 && atom.exact !== undefined) {
            return { exact: [...new Set(["", ...atom.exact])], required: undefined };
        }
        if (min === 0)
            return { exact: max === 0 ? [""] : undefined, required: undefined };
        return {
            exact: min === 1 && max === 1 ? atom.exact : undefined,
            required: atom.required ?? usable(atom.exact),
        };
    }
    quantifier() {
        const c = this.peek();
        if (c === "*" || c === "+" || c === "?") {
            this.i++;
            return c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
        }
        if (c !== "{")
            return undefined;
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (m === null) {
            if (this.unicode)
                throw new Unsupported("lone brace");
            return undefined;
        }
        this.i += m[0].length;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        return [min, max];
    }
    atom() {
        const c = this.src[this.i++];
        switch (c) {
            case "(":
                return this.group();
            case "[":
                return this.charClass();
            case "\\":
                return this.escape();
            case ".":
                return UNKNOWN;
            case "^":
            case "$":
                return EMPTY;
            case "*":
            case "+":
            case "?":
            case ")":
            case "|":
            case undefined:
                throw new Unsupported(`unexpected ${c}`);
            case "{":
                if (this.unicode)
                    throw new Unsupported("lone brace");
                return { exact: [c], required: undefined };
            default:
                return { exact: [this.character()], required: undefined };
        }
    }
    /**
     * The character just read: a whole code point to a unicode pattern, a UTF-16 unit to any
     * other (where a quantifier after an emoji applies to its second half only).
     */
    character() {
        const at = this.i - 1;
        if (!this.unicode)
            return this.src[at];
        const ch = String.fromCodePoint(this.src.codePointAt(at));
        this.i = at + ch.length;
        return ch;
    }
    group() {
        let lookaround = false;
        if (this.src.startsWith("?:", this.i))
            this.i += 2;
        else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
            lookaround = true;
            this.i += this.src[this.i + 1] === "<" ? 3 : 2;
        }
        else if (this.src.startsWith("?<", this.i)) {
            const end = this.src.indexOf(">", this.i);
            if (end < 0)
                throw new Unsupported("group name");
            this.i = end + 1;
        }
        else if (this.peek() === "?")
            throw new Unsupported("group kind");
        const inner = this.alternation();
        if (this.src[this.i++] !== ")")
            throw new Unsupported("unclosed group");
        // A lookaround consumes nothing: the match itself need not hold what it looks at.
        return lookaround ? EMPTY : inner;
    }
    /** A class is known exactly when it lists a few plain characters (no ranges, no negation). */
    charClass() {
        const chars = new Set();
        let known = this.peek() !== "^";
        for (;;) {
            const c = this.src[this.i++];
            if (c === undefined)
                throw new Unsupported("unclosed class");
            if (c === "]")
                break;
            if (c === "\\") {
                const escaped = this.classEscape();
                if (escaped === undefined)
                    known = false;
                else
                    chars.add(escaped);
            }
            else if (c === "-" && chars.size > 0 && this.peek() !== "]") {
                known = false;
            }
            else {
                chars.add(this.character());
            }
        }
        if (!known || chars.size === 0 || chars.size > 16)
            return UNKNOWN;
        return { exact: [...chars], required: undefined };
    }
    classEscape() {
        const c = this.src[this.i];
        if (c !== undefined && "dDwWsSpPb".includes(c)) {
            this.i++;
            if (c === "p" || c === "P")
                this.skipProperty();
            return undefined;
        }
        return this.characterEscape();
    }
    skipProperty() {
        if (this.peek() !== "{")
            throw new Unsupported("property");
        const end = this.src.indexOf("}", this.i);
        if (end < 0)
            throw new Unsupported("property");
        this.i = end + 1;
    }
    escape() {
        const c = this.src[this.i];
        if (c === "b" || c === "B") {
            this.i++;
            return EMPTY;
        }
        if (c !== undefined && "dDwWsS".includes(c)) {
            this.i++;
            return UNKNOWN;
        }
        if (c === "p" || c === "P") {
            this.i++;
            this.skipProperty();
            return UNKNOWN;
        }
        if (c !== undefined && /[1-9]/.test(c))
            throw new Unsupported("backreference");
        if (c === "k")
            throw new Unsupported("named backreference");
        const ch = this.characterEscape();
        if (ch === undefined)
            throw new Unsupported("escape");
        return { exact: [ch], required: undefined };
    }
    /** A character escape (\n, \x20, \u3042, \u{1F600}, \. ...), read past; its character. */
    characterEscape() {
        const c = this.src[this.i++];
        const simple = {
            n: "\n",
            r: "\r",
            t: "\t",
            v: "\v",
            f: "\f",
            "0": "\0",
        };
        if (c === undefined)
            return undefined;
        if (c in simple) {
            if (c === "0" && /[0-9]/.test(this.peek() ?? ""))
                throw new Unsupported("octal");
            return simple[c];
        }
        if (c === "x")
            return this.hex(2);
        if (c === "u") {
            if (this.peek() === "{") {
                const end = this.src.indexOf("}", this.i);
                if (!this.unicode || end < 0)
                    throw new Unsupported("code point escape");
                const cp = Number.parseInt(this.src.slice(this.i + 1, end), 16);
                this.i = end + 1;
                return String.fromCodePoint(cp);
            }
            return this.hex(4);
        }
        if (c === "c")
            throw new Unsupported("control escape");
        if (/[A-Za-z0-9]/.test(c))
            throw new Unsupported(`escape \\${c}`);
        return c;
    }
    hex(digits) {
        const text = this.src.slice(this.i, this.i + digits);
        if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text))
            throw new Unsupported("hex escape");
        this.i += digits;
        return String.fromCharCode(Number.parseInt(text, 16));
    }
}
/**
 * The literals that every match of `pattern` contains one of, or `undefined` when the pattern
 * promises none (or uses syntax this reader does not know, or ignores case).
 */
export function requiredLiterals(pattern) {
    if (pattern.flags.includes("i") || pattern.flags.includes("v"))
        return undefined;
    try {
        const shape = new Reader(pattern.source, pattern.flags.includes("u")).parse();
        const literals = usable(shape.required) ?? usable(shape.exact);
        // A literal that holds another one of the set adds nothing ("b" found covers "ab").
        return literals?.filter((literal) => !literals.some((other) => other !== literal && literal.includes(other)));
    }
    catch (error) {
        if (error instanceof Unsupported)
            return undefined;
        throw error;
    }
}
// Characters that most texts hold, the most common first: a literal is looked up by its rarest
// pair of characters.
const COMMON = " etaoinsrhldcumfpgwybvk.,のいにたしてかがっとなるはでうすもんこらまれりくきよおだあけつ";
/** How rare a character is: its place in COMMON, and rarest of all when it is not there. */
function rarity(unit) {
    const common = COMMON.indexOf(String.fromCharCode(unit));
    return common < 0 ? COMMON.length : common;
}
/** Slots of the table of character pairs: a collision only lets a literal through to `includes`. */
const PAIR_SLOTS = 0x10000;
function pairSlot(first, second) {
    return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SLOTS - 1);
}
/** The key a literal is looked up by: its rarest character pair, or its one character. */
function keyOf(literal) {
    if (literal.length === 1)
        return literal.charCodeAt(0);
    let best = 0;
    let bestRarity = -1;
    for (let i = 0; i + 1 < literal.length; i++) {
        const [a, b] = [literal.charCodeAt(i), literal.charCodeAt(i + 1)];
        const r = rarity(a) + rarity(b);
        if (r > bestRarity) {
            best = 0x10000 + pairSlot(a, b);
            bestRarity = r;
        }
    }
    return best;
}
/** The gate of a pattern, or `undefined` when it has no required literals (it always runs). */
export function literalGate(pattern) {
    const literals = requiredLiterals(pattern);
    if (literals === undefined)
        return undefined;
    return { literals, keys: Uint32Array.from(literals, keyOf) };
}
/**
 * The UTF-16 units and pairs of units one text holds, marked once and asked for many times (once
 * per literal of every gate). The risk check is synchronous, so a text is marked and read before
 * the next one is.
 */
export class TextUnits {
    /** Units, then pair slots: the generation of the last text that held each. */
    stamp = new Uint32Array(0x10000 + PAIR_SLOTS);
    generation = 0;
    text = "";
    /** The text last marked. */
    get marked() {
        return this.text;
    }
    /** The distinct keys of the marked text, in the order first seen. */
    keys = [];
    /** Marks the units of `text`; the gates are then asked about it. */
    mark(text) {
        this.generation++;
        if (this.generation === 0xffffffff) {
            this.stamp.fill(0);
            this.generation = 1;
        }
        const g = this.generation;
        const stamp = this.stamp;
        const keys = [];
        let previous = -1;
        for (let i = 0; i < text.length; i++) {
            const unit = text.charCodeAt(i);
            if (stamp[unit] !== g) {
                stamp[unit] = g;
                keys.push(unit);
            }
            if (previous >= 0) {
                const pair = 0x10000 + pairSlot(previous, unit);
                if (stamp[pair] !== g) {
                    stamp[pair] = g;
                    keys.push(pair);
                }
            }
            previous = unit;
        }
        this.text = text;
        this.keys = keys;
    }
    /** False only when no literal of the gate occurs in the marked text (the pattern cannot match). */
    mayMatch(gate) {
        if (gate === undefined)
            return true;
        const { literals, keys } = gate;
        const g = this.generation;
        const stamp = this.stamp;
        for (let i = 0; i < keys.length; i++) {
            if (stamp[keys[i]] === g && this.text.includes(literals[i])) {
                return true;
            }
        }
        return false;
    }
}
/**
 * Many gates at once (a list of rules): the items that may match a marked text are found from
 * the keys the text holds, so a short message costs a few lookups, not one per literal of
 * every rule. Each key leads to the literals looked up by it, so a literal is only searched for
 * when its key is in the text, and an item is confirmed by the first literal found.
 */
export class GateSet {
    items;
    /** For each key, the first entry; entries chain to the next one with the same key. */
    head = new Int32Array(0x10000 + PAIR_SLOTS).fill(-1);
    next = [];
    /** Per entry: the item and one of its literals. */
    itemOf = [];
    literalOf = [];
    /** Items without a gate: they always may match. */
    ungated = [];
    confirmed;
    generation = 0;
    constructor(items, gateOf) {
        this.items = items;
        this.confirmed = new Uint32Array(items.length);
        items.forEach((item, index) => {
            const gate = gateOf(item);
            if (gate === undefined) {
                this.ungated.push(index);
                return;
            }
            gate.literals.forEach((literal, i) => {
                const key = gate.keys[i];
                this.itemOf.push(index);
                this.literalOf.push(literal);
                this.next.push(this.head[key]);
                this.head[key] = this.itemOf.length - 1;
            });
        });
    }
    /** The items that may match the text `units` last marked, in their order. */
    select(units) {
        this.generation++;
        if (this.generation === 0xffffffff) {
            this.confirmed.fill(0);
            this.generation = 1;
        }
        const g = this.generation;
        const text = units.marked;
        const found = this.ungated.slice();
        for (const key of units.keys) {
            for (let e = this.head[key]; e >= 0; e = this.next[e]) {
                const item = this.itemOf[e];
                if (this.confirmed[item] === g || !text.includes(this.literalOf[e]))
                    continue;
                this.confirmed[item] = g;
                found.push(item);
            }
        }
        // A typed array sorts numbers natively: the items in their own order.
        const order = Int32Array.from(found).sort();
        const out = new Array(order.length);
        for (let i = 0; i < order.length; i++)
            out[i] = this.items[order[i]];
        return out;
    }
}
//# sourceMappingURL=prefilter.js.map