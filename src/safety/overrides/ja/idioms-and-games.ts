/** ja overrides, part of the ordered list in ../../rules-ja.ts (kinds: bereavement, everyday, game, idiom, negation, object). */
import type { MatchContext, OverrideRule } from "../../rule-types.js";
import {
  clauseBefore,
  IDEATION_LIKE,
  ruleIds,
  sentenceBefore,
  shortMessage,
} from "../../rule-types.js";
import { jaRe } from "../../rules/ja/patterns.js";
import {
  ACCOUNT_REASON,
  ASKING_ABOUT_BOT_AFTER,
  BARE_DEATH,
  CAUGHT_BEFORE,
  CAUSE_BEFORE,
  COMPLETED,
  COMPLETED_AFTER,
  DEAD_SUBJECT,
  DECLUTTER,
  DEGREE_AFTER,
  EMBARRASSED_AFTER,
  EMBARRASSED_BEFORE,
  EVERYDAY_CAUSE,
  EXAM_BEFORE,
  EXERTION,
  FAN_SENTENCE,
  FOOD_OR_CLOTHES,
  GAME_FEAT_BEFORE,
  GAME_LOSS,
  GAME_NEXT_AFTER,
  GAME_SENTENCE,
  HIGH_PLACE_ACTIVITY,
  isJapanese,
  JOY_BEFORE,
  LAUGH_AFTER,
  LAUGH_BEFORE,
  LAUGHED_OFF_EMBARRASSMENT,
  LETTER_OCCASION,
  LOW_BESIDE,
  NEGATION_AFTER,
  NEWS_REPORT,
  NEWS_SOMEONE_KNOWN,
  NEWS_SUBJECT,
  NEWS_WORDING_AFTER,
  NEWS_WRITER_IN_IT,
  nearbySentences,
  OBJECT_BEFORE,
  OTHER_SUBJECT_END,
  SERVICE_END,
  SUICIDE_TOPIC_AFTER,
  TASK_BEFORE,
  TASK_SENTENCE,
  TOO_MUCH_BEFORE,
  windowOf,
} from "./context.js";

/**
 * Melting into something warm: 布団に溶けて, こたつに埋もれて. Not sinking (湯船に沈んで is a way to
 * drown), and not 天国 or 極楽 for how good it feels (both are also where the dead go).
 */
const COSY_PLACE_BEFORE = jaRe(
  "(?:布団|ふとん|毛布|こたつ|コタツ|お風呂|湯船|ベッド|ソファ|ぬいぐるみ|もふもふ)(?:に|の中に|の中で|で|と)?(?:溶けて|とけて|埋もれて|うもれて|くるまって|包まれて|同化して|一体化して|入ったまま|はいったまま|入って|はいって|潜って|もぐって|潜ったまま|もぐったまま)?[^.,]{0,4}$",
);
/** A task named with とか right before a bare death word: テストとか死ぬ, バイトとか死ぬ. */
const TASK_TOKA_BEFORE = jaRe(
  "(?:テスト|試験|小テスト|模試|課題|宿題|レポート|発表|面接|バイト|部活|会議|締め切り|締切|残業|仕事)とか(?:まじ|マジ|ほんと|本当に)?$",
);
/** Means named near it, in words or as emoji (which the normaliser turns into words). */
const MEANS_NEAR = jaRe(
  "pills|knife|rope|blade|薬|くすり|包丁|ナイフ|ロープ|縄|練炭|カッター|本気|マジで死|遺書|飛び降り",
);
/** The test of ja.everyday.suicide-in-the-news: see its two entries. */
const suicideInTheNews = (ctx: MatchContext): boolean =>
  NEWS_WORDING_AFTER.test(`${ctx.match.slice(2)}${ctx.after}`) &&
  !NEWS_SOMEONE_KNOWN.test(windowOf(ctx)) &&
  NEWS_REPORT.test(windowOf(ctx)) &&
  NEWS_SUBJECT.test(windowOf(ctx)) &&
  !NEWS_WRITER_IN_IT.test(windowOf(ctx)) &&
  !MEANS_NEAR.test(windowOf(ctx));

/** The test of ja.idiom.dead-eyes-everyday: see its two entries. */
const deadEyesEveryday = (ctx: MatchContext): boolean =>
  /^死(?:んだ|んでる)$/.test(ctx.match) &&
  /^(?:ような|みたいな|様な)?目/.test(ctx.after) &&
  EVERYDAY_CAUSE.test(ctx.sentence) &&
  !LOW_BESIDE.test(windowOf(ctx)) &&
  !MEANS_NEAR.test(windowOf(ctx));

/** How warm, soft or happy it is. */
const COSY = jaRe(
  "ぬくい|ぬくぬく|あったか|あたたか|暖か|温か|ぽかぽか|気持ちい|きもちい|幸せ|しあわせ|最高|ふわふわ|もふもふ|至福|とろける",
);
/** ...and what makes it low after all: sinking, heaven, nobody to see, tired of living. */
const COSY_BUT_LOW = jaRe(
  "沈ん|しずん|溺|おぼれ|天国|極楽|誰にも|だれにも|もう(?:いや|嫌|無理|むり)|つらい|辛い|しんどい|生きて|死に|死ね|疲れた|いなくなりたい|消えてしまいたい|永遠に|目覚めたくな|起きたくな",
);

/** A means made ready, a note, or an end set for a time, said after a denied wish. */
const MEANS_READY_AFTER = jaRe(
  "(?<!(?:風邪|かぜ|胃|目|頭痛|酔い止め|花粉|漢方|塗り)の?)(?:薬|くすり|睡眠薬|眠剤|ロープ|縄|練炭|包丁|刃物|ナイフ)[^.]{0,10}?(?:そろえ|揃え|そろっ|揃っ|用意|準備|買い込|集め|ためて|貯め|溜め|確保)|遺書|(?:今夜|今日|明日|週末)[^.]{0,6}?(?:終わりにする|終わらせる|決行|実行)",
);

export const JA_OVERRIDES_IDIOMS_AND_GAMES: readonly OverrideRule[] = [
  {
    id: "ja.negation.suffix",
    kind: "negation",
    lowersTo: "none",
    appliesTo: (rule) => isJapanese(rule.id) && rule.negatable !== false,
    // 死にたいとかじゃない。もう薬は全部そろえた: a wish denied beside a means made ready or an
    // end set is not a denial (a negation keeps the learned layer from reading the rest).
    test: (ctx) => NEGATION_AFTER.test(ctx.after) && !MEANS_READY_AFTER.test(ctx.after),
  },
  {
    id: "ja.idiom.embarrassed",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.passive-ideation.kietai", "ja.passive-ideation.inakunaritai"),
    test: (ctx) =>
      EMBARRASSED_AFTER.test(ctx.after) ||
      (EMBARRASSED_BEFORE.test(ctx.before) && !/死|しに|いなくな/.test(ctx.match)),
  },
  {
    id: "ja.everyday.task-done",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.hopelessness.end-everything"),
    test: (ctx) => TASK_SENTENCE.test(ctx.sentence),
  },
  {
    id: "ja.everyday.suicide-topic",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.jisatsu-word"),
    test: (ctx) => SUICIDE_TOPIC_AFTER.test(ctx.after),
  },
  {
    // ニュースで、俳優が自宅で亡くなっているのが見つかって、自殺とみられるって: a suicide told as
    // news, of someone named by their place in the world, in the news's own words. Never with
    // the writer in it (私も, 死にたい, 後を追いたい, 同じ方法, 気持ちがわかる, 羨ましい).
    id: "ja.everyday.suicide-in-the-news",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.jisatsu-word", "ja.plan.jisatsu"),
    test: (ctx) => shortMessage(ctx) && suicideInTheNews(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "ja.everyday.suicide-in-the-news-in-long",
    kind: "everyday",
    lowersTo: "none",
    local: true,
    appliesTo: ruleIds("ja.plan.jisatsu-word", "ja.plan.jisatsu"),
    test: (ctx) => !shortMessage(ctx) && suicideInTheNews(ctx),
  },
  {
    id: "ja.everyday.asking-about-the-bot",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: (rule) => IDEATION_LIKE(rule) || BARE_DEATH(rule),
    test: (ctx) => ASKING_ABOUT_BOT_AFTER.test(ctx.after),
  },
  {
    // まじ殺してくれ回線: the normaliser reads じ殺 as 自殺 (net slang), so まじ殺して (a friend's
    // "seriously, kill me") comes out as ま自殺して. Only right after ま (not いま) and before
    // して…くれ / す / される: 今自殺したい and 自殺してやる stay as they are.
    id: "ja.idiom.maji-korosu",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.plan.jisatsu-word"),
    test: (ctx) =>
      // Short messages only: an override also keeps the learned layer from raising the rest.
      shortMessage(ctx) &&
      /(?:^|[^いぃ今])ま$/.test(ctx.before) &&
      /^(?:して(?:くれ|くれる|くれよ|ほしい|え)|す(?:ぞ|わ|よ|$|[.,!\s])|され(?:る|そう|た))/.test(
        ctx.after,
      ),
  },
  {
    // この布団に溶けて消えたい…ぬくい…: to melt away into a futon, a kotatsu or a bath, said with
    // how warm or soft it is. 布団に潜って消えたい、誰にも会いたくない stays a crisis.
    id: "ja.everyday.cosy-vanish",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.passive-ideation.kietai"),
    test: (ctx) =>
      // Short messages only: an override also keeps the learned layer from raising the rest.
      shortMessage(ctx) &&
      COSY_PLACE_BEFORE.test(ctx.before) &&
      COSY.test(`${ctx.match}${ctx.after.slice(0, 40)}`) &&
      !COSY_BUT_LOW.test(`${ctx.before.slice(-60)}${ctx.match}${ctx.after.slice(0, 60)}`),
  },
  {
    id: "ja.idiom.degree",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => DEGREE_AFTER.test(ctx.after),
  },
  {
    id: "ja.idiom.hyperbole-cause",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => CAUSE_BEFORE.test(ctx.before),
  },
  {
    id: "ja.idiom.laughing",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: (rule) =>
      BARE_DEATH(rule) ||
      rule.id === "ja.danger-at-home.hurt-by-family" ||
      rule.id === "ja.distress.tsurai",
    test: (ctx) => LAUGH_AFTER.test(ctx.after) || LAUGH_BEFORE.test(ctx.before),
  },
  {
    id: "ja.idiom.killed-by-work",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    // Never with a means named beside it (💊🔪 通勤で死にそう: the emoji read as pills and a knife).
    test: (ctx) =>
      TASK_BEFORE.test(ctx.before) && !MEANS_NEAR.test(`${ctx.before}${ctx.match}${ctx.after}`),
  },
  {
    // 明日数学のテストとか死ぬ〜〜〜無理すぎ: a test, homework or a shift "killing" someone, said
    // with とか, in a short message with no means beside it. With pills, a knife or a rope named
    // (in words or emoji) it is left to the rules and the learned layer.
    id: "ja.idiom.task-toka-shinu",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) =>
      // Short messages only: an override also keeps the learned layer from raising the rest.
      shortMessage(ctx) &&
      TASK_TOKA_BEFORE.test(ctx.before) &&
      !MEANS_NEAR.test(`${ctx.before}${ctx.match}${ctx.after}`),
  },
  {
    id: "ja.idiom.exam-or-body",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) =>
      /^死(?:んだ|んでる|んでた|にそう)$/.test(ctx.match) && EXAM_BEFORE.test(ctx.before),
  },
  {
    // カープ負けたけぇ、死んだ目で晩飯食いよる, 通勤電車で死んだ目してる: "dead eyes" from a team's
    // loss, a commute or a day's work. Without the cause (毎日死んだ目で過ごしてる) it stays distress,
    // and never with a low or a wish beside it (死にたい, 人生, どうでもいい, 一人, 毎日).
    id: "ja.idiom.dead-eyes-everyday",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => shortMessage(ctx) && deadEyesEveryday(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "ja.idiom.dead-eyes-everyday-in-long",
    kind: "idiom",
    lowersTo: "none",
    local: true,
    appliesTo: BARE_DEATH,
    test: (ctx) => !shortMessage(ctx) && deadEyesEveryday(ctx),
  },
  {
    id: "ja.idiom.if-caught",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.korosareru", "ja.danger-at-home.hurt-by-family"),
    test: (ctx) => /殺され/.test(ctx.match) && CAUGHT_BEFORE.test(ctx.before),
  },
  {
    id: "ja.everyday.spicy-food",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.tsurai"),
    test: (ctx) =>
      /辛|苦し|きつ/.test(ctx.match) &&
      (FOOD_OR_CLOTHES.test(ctx.sentence) || EXERTION.test(ctx.sentence)),
  },
  {
    // A game or a stream closing down: its farewells are to the game.
    id: "ja.game.service-end",
    kind: "game",
    lowersTo: "none",
    appliesTo: (rule) => rule.category === "farewell" || BARE_DEATH(rule),
    test: (ctx) =>
      SERVICE_END.test(`${ctx.before.slice(-80)}${ctx.match}${ctx.after.slice(0, 40)}`),
  },
  {
    id: "ja.idiom.too-much-to-bear",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) =>
      TOO_MUCH_BEFORE.test(ctx.before) ||
      (/^死(?:んだ|んでる|んじゃった|にそう|ぬ)$/.test(ctx.match) &&
        FAN_SENTENCE.test(ctx.sentence)),
  },
  {
    id: "ja.game.in-game",
    kind: "game",
    lowersTo: "none",
    appliesTo: (rule) =>
      BARE_DEATH(rule) ||
      rule.id === "ja.danger-at-home.threat-heard" ||
      rule.id === "ja.danger-at-home.struck-me",
    test: (ctx) => GAME_SENTENCE.test(ctx.sentence),
  },
  {
    // マイクラで全ロスした、もう無理ぽ: a lost game, not a lost hope.
    id: "ja.game.game-loss",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("ja.hopelessness.no-hope", "ja.distress.tsurai"),
    test: (ctx) => GAME_SENTENCE.test(nearbySentences(ctx)) && GAME_LOSS.test(nearbySentences(ctx)),
  },
  {
    // クリーパーに家爆破された。心が死んだ: a game's loss said as a death, in a short message
    // only (a game override also keeps the learned layer from raising what else is said).
    id: "ja.game.game-loss-death",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("ja.distress.shinu"),
    test: (ctx) =>
      shortMessage(ctx) &&
      GAME_SENTENCE.test(nearbySentences(ctx)) &&
      GAME_LOSS.test(nearbySentences(ctx)),
  },
  {
    id: "ja.object.device",
    kind: "object",
    lowersTo: "none",
    appliesTo: BARE_DEATH,
    test: (ctx) => OBJECT_BEFORE.test(ctx.before),
  },
  {
    id: "ja.bereavement.someone-died",
    kind: "bereavement",
    lowersTo: "none",
    appliesTo: (rule) => BARE_DEATH(rule) || rule.id === "ja.plan.jisatsu-word",
    test: (ctx) =>
      DEAD_SUBJECT.test(sentenceBefore(ctx)) &&
      (COMPLETED.test(ctx.match) || COMPLETED_AFTER.test(ctx.after)),
  },
  {
    id: "ja.idiom.joy",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: (rule) => BARE_DEATH(rule) || rule.id === "ja.passive-ideation.better-dead",
    test: (ctx) =>
      /死んでも/.test(ctx.match + ctx.after.slice(0, 2)) && JOY_BEFORE.test(ctx.before),
  },
  {
    id: "ja.everyday.someone-else-gone",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.burden.better-gone", "ja.burden.existence-is-the-problem"),
    test: (ctx) => OTHER_SUBJECT_END.test(clauseBefore(ctx)),
  },
  {
    id: "ja.everyday.clear-out",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.give-away", "ja.preparation.note"),
    test: (ctx) =>
      /大事|大切|だいじ|たいせつ|全部|ぜんぶ/.test(ctx.match) && DECLUTTER.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.letter-occasion",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.letter"),
    test: (ctx) => !/最後|最期/.test(ctx.match) && LETTER_OCCASION.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.account-trouble",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.preparation.accounts"),
    test: (ctx) => ACCOUNT_REASON.test(windowOf(ctx)),
  },
  {
    id: "ja.everyday.high-place-activity",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("ja.attempt-in-progress.high-place"),
    test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)),
  },
  {
    // 推しの配信でコメ読まれて消えたい気分笑 恥ずかしすぎる: the wish laughed off as embarrassment
    // in a short message. Local: the learned layer still reads the rest of it.
    id: "ja.idiom.embarrassed-laugh",
    kind: "idiom",
    lowersTo: "none",
    local: true,
    appliesTo: ruleIds("ja.passive-ideation.kietai", "ja.passive-ideation.inakunaritai"),
    test: (ctx) => shortMessage(ctx) && LAUGHED_OFF_EMBARRASSMENT.test(ctx.after),
  },
  {
    // ラスボス倒した！もう思い残すことはないｗ: nothing left to do after a game's last boss, in a
    // short message that laughs or turns to the next game. Not local: the learned layer reads
    // the game's "nothing left" as a farewell, and the whole message is in view.
    id: "ja.game.nothing-left-boss",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("ja.farewell.nothing-left"),
    test: (ctx) =>
      shortMessage(ctx) && GAME_FEAT_BEFORE.test(ctx.before) && GAME_NEXT_AFTER.test(ctx.after),
  },
];
