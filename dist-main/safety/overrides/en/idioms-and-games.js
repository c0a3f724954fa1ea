import { inCategories, ruleIds, sentenceAfter, sentenceBefore, shortMessage, } from "../../rule-types.js";
import { EVERYDAY_TASK, FICTION, isEnglish, LOL, NEAR_SENTENCES, NEGATION_BEFORE, SERIOUS_THREAT, SERVICE_END, STORY_SCENE, WINDOW, } from "./context.js";
/** A task or a game named right after "kms" / "kill me": "this essay is due", "this lag". */
const TASK_AFTER = /^ ?[.,]? ?(?:now )?(?:this|the|my|that|ur|your|these) (?:essay|homework|assignment|exam|test|quiz|lag|wifi|internet|ping|connection|game|server|boss|level|shift|deadline|class|lecture|report|project|presentation|coursework|meeting|queue|teacher|traffic|heat|song|show|group project|math|maths|chem|physics)\b/;
/** ...or before it: "this essay, kms", "lag again kms". */
const TASK_BEFORE_KMS = /\b(?:essay|homework|assignment|exam|test|quiz|lag|wifi|ping|boss|deadline|coursework|group project|math|maths|chem)\b[^.]{0,30}$/;
/** A small everyday mishap: a password forgotten, keys lost, a bus missed, coffee spilled. */
const MISHAP = /\b(?:forgot|forgotten|forget|locked (?:myself )?out|spilled|spilt|dropped|stubbed|typo|autocorrect|misspelled|overslept|password|passcode|pin|keys|wallet|charger|headphones|airpods|umbrella|toast|coffee|tea|laptop|bus|train|burnt|burned|left my|sent (?:it|that|the))\b/;
/** ...but not a loss that is no mishap: a break-up, a job, an exam failed, one's medicine. */
const NOT_A_MISHAP = /\b(?:broke up|dumped|left me|fired|sacked|job|failed|fail|meds|medication|tablets|girlfriend|boyfriend|ex|wife|husband|everyone|everything|life|again and again|every day|all my)\b/;
/** What says a death word is meant: not a joke, for real, a means, a time, a goodbye. */
const MEANT = /\b(?:not (?:joking|kidding|a joke)|no joke|for real|fr fr|seriously|i mean it|irl|pills|rope|noose|bridge|note|goodbye|(?:do|doing|end|ending) it|wont be here|cant do this|want to die)\b/;
/** A next meeting named after a farewell: "see u at dnd thursday", "see you tomorrow". */
const SEE_YOU_SOON = /^[^.]{0,40}?\bsee (?:you|ya|u|yall|you all|you guys)\b(?: (?:all|guys|lot|losers|nerds))? (?:at|on|in (?:class|school|the (?:morning|group|server|call|raid))|tomorrow|tmrw|later|soon|next|after|tonight|this (?:weekend|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
/** ...unless the meeting is after death. */
const SEE_YOU_AFTER_DEATH = /\b(?:next life|other side|another life|heaven|hell|afterlife|up there|someday|one day|never|funeral|grave|in a better place)\b/;
/** In trouble, not dying: a test, a parent, a deadline forgotten. */
const IN_TROUBLE = /\b(?:forgot|forget|test|exam|quiz|homework|essay|mom|mum|dad|teacher|boss|grounded|deadline|missed|curfew|coach|when (?:she|he|they|my)|if (?:she|he|they|my))\b/;
/** An errand a joke farewell is off to. */
const JOKE_ERRAND = /\b(?:logs? off to|logging off to|off to|going to|gotta|brb|afk)\b[^.]{0,20}?\b(?:eat|dinner|lunch|breakfast|snack|shower|homework|class|school|work|chores|groceries|walk the dog|my shift|study|do the dishes)\b/;
export const EN_OVERRIDES_IDIOMS_AND_GAMES = [
    {
        // "I hurt myself playing football", "cut myself shaving": an accident, not self-harm.
        id: "en.everyday.injury",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.self-harm.act"),
        test: (ctx) => /\b(?:hurt|cut|burned|burnt|bruised|scratched|bit) myself$/.test(ctx.match) &&
            /^ ?(?:playing|at (?:the |work|school|the gym)|while|during|lifting|cooking|shaving|falling|on (?:a|the)|in (?:the|a) (?:kitchen|garden|gym)|by accident|accidentally|with (?:a|the) (?:knife|tool|saw|pan))\b/.test(ctx.after),
    },
    {
        id: "en.negation.not-before",
        kind: "negation",
        lowersTo: "none",
        appliesTo: (rule) => isEnglish(rule.id) && rule.negatable !== false,
        test: (ctx) => NEGATION_BEFORE.test(ctx.before),
    },
    {
        id: "en.idiom.laughing",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.dying", "en.distress.killing-me", "en.passive-ideation.kill-myself", "en.passive-ideation.feel-like-dying", "en.danger-at-home.kill-threat", "en.danger-at-home.says-will-hurt", "en.method-question.enough-to-kill"),
        test: (ctx) => /^ ?(?:laughing|of laughter|from laughing|with laughter|of laughing)\b/.test(ctx.after) ||
            (!/kill myself|feel/.test(ctx.match) && LOL.test(ctx.sentence)),
    },
    {
        id: "en.idiom.dying-to",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.dying", "en.passive-ideation.feel-like-dying", "en.passive-ideation.want-to-die"),
        test: (ctx) => (/dying$/.test(ctx.match) && /^ (?:to|for) /.test(ctx.after)) ||
            /^ on (?:this|that|the) hill\b/.test(ctx.after) ||
            /^ (?:of|from) (?:the )?(?:heat|cold|boredom|embarrassment|laughter|laughing|cringe|hunger|thirst|curiosity|cuteness|shame|jealousy|excitement|suspense|anticipation)\b/.test(ctx.after),
    },
    {
        id: "en.idiom.killing-me-subject",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.killing-me"),
        test: (ctx) => /\b(?:week|weekend|day|month|monday|mondays|year|semester|term|shift|meeting|homework|work|job|exams?|tests?|assignments?|essay|deadlines?|commute|heat|cold|weather|humidity|feet|back|head|headache|neck|legs|knees|shoes|songs?|suspense|cliffhanger|show|game|level|boss|teacher|class|school|traffic|noise|wait|waiting|cramps|tooth|toothache|allergies|stomach|hunger|cuteness|puns?|jokes?|humou?r|paperwork|admin|forms|bills|chores|stairs|laundry|insurance|taxes|tax return|care home|appointments|fight|phase|raid|dungeon|quest|grind|run|match|curry|sauce|chilli|chili|workout|gym|you|your [a-z]+|ur [a-z]+|this (?:song|show|game|level|episode|heat|weather))(?: is| are| s)?(?: really| literally| actually| so)? ?$/.test(ctx.before),
    },
    {
        // "this essay on the battle of the somme is killing me": a piece of study, named with what
        // it is about, before "is killing me".
        id: "en.idiom.study-killing-me",
        kind: "idiom",
        lowersTo: "none",
        // Not limited to short messages, so it vouches for nothing else the message says.
        local: true,
        appliesTo: ruleIds("en.distress.killing-me"),
        test: (ctx) => /\b(?:essay|homework|assignment|report|dissertation|coursework|revision|reading|project|thesis|paper|research|lecture|module|presentation)s? (?:on|about|for|into) [a-z0-9 ,]{1,40}?(?: (?:is|are|s))?(?: (?:really|literally|actually|so))? ?$/.test(ctx.before),
    },
    {
        id: "en.idiom.if-caught",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.dying", "en.danger-at-home.kill-threat", "en.danger-at-home.says-will-hurt"),
        test: (ctx) => (/\b(?:(?:kill|murder|strangle) (?:me|us)|dead|dying)$/.test(ctx.match) &&
            !SERIOUS_THREAT.test(WINDOW(ctx)) &&
            /^ (?:if|when|once) (?:she|he|they|my [a-z]+|mom|dad|the teacher|anyone|someone|people|i|we)? ?(?:sees|see|finds out|find out|finds|catches|catch|knows|know|hears|hear|learns|learn|gets home|notices|notice|checks|check|realizes|realises|fail|failed|lose|lost|miss|missed|forget|forgot|break|broke|am late|dont|do not|spoil|spoiled|spoilt|eat|ate|touch|touched|use|used|borrow|borrowed|wear|wore|crash|crashed|scratch|scratched|skip|skipped|drop|dropped|show up late|mess up|messed up)\b/.test(ctx.after)) ||
            (/dead$/.test(ctx.match) &&
                /^ (?:tired|serious|wrong|set|last|beat|broke|center|asleep)\b/.test(ctx.after)),
    },
    {
        id: "en.idiom.killing-myself-over",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.kill-myself"),
        test: (ctx) => /^ (?:studying|working|trying|to (?:get|make|finish|study|work|pass|keep|meet|be)|over (?:this|that|it|nothing)|for (?:this|that|nothing|a|my|the)|at (?:work|the gym|school))\b/.test(ctx.after),
    },
    {
        id: "en.idiom.rather-than",
        kind: "idiom",
        lowersTo: "concern",
        appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.rather-be-dead"),
        // ...not "we say 'I want to disappear' easily, but I mean more than that": the wish meant.
        test: (ctx) => /^[^.]{0,40}?\bthan\b/.test(ctx.after) &&
            !/^[^.]{0,60}?\bmean (?:it )?(?:more|much more|a lot more) than\b/.test(ctx.after),
    },
    {
        id: "en.idiom.rather-than-laughing",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.rather-be-dead"),
        test: (ctx) => /^[^.]{0,40}?\bthan\b/.test(ctx.after) && LOL.test(ctx.sentence),
    },
    {
        id: "en.everyday.disappear-into",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.wish-dead"),
        test: (ctx) => /(?:disappear|vanish)$/.test(ctx.match) &&
            /^ (?:into|in|under) (?:a |my |the |some |this |that |these |your |ur )?(?:good |soft |warm |cozy |cosy |comfy |weighted |fluffy |heavy )?(?:books?|games?|show|story|music|world|hobby|crowd|nature|forest|mountains|woods|countryside|blankets?|bed|hoodie|duvet|covers|quilt|kotatsu)\b/.test(ctx.after) &&
            // "...into this blanket and never wake up" is not a cosy evening.
            !/\b(?:never wake|not wake|dont wake|die|dead|no one|nobody|not exist|for good|end it|not come back)\b/.test(sentenceAfter(ctx)),
    },
    {
        // "kms this essay is due at midnight lol", "this lag makes me wanna kms lmao": a task or a
        // game named as the cause, with a laugh, and nothing that says it is meant (not joking, for
        // real, a means, tonight, goodbye). "kms lol" alone, or kms with a means, stays a crisis.
        id: "en.idiom.kms-at-a-task",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.kill-myself"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            LOL.test(ctx.sentence) &&
            (TASK_AFTER.test(ctx.after) || TASK_BEFORE_KMS.test(ctx.before)) &&
            !MEANT.test(WINDOW(ctx)),
    },
    {
        // "locked myself out again kms", "spilled coffee on my laptop for the second time today kms":
        // a bare "kms" after a small everyday mishap, no laugh. Jokes can hide real intent, so it is
        // lowered to concern, not none (the bot asks, gently, whether they are safe), and only its
        // match (local): the learned layer still reads the rest. Never with the wish said ("i want
        // to kms", "gonna"), or anything that says it is meant (for real, pills, cant do this).
        id: "en.idiom.kms-at-a-mishap",
        kind: "idiom",
        lowersTo: "concern",
        local: true,
        appliesTo: ruleIds("en.passive-ideation.kill-myself"),
        test: (ctx) => /^kill myself$/.test(ctx.match) &&
            sentenceAfter(ctx).trim() === "" &&
            !/\b(?:want|wanna|going|gonna|will|ill|should|about|ready|planning|plan|need|might|could|to|i|just|really|actually|literally)\s*$/.test(ctx.before) &&
            MISHAP.test(sentenceBefore(ctx)) &&
            !NOT_A_MISHAP.test(WINDOW(ctx)) &&
            !MEANT.test(WINDOW(ctx)) &&
            !/\b(?:die|dead|end it|alone|no one|nobody|anymore|any more|hate (?:myself|my life)|worthless|burden|tonight)\b/.test(WINDOW(ctx)),
    },
    {
        // "game over irl when my dad sees this report card lmao": in trouble with a parent or a
        // teacher, with a laugh. "game over irl. tonight" stays a crisis.
        id: "en.idiom.game-over-in-trouble",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.algospeak"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            /game (?:over|end)/.test(ctx.match) &&
            LOL.test(ctx.sentence) &&
            /^ (?:when|if|once|cause|because) (?:my|she|he|they|mom|mum|dad|the teacher|the coach|i (?:fail|forget|miss))\b/.test(ctx.after) &&
            !MEANT.test(`${ctx.before} ${ctx.after}`),
    },
    {
        // "logging out of everything, someone hacked my accounts": devices and accounts logged out of
        // after a hack or a new phone, not a life.
        id: "en.everyday.logout-after-hack",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.log-off"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            /\b(?:hacked|hack|compromised|devices?|new phone|old phone|laptop|sessions?|passwords?|2fa)\b/.test(WINDOW(ctx)) &&
            !MEANT.test(WINDOW(ctx)),
    },
    {
        // "kill me now this lag is unreal": the cause named after "kill me".
        id: "en.idiom.kill-me-cause-after",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.killing-me"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            /kill me(?: now| already| please)?$/.test(ctx.match) &&
            TASK_AFTER.test(ctx.after),
    },
    {
        // "i'm so dead, forgot the chem test was today": in trouble for a test, a parent or a
        // deadline, not dying.
        id: "en.idiom.dead-in-trouble",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.dying"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            /dead$/.test(ctx.match) &&
            !/^ inside\b/.test(ctx.after) &&
            IN_TROUBLE.test(sentenceAfter(ctx)) &&
            !MEANT.test(WINDOW(ctx)),
    },
    {
        // 'me in the gc: "farewell cruel world" *logs off to eat dinner* 😂': a joke farewell, off
        // to a meal, a shower or homework, with a laugh. "goodbye cruel world" with a means or "not
        // joking" stays a crisis.
        id: "en.idiom.joke-farewell",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.farewell.goodbye"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            /\b(?:cruel world|world)$/.test(ctx.match) &&
            LOL.test(WINDOW(ctx)) &&
            JOKE_ERRAND.test(WINDOW(ctx)) &&
            !MEANT.test(`${ctx.before} ${ctx.after}`),
    },
    {
        // "ok bye forever losers (see u at dnd thursday)": a farewell taken back in the same breath
        // by a next meeting (a day, a class, a game night). "bye forever. see you on the other side"
        // or with a means stays a crisis.
        id: "en.everyday.bye-then-see-you",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.farewell.goodbye"),
        test: (ctx) => 
        // Short messages only: an override also keeps the learned layer from raising the rest.
        shortMessage(ctx) &&
            SEE_YOU_SOON.test(ctx.after) &&
            !SEE_YOU_AFTER_DEATH.test(WINDOW(ctx)) &&
            !MEANT.test(`${ctx.before} ${ctx.after}`),
    },
    {
        id: "en.everyday.disappear-for-a-while",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.wish-dead"),
        test: (ctx) => /(?:disappear|vanish)$/.test(ctx.match) &&
            /^ (?:for (?:a |the )?(?:while|bit|few days|week|weekend|day|month|little|couple)|from (?:social media|the internet|twitter|here|school|work)|on a trip|somewhere)\b/.test(ctx.after),
    },
    {
        id: "en.game.in-game",
        kind: "game",
        lowersTo: "none",
        appliesTo: (rule) => inCategories("passive-ideation", "method-question", "plan")(rule) &&
            rule.id !== "en.passive-ideation.algospeak" &&
            rule.id !== "en.passive-ideation.not-respawn" &&
            rule.id !== "en.passive-ideation.log-off",
        test: (ctx) => !(/\b(?:way|ways|method|methods|how)\b/.test(ctx.match) && FICTION.test(WINDOW(ctx))) &&
            (/^ (?:in|on) (?:the |this |that |a |my )?(?:game|level|round|match|minecraft|fortnite|roblox|dark souls|elden ring|hardcore mode|raid|dungeon|gta)\b/.test(ctx.after) ||
                /\b(?:respawn|respawning|my character|my char|in game|ingame|hardcore mode)\b/.test(ctx.sentence)),
    },
    {
        // "our servers shut down at midnight. logging off for the last time, gg": the game's end.
        id: "en.game.service-end",
        kind: "game",
        lowersTo: "none",
        appliesTo: inCategories("farewell"),
        test: (ctx) => SERVICE_END.test(`${ctx.before.slice(-160)} ${ctx.match} ${sentenceAfter(ctx)}`),
    },
    {
        // A character on a bridge in a screenplay being written.
        id: "en.object.story-scene",
        kind: "object",
        lowersTo: "none",
        appliesTo: inCategories("attempt-in-progress", "plan", "means", "passive-ideation"),
        test: (ctx) => STORY_SCENE.test(ctx.sentence),
    },
    {
        // "best way to hang a heavy mirror": a thing hung, not a person.
        id: "en.object.hang-a-thing",
        kind: "object",
        lowersTo: "none",
        appliesTo: ruleIds("en.method-question.way-to-die"),
        test: (ctx) => /hang$/.test(ctx.match) &&
            /^ (?:up )?(?:a |an |the |my |some |this |these |two |heavy |big |small )*(?:[a-z]+ )?(?:mirrors?|shel(?:f|ves)|pictures?|paintings?|frames?|hammocks?|plants?|baskets?|lights|curtains?|clocks?|tvs?|posters?|art|bags?|coats?|jackets?|clothes|laundry|washing|ducks?|meat|ham|herbs|swings?|chairs?|lamps?|signs?|flags?|banners?|wreaths?|bird ?feeders?|decorations?|bikes?|hooks?)\b/.test(ctx.after),
    },
    {
        id: "en.game.game-end",
        kind: "game",
        lowersTo: "none",
        appliesTo: ruleIds("en.passive-ideation.algospeak"),
        test: (ctx) => /^ (?:of|in|screen|stats|results|lobby|cutscene|credits|music|theme)\b/.test(ctx.after) ||
            /\bgames?\b/.test(`${sentenceBefore(ctx)} ${sentenceAfter(ctx)}`) ||
            /\b(?:gg|match|round|lobby|team|teammates|raid|ranked|queue|server|losing|winning|boss|stream)\b/.test(ctx.sentence),
    },
    {
        // "I'll do it when my parents are out" about the shower, the kitchen, the laundry.
        id: "en.everyday.do-it-chore",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.plan.when-alone"),
        test: (ctx) => EVERYDAY_TASK.test(WINDOW(ctx)),
    },
    {
        // "Okay, I'll do it when my mum is out": agreeing to a suggested step. Still asked about.
        id: "en.everyday.do-it-agreed",
        kind: "everyday",
        lowersTo: "concern",
        appliesTo: ruleIds("en.plan.when-alone"),
        test: (ctx) => /(?:^|[.,] ?)(?:ok|okay|k|sure|fine|alright|all right|yeah|yes|yep|good idea|will do|maybe|i guess)(?: then)?[ ,]*(?:(?:i (?:will|might|could|can|am going to)|ill|going to) (?:just |try to |try and )?)?$/.test(ctx.before),
    },
    {
        // A gun or rope in a film or a game, a rifle kept for hunting.
        id: "en.object.means-in-media",
        kind: "object",
        lowersTo: "none",
        appliesTo: ruleIds("en.means.dwelling", "en.means.looking-down", "en.means.rope", "en.means.rope-ready", "en.means.rope-trip"),
        // (Its owner away hunting, "he's away hunting till thursday", is the gun left behind, not a
        // hunt: the seventeenth pass.)
        test: (ctx) => /\b(?:(?:in|from|of|on|watched|watching|saw|seen|read|reading|played|playing) (?:that|the|this|a|an|my) (?:[a-z]+ )?(?:movie|film|show|series|episode|anime|manga|book|novel|video|game|documentary)|scene|trailer|skins?|loadout|hunt\w*|shooting range|clay pigeons?|target practice|gun club|airsoft|paintball)\b/.test(ctx.sentence.replace(/\b(?:away|gone|out|off) (?:on a )?hunt\w*(?: trip)?\b/g, "")),
    },
    {
        id: "en.everyday.event-date",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.plan.the-night"),
        test: (ctx) => /\b(?:date|day)$/.test(ctx.match) &&
            /\b(?:wedding|party|trip|holiday|vacation|appointment|exam|test|interview|meetup|meeting|concert|gig|move|moving|visit|launch|release|surgery|operation|graduation|ceremony|match|tournament|flight|booked|booking|reservation|dinner|lunch|celebrat\w*|date night|first date|haircut|dentist|doctor|clinic|therapy|therapist|course|class|shift)\b/.test(NEAR_SENTENCES(ctx)),
    },
    {
        id: "en.object.rope-purpose",
        kind: "object",
        lowersTo: "none",
        appliesTo: ruleIds("en.means.rope", "en.means.rope-ready", "en.means.rope-trip", "en.means.dwelling", "en.means.packed-heading-out", "en.attempt-in-progress.bleeding"),
        test: (ctx) => /\bropes?\b/.test(ctx.match) &&
            /\b(?:climb\w*|camping|camp|tent|tarp|hammock|boat|sail\w*|kayak|canoe|hik\w*|tug of war|swing|gym|crossfit|cardio|workout|horse|laundry|washing line|clothes ?line|crafts?|macrame|knots? (?:class|practice)|scouts|bouldering|abseil\w*|rappel\w*|garden|tie (?:it )?down|trailer|tow(?:s|ed|ing|rope)?)\b/.test(ctx.sentence),
    },
    {
        id: "en.everyday.ordinary-dose",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.method-question.enough"),
        test: (ctx) => !/\b(?:all|whole|entire|every|lot|lots|load|loads|bunch|handful|box|bottle|pack|packet|\d{2,})\b/.test(ctx.match) &&
            /\b(?:headache|migraine|pain|cold|flu|fever|cramps|period|toothache|hangover|allergy|allergies|hay fever|doctor|gp|pharmacist|prescribed|prescription|label|instructions|dose for)\b/.test(WINDOW(ctx)),
    },
    {
        // Giving things away to declutter or before a move; rehoming a pet for a stated reason.
        id: "en.everyday.decluttering",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.preparation.affairs", "en.preparation.rehome-pet"),
        test: (ctx) => !/\b(?:not moving|i am not|lie|lied|lying|pretend\w*|gone|after i|when i am|dead|die)\b/.test(WINDOW(ctx)) &&
            /\b(?:declutter\w*|moving|move|moved|relocat\w*|emigrat\w*|charity|charity shop|donat\w*|car boot|garage sale|yard sale|spring clean\w*|clear(?:ing)? out|outgrown|minimalis\w*|kondo|too much stuff|upgrad\w*|sell\w*|sold|christmas|birthday|allerg\w*|landlord|lease|farm|more space|more time|sanctuary|rescue|foster\w*|afford|vet|baby|behaviou?r|aggressive|happier)\b/.test(WINDOW(ctx)),
    },
    {
        // "they killed off my fav character in the finale and i'm not ok lmao": a fan's grief, laughed at.
        id: "en.idiom.fandom-grief",
        kind: "idiom",
        lowersTo: "none",
        appliesTo: ruleIds("en.distress.not-okay"),
        test: (ctx) => shortMessage(ctx) &&
            LOL.test(ctx.sentence) &&
            /\b(?:character|characters|finale|episode|season|series|show|anime|manga|book|author|writers|killed off|ship|otp|fav|fave|ending|spoilers?|chapter|canon|fandom)\b/.test(`${ctx.before}${ctx.match}${ctx.after}`),
    },
    {
        // "watched hereditary last night and i'm not ok lol": a film that shook someone, laughed
        // at, in a short message. Local: the learned layer still reads the rest of the message.
        id: "en.idiom.film-not-ok",
        kind: "idiom",
        lowersTo: "none",
        local: true,
        appliesTo: ruleIds("en.distress.not-okay"),
        test: (ctx) => shortMessage(ctx) &&
            LOL.test(ctx.sentence) &&
            /\b(?:watched|watching|binged|saw|film|movie|horror|scene|trailer|jump ?scares?)\b/.test(`${ctx.before}${ctx.match}${ctx.after}`),
    },
];
//# sourceMappingURL=idioms-and-games.js.map