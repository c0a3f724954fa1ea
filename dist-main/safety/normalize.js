/**
 * Normalisation for the risk check: one canonical form for the many shapes a message
 * arrives in, so that the rules can be written once. Pure and linear in the input.
 *
 * The output is lower case; katakana become hiragana (kanji are kept); long-vowel marks go;
 * runs of three or more of one character shrink to one; sentence ends become "." and clause
 * marks ","; quotation marks become 「 and 」; emoji that carry meaning become words.
 */
import { literalGate, TextUnits } from "./prefilter.js";
import { transliterateRomaji } from "./romaji.js";
// Emoji with a meaning the rules read; every other pictograph becomes a space.
const EMOJI_WORDS = {
    "💊": " pills ",
    "🔪": " knife ",
    "🗡": " knife ",
    "🪢": " rope ",
    "⚰": " coffin ",
    "🪦": " coffin ",
    "🩸": " blood ",
    "🔫": " gun ",
    "😂": " lol ",
    "🤣": " lol ",
    "💀": " lol ",
    "☠": " lol ",
    "😹": " lol ",
    "😆": " lol ",
};
const EMOJI_WORD_RE = /💊|🔪|🗡|🪢|⚰|🪦|🩸|🔫|😂|🤣|💀|☠|😹|😆/gu;
const PICTOGRAPH_RE = /\p{Extended_Pictographic}/gu;
// Invisible characters used to split words ("死\u200bにたい") and emoji joiners or modifiers.
const INVISIBLE_RE = /\p{Cf}|\u034F|\u20E3|\p{Variation_Selector}|[\u115F\u1160\u3164\uFFA0\u2800]|\p{Emoji_Modifier}/gu;
const LINE_BREAK_RE = /[\r\n\u2028\u2029\v\f]/g;
const CONTROL_RE = /\p{Cc}/gu;
const LATIN_ACCENTED_RE = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const COMBINING_AFTER_LATIN_RE = /(?<=[a-z])[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF]+/g;
// Cyrillic and Greek letters that look Latin, swapped only inside words that mix scripts
// ("kіll" with a Cyrillic і), so Russian or Greek text is left alone.
const HOMOGLYPHS = {
    а: "a",
    в: "b",
    е: "e",
    ё: "e",
    к: "k",
    м: "m",
    н: "h",
    о: "o",
    р: "p",
    с: "c",
    т: "t",
    у: "y",
    х: "x",
    і: "i",
    ї: "i",
    ј: "j",
    ѕ: "s",
    ԁ: "d",
    ӏ: "l",
    α: "a",
    β: "b",
    ε: "e",
    ι: "i",
    κ: "k",
    ν: "v",
    ο: "o",
    ρ: "p",
    τ: "t",
    υ: "u",
    χ: "x",
};
const MIXED_WORD_RE = /[a-z\u0370-\u03FF\u0400-\u04FF]+/g;
const NON_ASCII_LETTER_RE = /[\u0370-\u03FF\u0400-\u04FF]/;
const KATAKANA_RE = /[\u30A1-\u30F6]/g;
const LONG_VOWEL_RE = /[ー〜~]/g;
const SMALL_VOWEL_RE = /([\u3041-\u3096])([ぁぃぅぇぉ]+)/g;
const SMALL_TO_LARGE = {
    ぁ: "あ",
    ぃ: "い",
    ぅ: "う",
    ぇ: "え",
    ぉ: "お",
};
const VOWEL_ROWS = [
    ["a", "あかがさざただなはばぱまやらわぁゃ"],
    ["i", "いきぎしじちぢにひびぴみりぃ"],
    ["u", "うくぐすずつづぬふぶぷむゆるぅゅ"],
    ["e", "えけげせぜてでねへべぺめれぇ"],
    ["o", "おこごそぞとどのほぼぽもよろをぉょ"],
];
const VOWEL_OF = new Map();
for (const [vowel, chars] of VOWEL_ROWS) {
    for (const ch of chars)
        VOWEL_OF.set(ch, vowel);
}
// Digits are exempt: 110, 119 and 1000 mean what they say.
const REPEAT_RE = /([^\d\s])\1{2,}/gu;
// Single letters with one or two separators between them: "k i l l", "d.i.e", "s-u-i-c-i-d-e".
const LETTER_RUN_RE = /(?<![\p{L}\p{N}])[a-z](?:[ .\-_*·•+~]{1,2}[a-z](?![\p{L}\p{N}])){2,}/gu;
const LEET_TOKEN_RE = /[a-z0-9@$!|*]+/g;
const LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "9": "g",
    "@": "a",
    $: "s",
    "!": "i",
    "|": "l",
};
/** Words that a joined or de-leeted token may be split into. */
const SEGMENT_WORDS = new Set([
    "a",
    "i",
    "am",
    "im",
    "me",
    "my",
    "myself",
    "self",
    "to",
    "want",
    "wanna",
    "gonna",
    "going",
    "die",
    "dead",
    "death",
    "dying",
    "kill",
    "killing",
    "suicide",
    "suicidal",
    "end",
    "life",
    "it",
    "all",
    "hang",
    "cut",
    "cutting",
    "hurt",
    "harm",
    "unalive",
    "not",
    "dont",
    "wish",
    "just",
    "disappear",
    "exist",
    "live",
    "alive",
    "sleep",
    "forever",
    "wake",
    "up",
    "never",
    "overdose",
    "pills",
    "jump",
    "help",
    "rope",
    "noose",
    "goodbye",
    "kms",
    "so",
    "tired",
    "of",
    "living",
    "the",
    "be",
    "better",
    "off",
    "without",
    "no",
    "point",
    "in",
    "please",
    "bleed",
    "blood",
    "knife",
    "gun",
]);
/** Words whose presence makes a de-leeted or wildcard token worth rewriting. */
const RISK_WORDS = [
    "kill",
    "killing",
    "die",
    "dying",
    "dead",
    "death",
    "suicide",
    "suicidal",
    "myself",
    "unalive",
    "hang",
    "overdose",
    "pills",
    "cut",
    "cutting",
    "hurt",
    "harm",
    "noose",
    "rope",
    "life",
    "alive",
    "bleed",
    "blood",
    "knife",
];
const RISK_WORD_SET = new Set(RISK_WORDS);
/** Split a glued token into known words ("iwanttodie" → "i want to die"), or undefined. */
function segment(token) {
    if (token.length > 64)
        return undefined;
    // best[i] = fewest words covering token[0..i); the DP is tiny because tokens are short.
    const best = new Array(token.length + 1).fill(undefined);
    best[0] = [];
    for (let end = 1; end <= token.length; end++) {
        for (let start = Math.max(0, end - 9); start < end; start++) {
            const prev = best[start];
            const word = token.slice(start, end);
            if (prev === undefined || !SEGMENT_WORDS.has(word))
                continue;
            const candidate = [...prev, word];
            const current = best[end];
            if (current === undefined || candidate.length < current.length)
                best[end] = candidate;
        }
    }
    return best[token.length];
}
function joinLetterRun(run) {
    const letters = run.replace(/[^a-z]/g, "");
    const words = segment(letters);
    return words === undefined ? letters : words.join(" ");
}
function wildcardMatch(token) {
    const source = [...token]
        .map((ch) => (ch === "*" ? "[a-z]?" : (LEET[ch] ?? ch)))
        .join("")
        .replace(/[^a-z?[\]-]/g, "");
    const re = new RegExp(`^${source}$`);
    return RISK_WORDS.find((word) => re.test(word));
}
function rewriteLeetToken(token) {
    if (!/[a-z]/.test(token))
        return token;
    if (token.includes("*"))
        return wildcardMatch(token) ?? token;
    // A trailing "!" is punctuation far more often than an "i".
    const trailing = /!+$/.exec(token)?.[0] ?? "";
    const core = token.slice(0, token.length - trailing.length);
    if (!/[0-9@$!|]/.test(core))
        return token;
    const plain = [...core].map((ch) => LEET[ch] ?? ch).join("");
    const words = segment(plain);
    if (words === undefined)
        return token;
    // "4am" would read as "a am": single-letter words only count next to a risk word.
    if (words.some((w) => w.length < 2) && !words.some((w) => RISK_WORD_SET.has(w)))
        return token;
    return words.join(" ") + trailing;
}
// Double quotes have no open/close form in ASCII, so pair them by order.
function pairAsciiQuotes(text) {
    let open = false;
    return text.replace(/"/g, () => {
        open = !open;
        return open ? "「" : "」";
    });
}
const OPEN_QUOTE_RE = /[『【《〈«“]/g;
const CLOSE_QUOTE_RE = /[』】》〉»”]/g;
const SINGLE_QUOTE_PAIR_RE = /(^|[\s(「,.:;])'([^'\n]{1,80}?)'(?=$|[\s.,!?;:)」])/g;
const APOSTROPHE_IN_WORD_RE = /(?<=[a-z])'(?=[a-z])/g;
const SENTENCE_END_RE = /[。．.!?！？…‥]+/g;
const DECIMAL_POINT_RE = /(?<=\d)\.(?=\d)/g;
const CLAUSE_RE = /[、，,;；:：]+/g;
const OTHER_PUNCT_RE = /[^\p{L}\p{N}\s.,「」\uE000]/gu;
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々〆";
const SPACE_BETWEEN_CJK_RE = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, "gu");
const SPACE_AFTER_PUNCT_NEAR_CJK_RE = new RegExp(`(?<=[${CJK}][.,]) | (?=[${CJK}])(?<=[.,] )`, "gu");
/** Word-level canonical forms: contractions, common typos and algospeak. */
const EN_PHRASES = [
    [/\b(?:myshelf|myslef|mysef|myslf|mysefl|mysel)\b/g, "myself"],
    [/\btokk\b|\btoook\b/g, "took"],
    [/\bpil+s+\b|\bpils\b/g, "pills"],
    [/\bsewer ?slides?\b/g, "suicide"],
    [/\bsewerslide\b/g, "suicide"],
    [/\btoaster ?bath\b/g, "suicide"],
    [/\bkermit (?=suicide)/g, "commit "],
    [/\bself ?(?:delete|deleting|deletion)\b/g, "kill myself"],
    [/\bkms\b/g, "kill myself"],
    [/\bunalive ?(?:my ?self)\b/g, "kill myself"],
    // "gonna unalive tonight", "ctb soon" (catch the bus): the act without "myself".
    [
        /\b(?:gonna|going to|want to|wanna|will|ill|ready to|about to|finna|tryna|might|should) (?:just )?unalive\b(?! (?:him|her|them|you|it|my ?self)\b)/g,
        "$& myself",
    ],
    [/\bctb\b/g, "kill myself"],
    [
        /\bunaliv(?:e|ing)(?= (?:era|arc|mode|time|hours|szn|season|vibes|thoughts|soon|tonight)\b)/g,
        "suicide",
    ],
    [
        /\bsh\b(?= (?:again|urges?|relapse|scars?|tonight|today|wounds?|cuts?|every (?:night|day))\b)/g,
        "self harm",
    ],
    [/\bself ?harm(?:ing)?\b/g, "self harm"],
    [/\b(?:sucide|suicde|suiside|sucicide|suecide|suicid|sueside|siucide)\b/g, "suicide"],
    [/\b(?:sucidal|suicdal|suisidal|suicidial|sucicidal|suicidle)\b/g, "suicidal"],
    [/\b(?:myslef|mysef|mysefl|myselfe|myslf|meself|mself|my self)\b/g, "myself"],
    [/\bkil\b/g, "kill"],
    [/\bdiee\b/g, "die"],
    [/\bded\b/g, "dead"],
    [
        /\bdye\b(?! (?:my|your|her|his|their|it|them|the|a|an|this|that|some|hair|clothes|fabric|shirts?|eggs?|job))/g,
        "die",
    ],
    [/\b(?:wnat|wnt|wamt|watn|wan(?= to\b))\b/g, "want"],
    [/\b(?:wanna|wana|wanan)\b/g, "want to"],
    [/\b(?:gonna|gona|finna)\b/g, "going to"],
    [/\bgotta\b/g, "got to"],
    [/\btryna\b/g, "trying to"],
    [/\b(?:imma|ima|i ma)\b/g, "i am going to"],
    [/\bidk\b/g, "i dont know"],
    [/\bw o\b(?= (?:me|us|you|him|her|them|my|it)\b)/g, "without"],
    [/\bshant\b/g, "shall not"],
    [/\bfor ever\b/g, "forever"],
    [/\bd [1!|] e\b/g, "die"],
    [/\bim\b/g, "i am"],
    [/\bive\b/g, "i have"],
    [/\bu\b/g, "you"],
    [/(?<=\b(?:want|going|have|need|got|ready|about|trying|try|like|wish)) 2 (?=[a-z])/g, " to "],
    [/\b(?:tonite|2nite|2night|tn)\b/g, "tonight"],
    [/\brn\b/g, "right now"],
    [/\b(?:pls|plz|plez)\b/g, "please"],
    [/\b(?:lmao|lmfao|lel|lul|rofl|haha|hahaha|hehe|xd)\b/g, "lol"],
];
// Japanese net slang for 死 (タヒ, 氏, 4) and kana spellings of risk words, rewritten only
// when followed by a death ending so タヒチ, 氏名 and 4日 stay as they are.
const DEATH_TAIL_STEM = "に(?:たい(?!し[てた])|たく|たか|たさ|たす|て|そう|ます|ませ|ぞこ|かけ|方|かた|場所|ばしょ|たみ|がい|とう(?:な|て|ね))|ね(?:る|ば|たら|ない|ません|ます|よ(?:う)?)|ぬ(?!ま|り)|の(?:う(?:か|と|よ|ぜ|$|[.,!]))";
const DEATH_TAIL_N = "ん(?:だ(?:ら|ほう|方|って|$|[.,!]|よ|わ)|で(?:しまい|しまえ|ほしい|くれ|やる|楽|も)|じゃ(?:う|い|お|った|え))";
const JA_SLANG = [
    // タヒね, 4ね, 氏ね: the bare imperative counts only after an unambiguous slang form.
    [
        new RegExp(`(?:たひ|氏|(?<![0-9])4)(?=${DEATH_TAIL_STEM}|${DEATH_TAIL_N}|ね(?![んえぇ]))`, "g"),
        "死",
    ],
    // 推しの, 話しに: after a kanji, し is okurigana, not a kana spelling of 死.
    [new RegExp(`(?<!わた|あた|\\p{Script=Han})し(?=${DEATH_TAIL_STEM})`, "gu"), "死"],
    // 楽しんだ, かなしんだ: a kanji or kana before しん makes it a verb ending (not もうしんだ).
    [new RegExp(`(?<![\u3041-\u3045\u3047-\u3096\\p{Script=Han}])し(?=${DEATH_TAIL_N})`, "gu"), "死"],
    [
        /きえ(?=たい|たく|たか|てしまい|ちゃい|ちまい|てなくなり|たみ|られたら|れたら|去り|さり)/g,
        "消え",
    ],
    // Romaji typing slips: r and y sit next to t (しにらい, きえやい).
    [/(?:死|し(?<!(?:わた|あた|\p{Script=Han})し))に[らや]い(?!しゅう|げつ|ねん|ふ)/gu, "死にたい"],
    [/(?:きえ|消え)[らや]い(?!しゅう|げつ|ねん|ふ)/g, "消えたい"],
    [/じさつ|自さつ|じ殺|自死/g, "自殺"],
    // Voice input and slips: 市にたい (shi), 血とまんない, 止まらへん.
    [/市(?=に(?:たい|たく|てえ|そう))/g, "死"],
    [/(?:とま|止ま)(?:んない|んねえ|らへん|らん(?![でだかく])|んな(?=い))/g, "止まらない"],
    [
        /(?<![いりしきちみびぎ])いき(?=て(?:い|る|て|た|く|も)|と(?:る|う)|る(?:の|こと|意味|いみ|価値|かち|理由|気|き))/g,
        "生き",
    ],
    // Dialect: 生ぎでる (Tohoku), 生きとる (west), 生きとうない and 死にとうない (Kansai, Chugoku).
    [/生ぎ/g, "生き"],
    [/生きで(?=る|ん)/g, "生きて"],
    [/生きと(?=る|っ)/g, "生きて"],
    [/(生き|死に)とう(?=な|て|ね)/g, "$1たく"],
    // おらんようになる, おらんくなる, おらんごとなる: いなくなる in western dialects.
    [/(?:おら|居ら)(?:ん|へん|ひん)(?:く|(?:よう|ごと)に?)?(?=な[らりるれっ])/g, "いなく"],
    [/(?:おら|居ら)(?:ん|へん|ひん)(?=(?:ほう|方)が)/g, "いない"],
    // 居なくなる, 居なければ: the kanji spelling of いな.
    [/居な(?=く|い|け|かっ)/g, "いな"],
    [/(?<=^|[\s.,「]|もう)いき(?=たくない|たくねえ|ていたくない)/g, "生き"],
    [
        /(?<=^|[\s.,「をにがはもで]|\p{Script=Han})ころ(?=し(?:て|た|たい|ちゃ|そう)|す|され|さ(?:ない|れ))/gu,
        "殺",
    ],
    [/なぐ(?=ら|り|る|っ)/g, "殴"],
    [/たたかれ/g, "叩かれ"],
    [/ぼうりょく/g, "暴力"],
    [/ぎゃくたい/g, "虐待"],
    [/ほうちょう/g, "包丁"],
    [/ほうほう/g, "方法"],
    [/すいみんやく/g, "睡眠薬"],
    [/くすり/g, "薬"],
    [/れんたん/g, "練炭"],
    [/(?:とび|飛び|飛)(?:おり|降り|降)/g, "飛び降り"],
    [/とびこ(?=み|む|ん)/g, "飛び込"],
    [/くび(?=を?(?:つ|吊))/g, "首"],
    [/首(を)?つ(?=り|る|ろ|っ)/g, "首$1吊"],
    [/らく(?=に|な(?!い))/g, "楽"],
    [/いみ(?=が|は|ない|なんて|わから|も)/g, "意味"],
];
// Polite verb endings in the plain form the rules are written in: ODしました reads as ODした,
// 越えました as 越えた, 飲んでいます as 飲んでいる. Only where the plain form follows from the kana
// alone: an え-row kana or し before ました ends an ichidan, suru or -su verb (越え, 決め, 見せ,
// 倒し), whose plain past is that stem and た; ている after て or で is ichidan whatever verb is
// before it. An い-row stem is left as it is: 死に and 飲み are godan (死んだ, 飲んだ) and 起き is
// not, so 死にました keeps the polite form the rules already list. Negatives stay polite:
// 心配で眠れません is a supporter's worry, and the plain 眠れない is the writer's own sleeplessness
// to the rules.
const POLITE_ENDINGS = [
    [/([えけせてねへめれげぜでべぺし])ました/g, "$1た"],
    [/([てで])いました/g, "$1いた"],
    [/([てで])います(?!か)/g, "$1いる"],
    [/(しま|ちゃ|ちま|じゃ)いました/g, "$1った"],
];
/**
 * Polite past endings made plain (see POLITE_ENDINGS), for the rules only: `normalizeForRisk`'s
 * output is what the learned layer was trained on.
 */
export function plainEndings(normalized) {
    if (!normalized.includes("ま"))
        return normalized;
    let text = normalized;
    for (const [re, replacement] of POLITE_ENDINGS)
        text = text.replace(re, replacement);
    return text;
}
// Kana spellings of the kanji words the rules are written with. Romaji ("kyou ga saigo",
// full-width ｋｙｏｕ　ｇａ　ｓａｉｇｏ after NFKC) comes out of `transliterateRomaji` as kana only,
// and some people type these words in kana anyway. Each is bounded so that it is the word and
// not part of another: きょう before a particle (not べんきょう, きょうだい), いしょ before what a
// note is done with (not いしょう).
const KANA_WORDS = [
    [/さいご(?!う)/g, "最後"],
    [/(?<=^|[.,\s]|もう)きょう(?=が|で|は|こそ|中|じゅう|の(?:夜|よる|うち))/g, "今日"],
    [/(?<=^|[.,\s]|もう)こんや(?=[がではにこ.,]|$)/g, "今夜"],
    [/(?<=^|[.,\s]|もう)あした(?=[がではにこ.,]|の(?:朝|夜|あさ|よる)|$)/g, "明日"],
    [/(?<=^|[.,\s])いままで(?=[ありほ本.,]|$)/g, "今まで"],
    [/(?<![ぁ-ゖ])いしょ(?=を|も|は|が|書|かい|かく|かけ|かいた|残|のこ)/g, "遺書"],
    [/じんせい/g, "人生"],
    [/めいわく/g, "迷惑"],
    [/おくじょう/g, "屋上"],
    [/せんろ/g, "線路"],
    [/ふみきり/g, "踏切"],
    [/かぞく(?!ぞく)/g, "家族"],
    [/おわり(?=に(?:する|したい|しよ)|にします)/g, "終わり"],
    [/おわらせ(?=る|たい|よう|ます)/g, "終わらせ"],
];
// English words of a farewell inside a Japanese one ("今までthank you本当に", "家族にはsorryって伝えて",
// "最後にgoodbye"): read as the Japanese the rules know, only in that frame. A bare "みんなthank
// you" after a good day is left as it is: read as みんなありがとう it would be a farewell to the rules.
const ENGLISH_FAREWELL = {
    "thank you": "ありがとう",
    thankyou: "ありがとう",
    thanks: "ありがとう",
    thx: "ありがとう",
    sorry: "ごめん",
    goodbye: "さよなら",
    "good bye": "さよなら",
    "bye bye": "ばいばい",
    byebye: "ばいばい",
};
const ENGLISH_FAREWELL_RE = new RegExp([
    "(?<=(?:今まで|これまで|長い間|長いあいだ|本当に|ほんとに|ほんとうに|最後に) ?)(?:thank ?you|thanks|thx)(?![a-z])",
    "(?<![a-z])sorry(?= ?(?:って|と(?:伝え|言っ|いっ)))",
    "(?<=(?:最後に|永遠に|今まで|これまで) ?)(?:good ?bye|bye ?bye)(?![a-z])",
].join("|"), "g");
/**
 * The rules' reading of a normalised message: polite endings made plain, kana spellings of the
 * rules' kanji words (KANA_WORDS) and English farewell words inside Japanese read as Japanese.
 * Applied in `assessRules` only; the learned layer reads `normalizeForRisk` as it was trained.
 */
export function forRules(normalized) {
    let text = plainEndings(normalized);
    if (!/[\u3041-\u3096]/.test(text))
        return text;
    for (const [re, replacement] of KANA_WORDS)
        text = text.replace(re, replacement);
    if (/[a-z]/.test(text)) {
        text = text.replace(ENGLISH_FAREWELL_RE, (word) => ENGLISH_FAREWELL[word] ?? word);
    }
    return text;
}
// Japanese typed in romaji ("shinitai", full-width ＳＨＩＮＩＴＡＩ after NFKC): the few risk
// words people write this way, whole words only, so English text is left as it was.
const ROMAJI = [
    [/\b(?:shi|si)ni ?ta+ku ?na+i\b/g, "死にたくない"],
    [/\b(?:shi|si)ni ?ta+i+(?:yo|na+|wa|ne|desu|nda|n)?\b/g, "死にたい"],
    [/\b(?:shi|si)ni ?te+(?:e|yo|na)?\b/g, "死にてえ"],
    [/\bkie ?ta+ku ?na+i\b/g, "消えたくない"],
    [/\bkie ?(?:te ?shima|cha)i ?ta+i+\b/g, "消えてしまいたい"],
    [/\bkie ?ta+i+(?:yo|na+|wa|ne|desu|nda|n)?\b/g, "消えたい"],
    [/\biki ?ta+ku ?na+i\b/g, "生きたくない"],
    [/\binaku ?nari ?ta+i\b/g, "いなくなりたい"],
    [/\b(?:ji|zi)sa(?:tsu|tu)\b/g, "自殺"],
    [/(自殺|\bdie|\bsuicide) ?(?:shi|si)ta+i\b/g, "$1したい"],
    [/\brisuka\b/g, "りすか"],
    [/\bamuka\b/g, "あむか"],
];
// One or two characters masked out of 自殺 or 死 (自×したい, ○にたい), only before an ending
// that leaves no other reading.
const MASK = "[×✕✖✗☓x*○〇●◯□■◇◆△▲▽▼☆★?_]";
const MASKED_JISATSU_RE = new RegExp(`自(?<!\\p{Script=Han}自)${MASK}{1,2}(?=し(?:たい|たく|よう|ちゃ|て|そう|か|ます)|する|未遂|願望|念慮|を?考え)`, "gu");
const MASKED_SHI_RE = new RegExp(`${MASK}(?<![\\p{L}\\p{N}]${MASK})${MASK}?(?=に(?:たい(?!し[てた])|たく(?!さん)|てえ|たか|たみ))`, "gu");
function toHiragana(text) {
    return text.replace(KATAKANA_RE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}
// A small vowel after a kana with the same vowel only stretches it (たぁい); otherwise it
// stands for a plain vowel (たぃ → たい).
function foldSmallVowelRun(_all, base, smalls) {
    const vowel = VOWEL_OF.get(base);
    const same = [...smalls].every((s) => VOWEL_OF.get(s) === vowel);
    return same ? base : base + [...smalls].map((s) => SMALL_TO_LARGE[s] ?? s).join("");
}
function foldSmallVowels(text) {
    return text.replace(SMALL_VOWEL_RE, foldSmallVowelRun);
}
/**
 * Katakana to hiragana without the long-vowel mark and with small vowels folded (フェンス
 * → ふえんす), as the rules' Japanese literals are written. Exported so that rule files
 * compile their patterns into the same form as the text.
 */
export function foldKana(text) {
    return foldSmallVowels(toHiragana(text).replace(LONG_VOWEL_RE, ""));
}
const ACCENT_RE = /\p{M}/gu;
const CURLY_APOSTROPHE_RE = /[‘’`´]/g;
const WIDE_DOUBLE_QUOTE_RE = /[＂″]/g;
const LINE_BREAKS_RE = /\n+/g;
const UNMARKED_DECIMAL_RE = /\uE000/g;
const SPACES_RE = /\s+/g;
const SPACE_BEFORE_MARK_RE = / ([.,])/g;
const MARK_RUN_RE = /([.,])[.,]+/g;
const MARK_BETWEEN_LATIN_RE = /(?<=[a-z])([.,])(?=[a-z])/g;
// Most passes of the normaliser find nothing to change in a given message. A pass is skipped
// when the text holds none of the literals that every match of its pattern needs (derived from
// the pattern itself, see prefilter.ts): the replace would have returned the text unchanged.
// `null` for a pattern without a gate, so that one lookup answers both questions.
const GATES = new Map();
function gateOf(re) {
    let gate = GATES.get(re);
    if (gate === undefined) {
        gate = literalGate(re) ?? null;
        GATES.set(re, gate);
    }
    return gate ?? undefined;
}
/** The text being normalised, with its characters marked for the gates. */
class Rewriting {
    units = new TextUnits();
    text = "";
    start(text) {
        this.text = text;
        this.units.mark(text);
    }
    set(next) {
        if (next === this.text)
            return;
        this.text = next;
        this.units.mark(next);
    }
    replace(re, replacement) {
        if (!this.units.mayMatch(gateOf(re)))
            return;
        this.set(typeof replacement === "string"
            ? this.text.replace(re, replacement)
            : this.text.replace(re, replacement));
    }
}
const REWRITING = new Rewriting();
/**
 * Bring a message into the one form the risk rules match: see the module comment.
 * Pure, deterministic and linear in the length of the text.
 */
export function normalizeForRisk(text) {
    const r = REWRITING;
    r.start(text);
    r.replace(EMOJI_WORD_RE, (e) => EMOJI_WORDS[e] ?? " ");
    r.set(r.text.normalize("NFKC"));
    r.replace(PICTOGRAPH_RE, " ");
    r.replace(INVISIBLE_RE, "");
    r.replace(LINE_BREAK_RE, "\n");
    r.replace(CONTROL_RE, (ch) => (ch === "\n" ? "\n" : " "));
    r.set(r.text.toLowerCase());
    r.replace(LATIN_ACCENTED_RE, (ch) => ch.normalize("NFD").replace(ACCENT_RE, ""));
    r.replace(COMBINING_AFTER_LATIN_RE, "");
    r.replace(MIXED_WORD_RE, (word) => /[a-z]/.test(word) && NON_ASCII_LETTER_RE.test(word)
        ? [...word].map((ch) => HOMOGLYPHS[ch] ?? ch).join("")
        : word);
    // foldKana, pass by pass.
    r.replace(KATAKANA_RE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
    r.replace(LONG_VOWEL_RE, "");
    r.replace(SMALL_VOWEL_RE, foldSmallVowelRun);
    r.replace(REPEAT_RE, "$1");
    r.set(transliterateRomaji(r.text));
    r.replace(MASKED_JISATSU_RE, "自殺");
    r.replace(MASKED_SHI_RE, "死");
    r.replace(LETTER_RUN_RE, joinLetterRun);
    // A pasted wall of one token would otherwise redo the same rewrite thousands of times.
    const leetSeen = new Map();
    r.replace(LEET_TOKEN_RE, (token) => {
        let out = leetSeen.get(token);
        if (out === undefined) {
            out = rewriteLeetToken(token);
            if (leetSeen.size < 1024)
                leetSeen.set(token, out);
        }
        return out;
    });
    r.replace(CURLY_APOSTROPHE_RE, "'");
    r.replace(WIDE_DOUBLE_QUOTE_RE, '"');
    r.set(pairAsciiQuotes(r.text));
    r.replace(OPEN_QUOTE_RE, "「");
    r.replace(CLOSE_QUOTE_RE, "」");
    r.replace(SINGLE_QUOTE_PAIR_RE, "$1「$2」");
    r.replace(APOSTROPHE_IN_WORD_RE, "");
    r.replace(DECIMAL_POINT_RE, "\uE000");
    r.replace(LINE_BREAKS_RE, ".");
    r.replace(SENTENCE_END_RE, ".");
    r.replace(CLAUSE_RE, ",");
    r.replace(OTHER_PUNCT_RE, " ");
    r.replace(UNMARKED_DECIMAL_RE, ".");
    r.replace(SPACES_RE, " ");
    r.replace(SPACE_BETWEEN_CJK_RE, "");
    r.replace(SPACE_BEFORE_MARK_RE, "$1");
    r.replace(MARK_RUN_RE, "$1");
    r.replace(SPACE_AFTER_PUNCT_NEAR_CJK_RE, "");
    r.replace(MARK_BETWEEN_LATIN_RE, "$1 ");
    for (const [re, replacement] of EN_PHRASES)
        r.replace(re, replacement);
    for (const [re, replacement] of ROMAJI)
        r.replace(re, replacement);
    for (const [re, replacement] of JA_SLANG)
        r.replace(re, replacement);
    return r.text.trim();
}
//# sourceMappingURL=normalize.js.map