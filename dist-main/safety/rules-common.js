import { foldKana } from "./normalize.js";
import { shortMessage } from "./rule-types.js";
// Words that say a quoted phrase is the name of a work, not the person's own words.
const MEDIA_RE = new RegExp(foldKana([
    "\\b(?:song|songs|book|books|movie|movies|film|films|show|series|album|track|lyrics?|novel",
    "|read|reading|reads|watch|watched|watching|listen|listened|listening|title|titled|called",
    "|named|episode|anime|manga|game|band|poem|play|playing|podcast|chapter|single|drama)\\b",
    "|曲|歌|本|映画|ドラマ|アニメ|漫画|まんが|小説|読ん|読み|読む|観|見た|見て|聴|聞い|歌詞|タイトル",
    "|作品|エッセイ|ゲーム|リピート|カラオケ|弾き語り|弾いて|再生|プレイリスト|mv|歌って",
].join("")), "u");
// Works whose names hold risk words and are often written without quotes.
const KNOWN_TITLES_RE = new RegExp(foldKana([
    "suicide squad|virgin suicides|suicide is painless|dying light|kill bill|die hard",
    "|death note|自殺島|死にたい夜に(?:かぎって|限って)|死にたいけど(?:トッポッキ|とっぽっき)",
    "|人間失格|完全自殺マニュアル",
].join("")), "gu");
// Lines of works quoted as catchphrases (『お前はもう死んでいる』 from 北斗の拳, 死ぬこと以外かすり傷):
// the line as said, not a sentence built on it (お前はもう死んでいるのと同じ is someone's contempt).
const KNOWN_LINES_RE = new RegExp(foldKana([
    "(?:お前|おまえ)は(?:もう)?(?:死|し)んでいる(?!の|も同然|ような|みたい|んだ)",
    "|死ぬこと以外(?:は)?(?:かすり傷|かすりきず)",
].join("")), "gu");
// ...quoted, laughed at or named as a line: said bare by a parent it may be contempt.
const LINE_CUE_RE = new RegExp(foldKana("笑|w(?![a-z])|草|ネタ|真似|まね|セリフ|台詞|名言|口癖|座右の銘|ケンシロウ|北斗|lol|haha"), "u");
const QUOTATION_RE = /「[^」]*」/g;
function insideQuotes(ctx) {
    const opened = ctx.before.lastIndexOf("「") > ctx.before.lastIndexOf("」");
    const close = ctx.after.indexOf("」");
    const reopen = ctx.after.indexOf("「");
    return opened && close >= 0 && (reopen < 0 || close < reopen);
}
/** The few characters right after the quotation that holds the match ("って曲", " song"). */
function afterQuotation(ctx) {
    const rest = ctx.after.slice(ctx.after.indexOf("」") + 1);
    const end = rest.indexOf(".");
    return (end < 0 ? rest : rest.slice(0, end)).slice(0, 8);
}
// The titles' own pattern stepped through with exec: `matchAll` copies the pattern at every
// call, and this runs at every match of most rules.
function overlapsKnown(pattern, ctx) {
    const window = ctx.before + ctx.match + ctx.after;
    const start = ctx.before.length;
    const end = start + ctx.match.length;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
        if (m.index < end && m.index + m[0].length > start) {
            pattern.lastIndex = 0;
            return true;
        }
    }
    return false;
}
const overlapsKnownTitle = (ctx) => overlapsKnown(KNOWN_TITLES_RE, ctx);
const quotedLine = (ctx) => overlapsKnown(KNOWN_LINES_RE, ctx) &&
    (insideQuotes(ctx) || LINE_CUE_RE.test(`${ctx.before.slice(-40)}${ctx.after.slice(0, 60)}`));
/**
 * Overrides for both languages: a risk phrase that is the title of a song, book or film.
 * A quotation alone is not enough ("I keep thinking 'I want to die'" is the person's own
 * thought), so a word about a work must stand in the same sentence.
 */
export const COMMON_OVERRIDES = [
    {
        id: "any.title.quoted-work",
        kind: "title",
        lowersTo: "none",
        appliesTo: (rule) => rule.category !== "danger-at-home",
        // The word about a work stands outside the quotation: 「今までありがとう、ゲーム機はあげる」って
        // 来た is a message someone sent, not a game's title.
        // A quotation of several sentences ("「…。…」って曲") names its work after the closing mark,
        // outside the sentence of a match in its first sentences: that is read too.
        test: (ctx) => insideQuotes(ctx) &&
            (MEDIA_RE.test(ctx.sentence.replace(QUOTATION_RE, "「」")) ||
                MEDIA_RE.test(afterQuotation(ctx))),
    },
    {
        id: "any.title.known-work",
        kind: "title",
        lowersTo: "none",
        appliesTo: (rule) => rule.category !== "danger-at-home",
        test: overlapsKnownTitle,
    },
    {
        // 『お前はもう死んでいる』って父がいまだに言ってくる笑: a work's line quoted as a catchphrase,
        // in quotes or laughed at or named as a line (the seventeenth pass, after round 22). In a
        // short message it explains the whole; in a long one only its match (local), so the learned
        // layer still reads the rest.
        id: "any.title.known-line",
        kind: "title",
        lowersTo: "none",
        appliesTo: (rule) => rule.category !== "danger-at-home",
        test: (ctx) => shortMessage(ctx) && quotedLine(ctx),
    },
    {
        id: "any.title.known-line-in-long",
        kind: "title",
        lowersTo: "none",
        local: true,
        appliesTo: (rule) => rule.category !== "danger-at-home",
        test: (ctx) => !shortMessage(ctx) && quotedLine(ctx),
    },
];
//# sourceMappingURL=rules-common.js.map