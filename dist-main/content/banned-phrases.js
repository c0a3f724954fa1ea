/** Banned phrases per locale; a locale without a list is only checked for exclamation marks. */
export const bannedPhrases = {
    ja: [
        { pattern: /頑張|がんば|ガンバ/, why: "「頑張って」は圧力になります" },
        {
            pattern: /ように聞こえました/,
            why: "翻訳調です。「…のですね」のように受け止めてください",
        },
        {
            pattern: /本当につらく(なった|なる)/,
            why: "「本当に」は、いまのつらさを本物でないように聞こえさせます",
        },
        { pattern: /べき/, why: "「〜すべき」は説教に聞こえます" },
        { pattern: /家族[はがも]?心配/, why: "罪悪感を与えます" },
        { pattern: /(甘え|怠け|なまけ)(?!では|じゃ)/, why: "ひきこもりは怠けではありません" },
        { pattern: /早く(社会|仕事|学校)/, why: "仕事や学校を急かさないでください" },
        { pattern: /みんな(は|も)(働|学校|頑張)/, why: "他人との比較は避けます" },
        { pattern: /まだいますか|返事(が|を)ない/, why: "返事を急かさないでください" },
        { pattern: /連続(記録|ログイン)/, why: "連続記録はプレッシャーになります" },
        { pattern: /あきらめないで|諦めないで/, why: "「頑張って」と同じ圧力になります" },
        { pattern: /元気(を)?(出|だ)して/, why: "明るさを求めると、つらさを否定することになります" },
        { pattern: /気の持ちよう|気持ちの問題/, why: "つらさを軽く扱っています" },
        {
            pattern: /(親|両親|お父さん|お母さん|みんな)[はがも]?心配し|心配を?かけ/,
            why: "罪悪感を与えます",
        },
        {
            pattern: /(なぜ|どうして)[^。？?]*(ひきこも|引きこも|閉じこも|外に出|部屋から出)/,
            why: "ひきこもった理由は聞きません",
        },
        {
            pattern: /(働か|学校に行か)(ない|なきゃ|なくちゃ)(と|の|で)/,
            why: "仕事や学校を急かしません",
        },
        { pattern: /同(年代|世代|い年)の(人|みんな|子)|普通の人/, why: "他人との比較は避けます" },
        { pattern: /いつまで(そう|こう|家|部屋)/, why: "急かすことになります" },
        {
            pattern: /返事を?(して(ください|ね|よ)|ください|ちょうだい)/,
            why: "返事を急かさないでください",
        },
        {
            // Outside 「」: a plain ありがとう beside ありがとうございます reads as a slip of register.
            pattern: /ありがとう(?!ございま)(?![^「]*」)/,
            why: "です・ます調では「ありがとうございます」と書きます（「」の中の言葉は別です）",
        },
    ],
    en: [
        { pattern: /\btry harder\b/i, why: "pressure" },
        { pattern: /\byou should\b/i, why: "a lecture" },
        { pattern: /\byou (need|have|ought) to\b/i, why: "a lecture" },
        { pattern: /\byou must\b/i, why: "a lecture" },
        { pattern: /\bfamily (is|are) worried\b/i, why: "guilt" },
        {
            pattern: /(?<!\b(?:not|isn't|never) )\blaz(?:y|iness)\b/i,
            why: "withdrawal is not laziness; only say so in the negative",
        },
        { pattern: /\bsnap out of\b|\bjust go out(side)?\b/i, why: "dismissive" },
        { pattern: /\bare you (still )?there\b/i, why: "nagging" },
        { pattern: /\bstreak\b/i, why: "streaks pressure" },
        { pattern: /\bother people your age\b|\beveryone else\b/i, why: "comparison" },
        { pattern: /\bcheer up\b/i, why: "dismissive" },
        { pattern: /\bdon'?t give up\b/i, why: "pressure, like 頑張って" },
        {
            pattern: /\b(parents|mum|mom|dad|mother|father|everyone) (is|are) (so |really )?worried\b|\bworried sick\b/i,
            why: "guilt",
        },
        {
            pattern: /\bwhy (did|do|don't) you (withdraw|stay (in|at home|inside)|shut yourself|stop going out|not go out)\b/i,
            why: "do not ask why someone withdrew",
        },
        { pattern: /\bget a job\b|\bgo back to (work|school)\b/i, why: "do not push work or school" },
        {
            pattern: /\bpull yourself together\b|\bman up\b|\ball in your head\b/i,
            why: "dismissive",
        },
        { pattern: /\bat your age\b|\bnormal people\b/i, why: "comparison" },
        { pattern: /\blook on the bright side\b|\bstay positive\b/i, why: "dismissive" },
        { pattern: /\bhaven'?t heard from you\b|\bwhere have you been\b/i, why: "nagging" },
        { pattern: /・/, why: "a Japanese bullet in English text: use a line per item or a dash" },
    ],
};
/** Exclamation marks read as forced cheerfulness in every locale. */
export const exclamation = {
    pattern: /[!！]/,
    why: "no exclamation-mark cheerfulness",
};
/**
 * Words that do not fit as the answer to what someone has just written, because it may be the
 * hardest thing they have said in months: うれしい / "glad" after "親とうまく話せない", 受け取りました
 * (business mail), なるほど and "I see" (they sound like judging), "great" and "nice". The check
 * holds every acknowledgement, and every text said straight after free text, to this list.
 */
export const afterFreeText = {
    ja: [
        { pattern: /うれし|嬉し/, why: "「うれしい」はつらい話への返事に合いません" },
        { pattern: /受け取りました|受け取れ/, why: "「受け取りました」は事務的なメールの言葉です" },
        { pattern: /なるほど/, why: "「なるほど」は評価しているように聞こえます" },
        { pattern: /よかった|いいですね|すてき|素敵/, why: "つらい話への返事に合いません" },
    ],
    en: [
        { pattern: /\bglad\b|\bhappy to hear\b/i, why: "does not fit hard news" },
        { pattern: /\bgot it\b/i, why: "sounds like a receipt, not listening" },
        { pattern: /\bi see\b/i, why: "can sound like judging" },
        { pattern: /\b(great|nice|awesome|cool)\b/i, why: "does not fit hard news" },
    ],
};
/**
 * Half-width punctuation in Japanese text reads as a translation or a typo: （）「」、。？ are
 * written full width. Times (10:00), URLs and {placeholders} are left alone.
 */
export const halfWidthInJapanese = {
    pattern: /[()?!,;]|(?<!\d):|:(?!\d)|(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])\./u,
    why: "和文では全角の句読点・かっこ（、。？「」（））を使います",
};
//# sourceMappingURL=banned-phrases.js.map