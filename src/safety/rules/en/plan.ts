/** The en rules of category `plan`; each rule's examples are in test/safety/rule-examples.json. */
import { en, type RiskRule } from "../../rule-types.js";
import {
  A_DAY,
  ADV,
  AWAY_OR_ASLEEP,
  HOUSEHOLD,
  OCCASION,
  PILLS,
  phrase,
  SPARED,
} from "./patterns.js";

/** What a countdown of days is for, in everyday life, and a city's sights on an itinerary. */
const COUNTDOWN_OCCASION =
  "trip|holidays?|vacation|itinerary|tour|hike|hiking|walk|visit\\w*|sightsee\\w*|museum|zoo|beach|exams?|revision|challenge|advent|christmas|wedding|move|moving|camp\\w*|festival|race|marathon|training|workout|photo\\w*|cruise|travel\\w*|honeymoon|countdown to|until|till|term|semester|school|job|contract|streak|diet|detox|sober|lent|ramadan|game|quest|event";
/** What is tried again "this time": a test, a recipe, a diet, a game. */
const TRIED_AT =
  "test|exam|recipe|bread|cake|bake|baking|interview|driving|level|boss|game|diet|knit\\w*|paint\\w*|sourdough|audition|diy|install\\w*|update|login|password|code|build|smoking|vape|vaping|quit|date|relationship|app|software|plant|garden|run|marathon|business|startup|application|visa|recipe|pancakes?|gym|lift|pr|speedrun|raid";
/** Means one buys, named after "bought". */
const BOUGHT_MEANS =
  "(?:charcoal|rope|a noose|helium|pills|tablets|paracetamol|razor blades?|blades|a gun|poison|weedkiller|antifreeze|an exit bag)";
/** The act, unnamed, set for a time. */
const DOING_IT_WHEN = String.raw`\b(?:(?:im |i am |ill |i will |going to )?doing it|(?:im |i am )?going through with it|it happens|(?:its|it is) happening) (?:this weekend|tonight|tomorrow|this week|next week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at the weekend|after (?:christmas|my birthday))\b`;
/** What charcoal, a rope or helium is bought for, in everyday life. */
const MEANS_ERRAND =
  "bb?q|barbecue|barbie|grill\\w*|cookout|drawing|art|sketch\\w*|climbing|climb|camping|party|balloons?|garden\\w*|weeds|radiator|boat|tent|hike|moving|fishing|swing|tow|crafts?|pottery|forge|smoker|cooking|cold|flu|headache|fever|vet|dog|cat|hammock|clothesline|washing line|macrame|knots?|sail\\w*|pulley|tree ?house|bunting|decorations?|prescri\\w*|doctor|gp|dose|course|starting|new (?:meds|medication|pills)|antidepressants?|antibiotics|vitamins";

/** A plan said to hold, for a day or an empty house. */
const PLAN_STILL_ON = String.raw`\bthe plan(?: is|s)? (?:still )?(?:on|going ahead|happening|set)\b[^.,]{0,30}?(?:${A_DAY}|when (?:everyone|everyones|everybody|nobody|nobodys|no one)\b)`;
/** Letters or a note said to lie where they will be found. */
const LETTERS_LEFT = String.raw`\b(?:the |my )?(?:letters?|notes?) (?:are|is) (?:in|on|under) (?:the|my) (?:drawer|desk|bed|pillow|table|bedside table|kitchen table|shelf|top drawer)\b`;
/** What a plan with letters also is in daily life: a party, a surprise, post. */
const PLAN_OCCASION =
  "party|surprise|birthday|christmas|xmas|wedding|anniversary|santa|valentines?|post|mail|posting|send|stamps?|invitations?|cards?|presents?|gifts?|school|teacher|homework|game|quest|dnd|campaign";
/** What a time and a high place also are: going out, a view, a meeting. */
const PLACE_OUTING =
  "bar|pub|restaurant|cafe|cinema|party|gig|concert|drinks|meet|meeting|meetup|fireworks|stars|stargazing|view|sunset|sunrise|photos?|photography|shoot|picnic|date|tour|skate|parkour|game|event|gutters?|roofers?|repairs?|repairing|scaffold\\w*|solar panels?|aerial|antenna|leaks?|roof tiles?|shingles";

/** A time said bare: "3am", "at 11", "tonight" (the normaliser writes 4:30 as 4,30). */
const BARE_TIME = String.raw`(?:tonight|tomorrow(?: night| morning)?|midnight|dawn|sunrise|first light|\d{1,2}(?:[:,]\d\d)? ?(?:am|pm)|\d{1,2}(?::\d\d)?(?=\x20?[.,!]))`;
/** A high place, the tracks or deep water, named bare. */
const BARE_PLACE =
  "(?:roof|rooftop|top floor|top deck|bridge|footbridge|cliffs?|tower|overpass|viaduct|flyover|ledge|railway|railroad|train tracks|tracks|level crossing|car park roof|parking garage|platform edge|edge of the platform|station platform|train platform|end of the pier|pier|dam|quarry)";
/** Where the place is, said after it: "on route 9", "behind the school". */
const BARE_WHERE = String.raw`(?:\x20(?:on|at|by|behind|near|over|off|in|of|across|next to|under|above|outside|past|beyond|along|towards|up|down)\x20[^.!?]{0,30}?)?`;
/** What closes a bare time and place: nothing more to say, nothing to answer. */
const BARE_CLOSER =
  "(?:thats all|that is all|thats it|that is it|nothing else|no questions|dont ask|do not ask|dont reply|do not reply|dont answer|dont text (?:me|back)|dont follow me|dont look for me|dont try to stop me|dont stop me|dont come|goodbye|bye)";
/** All of the pills, unnamed: "all of these", "the whole lot". */
const ALL_OF_THEM =
  "all (?:of )?(?:these|those|them|my|the)|all (?:of )?(?:it|that)|every (?:one|single one|last one)|the whole (?:lot|bottle|box|pack|packet|strip)|the rest of (?:them|these|my|the)";
/** Oversleeping after a cold remedy or a late night: what "if i dont wake up" also asks for. */
const OVERSLEPT =
  "alarm|late|work|school|class|call in|sick|nap|cold|flu|nyquil|oversleep|sleep in|lie in|knock|wake me|call me|text me|shift|interview|melatonin";

export const EN_PLAN_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- plan
  {
    id: "en.plan.intent",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:going to|will|ill|planning to|plan to|planning on|decided to|have decided to|made up my mind to|about to|ready to|intend to) ${ADV}(?:kill myself|end my life|end it all|take my (?:own )?life|hang myself|shoot myself|slit my (?:wrists|wrist|throat)|commit suicide|unalive myself|overdose(?!\x20on\x20(?:caffeine|sugar|coffee))|od\b|jump off|jump in front|jump from|throw myself (?:off|in front|under|from))`,
    ),
  },
  {
    id: "en.plan.have-a-plan",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:have|made|got) (?:a |the )?plan (?:to|for|on how to) ${ADV}(?:die|end|kill|take my|commit|do it|unalive)\b|\bknow (?:how|when|where) (?:ill|i will|i am going to|i would|to) (?:do it|end it|die|kill myself)\b|\b(?:tonight|today)(?: is| s|s) the (?:night|day)\b[\s\S]{0,60}?\b(?:doing it|do it|going through with it|end it|goodbye)\b|\b(?:decided|made up my mind|its decided|it is decided)\b[^.]{0,20}\b(?:tonight|today|tomorrow|this weekend)(?: is| s|s) the (?:night|day)\b`,
    ),
  },
  {
    id: "en.plan.take-pills",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:going to|will|ill|want to|planning to|plan to|about to|thinking about|thinking of|might|should|could|ready to|decided to) ${ADV}(?:take|taking|swallow|swallowing|down|od on|overdose on) (?:all|all of|every|each of|the whole|a whole|an entire|the entire|the rest of|too many|a lot of|lots of|a bunch of|a handful of|(?:[5-9]|\d{2,})) (?:of )?(?:my |the |these |those )?(?:[a-z]+\x20)?${PILLS}\b|\b(?:pills|meds|tablets|bottle)\b[^.]{0,60}?\b(?:going to|will|ill|about to|want to|ready to) (?:take|swallow|down) (?:them|it) all\b`,
    ),
  },
  {
    id: "en.plan.jump",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:going to|will|ill|planning to|about to|decided to|ready to|want to|thinking about|thinking of) ${ADV}(?:jump|jumping)(?=\x20?(?:$|[.,]|now|tonight|off|from|in front|out (?:of )?(?:the|a|my) window))|\bjump(?:ing)? (?:off|from|out of) (?:a |the |my |this |that |our )?(?:[a-z]+\x20)?(?:bridge|building|roof|rooftop|balcony|cliff|tower|window|ledge|overpass|parking garage|apartment)\b|\b(?:jump|jumping|step|stepping|throw myself|walk|walking|lie down) (?:in front of|under|onto) (?:a |the )?(?:train|car|bus|truck|tracks|traffic|subway)\b`,
    ),
  },

  {
    // A bare "do it" timed for when the others in the house are away or asleep.
    id: "en.plan.when-alone",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:do it|doing it|going through with it|go through with it|end it|ending it)\b(?<=(?:\b(?:i (?:am |will |might |could |have to |need to |want to |plan to )?|ill |going to |planning to |decided to )(?:just |finally |actually |probably )?(?:do it|doing it|going through with it|go through with it|end it|ending it)|(?:^|[.,]\x20?)(?:doing it|going through with it)))(?!\x20(?:again|first|later|properly|right|myself|yourself|for))[^.]{0,50}?\b(?:when|while|once|after|as soon as) ${HOUSEHOLD}${AWAY_OR_ASLEEP}\b`,
    ),
  },
  {
    // "Tonight's the night" with a decision or a sleeping house; a date picked for nothing named.
    id: "en.plan.the-night",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:tonight|today|tomorrow|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: is| s|s) the (?:night|day)\b[^]{0,60}?(?:\b(?:i have |ive |i |its |it is )?(?:decided|made up my mind)(?=\x20?(?:$|[.,]))|\bno (?:going|turning) back(?=\x20?(?:$|[.,]))|\b(?:after|when|once) ${HOUSEHOLD}${AWAY_OR_ASLEEP}\b)|\b(?:picked|chosen|chose|set|decided on|settled on|fixed) (?:a|the|my) (?:date|day)(?<=(?:(?:^|[.,]\x20?)(?:already |finally |just )?|\bi (?:have |had |just |finally |already )?|\bive (?:just |finally |already )?)(?:picked|chosen|chose|set|decided on|settled on|fixed) (?:a|the|my) (?:date|day))(?=\x20?(?:$|[.,]|already|now|tbh|honestly))`,
    ),
  },
  {
    // Going to a bridge, the sea or the woods, and not coming back (the match is the last words).
    id: "en.plan.not-coming-back",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:coming|going|come) (?:back|home)|one way)\b(?=\x20?(?:$|[.,]|this time|ever|again|for real))(?<=\b(?:going|heading|walking|driving|off|cycling|getting the train|taking the train) (?:out |up |down |back )?to (?:the |a |that )?(?:[a-z]+\x20){0,4}?(?:bridge|cliff|cliffs|tracks|railway|station|roof|rooftop|sea|beach|river|lake|woods|forest|mountains?|tower|car park|parking garage|motorway|overpass|pier|dam|viaduct|quarry|crossing)\b[^]{0,80}?\b(?:(?:i am |i |and i am |and )?(?:not|never) (?:coming|going) (?:back|home)|(?:wont|will not) (?:be )?(?:coming|come) (?:back|home)|one way))`,
    ),
  },
  {
    // "When Mother goes, I shall go too", "when the money runs out, that is when I'll go".
    id: "en.plan.when-they-go",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:when|once|after|the day) (?:my |our )?(?:mother|mum|mom|father|dad|parents?|grandma|grandmother|grandpa|grandfather|nan|gran|grandad|husband|wife|partner|sister|brother|cat|dog|pet|the money|my money|the savings|my savings|the cash|the pension|the inheritance|it all|everything) (?:goes|dies|die|passes(?: away)?|pass away|is gone|are gone|has gone|have gone|has passed|runs out|run out|dries up|is spent)\b(?!\x20(?:to|out|in|on|into|through|up|down|back|away|home|for|by|shopping|with|off|over|bad|wrong)\b)[^]{0,60}?\b(?:i|ill)\b(?:\x20(?:shall|will|am going to|intend to|plan to|want to|too))?\x20(?:go|follow (?:her|him|them)|die|end it|end things|end my life|be gone|kill myself)(?=\x20?(?:$|[.,]|too|as well|for good|then))`,
    ),
  },
  {
    // "I have decided that will be my last day", "my last night on earth".
    id: "en.plan.last-day",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\bmy (?:last|final)(?: (?:day|night|week|weekend|winter|summer|spring|autumn|christmas|birthday|month|year))?\b(?:(?<=\b(?:decided|chosen|chose|picked|made up my mind|settled on)\b[^]{0,60}?\b(?:will|shall|is going to|would|ll|should|to|is|s)? ?be my (?:last|final)(?: (?:day|night|week|weekend|winter|summer|spring|autumn|christmas|birthday|month|year))?)(?!\x20(?:at|of|in|on|with|off|before|as|for|day|night|time|one|chance|shift|exam|lesson|class|go|try|attempt)\b)|(?=\x20(?:on (?:this )?earth|alive|in this world|of (?:being alive|life|my life)|breathing)\b))`,
    ),
  },
  {
    // A visit to a high place and what was done there: "drove to the bridge and looked down
    // for a long time", "walked to the cliffs again and thought about jumping".
    id: "en.plan.went-to-look",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:walked|drove|went|cycled|biked|climbed|took the bus|took a train|headed) (?:up |out |back )?to (?:the |that |a )?(?:bridge|cliffs?|overpass|roof|rooftop|tracks|railway|station platform|platform|ledge|dam|pier|top (?:floor|level) of (?:the |a )?(?:car park|parking garage|building))\b[^.]{0,40}?\b(?:looked down (?:for|at (?:the )?(?:drop|water|tracks|road|ground|cars))|looked over the edge|stood (?:there|at the edge|on the edge)|stared (?:down|at the (?:water|drop|tracks))|thought about (?:it|jumping|doing it|ending it|how easy)|practiced|practised|checked (?:how high|the height|when the trains?))`,
    ),
  },
  {
    // "into the mountains with no water and no plan to come down": a place with no way back.
    id: "en.plan.no-way-back",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:mountains?|woods|forest|sea|ocean|lake|river|cliffs?|desert|hills|moors?|bay)\b[^.]{0,60}?\b(?:no (?:plan|intention) (?:to|of) (?:come|coming) (?:down|back|home)|not (?:planning on |planning to )?(?:coming|going|come) back|no return|won'?t be coming back|and (?:just )?keep (?:walking|swimming|going)|not (?:turning|turn) (?:back|around))\b(?!\x20?(?:until|till|before|for the|for a|for (?:a |the )?(?:week|weekend|night|month|summer)|to (?:this|that|the|my|work|school|uni|town|the city)|tonight|today|yet|next|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?<!\b(?:scouts?|camp\w*|holiday|vacation|weekend|trip|festival|retreat|cabin)\b[^]{0,100})`,
    ),
  },
  {
    // "the express doesn't stop at my station. i've been timing it": trains watched and timed.
    id: "en.plan.trains-timed",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:express|freight|fast|non ?stop|through) (?:trains? )?[^.]{0,40}?\b(?:doesn'?t stop|does not stop|don'?t stop|without stopping|passes through|comes through|goes through|go through|come through)\b[^]{0,60}?\b(?:timing|timed|clocked|counting|know (?:exactly )?when)\b|\b(?:edge|yellow line)\b[^.]{0,40}?\b(?:express|train|freight)\b[^.]{0,12}?\b(?:comes|passes|goes|rushes|speeds) (?:through|past|by)\b`,
    ),
  },
  {
    // "life needs a hard reset and i know how to press the button. soon": a game's reset of a life.
    id: "en.plan.reset-life",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:life|irl|real life|myself|me)\b[^.]{0,24}?\b(?:hard reset|factory reset|reset button|uninstall|rage ?quit|log ?out|delete)\b[^]{0,60}?\b(?:figured out how|worked out how|know how|know the way|press the button|soon|tonight|tomorrow|this weekend|on friday)\b|\b(?:uninstall|delete|factory reset|log ?out of) (?:myself|me|my life|life)\b[^]{0,40}?\b(?:soon|tonight|tomorrow|this weekend|on friday|for real|irl)\b`,
    ),
  },
  {
    // "end of the month. that's my date", "parents are away this weekend. that's when": a time
    // or an empty house, then a bare "that's when / my date" that names nothing to do.
    id: "en.plan.date-set",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?:^|\.\x20?)(?:(?:(?:on|at|by) )?(?:the )?(?:end of (?:the|this|next) (?:month|week|year)|this (?:weekend|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|next (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|\d{1,2}(?:st|nd|rd|th))\b[^.]{0,20}|(?:my\x20)?(?:parents|family|folks|mum|mom|dad|flatmates?|roommates?|everyone|everybody)\b[^.]{0,30}?\b(?:away|out|gone|asleep|at work|on holiday|leave|leaves|go out|goes out|goes away|go away)\b[^.]{0,20})\.\x20?(?:so\x20)?(?:thats|that is|that will be|thatll be|its|it is|it will be|itll be) (?:my date|when|(?:the|my) (?:date|day)(?=\x20?(?:$|[.,!]|then|now)[^]{0,40}?\b(?:feels|finally|relief|decided|ready|no more|goodbye|calm|peace)))(?=\x20?(?:$|[.,!]|then|now|finally|for real))`,
    ),
  },
  {
    // "my birthday's tomorrow and i promised myself i wouldn't see it": a day one means not to live to.
    id: "en.plan.not-see-the-day",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:birthday|birthdays|new year|christmas|next year|\d{2}(?:st|nd|rd|th)|turning \d{2})\b[^]{0,60}?\b(?:promised|swore|told|decided|made a (?:promise|deal) with)(?: to)? myself (?:that )?i (?:wouldnt|would not|wont|will not|would never|was not going to|wasnt going to|am not going to) (?:see|reach|live to see|make it to|be around for|be alive for) (?:it|that day|that|another one)\b|\b(?:i )?(?:promised|swore|told|decided)(?: to)? myself (?:that )?i (?:wouldnt|would not|wont|will not|would never|am not going to) (?:see|reach|live to see|make it to|be alive for) (?:my (?:next |\d{2}(?:st|nd|rd|th) )?birthday|another (?:birthday|year|christmas)|(?:next|another) (?:year|christmas)|the new year|\d{2})\b(?!\x20(?:party|parties|dinner|drinks|celebration|meal|cake|gig|concert|show|match|game|sale)\b)`,
    ),
  },
  {
    // "I'm not going to kill myself, but if I did it'd be the bridge by the station. went and
    // looked at it today": a place named for "if I did", then visited.
    id: "en.plan.if-i-did-scouted",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\bif i (?:did|do|ever did|ever do|were to|was to|was going to|went through with it)(?:\x20(?:it|that))?,?\x20(?:itd|it would|it will|itll|id|i would|i will|ill|it d)\b[^.]{0,30}?\b(?:bridge|cliffs?|roof|rooftop|overpass|tracks|railway|car park|parking garage|tower|building|river|lake|sea|pier|dam|quarry|balcony|station)\b(?![^.]{0,40}\b(?:charity|bungee|swim|run|race|marathon|walk|hike|photos?|shoot|picnic|wedding|proposal|propose|move|flat|house)\b)[^]{0,80}?\b(?:went|walked|drove|cycled|biked|been|going|go|headed|stopped) (?:and |to |over |by |past )?(?:and )?(?:look|looked|looking|see|saw|check|checked|checking|scout|scouted|visit|visited|measure|measured|stood)\b`,
    ),
  },
  {
    // "one way ticket to the coast. won't need the return": a trip with no way back.
    id: "en.plan.one-way-trip",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:one[- ]way|single) (?:ticket|fare)\b[^]{0,40}?\b(?:return isn'?t|won'?t need the return|wont need the return|no return|the way back|last trip|not coming back)\b(?!\x20?(?:until|till|before|for the|for a|for (?:a |the )?(?:week|weekend|night|month|summer)|to (?:this|that|the|my|work|school|uni|town|the city)|tonight|today|yet|next|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?<!\b(?:mov(?:e|ing)|relocat\w*|emigrat\w*|new job|for work|visa|abroad|gap year)\b[^]{0,80})(?![^]{0,40}\b(?:mov(?:e|ing)|relocat\w*|new job|for work|visa)\b)|\b(?:heading|going|walking|driving|off) to (?:the )?(?:overpass|bridge|cliffs?|lake|river|tracks|sea|ocean|roof|quarry|dam)\b[^]{0,30}?\b(?:for good|one way|not coming back|no coming back)\b(?!\x20?(?:until|till|before|for the|for a|for (?:a |the )?(?:week|weekend|night|month|summer)|to (?:this|that|the|my|work|school|uni|town|the city)|tonight|today|yet|next|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`,
    ),
  },
  {
    // "going to stop taking my insulin and let it happen quietly": stopping what keeps one alive,
    // planned, even after "not going to kill myself" (stopped already is attempt-in-progress).
    id: "en.plan.stop-care",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:going to|gonna|will|ill|planning to|plan to|about to|decided to|just) (?:just |quietly |simply )?(?:stop|quit|stopping) (?:taking |using |going to |doing )?(?:my |the )?(?:insulin|dialysis|heart (?:meds|medication|pills|tablets)|seizure meds|transplant meds|blood thinners|meds|medication|medicine|tablets)\b[^]{0,50}?\b(?:let (?:it|nature|my body|things) (?:happen|take|run|do)|happen quietly|quietly|slip away|fade (?:away|out)|whatever happens|take me|(?:no one|nobody) (?:will|would) know|look natural|looks natural|natural causes|not (?:technically )?suicide)\b`,
    ),
  },
  {
    // "tried last night ... i'll do it properly next time": an attempt that failed, and the next
    // one planned. The first part is the bare "tried" (no cake, no test), or waking up after.
    id: "en.plan.next-time-properly",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:tried|attempted)(?: it| again)?(?: (?:last night|yesterday|this morning|earlier|on [a-z]+day|at the weekend|over the weekend|again))?(?=\x20?[.,])|\bwoke up (?:in (?:hospital|a&e)|sick|this (?:morning|afternoon)|and (?:i was )?still here)|\b(?:it )?(?:didnt|did not) work\b|\bsurvived it\b)(?![^]{0,160}\b(?:test|exam|recipe|bread|cake|bake|baking|interview|driving|level|boss|game|diet|knit\w*|paint\w*|sourdough|audition)\b)[^]{0,160}?\b(?:(?:do|get|finish) it (?:properly|right)[^.]{0,12}?\bnext time|next time[^.]{0,20}?\b(?:do it|get it|finish it) (?:properly|right))\b`,
    ),
  },
  {
    // "been looking at the bridge on street view every night. you can see how low the railings
    // are": a height studied again and again for how easy it would be.
    id: "en.plan.height-studied",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:looking|looked|look|checking|checked|studying|studied|staring|stared|zooming|zoomed|scouting|scouted|stand|standing|stood|(?:go|going|went|walk|walked|walking) (?:and (?:stand|look) )?(?:to|at|on|up))\b (?:at |in on |on |out |up on )?(?:the |a |that |this )?(?:[a-z]+ )?(?:bridge|overpass|viaduct|flyover|car park|multi ?storey|cliff|tower|roof|rooftop)\b(?![^]{0,140}\b(?:toddler|kids?|child|children|safety|council|report|regulations?|code|complain\w*|van|truck|lorry|clearance|height limit|photos?|photograph\w*|engineer\w*|project|assignment)\b)[^]{0,100}?\b(?:(?:railings?|barriers?|fence|parapet) (?:are|is) (?:so |really |pretty |quite )?(?:low|short)|how low the (?:railings?|barriers?|fence|parapet|wall) (?:are|is)|(?:low|short|no) (?:railings?|barriers?|fence|parapet)|the drop)\b(?:(?<=\b(?:every (?:night|day|evening)|each night|again and again|keep|kept|for hours|all week|street view|google maps|night after night)\b[^]{0,200})|(?=[^]{0,120}\b(?:every (?:night|day|evening)|each night|again and again|for hours|all week|night after night)\b))`,
    ),
  },
  {
    // "gonna drive the van up the mountain with a hose, not coming back": a hose with a car and
    // no return, or someone gone off with both.
    id: "en.plan.hose-and-car",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?<!\b(?:wash\w*|garden\w*|water\w*|plants?|lawn|pool|sprinkler|tap)\b[^]{0,60})\b(?:(?:car|ute|van|truck|keys|garage)\b[^.]{0,40}?\b(?:hose|hosepipe)|(?:hose|hosepipe)\b[^.]{0,40}?\b(?:car|ute|van|truck|exhaust|garage))\b(?![^]{0,60}\b(?:wash\w*|garden\w*|water\w*|plants?|lawn|pool|sprinkler|tap|leak\w*|radiator|coolant|camp shower)\b)(?:(?<=\b(?:not (?:come|coming) back|never (?:come|coming) back|for good|nobody|no one|one way)\b[^]{0,120})|(?=[^]{0,100}\b(?:not (?:come|coming) back|never (?:come|coming) back|wont be back|for good|nobody|no one|one way|drove off|without a word|hasnt come back)\b))`,
    ),
  },
  {
    // "she'll end it while mum and dad are at work": the act set for when the house is empty.
    // A bare "do it" counts only as a plan said ("i am going to do it", "planning how id do it")
    // or reported of someone ("saying he'll do it"): "i'll do it while mum is out" is how a withdrawn person plans a
    // phone call or a meal without being seen.
    id: "en.plan.do-it-while-away",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?<!\b(?:clean\w*|paint\w*|homework|laundry|wash\w*|surprise|cake|mow\w*|tidy\w*|chores?)\b[^.]{0,40})\b(?:end it|go through with it|(?:(?:i am|im) (?:going to|gonna)|(?:planning|planned|worked out|working out) how (?:id|i would|ill|i will|to)|(?:saying|said|says|posted|typed|wrote|told (?:me|us|them|someone))[^.]{0,12}?\b(?:hell|shell|theyll|he will|she will|they will|hes going to|shes going to|he is going to|she is going to|hes gonna|shes gonna|was going to|is going to)) (?:do it|doing it))\b[^.]{0,30}?\b(?:while|when|once) (?:we|they|everyone|everybody|(?:my )?(?:mum|mom) and dad|mum|mom|dad|my parents|the family)(?:re|s| are| is| have| has)? ?(?:all )?(?:out|away|gone|asleep|at (?:work|school|church|grandmas|nans)|on holiday|in bed)\b(?![^]{0,40}\b(?:clean\w*|paint\w*|homework|laundry|wash\w*|surprise|decorat\w*|cake|mow\w*|tidy\w*|party|shopping|renovat\w*|fix\w*|install\w*)\b)`,
    ),
  },
  {
    // "set the date for the 14th. after payday so the rent's covered and mum isn't stuck with
    // it": a bare date, for no occasion, with the family spared the cost of it.
    id: "en.plan.date-set-someone-spared",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?<!\b${OCCASION}\b[^]{0,60})\b(?=[^]{0,220}\b(?:pay\w*|paid|wages|salary|pension|benefits|rent|bills?|debts?|money|costs?|funeral|insurance|out of pocket|savings|mortgage|council tax|credit card|loan)\b)(?:(?:set|picked|chosen|chose|fixed|decided on|settled on|locked in|circled|marked) (?:a |the |my )?(?:date|day)|(?:the |my )?(?:date|day)(?: is|s| has been)? (?:set|picked|chosen|fixed|decided|locked in))\b(?:\x20?,?\x20?(?:its |for |on )?${A_DAY})?(?![^]{0,160}\b${OCCASION}\b)[^]{0,140}?\b${SPARED}`,
    ),
  },
  {
    // "worked out what time the fast train goes through the station without stopping": a train
    // that will not stop, timed, even in the middle of an ordinary day.
    id: "en.plan.train-timed",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?<!\b(?:film\w*|video|photo\w*|camera|pics|trainspott\w*|youtube|channel|vlog)\b[^]{0,80})\b(?:looked up|checked|found out|worked out|timed|noted|clocked)\b[^.]{0,30}?\b(?:when|what time|the time)\b[^.]{0,30}?\b(?:express|train|freight)\b[^.]{0,40}?\b(?:without stopping|doesnt stop|does not stop|dont stop|non ?stop|at full speed|flat out)\b(?![^]{0,80}\b(?:film\w*|video|photo\w*|camera|pics|trainspott\w*|youtube|channel|vlog|catch it|get across)\b)`,
    ),
  },
  {
    // "3 days left. Day 1: clean my room. Day 2: write the letters. Day 3: the bridge": a
    // countdown with no occasion named, its days listed, ending in a means or goodbye letters. A
    // holiday, an exam, advent or a city's sights (the zoo, the beach, the bridge) are not this.
    id: "en.plan.countdown-listed",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:\d+|one|two|three|four|five|six|seven|ten) (?:more )?(?:days?|nights?|sleeps) (?:left|to go|remaining)\b(?!\x20(?:until|till|til|of|before|i ?n|at|on|for|to|with)\b)(?<!\b(?:${COUNTDOWN_OCCASION})\b[^]{0,200})[^]{0,200}?\bday (?:\d+|one|two|three|four|five|six|seven|last|final)\b[^a-z]{0,3}(?:(?:the|my) (?:bridge|rope|pills|roof|train|tracks|cliff|charcoal|overpass|ledge|noose|car park|multi ?storey|motorway|river|sea|woods|forest|end)|(?:write|writing|wrote) (?:the|my) (?:goodbye |last )?(?:letters|note|notes)|(?:say|said|saying) (?:my )?goodbyes?)(?=\x20?(?:$|[.,!]))(?![^]{0,200}\b(?:${COUNTDOWN_OCCASION})\b)`,
    ),
  },
  {
    // "tried in march, it didnt work. this time i'll use a different way", "woke up in hospital
    // last year. this time i'll make sure": an attempt before, and "this time" done properly or
    // another way. A test, a recipe, a diet or a game tried again is not this.
    id: "en.plan.failed-this-time-another-way",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:my|the) (?:last|first|previous|other) (?:attempt|try)\b|\b(?:tried|attempted)(?: it| once| before)?(?: (?:last|in|back in|before|once|twice)\b[^.,]{0,20})?(?=\x20?[.,])|\b(?:it )?(?:didnt|did not) work\b|\bwoke up (?:in (?:hospital|a&e|icu|the icu)|the next (?:day|morning))\b|\bsurvived (?:it|last time|the last one)\b|\bfailed (?:last time|before|the first time|last (?:year|month|week|summer|autumn|fall|winter|spring))\b)(?<!\b(?:${TRIED_AT})\b[^]{0,160})(?![^]{0,200}\b(?:${TRIED_AT})\b)[^]{0,160}?\b(?:this time|next time)\b[^.]{0,30}?\b(?:(?:do|get|finish|end) it (?:properly|right|for real|for good)|(?:use |try |pick |choose |go with )?(?:a |another |a different |different |a surer |a better )(?:way|method)|make sure(?: it works| i dont wake up| its done| it is done)?|(?:wont|will not|not going to|cant) (?:fail|mess (?:it )?up|wake up|survive))\b`,
    ),
  },
  {
    // "bought the charcoal today, doing it this weekend": means got and the act set for a time,
    // either order, however it is dressed (round 17 put it after "no more continues"). A
    // barbecue, climbing, balloons or the garden are not this.
    id: "en.plan.means-bought-timed",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?:\b(?:bought|got|ordered|picked up|grabbed|collected)\b (?:the |some |a |my |enough |two |2 |a bag of |bags of )?${BOUGHT_MEANS}\b[^.]{0,30}?[.,]?\x20?[^.]{0,12}?${DOING_IT_WHEN}|${DOING_IT_WHEN}[^.]{0,12}?[.,]?\x20?[^.]{0,20}?\b(?:bought|got|ordered|picked up|grabbed|collected)\b (?:the |some |a |my |enough |two |2 |a bag of |bags of )?${BOUGHT_MEANS})\b(?<!\b(?:${MEANS_ERRAND})\b[^]{0,200})(?![^]{0,120}\b(?:${MEANS_ERRAND})\b)`,
    ),
  },
  {
    // "the plan is still on for tomorrow when everyone's at work, the letters are in the
    // drawer": a plan kept for a day or an empty house, and letters left where they will be
    // found, either order, at the end of a long everyday message. A party, a surprise, a
    // birthday or letters to post are not this.
    id: "en.plan.still-on-letters-left",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?:${PLAN_STILL_ON}[^]{0,80}?${LETTERS_LEFT}|${LETTERS_LEFT}[^]{0,80}?${PLAN_STILL_ON})(?<!\b(?:${PLAN_OCCASION})\b[^]{0,240})(?![^]{0,160}\b(?:${PLAN_OCCASION})\b)`,
    ),
  },
  {
    // "11pm tonight, the car park roof on fenwick street. that's where.": a time, a high place
    // and "that's where" said bare, ending the message. A bar, a meeting, the fireworks or a
    // view said with it, or "that's where we meet", is not this.
    id: "en.plan.time-high-place-thats-where",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:tonight|tomorrow(?: night| morning)?|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm)|at \d{1,2}(?::\d\d)?)\b[^]{0,30}?\b(?:roof|rooftop|top floor|top deck|bridge|cliffs?|tower|overpass|viaduct|ledge|railway|tracks|footbridge|flyover)\b[^.]{0,40}[.,]\x20?(?:so )?that(?: i)?s (?:where|the place|the spot|it)(?=\x20?(?:[.!]|$))(?<!\b(?:${PLACE_OUTING})\b[^]{0,160})(?![^]{0,120}\b(?:${PLACE_OUTING})\b)`,
    ),
  },
  {
    // "I do not intend to see the new year, and I have put aside what I need": an intent not to
    // live to a coming date. "Don't expect to" (an illness), "see the new year in" (staying up)
    // and a date with someone ("christmas with my dad") are not this.
    id: "en.plan.not-see-the-date",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:do not|dont|will not|wont|have no|no) (?:intend|intention|plan|mean)(?:s|ing)? (?:of |on )?(?:to )?(?:see|seeing|be (?:here|around) (?:for|to see)|make it to|making it to|live to see|living to see) (?:the new year|new year|christmas|another (?:year|christmas|birthday|spring|summer|winter)|my (?:next )?birthday|next (?:year|christmas|spring|summer|month))(?=\x20?(?:$|[.,!;]|and\b|so\b))`,
    ),
  },
  {
    // "3am. the overpass on route 9. thats all", "ill be at the tracks behind the school at 11.
    // dont reply": a time and a high place or the tracks, said bare, then "that's all" or "don't
    // reply" closing the message. A meeting ("meet me", "come"), a bar, a view or the fireworks
    // said with it are not this.
    id: "en.plan.time-place-said-bare",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`(?:^|[.!]\x20?)(?:(?:at\x20)?${BARE_TIME}\b[.,]?\x20?(?:the |a |that |this )?(?:[a-z0-9]+\x20){0,2}?${BARE_PLACE}\b${BARE_WHERE}|(?:(?:ill|i will|im going to|i am going to|gonna) be (?:at|on|by|up on) )?(?:the |a )?(?:[a-z0-9]+\x20){0,2}?${BARE_PLACE}\b${BARE_WHERE}\x20(?:at|by|around|before|from)\x20${BARE_TIME}\b)[.,!]\x20?(?:just\x20)?${BARE_CLOSER}\x20?[.!]?$(?<!\b(?:${PLACE_OUTING}|come|coming|join|bring|see you|see ya|show up|be late|text me|call me|market|shop\w*|food|lunch|dinner|breakfast|brunch|coffee|lol|lmao|haha)\b[^]{0,200})`,
    ),
  },
  {
    // "if i dont wake up after taking all of these thats fine too": not waking up after taking
    // all of them, accepted. Not negatable: "im not going to kill myself, but..." comes first.
    // Oversleeping after cold medicine ("call me", "ill be late") is not this.
    id: "en.plan.not-wake-after-taking-all",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:if|when|and if) (?:i )?(?:dont|do not|never|cant|wont) wake(?: up)?\b[^.]{0,20}?\b(?:after|from) (?:taking|swallowing|having|downing) (?:${ALL_OF_THEM})\b[^.]{0,30}?\b(?:thats|that is|its|it is|itd be|it would be|that would be|thatd be|so be it|i dont care|who cares)(?: (?:also |honestly |just |really )?(?:fine|ok|okay|alright|whatever|for the best|better|good|a relief))?\b|\bif i (?:take|swallow|down) (?:${ALL_OF_THEM})\b[^.]{0,30}?\band (?:dont|do not|never) wake(?: up)?\b[^.]{0,20}?\b(?:thats|that is|its|it is|so be it|i dont care|who cares|good|fine)\b)(?<!\b(?:${OVERSLEPT})\b[^]{0,120})(?![^.]{0,40}\b(?:${OVERSLEPT})\b)`,
    ),
  },
  {
    // "ragequitting life for good tonight. gg", "no continues left irl. its done": a game's ending
    // said of a life (irl, real life, myself), with a time, "for good" or "it's done". A game
    // quit, or "game over irl" if a parent sees the grades (with a laugh), is not this.
    id: "en.plan.game-ending-irl",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:(?:rage ?quit(?:ting)?|log(?:ging)? out of|log(?:ging)? off (?:from|of)|uninstall(?:ing)?|quit(?:ting)?|delet(?:e|ing)|unsubscrib(?:e|ing) from|game over (?:for|on)) (?:irl|real life|my life|life|reality|existence)|(?:permadeath|perma ?death|game over|no (?:more )?(?:continues|respawns?|lives|extra lives)(?: left)?|out of (?:lives|continues)|last life|final boss) (?:irl|in real life|for real life)|last login(?= ?[.,] ?(?:logging|log) (?:out|off) of (?:life|irl|real life)))\b[^]{0,40}?\b(?:for good|forever|tonight|tomorrow|this weekend|soon|its done|it is done|gg|for real|no more)\b(?![^]{0,40}\b(?:lol|lmao|haha|jk|if (?:my|she|he|they|mom|mum|dad)|when (?:my|she|he|they)|grades?|report card|boss fight|patch|update)\b)(?<!\b(?:lol|lmao|haha|jk|if (?:my|she|he|they|mom|mum|dad)|grades?|report card|coaching|plan|subscription|gym|job|course|class)\b[^]{0,80})`,
    ),
  },
  // ------------------------------------------------ fifteenth pass (after round 20), own plans
  {
    // "deleted all my accounts except this one. on the 30th im going out to the cliffs":
    // accounts deleted, then a day and a place of danger. A digital detox with a hike, a trip or
    // friends is not this.
    id: "en.plan.accounts-deleted-place-day",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\bdeleted (?:all |all of |every one of )?(?:my |every )(?:accounts?|socials|social media|instagram|insta|twitter|tiktok|discord|profiles?)\b[^]{0,60}?\b(?:on )?${A_DAY}\b[^.]{0,30}?\b(?:going|heading|driving|walking|off|go|ill go|i will go) (?:out |down |up )?(?:to|up to) (?:the )?(?:cliffs?|bridge|sea|coast|tracks|quarry|river|lake|edge)\b(?<!\b(?:detox|hike|hiking|climb\w*|photos?|pics|trip|holiday|picnic|surf\w*|camping|birdwatch\w*|friends|with my)\b[^]{0,200})(?![^]{0,40}\b(?:detox|hike|hiking|climb\w*|photos?|pics|trip|holiday|picnic|surf\w*|camping|with (?:my|friends|the))\b)`,
    ),
  },
  {
    // "I've made up my mind. the bridge by the station, sunday morning before anyone's up": a
    // decision, then a place of danger and a day said bare. A meeting place, a market, a run or
    // photos are not this.
    id: "en.plan.decided-place-day",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:made up my mind|my mind is made up|i have decided|ive decided|decision is made|decided)[.,:]\x20?[^]{0,20}?\b(?:the )?(?:bridge|tracks|railway|cliffs?|roof|rooftop|overpass|multi storey|car park|quarry|river|dam|viaduct)\b[^.]{0,30}?,?\x20?\b${A_DAY}(?: (?:morning|night|evening|afternoon))?\b(?<!\b(?:meet\w*|see you|come|join|picnic|photos?|market|run|walk|jog|date|drinks|party|fishing|trip|holiday|wedding|proposal|venue|where to go)\b[^]{0,120})(?![^]{0,40}\b(?:meet\w*|see you|come|join|picnic|photos?|market|run|walk|jog|drinks|party|fishing|bring)\b)`,
    ),
  },
  {
    // "im done with everything. after the festival next week im going to the river": a death
    // word, then after an event, to water or a height. Fishing, a swim or fireworks are not this.
    id: "en.plan.after-event-to-water",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:going to die|gonna die|want to die|end it|ending it|kill myself|done with (?:life|everything|it all))\b[^]{0,60}?\bafter (?:the |my )?(?:[a-z]+ ){0,3}?(?:festival|party|exams?|holidays?|christmas|new year|wedding|funeral|birthday|concert|match|game)\b[^.]{0,30}?\b(?:going|heading|walking|ill go|i will go|go) (?:down |out )?to the (?:river|sea|lake|bridge|cliffs?|tracks|woods)\b(?![^]{0,30}\b(?:fish\w*|swim\w*|fireworks|picnic|photos?|bbq|barbecue)\b)`,
    ),
  },
  // ------------------------------------------------ sixteenth pass (after round 21), own plans
  {
    // "stopped my insulin on monday. not going back on it. I've read what happens and I'm ok with
    // that", "haven't taken my heart meds in 10 days, on purpose... it's my way out": a medicine
    // one lives by stopped, with intent said. A pump change, a doctor's advice or a switch are
    // not this.
    id: "en.plan.vital-meds-stopped-on-purpose",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:stopped|quit|stopped taking|quit taking|not taking|havent taken|have not taken|not taken|skipping|dropped)\b (?:my |the )?(?:insulin|heart (?:meds|medication|medicine|pills|tablets)|blood thinners?|warfarin|anti ?rejection (?:meds|drugs|medication|medicine|pills|tablets)|immunosuppressants?|transplant meds|seizure meds|epilepsy meds|dialysis|lithium)\b[^]{0,120}?\b(?:on purpose|deliberately|not going back on (?:it|them)|(?:ok|okay|fine|at peace) with (?:that|it)|(?:my )?way out|read what happens|know what happens|let (?:it|nature) (?:happen|take its course)|(?:thats|that is|its|it is|let|letting) nature (?:deciding|decide|take its course|taking its course)|(?:dont|do not) tell me to (?:call|phone|go to|see|ring)|nobody has to find)\b(?<!\b(?:doctor|gp|nurse|consultant|cardiologist|told me to|allowed|pump|switched|switching|trial|prescribed|surgery)\b[^]{0,160})(?![^]{0,40}\b(?:doctor|gp|nurse|consultant|pump|switched|switching|trial|surgery)\b)`,
    ),
  },
  // ------------------------------------------------------------------------------------------
  // The eighteenth pass, the writer's own (p18own, after round 23).
  {
    // "ive chosen the day i go home to the lord": returning to God on a day the writer has
    // chosen. Faith said calmly ("one day i'll go home to god"), or someone else who has gone
    // home, is not this.
    id: "en.plan.home-to-god-on-a-chosen-day",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:chosen|chose|picked|set|decided on|decided|fixed|settled on) (?:the|a|my) (?:day|date|night|time) (?:i|to|that i|when i|for me to)(?: will| shall|ll)? (?:go|going|return|returning|be going|be called|be with) (?:home )?(?:to |back to |to be with )?(?:god|the lord|jesus|heaven|my maker|my creator|allah|the father|my father in heaven|the angels)\b|\b(?:i am|im|i will|ill|i shall) (?:going|returning|go|return) (?:home )?to (?:god|the lord|jesus|my maker|heaven|allah|my creator)\b (?:on|this|next|tomorrow|tonight|by|before) (?:[a-z]+\x20)?(?:day|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|\d+(?:st|nd|rd|th)?)\b`,
    ),
  },
  {
    // "going to join my late mum on her anniversary": joining a dead parent on a chosen day. A
    // grave visit, a memorial mass, flowers or a candle is not this.
    id: "en.plan.join-a-dead-parent-on-a-day",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:join|joining|be with|go to|going to) (?:my )?(?:late |dead )?(?:mum|mom|mother|dad|father|parents|nan|gran|grandma|grandmother|grandad|grandpa|grandfather)\b(?: again)?[^.]{0,30}?\b(?:on|by|for|before|at) (?:(?:her|his|their|the) (?:death )?(?:anniversary|death ?day)|the (?:same )?day (?:she|he|they) (?:died|passed|left))\b(?<=\b(?:join|joining|(?:late|dead) (?:mum|mom|mother|dad|father|parents|nan|gran|grandma|grandmother|grandad|grandpa|grandfather)|(?:end|ending|finish|finishing) (?:it|things|this)|(?:done|finished) with (?:it|this|everything|life)|call it a day|its time|it is time|decided|made up my mind|ready to go)\b[^]{0,160})(?<!\b(?:grave|graveside|cemetery|churchyard|crematorium|memorial (?:mass|service|bench)|mass|flowers|candle|wreath|visit|visiting|headstone|plaque|ashes|scatter\w*)\b[^]{0,160})(?![^]{0,40}\b(?:grave|cemetery|churchyard|mass|flowers|candle|visit|headstone|ashes)\b)`,
    ),
  },
  {
    // "the voices keep telling me tonight and i cant fight them anymore": a voice commanding the
    // act for now, and the writer's resistance giving out. A coach, a show called the voice, a
    // satnav or a podcast is not this.
    id: "en.plan.voice-commands-now",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:the |a |this )?voices?(?: in my head)? (?:says?|said|is saying|keeps? saying|are saying|tells? me|told me|is telling me|are telling me|keeps? telling me|wants? me|is demanding|are demanding)(?: me)?(?: to (?:do it|go|end it|jump|die|finish it))? (?:tonight|now|right now|today|its time)\b[^]{0,120}?\b(?:(?:cant|can not|cannot) (?:keep )?(?:saying no|resisting|fighting|ignoring|holding (?:it|them) off|fight (?:it|them)|resist|say no|hold out)|louder|going to listen|gonna listen|give in|giving in|obey|do what (?:it|they) says?|too tired to fight|losing the fight)\b(?<!\b(?:coach|teacher|the voice (?:final|show|uk|us)|radio|podcast|gps|sat ?nav|alexa|siri|announcer|choir|rehearsal|audition|karaoke|narrator|singer|actor|director|mum|mom|dad|boss|referee|commentator)\b[^]{0,160})`,
    ),
  },
  {
    // "everythings ready. i wont be here by morning": ready, and gone by the morning. A trip, an
    // early flight or a shift said beside it is not this.
    id: "en.plan.ready-gone-by-morning",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:ready|all set|everything is (?:ready|set|in place|sorted|done)|everythings (?:ready|set|in place|sorted|done)|its all (?:ready|set|sorted))\b[^]{0,60}?\b(?:(?:ill|i will) be gone|(?:i )?(?:wont|will not) be (?:here|around|alive)|(?:i )?(?:wont|will not) (?:see|make it to)|gone|dead) (?:by|before|in the|come) (?:morning|sunrise|dawn|daylight|the morning|first light)\b(?<!\b(?:trip|flight|plane|train|bus|coach|packed|packing|holiday|camp\w*|shift|work|road trip|early start|leaving early|airport|ferry|move|moving|exam|hike|hiking)\b[^]{0,160})(?![^]{0,40}\b(?:trip|flight|airport|holiday|shift|work|back (?:on|by|in)|see you)\b)`,
    ),
  },
  // ----------------------------------------------------- p19own (after round 24)
  {
    // "when the season comes round i'm going back to where the house stood and not coming out",
    // "booked the train to that forest. i havent bought a return ticket": a wild place gone to with
    // no return. "not back until sunday", a move, a holiday or a cabin booked is not this.
    id: "en.plan.to-the-wild-no-return",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:going|heading|walking|driving|hiking|go|head|walk|drive|get|getting|take|taking|catch|catching) (?:back |up |out |down )?(?:to|into|in to|out to|up to|up into|toward|towards) [^.]{0,30}?(?:mountains?|forest|woods|sea|ocean|lake|river|cliffs?|moors?|bush|desert|hills|glacier|snow|where (?:the house|our house|my house|it|he|she|they|we) (?:stood|used to be|was|were|died|happened|went)|the same (?:place|spot|forest|bridge|cliff|woods))|(?<=\b(?:mountains?|forest|woods|sea|ocean|lake|river|cliffs?|moors?|bush|where (?:he|she|they) died)\b[^]{0,160}?)\b(?:booked|booking|bought|getting|taking|catch\w*) (?:a |the |my )?(?:train|bus|coach|ferry|flight|ticket|seat)s?\b)[^]{0,90}?\b(?:not (?:coming|going|walking|driving|heading) (?:back|out|home)|(?:wont|will not|shant|dont plan to) (?:be )?(?:coming|come|walk|walking) (?:back|out|home)|(?:havent|have not|didnt|did not|not|wont be|wont|will not) (?:bought|booked|got|buying|booking|getting|buy|book|get|need) (?:a |the |any )?return(?: ticket| train| leg| trip| fare| journey)?|(?:no|dont need a|dont need the|wont need a|wont need the) return(?: ticket| train| fare| journey)?|one ?way (?:ticket|only)|not thinking about (?:the way|getting|coming) (?:back|home))\b(?! (?:to|until|till|for|before|after|with|from|here|this|that|tonight|today|soon|yet|early|late|next|on)\b)(?<!\b(?:move|moving|moved|abroad|emigrat\w*|relocat\w*|new job|job|work|visa|flat|apartment|uni|university|study|studying|gap year|backpack\w*|camping|camp|festival|holiday|vacation|retreat|cabin|wedding|honeymoon|rental|lease|new life|fresh start|start over|starting over|season ticket|rafting|surf\w*)\b[^]{0,240})(?![^]{0,60}\b(?:move|moving|abroad|job|work|visa|new life|fresh start|holiday|vacation|camping|cabin|retreat|lol)\b)`,
    ),
  },
  {
    // "got halfway over the railing last time. next time i wont come back": a railing climbed,
    // and next time no turning back. A fence climbed for a ball or a shortcut is not this.
    id: "en.plan.over-the-railing-next-time",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:railings?|rails?|fence|barrier|parapet|ledge|balustrade|guardrail|guard rail|edge)\b[^]{0,80}?\bnext time (?:i |im |i am )?(?:probably |might |may |just |really |think i |feel like i )?(?:(?:dont think|do not think|doubt) (?:i|ill|i will|id|i would)(?: ever)? (?:come|climb|step|get|turn|go|walk)\w* (?:back|down)|(?:wont|will not|wouldnt|would not|am not|not|dont|do not|aint) (?:be )?(?:coming|come|climb\w*|step\w*|get\w*|turn\w*|go\w*|walk\w*) (?:back|down)|(?:ill |i will |will |im |i am )?(?:go|going|keep going|let go|jump|fall|be going) (?:over|all the way|off it|off))\b(?<=\b(?:climb\w*|half ?way|one leg|a leg|leg|leaned|leaning|got|sat|sitting|stood|standing|hung|hanging)\b[^]{0,140})(?<!\b(?:ball|frisbee|kite|shortcut|short cut|trespass\w*|festival|concert|gig|photo\w*|dog|cat|sheep|cow|goat|horse|garden|neighbou?rs? garden|school|race|hurdles?|parkour|gym)\b[^]{0,160})`,
    ),
  },
  {
    // "we are both past ninety and worn out. we have agreed to go together before winter": an old
    // couple, or a carer and the one cared for, agreeing to die together. Whose danger this is
    // (the writer's and a spouse's) is subject.ts's; this reads the level. A concert, a party, a
    // trip or an appointment gone to together is not this.
    id: "en.plan.agreed-to-go-together",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`(?<=\b(?:eighties|nineties|eighty|ninety|\d{2} years old|old age|too old|worn out|exhausted|cant cope|can no longer|cannot (?:lift|manage|cope)|cant (?:lift|manage)|care for (?:him|her)|caring for (?:him|her)|dementia|bedridden|his (?:illness|cancer)|her (?:illness|cancer)|no strength|nothing left)\b[^]{0,200}?)\b(?:agreed|decided|made up our minds?|talked it (?:over|through)|promised each other|settled on it|chosen)\b[^.]{0,24}?\b(?:we (?:will|ll|would|shall)|wed|to|that we (?:will|ll|would|shall)|that wed|well) (?:go|leave|die|pass|slip away|end it|end things|finish) together\b(?! (?:to|on|for|in|by car|by train|by bus|and see|with)\b)(?![^]{0,60}\b(?:concert|party|wedding|trip|holiday|cruise|dance|gig|show|meeting|appointment|class|match|festival|dinner|movie|film|church|service|clinic|checkup|check up|scan|bingo)\b)`,
    ),
  },
  // ------------------------------------------------------------------------------------------
  // Lead's mends after the nineteenth pass (found beside round 24's kinds).
  {
    // "my dad died by suicide. I want to follow him", "my sister took her own life… i'm going to
    // the same bridge on the same day": the writer's own will to follow someone who died by
    // suicide. Flowers, a memorial or a grave visited on the day are not this.
    id: "en.plan.follow-the-dead-by-suicide",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:took (?:his|her|their) own life|died by suicide|killed (?:himself|herself|themselves)|committed suicide|ended (?:his|her|their) life)\b[^]{0,160}?\b(?:(?:i|ill|i will|im going to|i am going to|i want to|i wanna|i need to|i have decided to|ive decided to|i decided to|i plan to|i intend to) (?:follow (?:him|her|them)|join (?:him|her|them)|do the same(?: thing)?|go the same way|be with (?:him|her|them) (?:again|soon|there))(?! (?:into|in (?:his|her|their) footsteps|on (?:instagram|twitter|tiktok|youtube)))|soon (?:ill|i will|im going to) be with (?:him|her|them)|(?:its|it is) my turn(?: now| next| too)?(?=\x20?(?:$|[.,!]))|(?:im|i am|ill|i will) (?:going|go|heading) (?:to )?(?:the same (?:place|bridge|spot|station|cliff|tracks|building|forest|sea|river)|where (?:he|she|they) (?:did it|died|went))(?: (?:on|for) (?:the same day|(?:his|her|their) anniversary))?)\b(?![^]{0,60}\b(?:flowers|wreath|candles?|memorial|service|pay (?:my |our )?respects|grave|to remember|prayers?)\b)`,
    ),
  },
];
