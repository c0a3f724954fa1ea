/**
 * en overrides, part of the ordered list in ../../rules-en.ts (kinds: bereavement, everyday,
 * game, idiom): the nineteenth pass's everyday kinds (after round 24). A jump that is a sport
 * (bungee, cliff diving), a goodbye to a guild for a new game or to a job for the next one, a
 * diet "killing" one, a suicide loss told calmly years on. Each is read in a short message as
 * explaining it, and in a long one only its match (`local`): the learned layer reads the rest.
 */
import type { MatchContext, OverrideRule } from "../../rule-types.js";
import { CONTEXT_CHARS, inCategories, ruleIds, shortMessage } from "../../rule-types.js";
import { WINDOW } from "./context.js";

/** A jump that is a sport: a cord, a harness, a parachute, a dive into water for fun. */
const JUMP_SPORT =
  /\b(?:bungee|bungy|cliff ?div\w*|cliff ?jump\w*|base ?jump\w*|sky ?div\w*|parachut\w*|paraglid\w*|hang ?glid\w*|tandem|zip ?lin\w*|high ?div\w*|diving board|coasteering|canyoning)\b/;
/**
 * ...never without the cord, never with a wish, a goodbye, a death word or a means: "bungee
 * jump off the bridge without the cord", "jump off the gorge bridge, for real this time".
 */
const JUMP_MEANT =
  /\b(?:without (?:a |the |any )?(?:cord|rope|harness|chute|parachute)|no (?:cord|rope|harness|chute|parachute)|cut the (?:cord|rope)|die|dying|dead|death|kill|suicid\w*|end (?:it|my life|things)|for real|for good|never come back|not coming back|goodbye|last time|last thing|note|wish|want to|wanna|pills|tonight)\b/;

const jumpAsSport = (ctx: MatchContext): boolean =>
  JUMP_SPORT.test(WINDOW(ctx)) && !JUMP_MEANT.test(WINDOW(ctx));

/** A guild, a clan or a server left for another game. */
const GAME_GROUP =
  /\b(?:guild|guildies|clan|raid (?:team|group)|static|free company|fc|linkshell|corp|alliance|discord|server|squad|crew|party|lobby|ladder|mmo|mmorpg)\b/;
const GAME_MOVE =
  /\b(?:new (?:mmo|game|expansion|season|server|title)|(?:moving|switching|migrating|going|heading|jumping) (?:over )?to (?:the )?(?:new|another|a different|ff\s?14|ffxiv|wow|gw2|eso|osrs|lost ark|new world|throne and liberty)|(?:quitting|leaving|done with) (?:the game|wow|ffxiv|ff14|osrs|the mmo))\b/;
/** A job left for the next one: a last day or shift, and the next job named. */
const LAST_AT_WORK =
  /\b(?:last (?:day|shift|week) (?:at|in|on)|my last (?:day|shift)|last day|last shift|leaving do|handed in (?:my )?notice|resign\w*|leaving (?:the|my) job|leaving (?:the )?(?:office|shop|warehouse|store|team|company))\b/;
const NEXT_JOB =
  /\b(?:new (?:job|role|position|company|team|gig|place|office)|next job|start(?:s|ing)? (?:at|on|my new|the new|next|monday|tuesday|wednesday|thursday|friday)|moving (?:on )?to (?:a |another )?(?:new )?(?:company|job|role|team))\b/;
/**
 * ...never with the writer's own going beside it: a death word, life itself, "for ever", the
 * world or everyone in it, a means, or not being here.
 */
const GOODBYE_MINE =
  /\b(?:die|dying|dead|death|kill\w*|suicid\w*|end (?:it|my life|things)|this world|cruel world|real life|irl|my life|life itself|forever|for ever|for good|log(?:ging)? (?:out|off)|sign(?:ing)? off|last (?:msg|post)|everyone i know|not be (?:here|around)|wont be (?:here|around)|no longer be|sleep forever|pills|rope|overdos\w*|bridge|jump\w*|note|letter|last message|take care of (?:my|the) (?:cat|dog))\b/;

const leftForTheNext = (ctx: MatchContext): boolean => {
  const w = WINDOW(ctx);
  return (
    ((GAME_GROUP.test(w) && GAME_MOVE.test(w)) || (LAST_AT_WORK.test(w) && NEXT_JOB.test(w))) &&
    !GOODBYE_MINE.test(w)
  );
};

/** A diet, a fast from a treat, a habit given up: "dying" for what it holds back. */
const DIET =
  /\b(?:diet\w*|keto|low ?carb|no ?carbs?|no sugar|sugar free|cutting (?:out )?(?:sugar|carbs|bread|caffeine|coffee)|giving up (?:sugar|carbs|coffee|caffeine|chocolate|crisps|booze|alcohol|beer|snacks)|gave up (?:sugar|carbs|coffee|caffeine|chocolate|booze|alcohol)|dry (?:january|july)|sober october|calorie\w*|cheat day|detox|juice cleanse|no caffeine|decaf|for lent|bulking|cutting phase)\b/;
/** ...never with a purge, self-disgust, food refused for days, a wish or a means. */
const DIET_DANGER =
  /\b(?:purg\w*|throw(?:ing)? up|threw up|make myself sick|laxative\w*|fat|ugly|disgust\w*|hate (?:myself|my body)|starv\w*|no food|not eaten|havent eaten|haven't eaten|eating nothing|water only|nothing but water|want to die|wanna die|kill myself|end it|pills|faint\w*|passed out|blacked out|hospital)\b/;

const dyingOnADiet = (ctx: MatchContext): boolean =>
  /dying$/.test(ctx.match) && DIET.test(WINDOW(ctx)) && !DIET_DANGER.test(WINDOW(ctx));

/** A suicide loss: someone close who died by suicide, told years on. */
const SUICIDE_LOSS =
  /\b(?:(?:my|our) (?:\w+ )?(?:brother|sister|dad|father|mum|mom|mother|son|daughter|husband|wife|partner|friend|uncle|aunt|cousin|grandad|grandpa|granddad|nan|gran|grandma|grandmother|grandfather|niece|nephew|boyfriend|girlfriend|fiance|fiancee)s suicide|(?:died|passed|passed away) (?:by|from|of) suicide|took (?:his|her|their) (?:own )?life)\b/;
const YEARS_ON =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|some) years|a decade|decades|anniversary|years (?:ago|since|on|later))\b/;
/** ...told calmly: the calm said, a memory kept, a gentle day. */
const CALM_SAID =
  /\b(?:gentler|easier|at peace|peaceful|laugh\w*|smil\w*|fond\w*|planted|celebrat\w*|remember\w* (?:him|her|them)|doing (?:ok|okay|well|alright|fine)|im (?:ok|okay|fine|alright|doing ok)|nothings wrong|nothing is wrong|just wanted to (?:tell|share)|wanted to share|gentle)\b/;
/** ...never with pain, guilt, a wish to follow, a means or the writer's own turn. */
const LOSS_PAIN =
  /\b(?:join (?:him|her|them)|be with (?:him|her|them)|follow\w*|same way|my turn|me too|want to die|wanna die|kill myself|end it|cant go on|cant stop|still cry\w*|cry every|every night|blame myself|my fault|should have|why didnt i|miss (?:him|her|them) so much|numb|pills|rope|bridge|tonight|not ok|not okay|struggl\w*|hard|hurts)\b/;

const suicideLossYearsOn = (ctx: MatchContext): boolean => {
  // The text as it stands (WINDOW spaces the match apart: "my brothers  suicide").
  const w = `${ctx.before}${ctx.match}${ctx.after}`;
  return SUICIDE_LOSS.test(w) && YEARS_ON.test(w) && CALM_SAID.test(w) && !LOSS_PAIN.test(w);
};

/** A vent: anger, or the wish to get it out. */
const VENT =
  /\b(?:vent\w*|rant\w*|let (?:it|this) out|get (?:it|this) off my chest|scream|angry|furious|pissed|fuming|raging|so mad|mad at|hate (?:him|her|them))\b/;
/**
 * ...with nothing else in it: no means, no farewell, no time, no wish, no death word, nothing
 * done or ready. The list does not close (the seventeenth pass's lesson), so the vent is read
 * only when the whole message is in view, and the rest is the learned layer's.
 */
const VENT_DANGER =
  /\b(?:notes?|letters?|wrote|written|pills?|tablets?|meds|rope|noose|knife|knives|blade|razor|cut\w*|bridge|jump\w*|roof|train|tracks|gun|tonight|tomorrow|later|after|anyway|already|ready|bought|plan\w*|sleep forever|goodbye|bye|end (?:it|this|things)|die|dying|dead|death|kill\w*|suicid\w*|gone|not be (?:here|around)|wont be (?:here|around)|last|final|forever|better off|burden|sorry|everything|anymore|overdos\w*|od|hurt\w*|harm|bleed\w*|alive|live|living|life)\b/;

/** The rash act denied: "not gonna do anything stupid", "i promise i wont do something dumb". */
const DENIED =
  /\b(?:not|never|wont|will not|dont worry i wont|promise i wont|no plans? to)\s(?:(?:gonna|going to|about to|ever|actually|really)\s)?(?:do|doing)\s(?:anything|something|smth|sth)\s(?:stupid|dumb|rash|drastic)$/;

const ventIntentDenied = (ctx: MatchContext): boolean => {
  const whole = `${ctx.before}${ctx.match}${ctx.after}`;
  return (
    ctx.before.length < CONTEXT_CHARS &&
    ctx.after.length < CONTEXT_CHARS &&
    DENIED.test(`${ctx.before}${ctx.match}`) &&
    VENT.test(whole) &&
    !VENT_DANGER.test(whole)
  );
};

const SUICIDE_LOSS_RULES = ruleIds(
  "en.passive-ideation.suicide-word",
  "en.passive-ideation.kill-themselves",
);

export const EN_OVERRIDES_PASTIMES_AND_GOODBYES: readonly OverrideRule[] = [
  {
    // "so mad at my mum i could scream. not gonna do anything stupid, i just need to vent": a
    // rash act denied in an angry vent, the whole message in view and nothing else in it. A
    // negation: the learned layer does not raise it (it read such vents as crises); the vent
    // itself stays a concern (en.distress.vent-intent-denied).
    id: "en.negation.vent-intent-denied",
    kind: "negation",
    lowersTo: "none",
    appliesTo: ruleIds("en.distress.something-stupid"),
    test: ventIntentDenied,
  },
  {
    // "bungee jumping off the gorge bridge tomorrow, so nervous", "cliff diving off the rocks
    // in croatia": a jump that is a sport. Never without the cord, for real, for good, with a
    // death word, a wish, a goodbye or tonight beside it.
    id: "en.everyday.jump-as-sport",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("plan"),
    test: (ctx) => shortMessage(ctx) && jumpAsSport(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "en.everyday.jump-as-sport-in-long",
    kind: "everyday",
    lowersTo: "none",
    local: true,
    appliesTo: inCategories("plan"),
    test: (ctx) => !shortMessage(ctx) && jumpAsSport(ctx),
  },
  {
    // "farewell guild, switching to ff14 o7", "goodbye everyone, last day at the office, new
    // job starts monday": a goodbye to a guild for the next game or to a job for the next one.
    // Never with a death word, life, the world, for ever, a means or not being here beside it.
    id: "en.everyday.left-for-the-next",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: inCategories("farewell"),
    test: (ctx) => shortMessage(ctx) && leftForTheNext(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "en.everyday.left-for-the-next-in-long",
    kind: "everyday",
    lowersTo: "none",
    local: true,
    appliesTo: inCategories("farewell"),
    test: (ctx) => !shortMessage(ctx) && leftForTheNext(ctx),
  },
  {
    // "no carbs week 2 and i am dying, send pizza", "giving up coffee for lent and im
    // literally dying": a diet "killing" one. Never with a purge, self-disgust, food refused,
    // fainting, a wish or a means beside it (an eating disorder is not a diet joke).
    id: "en.idiom.dying-on-a-diet",
    kind: "idiom",
    lowersTo: "none",
    local: true,
    appliesTo: ruleIds("en.distress.dying"),
    test: dyingOnADiet,
  },
  {
    // "my best friend died by suicide six years ago. went to the beach she loved today, it was
    // a gentle day": a suicide loss told calmly years on, the calm said. Never with pain, guilt,
    // a wish to follow, "my turn", a means or tonight beside it (then it is distress or worse).
    id: "en.bereavement.suicide-loss-years-on",
    kind: "bereavement",
    lowersTo: "none",
    appliesTo: SUICIDE_LOSS_RULES,
    test: (ctx) => shortMessage(ctx) && suicideLossYearsOn(ctx),
  },
  {
    // In a long message only its match (local): the learned layer still reads the rest.
    id: "en.bereavement.suicide-loss-years-on-in-long",
    kind: "bereavement",
    lowersTo: "none",
    local: true,
    appliesTo: SUICIDE_LOSS_RULES,
    test: (ctx) => !shortMessage(ctx) && suicideLossYearsOn(ctx),
  },
];
