/**
 * Japanese typed in romaji ("mou ikiteru imi ga nai"), read as kana so the Japanese rules and
 * the learned layer's Japanese n-grams see it. Only a message that reads as romaji throughout
 * is rewritten: nearly every Latin word must spell kana, and at least one must be plainly
 * Japanese (a particle, a verb ending), so English ("no hope", "i hate me") is left alone.
 * Linear in the input: each word is parsed once, left to right, by the longest syllable.
 */
// Hepburn and Kunrei spellings both, since people type either.
const SYLLABLES = {
    a: "あ",
    i: "い",
    u: "う",
    e: "え",
    o: "お",
    ka: "か",
    ki: "き",
    ku: "く",
    ke: "け",
    ko: "こ",
    ga: "が",
    gi: "ぎ",
    gu: "ぐ",
    ge: "げ",
    go: "ご",
    sa: "さ",
    shi: "し",
    si: "し",
    su: "す",
    se: "せ",
    so: "そ",
    za: "ざ",
    ji: "じ",
    zi: "じ",
    zu: "ず",
    ze: "ぜ",
    zo: "ぞ",
    ta: "た",
    chi: "ち",
    ti: "ち",
    tsu: "つ",
    tu: "つ",
    te: "て",
    to: "と",
    da: "だ",
    di: "ぢ",
    du: "づ",
    de: "で",
    do: "ど",
    na: "な",
    ni: "に",
    nu: "ぬ",
    ne: "ね",
    no: "の",
    ha: "は",
    hi: "ひ",
    fu: "ふ",
    hu: "ふ",
    he: "へ",
    ho: "ほ",
    ba: "ば",
    bi: "び",
    bu: "ぶ",
    be: "べ",
    bo: "ぼ",
    pa: "ぱ",
    pi: "ぴ",
    pu: "ぷ",
    pe: "ぺ",
    po: "ぽ",
    ma: "ま",
    mi: "み",
    mu: "む",
    me: "め",
    mo: "も",
    ya: "や",
    yu: "ゆ",
    yo: "よ",
    ra: "ら",
    ri: "り",
    ru: "る",
    re: "れ",
    ro: "ろ",
    wa: "わ",
    wo: "を",
    kya: "きゃ",
    kyu: "きゅ",
    kyo: "きょ",
    gya: "ぎゃ",
    gyu: "ぎゅ",
    gyo: "ぎょ",
    sha: "しゃ",
    shu: "しゅ",
    sho: "しょ",
    sya: "しゃ",
    syu: "しゅ",
    syo: "しょ",
    she: "しぇ",
    ja: "じゃ",
    ju: "じゅ",
    jo: "じょ",
    je: "じぇ",
    zya: "じゃ",
    zyu: "じゅ",
    zyo: "じょ",
    cha: "ちゃ",
    chu: "ちゅ",
    cho: "ちょ",
    che: "ちぇ",
    tya: "ちゃ",
    tyu: "ちゅ",
    tyo: "ちょ",
    nya: "にゃ",
    nyu: "にゅ",
    nyo: "にょ",
    hya: "ひゃ",
    hyu: "ひゅ",
    hyo: "ひょ",
    bya: "びゃ",
    byu: "びゅ",
    byo: "びょ",
    pya: "ぴゃ",
    pyu: "ぴゅ",
    pyo: "ぴょ",
    mya: "みゃ",
    myu: "みゅ",
    myo: "みょ",
    rya: "りゃ",
    ryu: "りゅ",
    ryo: "りょ",
    fa: "ふぁ",
    fi: "ふぃ",
    fe: "ふぇ",
    fo: "ふぉ",
    vu: "ゔ",
};
const VOWELS = new Set(["a", "i", "u", "e", "o"]);
/** The kana a romaji word spells, or undefined when it does not spell any. */
export function romajiToKana(word) {
    let out = "";
    let i = 0;
    while (i < word.length) {
        const ch = word[i];
        const next = word[i + 1];
        // A doubled consonant is a small っ (motto, zutto); "tch" is one too (matcha).
        if (next !== undefined &&
            !VOWELS.has(ch) &&
            ch !== "n" &&
            (next === ch || (ch === "t" && next === "c"))) {
            out += "っ";
            i++;
            continue;
        }
        if (ch === "n") {
            // "nn", "n'", or n before a consonant or at the end: ん.
            if (next === "n") {
                out += "ん";
                i += word[i + 2] !== undefined && VOWELS.has(word[i + 2]) ? 1 : 2;
                continue;
            }
            if (next === "'") {
                out += "ん";
                i += 2;
                continue;
            }
            if (next === undefined || (!VOWELS.has(next) && next !== "y")) {
                out += "ん";
                i++;
                continue;
            }
        }
        let matched = false;
        for (const len of [3, 2, 1]) {
            const kana = SYLLABLES[word.slice(i, i + len)];
            if (kana !== undefined) {
                out += kana;
                i += len;
                matched = true;
                break;
            }
        }
        if (!matched)
            return undefined;
    }
    return out;
}
// Words that only Japanese spells: particles and endings no English sentence is made of.
const JAPANESE_WORDS = new Set([
    "wa",
    "ga",
    "wo",
    "ni",
    "de",
    "mo",
    "ne",
    "yo",
    "ka",
    "kana",
    "mou",
    "desu",
    "masu",
    "kedo",
    "dakedo",
    "demo",
    "nai",
    "kara",
    "dake",
    "zutto",
    "nanka",
    "honto",
    "hontou",
    "hontoni",
    "boku",
    "watashi",
    "atashi",
    "ore",
    "jibun",
    "nda",
    "n",
    "yade",
    "yan",
    "ya",
    "shi",
    "tte",
    "tteba",
    "noni",
    "sugiru",
    "mada",
    "itsumo",
    "kyou",
    "ashita",
    "konya",
    "minna",
    "dare",
    "nani",
    "nande",
    "doushite",
    "zenbu",
    "chotto",
]);
// Endings of Japanese verbs and adjectives: -tai, -nai, -teru, -mashita, -kunai...
const JAPANESE_ENDING_RE = /(?:tai|taku|nai|naku|teru|deru|tta|tte|shita|mashita|masu|masen|desu|reta|rareta|kunai|katta|chau|chatta|tara|eba|souda|sou|you|rou)$/;
const WORD_RE = /[a-z']+/g;
// Particles spelled as they sound but written as they always were.
const PARTICLES = { wa: "は", wo: "を" };
/**
 * The message with its romaji written in hiragana when the whole message reads as romaji;
 * otherwise the message unchanged. Expects lower-case text.
 */
export function transliterateRomaji(text) {
    const words = text.match(WORD_RE);
    if (words === null)
        return text;
    // One word alone only when it ends like a Japanese verb or adjective ("shinitai").
    if (words.length < 2 &&
        !((words[0] ?? "").length >= 6 && JAPANESE_ENDING_RE.test(words[0] ?? ""))) {
        return text;
    }
    let spelled = 0;
    let japanese = 0;
    const kana = new Map();
    for (const word of words) {
        const k = romajiToKana(word);
        if (k === undefined)
            continue;
        spelled++;
        kana.set(word, k);
        if (JAPANESE_WORDS.has(word) || (word.length >= 5 && JAPANESE_ENDING_RE.test(word))) {
            japanese++;
        }
    }
    if (spelled < words.length * 0.85 || japanese === 0)
        return text;
    // Words typed apart are one run of kana, as Japanese is written.
    return text
        .replace(WORD_RE, (word) => PARTICLES[word] ?? kana.get(word) ?? word)
        .replace(/(?<=[\u3041-\u3096]) +(?=[\u3041-\u3096])/g, "");
}
const KANA_OF = new Map();
for (const [romaji, kana] of Object.entries(SYLLABLES)) {
    // The Hepburn spelling wins where two spell one kana.
    if (!KANA_OF.has(kana) || romaji.length > (KANA_OF.get(kana) ?? "").length) {
        KANA_OF.set(kana, romaji);
    }
}
for (const [kana, romaji] of [
    ["し", "shi"],
    ["ち", "chi"],
    ["つ", "tsu"],
    ["ふ", "fu"],
    ["じ", "ji"],
    ["しゃ", "sha"],
    ["しゅ", "shu"],
    ["しょ", "sho"],
    ["じゃ", "ja"],
    ["じゅ", "ju"],
    ["じょ", "jo"],
    ["ちゃ", "cha"],
    ["ちゅ", "chu"],
    ["ちょ", "cho"],
]) {
    KANA_OF.set(kana, romaji);
}
/**
 * Hiragana written in Hepburn romaji (for generating training messages typed in romaji), or
 * undefined when the text holds anything but hiragana, spaces and punctuation.
 */
export function kanaToRomaji(text) {
    let out = "";
    let doubled = false;
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        const pair = ch + (chars[i + 1] ?? "");
        if (ch === "っ") {
            doubled = true;
            continue;
        }
        if (ch === "ん") {
            out += "n";
            continue;
        }
        if (ch === "ー")
            continue;
        let romaji = KANA_OF.get(pair);
        if (romaji !== undefined)
            i++;
        else
            romaji = KANA_OF.get(ch);
        if (romaji === undefined) {
            if (/[\s。、！？!?…,.]/.test(ch)) {
                out += ch === "。" || ch === "…" ? ". " : ch === "、" ? ", " : ch;
                doubled = false;
                continue;
            }
            return undefined;
        }
        out += (doubled ? (romaji.startsWith("ch") ? "t" : romaji[0]) : "") + romaji;
        doubled = false;
    }
    return out.replace(/\s+/g, " ").trim();
}
//# sourceMappingURL=romaji.js.map