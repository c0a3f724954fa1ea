/** The en rules of category `attempt-in-progress`; each rule's examples are in test/safety/rule-examples.json. */
import { en, type RiskRule } from "../../rule-types.js";
import { NOT_A_ROPE, PILL_AMOUNT, PILLS, phrase } from "./patterns.js";

/** What else is begun before breath runs short or sleep comes: exercise, a cold, a show. */
const NOT_THE_ACT =
  "run|running|ran|jog\\w*|workout|work out|gym|cardio|stairs|hike|hiking|swim\\w*|cycling|bike|yoga|sauna|dance|dancing|training|diet|fast|fasting|asthma|inhaler|cold|flu|covid|allerg\\w*|hay fever|fever|cough\\w*|game|movie|film|show|series|season|episode|book|homework|essay|shift|class|lecture|meds|medication|antibiotics|new pills|prescription|anaesthe\\w*|surgery|dentist|laugh\\w*|rollercoaster|ride|rides|spin\\w*|drunk|drinking|wine|beer|vodka|party|concert|lol|haha|lmao";
/** The body wished to give out: "want my body to give up", "until I waste away". */
const BODY_GIVES_UP = String.raw`\b(?:(?:want|wanting|need|hope|hoping|until|till|so|for|waiting for) (?:my )?body (?:to )?(?:just )?(?:give|gives|giving) (?:up|out)|(?:want|wanting|hope|hoping|until|till|so|waiting for) (?:my )?body (?:to )?(?:just )?(?:shut|shuts|stop|stops|fail|fails|quit|quits)(?: down| working)?|(?:want|wanting|hope|hoping) to (?:starve|waste away|wither away|fade away|disappear)|until i (?:die|disappear|am gone|waste away|starve|collapse))\b`;

/** A dose in units ("400 mg of ibuprofen") is a dose, not a number of pills. */
const NOT_A_UNIT = String.raw`(?!\x20?(?:mg|ml|mcg|milligrams?|grams?|g|units?|drops?|minutes?|mins|hours?|days?)\b)`;
/** Pills named by brand that PILLS leaves out, for a question after an overdose. */
const MORE_PILLS =
  "advil|aleve|motrin|panadol|excedrin|nyquil|melatonin|adderall|ritalin|concerta|vyvanse|zoloft|prozac|lexapro|wellbutrin|seroquel|klonopin|ativan|ambien|gabapentin|pregabalin|percocet|vicodin|hydrocodone|tabs|caps";
/** An amount of pills no dose is: all of them, a box, ten and more. */
const TAKEN_AMOUNT = String.raw`(?:all|all of|every|the whole|a whole|an entire|the entire|the rest of|a (?:whole )?(?:box|bottle|pack|packet|strip|sheet) of|a handful of|a fistful of|(?:like |over |about |around |more than |nearly |almost |maybe )?(?:[89]|[1-9]\d|\d{3}))`;

export const EN_ATTEMPT_IN_PROGRESS_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- attempt in progress
  {
    id: "en.attempt-in-progress.took-pills",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:took|taken|swallowed|downed|ate) ${PILL_AMOUNT}${NOT_A_UNIT} (?:of )?(?:my |the |these |those |her |his |their |mums |moms |dads )?(?:[a-z]+\x20){0,2}?${PILLS}\b(?!\x20(?:off|out|to|away|from|back|with me|into)\b)|\b(?:already|just) (?:taken|took|swallowed) (?:the|my|all|all my|all the) ${PILLS}\b|\b(?:took|taken|swallowed|downed|ate) (?:everything|all|whatever (?:was|i could find)) (?:in|from) (?:the |my |our )?(?:medicine|meds|pill|bathroom|first aid) ?(?:cabinet|cupboard|drawer|box|kit)\b`,
    ),
  },
  {
    // Pills already named: "already took them. like 30", "swallowed them all".
    id: "en.attempt-in-progress.took-them",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:swallowed|downed) (?:them|those|these) all\b|\b(?:swallowed|downed|took|taken|had) (?:them|those|these) all(?=\x20?(?:$|[.,]|already|now|at once|an hour|earlier|i think))|\b(?:swallowed|downed|took|taken) all (?:of )?(?:them|those|these)(?=\x20?(?:$|[.,]|already|now|at once|an hour|earlier|i think))|\b(?:took|taken|swallowed|downed) (?:them|those|these)(?: all)?(?:\x20?[.,]\x20?(?:like |about |around |over |maybe |nearly |almost |probably |at least )?|\b[^.]{0,30}?\b(?:like|about|around|over|maybe|nearly|almost|probably|at least)\x20)(?:[5-9]|[1-9]\d|\d{3})\b(?!\x20?(?:min|mins|minutes|hours|hrs|seconds|secs|days|years|times|pics|photos|steps|km|miles|kids|people|dogs|am|pm))`,
    ),
  },
  {
    // "i did take way more of my meds than i should tonight": an overdose taken, even after "i'm
    // not going to kill myself" (not negatable: the pills are already down).
    id: "en.attempt-in-progress.took-more-than-should",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:took|taken|take|swallowed|downed|had) (?:way |a lot |much |far |so much |a bunch |heaps |loads )?more (?:of )?(?:my |the |these |those |her |his )?(?:[a-z]+\x20)?${PILLS}\b[^.]{0,12}?than (?:i |im |i am |you |one |the doctor |my doctor |it says |the box says |the label says )?(?:should|supposed|meant|allowed|prescribed|said|says|told)|\b(?:took|taken|swallowed|downed) (?:way |far |so |a lot )?too (?:many|much) (?:of )?(?:my |the |these |those )?(?:[a-z]+\x20)?${PILLS}\b(?=[^.]{0,60}\b(?:on purpose|tonight|feel (?:really |so |very )?(?:sick|weird|dizzy|strange|funny)|throwing up|vomit\w*|heart (?:is )?racing|cant (?:see|stay awake)|nobody knows)\b)`,
    ),
  },
  {
    // "he'd taken 'enough to finish it' an hour ago", "i've swallowed enough to not wake up": an
    // amount taken to die, said as done. Hyperbole ("enough to kill a horse") names no ending.
    id: "en.attempt-in-progress.took-enough-to-end",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:took|taken|swallowed|downed|had|drunk|drank)\x20(?:(?:his|her|their|my|the)\x20(?:[a-z]+\x20)?(?:pills|tablets|meds)\x20)?「?(?:just\x20)?enough\x20(?:(?:pills|tablets|meds|of (?:them|it|his pills|her pills|my pills))\x20)?to\x20(?:finish\x20(?:it|(?:him|her|them|me)(?:self|selves)?)|end\x20(?:it|things|(?:his|her|their|my)\x20life)|die|not\x20wake\x20up|never\x20wake\x20up|kill\x20(?:himself|herself|themselves|myself|him|her|me)|be\x20done|make\x20sure|do\x20it|go\x20to\x20sleep\x20for\x20good|sleep\x20forever|not\x20come\x20back)\b(?<!\b(?:years?|months?)\x20ago\b[^]{0,120})(?![^]{0,60}\b(?:years? ago|months? ago|in (?:19|20)\d\d|when (?:he|she|i) was|back then|lol|lmao|haha|film|movie|book|novel|game|show)\b)`,
    ),
  },
  {
    // "I'm not going to kill myself, but I did just swallow all my pills": the act said as done
    // with "did", after a denial of intent (not negatable: the pills are down).
    id: "en.attempt-in-progress.did-swallow",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\bdid (?:just |already |actually )?(?:swallow|take|down) ${PILL_AMOUNT} (?:of )?(?:my |the |these |those )?(?:[a-z]+\x20){0,2}?${PILLS}\b(?!\x20(?:off|out|t ?o (?:the|my|a|work|school)|away|from|back|with me|into)\b)(?![^]{0,40}\b(?:vitamins?|pharmacy|chemist|prescribed|doctor said|as prescribed|this morning like)\b)`,
    ),
  },
  {
    // "standing at the edge of the platform waiting for the express... tonight i don't think i'll
    // step back": at the edge, and not stepping back said (the "not" is the danger).
    id: "en.attempt-in-progress.wont-step-back",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:dont|do not) think (?:ill|i will|im going to|i am going to|i can)|(?:i )?(?:wont|will not)|(?:im |i am )?not going to|(?:im )?not gonna|never going to) step (?:back|away)\b(?<=\b(?:platform|tracks|edge|ledge|railing|rail|cliff|bridge|roof|rooftop|express|oncoming|train)\b[^]{0,200})(?![^]{0,60}\b(?:dance|stage|role|job|position|team|project|lol|haha)\b)`,
    ),
  },
  {
    id: "en.attempt-in-progress.overdosed",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(String.raw`\b(?:overdosed|overdosing|oded)\b|\bi (?:just |already )?(?:odd|od)\b`),
  },
  {
    id: "en.attempt-in-progress.at-the-edge",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:i am|currently|standing|sitting|sat|stood|perched|balancing) (?:standing |sitting |sat |stood |now |right now |already )?(?:on|at|by) (?:the |a |this |my )?(?:train |railway |rail |subway )?(?:edge(?!\x20of)|ledge|railing|cliff|(?:tracks|railway|railroad)(?!\x20(?:station|crossing|museum|bridge|company|line|of)\b))\b|\b(?:standing|sitting|sat|stood|climbed|climbing|perched) (?:on|onto|up|over) (?:the |a |this )?(?:bridge|roof|rooftop|railing|balcony railing|top of (?:the|a) (?:building|bridge|parking garage|tower))\b(?!\x20(?:team|club|game))`,
    ),
  },
  {
    // On a bridge's or a balcony's railing, a ledge, the wrong side of the barrier.
    id: "en.attempt-in-progress.on-the-railing",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:i am|sat|sitting|standing|stood|perched|balancing|crouching|climbed|climbing|leaning) (?:on|over|onto|out over|up on) (?:the |a |this |my |our )?(?:bridge|balcony|roof|rooftop|building|car park|parking garage|overpass|motorway|cliff|tower|platform|station|window|fire escape) (?:railing|railings|rail|ledge|parapet|barrier|guardrail|edge|wall)\b|\b(?:i am|sat|sitting|standing|stood|perched|balancing|crouching) (?:on|at) (?:the |a |this )?(?:ledge|parapet|edge of (?:the |a |this )?(?:roof|rooftop|building|bridge|cliff|platform|balcony|tower|car park|parking garage))\b|\b(?:on|climbed (?:over )?to|climbing (?:over )?to|over to|standing on|sitting on|sat on) the (?:wrong|outer|outside|other) side of the (?:railing|railings|barrier|guardrail|safety (?:rail|railing|fence|barrier)|balcony|bridge railing)\b`,
    ),
  },
  {
    // "is standing on the outside of the balcony rail on the 7th floor right now": someone on the
    // far side of a railing. A cat, a planter or washing hung there is not this.
    id: "en.attempt-in-progress.outside-the-rail",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`(?<!\b(?:cat|kitten|dog|bird|pigeons?|squirrel|ball|toy|planters?|pots?|plants?|flowers?|boxes|box|baskets?|lights?|washing|laundry|towels?|flags?|banners?|signs?)\x20(?:is\x20|are\x20|was\x20|were\x20|s\x20)?)\b(?:standing|stood|sitting|sat|crouching|crouched|perched|clinging|holding on|hanging on|climbed|climbing|got|gone|went|is|hes|shes|im|i am|he is|she is|they are|theyre)(?:\x20(?:out|over|back|now|right now|still|already))?\x20(?:on\x20|onto\x20|to\x20|over\x20to\x20)?the\x20(?:outside|wrong side|other side|outer side|far side)\x20of\x20(?:the\x20|a\x20|his\x20|her\x20|their\x20|my\x20)?(?:balcony\x20|bridge\x20|roof\x20|rooftop\x20|overpass\x20|platform\x20|car park\x20|motorway\x20)?(?:rail|railing|railings|barrier|guardrail|fence|parapet|balustrade)\b(?![^]{0,60}\b(?:to (?:fix|paint|clean|get|grab|rescue|save)|photo|selfie|lol|lmao|haha)\b)`,
    ),
  },
  {
    // A roof or a bridge alone is where people also are for ordinary reasons: a concern,
    // made a crisis by the escalation when another warning sign stands beside it.
    id: "en.attempt-in-progress.high-place",
    level: "concern",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:i am|currently) (?:now |right now |already )?(?:on|at) (?:the |a |this )?(?:bridge|roof|rooftop|top of (?:the|a) (?:building|bridge|parking garage|tower))\b(?!\x20(?:team|club|game|call|project|crew|terrace|garden|bar|deck|pool|party))`,
    ),
  },
  {
    id: "en.attempt-in-progress.bleeding",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:wont|will not|cant|doesnt|does not|isnt|is not|wouldnt) stop bleeding\b|\b(?:the|my|this) cuts? (?:on my (?:arm|wrist|leg|thigh|stomach) )?(?:still )?(?:wont|will not|doesnt|does not|isnt|is not) stop(?:ping)?\b(?=\x20?(?:$|[.,!]|and\b|the\b|its\b))|\bbleeding (?:a lot|so much|everywhere|heavily|badly|out)\b|\bcut too deep\b|\b(?:lost|losing) (?:a lot of|so much|too much) blood\b|\bblood everywhere\b|\b(?:the )?(?:rope|noose|pills|gun|note|chair)${NOT_A_ROPE} (?:is|are) (?:all )?(?:ready|tied|set up|loaded|in place|prepared)\b`,
    ),
  },
  {
    // On a roof or a bridge and "I don't think I'm going back down".
    id: "en.attempt-in-progress.not-going-down",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:going|coming|climbing|getting|go|come) (?:back )?down\b(?<=\b(?:not|never|dont think i am|do not think i am|dont think ill|dont think i will|i wont be|i will not be|i am not|not sure i am|dont want to|do not want to|dont plan on) (?:going|coming|climbing|getting|go|come) (?:back )?down)(?=\x20?(?:$|[.,]|again|this time|ever|alive))(?<=\b(?:roof|rooftop|bridge|ledge|up here|top of|edge|balcony|tower|cliff|railing|parapet|crane|pylon|car park|parking garage|storey)\b[^]{0,180})`,
    ),
  },
  {
    // Said flatly, at the start of a sentence: "on the tracks near the crossing", "up on the
    // ledge of the car park", "lying between the rails".
    id: "en.attempt-in-progress.flat-at-the-edge",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`(?:(?:^|[.,]\x20?)(?:i am |im |now |currently |right now )?(?:up |out |sitting |standing |lying |laying |sat |stood |perched |kneeling )?(?:on|at|between|across) (?:the |a |these )?(?:train |railway |rail |subway |freight )?(?:tracks|rails|railway line|ledge|parapet|roof edge|edge of (?:the |a |my )?(?:roof|building|bridge|cliff|car park|parking garage|platform|overpass)|wrong side of (?:the |a )?(?:railing|barrier|fence|guardrail))\b(?!(?<=tracks|rails)\x20(?:of|on|by|from|in|for|list)\b)(?!\x20(?:i|you|we|they|he|she)\b)|\b(?:lying|laying|sitting|standing|sat|kneeling) (?:on|between|across) (?:the )?(?:train |railway |rail )?(?:tracks|rails)\b)` +
        // p19now (after round 24): at a cliff's edge taking pictures of the view is sightseeing.
        String.raw`(?![^]{0,60}\b(?:taking (?:pics|photos|pictures|a selfie|selfies)|selfies?|the view|views|sunset|sunrise|sightseeing|tour group)\b)`,
    ),
  },
  {
    // A car left running in a closed garage.
    id: "en.attempt-in-progress.engine-running",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:in|inside) (?:the|my|our) (?:closed |shut |locked )?garage\b[^.]{0,40}?\b(?:engine|car|motor) (?:running|on|going)\b|\b(?:engine|car|motor) (?:running|on|going)\b[^.]{0,30}?\bin (?:the|my|our) (?:closed |shut |locked )?garage\b|\bhose (?:from|on|in) the exhaust\b|\bexhaust (?:pipe )?into the (?:car|window)\b`,
    ),
  },
  {
    // "stopped eating and taking my insulin. whatever happens happens": stopping what keeps one alive.
    id: "en.attempt-in-progress.stopped-care",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:stopped|quit|skipping|skipped|stopped taking|not taking)\b[^.]{0,24}?\b(?:insulin|dialysis|heart (?:meds|medication|pills|tablets)|seizure meds|transplant meds)\b[^]{0,40}?\b(?:whatever happens|let it|don'?t care|do not care|happens happens|take me|on purpose|sort itself out|easier this way|happen quietly|go quietly|slip away|natural causes)\b`,
    ),
  },
  {
    // "my daughter is climbing the bridge railing", "sitting on the balcony railing. 8th floor".
    id: "en.attempt-in-progress.over-the-railing",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:i am|i|he is|she is|they are|hes|shes|(?:my )?(?:daughter|son|husband|wife|partner|brother|sister|friend|boyfriend|girlfriend|mom|mum|dad|kid|granddaughter|grandson|roommate|flatmate)(?: is)?) (?:now |just |still )?(?:climbing|climbed|standing on|sitting on|over|straddling|on the wrong side of) (?:the|a|my) (?:bridge |balcony |roof |rooftop |overpass )?(?:railing|ledge|parapet|edge|barrier)\b`,
    ),
  },
  {
    // "havent had any water since thursday. dont really want any", "he has not eaten or drunk
    // anything for 4 days. he says he is finishing": food or water refused for days, with no
    // wish to start or a word that it is meant. Illness and fasting have their reasons beside.
    id: "en.attempt-in-progress.refusing-food-water",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`(?<!\b(?:bug|flu|virus|covid|sick|ill|fasting|fast|ramadan|surgery|operation|procedure|colonoscopy|dentist|tooth|nauseous|nausea|stomach|vomiting|throwing up)\b[^]{0,100})\b(?:havent|have not|hasnt|has not|not|didnt|did not|hadnt|stopped)\b (?:had|eaten|drunk|drank|touched|eating|drinking) (?:any(?:thing)?|a thing|a drop|food|water|a bite|or drunk anything|and drunk anything)?(?: (?:or|and) (?:drunk|drank|had) (?:anything|any water|a drop))?[^.]{0,20}?\b(?:since (?:mon|tues|wednes|thurs|fri|satur|sun)day|for (?:\d+|two|three|four|five|six|several|a few|many) days|for days|in (?:\d+|two|three|four|five|several) days)\b(?![^]{0,100}\b(?:bug|flu|virus|covid|fasting|ramadan|surgery|operation|procedure|colonoscopy|dentist|nauseous|nausea|vomiting|throwing up|too busy)\b)[^]{0,60}?\b(?:(?:dont|do not|not|doesnt|does not) (?:really |even )?(?:want|planning|plan|going|gonna|intend|care|need|feel like|bother)\b[^.]{0,20}?\b(?:any|to (?:start|eat|drink)|about it|eating|drinking|food|water)|whats the point|no point|dont care|why bother|let it happen|finishing|finished|see what happens|just want it over|want it to be over)\b|\b(?:not|hasnt|has not|havent|have not) (?:eaten|had anything to eat) (?:or|and|nor) (?:drunk|drank|had anything to drink|had any water) (?:anything )?(?:for (?:\d+|two|three|four|five|six|several|a few|many) days|for days|since (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?![^]{0,100}\b(?:bug|flu|virus|covid|fasting|ramadan|surgery|operation|procedure|colonoscopy|nauseous|nausea|vomiting|throwing up)\b)`,
    ),
  },
  {
    // "no sound at all and the food tray is untouched. he doesnt answer" for days: a person
    // silent behind a door, food left for days: someone has to go in, or call, now.
    id: "en.attempt-in-progress.silent-room-days",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:(?:food|tray|meals?|plates?|dinner|breakfast|lunch|sandwich|bowl)\b[^.]{0,25}?\b(?:untouched|not been touched|hasnt been touched|still (?:there|full|outside (?:the|his|her) door))|(?:hasnt|has not|hadnt|not|didnt|did not|havent) (?:touched|eaten) (?:the |his |her |their |any )?(?:food|tray|meals?|plates?|dinner))\b(?:(?<=\b(?:no sound|not a sound|not a peep|no noise|silent|silence|(?:doesnt|does not|wont|will not|hasnt|has not|not|isnt|is not) (?:answer|answered|answering|respond|responded|responding|reply|replied|replying)|no (?:answer|response|reply))\b[^]{0,200})|(?=[^]{0,160}\b(?:no sound|not a sound|not a peep|no noise|silent|silence|(?:doesnt|does not|wont|will not|hasnt|has not|not|isnt|is not) (?:answer|answered|answering|respond|responded|responding|reply|replied|replying)|no (?:answer|response|reply))\b))(?:(?<=\b(?:\d+|two|three|four|five|six|seven|several|a few|few|many) (?:whole )?days\b[^]{0,250})|(?=[^]{0,200}\b(?:(?:\d+|two|three|four|five|six|seven|several|a few|many) (?:whole )?days|for days)\b))(?![^]{0,120}\b(?:i can hear|can hear (?:him|her|them)|hear (?:him|her|them)|gaming|game|snoring|toilet|flush\w*|typing|music|tv|texts? (?:me )?back|read my (?:texts|messages)|sulking)\b)`,
    ),
  },
  {
    // "bags of charcoal in his room and he's sealed the door with tape": charcoal and a sealed
    // room, either order.
    id: "en.attempt-in-progress.charcoal-sealed-room",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`(?<!\b(?:bbq|barbecue|grill\w*|drawing|sketch\w*|art|paint\w*|storm|hurricane|typhoon)\b[^]{0,80})\b(?:charcoal\b[^]{0,80}?\b(?:(?:taped|sealed|blocked|stuffed) (?:up )?(?:the |all the |his |her |my )?(?:windows?|doors?|vents?|gaps)|(?:windows?|doors?|vents?|window edges|gaps)\b[^.]{0,12}?\b(?:taped|sealed|blocked))|(?:(?:taped|sealed|blocked) (?:up )?(?:the |all the |his |her |my )?(?:windows?|doors?|vents?|window edges|gaps)|(?:windows?|doors?|vents?)\b[^.]{0,30}?\b(?:taped|sealed|blocked))\b[^]{0,80}?\bcharcoal)\b(?![^]{0,60}\b(?:bbq|barbecue|grill\w*|drawing|sketch\w*|art class|storm|hurricane|typhoon)\b)`,
    ),
  },
  {
    // "no one has seen mrs k since last week. flies on the inside of her window and a smell": a
    // person unseen, a smell and flies: someone must go in, or call, now.
    id: "en.attempt-in-progress.unseen-smell-flies",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`(?<!\b(?:bins?|rubbish|trash|compost|fruit|bananas|drains?|fridge|mouse|rats?|possum|bbq)\b[^]{0,80})\b(?:flies|blowflies)\b(?:(?<=\b(?:smell|stench|stink|odou?r)\b[^]{0,150})|(?=[^]{0,150}\b(?:smell|stench|stink|odou?r)\b))(?:(?<=\b(?:not (?:been )?seen|hasnt been seen|havent seen|no one has seen|nobody has seen|not answering|no answer|doesnt answer|hasnt answered|mail (?:is )?piling|post (?:is )?piling)\b[^]{0,250})|(?=[^]{0,250}\b(?:not (?:been )?seen|hasnt been seen|havent seen|no one has seen|nobody has seen|not answering|no answer|doesnt answer|hasnt answered)\b))(?![^]{0,150}\b(?:bins?|rubbish|trash|compost|fruit|bananas|drains?|fridge|mouse|rats?|possum|bbq)\b)`,
    ),
  },
  {
    // "already started. cant breathe properly", "i started. getting really sleepy now": an act
    // said as begun, with no object, and a body giving way. A run, the stairs, a cold, a diet
    // or a show begun are not this.
    id: "en.attempt-in-progress.started-body-sign",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`(?:^|[.,!]\x20?)(?:(?:i |ive |i have )?(?:already |just )?|already |just )(?:started|begun|began)(?: it)?(?: already)?(?=\x20?(?:$|[.,!]|and\b|so\b|now\b))[^]{0,60}?\b(?:(?:cant|cannot|can not|hard to|struggling to|difficult to) (?:breathe?|breath)(?: properly| well| right)?|breathing (?:is )?(?:hard|weird|slow|funny|heavy|shallow)|(?:getting|feeling|feel|so|really|very) (?:sleepy|drowsy|dizzy|numb|faint)|(?:everything|vision|eyes) (?:is |are )?(?:going )?(?:blurry|dark|black|fuzzy)|(?:hands|fingers|legs|arms|lips) (?:are |is |going |gone |feel |feeling ){0,2}(?:numb|tingling|heavy|blue)|(?:cant|cannot) (?:feel|move) my (?:hands|legs|arms|fingers|face)|passing out|going to pass out)\b(?<!\b(?:${NOT_THE_ACT})\b[^]{0,140})(?![^]{0,80}\b(?:${NOT_THE_ACT})\b)`,
    ),
  },
  {
    // "haven't eaten in 6 days on purpose ... I just want my body to give up": food refused so
    // that the body gives out, either order. A fast, an operation or a bug are not this; "not a
    // diet" is said by the person, so a diet is not a way out here.
    id: "en.attempt-in-progress.starving-body-give-up",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:havent|have not|hasnt|not|stopped|quit|refusing|refused|refuse|wont)\b (?:to )?(?:eaten|eating|eat|had (?:any |a )?(?:food|meal|bite)|touched (?:food|a meal))\b[^]{0,120}?${BODY_GIVES_UP}|${BODY_GIVES_UP}[^]{0,80}?\b(?:havent|have not|not|stopped|quit|refusing|refused|refuse|wont)\b (?:to )?(?:eaten|eating|eat)\b)(?<!\b(?:fast|fasting|ramadan|surgery|operation|procedure|colonoscopy|endoscopy|bug|flu|virus|covid|nauseous|nausea|vomiting|stomach|gastro|dentist|tooth)\b[^]{0,200})(?![^]{0,100}\b(?:fast|fasting|ramadan|surgery|operation|procedure|colonoscopy|bug|flu|virus|covid|nausea|vomiting|gastro)\b)`,
    ),
  },
  {
    // "i tooke 30 of the tylenol like an hour ago is that bad", "swallowed the whole pack, will i
    // be ok": an overdose taken, asked about as a question (typos and all). Two tablets, or a
    // dose in milligrams, are not this.
    id: "en.attempt-in-progress.took-then-asked",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:took|tooke|tookd|tok|taken|takin|swallowed|swallowd|swalowed|downed|popped|ate|had)\x20${TAKEN_AMOUNT}${NOT_A_UNIT}\x20(?:of\x20)?(?:my |the |these |those |mums |moms |dads |her |his )?(?:[a-z]+\x20){0,2}?(?:${PILLS}|${MORE_PILLS})\b|\b(?:${PILLS}|${MORE_PILLS})\b[^]{0,40}?\b(?:took|tooke|taken|swallowed|swallowd|downed|popped|had)\x20${TAKEN_AMOUNT}${NOT_A_UNIT}\x20of (?:them|those|these|it))[^?]{0,50}?\b(?:is (?:that|it|this) (?:bad|dangerous|a lot|too much|too many|serious|enough|ok|okay|safe|normal)|will i (?:be (?:ok|okay|fine|alright)|die|wake up)|am i (?:going to|gonna) (?:die|be ok|be okay|be fine)|should i (?:go|call|be worried|worry|throw up|make myself)|what (?:happens|will happen)|how long (?:until|till|before|does it take)|do i need (?:to go|a doctor|hospital)|can it kill)\b`,
    ),
  },
  {
    // "made it to the roof. the railing is lower than i thought": at a height now, and the
    // barrier found easy to cross. A report about a dangerous railing (kids, the landlord,
    // photos) is not this.
    id: "en.attempt-in-progress.at-height-barrier-low",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:(?:im|i am|made it|got|went|climbed|came) (?:up )?(?:on|onto|to|at|up to) (?:the )?(?:top of (?:the |a )?)?(?:roof|rooftop|bridge|overpass|car park|parking garage|tower|top floor|top)|(?:on|at) the (?:roof|rooftop|bridge|overpass) now|up (?:on|at) the (?:roof|bridge|top) now)\b[^]{0,60}?\b(?:railing|railings|barrier|fence|wall|parapet|rail|guardrail)(?:s)?(?: is| are|s)? (?:only |so |really |pretty |way |much |a lot )?(?:lower than i thought|lower than i expected|lower than i remembered|low|short|waist high|easy to climb|easy to get over|not (?:very |that )?high)\b(?<!\b(?:kids?|children|toddler|landlord|council|report|complain\w*|photos?|pics?|selfie|view|sunset|safety|health and safety|inspection|repair\w*|fix\w*|drinks|bar|party)\b[^]{0,160})(?![^]{0,80}\b(?:kids?|children|landlord|council|report|photos?|pics?|view|sunset|safety|dangerous for|someone could|should be fixed|drinks|party)\b)`,
    ),
  },
  {
    // "the knife is next to me. i keep pressing it in harder each time": a blade pressed into the
    // skin now. A knife pressed into dough, a cake or garlic is not this.
    id: "en.attempt-in-progress.blade-pressed-in",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`(?:\b(?:knife|blade|razor|scissors|glass|shard)\b[^]{0,60}?\b(?:keep|kept|keeps|am|im|been|started|just) (?:pressing|pushing|digging|dragging|holding) (?:it|the (?:knife|blade|razor)) (?:in|into|against|on|harder|deeper)\b|\b(?:pressing|pushing|digging|holding) (?:the |a |my )?(?:knife|blade|razor) (?:in(?:to)?|against|to|on) my (?:wrist|arm|skin|thigh|throat|neck|leg)\b)(?<!\b(?:dough|cake|bread|garlic|butter|cheese|meat|clay|cooking|chopping|recipe|film|movie|scene|game)\b[^]{0,120})(?![^]{0,60}\b(?:dough|cake|bread|garlic|butter|cheese|meat|clay|cooking|recipe|film|movie|scene|game)\b)`,
    ),
  },
  // ----------------------------------------------- fifteenth pass (after round 20), own acts
  {
    // "I drink many pill now. I feel very sleepy and heart is fast", "had half a bottle of vodka
    // then the sleeping pills. room's spinning": pills in an amount, or after drink, and the body
    // giving way now (learners' English too). A cold remedy, an allergy pill or new meds making
    // one drowsy are not this.
    id: "en.attempt-in-progress.pills-taken-body-sign",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:drink|drank|drinked|took|take|taking|ate|eat|swallowed|swallow|had|popped)\x20(?:so |very |too )?(?:many|much|a lot of|lots of|loads of|a load of|all|all of|the whole|half|half of|a handful of|a bunch of|(?:[89]|[1-9]\d))${NOT_A_UNIT}\x20(?:of\x20)?(?:my |the |these |those |mums |moms |dads )?(?:[a-z]+\x20){0,1}?(?:${PILLS}|${MORE_PILLS})\b(?!\x20of\x20(?:wine|beer|vodka|whisky|whiskey|gin|rum|soju|sake|booze|water|juice|milk|coke|cola|soda|tea|coffee)\b)|\b(?:vodka|whisky|whiskey|wine|beer|gin|rum|soju|sake|booze|alcohol)\b[^.]{0,30}?\b(?:then|and|with|plus|after) (?:the |my |all (?:the |my )?)?(?:${PILLS}|${MORE_PILLS})\b)[^]{0,80}?\b(?:(?:very|so|really|super|getting|feel|feeling|i am) (?:very |so |really )?(?:sleepy|drowsy|dizzy)|heart (?:is )?(?:so |very |really )?(?:fast|racing|pounding|beating (?:so |really |very )?fast|going (?:so |really )?fast)|(?:room|rooms|room is|everything|everything is) spinning|(?:cant|cannot|hard to) (?:breathe|stay awake|keep my eyes open)|(?:hands|lips|fingers) (?:are |feel |going )?(?:numb|tingling)|vision (?:is )?(?:blurry|going))\b(?<!\b(?:cold|flu|allerg\w*|hay fever|prescribed|doctor|side effects?|as directed|new meds|coffee|energy drinks?|caffeine|vitamins?)\b[^]{0,160})`,
    ),
  },
  {
    // "I am sitting on the window of the 6 floor. my legs are outside": on a window or a ledge
    // high up, legs over the outside. A cat, a photo, cleaning or painting are not this.
    id: "en.attempt-in-progress.legs-out-high-window",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:sitting|sat|perched) (?:on|in|at) (?:the |a |my )?(?:window|windowsill|window sill|window ledge|ledge|balcony railing|balcony rail|railing|edge)\b[^.]{0,30}?(?:\b\d+(?:st|nd|rd|th)? floor|\bfloor \d+|\btop floor|\broof)\b[^]{0,40}?\b(?:my )?(?:legs|feet) (?:are |is )?(?:outside|over the edge|over the side|dangling|hanging (?:out|over|down))\b(?<!\b(?:cat|kitten|photo\w*|pics?|cleaning|painting|window cleaner|sunbath\w*)\b[^]{0,120})`,
    ),
  },
  {
    // "sealed the room and lit it. hard to breathe. sorry": a room or a car sealed, a fire lit
    // in it, and breath short or a goodbye. Candles, incense, a fireplace or cooking are not this.
    id: "en.attempt-in-progress.sealed-fire-body-sign",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:sealed|taped|shut|closed|blocked) (?:up )?(?:the |my |all the )?(?:room|windows?|doors?|vents?|gaps|car)\b[^]{0,40}?\b(?:lit|lighted|started|set) (?:it|the (?:charcoal|coals?|bbq|grill|fire|burner)|a fire|the thing)\b[^]{0,40}?\b(?:hard to breathe|cant breathe|cannot breathe|struggling to breathe|head (?:is )?(?:pounding|spinning|hurts)|dizzy|sleepy|sorry|goodbye|bye)\b(?<!\b(?:candles?|incense|fireplace|stove|oven|cooking|sauna|fire drill|sage|bonfire|log burner|wood burner)\b[^]{0,120})`,
    ),
  },
  {
    // "stopped eating. day 5 today. cutting down on water too": food stopped for days and water
    // cut down too. A fast, Ramadan, an operation or a stomach bug are not this.
    id: "en.attempt-in-progress.food-stopped-water-cut",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:stopped|quit) (?:eating|food)\b[^]{0,40}?\b(?:day \d+|\d+ days|(?:three|four|five|six|seven) days)\b[^]{0,40}?\b(?:cutting (?:down|back) on|barely drinking|stopped drinking|not drinking|drinking less|less) (?:any )?water\b(?<!\b(?:fast|fasting|ramadan|surgery|operation|procedure|colonoscopy|bug|flu|virus|nause\w*|vomiting|gastro|detox|juice cleanse)\b[^]{0,160})`,
    ),
  },
  // ----------------------------------------------- sixteenth pass (after round 21), own acts
  {
    // "charcoal's lit. windows taped. just wanted someone to know": the charcoal lit and the room
    // sealed, in either order, said as done, with no body sign yet. A barbecue, a grill in the
    // garden, camping or a draught taped up for winter are not this.
    id: "en.attempt-in-progress.charcoal-lit-sealed",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`(?:\bcharcoal(?:s| is| has been| got)? (?:lit|burning|going|smoking)\b[^]{0,50}?\b(?:windows?|doors?|vents?|gaps|room|car)(?: are| is|s| all)? (?:(?:all |already )?(?:taped|sealed|blocked|taped up|sealed up|shut tight))\b|\b(?:windows?|doors?|vents?|gaps|room|car)(?: are| is|s| all)? (?:(?:all |already )?(?:taped|sealed|blocked|taped up|sealed up))\b[^]{0,50}?\bcharcoal(?:s| is| has been)? (?:lit|burning|going|smoking)\b)(?<!\b(?:bbq|barbecue|grill\w*|garden|patio|yard|camping|burgers?|sausages?|steaks?|guests|draughts?|drafts?|winter|insulation|mosquito\w*)\b[^]{0,160})(?![^]{0,60}\b(?:bbq|barbecue|grill\w*|garden|patio|burgers?|sausages?|steaks?|guests|food|draughts?|drafts?|insulation)\b)`,
    ),
  },
  {
    // "4:07am. the express comes through at 5:20 and doesnt stop here. im at the station already":
    // a train that does not stop, its time, and the writer at the station or setting off now.
    // Trainspotting, a photo, a commute or a missed stop are not this.
    id: "en.attempt-in-progress.nonstop-train-at-station",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:express|train|freight|fast train|intercity)\b[^.]{0,40}?\b(?:\d{1,2}[:.]\d\d|doesnt stop|does not stop|dont stop|wont stop|non ?stop|passes through|comes through|goes through)\b[^]{0,60}?(?:\b(?:doesnt|does not|wont) stop\b[^]{0,60}?)?\b(?:(?:i am|im) (?:already )?(?:at|on) the (?:station|platform)|already at the (?:station|platform)|(?:heading|walking|going) (?:to|for) the (?:station|platform) now|shoes (?:are )?on)\b(?<!\b(?:photo\w*|pics?|camera|trainspott\w*|spotting|film\w*|video|shoot|commute|work|late|missed)\b[^]{0,160})(?![^]{0,60}\b(?:photo\w*|pics?|camera|trainspott\w*|spotting|film\w*|video|shoot|commute|late|missed)\b)`,
    ),
  },
  {
    // "woke up on the bathroom floor. guess the pills didnt work. throat burns": an attempt just
    // made and survived. Pills for a headache, for sleep, or a cold are not this.
    id: "en.attempt-in-progress.woke-after-pills",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:woke up|came to|came round|came around)\b[^]{0,60}?\b(?:guess |so )?(?:the )?(?:pills|tablets|overdose|od)\b (?:didnt|did not) work\b[^]{0,60}?\b(?:throat|floor|still (?:here|alive)|not calling|cant stand|vomit\w*|threw up|head)\b(?<!\b(?:headache|migraine|period|cramps|pain|sleeping pills|melatonin|insomnia|cold|flu|allerg\w*|hay fever)\b[^]{0,160})`,
    ),
  },
  // ------------------------------------------------------------------------------------------
  // The eighteenth pass, the writer's own (p18own, after round 23): acts under way now.
  {
    // "the bath water's turned red and i feel faint": bleeding in a bath, with the body giving
    // out or the bleeding not stopping. A bath bomb, bath salts, hair dye, rust, a nosebleed or
    // a period said beside it is not this.
    id: "en.attempt-in-progress.bath-red",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:bath|bathwater|bath water|tub|bathtub)(?:s| is| has| water)?(?: is| has)? (?:gone|going|turned|turning|getting|all|now|really|so)? ?(?:red|pink|crimson)\b[^]{0,80}?\b(?:lightheaded|light headed|dizzy|woozy|faint|fainting|going cold|so cold|shaking|wont stop|will not stop|not stopping|cant stop (?:it|the bleeding)|too far|too deep|didnt mean to|blacking out|fading|drifting)\b(?<!\b(?:bath ?bombs?|bath salts?|lush|dye|dyed|henna|nosebleed|nose bleed|bloody nose|period|beetroot|wine|petals|food colou?ring|rust|rusty|pipes?|iron|boiler|plumber|clay|mask)\b[^]{0,160})(?![^]{0,40}\b(?:bath ?bombs?|bath salts?|dye|nosebleed|nose bleed|period|rust|pipes?)\b)`,
    ),
  },
  {
    // "heading to the bridge now. this is it": on the way to a high place or the water now,
    // said as a last act. A photo, fishing, a run, the sunset, or a last visit before a move or
    // the end of a holiday is not this.
    id: "en.attempt-in-progress.to-a-high-place-now-last",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:heading|going|walking|driving|off|on my way|cycling|getting the bus|getting a taxi|leaving) (?:out |down |up |over )?(?:to|towards|up to|down to|out to) (?:the|that|a|our) (?:[a-z]+\x20)?(?:bridge|roof|rooftop|cliffs?|tracks|railway|overpass|viaduct|quarry|pier|river|dam|multi ?storey)\b(?: (?:now|rn|right now))?(?![^.]{0,40}\b(?:tomorrow|next|when|once|after|later|tonight|at the weekend|this weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:a|an|the) (?:few|couple|week|month|hour))\b)[^]{0,60}?\b(?:this is it|last time|for the last time|one last time|last message|wont be back|will not be back|not coming back|not coming home|goodbye|bye everyone|bye all|thats it then)\b(?<!\b(?:photos?|pics?|picture|camera|fish|fishing|run|running|jog|jogging|walk the dog|dog walk|sunset|sunrise|fireworks|date|concert|picnic|party|swim|swimming|view|gig|bar|drinks|shift|holiday|summer|term|trip|season|moving|move|visit|tour|match|game|festival|training|practice|race)\b[^]{0,120})`,
    ),
  },
  {
    // "minus six out and im on a bench in the park. not going back in": out in the cold now and
    // not going back, or content to fall asleep out there. Camping, stargazing, a queue,
    // fireworks, locked out, or "not until" something ends are not this.
    id: "en.attempt-in-progress.out-in-the-cold",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:minus|-) ?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)|below (?:zero|freezing)|sub ?zero|freezing|snowing|in the snow|frost|icy|so cold|bitter(?:ly)? cold)\b(?=[^]{0,100}?\b(?:(?:not|never) going (?:back )?(?:in|inside|home)(?! (?:till|until|before|yet)\b)|(?:wont|will not) go (?:back )?(?:in|inside|home)(?! (?:till|until|before|yet)\b)|not coming (?:back )?in(?:side)?(?! (?:till|until|before|yet)\b)|(?:if|when) i (?:fall asleep|pass out|drift off|nod off) out here\b[^.]{0,30}?\b(?:fine|ok|okay|good|alright|whatever|so be it|dont care)|let the cold (?:take|do)|freeze to death)\b)(?<!\b(?:camp\w*|tent|sleeping bag|bivvy|stargaz\w*|meteor|aurora|northern lights|festival|queue\w*|in line|tickets?|fireworks|countdown|hunting|fishing|cold plunge|wim hof|locked out|keys|smok\w*|vap\w*|snowman|sledg\w*|kids|dog)\b[^]{0,100})(?![^]{0,160}\b(?:camp\w*|tent|sleeping bag|bivvy|stargaz\w*|meteor|aurora|northern lights|festival|queue\w*|in line|tickets?|fireworks|countdown|hunting|fishing|cold plunge|wim hof|locked out|keys|smok\w*|vap\w*|snowman|sledg\w*|kids|dog)\b)`,
    ),
  },
];
