/**
 * Variants of a training message, so the learned layer meets the ways people actually write:
 * particles dropped, dialect endings, filler clauses, typing slips, clauses in another order,
 * the message buried in the middle of a longer one. Deterministic for a given random source.
 */
/** mulberry32: small, fast, and the same sequence on every platform for the same seed. */
export function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function pick(random, items) {
    return items[Math.floor(random() * items.length)];
}
const JAPANESE_RE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const JA_PARTICLES_RE = /(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:は|が|を|に|で|って|も)(?=[\u3040-\u30ff\u4e00-\u9fff])/g;
const JA_DIALECT = [
    [/たい(?=[。.!！?？…]*$)/, "たいねん"],
    [/たい(?=[。.!！?？…]*$)/, "てぇ"],
    [/ない(?=[。.!！?？…]*$)/, "へん"],
    [/ない(?=[。.!！?？…]*$)/, "ん"],
    [/だ(?=[。.!！?？…]*$)/, "や"],
    [/ている/, "とる"],
    [/ている/, "てる"],
    [/(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[。.!！?？…]*$)/, "わ"],
    [/(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[。.!！?？…]*$)/, "なぁ"],
    [/(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[。.!！?？…]*$)/, "ばい"],
];
const JA_FILLERS = [
    "なんか、",
    "正直、",
    "てか",
    "あのさ、",
    "えっと、",
    "もうさ、",
    "夜中にごめん。",
];
const JA_TAILS = ["…", "。", "ｗ", "。まあいいや"];
const JA_PADDING = [
    "今日も特に何もしてない。ご飯は母が部屋の前に置いていった。",
    "ゲームしてたけど飽きてやめた。",
    "外は雨みたい。",
    "最近は昼夜逆転してる。",
];
const EN_DROPS = [
    [/\bi'?m\b/g, "im"],
    [/\bdon'?t\b/g, "dont"],
    [/\bcan'?t\b/g, "cant"],
    [/\bthe\b ?/g, ""],
    [/\bi (?=\w)/g, ""],
    [/\byou\b/g, "u"],
    [/\bare\b/g, "r"],
    [/\bto\b/g, "2"],
    [/\bfor\b/g, "4"],
    [/\babout\b/g, "abt"],
    [/\bbecause\b/g, "bc"],
    [/\bright now\b/g, "rn"],
];
const EN_FILLERS = [
    "honestly ",
    "idk ",
    "like ",
    "ngl ",
    "so yeah ",
    "ok so ",
    "sorry its late but ",
];
const EN_TAILS = ["", ".", "...", " i guess", " tbh", " anyway"];
const EN_PADDING = [
    "didnt do much today, mom left food outside my door.",
    "played games for a while then got bored.",
    "its raining again.",
    "my sleep schedule is all messed up.",
];
function typo(text, random) {
    const chars = [...text];
    if (chars.length < 4)
        return text;
    const i = 1 + Math.floor(random() * (chars.length - 2));
    const kind = Math.floor(random() * 3);
    if (kind === 0) {
        const a = chars[i];
        chars[i] = chars[i + 1] ?? a;
        chars[i + 1] = a;
    }
    else if (kind === 1) {
        chars.splice(i, 1);
    }
    else {
        chars.splice(i, 0, chars[i] ?? "");
    }
    return chars.join("");
}
function reorder(text, japanese) {
    const parts = text
        .split(japanese ? /(?<=[。、.!！?？])/ : /(?<=[.,!?])\s*/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
    if (parts.length < 2)
        return text;
    return [...parts.slice(1), parts[0]].join(japanese ? "" : " ");
}
/**
 * `count` variants of one message, each with one or two changes; the same text and random
 * source give the same variants.
 */
export function variantsOf(text, count, random) {
    const japanese = JAPANESE_RE.test(text);
    const out = [];
    for (let k = 0; k < count; k++) {
        let t = text;
        const changes = 1 + Math.floor(random() * 2);
        for (let c = 0; c < changes; c++) {
            const kind = Math.floor(random() * 6);
            if (kind === 0) {
                t = japanese
                    ? t.replace(JA_PARTICLES_RE, (p) => (random() < 0.6 ? "" : p))
                    : EN_DROPS.reduce((acc, [re, to]) => (random() < 0.5 ? acc.replace(re, to) : acc), t);
            }
            else if (kind === 1) {
                if (japanese) {
                    const [re, to] = pick(random, JA_DIALECT);
                    t = t.replace(re, to);
                }
                else
                    t = t.toLowerCase().replace(/[.!]$/, "");
            }
            else if (kind === 2) {
                t = japanese
                    ? pick(random, JA_FILLERS) + t + pick(random, JA_TAILS)
                    : pick(random, EN_FILLERS) + t + pick(random, EN_TAILS);
            }
            else if (kind === 3) {
                t = typo(t, random);
            }
            else if (kind === 4) {
                t = reorder(t, japanese);
            }
            else {
                const padding = japanese ? JA_PADDING : EN_PADDING;
                const space = japanese ? "" : " ";
                t = [pick(random, padding), t, pick(random, padding)].join(space);
            }
        }
        if (t !== text && !out.includes(t))
            out.push(t);
    }
    return out;
}
//# sourceMappingURL=augment.js.map