/**
 * The en rules for emergencies reported about someone else: what a crisis worker hears in a
 * family member's, a friend's or a supporter's message (a fall heard in a call and then silence,
 * someone unseen behind a door with a smell, someone gone with the means or saying how, a client
 * who closed his affairs and no longer answers). Each rule's examples are in
 * test/safety/rule-examples.json. They are `attempt-in-progress`, so `urgent`: the supporter is
 * given the emergency numbers first.
 */
import type { RiskRule } from "../../rule-types.js";
import { phrase } from "./patterns.js";

// No answer from them, or no one has seen them or can get in.
const UNREACHED =
  "(?:(?:hasnt|has not|havent|have not|hadnt|not|nobody has|no one has|noone has)(?: been)? seen|(?:isnt|is not|not|wont|will not|doesnt|does not|hasnt|has not|didnt|did not|nobody|no one|noone) (?:answering|answered|answer|answers|responding|responded|respond|responds|replying|replied|reply|replies|picking up|picked up|opening the door|opened the door|come out|came out|coming out)|no (?:answer|response|reply)|(?:post|mail|letters|newspapers|papers|parcels|deliveries) (?:is |are )?(?:piling|piled|stacking|stacked|building) up|door (?:is )?(?:still )?locked|cant (?:get in|get the door open|open the door|reach (?:him|her|them)|get hold of (?:him|her|them)))";
// A smell named as wrong; what it is in daily life is excluded beside it.
const BAD_SMELL =
  "(?:(?:bad|horrible|awful|strange|weird|funny|rotten|sweet|sickly|terrible|foul|disgusting|nasty|really strong) (?:smell|stench|odou?r)|stench|(?:smells|stinks) (?:bad|awful|horrible|rotten|like something died))";
const EVERYDAY_SMELL =
  "(?:bins?|rubbish|trash|garbage|drains?|fridge|compost|litter|cooking|curry|burnt toast|toast|mould|mold|damp|laundry|socks|feet|weed|vape|smoke|cigarettes?|perfume|fish|dog|cat|nappy|diaper|sewer|gas leak|dead mouse|dead rat|mouse|rat|possum)";
// Gone, with the car or on foot, and not back or not answering.
const GONE = String.raw`(?<!\b(?:barely|never|hardly|rarely|hasnt|has not|havent|have not|not|didnt|did not|wont|cant) )(?:took off|drove off|driven off|left|went out|walked out|headed out|stormed out|drove away|has gone|hes gone|shes gone|theyre gone)`;
const NOT_BACK =
  "(?:(?:hasnt|has not|havent|have not|not|isnt|is not|never) (?:come |came )?back|not home yet|phone(?:s| is)? (?:off|dead|going to voicemail)|(?:isnt|is not|not|wont|doesnt) (?:answering|picking up|replying)|cant (?:reach|get hold of|find) (?:him|her|them))";
// What a rope, a hose or charcoal is taken out for in daily life.
const EVERYDAY_ERRAND =
  "camping|barbecue|bbq|fishing|garden|gardening|allotment|washing the car|car wash|work|job|gta|forza|game|trailer|tie (?:it |them |the [a-z]+ )?down|tow|towing|the tip|the dump|boat|tent|climbing|removals?|moving house|help (?:a mate|out)";
const MEANS_TAKEN =
  "(?:rope|hose|hosepipe|charcoal|tape|duct tape|(?:his|her|their|the|my|all the|all (?:his|her|my)) (?:pills|tablets|meds|gun|rifle|shotgun)|gun|rifle|shotgun|weedkiller|pesticide|paraquat)";
const DEATH = String.raw`(?:died|passed|late|gone|heaven|grave|funeral|widow\w*|lost (?:him|her|dad|mum|mom))`;
// Going to join the dead (dad, her husband, grandpa), not to meet them somewhere for lunch.
const JOIN = String.raw`(?:going to|gonna|wants to|want to|ready to|time to|will|ll|about to|longs to|longing to|waiting to)\x20(?:go and |go )?(?:join|be back with|(?:be with|go to)(?:(?<=\b${DEATH}\b[^]{0,200})|(?=[^]{0,200}\b${DEATH}\b)))\x20(?:dad|mum|mom|grandad|granddad|grandpa|grandma|nan|nana|him|her|my (?:father|mother|dad|mum|mom|husband|wife)|her husband|his wife|your (?:dad|father|mum|mom|mother))(?!\x20(?:for|at|in|on|s|next|tomorrow|overseas|abroad)\b)`;
// ...beside food refused or a keepsake handed over.
const LETTING_GO = String.raw`(?:(?:hasnt|has not|hadnt|had not|havent|have not|didnt|not|stopped|wont|will not|refus\w*|isnt|is not|barely) (?:eaten|eating|eat|to eat|touched (?:her|his|their|my) food)|(?:gave|given|giving|handed|pressed) (?:[a-z]+\x20){0,3}?(?:her|his|my) (?:wedding |engagement )?(?:ring|rings|watch|jewel(?:le)?ry|necklace|medals))`;

export const EN_SOMEONE_ELSE_RULES: readonly RiskRule[] = [
  {
    // "in vc with him, he said 'this is it', a thud and now just silence, his mic's still on": a
    // fall heard in a call and then nothing: the one on the other end cannot answer.
    id: "en.attempt-in-progress.fall-heard-in-call",
    level: "crisis",
    category: "attempt-in-progress",
    // The "no" is what is reported (返事がない, "not answering"): not a negation of the act.
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:vc|voice chat|voice call|voice|call|discord|facetime|on the phone|phone call|stream|mic|headset|teamspeak)\b[^]{0,120}?\b(?:thud|thump|crash|bang|clatter|loud noise|heard (?:him|her|them|something) (?:fall|drop|hit the floor)|something (?:fall|fell|drop|dropped|heavy))\b[^]{0,50}?\b(?:silence|silent|nothing|quiet|no answer|no response|not answering|not responding|wont answer|doesnt answer|hasnt said|hasnt spoken|(?:not|wont|doesnt) (?:say|said) anything|cant hear (?:him|her|them|anything))\b(?![^]{0,50}\b(?:lol|lmao|haha|fell asleep|asleep|came back|he is back|she is back|hes back|shes back|afk|muted|chair|cat|dog|okay now|fine now|hes fine|shes fine|joking|prank)\b)`,
    ),
  },
  {
    // "hasn't been seen for weeks, a bad smell from the flat, nobody answers", "door locked,
    // no answer, a sweet smell under it": someone unseen or unanswering, and a smell named as
    // wrong, either order.
    id: "en.attempt-in-progress.unanswered-smell",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:${UNREACHED}\b[^]{0,120}?\b${BAD_SMELL}|${BAD_SMELL}\b[^]{0,120}?\b${UNREACHED})\b(?<!\b${EVERYDAY_SMELL}\b[^]{0,160})(?![^]{0,60}\b${EVERYDAY_SMELL}\b)`,
    ),
  },
  {
    // "drove off and isn't back, the hose and the tape are gone from the shed", "took off in
    // the ute saying he's gonna drive it into the river": someone gone with the means, or
    // saying how.
    id: "en.attempt-in-progress.gone-with-means",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:${GONE}\b[^.]{0,40}?\b(?:with|taking|took|and took|and) (?:the |a |his |her |their )?${MEANS_TAKEN}\b|${GONE}\b[^]{0,40}?\b${NOT_BACK}\b[^]{0,100}?\b${MEANS_TAKEN}\b(?:[^.]{0,30}?\b(?:gone|missing|not there|taken))?|${MEANS_TAKEN}\b[^.]{0,30}?\b(?:is|are|was|were) (?:gone|missing|not there)\b[^]{0,100}?\b(?:${GONE}|${NOT_BACK})\b|${GONE}\b[^]{0,60}?\b(?:saying|said|says|texted|threatening|told (?:me|us)) (?:that )?(?:(?:hes|shes|theyre|he is|she is|he|she|they)?\x20?(?:going to|gonna|will|ll|would)|hed|shed|theyd|hell|shell|theyll) (?:drive|crash|steer|put|roll|floor) (?:it |the car |the ute |the truck |the van |his car |her car |himself |herself |themselves )?(?:into|off) (?:the |a )?(?:river|sea|lake|tree|wall|quarry|harbou?r|dam|cliff|bridge|ocean|canal|pole|truck|train|oncoming|motorway|freeway))\b(?<!\b(?:${EVERYDAY_ERRAND})\b[^]{0,200})(?![^]{0,60}\b(?:${EVERYDAY_ERRAND}|lol|lmao)\b)`,
    ),
  },
  {
    // "collapsed in his room, won't answer and I can't get the door open": someone collapsed,
    // and no answer or no way in.
    id: "en.attempt-in-progress.collapsed-no-answer",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:collapsed|fainted|keeled over|slumped|(?:lying|laying|lay) (?:on the floor|face down|on the bathroom floor|in the bath|behind the door))\b(?<!\b(?:sofa|couch|bed|shelf|shelves|bookcase|fence|tent|wall|roof|bridge|building|stack|tower|market|economy|deal|lung)\b[^.]{0,12})[^]{0,80}?\b(?:${UNREACHED}|(?:wont|doesnt|isnt|not|cant) (?:wake|waking|move|moving|get (?:him|her|them) up)|cant (?:lift|move) (?:him|her|them)|door (?:wont|doesnt|will not) open)\b(?![^]{0,40}\b(?:lol|lmao|haha|drunk|pissed|asleep|snoring|nap|napping|knackered|after (?:the |a |his |her )?(?:shift|gym|run|match|party))\b)`,
    ),
  },
  {
    // "said he won't need the next appointment, gave away his things, now he's not answering the
    // door, post piling up": affairs closed and now unreachable.
    id: "en.attempt-in-progress.affairs-closed-unreachable",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:wont|wouldnt|will not|would not|doesnt|does not|dont|do not|didnt) need (?:the |any |another |his |her |their |my )?(?:next |more |further |other )?(?:appointments?|visits?|support|sessions?|help|check ?ins?|meds|prescription)|(?:no longer|wont be) needs? (?:the |any )?(?:support|visits?|appointments?)|(?:gave|giving|given|handed) (?:me |us |away |out )?(?:his|her|their|all (?:his|her|their)) (?:things|stuff|belongings|possessions|guitar|tools|records|books|cat|dog|watch|ring|medals|camera|bike|games)(?: away)?|(?:cancelled|canceled|closed|ended) (?:his|her|their) (?:lease|tenancy|phone|contract|accounts?))\b[^]{0,160}?\b(?:${UNREACHED}|(?:phone(?:s| is)? (?:off|dead))|cant (?:reach|get hold of) (?:him|her|them))\b(?<!\b(?:moving|moved|move|emigrat\w*|hospital|care home|holiday|new job|rehab|relocat\w*|downsiz\w*|declutter\w*)\b[^]{0,240})(?![^]{0,60}\b(?:moving|moved|move|emigrat\w*|hospital|care home|holiday|new job|rehab|relocat\w*|downsiz\w*|declutter\w*)\b)`,
    ),
  },
  {
    // "my mum (72) hasn't eaten for a week and keeps saying she's going to join dad; she gave me
    // her wedding ring": joining the dead, beside food refused or a keepsake handed over.
    id: "en.attempt-in-progress.join-the-dead",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:${JOIN}\b[^]{0,120}?\b${LETTING_GO}|${LETTING_GO}\b[^]{0,120}?\b${JOIN})\b(?<!\b(?:holiday|trip|visit|visiting|hospital|care home|for (?:lunch|dinner|tea|a drink|the weekend)|in (?:spain|france|florida|the garden)|diet|fasting|flu|bug|dentist|flight|flying|visa|deployed|deployment|moving|the move)\b[^]{0,240})(?![^]{0,40}\b(?:for (?:lunch|dinner|tea|a drink|the weekend)|in (?:spain|france|florida|the garden)|on holiday|at the)\b)`,
    ),
  },
];
