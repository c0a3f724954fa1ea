/**
 * The en rules for a crisis happening now that round 20 found no rule for (the fifteenth pass,
 * whose danger and how urgent): pills or drink taken in quantity and the body giving out now
 * (Korean-L1 "I drink many pill now. I feel very sleepy and heart is fast"), someone at home
 * kicking the writer's door in with a threat to kill, and a family member hitting another one now
 * (a parent locked in the bathroom while the husband hits their son). Each has its look-alikes
 * excluded beside it. Examples in test/safety/rule-examples.json.
 */
import type { RiskRule } from "../../rule-types.js";
import { phrase } from "./patterns.js";

// Taken in quantity, or with drink: one sleeping pill and feeling sleepy is what it is for.
const TAKEN_MANY = String.raw`(?:(?:took|taken|swallowed|downed|necked|drank|drink|drunk|had|ate)\x20(?:so\x20|way\x20too\x20|too\x20)?(?:many|all|all\x20of|a\x20whole|the\x20entire|an\x20entire|(?:my|her|his|their)\x20whole|a\x20lot\x20of|lots\x20of|loads\x20of|a\x20bunch\x20of|a\x20handful\x20of|a\x20fistful\x20of|the\x20whole|half\x20(?:a|the)|\d{2,}|twenty|thirty|forty|fifty)\x20(?:(?:bottle|box|pack|packet|sheet)s?\x20of\x20)?(?:(?:my|the|her|his|mums?|moms?|dads?)\x20)?(?:[a-z]+\x20)?(?:pills?|tablets?|meds|sleeping\x20pills|paracetamol|panadol|tylenol|ibuprofen)|(?:vodka|whiskey|whisky|wine|beer|soju|sake|gin|rum|alcohol|booze)\b[^.]{0,30}?\b(?:then|and|with|plus|on\x20top\x20of)\x20(?:the\x20|my\x20|some\x20|all\x20(?:the\x20|my\x20)?)?(?:sleeping\x20pills|pills|tablets|meds|painkillers|xanax|valium))`;
// ...and the body giving out now.
const BODY_NOW = String.raw`(?:(?:very\x20|so\x20|really\x20)?(?:sleepy|drowsy)|heart\x20(?:is\x20|s\x20)?(?:going\x20|beating\x20)?(?:really\x20|very\x20|so\x20)?(?:fast|racing|pounding)|(?:rooms?|head|everything)(?:\x20is|\x20s)?\x20spinning|(?:hands?|arms?|legs?|lips?|face)(?:\x20is|\x20are|\x20feel|\x20feels)?\x20(?:numb|tingl\w*|weird)|cant\x20(?:breathe|feel\x20my|stand\x20up|keep\x20my\x20eyes\x20open)|hard\x20to\x20breathe|throwing\x20up|vomiting|passing\x20out|passed\x20out|blacking\x20out|slumped|collapsed|unconscious|breathing\x20(?:really\x20|very\x20|so\x20)?(?:weird|strange|funny|slow|slowly|shallow))`;
const BODY_EVERYDAY = String.raw`(?:prescribed|my\x20doctor|as\x20directed|cold\x20and\x20flu|hay\x20?fever|allergy|allergies|antihistamine|jet\x20?lag|flight|hangover|hungover|lol|lmao|haha|party|pregame)`;

// Someone at the door now with a threat to kill: "he's kicking my door and screaming he'll kill me".
const DOOR_ATTACKED = String.raw`(?:kicking|banging\x20on|smashing|breaking\x20down|punching|trying\x20to\x20(?:break|kick)\x20(?:down|in))\x20(?:my|the|our)\x20(?:bedroom\x20|bathroom\x20|front\x20)?door`;
const KILL_ME = String.raw`(?:(?:hell|shell|theyll|he\x20will|she\x20will|they\x20will|hes\x20going\x20to|shes\x20going\x20to|going\x20to)\x20(?:kill|hurt|stab|get)\x20me|kill\x20me)`;
const DOOR_EVERYDAY = String.raw`(?:lol|lmao|haha|jk|joking|charger|hoodie|wifi|my\x20turn|game|controller|wake\x20me\x20up|late\x20for|alarm|police\x20(?:are|were)\x20here)`;

// A family member hitting another one now: "my husband is hitting our son with a chair right now".
const HITTER = String.raw`(?:husband|wife|partner|dad|father|stepdad|step\x20dad|mum|mom|mother|brother|sister|son|boyfriend|girlfriend|uncle|grandad|grandpa)`;
const HIT_NOW = String.raw`(?:is|s|keeps)\x20(?:hitting|beating|kicking|punching|choking|strangling|stabbing|attacking)\x20(?:our|my|his|her)\x20(?:son|daughter|kids?|children|baby|mum|mom|mother|sister|brother|wife|husband|grandma|nan|gran|grandpa|grandad)`;
const HIT_EVERYDAY = String.raw`(?:in\x20(?:fifa|chess|smash|mario|cards|the\x20game|a\x20game|tennis|ping\x20pong|wrestling|judo|karate|training|sparring)|at\x20(?:fifa|chess|cards|tennis|golf|pool|darts)|pillow|snowball|nerf|water\x20balloon|tickl\w*|play\s?fight\w*|lol|lmao|haha)`;

// --- p19now, the nineteenth pass (after round 24): the writer's own, happening now -----------
// At a named place of danger now (the top level of a car park, a cliff edge, a dam wall, a
// rooftop, a level crossing, a platform, a bridge), in any English ("am sittin at the edge o the
// cliff", "I at the rooftop now lah"), and an end said: "not going home", "this is me", "cannae
// dae it anymair", "tell my son I love him", "this is the night". A view, a bar, a walk, a
// shift, waiting for the barrier or staying at a mate's are not this.
const PRESENT_AT = `(?:i am|im|i|am|me|currently|sat|sitting|sittin|standing|stood|perched|parked(?: up)?|been sat|been sitting|ive been|i have been)(?: (?:now|right now|rn|just|still|here|out|up|down))? (?:at|on|by|up on|up at|out on|out at|in)`;
const DANGER_PLACE = String.raw`(?:the |a |this |my |our )?(?:(?:top|highest|roof|upper) (?:level|floor|deck|storey|story) (?:of|o) (?:the |a |this )?(?:multi ?storey |multistorey |multi story )?(?:car ?park|parking (?:garage|structure|deck|building))|(?:edge|top|lip) (?:of|o) (?:the |a |this )?(?:cliffs?|quarry|gorge|bridge|dam|roof|building|car ?park|platform)|cliff ?(?:edge|top)s?|cliffs?|dam (?:wall|edge)|dam|weir|(?:hdb |block |flat |flats |building |apartment |condo )?(?:rooftop|roof)|(?:railway|level|train|rail|railroad) crossing|railway line|train tracks|tracks|(?:train |station |railway |subway |tube )?platform|bridge|overpass|flyover|viaduct|gorge|quarry|lookout)\b`;
const END_SAID = `(?:not going (?:back )?home|not going back|not coming (?:back|home|down)|(?:wont|will not|never) be (?:going |coming )?(?:back|home)|(?:wont|will not|never) (?:go|come) (?:back|home)|this is me(?=$|[.,!])|this is (?:it|the end|goodbye)(?=$|[.,!])|this is the night|tonight is the night|(?:cant|cannot|can not|cannae|canny) (?:do|dae|take|keep|go on|handle|be) ?(?:it|this|any (?:of|o) (?:it|this)|life)? ?(?:any ?more|any ?mair|no more)|(?:dont|do not|no|dinnae) (?:want|wanna) (?:to )?(?:continue|go on|live|be here|be alive|carry on|keep going)|tell (?:my|ma) [a-z]+ (?:that )?i love|goodbye(?: (?:everyone|all|world))?(?=$|[.,!])|bye (?:everyone|all|world)|(?:gonna|going to|will|ill|i will) (?:jump|end it|end things|let go|step off|step out|go over)|ending it|end it all|done with (?:it all|life|everything|living))`;
const PLACE_EVERYDAY = String.raw`\b(?:view|views|sunset|sunrise|stars|photos?|pics?|selfies?|tour|tourists?|sightseeing|visiting|bar|drinks|cocktails?|party|picnic|fishing|hike|hiking|walk|walking|dog|lunch|break|shift|(?:at|from|to|after|before|for|back to|way to) work|work (?:break|lunch|do|party|mates)|date|fireworks|festival|concert|gig|birthday|wedding|hols|holiday|trip|bungee|mates?|staying|sleepover|crash at|lol|haha|lmao|waiting for (?:the|my|a) (?:train|bus|lift|mate|mum|dad|ride|uber|barrier|gates?)|barrier|gates? (?:to )?(?:open|lift|go up)|till|until|traffic|late|exam|meeting|game|match|cards?|collect\w*)\b`;

// In a vehicle, set up, and the engine running: "in the ute, it's all set up and the engine's
// going". Warming it up in winter, a school run, a nap at lunch or music are not this.
const IN_VEHICLE = String.raw`\b(?:in|inside|sat in|sitting in|sittin in)\b (?:the|my|our|a|me) (?:car|ute|van|truck|wagon|vehicle|4wd|hatchback|garage|shed)\b`;
const SET_UP = String.raw`\b(?:(?:its|it is|its all|it is all|all|everything is|everythings|got it|got everything) (?:set up|ready|sorted|done|in place)|set up|hose (?:on|in|from|is)|taped (?:up|it|the)|sealed (?:up|it|the)|windows (?:are )?(?:sealed|taped))\b`;
const ENGINE_ON = String.raw`\b(?:engine|motor)(?:s| is| s)? (?:running|going|on|ticking over)\b`;
const VEHICLE_EVERYDAY = String.raw`\b(?:warm(?:ing)?(?: (?:it|her|the car|up))?|defrost\w*|heater|heating|aircon|frost|icy|ice|windscreen|school run|pick(?:ing)? (?:up|you up|them up)|waiting for|road trip|trip|camping|camp|charging|charger|music|radio|playlist|lunch|sandwich|podcast|drive ?thru|drive through|nap|tailgate|jump ?start|mechanic|service|sat nav|gps|lol|haha)\b`;

// Medicine taken in a large amount now and sleep wished or coming on: "necked a whole bottle of
// cough syrup, don't need to wake up". Taken as directed, for a cold, on a doctor's word is not this.
const TAKEN_LOTS = String.raw`\b(?:took|taken|drank|drunk|downed|necked|chugged|swallowed|had|knocked back|sank)\b (?:a |the |like )?(?:whole|entire|full|two|three|four|2|3|4) (?:bottles?|boxes|box|packs?|packets?|strips?|sheets?) (?:of )?(?:my |the )?(?:cough (?:syrup|medicine|mixture|meds)|robitussin|benadryl|nyquil|dxm|codeine|night nurse|sleeping (?:pills|tablets)|sleep aids?|pills|tablets|meds|paracetamol|panadol|tylenol|antihistamines?)\b|\b(?:took|taken|drank|downed|necked|swallowed|had)\b [^.]{0,30}?\b(?:\d+|ten|twenty|several|many|way more than|like \d+) times (?:the|my|what) (?:normal |usual |recommended )?(?:dose|amount|it says|you should)`;
const NO_WAKE = String.raw`\b(?:(?:dont|do not) (?:need|want|have|care if i) (?:to )?wake(?: up)?|(?:hope|hoping) i (?:dont|do not|never) wake(?: up)?|not waking up|never wake up|(?:head|everything|room)(?: is| s|s)? (?:spinning|swimming|fuzzy|buzzing|pounding)|so (?:sleepy|drowsy)|cant keep my eyes open|going numb|fading)\b`;
const LOTS_EVERYDAY = String.raw`\b(?:as directed|prescribed|doctor|gp|pharmacist|cold|flu|covid|hay ?fever|allergy|allergies|lol|haha|lmao)\b`;

// The bills settled and going out tonight not to come back: "paid the rent and the power, going
// out tonight and I won't be back". A move, a trip, a night shift or a party are not this.
const BILLS_SETTLED = String.raw`\b(?:paid|settled|cleared|sorted|squared|transferred)\b (?:off |up )?(?:the |my |all (?:my |the )?|what i owe (?:on )?)?(?:rent|bills?|debts?|phone bill|power(?: bill)?|electric(?:ity)?(?: bill)?|gas(?: bill)?|council tax|loans?|tab)\b`;
const NOT_RETURNING = String.raw`\b(?:not (?:be )?coming back|wont be (?:coming )?back|will not be (?:coming )?back|never coming back|not returning|wont (?:be )?return\w*|for good|for the last time|wont come home|not coming home)\b`;
const LEAVING_EVERYDAY = String.raw`\b(?:trip|holiday|moving|move out|moved|flight|travel\w*|night shift|shift|party|club|festival|sleepover|staying at|camping|new (?:place|flat|house|job)|lease|landlord|notice|deposit|uni|abroad|overseas|rehab|hospital|mums|dads|parents)\b`;

const P19NOW_RULES: readonly RiskRule[] = [
  {
    // "sat on the top level of the car park an hour now. not going home": at a place of danger
    // now, and an end said.
    id: "en.attempt-in-progress.at-a-danger-place-now-end",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      String.raw`\b${PRESENT_AT} ${DANGER_PLACE}[^]{0,120}?\b${END_SAID}(?<!${PLACE_EVERYDAY}[^]{0,160})(?![^]{0,40}${PLACE_EVERYDAY})`,
    ),
  },
  {
    // "sitting in the van, hose is on, engine running": set up in a vehicle, the engine on.
    id: "en.attempt-in-progress.vehicle-set-up-engine-on",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      `(?:${IN_VEHICLE}[^]{0,60}?${SET_UP}[^]{0,50}?${ENGINE_ON}|${IN_VEHICLE}[^]{0,60}?${ENGINE_ON}[^]{0,50}?${SET_UP})(?<!${VEHICLE_EVERYDAY}[^]{0,160})(?![^]{0,40}${VEHICLE_EVERYDAY})`,
    ),
  },
  {
    // "drank the whole bottle of cough syrup. dont need to wake up": an overdose under way.
    id: "en.attempt-in-progress.took-lots-no-wake",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: phrase(
      `(?:${TAKEN_LOTS})[^]{0,80}?${NO_WAKE}(?<!${LOTS_EVERYDAY}[^]{0,160})(?![^]{0,40}${LOTS_EVERYDAY})`,
    ),
  },
  {
    // "rent's paid. going out tonight and I won't be back": settled, and not coming back.
    id: "en.plan.bills-paid-not-returning",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`${BILLS_SETTLED}[^]{0,100}?\b(?:tonight|this evening|later|when its dark|after dark)\b[^]{0,50}?${NOT_RETURNING}(?<!${LEAVING_EVERYDAY}[^]{0,200})(?![^]{0,40}${LEAVING_EVERYDAY})`,
    ),
  },
];

export const EN_HAPPENING_NOW_RULES: readonly RiskRule[] = [
  {
    // "I drink many pill now. I feel very sleepy and heart is fast", "had half a bottle of vodka
    // then the sleeping pills. room's spinning": an overdose under way.
    id: "en.attempt-in-progress.body-after-pills",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b${TAKEN_MANY}\b[^]{0,80}?\b${BODY_NOW}\b(?<!${BODY_EVERYDAY}[^]{0,120})(?![^]{0,80}${BODY_EVERYDAY})`,
    ),
  },
  {
    // "he's kicking my door and screaming he'll kill me, the frame is cracking".
    id: "en.danger-at-home.threat-at-the-door",
    level: "crisis",
    category: "danger-at-home",
    pattern: phrase(
      String.raw`(?:\b${DOOR_ATTACKED}\b[^]{0,60}?\b${KILL_ME}\b|\b${KILL_ME}\b[^]{0,60}?\b${DOOR_ATTACKED}\b)(?<!${DOOR_EVERYDAY}[^]{0,120})(?![^]{0,60}${DOOR_EVERYDAY})`,
    ),
  },
  {
    // "My husband is hitting our son with a chair right now, I'm locked in the bathroom".
    id: "en.danger-at-home.hitting-family-now",
    level: "crisis",
    category: "danger-at-home",
    pattern: phrase(
      String.raw`\b${HITTER}\x20${HIT_NOW}\b(?![^.]{0,40}${HIT_EVERYDAY})(?=[^.]{0,40}\b(?:right\x20now|now|rn|as\x20we\x20speak)\b)`,
    ),
  },
  // p19now (after round 24), above.
  ...P19NOW_RULES,
];
