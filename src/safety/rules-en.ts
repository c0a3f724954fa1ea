import {
  IDEATION_LIKE,
  inCategories,
  type MatchContext,
  type OverrideRule,
  type RiskRule,
  ruleIds,
  sentenceAfter,
  sentenceBefore,
} from "./rule-types.js";
import { EN_ATTEMPT_IN_PROGRESS_RULES } from "./rules/en/attempt-in-progress.js";
import { EN_BURDEN_RULES } from "./rules/en/burden.js";
import { EN_DANGER_AT_HOME_RULES } from "./rules/en/danger-at-home.js";
import { EN_DISTRESS_RULES } from "./rules/en/distress.js";
import { EN_FAREWELL_RULES } from "./rules/en/farewell.js";
import { EN_HOPELESSNESS_RULES } from "./rules/en/hopelessness.js";
import { EN_MEANS_RULES } from "./rules/en/means.js";
import { EN_METHOD_QUESTION_RULES } from "./rules/en/method-question.js";
import { EN_PASSIVE_IDEATION_RULES } from "./rules/en/passive-ideation.js";
import { EN_PLAN_RULES } from "./rules/en/plan.js";
import { EN_PREPARATION_RULES } from "./rules/en/preparation.js";
import { EN_SELF_HARM_RULES } from "./rules/en/self-harm.js";

// The rules live in src/safety/rules/en/, one file a category.
export const EN_RULES: readonly RiskRule[] = [
  ...EN_PASSIVE_IDEATION_RULES,
  ...EN_FAREWELL_RULES,
  ...EN_HOPELESSNESS_RULES,
  ...EN_BURDEN_RULES,
  ...EN_PLAN_RULES,
  ...EN_MEANS_RULES,
  ...EN_METHOD_QUESTION_RULES,
  ...EN_PREPARATION_RULES,
  ...EN_ATTEMPT_IN_PROGRESS_RULES,
  ...EN_SELF_HARM_RULES,
  ...EN_DANGER_AT_HOME_RULES,
  ...EN_DISTRESS_RULES,
];

// ------------------------------------------------------------------- overrides

const NEGATION_BEFORE =
  /\b(?:not|never|no longer|dont|do not|didnt|did not|wont|will not|wouldnt|would not|isnt|arent|aint|nor|no way i (?:would|will|am going to))\s(?:(?:said that i|said i|say that i|say i|saying i|meant that i|meant i|mean i|really|ever|even|actually|seriously|honestly|truly|currently|going to|going|planning to|planning on|planning|plan to|intend to|intending to|trying to|try to|want to|wanting to|about to|thinking about|thinking of|think about|considering|feeling|that i|like i|think i|think ill|think i will|think id|think i would|think i am|be|at all|in any way|a|to|want|will|ever going to|mean to|have any|have)\s){0,4}$/;

const LOL = /\b(?:lol|lmao|jk|just kidding|kidding)\b/;

/** A method question put as fiction is still a method question ("for a story I'm writing"). */
const FICTION =
  /\b(?:story|stories|fic|fics|fanfic|fanfiction|novel|writing|book|realistic|realistically|script|screenplay|oc|hypothetically|hypothetical|asking for a friend|research)\b/;

/** Around "he'll kill me if...": what makes it a real threat, not a parent's idiom. */
const SERIOUS_THREAT =
  /\b(?:sign|signing|signed|money|pension|house over|drunk|drinking|knife|gun|hit|hits|hitting|hurt|beat|beats|beating|threaten\w*|scared|frightened|afraid|terrified|downstairs|coming (?:up|for me)|locked)\b/;

const THIRD_PARTY =
  /\b(?:(?:my|our|a|his|her|their|this|one of my) (?:best |close |little |older |younger |big |baby |twin |ex |oldest |youngest )?(?:friend|friends|bf|gf|boyfriend|girlfriend|brother|sister|son|daughter|kid|kids|child|children|mom|mum|mother|dad|father|parent|parents|husband|wife|partner|cousin|classmate|roommate|flatmate|coworker|colleague|niece|nephew|uncle|aunt|grandma|grandpa|grandmother|grandfather|student|client|patient|neighbou?r|teammate|buddy|mate|sibling|stepson|stepdaughter|fiancee?)|someone|somebody|he|she|they|he is|she is|hes|shes)\b(?:(?!\bi\b)[^.])*$/;

const FIRST_PERSON = /\b(?:i|me|my|myself|mine)\b/;

function thirdPartySubject(ctx: MatchContext): boolean {
  return THIRD_PARTY.test(sentenceBefore(ctx)) && !FIRST_PERSON.test(ctx.match);
}

const WINDOW = (ctx: MatchContext): string => `${ctx.before} ${ctx.match} ${ctx.after}`;

// A game, a server or a stream that closes: "servers shut down at midnight ... logging off".
const SERVICE_END =
  /\b(?:servers?|game|mmo|guild|realm|shard|stream|channel|podcast|forum|discord)\b[^.]{0,40}\b(?:shut(?:s|ting)? down|shutting|clos(?:es|ing)|going (?:offline|dark)|goes (?:offline|dark)|sunset\w*|end of service|eos)\b|\b(?:server|game) shutdown\b/;
// "writing a screenplay where the lead stands on a bridge": a scene being written or watched.
const STORY_SCENE =
  /\b(?:writing|wrote|drafting|editing|working on|reading|watching|watched|read) (?:a |an |my |the |this |our )?(?:screenplay|script|story|novel|short story|scene|play|fanfic|fan fic|chapter|short film|comic|manga|episode|book)\b[^.]{0,30}\b(?:where|in which|when|about)\b/;

/** Going away for an ordinary reason: a trip, a move, a new job or course. */
const AWAY_REASON =
  /\b(?:holiday|holidays|vacation|trip|travel\w*|(?:going|go|went|be|been) away|away (?:for|on|to|with)|abroad|fortnight|flight|flying|moving|move|moved|relocat\w*|uni|university|college|course|job|work|shift|visit\w*|spain|france|japan|london|leeds|camp|festival|hospital for|operation|surgery|exchange|deploy\w*|the girls|the lads)\b/;

/** The sentence of the match with the one before and the one after it. */
function NEAR_SENTENCES(ctx: MatchContext): string {
  const before = ctx.before.split(".").slice(-2).join(".");
  const after = ctx.after.split(".").slice(0, 2).join(".");
  return `${before} ${ctx.match} ${after}`;
}

const PAST_EVENT =
  /\b(?:last (?:night|week|month|year|time)|yesterday|ago|in (?:the )?hospital|recovering|recovered|survived|is (?:ok|okay|fine|safe) now|how (?:can|do|should) i (?:support|help)|earlier this)\b/;

const COMPLETED_DEATH =
  /\b(?:killed|hanged|shot|ended|took|overdosed|died|passed|committed|lost)\b|\b(?:committed|died by|died of|lost (?:him|her|them) to) $/;

const PAST_MARKER =
  /\b(?:used to|use to|back (?:in|when|then)|when i was (?:younger|a kid|a child|a teen|a teenager|little|in (?:high|middle|junior high|elementary|primary|secondary) school|in school|at school|in college|at uni|\d+)|(?:(?:\d+|a few|a couple of|several|many|two|three|some) )?(?:years|months|ages) (?:ago|back)|long ago|a (?:year|month) ago|in the past|at one point|in (?:college|uni|university|school|high school|middle school|my teens|my twenties|my thirties|my forties|my fifties|my sixties)|during (?:college|uni|university|school)|as a student|as a (?:kid|teen|teenager|child)|in (?:high|middle) school|during (?:high|middle) school|years back)\b/;

const RESOLVED =
  /\b(?:(?:those|these) days are (?:over|behind me|gone|long gone)|behind me now|put (?:it|that) behind me|i (?:dont|do not|dont really) (?:anymore|any more)|now i (?:have|work|live|study|go)|i have a (?:job|part time job|cat|dog|partner|girlfriend|boyfriend|family|kid|daughter|son)|i am (?:\d+|married|engaged|working|studying) now|doing (?:fine|ok|okay|well|good|great|alright)|not anymore|no longer|not any more|better now|doing better|much better|(?:a )?better place|i am (?:ok|okay|fine|good|better|happy|safe) now|things are (?:better|good|okay|ok)|it is better now|its better now|it passed|got help|got better|recovered|clean for|been clean|not now|(?:that|it) passed|passed (?:a long time|long|years|ages) ago|(?:i am|now i am) (?:honestly |really |actually |mostly |much )?(?:ok|okay|fine|good|better|happy|safe|steadier|stable|alright|well)(?: now)?|steadier now|(?:therapy|meds|medication|treatment|it|they|counsel+ing|support) helped|helped (?:a lot|me)|in recovery|in a good place|now i am (?:ok|okay|fine|good|better|happy))\b/;

const STILL =
  /\b(?:still|again|coming back|came back|comes back|lately|recently|starting to|back again|now i (?:want|feel|think)|returning|relapsed|relapse|tonight|right now)\b/;

const CONJUNCTION = /\b(?:but|and|so|though|although|however|yet)\b/g;

function clauseText(ctx: MatchContext): string {
  const before = sentenceBefore(ctx).split(",").pop() ?? "";
  const after = sentenceAfter(ctx).split(",")[0] ?? "";
  const head = before.split(CONJUNCTION).pop() ?? "";
  const tail = after.split(CONJUNCTION)[0] ?? "";
  return `${head} ${ctx.match} ${tail}`;
}

// A sentence that opens on time phrases alone ("Years ago, in my thirties, I did think about
// it"): those clauses belong to the clause of the match.
const TIME_CLAUSE = new RegExp(
  `^ ?(?:${PAST_MARKER.source}|then|once|back then)(?: ?,? ?(?:${PAST_MARKER.source}))* ?$`,
);

function frontedTime(ctx: MatchContext): string {
  const clauses = sentenceBefore(ctx).split(",");
  let text = "";
  for (let i = clauses.length - 2; i >= 0; i--) {
    const clause = clauses[i] ?? "";
    if (!TIME_CLAUSE.test(clause)) break;
    text = `${clause} ${text}`;
  }
  return text;
}

// A match in the past tense ("wanted to die") takes a time said anywhere earlier in its
// sentence ("when i was 19 i was in a dark place and wanted to die").
const PAST_TENSE = /\b(?:wanted|was|were|thought|felt|tried|used to|had|did)\b/;

function pastIdeation(ctx: MatchContext): boolean {
  const marked =
    PAST_MARKER.test(clauseText(ctx)) ||
    PAST_MARKER.test(frontedTime(ctx)) ||
    (PAST_TENSE.test(ctx.match) && PAST_MARKER.test(sentenceBefore(ctx)));
  return marked && !STILL.test(WINDOW(ctx));
}

/** Past ideation lowers ideation, and distress said of the past too. */
const IDEATION_OR_DISTRESS = (rule: RiskRule): boolean =>
  IDEATION_LIKE(rule) || rule.category === "distress";

/** What a question about the bot itself names: how it works, who reads, what is kept. */
const ABOUT_THE_BOT =
  /\b(?:bot|chat|chats|app|here|this|human|person|staff|read|reads|store|stored|saved|kept|log|logs|logged|happens|happen|work|works|report|reported|police|call)\b/;

/** Music, books and films: a title followed by its maker ("Suicide Season by Bring Me the Horizon"). */
const MEDIA_CONTEXT =
  /\b(?:listen\w*|song|songs|album|track|band|playlist|on repeat|spotify|lyrics|underrated|concert|gig|cover|vinyl|single|ep|podcast|book|novel|film|movie|read|reading|watched|watching|anyone else)\b/;

const isEnglish = (id: string): boolean => id.startsWith("en.");

/** Everyday tasks a withdrawn person saves for when the house is empty or asleep. */
const EVERYDAY_TASK =
  /\b(?:clean\w*|tidy\w*|shower\w*|bath|bathe|wash\w*|laundry|cook\w*|bake|baking|eat|eating|food|kitchen|fridge|snack|shop|shopping|store|konbini|convenience|go out|going out|outside|walk|walking|game|gaming|stream\w*|watch\w*|homework|study\w*|practi[cs]e|sing\w*|call|phone|email|letter|dye|haircut|exercise|workout|sneak\w*|party|toilet|bathroom|garden|vacuum\w*|hoover\w*|dishes|rubbish|trash|bins?|order\w*|deliver\w*|parcel|package|move|moving|pack\w*|paint\w*|build\w*|fix\w*|repair\w*|piano|guitar|drums|music|loud|vlog|video|film\w*|record\w*|so they (?:dont|do not|wont|will not) (?:see|know|notice|hear))\b/;

/** English overrides: negation, idioms, games, past ideation, third parties, bereavement. */
export const EN_OVERRIDES: readonly OverrideRule[] = [
  {
    // "I hurt myself playing football", "cut myself shaving": an accident, not self-harm.
    id: "en.everyday.injury",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.self-harm.act"),
    test: (ctx) =>
      /\b(?:hurt|cut|burned|burnt|bruised|scratched|bit) myself$/.test(ctx.match) &&
      /^ ?(?:playing|at (?:the |work|school|the gym)|while|during|lifting|cooking|shaving|falling|on (?:a|the)|in (?:the|a) (?:kitchen|garden|gym)|by accident|accidentally|with (?:a|the) (?:knife|tool|saw|pan))\b/.test(
        ctx.after,
      ),
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
    appliesTo: ruleIds(
      "en.distress.dying",
      "en.distress.killing-me",
      "en.passive-ideation.kill-myself",
      "en.passive-ideation.feel-like-dying",
      "en.danger-at-home.kill-threat",
      "en.danger-at-home.says-will-hurt",
      "en.method-question.enough-to-kill",
    ),
    test: (ctx) =>
      /^ ?(?:laughing|of laughter|from laughing|with laughter|of laughing)\b/.test(ctx.after) ||
      (!/kill myself|feel/.test(ctx.match) && LOL.test(ctx.sentence)),
  },
  {
    id: "en.idiom.dying-to",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.distress.dying",
      "en.passive-ideation.feel-like-dying",
      "en.passive-ideation.want-to-die",
    ),
    test: (ctx) =>
      (/dying$/.test(ctx.match) && /^ (?:to|for) /.test(ctx.after)) ||
      /^ on (?:this|that|the) hill\b/.test(ctx.after) ||
      /^ (?:of|from) (?:the )?(?:heat|cold|boredom|embarrassment|laughter|laughing|cringe|hunger|thirst|curiosity|cuteness|shame|jealousy|excitement|suspense|anticipation)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.idiom.killing-me-subject",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.distress.killing-me"),
    test: (ctx) =>
      /\b(?:week|weekend|day|month|monday|mondays|year|semester|term|shift|meeting|homework|work|job|exams?|tests?|assignments?|essay|deadlines?|commute|heat|cold|weather|humidity|feet|back|head|headache|neck|legs|knees|shoes|songs?|suspense|cliffhanger|show|game|level|boss|teacher|class|school|traffic|noise|wait|waiting|cramps|tooth|toothache|allergies|stomach|hunger|cuteness|puns?|jokes?|humou?r|paperwork|admin|forms|bills|chores|stairs|laundry|insurance|taxes|tax return|care home|appointments|fight|phase|raid|dungeon|quest|grind|run|match|curry|sauce|chilli|chili|workout|gym|you|your [a-z]+|ur [a-z]+|this (?:song|show|game|level|episode|heat|weather))(?: is| are| s)?(?: really| literally| actually| so)? ?$/.test(
        ctx.before,
      ),
  },
  {
    id: "en.idiom.if-caught",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.distress.dying",
      "en.danger-at-home.kill-threat",
      "en.danger-at-home.says-will-hurt",
    ),
    test: (ctx) =>
      (/\b(?:(?:kill|murder|strangle) (?:me|us)|dead|dying)$/.test(ctx.match) &&
        !SERIOUS_THREAT.test(WINDOW(ctx)) &&
        /^ (?:if|when|once) (?:she|he|they|my [a-z]+|mom|dad|the teacher|anyone|someone|people|i|we)? ?(?:sees|see|finds out|find out|finds|catches|catch|knows|know|hears|hear|learns|learn|gets home|notices|notice|checks|check|realizes|realises|fail|failed|lose|lost|miss|missed|forget|forgot|break|broke|am late|dont|do not|spoil|spoiled|spoilt|eat|ate|touch|touched|use|used|borrow|borrowed|wear|wore|crash|crashed|scratch|scratched|skip|skipped|drop|dropped|show up late|mess up|messed up)\b/.test(
          ctx.after,
        )) ||
      (/dead$/.test(ctx.match) &&
        /^ (?:tired|serious|wrong|set|last|beat|broke|center|asleep)\b/.test(ctx.after)),
  },
  {
    id: "en.idiom.killing-myself-over",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.kill-myself"),
    test: (ctx) =>
      /^ (?:studying|working|trying|to (?:get|make|finish|study|work|pass|keep|meet|be)|over (?:this|that|it|nothing)|for (?:this|that|nothing|a|my|the)|at (?:work|the gym|school))\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.idiom.rather-than",
    kind: "idiom",
    lowersTo: "concern",
    appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.rather-be-dead"),
    test: (ctx) => /^[^.]{0,40}?\bthan\b/.test(ctx.after),
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
    test: (ctx) =>
      /(?:disappear|vanish)$/.test(ctx.match) &&
      /^ (?:into|in) (?:a |my |the |some )?(?:good )?(?:books?|games?|show|story|music|world|hobby|crowd|nature|forest|mountains|woods|countryside|blanket|bed|hoodie)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.disappear-for-a-while",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.wish-dead"),
    test: (ctx) =>
      /(?:disappear|vanish)$/.test(ctx.match) &&
      /^ (?:for (?:a |the )?(?:while|bit|few days|week|weekend|day|month|little|couple)|from (?:social media|the internet|twitter|here|school|work)|on a trip|somewhere)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.game.in-game",
    kind: "game",
    lowersTo: "none",
    appliesTo: (rule) =>
      inCategories("passive-ideation", "method-question", "plan")(rule) &&
      rule.id !== "en.passive-ideation.algospeak" &&
      rule.id !== "en.passive-ideation.not-respawn" &&
      rule.id !== "en.passive-ideation.log-off",
    test: (ctx) =>
      !(/\b(?:way|ways|method|methods|how)\b/.test(ctx.match) && FICTION.test(WINDOW(ctx))) &&
      (/^ (?:in|on) (?:the |this |that |a |my )?(?:game|level|round|match|minecraft|fortnite|roblox|dark souls|elden ring|hardcore mode|raid|dungeon|gta)\b/.test(
        ctx.after,
      ) ||
        /\b(?:respawn|respawning|my character|my char|in game|ingame|hardcore mode)\b/.test(
          ctx.sentence,
        )),
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
    test: (ctx) =>
      /hang$/.test(ctx.match) &&
      /^ (?:up )?(?:a |an |the |my |some |this |these |two |heavy |big |small )*(?:[a-z]+ )?(?:mirrors?|shel(?:f|ves)|pictures?|paintings?|frames?|hammocks?|plants?|baskets?|lights|curtains?|clocks?|tvs?|posters?|art|bags?|coats?|jackets?|clothes|laundry|washing|ducks?|meat|ham|herbs|swings?|chairs?|lamps?|signs?|flags?|banners?|wreaths?|bird ?feeders?|decorations?|bikes?|hooks?)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.game.game-end",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.algospeak"),
    test: (ctx) =>
      /^ (?:of|in|screen|stats|results|lobby|cutscene|credits|music|theme)\b/.test(ctx.after) ||
      /\bgames?\b/.test(`${sentenceBefore(ctx)} ${sentenceAfter(ctx)}`) ||
      /\b(?:gg|match|round|lobby|team|teammates|raid|ranked|queue|server|losing|winning|boss|stream)\b/.test(
        ctx.sentence,
      ),
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
    test: (ctx) =>
      /(?:^|[.,] ?)(?:ok|okay|k|sure|fine|alright|all right|yeah|yes|yep|good idea|will do|maybe|i guess)(?: then)?[ ,]*(?:(?:i (?:will|might|could|can|am going to)|ill|going to) (?:just |try to |try and )?)?$/.test(
        ctx.before,
      ),
  },
  {
    // A gun or rope in a film or a game, a rifle kept for hunting.
    id: "en.object.means-in-media",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.means.dwelling",
      "en.means.looking-down",
      "en.means.rope",
      "en.means.rope-ready",
    ),
    test: (ctx) =>
      /\b(?:(?:in|from|of|on|watched|watching|saw|seen|read|reading|played|playing) (?:that|the|this|a|an|my) (?:[a-z]+ )?(?:movie|film|show|series|episode|anime|manga|book|novel|video|game|documentary)|scene|trailer|skins?|loadout|hunt\w*|shooting range|clay pigeons?|target practice|gun club|airsoft|paintball)\b/.test(
        ctx.sentence,
      ),
  },
  {
    id: "en.everyday.event-date",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.plan.the-night"),
    test: (ctx) =>
      /\b(?:date|day)$/.test(ctx.match) &&
      /\b(?:wedding|party|trip|holiday|vacation|appointment|exam|test|interview|meetup|meeting|concert|gig|move|moving|visit|launch|release|surgery|operation|graduation|ceremony|match|tournament|flight|booked|booking|reservation|dinner|lunch|celebrat\w*|date night|first date|haircut|dentist|doctor|clinic|therapy|therapist|course|class|shift)\b/.test(
        NEAR_SENTENCES(ctx),
      ),
  },
  {
    id: "en.object.rope-purpose",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.means.rope",
      "en.means.rope-ready",
      "en.means.dwelling",
      "en.attempt-in-progress.bleeding",
    ),
    test: (ctx) =>
      /\bropes?\b/.test(ctx.match) &&
      /\b(?:climb\w*|camping|camp|tent|tarp|hammock|boat|sail\w*|kayak|canoe|hik\w*|tug of war|swing|gym|crossfit|cardio|workout|horse|laundry|washing line|clothes ?line|crafts?|macrame|knots? (?:class|practice)|scouts|bouldering|abseil\w*|rappel\w*|garden|tie (?:it )?down|trailer|tow\w*)\b/.test(
        ctx.sentence,
      ),
  },
  {
    id: "en.everyday.ordinary-dose",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.method-question.enough"),
    test: (ctx) =>
      !/\b(?:all|whole|entire|every|lot|lots|load|loads|bunch|handful|box|bottle|pack|packet|\d{2,})\b/.test(
        ctx.match,
      ) &&
      /\b(?:headache|migraine|pain|cold|flu|fever|cramps|period|toothache|hangover|allergy|allergies|hay fever|doctor|gp|pharmacist|prescribed|prescription|label|instructions|dose for)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    // Giving things away to declutter or before a move; rehoming a pet for a stated reason.
    id: "en.everyday.decluttering",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.preparation.affairs", "en.preparation.rehome-pet"),
    test: (ctx) =>
      !/\b(?:not moving|i am not|lie|lied|lying|pretend\w*|gone|after i|when i am|dead|die)\b/.test(
        WINDOW(ctx),
      ) &&
      /\b(?:declutter\w*|moving|move|moved|charity|charity shop|donat\w*|car boot|garage sale|yard sale|spring clean\w*|clear(?:ing)? out|outgrown|minimalis\w*|kondo|too much stuff|upgrad\w*|sell\w*|sold|christmas|birthday|allerg\w*|landlord|lease|farm|more space|more time|sanctuary|rescue|foster\w*|afford|vet|baby|behaviou?r|aggressive|happier)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    id: "en.everyday.occasion-letters",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.preparation.letters"),
    test: (ctx) =>
      /\b(?:birthday|christmas|xmas|holidays?|thank you|pen ?pals?|anniversary|cards?|valentines?|mothers day|fathers day|new year|school|class|homework|assignment|therapist|therapy|counsel\w*|exercise|application|cover|santa|wedding|graduation|how i feel|my feelings|easier than|instead of (?:talking|speaking)|than talking|communicat\w*|explain\w*|ask\w*)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    // On a bridge or a roof to take photos, fix the gutter, watch the fireworks.
    id: "en.everyday.high-place-purpose",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.attempt-in-progress.at-the-edge",
      "en.attempt-in-progress.on-the-railing",
      "en.attempt-in-progress.high-place",
      "en.attempt-in-progress.not-going-down",
      "en.means.the-drop",
    ),
    test: (ctx) =>
      /\b(?:photos?|pictures?|pics|selfies?|view|sunset|sunrise|fishing|waiting for|with (?:my )?(?:friends?|mates|family|dog|mum|mom|dad|class)|walk|walking|jog|jogging|tour|sightseeing|fireworks|festival|concert|fixing|repair\w*|gutters?|cleaning|painting|antenna|aerial|solar|stargazing|stars|album|song|lyrics|ball|frisbee|kite|to (?:get|fetch|grab|retrieve)|barbecue|bbq|party|drinks?|tea|coffee|sunbathing|smok\w*)\b/.test(
        ctx.sentence,
      ) &&
      !/\b(?:jump\w*|end it|die|dying|goodbye|kill|suicid\w*|let go|fall|over the edge|one last|for the last time)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    id: "en.idiom.head-against-wall",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.self-harm.hitting"),
    test: (ctx) =>
      /\blike $/.test(ctx.before) ||
      /\b(?:brick wall|like banging|with this|trying to (?:figure|fix|understand|solve|get)|code|coding|bug|homework|maths?|puzzle|problem|level|boss|ceiling|door ?frame|cupboard|shelf|low|bunk|car door|by accident|accidentally)\b/.test(
        ctx.sentence,
      ),
  },
  {
    id: "en.everyday.cut-by-accident",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.self-harm.act"),
    test: (ctx) =>
      /^ (?:cooking|shaving|by accident|accidentally|on (?:a |the |some |my )|while|chopping|opening)\b/.test(
        ctx.after,
      ) || /\baccidentally $/.test(ctx.before),
  },
  {
    id: "en.everyday.overdosed-on-treats",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.attempt-in-progress.overdosed", "en.plan.intent"),
    test: (ctx) =>
      /^ on (?:caffeine|coffee|energy drinks?|sugar|chocolate|candy|sweets|anime|tv|netflix|memes|cuteness|vitamin c)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.routine-meds",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.attempt-in-progress.took-pills"),
    test: (ctx) =>
      /^ (?:today|this morning|this evening|on time|as prescribed|like (?:i am )?supposed to|like the doctor)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.nosebleed",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.attempt-in-progress.bleeding"),
    test: (ctx) => /\bnose|nosebleed|period|tooth|gums?\b/.test(ctx.sentence),
  },
  {
    id: "en.everyday.suicide-topic",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.suicide-word"),
    test: (ctx) =>
      /^ (?:prevention|hotline|helpline|awareness|rates?|statistics|squad|song|forest|doors?|mission|bomb\w*|risk|research|pact in|scene)\b/.test(
        ctx.after,
      ) ||
      /\b(?:movie|film|doc|documentary|show|book|episode|series|novel|thriller|podcast|article|story|anime|manga|drama) (?:about|on|with) (?:a |an |the )?(?:[a-z]+ )?$/.test(
        ctx.before,
      ),
  },
  {
    id: "en.everyday.fear-of-death",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.thinking-about"),
    test: (ctx) =>
      /dying$/.test(ctx.match) &&
      /^[^.]{0,20}?\b(?:scares|terrifies|frightens|scared|afraid|scary)\b/.test(ctx.after),
  },
  {
    id: "en.bereavement.someone-died",
    kind: "bereavement",
    lowersTo: "none",
    appliesTo: inCategories("passive-ideation", "attempt-in-progress", "self-harm"),
    test: (ctx) =>
      (thirdPartySubject(ctx) ||
        /\b(?:my|our|his|her) (?:[a-z]+ )?(?:dog|cat|pet|hamster|rabbit|bird)\b[^.]*$/.test(
          sentenceBefore(ctx),
        )) &&
      (COMPLETED_DEATH.test(ctx.match) || COMPLETED_DEATH.test(sentenceBefore(ctx).slice(-16))) &&
      !FIRST_PERSON.test(ctx.match),
  },
  {
    // "What happens if someone mentions suicide here?": a question about the bot, not a
    // disclosure ("if I said..." stays a disclosure).
    id: "en.everyday.asking-about-the-bot",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: (rule) => IDEATION_LIKE(rule) || rule.id === "en.passive-ideation.suicide-word",
    test: (ctx) =>
      (/\b(?:what happens|what do you do|what would you do|what will you do|do you|does (?:it|this|the bot)|will you|would you|is it|who reads?)\b[^.]{0,30}\bif (?:someone|somebody|a person|anyone|anybody|people|a user|users)\b[^.]{0,30}$/.test(
        sentenceBefore(ctx),
      ) &&
        !FIRST_PERSON.test(sentenceBefore(ctx).replace(/^.*\bif\b/, ""))) ||
      (/\bif (?:someone|somebody|a person|anyone|anybody|people|a user|users|you|u) (?:talks?|talked|mentions?|mentioned|says?|said|writes?|wrote|types?|typed|brings? up|messages?|texts?)(?: about| something about| something like| the word| words like)? $/.test(
        ctx.before,
      ) &&
        ABOUT_THE_BOT.test(WINDOW(ctx))),
  },
  {
    id: "en.third-party-worry.someone-else",
    kind: "third-party-worry",
    lowersTo: "none",
    appliesTo: (rule) =>
      isEnglish(rule.id) &&
      rule.category !== "danger-at-home" &&
      rule.category !== "attempt-in-progress",
    // "If someone wanted to overdose... asking for a book": a method question put as fiction.
    test: (ctx) =>
      thirdPartySubject(ctx) &&
      !(
        /\b(?:way|ways|method|pill|pills|drug|drugs|how)\b/.test(ctx.match) &&
        FICTION.test(WINDOW(ctx))
      ),
  },
  {
    id: "en.third-party-worry.past-attempt",
    kind: "third-party-worry",
    lowersTo: "none",
    appliesTo: (rule) =>
      rule.category === "attempt-in-progress" || rule.id === "en.danger-at-home.family-attempt",
    test: (ctx) =>
      (thirdPartySubject(ctx) || /^\b(?:my|our) /.test(ctx.match)) && PAST_EVENT.test(WINDOW(ctx)),
  },
  {
    // "omg kms i sent that meme to the family group chat 💀": embarrassment, not intent.
    id: "en.idiom.kms-embarrassed",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.kill-myself"),
    test: (ctx) =>
      /^kill myself$/.test(ctx.match) &&
      !/\b(?:want|going|will|ill|should|about|ready|planning|plan|need|might|gonna|could|to|i)\s*$/.test(
        ctx.before,
      ) &&
      (LOL.test(ctx.sentence) ||
        /(?:^|[.,] ?|\b(?:omg|ugh|bruh|oh god|oh my god|literally))\s*$/.test(ctx.before)) &&
      /\b(?:sent|send|texted|posted|said|called|forgot|accidentally|typo|cringe|embarrass\w*|replied|wrong (?:chat|person|group)|group chat|instead of|tripped|saw me|heard me|reply all|waved)\b/.test(
        ctx.sentence,
      ),
  },
  {
    // "'Suicide Season' by Bring Me The Horizon", "looping that album".
    id: "en.title.quoted-song",
    kind: "title",
    lowersTo: "none",
    appliesTo: (rule) => isEnglish(rule.id),
    test: (ctx) =>
      ctx.before.lastIndexOf("「") > ctx.before.lastIndexOf("」") &&
      /^[^「」.]{0,40}」/.test(ctx.after) &&
      (/^[^「」.]{0,40}」 by\b/.test(ctx.after) ||
        /\b(?:album|song|track|looping|playlist|band|lyrics|ep|single|listening|spotify)\b/.test(
          WINDOW(ctx),
        )),
  },
  {
    // "won't need my old phone, got a new one": a reason that is not leaving life.
    id: "en.everyday.wont-need-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.preparation.wont-need"),
    test: (ctx) =>
      /\b(?:new|upgrad\w*|since i|because|cause|got a|bought|moving|moved|winter|summer|graduat\w*|finished|done with|retir\w*|sold|job|school|course|uni|college|class|quit|quitting|switch\w*)\b/.test(
        NEAR_SENTENCES(ctx),
      ) || AWAY_REASON.test(NEAR_SENTENCES(ctx)),
  },
  {
    // "I won't be here after Sunday, off to Spain": away, not gone.
    id: "en.everyday.away-for-a-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.farewell.not-here-after"),
    test: (ctx) =>
      !/\b(?:for good|forever|permanently|die|dead|kill|end it|goodbye|anymore)\b/.test(
        ctx.match,
      ) && AWAY_REASON.test(NEAR_SENTENCES(ctx)),
  },
  {
    // "Friday will be my last day at the shop": a job, a term, a course.
    id: "en.everyday.last-day-job",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.plan.last-day"),
    test: (ctx) =>
      /\b(?:notice|job|work|shift|contract|resign\w*|quit|term|school|office|retir\w*|course|placement|internship|boss|manager|leaving do)\b/.test(
        NEAR_SENTENCES(ctx),
      ),
  },
  {
    // Where to tie a rope for a hammock, a swing, a tent.
    id: "en.object.tie-purpose",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds("en.means.where-to-tie"),
    test: (ctx) =>
      /\b(?:hammock|swing|tent|tarp|boat|kayak|canoe|washing line|clothes ?line|climb\w*|camping|dog|horse|trailer|tow\w*|garden|fence|tree ?house|bunting|lights)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    // "the scene where the hero dies was the best way to end it": a story's ending, not a question.
    id: "en.object.story-ending",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds("en.method-question.way-to-die"),
    test: (ctx) =>
      /end it$/.test(ctx.match) &&
      /\b(?:scene|movie|film|episode|season|series|book|chapter|show|story|ending|finale|anime|manga|arc|game)\b/.test(
        ctx.sentence,
      ) &&
      !/\b(?:what|whats|how|which|tell me|any|is there|for me|for my)\b/.test(sentenceBefore(ctx)),
  },
  {
    // "Suicide Season by Bring Me the Horizon on repeat": a work and its maker.
    id: "en.title.by-artist",
    kind: "title",
    lowersTo: "none",
    appliesTo: (rule) => isEnglish(rule.id) && rule.category !== "danger-at-home",
    test: (ctx) =>
      /^[^.]{0,30}? by (?!(?:jumping|hanging|taking|cutting|overdosing|drowning|shooting|slitting|swallowing|stepping|walking|driving|throwing|starving|poisoning|suffocating|crashing|lying|laying|using|gassing|bleeding)\b)(?!(?:myself|me|my|the|a|an|tonight|tomorrow|then|now|next|this|that|friday|monday|pills|\d+)\b)[a-z]/.test(
        ctx.after,
      ) && MEDIA_CONTEXT.test(ctx.sentence),
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
