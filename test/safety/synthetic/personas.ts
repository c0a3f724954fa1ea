/**
 * Who writes the generated messages: frames around a message (`@`), and how each persona
 * types. A persona writes every label of its subject (a parent's frame holds an ordinary
 * question as often as a crisis), so the frame itself never tells the learned layer anything.
 */
import type { Random } from "../../../src/safety/learned/augment.js";
import type { Persona } from "../../../src/safety/learned/compose.js";
import { kanaToRomaji } from "../../../src/safety/romaji.js";

type Style = (text: string, random: Random) => string;

function chance(random: Random, p: number): boolean {
  return random() < p;
}

// ------------------------------------------------------------------ how people type English

/** Phone typing: lower case, no apostrophes, short forms, no full stop at the end. */
const texting: Style = (text, random) => {
  let t = text.toLowerCase().replace(/'/g, "");
  const swaps: [RegExp, string][] = [
    [/\byou\b/g, "u"],
    [/\byour\b/g, "ur"],
    [/\bright now\b/g, "rn"],
    [/\bbecause\b/g, "bc"],
    [/\bto be honest\b/g, "tbh"],
    [/\bi dont know\b/g, "idk"],
    [/\bare\b/g, "r"],
    [/\bokay\b/g, "ok"],
    [/\bplease\b/g, "pls"],
    [/\bthough\b/g, "tho"],
    [/\bsomething\b/g, "smth"],
    [/\bwith\b/g, "w"],
    [/\bgoing to\b/g, "gonna"],
    [/\bwant to\b/g, "wanna"],
  ];
  for (const [re, to] of swaps) if (chance(random, 0.6)) t = t.replace(re, to);
  return t.replace(/[.!]+$/, "");
};

const LEET: Readonly<Record<string, string>> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };

/** Leetspeak in one or two longer words ("n0 r3ason"). */
const leet: Style = (text, random) =>
  text.replace(/[a-z]{4,}/g, (word) =>
    chance(random, 0.35)
      ? [...word].map((ch) => (chance(random, 0.6) ? (LEET[ch] ?? ch) : ch)).join("")
      : word,
  );

/** Voice typing: no punctuation, a capital at the start, a homophone or two. */
const voice: Style = (text, random) => {
  let t = text.replace(/[.,!?…]+/g, "").replace(/\s+/g, " ");
  const slips: [RegExp, string][] = [
    [/\bto\b/g, "too"],
    [/\bthere\b/g, "their"],
    [/\bits\b/g, "it's"],
    [/\bwhere\b/g, "wear"],
    [/\bright\b/g, "write"],
    [/\bknow\b/g, "no"],
    [/\bi'll\b/gi, "aisle"],
  ];
  for (const [re, to] of slips) if (chance(random, 0.3)) t = t.replace(re, to);
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/** Stretched letters and a trailing emoji or two. */
const stretch: Style = (text, random) => {
  const t = text.replace(/\b(so|no|please|why|bye|sorry|tired|done)\b/g, (w) =>
    chance(random, 0.5) ? w + (w.at(-1) ?? "").repeat(3) : w,
  );
  return (
    t +
    (chance(random, 0.5)
      ? ` ${["😭", "🙃", "😔", "💀", "🫠", "🥲"][Math.floor(random() * 6)]}`
      : "")
  );
};

// ------------------------------------------------------------------ how people type Japanese

/** No punctuation at all, or spaces where the sentences end. */
const unpunctuated: Style = (text, random) =>
  chance(random, 0.5) ? text.replace(/[。、]/g, "") : text.replace(/[。、]/g, " ").trim();

/** Net laughter or a trailing ellipsis. */
const tail: Style = (text, random) => {
  const t = text.replace(/[。]$/, "");
  return t + ["ｗ", "笑", "…", "。。。", "ｗｗ", "泣"][Math.floor(random() * 6)];
};

/** Hiragana-only messages typed in romaji (a phone without Japanese input). */
const romaji: Style = (text) => kanaToRomaji(text) ?? text;

/** Sentence ends written as line breaks. */
const lines: Style = (text) => text.replace(/。(?=.)/g, "\n");

const EN_STYLES: readonly Style[] = [texting, texting, leet, voice, stretch];
const JA_STYLES: readonly Style[] = [unpunctuated, tail, romaji, lines];

export const PERSONAS: readonly Persona[] = [
  // ---------------------------------------------------------------- Japanese, own messages
  {
    id: "ja.withdrawn-night",
    lang: "ja",
    subject: "self",
    frames: [
      "{夜中にごめん|こんな時間にごめんなさい|眠れなくて書いてる|また朝になった}。@",
      "@。{おやすみ|なんでもない|誰かに言いたかっただけ|聞いてくれてありがとう}",
      "{今日も部屋から出てない|最近は昼夜逆転してる|ご飯は母が部屋の前に置いていった}。@",
    ],
    styles: JA_STYLES,
  },
  {
    id: "ja.parent-self",
    lang: "ja",
    subject: "self",
    frames: [
      "{はじめまして|突然すみません|夜分に失礼します}。{60代|70代|50代}の{母親|父親}です。@。{よろしくお願いいたします|聞いていただけますか|}",
      "{息子と二人暮らしです|夫を亡くしてから一人です|娘は家にこもっています}。{それで|最近は|}@",
    ],
  },
  {
    id: "ja.teen",
    lang: "ja",
    subject: "self",
    frames: ["{てか|まじ|ガチで|あのさ|え、}@", "@{ｗ|笑|泣|。知らんけど|}"],
    styles: JA_STYLES,
  },
  {
    id: "ja.older",
    lang: "ja",
    subject: "self",
    frames: [
      "{わしは|わたしは}{78|80|75}になります。{家内|主人|夫}を亡くして{一人|ひとり}です。@",
      "@。{年寄りの愚痴です|すみませんね|聞いてもらえるだけでありがたいです}",
    ],
  },
  // ---------------------------------------------------------------- Japanese, about someone
  {
    id: "ja.parent-other",
    lang: "ja",
    subject: "other",
    frames: [
      "はじめまして。{60代|70代|50代}の{母親|父親|母|父}です。{息子|娘}は{30代|40代|20代}で<jyears>{ほとんど部屋から出ません|ひきこもっています|仕事をしていません}。@。{どうしたらいいでしょうか|親として何ができるでしょうか|相談できるところはありますか|}",
      "{夜分にすみません|突然失礼します}。@。{心配で眠れません|どう声をかければいいのか|}",
    ],
  },
  {
    id: "ja.friend-other",
    lang: "ja",
    subject: "other",
    frames: [
      "{ちょっと相談|聞いてほしい|どうしよう}。@",
      "@。{どうしたらいい？|心配|これ大丈夫かな}",
    ],
    styles: [tail, unpunctuated],
  },
  // ---------------------------------------------------------------- English, own messages
  {
    id: "en.withdrawn-night",
    lang: "en",
    subject: "self",
    frames: [
      "{sorry its late|cant sleep again|3am and still up|hey}{.|,} @",
      "@ {anyway|whatever|night|never mind}",
      "{havent left my room today|my sleep is all over the place|mom left food by my door again}. @",
    ],
    styles: EN_STYLES,
  },
  {
    id: "en.teen",
    lang: "en",
    subject: "self",
    frames: ["{ngl|lowkey|bro|ok so|fr} @", "@ {fr|lol|ngl|💀|😭|frfr}"],
    styles: EN_STYLES,
  },
  {
    id: "en.older",
    lang: "en",
    subject: "self",
    frames: [
      "{Hello.|Good evening.} I'm {72|68|81|in my seventies} and {live alone since my wife passed|my son lives with me|my husband died last year}. @",
      "@ {Thank you for listening.|Sorry to go on.|}",
    ],
    styles: [voice],
  },
  // ---------------------------------------------------------------- English, about someone
  {
    id: "en.parent-other",
    lang: "en",
    subject: "other",
    frames: [
      "{Hello,|Hi.} I'm {a mother|a father|a parent} in my {60s|50s|70s}. My {son|daughter} is {34|41|29|38} and has {barely left the house|stayed in their room} for <eyears>. @ {What should I do?|I don't know who to ask.|}",
      "{Sorry to bother you.|I'm writing about my family.} @",
    ],
    styles: [voice],
  },
  {
    id: "en.friend-other",
    lang: "en",
    subject: "other",
    frames: [
      "{idk who else to ask.|weird question but|ok so} @",
      "@ {should i be worried?|what do i do|idk}",
    ],
    styles: [texting],
  },
];
