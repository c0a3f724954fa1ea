import { IDEATION_LIKE, inCategories, ruleIds, sentenceBefore, shortMessage, } from "../../rule-types.js";
import { ABOUT_THE_BOT, ACT_UNDER_WAY, AWAY_REASON, COMPLETED_DEATH, FICTION, FIRST_PERSON, IDEATION_OR_DISTRESS, isEnglish, LOL, MEDIA_CONTEXT, NEAR_SENTENCES, PAST_EVENT, pastIdeation, RESOLVED, thirdPartySubject, WINDOW, } from "./context.js";
/** The test of en.everyday.suicide-in-the-news: see its two entries. */
const suicideInTheNews = (ctx) => NEWS_REPORT.test(WINDOW(ctx)) &&
    NEWS_SUBJECT.test(WINDOW(ctx)) &&
    /\b(?:died by|death by|apparent|suspected|ruled (?:a|as)|believed to (?:be|have been)|thought to be|was|(?:think|thinks|say|says|said|believe|suspect) (?:it was|it s|its))\s*$/.test(ctx.before) &&
    !NEWS_SOMEONE_KNOWN.test(WINDOW(ctx)) &&
    !NEWS_WRITER_IN_IT.test(WINDOW(ctx)) &&
    !/\b(?:pills?|knife|knives|rope|noose|blade|tablets|overdose|bridge|tonight)\b/.test(WINDOW(ctx));
/** Rules of the writer's own pain that name someone beside them: never third-party worry. */
const WRITER_BESIDE_SOMEONE = new Set([
    "en.distress.sighs-at-my-door",
    "en.distress.cried-at-small-kindness",
    "en.distress.relapse-shame",
    "en.distress.guilt-after-eating",
    "en.distress.holiday-alone",
]);
/** A report: the news, an article, a headline, the police said. */
const NEWS_REPORT = /\b(?:news|reported|reports|reporting|article|headline|headlines|police|coroner|inquest|press|paper|bbc|twitter|trending)\b/;
/** Someone named by their place in the world. */
const NEWS_SUBJECT = /\b(?:singer|actor|actress|celebrity|rapper|musician|comedian|presenter|footballer|player|athlete|star|influencer|youtuber|streamer|politician|ceo|author|idol|model|a (?:man|woman|teenager|teen|student|boy|girl)|\d+ ?(?:year ?old|yo))\b/;
/** ...someone the writer knows: then it is worry or grief, not news. */
const NEWS_SOMEONE_KNOWN = /\b(?:my|our) (?:[a-z]+ )?(?:friend|classmate|brother|sister|cousin|son|daughter|mum|mom|dad|uncle|aunt|neighbou?r|colleague|coworker|teacher|ex)\b/;
/** ...the writer in it: a wish, "the same way", "i get it", envy. */
const NEWS_WRITER_IN_IT = /\b(?:i want|i wanna|i wish|want to|wanna|same way|same thing|i get it|i understand|me too|me next|jealous|envy|lucky|how (?:he|she|they) did it|method|follow|i could|i might|i should|i think about it|relate)\b/;
/** A reason said outright for not needing things: a move, a new one, a sale, a diet. */
const OUTRIGHT_REASON = /\b(?:new|upgrad\w*|sold|selling|winter|summer|job|school|course|uni|college|class|semester|term|exams?|trad(?:e|ed|ing) (?:it |them )?in|diet\w*|graduat\w*|retir\w*|(?<!\b(?:my|the|our|his|her|a) )switch(?:ed|ing)? (?:to|over) (?:android|iphone|apple|a |an |another|the new|linux|mac|windows|pc)|switching (?:jobs|schools|careers|phones|banks))\b/;
/** Reasons too loose to explain a goodbye's shape ("because", "finished", "done with"). */
const WEAK_REASON = /\b(?:since i|because|cause|got a|bought|finished|done with|quit|quitting|(?<!\b(?:my|the|our|his|her|a) )switch(?:ed|ing)? (?:to|over|jobs|schools|careers|phones|banks)|switching)\b/;
/** A move that someone else believes in ("he thinks I'm moving lol"): a cover, not a reason. */
const MOVE_AS_COVER = /\b(?:he|she|they|mum|mom|dad|everyone|everybody|my (?:family|parents|cousin|brother|sister|friends?)) (?:thinks?|believes?) (?:i am|im) (?:moving|going away|travelling|traveling)\b|\bwhere (?:i am|im) going\b[^.]{0,40}\bnot (?:moving|a move)\b/;
/** A goodbye's shape: a pet handed on, every account deleted. */
const TIES_CUT = /\b(?:(?:gave|given|giving|handed|rehomed) (?:away )?(?:my |our )?(?:cat|cats|dog|dogs|rabbit|hamster|pet|pets|bird|parrot|kitten|puppy)\b|\bmy (?:cat|cats|dog|dogs|rabbit|hamster|pets?|bird|parrot|kitten|puppy) to (?:my|the|a|our) [a-z]+|(?:deleted|deleting|closed|wiped) (?:every|all (?:of )?my|all) (?:[a-z]+ )?accounts?)/;
/** A son or daughter provided for after the parent's death: a will, a trust, a beneficiary. */
const CHILD_PROVIDED_FOR = /\b(?:son|daughter|child|children|kids?)\b[\s\S]{0,160}?\b(?:provided for|provide for|looked after|taken care of|inherit\w*|beneficiar\w*|trust fund|in trust|estate|guardian\w*|power of attorney|life insurance)\b|\b(?:provided for|provide for|inherit\w*|beneficiar\w*|trust fund|in trust|guardian\w*|power of attorney|life insurance)\b[\s\S]{0,160}?\b(?:son|daughter|child|children|kids?)\b/;
/** Asked as a practical question: whom to ask, where to go, what to do. */
const PRACTICAL_QUESTION = /\b(?:could you|can you|would you|how (?:do|can|should) (?:i|we)|where (?:do|can|should) (?:i|we)|is there|are there|any (?:advice|tips|ideas|suggestions)|advise|recommend\w*|point me|support group|solicitor|lawyer|financial adviser)\b/;
/** An intent, a day or a wish beside one's death: what estate planning does not say. */
const INTENT_DAY_OR_WISH = /\b(?:intend\w*|decided|made up my mind|ready to|want to die|wish\w*|tired of|can'?t go on|cannot go on|no reason|take (?:him|her|them) with me|together|join (?:my|him|her)|tonight|tomorrow|this (?:week|weekend|month|year)|by (?:the )?(?:end|new year|christmas|spring|summer|friday|monday|sunday)|soon|not (?:be )?(?:here|around) (?:much )?longer|what i need|goodbye|last)\b/;
/** The paperwork of an ordinary life: a will, a pension, a solicitor, retiring, an operation. */
const ESTATE_PLANNING = /\b(?:retir\w*|estate planning|(?:a|my|our|their|his|her) will|wills|living will|probate|power of attorney|lawyer|solicitor|attorney|notary|executor|paperwork|checklist|pension|insurance|finances|financial|accountant|tax\w*|inheritance|beneficiar\w*|funeral plan|advance directive|surgery|operation|deployment|deployed|emigrat\w*|moving abroad|my (?:parents|mum|mom|dad|father|mother)|(?:his|her|their) affairs)\b/;
/** A question of how, not a report of having done it (a solicitor named alone is not a question). */
const HOW_QUESTION = /\b(?:how (?:do|can|should|would) (?:i|we|you|one)|how to|where (?:do|can|should) (?:i|we)|what (?:do|should|would) (?:i|we)|should i|do i need|is there|are there|any (?:advice|tips|ideas|suggestions)|could you|can you|would you|recommend\w*|point me|checklist)\b/;
/** Going away or a wish to die said: what estate planning for a long life does not say. */
const GOING_AWAY = /\b(?:suicid\w*|unalive|kill (?:myself|me)|want to die|end (?:it|my life)|before i go|when i am gone|once i am gone|after i am gone|not be here|wont be (?:here|around)|no longer (?:be )?here|for good)\b/;
/** "reads like", "call it", "is basically" and whose: how a work is described as a note. */
const DESCRIBED_AS_BEFORE = /\b(?:reads?|reading|read|sounds?|feels?|felt|looks?|seems?|like|basically|essentially|literally|called|calls?|call (?:it|them)|call(?:s|ed)? (?:[a-z]+ ){0,3}?[a-z]+|described as|known as|as|its|it is|was|is) (?:like |as )?(?:a |an |the |his |her |their |(?:the )?(?:author|writer|singer|artist|band|poet)s |[a-z]+s |[a-z]+ [a-z]+s )?(?:real |actual |own |last |final |long |literal )?$/;
/** A book, a song, a film or its maker. */
const A_WORK = /\b(?:book|books|novel|novels|novella|story|stories|memoir|essay|poem|poems|poetry|song|songs|album|lyrics|track|record|single|film|movie|play|manga|anime|chapter|author|writer|singer|band|artist|poet|dazai|no longer human|kurt cobain|sylvia plath|woolf)\b/;
/** The writer's own note: written, left, kept or planned. */
const OWN_NOTE = /\b(?:my|our) suicide\b|\bi (?:wrote|write|left|leave|have|had|kept|keep|drafted|started|finished|am writing|m writing|will write|ll write)\b|\bmine\b/;
/** Schoolwork on a text: an essay, homework, a class, an analysis. */
const STUDY_TASK = /\b(?:homework|essay|essays|assignment|coursework|class|lesson|seminar|lecture|tutorial|exam|exams|analy[sz]e|analy[sz]ing|analysis|book report|literature|lit (?:class|essay|homework|course)|english (?:course|class|lit)|revision|revising|thesis|dissertation|module|set text|gcse|a level|ap lit|three points|word count|\d+ words)\b/;
/** A text and its figures: a novel, a poem, the play, a character, its author. */
const STUDIED_WORK = /\b(?:(?:book|novel|novella|poem|poems|poetry|the play|this play|tragedy|short story|set text|the text|chapter|act [ivx\d]+|scene [ivx\d]+|author|writer|poet|playwright|shakespeare|dazai|sylvia plath|virginia woolf|character|characters|protagonist|narrator|speaker|hero|heroine|antagonist|soliloquy|hamlet|ophelia|romeo|juliet|macbeth|lady macbeth|othello|werther|anna karenina|emma bovary|esther greenwood|septimus|edna pontellier|the bell jar|mrs dalloway)s?)\b/;
/** The writer relating it to themselves. */
const WRITER_RELATES = /\b(?:me too?|so do i|i do too|i relate|relatable|same here|like me|i feel (?:that|the same|like him|like her)|myself|i (?:keep|have been|ve been|am|m) (?:thinking|feeling)|my own)\b/;
/** The clause before a match: back to the last clause mark. */
const clauseOf = (ctx) => {
    const cut = Math.max(ctx.before.lastIndexOf("."), ctx.before.lastIndexOf(","), ctx.before.lastIndexOf("?"));
    return ctx.before.slice(cut + 1);
};
/** A pastime's dose: the time it took on end, or playing, watching, bingeing. */
const PASTIME_DOSE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a few|many) (?:episodes?|seasons?|runs?|levels?|games?|rounds?|matches|chapters?|volumes?)\b|\b(?:hours?|hrs?|days?|nights?) (?:straight|in a row|on end|of (?:it|play\w*|gaming|grinding|watching))\b|\bfor (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few) (?:hours?|hrs?)\b|\ball (?:night|day|weekend|evening|afternoon)\b|\b(?:play\w*|binge\w*|marathon\w*|speedrun\w*|grind\w*|gaming|streams?|streaming|watch\w*|reruns?|boxset|box set|series|anime|gacha|controller|console)\b/;
/** What is taken as a drug or a drink: the overdose it names is real. */
const TAKEN_SUBSTANCE = /\b(?:my |the |his |her |some |all (?:of )?(?:my |the )?)?(?:pills?|meds?|medications?|medicines?|tablets?|capsules?|drugs?|sleeping|painkillers?|pain killers?|antidepressants?|insulin|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|codeine|heroin|fentanyl|opioids?|oxy\w*|xanax|benzos?|valium|lithium|sertraline|prozac|fluoxetine|citalopram|antihistamines?|benadryl|vitamins?|supplements?|iron|laxatives?|nyquil|melatonin|alcohol|vodka|whiskey|booze|ket|ketamine|coke|cocaine|mdma|molly|pingers|acid|lsd|shrooms|weed|xans|bars|percs?|downers|uppers|speed|meth|diazepam|\w+(?:azepam|olam|pam|ine|codone|done|dol|olol|pril|mab|tyline))\b/;
/** The body, help or a wish said beside it: the overdose may be real. */
const OVERDOSE_DANGER = /\b(?:hospital|ambulance|a&e|er|emergency|poison\w*|vomit\w*|throw(?:ing)? up|threw up|puk\w*|cant breathe|can'?t breathe|breathing|unconscious|passed out|blacked out|stomach|liver|heart (?:racing|pounding)|dizzy|shaking|numb|dying|die|dead|suicid\w*|kill myself|end it|on purpose|meant to|wanted to|want to|goodbye|sorry|pills?|tablets?|meds)\b/;
/** The test of en.title.work-like-a-note: see its two entries. */
const workLikeANote = (ctx) => {
    const note = /^suicide ?(?:note|notes|letter|letters)$/.test(ctx.match) ||
        (ctx.match === "suicide" && /^ ?(?:note|notes|letter|letters)\b/.test(ctx.after));
    const window = `${ctx.before.slice(-60)} ${ctx.match} ${ctx.after.slice(0, 60)}`;
    return (note &&
        DESCRIBED_AS_BEFORE.test(ctx.before) &&
        A_WORK.test(NEAR_SENTENCES(ctx)) &&
        !OWN_NOTE.test(window));
};
/** The test of en.title.studied-character: see its two entries. */
const studiedCharacter = (ctx) => {
    const near = NEAR_SENTENCES(ctx);
    return (STUDY_TASK.test(WINDOW(ctx)) &&
        STUDIED_WORK.test(near) &&
        !FIRST_PERSON.test(`${clauseOf(ctx)} ${ctx.match}`) &&
        !WRITER_RELATES.test(WINDOW(ctx)));
};
/** The test of en.everyday.overdosed-on-pastime: see its two entries. */
const overdosedOnPastime = (ctx) => {
    const on = /^ on ((?:[a-z0-9']+ ?){1,3})/.exec(ctx.after);
    if (on === null ||
        /^(?:i|id|im|to|a bit|it|them|that|this|something|everything)\b/.test(on[1] ?? ""))
        return false;
    const near = NEAR_SENTENCES(ctx);
    return (PASTIME_DOSE.test(near) && !TAKEN_SUBSTANCE.test(on[1] ?? "") && !OVERDOSE_DANGER.test(near));
};
export const EN_OVERRIDES_EVERYDAY_PEOPLE_AND_PAST = [
    {
        // "I am 79 ... putting my affairs in order so that he is provided for when I die. Could you
        // point me to a family support group?": a parent's estate planning for a dependent child,
        // asked as a practical question. Never with an intent, a day or a wish near it ("I intend",
        // "decided", "this week", "tired of", "take him with me"): the parent who means to die says one.
        id: "en.everyday.provision-for-child",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.preparation.affairs"),
        test: (ctx) => {
            const w = WINDOW(ctx);
            return (CHILD_PROVIDED_FOR.test(w) && PRACTICAL_QUESTION.test(w) && !INTENT_DAY_OR_WISH.test(w));
        },
    },
    {
        // "how do I get my affairs in order before I retire? do I need a solicitor?": estate planning
        // asked as a practical question, with its paperwork named. Never with an intent, a day, a wish
        // or a going away beside it: the one who means to die says one.
        id: "en.everyday.estate-planning-question",
        kind: "everyday",
        lowersTo: "none",
        // Explains the affairs, not the message: the learned layer still reads what else is said.
        // After provision-for-child, which explains a parent's whole message (the first wins).
        local: true,
        appliesTo: ruleIds("en.preparation.affairs"),
        test: (ctx) => {
            const w = WINDOW(ctx);
            return (HOW_QUESTION.test(w) &&
                ESTATE_PLANNING.test(w) &&
                !INTENT_DAY_OR_WISH.test(w) &&
                !GOING_AWAY.test(w));
        },
    },
    {
        id: "en.everyday.occasion-letters",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.preparation.letters"),
        test: (ctx) => /\b(?:birthday|christmas|xmas|holidays?|thank you|pen ?pals?|anniversary|cards?|valentines?|mothers day|fathers day|new year|school|class|homework|assignment|therapist|therapy|counsel\w*|exercise|application|cover|santa|wedding|graduation|how i feel|my feelings|easier than|instead of (?:talking|speaking)|than talking|communicat\w*|explain\w*|(?<!\b(?:if|in case|when) (?:anyone|anybody|someone|they|people) )ask\w*)\b/.test(WINDOW(ctx)),
    },
    {
        // "wrote my friends goodbye notes before moving to canada", "on my last day of teaching":
        // goodbye notes for a leaving, said with its reason (a move said to be a lie stays).
        id: "en.everyday.leaving-notes",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.preparation.note"),
        test: (ctx) => !/\bsuicide\b/.test(ctx.match) &&
            /\b(?:before|since|because|as|cos|now) (?:i am |im |we are |were )?(?:moving|leaving|retiring|emigrating|relocating|going (?:to uni|abroad|overseas))\b|\bon (?:my|our|their|her|his) last day\b|\b(?:at|for|after) (?:the )?(?:graduation|leaving do|leavers)\b|\byearbooks?\b|\bmy (?:students|class|pupils|coworkers|colleagues|team|campers)\b/.test(NEAR_SENTENCES(ctx)) &&
            !/\b(?:not really|im not|i am not|lie|lied|lying|pretend\w*|cover story|for good|forever|they (?:wont|will not) see me again)\b/.test(WINDOW(ctx)),
    },
    {
        // On a bridge or a roof to take photos, fix the gutter, watch the fireworks.
        id: "en.everyday.high-place-purpose",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.attempt-in-progress.at-the-edge", "en.attempt-in-progress.on-the-railing", "en.attempt-in-progress.high-place", "en.attempt-in-progress.not-going-down", "en.means.the-drop"),
        test: (ctx) => /\b(?:photos?|pictures?|pics|selfies?|view|sunset|sunrise|fishing|waiting for|with (?:my )?(?:friends?|mates|family|dog|mum|mom|dad|class)|walk|walking|jog|jogging|tour|sightseeing|fireworks|festival|concert|fixing|repair\w*|gutters?|cleaning|painting|antenna|aerial|solar|stargazing|stars|album|song|lyrics|ball|frisbee|kite|to (?:get|fetch|grab|retrieve)|barbecue|bbq|party|drinks?|tea|coffee|sunbathing|smok\w*)\b/.test(ctx.sentence) &&
            !/\b(?:jump\w*|end it|die|dying|goodbye|kill|suicid\w*|let go|fall|over the edge|one last|for the last time)\b/.test(WINDOW(ctx)),
    },
    {
        id: "en.idiom.head-against-wall",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.self-harm.hitting"),
        test: (ctx) => /\blike $/.test(ctx.before) ||
            /\b(?:brick wall|like banging|with this|trying to (?:figure|fix|understand|solve|get)|code|coding|bug|homework|maths?|puzzle|problem|level|boss|ceiling|door ?frame|cupboard|shelf|low|bunk|car door|by accident|accidentally)\b/.test(ctx.sentence),
    },
    {
        id: "en.everyday.cut-by-accident",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.self-harm.act"),
        test: (ctx) => /^ (?:cooking|shaving|by accident|accidentally|on (?:a |the |some |my )|while|chopping|opening)\b/.test(ctx.after) || /\baccidentally $/.test(ctx.before),
    },
    {
        id: "en.everyday.overdosed-on-treats",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.attempt-in-progress.overdosed", "en.plan.intent"),
        test: (ctx) => /^ on (?:caffeine|coffee|energy drinks?|sugar|chocolate|candy|sweets|anime|tv|netflix|memes|cuteness|vitamin c)\b/.test(ctx.after),
    },
    {
        // "Overdosed on Balatro last night. Nine hours straight", "OD'd on stardew all weekend": a
        // game, a show or a pastime taken in too big a dose, named by the time it took or by
        // playing or watching (the twelfth pass's treats name the thing; a game's name cannot be
        // listed). Never when what was taken is a medicine, a drug or drink, or the body, help or
        // a wish is said beside it (sick, hospital, can't breathe, "want to die").
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "en.everyday.overdosed-on-pastime",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.attempt-in-progress.overdosed"),
        test: (ctx) => shortMessage(ctx) && overdosedOnPastime(ctx),
    },
    {
        id: "en.everyday.overdosed-on-pastime-in-long",
        kind: "everyday",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("en.attempt-in-progress.overdosed"),
        test: (ctx) => !shortMessage(ctx) && overdosedOnPastime(ctx),
    },
    {
        id: "en.everyday.routine-meds",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.attempt-in-progress.took-pills"),
        test: (ctx) => /^ (?:today|this morning|this evening|on time|as prescribed|like (?:i am )?supposed to|like the doctor)\b/.test(ctx.after),
    },
    {
        id: "en.everyday.nosebleed",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.attempt-in-progress.bleeding"),
        test: (ctx) => /\bnose|nosebleed|period|tooth|gums?\b/.test(ctx.sentence),
    },
    {
        // "Homework: analyse Hamlet's soliloquy. Is he thinking about suicide?", "for my lit essay:
        // why does Ophelia kill herself?": a character's or an author's death wish studied for a
        // class. Never when the writer is in the clause ("I keep thinking about suicide") or says
        // their own feeling anywhere near it ("me too", "I relate", "myself"). Before the
        // third-party override, which would leave a crisis about someone else.
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "en.title.studied-character",
        kind: "title",
        lowersTo: "none",
        appliesTo: inCategories("passive-ideation"),
        test: (ctx) => shortMessage(ctx) && studiedCharacter(ctx),
    },
    {
        id: "en.title.studied-character-in-long",
        kind: "title",
        lowersTo: "none",
        local: true,
        appliesTo: inCategories("passive-ideation"),
        test: (ctx) => !shortMessage(ctx) && studiedCharacter(ctx),
    },
    {
        id: "en.everyday.suicide-topic",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.suicide-word"),
        test: (ctx) => /^ (?:prevention|hotline|helpline|awareness|rates?|statistics|squad|song|forest|doors?|mission|bomb\w*|risk|research|pact in|scene)\b/.test(ctx.after) ||
            /\b(?:movie|film|doc|documentary|show|book|episode|series|novel|thriller|podcast|article|story|anime|manga|drama) (?:about|on|with) (?:a |an |the )?(?:[a-z]+ )?$/.test(ctx.before),
    },
    {
        // "the news said the singer was found at home and police think it was suicide", "read an
        // article that an actor died by suicide": a suicide told as news, of someone named by their
        // place in the world. Never of someone the writer knows, and never with the writer in it
        // (i get it, same way, me too, jealous, i want, a method).
        id: "en.everyday.suicide-in-the-news",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.suicide-word"),
        test: (ctx) => shortMessage(ctx) && suicideInTheNews(ctx),
    },
    {
        // In a long message only its match (local): the learned layer still reads the rest.
        id: "en.everyday.suicide-in-the-news-in-long",
        kind: "everyday",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("en.passive-ideation.suicide-word"),
        test: (ctx) => !shortMessage(ctx) && suicideInTheNews(ctx),
    },
    {
        id: "en.everyday.fear-of-death",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.thinking-about"),
        test: (ctx) => /dying$/.test(ctx.match) &&
            /^[^.]{0,20}?\b(?:scares|terrifies|frightens|scared|afraid|scary)\b/.test(ctx.after),
    },
    {
        id: "en.bereavement.someone-died",
        kind: "bereavement",
        lowersTo: "none",
        appliesTo: inCategories("passive-ideation", "attempt-in-progress", "self-harm"),
        test: (ctx) => (thirdPartySubject(ctx) ||
            /\b(?:my|our|his|her) (?:[a-z]+ )?(?:dog|cat|pet|hamster|rabbit|bird)\b[^.]*$/.test(sentenceBefore(ctx))) &&
            (COMPLETED_DEATH.test(ctx.match) || COMPLETED_DEATH.test(sentenceBefore(ctx).slice(-16))) &&
            !FIRST_PERSON.test(ctx.match) &&
            // "she took enough pills to die": an amount taken, told as an act, not a death.
            !/\benough\b/.test(ctx.match) &&
            // "took all her antidepressants an hour ago and now she's slurring": under way, not a death.
            !(ACT_UNDER_WAY.test(WINDOW(ctx)) &&
                !/\b(?:died|passed away|funeral|rip|gone now)\b/.test(WINDOW(ctx))),
    },
    {
        // "What happens if someone mentions suicide here?": a question about the bot, not a
        // disclosure ("if I said..." stays a disclosure).
        id: "en.everyday.asking-about-the-bot",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: (rule) => IDEATION_LIKE(rule) || rule.id === "en.passive-ideation.suicide-word",
        test: (ctx) => (/\b(?:what happens|what do you do|what would you do|what will you do|do you|does (?:it|this|the bot)|will you|would you|is it|who reads?)\b[^.]{0,30}\bif (?:someone|somebody|a person|anyone|anybody|people|a user|users)\b[^.]{0,30}$/.test(sentenceBefore(ctx)) &&
            !FIRST_PERSON.test(sentenceBefore(ctx).replace(/^.*\bif\b/, ""))) ||
            (/\bif (?:someone|somebody|a person|anyone|anybody|people|a user|users|you|u) (?:talks?|talked|mentions?|mentioned|says?|said|writes?|wrote|types?|typed|brings? up|messages?|texts?)(?: about| something about| something like| the word| words like)? $/.test(ctx.before) &&
                ABOUT_THE_BOT.test(WINDOW(ctx))),
    },
    {
        id: "en.third-party-worry.someone-else",
        kind: "third-party-worry",
        lowersTo: "none",
        // ...nor a rule that only ever reads someone else (shut in lately and gone quiet): it is the
        // worry itself, not the writer's risk said of another.
        appliesTo: (rule) => isEnglish(rule.id) &&
            rule.category !== "danger-at-home" &&
            rule.category !== "attempt-in-progress" &&
            rule.id !== "en.distress.shut-in-lately-gone-quiet" &&
            // The rules that read only what someone else did (a treasured thing given to the writer,
            // their searches found: the seventeenth pass) are reports in themselves.
            rule.id !== "en.preparation.treasured-given-wont-need" &&
            rule.id !== "en.method-question.searches-found-lethal" &&
            rule.id !== "en.distress.gone-silent-since-a-death" &&
            // ...nor a remark or talk about the writer keeping them in: it is said of them.
            rule.id !== "en.distress.judged-for-staying-in" &&
            // ...nor the writer's own pain beside someone named (a parent's sighs at their door, a
            // stranger's kindness, a sister not told, a meal in front of family: the eighteenth pass).
            !WRITER_BESIDE_SOMEONE.has(rule.id),
        // "If someone wanted to overdose... asking for a book": a method question put as fiction.
        test: (ctx) => thirdPartySubject(ctx) &&
            !(/\b(?:way|ways|method|pill|pills|drug|drugs|how)\b/.test(ctx.match) &&
                FICTION.test(WINDOW(ctx))),
    },
    {
        id: "en.third-party-worry.past-attempt",
        kind: "third-party-worry",
        lowersTo: "none",
        appliesTo: (rule) => rule.category === "attempt-in-progress" || rule.id === "en.danger-at-home.family-attempt",
        test: (ctx) => (thirdPartySubject(ctx) || /^\b(?:my|our) /.test(ctx.match)) &&
            PAST_EVENT.test(WINDOW(ctx)) &&
            // "an hour ago ... now she's slurring": the "ago" of an act still under way.
            !(ACT_UNDER_WAY.test(WINDOW(ctx)) &&
                !RESOLVED.test(WINDOW(ctx)) &&
                !/\b(?:in (?:the )?hospital|recover\w*|survived|(?:is|s) (?:ok|okay|fine|safe) now)\b/.test(WINDOW(ctx))),
    },
    {
        // "omg kms i sent that meme to the family group chat 💀": embarrassment, not intent.
        id: "en.idiom.kms-embarrassed",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.kill-myself"),
        test: (ctx) => /^kill myself$/.test(ctx.match) &&
            !/\b(?:want|going|will|ill|should|about|ready|planning|plan|need|might|gonna|could|to|i)\s*$/.test(ctx.before) &&
            (LOL.test(ctx.sentence) ||
                /(?:^|[.,] ?|\b(?:omg|ugh|bruh|oh god|oh my god|literally))\s*$/.test(ctx.before)) &&
            /\b(?:sent|send|texted|posted|said|called|forgot|accidentally|typo|cringe|embarrass\w*|replied|wrong (?:chat|person|group)|group chat|instead of|tripped|saw me|heard me|reply all|waved)\b/.test(ctx.sentence),
    },
    {
        // "people call it Dazai's suicide note", "that album reads like a suicide note": a book, a
        // song or a film described as one. Never when the writer writes, leaves or has one ("my
        // suicide note", "I wrote", "reads like my suicide note").
        // In a short message it explains the whole; in a long one only its match (local), so the
        // learned layer still reads the rest.
        id: "en.title.work-like-a-note",
        kind: "title",
        lowersTo: "none",
        appliesTo: ruleIds("en.preparation.note", "en.passive-ideation.suicide-word"),
        test: (ctx) => shortMessage(ctx) && workLikeANote(ctx),
    },
    {
        id: "en.title.work-like-a-note-in-long",
        kind: "title",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("en.preparation.note", "en.passive-ideation.suicide-word"),
        test: (ctx) => !shortMessage(ctx) && workLikeANote(ctx),
    },
    {
        // "'Suicide Season' by Bring Me The Horizon", "looping that album".
        id: "en.title.quoted-song",
        kind: "title",
        lowersTo: "none",
        appliesTo: (rule) => isEnglish(rule.id),
        test: (ctx) => ctx.before.lastIndexOf("「") > ctx.before.lastIndexOf("」") &&
            /^[^「」.]{0,40}」/.test(ctx.after) &&
            (/^[^「」.]{0,40}」 by\b/.test(ctx.after) ||
                /\b(?:album|song|track|looping|playlist|band|lyrics|ep|single|listening|spotify)\b/.test(WINDOW(ctx))),
    },
    {
        // "won't need my old phone, got a new one": a reason that is not leaving life. A pet given
        // away, every account deleted or "after friday" is the shape of a goodbye (round 17: "gave my
        // switch to my cousin, my cat to the neighbour ... wont need any of it after friday"): then
        // only a reason said outright (a move, a new phone, a diet) explains it, not "because".
        id: "en.everyday.wont-need-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.preparation.wont-need"),
        test: (ctx) => {
            const near = NEAR_SENTENCES(ctx);
            // "told him I won't need them where I'm going. he thinks I'm moving": the move is what
            // someone else believes, the cover for a goodbye, not the reason.
            if (MOVE_AS_COVER.test(near))
                return false;
            const plain = AWAY_REASON.test(near) || OUTRIGHT_REASON.test(near);
            if (TIES_CUT.test(near) || /^ ?after (?!(?:the |my |i |we )?(?:move|moving))/.test(ctx.after))
                return plain;
            return plain || WEAK_REASON.test(near);
        },
    },
    {
        // "goodbye forever to my old account, follow the new one": a farewell to a thing (an
        // account, a channel, a phone), not to people or life.
        id: "en.everyday.goodbye-to-a-thing",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.farewell.goodbye"),
        test: (ctx) => /^ to (?:my |this |the |our |that |your )?(?:old |previous |former |dead |first |second |main |alt |spam |burner )?(?:[a-z]+ )?(?:account|acc|accounts|channel|page|blog|username|user name|handle|number|email|profile|alt|server|phone|laptop|pc|computer|console|router|car|hair|beard|braces|glasses|sofa|couch|desk|flat|apartment|house|uniform)s?\b/.test(ctx.after) ||
            /\b(?:follow|sub(?:scribe)?(?: to)?|find me (?:on|at)|add me on) (?:me |my |the |our )?(?:new|backup|new main|other)\b|\bnew (?:account|acc|channel|handle|username|page|blog|main)\b/.test(NEAR_SENTENCES(ctx)),
    },
    {
        // "I won't be here after Sunday, off to Spain": away, not gone.
        id: "en.everyday.away-for-a-reason",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.farewell.not-here-after"),
        test: (ctx) => !/\b(?:for good|forever|permanently|die|dead|kill|end it|goodbye|anymore)\b/.test(ctx.match) && AWAY_REASON.test(NEAR_SENTENCES(ctx)),
    },
    {
        // "Friday will be my last day at the shop": a job, a term, a course.
        id: "en.everyday.last-day-job",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.plan.last-day"),
        test: (ctx) => /\b(?:notice|job|work|shift|contract|resign\w*|quit|term|school|office|retir\w*|course|placement|internship|boss|manager|leaving do)\b/.test(NEAR_SENTENCES(ctx)),
    },
    {
        // Where to tie a rope for a hammock, a swing, a tent.
        id: "en.object.tie-purpose",
        kind: "object",
        lowersTo: "none",
        appliesTo: ruleIds("en.means.where-to-tie"),
        test: (ctx) => /\b(?:hammock|swing|tent|tarp|boat|kayak|canoe|washing line|clothes ?line|climb\w*|camping|dog|horse|trailer|tow\w*|garden|fence|tree ?house|bunting|lights)\b/.test(WINDOW(ctx)),
    },
    {
        // "the scene where the hero dies was the best way to end it": a story's ending, not a question.
        id: "en.object.story-ending",
        kind: "object",
        lowersTo: "none",
        appliesTo: ruleIds("en.method-question.way-to-die"),
        test: (ctx) => /end it$/.test(ctx.match) &&
            /\b(?:scene|movie|film|episode|season|series|book|chapter|show|story|ending|finale|anime|manga|arc|game)\b/.test(ctx.sentence) &&
            !/\b(?:what|whats|how|which|tell me|any|is there|for me|for my)\b/.test(sentenceBefore(ctx)),
    },
    {
        // "Suicide Season by Bring Me the Horizon on repeat": a work and its maker.
        id: "en.title.by-artist",
        kind: "title",
        lowersTo: "none",
        appliesTo: (rule) => isEnglish(rule.id) && rule.category !== "danger-at-home",
        test: (ctx) => /^[^.]{0,30}? by (?!(?:jumping|hanging|taking|cutting|overdosing|drowning|shooting|slitting|swallowing|stepping|walking|driving|throwing|starving|poisoning|suffocating|crashing|lying|laying|using|gassing|bleeding)\b)(?!(?:myself|me|my|the|a|an|tonight|tomorrow|then|now|next|this|that|friday|monday|pills|\d+)\b)[a-z]/.test(ctx.after) && MEDIA_CONTEXT.test(ctx.sentence),
    },
    {
        id: "en.past-ideation.resolved",
        kind: "past-ideation",
        lowersTo: "none",
        appliesTo: IDEATION_OR_DISTRESS,
        test: (ctx) => pastIdeation(ctx) && RESOLVED.test(WINDOW(ctx)),
    },
    {
        id: "en.past-ideation.in-the-past",
        kind: "past-ideation",
        lowersTo: "concern",
        appliesTo: IDEATION_OR_DISTRESS,
        test: pastIdeation,
    },
];
//# sourceMappingURL=everyday-people-and-past.js.map