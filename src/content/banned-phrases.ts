/**
 * Phrases the content guide rules out: pressure, guilt, lectures, comparison, nagging and
 * exclamation-mark cheerfulness. `komorebi content check` fails on any of them. Matching is
 * case-insensitive on the text as written.
 */
export interface BannedPhrase {
  pattern: RegExp;
  why: string;
}

/** Banned phrases per locale; a locale without a list is only checked for exclamation marks. */
export const bannedPhrases: Readonly<Record<string, readonly BannedPhrase[]>> = {
  ja: [
    { pattern: /頑張|がんば|ガンバ/, why: "「頑張って」は圧力になります" },
    { pattern: /べき/, why: "「〜すべき」は説教に聞こえます" },
    { pattern: /家族[はがも]?心配/, why: "罪悪感を与えます" },
    { pattern: /(甘え|怠け|なまけ)(?!では|じゃ)/, why: "ひきこもりは怠けではありません" },
    { pattern: /早く(社会|仕事|学校)/, why: "仕事や学校を急かさないでください" },
    { pattern: /みんな(は|も)(働|学校|頑張)/, why: "他人との比較は避けます" },
    { pattern: /まだいますか|返事(が|を)ない/, why: "返事を急かさないでください" },
    { pattern: /連続(記録|ログイン)/, why: "連続記録はプレッシャーになります" },
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
  ],
};

/** Exclamation marks read as forced cheerfulness in every locale. */
export const exclamation: BannedPhrase = { pattern: /[!！]/, why: "no exclamation-mark cheerfulness" };
