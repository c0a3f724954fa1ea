/**
 * ja overrides, part of the ordered list in ../../rules-ja.ts (kinds: bereavement, everyday,
 * idiom): the nineteenth pass's everyday kinds (after round 24). A goodbye to a guild for a new
 * game, a diet "killing" one, a suicide loss told calmly years on. Each is read in a short
 * message as explaining it, and in a long one only its match (`local`): the learned layer reads
 * the rest.
 */
import type { MatchContext, OverrideRule } from "../../rule-types.js";
import { inCategories, ruleIds, shortMessage } from "../../rule-types.js";
import { jaRe } from "../../rules/ja/patterns.js";
import { MEANS_BESIDE_GOODBYE, PARTY_FAREWELL_MINE, STRONG_DEATH, windowOf } from "./context.js";

/** A guild, a clan or a server... */
const GAME_GROUP = jaRe(
  "ギルド|クラン|サークル|チーム|固定|フレンド|鯖|サーバー|ディスコ|discord|連合|同盟|団|ネトゲ|mmo|ゲーム",
);
/** ...left for another game: a new title, a move, a switch. */
const GAME_MOVE = jaRe(
  "新作|新しいゲーム|別ゲー|他ゲー|ほかのゲーム|他のゲーム|移住|移籍|乗り換え|引っ越し|(?:に|へ)移(?:る|ります|ろう)|脱退|抜け(?:ます|る|た)|引退",
);
/** ...and the new game or the move said (抜ける alone is a goodbye to anything). */
const NEW_GAME = jaRe(
  "新作|新しいゲーム|別ゲー|他ゲー|ほかのゲーム|他のゲーム|移住|移籍|乗り換え|移(?:る|ります|ろう)",
);
/** ...never with life, the real world, exhaustion or a wish beside it. */
const GAME_GOODBYE_MINE = jaRe(
  "人生|現実|リアル|生き|疲れ|限界|つらい|辛い|しんど|もう無理|消えたい|終わりにし|楽にな|ずっと|永遠",
);

const guildLeftForNewGame = (ctx: MatchContext): boolean => {
  const w = windowOf(ctx);
  return (
    GAME_GROUP.test(w) &&
    GAME_MOVE.test(w) &&
    NEW_GAME.test(w) &&
    !STRONG_DEATH.test(w) &&
    !PARTY_FAREWELL_MINE.test(w) &&
    !MEANS_BESIDE_GOODBYE.test(w) &&
    !GAME_GOODBYE_MINE.test(w)
  );
};

/** A diet, or a treat or a habit given up... */
const DIET = jaRe(
  "ダイエット|減量|糖質制限|糖質オフ|糖質抜き|炭水化物抜き|炭水化物抜いて|低糖質|ケトジェニック|カロリー制限|プチ断食|禁酒|禁煙|カフェイン断ち|コーヒー断ち|甘いもの断ち|お菓子断ち|おやつ抜き|間食|置き換え",
);
/** ...never with a purge, self-disgust, food refused for days, a wish or a means. */
const DIET_DANGER = jaRe(
  "吐|下剤|太って|太った|デブ|醜|気持ち悪い|痩せなきゃ|やせなきゃ|何日も|食べてない|食べれな|食べられな|水だけ|倒れ|意識|病院|死にたい|消えたい|薬|自分が嫌",
);

const dyingOnADiet = (ctx: MatchContext): boolean =>
  /^死にそう/.test(ctx.match) && DIET.test(windowOf(ctx)) && !DIET_DANGER.test(windowOf(ctx));

/** Someone close who died by suicide... */
const SUICIDE_LOSS = jaRe(
  "(?:父|母|兄|弟|姉|妹|夫|妻|主人|息子|娘|祖父|祖母|じいちゃん|ばあちゃん|友人|友達|親友|彼|彼女|叔父|叔母|伯父|伯母|いとこ|従兄|従姉|恋人|婚約者)(?:さん|ちゃん)?(?:が|は|の)(?:自殺|自死)",
);
/** ...told years on... */
const YEARS_ON = jaRe(
  "(?:[0-9０-９一二三四五六七八九十何数]+)年(?:が|も)?(?:経|たち|たっ|過ぎ|になる|目|前|[.,]|$)|回忌|命日|法要|年忌",
);
/** ...with the calm said: laughing, at peace, able to talk of them now. */
const CALM_SAID = jaRe(
  "笑って|笑顔|穏やか|おだやか|落ち着いて|懐かし|なつかし|話せる|話ができ|話せるよう|静かに|聞いてほしくて|聞いてもらいたくて|大丈夫|元気にやって|前を向",
);
/** ...never with pain, guilt, a wish to follow, a means, or the writer's own turn. */
const LOSS_PAIN = jaRe(
  "私も|俺も|僕も|自分も|後を追|あとを追|同じ方法|同じように|会いたい|会いに行|そっちに|そちらに|行きたい|死にたい|消えたい|今でも泣|毎日泣|毎晩(?!泣いていた|泣いてた)|眠れ|つらい|辛い|苦しい|しんど|自分のせい|私のせい|なぜ気づ|止められ|薬|ロープ|今夜|次は",
);

const suicideLossYearsOn = (ctx: MatchContext): boolean => {
  const w = windowOf(ctx);
  return SUICIDE_LOSS.test(w) && YEARS_ON.test(w) && CALM_SAID.test(w) && !LOSS_PAIN.test(w);
};

const SUICIDE_LOSS_RULES = ruleIds("ja.plan.jisatsu-word");

export const JA_OVERRIDES_PASTIMES_AND_GOODBYES: readonly OverrideRule[] = [
  {
    // ギルド抜けます、新作に移るのでみんなさよなら: a goodbye to a guild or a clan for a new
    // game. Never with death, vanishing, life or the real world, exhaustion, a means or the
    // writer's own going (本当は, 私が, 今夜, 永遠) beside it.
    id: "ja.everyday.guild-left-for-new-game",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("farewell"),
    test: (ctx) => shortMessage(ctx) && guildLeftForNewGame(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "ja.everyday.guild-left-for-new-game-in-long",
    kind: "everyday",
    lowersTo: "none",
    local: true,
    appliesTo: inCategories("farewell"),
    test: (ctx) => !shortMessage(ctx) && guildLeftForNewGame(ctx),
  },
  {
    // 糖質制限三日目、死にそう。白米食べたい, 禁煙一週間で死にそう: a diet or a habit given up
    // "killing" one. Never with a purge, self-disgust, food refused, fainting, a wish or a means.
    id: "ja.idiom.dying-on-a-diet",
    kind: "idiom",
    lowersTo: "none",
    local: true,
    appliesTo: ruleIds("ja.distress.shinu"),
    test: dyingOnADiet,
  },
  {
    // 兄が自殺して五年。今は家族で笑って兄の話ができる: a suicide loss told calmly years on, the
    // calm said. Never with pain, guilt, a wish to follow (私も, 後を追, 会いたい), a means or
    // tonight beside it.
    id: "ja.bereavement.suicide-loss-years-on",
    kind: "bereavement",
    lowersTo: "none",
    appliesTo: SUICIDE_LOSS_RULES,
    test: (ctx) => shortMessage(ctx) && suicideLossYearsOn(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "ja.bereavement.suicide-loss-years-on-in-long",
    kind: "bereavement",
    lowersTo: "none",
    local: true,
    appliesTo: SUICIDE_LOSS_RULES,
    test: (ctx) => !shortMessage(ctx) && suicideLossYearsOn(ctx),
  },
];
