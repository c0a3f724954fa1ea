/** ja overrides, part of the ordered list in ../../rules-ja.ts (kinds: bereavement, everyday, idiom, title). */
import { clauseBefore, inCategories, ruleIds, sentenceAfter, sentenceBefore, shortMessage, } from "../../rule-types.js";
import { ACCIDENT, AWAKE_CAUSE, BARE_DEATH, BODILY_OR_LIFE_RELIEF, BREAKUP, CALLED_AFTER, CHARCOAL_TAKEN_OFF, CHARCOAL_USE, CHARCOAL_USE_BUT_STOVE, CHILD_PROVIDED_FOR, CUT_NOT_SKIN_BEFORE, DEATH_WORD, DOSE_CHECKED_AFTER, DOSE_DANGER, ENDED_WITH_BEFORE, FAMILY_AWAY, FICTION_SENTENCE, GREETING_CONTEXT, HIGH_PLACE_ACTIVITY, HYPERBOLE_CONTEXT, INTENT_DAY_OR_WISH, JUKAI_VISIT, LAUGH_LATER, LEAVING_FOR_LIFE, LIFE_PLANNING, MEANS_BESIDE_GOODBYE, MOVE_OR_CLEAR_OUT, NIGHTS_ON_END, NOT_EATING_REASON, NOT_SLEEPING_REASON, nearbySentences, PASTIME_BEFORE, PASTIME_DOSE, PASTIME_OD_DANGER, PRACTICAL_QUESTION, ROPE_FOR_ME, ROPE_USE, SCHEDULE_WINDOW, SEE_YOU_AGAIN, SELF_IN_CLAUSE, SOMEONE_WHO_DIED, STORY_WRITING, STRONG_DEATH, STUDIED_WORK, STUDY_OR_SAFETY, STUDY_TASK, TASK_OBJECT_AFTER, TASK_OBJECT_BEFORE, TASK_WINDOW, TOLD_AS_OVER, WISH_REPORTED_AFTER, WORK_CALLED_A_NOTE_BEFORE, WORK_LIKE_A_NOTE_AFTER, WRITER_RELATES, WRITER_TOO, windowOf, } from "./context.js";
/** The test of ja.title.work-like-a-note: see its two entries. */
const workLikeANote = (ctx) => ctx.match === "遺書" &&
    (WORK_LIKE_A_NOTE_AFTER.test(ctx.after) ||
        (WORK_CALLED_A_NOTE_BEFORE.test(ctx.before) && CALLED_AFTER.test(ctx.after)));
/** The test of ja.title.studied-character: see its two entries. */
const studiedCharacter = (ctx) => STUDY_TASK.test(windowOf(ctx)) &&
    STUDIED_WORK.test(nearbySentences(ctx)) &&
    !SELF_IN_CLAUSE.test(clauseBefore(ctx)) &&
    !/^(?:たく|たくな|てしまいたい|ちゃいたい)/.test(ctx.after) &&
    // 主人公みたいに死にたい is the writer's own wish; a wish is only read as studied when it is
    // reported (死にたいと思っていたのか, 死にたがる理由).
    !/(?:みたいに|みたく|のように|ように|と同じ(?:く|ように)?)[^.,]{0,4}$/.test(ctx.before) &&
    (!/たい$|たく$/.test(ctx.match) || WISH_REPORTED_AFTER.test(ctx.after)) &&
    !WRITER_RELATES.test(windowOf(ctx));
/** The test of ja.everyday.od-on-pastime: see its two entries. */
const odOnPastime = (ctx) => {
    const w = nearbySentences(ctx);
    return (/^(?:od|おーばーどーず)/.test(ctx.match) &&
        PASTIME_BEFORE.test(ctx.before) &&
        PASTIME_DOSE.test(w) &&
        !PASTIME_OD_DANGER.test(w));
};
export const JA_OVERRIDES_EVERYDAY = [
    {
        // 今、母がいつもの薬を全部飲んでるか確認してる, 祖母が朝の薬を全部飲んだか見てきます: a carer
        // checking the day's doses were taken, not an overdose. Never when the message says anything
        // of danger (a body giving way, help called, the box empty, drink, too many, a death word).
        // Not local: the learned layer alone read these as urgent crises.
        id: "ja.everyday.dose-checked",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.attempt-in-progress.took-pills", "ja.danger-at-home.family-attempt"),
        test: (ctx) => DOSE_CHECKED_AFTER.test(ctx.after) && !DOSE_DANGER.test(windowOf(ctx)),
    },
    {
        // 昨日ゲームをODした、9時間ぶっ通し, アニメ一気見でOD中: a game, a show or a favourite taken in
        // too big a dose, named as such and by the hours on end. Never with a medicine, drink or
        // the body, help or a death word beside it (薬, 吐いて, 救急, 死).
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "ja.everyday.od-on-pastime",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.attempt-in-progress.took-pills"),
        test: (ctx) => shortMessage(ctx) && odOnPastime(ctx),
    },
    {
        id: "ja.everyday.od-on-pastime-in-long",
        kind: "everyday",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.attempt-in-progress.took-pills"),
        test: (ctx) => !shortMessage(ctx) && odOnPastime(ctx),
    },
    {
        // 公証役場で遺言書を作ってきた, エンディングノート、区の講座でもらった: a will or a notebook made
        // through a notary, a lawyer or a course is life planning. Not local, so the learned layer
        // does not raise it; never when death or vanishing is said in the message.
        id: "ja.everyday.will-as-planning",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.will-written"),
        test: (ctx) => LIFE_PLANNING.test(windowOf(ctx)) && !STRONG_DEATH.test(windowOf(ctx)),
    },
    {
        // 獣医さんに安楽死させてもらいました…苦しまずに逝けてよかった, 祖母は苦しまずに逝きました: a
        // pet's or a relative's death told as over, not a way asked for. Only when the words after
        // the match close it in the past (逝けたら, 死んでしまいたい stay) and someone other than the
        // writer, or a vet, is named; never when the writer says they would go too (私も).
        id: "ja.bereavement.death-told-as-over",
        kind: "bereavement",
        lowersTo: "none",
        appliesTo: ruleIds("ja.method-question.phrased"),
        test: (ctx) => TOLD_AS_OVER.test(ctx.after) &&
            SOMEONE_WHO_DIED.test(windowOf(ctx)) &&
            !WRITER_TOO.test(windowOf(ctx)),
    },
    {
        // 私が死んだ後に息子が困らないよう、受取人を息子にしておきたい…良い方法はありますか: a parent
        // providing for a child after their own death, asked as a practical question, is estate
        // planning. Never when an intent, a day or a wish is said near it (つもり, 決めた, 今週,
        // 死にたい, 一緒に): the 8050 parent who means to die and has written the will says one.
        id: "ja.everyday.provision-for-child",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.distress.shinu", "ja.preparation.after-i-am-gone", "ja.preparation.end-of-life-affairs"),
        test: (ctx) => {
            const w = windowOf(ctx);
            return (CHILD_PROVIDED_FOR.test(w) && PRACTICAL_QUESTION.test(w) && !INTENT_DAY_OR_WISH.test(w));
        },
    },
    {
        // 引っ越すから本とか服とかほとんど人にあげてる: things given away because of a move or a
        // clear-out said in the same sentence. Not local: the reason explains the message, so the
        // learned layer does not raise it (round 16 read it as a crisis). In a short message the
        // reason may stand in the sentence before (引っ越し前に断捨離中。本とゲーム、ほとんど友達にあげた:
        // the sixteenth pass, after round 21).
        id: "ja.everyday.giving-away-for-move",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.giving-most-away"),
        test: (ctx) => MOVE_OR_CLEAR_OUT.test(`${sentenceBefore(ctx)}${ctx.match}${sentenceAfter(ctx)}`) ||
            (shortMessage(ctx) && MOVE_OR_CLEAR_OUT.test(nearbySentences(ctx))),
    },
    {
        id: "ja.everyday.high-place-activity-now",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.attempt-in-progress.high-place-now"),
        test: (ctx) => HIGH_PLACE_ACTIVITY.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.jukai-visit",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.plan.jukai"),
        test: (ctx) => JUKAI_VISIT.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.leaving-for-life",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.going-away"),
        test: (ctx) => LEAVING_FOR_LIFE.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.see-you-again",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: inCategories("farewell"),
        test: (ctx) => {
            const window = windowOf(ctx);
            // 送別会の挨拶考えてる。みんなに今までありがとうって。薬はもう用意した: a means beside it.
            return (SEE_YOU_AGAIN.test(window) && !DEATH_WORD.test(window) && !MEANS_BESIDE_GOODBYE.test(window));
        },
    },
    {
        // 髪切りたいけど美容院こわい, 前髪切っちゃった: hair, nails or ties cut, not skin.
        id: "ja.everyday.hair-or-nails-cut",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.self-harm.act"),
        test: (ctx) => shortMessage(ctx) &&
            /^切(?:りたい|っちゃ)/.test(ctx.match) &&
            CUT_NOT_SKIN_BEFORE.test(ctx.before),
    },
    {
        // 特攻隊のこと調べてる。読んでてつらいけど大事なこと: hard to read about for a report or a
        // class, in a short message (a long one keeps what else it says).
        id: "ja.everyday.hard-to-read",
        kind: "everyday",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.distress.tsurai"),
        test: (ctx) => shortMessage(ctx) &&
            /(?:読ん|読む|調べ|見て|観て)(?:で|て)?(?:て|い|ると|いて|いると)?(?:も|て)?$/.test(ctx.before) &&
            /れぽと|課題|授業|宿題|調べ|歴史|記事|本|どきゅめんたり|論文|ゼミ|ぜみ/.test(`${ctx.before}${ctx.after}`),
    },
    {
        // また来週くらいに声かけてほしい。毎日はしんどいから: how often to be written to, not distress.
        id: "ja.everyday.contact-pace",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.distress.tsurai"),
        test: (ctx) => shortMessage(ctx) &&
            /毎日(?:は|だと|じゃ|だ|とか|も)?$/.test(ctx.before) &&
            /声(?:を)?かけ|連絡|めっせじ|来週|また|頻度|たまに|ぺす|週[1-9一二三]/.test(`${ctx.before}${ctx.after}`),
    },
    {
        id: "ja.everyday.accidental-cut",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: inCategories("self-harm"),
        test: (ctx) => ACCIDENT.test(ctx.sentence),
    },
    {
        id: "ja.everyday.not-eating-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.distress.not-eating"),
        test: (ctx) => NOT_EATING_REASON.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.not-sleeping-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.distress.no-sleep"),
        test: (ctx) => NOT_SLEEPING_REASON.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.bodily-relief",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.distress.tsurai"),
        test: (ctx) => /楽/.test(ctx.match) && BODILY_OR_LIFE_RELIEF.test(ctx.sentence),
    },
    {
        id: "ja.everyday.life-relief",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.passive-ideation.rest-for-good"),
        test: (ctx) => BODILY_OR_LIFE_RELIEF.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.rope-use",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.means.stockpile", "ja.means.rope-bought", "ja.means.rumination"),
        // 引越しで冷蔵庫をトラックに固定するロープ: a rope for a move, a load, a tent or a garden. Never
        // with the writer's own use beside it (首, 梁, ドアノブ, 体重, a death word, 本当は).
        test: (ctx) => /ロープ|ろぷ|縄|なわ|紐|ひも/.test(ctx.match) &&
            ROPE_USE.test(ctx.sentence) &&
            !ROPE_FOR_ME.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.task-timed",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.timed", "ja.plan.euphemism"),
        test: (ctx) => TASK_WINDOW.test(nearbySentences(ctx).replace(ctx.match, "")),
    },
    {
        id: "ja.everyday.task-unwatched",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.plan.unwatched", "ja.plan.timed-decided"),
        test: (ctx) => TASK_WINDOW.test(ctx.sentence.replace(ctx.match, "")),
    },
    {
        id: "ja.idiom.fiction",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: (rule) => BARE_DEATH(rule) || rule.id === "ja.distress.tsurai" || rule.id === "ja.plan.jisatsu-word",
        test: (ctx) => FICTION_SENTENCE.test(ctx.sentence),
    },
    {
        // 『人間失格』は遺書みたいな小説って言われてる, 遺書のような歌詞の曲: a book, a song or a film
        // described as a note. Never the writer's own (遺書みたいな手紙を書いた is a letter, not a work).
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "ja.title.work-like-a-note",
        kind: "title",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.note"),
        test: (ctx) => shortMessage(ctx) && workLikeANote(ctx),
    },
    {
        id: "ja.title.work-like-a-note-in-long",
        kind: "title",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("ja.preparation.note"),
        test: (ctx) => !shortMessage(ctx) && workLikeANote(ctx),
    },
    {
        // 国語の課題で『こころ』の先生が自殺した理由を考察する, レポートでハムレットが死にたいと思っていたか
        // 書く: a character's or an author's death wish studied for a class. Never when the writer is
        // in the clause (課題やってると死にたくなる has no work; 私も死にたい) or relates it to
        // themselves (共感, 気持ちわかる). Before the third-party override, which would leave a crisis
        // about someone else.
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "ja.title.studied-character",
        kind: "title",
        lowersTo: "none",
        appliesTo: (rule) => rule.category === "passive-ideation" ||
            BARE_DEATH(rule) ||
            rule.id === "ja.plan.jisatsu-word",
        test: (ctx) => shortMessage(ctx) && studiedCharacter(ctx),
    },
    {
        id: "ja.title.studied-character-in-long",
        kind: "title",
        lowersTo: "none",
        local: true,
        appliesTo: (rule) => rule.category === "passive-ideation" ||
            BARE_DEATH(rule) ||
            rule.id === "ja.plan.jisatsu-word",
        test: (ctx) => !shortMessage(ctx) && studiedCharacter(ctx),
    },
    {
        // 小説書いてて、登場人物が遺書を残す場面: a note in a story being written.
        id: "ja.object.story-note",
        kind: "object",
        lowersTo: "none",
        appliesTo: ruleIds("ja.preparation.note", "ja.preparation.letter"),
        test: (ctx) => STORY_WRITING.test(`${ctx.before.slice(-40)}${ctx.match}${ctx.after.slice(0, 20)}`),
    },
    {
        id: "ja.idiom.laughing-later",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: BARE_DEATH,
        test: (ctx) => LAUGH_LATER.test(ctx.after),
    },
    {
        id: "ja.everyday.task-end",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.plan.timed-end", "ja.plan.self-end"),
        test: (ctx) => !FAMILY_AWAY.test(`${ctx.before}${ctx.match}`) &&
            (SCHEDULE_WINDOW.test(`${clauseBefore(ctx)} ${sentenceAfter(ctx)}`) ||
                (ctx.match.includes("終わり") &&
                    TASK_WINDOW.test(`${clauseBefore(ctx)} ${sentenceAfter(ctx)}`))),
    },
    {
        id: "ja.everyday.task-end-object",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.timed-end"),
        test: (ctx) => TASK_OBJECT_BEFORE.test(sentenceBefore(ctx)),
    },
    {
        id: "ja.everyday.task-named-after",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.timed-end", "ja.plan.self-end", "ja.plan.end-a-life", "ja.plan.timed-last-time"),
        test: (ctx) => TASK_OBJECT_AFTER.test(ctx.after),
    },
    {
        id: "ja.everyday.task-named-before",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.plan.timed-end", "ja.plan.timed-last-time"),
        test: (ctx) => TASK_OBJECT_BEFORE.test(sentenceBefore(ctx)),
    },
    {
        id: "ja.everyday.charcoal-use",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.means.stockpile", "ja.means.kept-for-when"),
        test: (ctx) => {
            const w = windowOf(ctx);
            return (/練炭|れんたん/.test(ctx.match) &&
                CHARCOAL_USE.test(w) &&
                // ...not the stove alone, with the charcoal in a car or for tonight.
                (CHARCOAL_USE_BUT_STOVE.test(w) || !CHARCOAL_TAKEN_OFF.test(w)));
        },
    },
    {
        id: "ja.everyday.height-for-study",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.means.height-checked", "ja.means.kept-for-when", "ja.means.kept"),
        test: (ctx) => STUDY_OR_SAFETY.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.school-goodbye",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.farewell.thanks-goodbye-plain"),
        test: (ctx) => GREETING_CONTEXT.test(windowOf(ctx)) && !STRONG_DEATH.test(windowOf(ctx)),
    },
    {
        id: "ja.idiom.fan-hyperbole",
        kind: "idiom",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.plan.after-then-die"),
        test: (ctx) => HYPERBOLE_CONTEXT.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.relationship-ended",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.farewell.never-meet-again"),
        test: (ctx) => ENDED_WITH_BEFORE.test(ctx.before) || BREAKUP.test(windowOf(ctx)),
    },
    {
        id: "ja.everyday.breakup",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("ja.farewell.forget-me"),
        test: (ctx) => BREAKUP.test(windowOf(ctx)),
    },
    {
        // ホラー映画見てたら眠れなくなった, コーヒー飲みすぎて寝れない: one night kept awake by a
        // film or caffeine. Nights on end (毎晩, 何日も) stay distress.
        id: "ja.everyday.awake-from-film-or-coffee",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("ja.distress.no-sleep"),
        test: (ctx) => shortMessage(ctx) && AWAKE_CAUSE.test(ctx.sentence) && !NIGHTS_ON_END.test(ctx.sentence),
    },
];
//# sourceMappingURL=everyday.js.map