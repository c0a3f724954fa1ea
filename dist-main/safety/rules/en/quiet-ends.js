import { phrase } from "./patterns.js";
/** A car, van or truck the writer sits in. */
const IN_CAR = String.raw `\b(?:in|inside) (?:the|my|a|our) (?:car|van|truck|ute)\b`;
/** Food, friends, a trip or a garage job: the everyday reasons for the same things in a car. */
const CAR_EVERYDAY = String.raw `\b(?:bbq|barbecue|burgers?|sausages?|steaks?|cookout|picnic|camp\w*|beach|friends|guests|party|festival|mechanic|garage sale|leak\w*|repair\w*|fix\w*|battery|jump ?start|rain|warm(?:ing)? up|exam|test|mot|inspection|tow\w*|plough|plow|aaa|roadside|rescue)\b`;
/** At the water's edge or on a bridge: the end of a pier, halfway across a bridge. */
const AT_WATER_EDGE = String.raw `\b(?:(?:at|to|on|reached|reach) the end of (?:the|a) (?:pier|jetty|breakwater|dock|wharf|harbour wall|sea wall)|(?:halfway across|in the middle of|on) (?:the|a) bridge|(?:at|on) the (?:edge of the (?:pier|quay|cliff|dock)|cliff edge))\b`;
/** Fishing, a sunset, a date, a boat: what else brings someone to the end of a pier. */
const WATER_EVERYDAY = String.raw `\b(?:fish\w*|sunset|sunrise|girlfriend|boyfriend|wife|husband|friends|photos?|pictures?|swim\w*|ferry|boat|sail\w*|walk(?:ing)? the dog|dog walk|traffic|jam|stuck|commute|run|running|jog\w*)\b`;
/** A pill organiser, a pharmacy, the week's doses: pills counted for taking as prescribed. */
const DOSES_EVERYDAY = String.raw `\b(?:organi[sz]er|weekly|dosette|pharmacy|pharmacist|chemist|refill|prescription|for the week|doses?|vitamins?|supplements?|the dog|the cat|my (?:mum|mom|dad|nan|gran)s)\b`;
export const EN_QUIET_ENDS_RULES = [
    {
        // "The pills are right here next to me and I've counted them twice": pills at hand and
        // counted over. A pill organiser, a refill or a pet's pills are not this.
        id: "en.means.pills-at-hand-counted",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:pills|tablets|meds|capsules)\b[^.]{0,30}?\b(?:right here|next to me|in front of me|on my lap|beside me|in my hand)\b[^]{0,40}?\bcounted (?:them|it|out|all of them)\b(?![^]{0,60}${DOSES_EVERYDAY})(?<!${DOSES_EVERYDAY}[^]{0,120})|\bcounted (?:the |my |all (?:the |my )?)?(?:[a-z]+ )?(?:pills|tablets|meds|capsules|them) (?:twice|three times|over and over|again and again)\b(?![^]{0,60}${DOSES_EVERYDAY})(?<!${DOSES_EVERYDAY}[^]{0,120})`),
    },
    {
        // "I've got the razor out and I just want it to STOP", "holding the blade, not putting it
        // down": a blade out now, in distress. Cooking, a craft or shaving are not this.
        id: "en.self-harm.blade-in-hand-now",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: phrase(String.raw `\b(?:i have got|ive got|i have|got|holding|i am holding|im holding|gripping) (?:the|a|my) (?:razor|blade|box cutter|cutter|razor blade)s? (?:out|in my hand|in hand)\b[^]{0,60}?\b(?:want (?:it|this|everything) to stop|(?:cant|cannot|can not) do this|not putting it down|wont put it down|want to cut|need to cut|just want|make it stop|want to die|cant take)\b(?![^]{0,60}\b(?:shav\w*|craft\w*|cardboard|boxes|parcel|package|onions?|cooking|dinner|kitchen|lol)\b)(?<!\b(?:shav\w*|craft\w*|cardboard|boxes|parcel|package|onions?|cooking|dinner|kitchen)\b[^]{0,120})`),
    },
    {
        // "Walked out to the end of the pier... Just wanted somebody to know where I was", "pulled
        // over halfway across the bridge... can't do this anymore": at the water now, with words of an
        // end. Fishing, a sunset, a date or a traffic jam on a bridge are not this.
        id: "en.attempt-in-progress.at-water-edge-now",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `${AT_WATER_EDGE}[^]{0,120}?\b(?:(?:wanted|want|needed) (?:someone|somebody|anyone|you|someone else) to know where i (?:am|was|will be)|not (?:coming|going) back|(?:cant|cannot|can not) do this (?:anymore|any more)|goodbye|if i (?:step|jump|go in|lean|let go)|nobody will (?:find|see|know)|(?:just )?(?:step|jump) in)\b(?![^]{0,80}${WATER_EVERYDAY})(?<!${WATER_EVERYDAY}[^]{0,200})`),
    },
    {
        // "Filled my coat pockets with stones", "a backpack full of rocks, standing by the river":
        // weighted for the water. A collection, a garden, skimming stones or a craft are not this.
        id: "en.attempt-in-progress.weighted-for-water",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:(?:filled|stuffed|loaded|weighed down|weighted) (?:my )?(?:coat |jacket )?(?:pockets|backpack|bag) (?:with|full of) (?:stones|rocks|bricks|weights)|(?:stones|rocks|bricks) in my (?:coat |jacket )?(?:pockets|backpack)|my (?:coat |jacket )?(?:pockets|backpack) (?:are |is )?full of (?:stones|rocks|bricks))\b(?![^]{0,80}\b(?:collect\w*|collection|garden\w*|souvenirs?|kids|painting|paint|skim\w*|crafts?|aquarium|geology|rockhound\w*|beach ?comb\w*|lol|haha)\b)(?<!\b(?:collect\w*|collection|garden\w*|souvenirs?|kids|painting|paint|skim\w*|crafts?|aquarium|geology|rockhound\w*|beach ?comb\w*)\b[^]{0,160})`),
    },
    {
        // "in the car... I brought the tube for the exhaust", "I'm in the car in the garage with the
        // door down. haven't turned the key yet": the car set up for its fumes, the writer in it now.
        // An exhaust leak, a mechanic, a flat battery or waiting out the rain are not this.
        id: "en.attempt-in-progress.car-fumes-set-up",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `(?:(?<=${IN_CAR}[^]{0,160}?)\b(?:brought|bought|have|got|packed|taped|fitted|attached|connected|put)\b (?:the |a |my )?(?:tube|hose|hosepipe|pipe)\b[^.]{0,16}?\b(?:for|to|on|onto|into|from|over) (?:the )?exhaust\b|\b(?:brought|bought|have|got|packed) (?:the |a |my )?(?:tube|hose|hosepipe|pipe)\b[^.]{0,16}?\b(?:for|to|on|onto) (?:the )?exhaust\b(?=[^]{0,160}?${IN_CAR})|\b(?:(?:i am|im|sitting|sat|i have been|been) )?(?:in|inside) (?:the|my) (?:car|van|truck) in (?:the|my|our) garage\b[^]{0,80}?\b(?:havent|have not|not yet|didnt|did not|still havent) (?:turned|started|switched on|put) (?:the )?(?:key|engine|car|ignition)\b)(?![^]{0,80}${CAR_EVERYDAY})(?<!${CAR_EVERYDAY}[^]{0,160})`),
    },
    {
        // "if I switch the engine off I'll be gone by morning", "turn the engine off and let the cold
        // do it": the engine off in the cold, as the way. Nearly freezing on a trip, advice to keep it
        // running, a tow on its way are not this.
        id: "en.attempt-in-progress.engine-off-cold",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:if i|when i|once i|ill|i will|i am going to|im going to|going to|i just|just) (?:turn|switch|cut|kill|shut) (?:off )?the engine(?: off)?\b[^]{0,60}?\b(?:(?:ill|i will|i would|id|it will|itll|the cold will|the cold would|the cold can|cold will) (?:just )?(?:freeze|be frozen|be gone|be dead|be over|be done|not wake up|do it|take me|finish it)|(?:gone|dead|over|done|finished|frozen) by (?:the )?morning|let the cold (?:do it|take me|finish it))\b(?![^]{0,80}${CAR_EVERYDAY})(?<!${CAR_EVERYDAY}[^]{0,160})`),
    },
    {
        // "how long before you stop feeling the cold if you walk into the woods at -20 without a
        // coat?": how long the cold takes, with the exposure chosen. A survival course, a cold plunge,
        // a hike or a story are not this.
        id: "en.method-question.cold-exposure",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\bhow (?:long|quickly|fast|many (?:hours|minutes))\b[^.]{0,40}?\b(?:stop feeling (?:the )?cold|freeze to death|die of (?:the )?cold|die from (?:the )?cold|die of hypothermia|hypothermia (?:kills|takes|to kill|would take)|before (?:you|i|one|someone) (?:freeze|die|pass out|stop feeling))\b[^.]{0,80}?\b(?:without (?:a )?(?:coat|jacket|clothes)|with no (?:coat|jacket|clothes)|in the snow|into the (?:woods|forest|snow|mountains|hills)|lie down|lying down|lay down|below (?:zero|freezing)|at (?:minus )?\d+)\b(?![^]{0,80}\b(?:survival|guide|class|course|hike|hiking|camping|ski\w*|plunge|ice bath|dog|cat|puppy|plants?|story|novel|character|book|film|movie|documentary|game)\b)(?<!\b(?:survival|guide|class|course|hike|hiking|camping|ski\w*|plunge|ice bath|dog|cat|puppy|plants?|story|novel|character|book|film|movie|documentary|game)\b[^]{0,160})`),
    },
    {
        // "bought charcoal and a little grill, they're in the back of the car. driving up the
        // mountain tonight": charcoal carried in the car for tonight or a lonely place, with no food,
        // friends or camp beside it.
        id: "en.means.charcoal-in-car",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\bcharcoal\b[^]{0,60}?\b(?:in|into|on) (?:the |my )?(?:car|boot|trunk|back seat|passenger seat|back of (?:the|my) (?:car|van))\b[^]{0,80}?\b(?:tonight|right now|driving (?:up|out|to)|heading (?:up|out|to)|going (?:up|out) (?:to )?(?:the )?(?:mountains?|woods|forest|hills|lake|somewhere))\b(?![^]{0,80}${CAR_EVERYDAY})(?<!${CAR_EVERYDAY}[^]{0,160})`),
    },
    {
        // "scheduled a post for sunday. by then I'll be gone": something set to go out after one's
        // end. A holiday, a flight, a retreat or being asleep are not this.
        id: "en.preparation.scheduled-for-after",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: phrase(String.raw `\b(?:scheduled|queued|timed|set|programmed)\b[^.]{0,40}?\b(?:post|posts|email|emails|message|messages|tweet|tweets|video|upload|letter|text|blog)\b[^]{0,80}?\b(?:by then|by the time (?:it|they|anyone|people|you|she|he) [a-z ]{1,24}?)\b,? ?(?:ill|i will|i am going to|im going to|i shall) (?:already )?(?:be gone|be dead|not be here|not be around|not be alive|no longer be here|no longer be around)\b(?![^]{0,80}\b(?:holiday|vacation|trip|flight|plane|camping|offline|festival|retreat|surgery|hospital|abroad|asleep|sleeping|work|moving|moved|on leave)\b)(?<!\b(?:holiday|vacation|trip|flight|plane|camping|festival|retreat|surgery|abroad|moving|on leave)\b[^]{0,160})`),
    },
    {
        // "the final episode of my life airs next friday. no reruns": one's life as a show with its
        // end dated (net slang). The best finale of one's life, an essay or a show's finale are not
        // this.
        id: "en.plan.life-final-episode-dated",
        level: "crisis",
        category: "plan",
        pattern: phrase(String.raw `(?:\b(?:series |season )?(?:finale|final episode|last episode|final season|end credits)\b of my life\b|\bmy lifes (?:series |season )?(?:finale|final episode|last episode|end credits)\b)(?<!\b(?:best|worst|greatest|favou?rite|funniest|saddest|biggest) (?:series |season )?(?:finale|final episode|last episode|final season|end credits) of my life)[^.]{0,50}?\b(?:airs|drops|is on|comes out|premieres|rolls|tomorrow|tonight|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?![^]{0,60}\b(?:essay|story|book|memoir|novel|podcast|netflix|hbo|season \d|the show)\b)`),
    },
    {
        // "scouted a cliff last week, high enough to jump from": a height chosen for it. Cliff
        // diving, a bungee, a photo spot or a climb with friends are not this.
        id: "en.means.scouted-place-to-jump",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:scouted|checked out|found|picked|chose|chosen|looked at|went to look at|visited)\b (?:out )?(?:a|the|my|one) (?:cliff|bridge|spot|place|building|roof|rooftop|car park|parking garage|ledge|overpass)\b[^.]{0,50}?\b(?:high enough|tall enough|(?:to|i could|i can|id|i would) jump (?:from|off)|to jump)\b(?![^]{0,80}\b(?:dive|diving|divers?|swim\w*|into the (?:water|sea|lake|river|pool)|bungee|base|parachut\w*|paraglid\w*|hang ?glid\w*|photos?|photography|drone|parkour|climb\w*|friends|lol)\b)(?<!\b(?:dive|diving|swim\w*|bungee|base jump\w*|parachut\w*|paraglid\w*|photos?|photography|drone|parkour|climb\w*|friends)\b[^]{0,160})`),
    },
    {
        // "I look at the rooftop of my officetel and think, only one step": a height and one step
        // thought of. A step at a time, a bar one step from the station, a recipe are not this.
        id: "en.plan.height-one-step",
        level: "crisis",
        category: "plan",
        pattern: phrase(String.raw `\b(?:roof|rooftop|ledge|bridge|cliff|balcony|railing|platform|window)\b[^]{0,80}?\b(?:think|thought|thinking|tell myself|told myself|telling myself)\b,? (?:its |it is |it would be |that its |that it is )?(?:only|just) one step\b(?!\x20?(?:at a time|ahead|closer|forward|further|from|to|away|up|down|in the|of the|left|more))`),
    },
    {
        // "just deleted all my photos and my insta and my twitter... nice tidy exit 🪦": one's traces
        // wiped as an exit. A social media break, a full phone, a new phone or a breakup are not this.
        id: "en.preparation.traces-deleted-exit",
        level: "crisis",
        category: "preparation",
        pattern: phrase(String.raw `\b(?:deleted|wiped|erased|removed|closed)\b (?:all |every )?(?:of )?(?:my )?(?:photos|pictures|pics|accounts|insta|instagram|twitter|facebook|tiktok|socials|social media|profiles?)\b[^]{0,60}?\b(?:(?:tidy|clean|neat|quiet|graceful|nice|final|last) exit|leav(?:e|ing) no trace|no trace (?:left|of me)|nothing left of me|coffin|headstone|tombstone)\b(?![^]{0,60}\b(?:detox|break|hiatus|doomscroll\w*|storage|space|backup|cloud|new phone|privacy|hacked|lol|lmao|rip my)\b)(?<!\b(?:detox|break|hiatus|for a (?:week|month|while)|doomscroll\w*|storage|space|backup|cloud|new phone|privacy|hacked|ex|breakup|job hunt\w*)\b[^]{0,160})`),
    },
];
//# sourceMappingURL=quiet-ends.js.map