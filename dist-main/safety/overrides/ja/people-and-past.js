import { clauseBefore, inCategories, ruleIds, shortMessage, } from "../../rule-types.js";
import { AFFAIRS_REASON, CARE_REASON, COOKING, DEPICTED, FICTION_OR_JOKE, FUTURE_PLANS, GAME_SENTENCE, GIVE_REASON, GRAVE_VISIT, HIGH_PLACE_ACTIVITY, IDEATION_OR_DISTRESS, isJapanese, JOY_OR_FEAT, JUMP_SAID, JUMP_WATCHED, JUMP_WISHED, LAUGH_LATER, LAUGHED_OFF_SETBACK, LEAVING_FOR_LIFE, LEAVING_POST, MEANS_BESIDE_GOODBYE, nearbySentences, OTHER_SUBJECT_END, PARENT_CONTEXT, PARTY_FAREWELL_MINE, PARTY_OCCASION, PET_SUBJECT, pastIdeation, REAL_LIFE, REPORTED_BY_OTHER, RESOLVED, SCHEDULE_WINDOW, SMALL_ORDEAL, STORY_EVENT, STORY_WATCHED, STRONG_DEATH, SURPRISE_OR_AWAY, thirdPartySubject, WORLD_CLOSING, windowOf, } from "./context.js";
/** The sentence before the sentence of the match. */
function previousSentence(ctx) {
    const end = ctx.before.lastIndexOf(".");
    if (end < 0)
        return "";
    return ctx.before.slice(ctx.before.lastIndexOf(".", end - 1) + 1, end);
}
import { jaRe } from "../../rules/ja/patterns.js";
/** "This time", said of an act after a past one: 今度こそ, 次は, 今回は. */
const THIS_TIME = jaRe("今度(?:は|こそ)|次(?:は|こそ)|今回(?:は|こそ)");
/**
 * A blade or a bat held for a task: a fish filleted, a swing shown, a craft (母が包丁を持って娘に魚の
 * さばき方を教えてる, 兄がバットを持ってスイングを見せてくれた).
 */
const WEAPON_TASK = jaRe("さばき|捌|おろし方|三枚|刺身|料理|調理|魚|野菜|素振り|練習|スイング|野球|部活|試合|バッティング|剣道|稽古|工作|diy|木工|彫刻|キャンプ|釣り|見せて|教えて");
/** ...and what a held weapon comes with when it is violence: rage, a threat, a blow, fear. */
const TURNED_ON_SOMEONE = jaRe("暴れ|あばれ|怒鳴|どな|叫|わめ|喚|脅|おど|殺|刺|襲|追いかけ|追いまわ|追い回|迫|向け|むけ|殴|叩|たた|壊|割っ|睨|にら|キレ|逆上|興奮|酔っ|立ちはだか|突きつけ|振り上げ|振りかざ|怖|こわ|震え|逃げ|隠れ|警察|110|助けて|やめて|死");
/**
 * A wish someone named has not said (彼が…自分を責めてて…。死にたいとかは言ってない): the writer's
 * word that it was not said, in a report about them; worry, not a wish (the sixteenth pass).
 */
const WISH_NOT_SAID_AFTER = jaRe("^(?:とか|とは|って|なんて)(?:は|も)?(?:言って(?:い)?(?:ない|ません)|口にして(?:い)?(?:ない|ません)|言わない|言いません)(?!だけ)(?![^.]{0,24}(?:本当は|ほんとは|本音|思って(?:る|いる|ます)|考えて(?:る|いる)))");
/** A turn after the wish not said, to a means seen: 言ってないけど、ロープを買ってきた. */
const TURN_TO_MEANS_AFTER = jaRe("(?:けど|けれど|でも|だけど|のに|ただ)[^]{0,40}?(?:ロープ|縄|なわ|紐|ひも|ベルト|コード|練炭|炭|薬|包丁|ナイフ|刃物|カッター|遺書|書き置き|屋上|線路|橋|崖|飛び降り|首)");
const SOMEONE_NAMED_BEFORE = jaRe("(?:彼(?![女氏岸ら])|彼氏|彼女|夫|旦那|主人|妻|息子|娘|弟|妹|兄|姉|友達|友人|親友|同僚|母|父|子ども|子供|うちの子|孫|利用者)(?:さん|くん|ちゃん)?(?:が|は)");
/** The test of ja.everyday.jump-watched: see its two entries. */
const jumpWatched = (ctx) => {
    const w = nearbySentences(ctx);
    return (/飛び込|飛ぶ|飛び降り/.test(ctx.match) &&
        !/たい|たく|よう|もう|今から|いまから|ここから/.test(ctx.match) &&
        JUMP_WATCHED.test(w) &&
        !JUMP_WISHED.test(w) &&
        !STRONG_DEATH.test(w));
};
/** The test of ja.everyday.party-farewell: see its two entries. */
const partyFarewell = (ctx) => {
    const window = windowOf(ctx);
    return (PARTY_OCCASION.test(window) &&
        !STRONG_DEATH.test(window) &&
        !PARTY_FAREWELL_MINE.test(window) &&
        !MEANS_BESIDE_GOODBYE.test(window));
};
/** Rules of the writer's own pain that name someone beside them: never third-party worry. */
const WRITER_BESIDE_SOMEONE = new Set([
    "ja.distress.sighs-at-my-door",
    "ja.distress.cried-at-small-kindness",
    "ja.distress.relapse-shame",
    "ja.distress.guilt-after-eating",
    "ja.distress.holiday-alone",
]);
export const JA_OVERRIDES_PEOPLE_AND_PAST = [
    {
        id: "ja.negation.wish-not-said",
        kind: "negation",
        lowersTo: "concern",
        appliesTo: inCategories("passive-ideation"),
        // "...言ってないけど、ロープを買ってきた": a turn after it to a means seen; left to the rules
        // (the rope bought stays a crisis about them). A turn to a question stays worry.
        test: (ctx) => WISH_NOT_SAID_AFTER.test(ctx.after) &&
            SOMEONE_NAMED_BEFORE.test(ctx.before) &&
            !TURN_TO_MEANS_AFTER.test(ctx.after),
    },
    {
        id: "ja.everyday.cannot-care-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.cannot-care-soon", "ja.preparation.nothing-left-behind"),
        test: (ctx) => CARE_REASON.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.task-end-after",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.after-then-end"),
        test: (ctx) => SCHEDULE_WINDOW.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.appointment",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.decided-date"),
        test: (ctx) => SCHEDULE_WINDOW.test(nearbySentences(ctx)),
    },
    {
        id: "ja.everyday.give-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.no-longer-needed"),
        test: (ctx) => GIVE_REASON.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.someone-else-leaving",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.before-gone", "ja.preparation.after-gone-arranged", "ja.preparation.when-i-am-gone"),
        test: (ctx) => OTHER_SUBJECT_END.test(clauseBefore(ctx)) ||
            PET_SUBJECT.test(clauseBefore(ctx)) ||
            LEAVING_FOR_LIFE.test(windowOf(ctx)) ||
            PARENT_CONTEXT.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.surprise-or-away",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.found-later"),
        test: (ctx) => SURPRISE_OR_AWAY.test(windowOf(ctx)),
    },
    {
        id: "ja.idiom.nothing-left-joy",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("ja.farewell.nothing-left"),
        test: (ctx) => JOY_OR_FEAT.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.future-plans",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.preparation.settled-debts"),
        test: (ctx) => FUTURE_PLANS.test(windowOf(ctx)),
    },
    {
        id: "ja.bereavement.grave-visit",
        kind: "bereavement",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.farewell.going-to-the-dead"),
        test: (ctx) => GRAVE_VISIT.test(windowOf(ctx)),
    },
    {
        // 歓迎会の締めの挨拶、『今までありがとう』って変？, 送別会の最後に『さよなら』って言うの苦手: a
        // goodbye that is a party's or a last day's own words. Never with death, vanishing or the
        // writer's own going beside it (この世, もう会えない, 本当は, 私が, 今夜, 薬).
        id: "ja.everyday.party-farewell",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: inCategories("farewell"),
        test: (ctx) => shortMessage(ctx) && partyFarewell(ctx),
    },
    {
        // In a long message only its match (local): the learned layer still reads the rest.
        id: "ja.everyday.party-farewell-in-long",
        kind: "everyday",
        lowersTo: "none",
        local: true,
        appliesTo: inCategories("farewell"),
        test: (ctx) => !shortMessage(ctx) && partyFarewell(ctx),
    },
    {
        id: "ja.everyday.leaving-post",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: inCategories("farewell"),
        test: (ctx) => {
            const window = windowOf(ctx);
            return LEAVING_POST.test(window) && !STRONG_DEATH.test(window);
        },
    },
    {
        // ワールド、今夜で消える。いままでありがとｗ: a server or a world closing at a time, and the
        // farewell said to it. Local: in a longer message the learned layer still reads the rest.
        id: "ja.game.world-closing",
        kind: "game",
        lowersTo: "none",
        local: true,
        appliesTo: inCategories("farewell"),
        test: (ctx) => WORLD_CLOSING.test(`${ctx.before.slice(-60)}${ctx.match}${ctx.after.slice(0, 30)}`),
    },
    {
        // バイトの面接落ちた、もう消えたい〜ｗ　まあ次いこ: the wish laughed at and turned to the next
        // try at once, in a short message. Local: the learned layer still reads the rest.
        id: "ja.idiom.setback-laugh",
        kind: "idiom",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.passive-ideation.kietai", "ja.passive-ideation.inakunaritai"),
        test: (ctx) => shortMessage(ctx) && LAUGHED_OFF_SETBACK.test(ctx.after),
    },
    {
        // 明日歯医者で親知らず抜く。こわすぎて遺書書いとこかなｗ: a will joked about before a small
        // ordeal (a dentist, an injection, a roller coaster), laughed at, in a short message.
        id: "ja.idiom.will-joke",
        kind: "idiom",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.preparation.note"),
        test: (ctx) => shortMessage(ctx) && LAUGH_LATER.test(ctx.after) && SMALL_ORDEAL.test(windowOf(ctx)),
    },
    {
        // ホラー映画見た。最後みんな死んでて後味わるすぎ, 最終回見て泣いた…推しが死ぬのつらすぎる: a
        // story watched, and its deaths or its ending in the next sentence. Someone real or one's own
        // life named there is not the story. Local: what else the message says is still read.
        id: "ja.idiom.story-before",
        kind: "idiom",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.distress.shinu", "ja.distress.tsurai"),
        test: (ctx) => shortMessage(ctx) &&
            STORY_WATCHED.test(previousSentence(ctx)) &&
            STORY_EVENT.test(ctx.sentence) &&
            !REAL_LIFE.test(ctx.sentence),
    },
    {
        id: "ja.everyday.fiction-or-joke",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.danger-at-home.acts-by-family"),
        test: (ctx) => FICTION_OR_JOKE.test(ctx.sentence),
    },
    {
        id: "ja.everyday.joking-threat",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.danger-at-home.family-violent"),
        test: (ctx) => ctx.match.includes("殺") && FICTION_OR_JOKE.test(ctx.sentence),
    },
    {
        id: "ja.game.method-in-game",
        kind: "game",
        lowersTo: "none",
        appliesTo: ruleIds("ja.method-question.how-can-i"),
        test: (ctx) => GAME_SENTENCE.test(ctx.sentence),
    },
    {
        id: "ja.everyday.high-place-scouting",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.means.scouting"),
        test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)) && !JUMP_SAID.test(ctx.sentence),
    },
    {
        id: "ja.idiom.laughing-at-home",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("ja.danger-at-home.hurt-by-family"),
        test: (ctx) => LAUGH_LATER.test(ctx.after) && GAME_SENTENCE.test(ctx.sentence),
    },
    {
        id: "ja.everyday.cooking-knife",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.danger-at-home.family-violent"),
        test: (ctx) => /包丁|ナイフ|刃物|はもの/.test(ctx.match) &&
            COOKING.test(ctx.sentence) &&
            !STRONG_DEATH.test(ctx.sentence) &&
            !/殺|向け|むけ|脅|振り回|ふりまわ|突きつけ/.test(ctx.sentence),
    },
    {
        // 兄がバットを持ってスイングを見せてくれた, 母が包丁を持って娘にアジのさばき方を見せてる: held for
        // a task, with nothing turned on anyone. Explains the message (the learned layer called the
        // fish a crisis alone when the rule was narrowed instead).
        id: "ja.everyday.weapon-held-for-a-task",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.danger-at-home.family-violent"),
        test: (ctx) => {
            const w = windowOf(ctx);
            return (/持|も|振り回|ふりまわ|出して|だして|取り出/.test(ctx.match) &&
                !/殺|向け|むけ|脅|突きつけ|暴れ|あばれ|殴|襲/.test(ctx.match) &&
                WEAPON_TASK.test(w) &&
                !TURNED_ON_SOMEONE.test(w.replace(ctx.match, "")));
        },
    },
    {
        // 崖から海に飛び込む動画ずっと見てた。クリフダイビングっていうらしい: a jump watched as a sport
        // or a video (cliff diving, high diving, a bungee). Never with a wish or an intent of the
        // writer's own beside it (飛び込みたい, 私も, やってみよう) or a death word.
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "ja.everyday.jump-watched",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.method", "ja.plan.jump-from-height"),
        test: (ctx) => shortMessage(ctx) && jumpWatched(ctx),
    },
    {
        id: "ja.everyday.jump-watched-in-long",
        kind: "everyday",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.plan.method", "ja.plan.jump-from-height"),
        test: (ctx) => !shortMessage(ctx) && jumpWatched(ctx),
    },
    {
        id: "ja.title.depicted",
        kind: "title",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.method"),
        test: (ctx) => DEPICTED.test(ctx.sentence),
    },
    {
        id: "ja.everyday.affairs-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.end-of-life-affairs", "ja.preparation.documents"),
        test: (ctx) => AFFAIRS_REASON.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.high-place-view",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.means.from-here"),
        test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)) && !STRONG_DEATH.test(windowOf(ctx)),
    },
    {
        id: "ja.third-party-worry.reported-at-home",
        kind: "third-party-worry",
        lowersTo: "concern",
        appliesTo: inCategories("danger-at-home"),
        test: (ctx) => REPORTED_BY_OTHER.test(ctx.after),
    },
    {
        id: "ja.third-party-worry.someone-else",
        kind: "third-party-worry",
        lowersTo: "none",
        // ...nor a rule that reads the wish and the means seen together (ja.means.loop-tied-after-wish):
        // it is a report in itself, whoever said the wish. Nor the rules that read only what someone
        // else did (a treasured thing given to the writer, their searches found: the seventeenth pass).
        appliesTo: (rule) => isJapanese(rule.id) &&
            rule.category !== "danger-at-home" &&
            rule.category !== "attempt-in-progress" &&
            rule.id !== "ja.means.loop-tied-after-wish" &&
            rule.id !== "ja.preparation.treasured-given-no-longer-needed" &&
            rule.id !== "ja.method-question.searches-found-lethal" &&
            // ...nor a rule that only ever reads someone else (gone silent since a death): it is the
            // worry itself, not the writer's risk said of another.
            rule.id !== "ja.distress.gone-silent-since-a-death" &&
            // ...nor talk about the writer keeping them in: whoever is named in it, it is said of them.
            rule.id !== "ja.distress.talk-keeps-me-in" &&
            // ...nor the writer's own pain beside someone named (a parent's sighs at their door, a
            // stranger's kindness, a sister not told, a meal in front of family: the eighteenth pass).
            !WRITER_BESIDE_SOMEONE.has(rule.id),
        test: thirdPartySubject,
    },
    {
        id: "ja.past-ideation.resolved",
        kind: "past-ideation",
        lowersTo: "none",
        appliesTo: IDEATION_OR_DISTRESS,
        test: (ctx) => pastIdeation(ctx) && RESOLVED.test(`${ctx.before}${ctx.match}${ctx.after}`),
    },
    {
        id: "ja.past-ideation.in-the-past",
        kind: "past-ideation",
        lowersTo: "concern",
        appliesTo: IDEATION_OR_DISTRESS,
        // A match that itself says "this time" (前は死ねなかった。今度こそ…) puts the past attempt
        // behind a plan for now: the past marker before it is what it is measured against.
        test: (ctx) => pastIdeation(ctx) && !THIS_TIME.test(ctx.match),
    },
];
//# sourceMappingURL=people-and-past.js.map