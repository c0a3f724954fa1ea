/** Shared pieces of the en risk rules: word lists and pattern fragments, and the compilers. */
import { anyOf } from "../../rule-types.js";
// Sources are written against normalised text: lower case, no apostrophes ("dont", "i am",
// "ill" for I'll, "id" for I'd), "want to" for wanna, "going to" for gonna, "kill myself"
// for kms. A space in a source also matches no space (see `en`). Inside a pattern `\x20` is
// a space that must be there, used where an optional one would let words blur.
/**
 * Compile an English pattern whose spaces are real spaces, for phrases too long for anyone to
 * spell out letter by letter. Every optional space that `en` adds multiplies the compiled code,
 * and the rules of both languages together must stay small to stay fast (`npm run bench`).
 */
export function phrase(source) {
    return new RegExp(source, "g");
}
// Which rules run on a message is chosen by the prefilter (src/safety/prefilter.ts) from the
// literals each pattern requires, read off its source. Rules here once carried hand-written key
// words as well; a key list that missed a branch left that branch blind
// ("everything feels far away" never reached en.distress.life-through-glass), so none are kept.
/** Adverbs people put between "want to" and the verb ("want to just die"). */
export const ADV = "(?:(?:just|really|honestly|literally|actually|seriously|simply|so|kind of|kinda|sometimes|often|always|still|truly|genuinely|even|fr|lowkey|deadass|fucking|badly|desperately|quietly|finally|already) ){0,3}";
export const DEATH_OBJECT = anyOf([
    "die",
    "be dead",
    "not be alive",
    "not exist",
    "stop existing",
    "cease to exist",
    "not be here anymore",
    "not be around anymore",
    "stop living",
    "disappear",
    "vanish",
    "be gone forever",
    "fade away",
    "sleep forever",
    "go to sleep forever",
    "end it all",
    "end everything",
    "end my life",
    "take my (?:own )?life",
    "kill myself",
    "unalive",
    "not wake up",
    "never wake up",
]);
export const FAMILY = anyOf([
    "dad",
    "father",
    "mom",
    "mum",
    "mother",
    "step ?dad",
    "step ?father",
    "step ?mom",
    "step ?mum",
    "step ?mother",
    "brother",
    "sister",
    "husband",
    "wife",
    "boyfriend",
    "girlfriend",
    "partner",
    "uncle",
    "aunt",
    "grandpa",
    "grandfather",
    "grandma",
    "grandmother",
    "parents",
    "parent",
    "family",
    "son",
    "daughter",
    "cousin",
    "roommate",
    "flatmate",
    "ex",
    "bf",
    "gf",
    "fiance",
    "fiancee",
    "step ?brother",
    "step ?sister",
    "grandad",
    "granddad",
    "nan",
]);
export const HOME_SUBJECT = String.raw `(?:(?:my|our)\x20(?:[a-z]+\x20)?${FAMILY}|some(?:one|body)\x20(?:at|in\x20my)\x20(?:home|house)|someone\x20i\x20live\x20with|the\x20(?:person|people)\x20i\x20live\x20with)`;
/** Finding a pet a new home. */
export const PET = "(?:cat|cats|dog|dogs|rabbit|rabbits|bunny|hamster|hamsters|pets?|bird|birds|parrot|budgie|guinea pigs?|fish|snake|lizard|gecko|ferret|kitten|puppy|rats?)";
export const REHOME_PET = String.raw `(?:rehomed|rehoming|rehome|found (?:a )?new homes? for|finding (?:a )?new homes? for|gave away|giving away|give away|given away) (?:my |our )?(?:[a-z]+\x20)?${PET}`;
/** An engine left running, and a garage or car shut up, for the fumes rule. */
export const ENGINE_ON = String.raw `(?:(?:engine|motor|car|ignition) (?:on|running|going|started)|(?:run|running|ran|start|started|leave|left|turn on|turned on|turning on) the (?:car|engine)(?:\x20(?:on|running))?)`;
export const SHUT_IN = String.raw `(?:(?:the\x20)?(?:door|doors|garage door|garage) (?:shut|closed|down|locked)|(?:shut|closed|sealed|locked) garage|(?:shut|closed|close|shut|lock|locked) the (?:garage )?doors?)`;
/** After "beat me", "hit my brother": the game or the pillow fight that makes it play. */
export const NOT_A_GAME = String.raw `(?!\x20(?:at\b|up\b|to it\b|to the\b|in (?:chess|a game|the game|games|every|mario|smash|fifa|cards|a race|ranked|tennis|football|fortnite|minecraft|roblox|valorant|overwatch|among us|apex)|under the table|in (?:wrestling|judo|karate|bjj|boxing|training|practice|pe|sparring)|with (?:a |my |the )?(?:pillow|snowball|water|nerf|balloon|cushion)))`;
export const PILLS = String.raw `(?:pills|pill|meds|medication|medicine|prescription|tablets|capsules|bottle|bottles|pack|packs|packet|paracetamol|tylenol|xanax|ibuprofen|painkillers|sleeping\x20pills|antidepressants|insulin|benadryl|aspirin|acetaminophen|codeine|tramadol|oxycodone|morphine|diazepam|valium|lorazepam|zopiclone|sertraline|fluoxetine|citalopram|amitriptyline|quetiapine|lithium)`;
/** Quantities of pills that are no ordinary dose ("a load of", "half the", "like 30"). */
export const PILL_AMOUNT = String.raw `(?:all|all of|every|each of|the whole|a whole|(?:my|her|his|their) (?:whole|entire)|an entire|the entire|the rest of|too many|a lot of|lots of|loads of|a load of|a heap of|heaps of|a ton of|tons of|a pile of|a box of|a handful of|a fistful of|a bunch of|half (?:a|the|of the)|most of|the last of|way too many|double|triple|(?:like |over |about |around |more than |nearly |almost )?(?:[5-9]|\d{2,}))`;
/** Ways to die that a method comparison names ("is it quicker with a train or jumping"). */
export const STRONG_METHOD = String.raw `(?:trains?|pills|tablets|overdos\w*|od|drowning|drown|wrists?|slitting|guns?|shooting myself|rope|noose|charcoal|carbon monoxide|bleeding out|suffocat\w*|poison\w*|hanging myself|jumping off)`;
export const WEAK_METHOD = "(?:jumping|hanging|falling|cutting|knife|knives|blade|gas)";
export const ANY_METHOD = `(?:${STRONG_METHOD}|${WEAK_METHOD})`;
/** Two ways of dying set side by side, one of them unmistakably one. */
export const METHOD_PAIR = String.raw `(?:${STRONG_METHOD}\b[^.]{0,15}?\b(?:or|vs|versus)\b[^.]{0,12}?\b${ANY_METHOD}|${WEAK_METHOD}\b[^.]{0,15}?\b(?:or|vs|versus)\b[^.]{0,12}?\b${STRONG_METHOD})\b`;
export const COMPARATIVE = "(?:quicker|faster|easier|less painful|more painful|painless|more painless|surer|more reliable|more certain|more lethal|more effective|less messy|better|quickest|fastest|easiest|least painful|surest|most reliable|most effective)";
/**
 * Ropes that are for something else (a skipping rope, a climbing rope): a lookbehind that
 * follows a rope or noose word in the means rules (after the word, so that it runs only there).
 */
export const NOT_A_ROPE = String.raw `(?<!\b(?:jump|jumping|skipping|skip|climbing|climb|swing|tow|tight|washing|clothes|boxing|ring|gym|tyre|tire|ship|boat|tent|bungee|battle|hemp|nylon|craft|mooring|anchor|dog|rope)\x20(?:rope|noose))`;
/** A family member or housemate as the one who is away or asleep ("when my parents are out"). */
export const HOUSEHOLD = String.raw `(?:my\x20(?:[a-z]+\x20)?(?:parents|family|folks|mum|mom|mother|dad|father|brother|sister|flatmate|roommate|husband|wife|partner|grandparents|grandma|grandpa)|(?:everyone|everybody|they|the house|nobody|no one))`;
export const AWAY_OR_ASLEEP = String.raw `(?:(?:\x20s|\x20is|\x20are|s)?\x20(?:out|away|gone|asleep|empty|home|in bed|sleeping|not home|not in|on holiday|at work|at (?:my|the|her|his|their)\x20[a-z]+|at [a-z]+s)|\x20(?:go|goes|went|have gone|has gone) (?:out|away|to (?:bed|sleep|work))|\x20(?:leave|leaves|left))`;
/** English risk rules. */
/** A day named bare ("the 14th", "friday", "next week"): when, with nothing said of what. */
export const A_DAY = String.raw `(?:(?:the )?\d{1,2}(?:st|nd|rd|th)|(?:this |next |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|next (?:week|weekend|month)|this (?:weekend|week)|the (?:weekend|end of (?:the|this|next) (?:month|week)))`;
/**
 * Someone spared a cost or a task "so mum isn't stuck with it", "so my son won't have to sort
 * anything out", "nobody has to pay": the arrangement for after one is gone. Read together with
 * a date set or affairs put in order; alone it is an ordinary kindness.
 */
export const SPARED = String.raw `(?:(?:(?:my|the|our) )?(?:mum|mom|mother|dad|father|parents|sister|brother|son|daughter|kids|children|wife|husband|partner|family|flatmates?|roommates?|nan|gran|landlord|they|she|he|anyone)(?:s|\x20is|\x20are|\x20will|\x20ll)? (?:isnt|is not|arent|are not|wont|will not|doesnt|does not|dont|do not|never|not|shouldnt|wouldnt)(?: (?:be|have to|need to|has to|ever|going to|get))* (?:(?:stuck|left|lumbered|landed|saddled|burdened) (?:with (?:it|them|that|this|anything|any|the|my|a|all)|paying|covering|sorting|to (?:pay|sort|deal|clean))|out of pocket|on the hook|paying (?:for|it|anything|the|my)|pay (?:for|it|anything|the|my)|cover (?:it|anything|the|my)|covering (?:it|anything|the|my)|(?:sort|sorting|deal|dealing|clean|cleaning|chase|chasing|organi[sz]e|organi[sz]ing|arrange|arranging) (?:anything|it|things|everything|the (?:rent|bills|money|debts?|flat|house|room|paperwork)|my (?:stuff|things|debts?|bills|mess))|do anything|doing anything)|(?:nobody|no one|noone) (?:has to|will have to|needs to|is|gets|will be|ends up) (?:stuck with|left with|lumbered with|paying|pay for|covering|cover|sorting|sort|dealing|deal with|out of pocket))\b`;
/** Occasions a date is set for: a party, a move, a wedding, someone else's funeral. */
export const OCCASION = "(?:party|parties|wedding|drinks|birthday|bbq|barbecue|move|moving|holiday|trip|flight|meal|dinner|lunch|appointment|interview|surgery|operation|viewing|housewarming|leaving do|gig|concert|funeral|service|cremation|memorial|wake|christening|baptism|graduation|exam|court|hearing|reunion|visit|sale|delivery|celebration|anniversary|shower|hen do|stag do|camping|vacation|launch|opening|settlement|completion|handover|inspection|renovation|meeting|signing|solicitor|lawyer|notary|probate|date night|first date|match|game|tournament|test|class|course|shift|start date|deadline|rent review)";
//# sourceMappingURL=patterns.js.map