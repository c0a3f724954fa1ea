import { phrase } from "./patterns.js";
// Taken in quantity, or with drink: one sleeping pill and feeling sleepy is what it is for.
const TAKEN_MANY = String.raw `(?:(?:took|taken|swallowed|downed|necked|drank|drink|drunk|had|ate)\x20(?:so\x20|way\x20too\x20|too\x20)?(?:many|all|all\x20of|a\x20whole|the\x20entire|an\x20entire|(?:my|her|his|their)\x20whole|a\x20lot\x20of|lots\x20of|loads\x20of|a\x20bunch\x20of|a\x20handful\x20of|a\x20fistful\x20of|the\x20whole|half\x20(?:a|the)|\d{2,}|twenty|thirty|forty|fifty)\x20(?:(?:bottle|box|pack|packet|sheet)s?\x20of\x20)?(?:(?:my|the|her|his|mums?|moms?|dads?)\x20)?(?:[a-z]+\x20)?(?:pills?|tablets?|meds|sleeping\x20pills|paracetamol|panadol|tylenol|ibuprofen)|(?:vodka|whiskey|whisky|wine|beer|soju|sake|gin|rum|alcohol|booze)\b[^.]{0,30}?\b(?:then|and|with|plus|on\x20top\x20of)\x20(?:the\x20|my\x20|some\x20|all\x20(?:the\x20|my\x20)?)?(?:sleeping\x20pills|pills|tablets|meds|painkillers|xanax|valium))`;
// ...and the body giving out now.
const BODY_NOW = String.raw `(?:(?:very\x20|so\x20|really\x20)?(?:sleepy|drowsy)|heart\x20(?:is\x20|s\x20)?(?:going\x20|beating\x20)?(?:really\x20|very\x20|so\x20)?(?:fast|racing|pounding)|(?:rooms?|head|everything)(?:\x20is|\x20s)?\x20spinning|(?:hands?|arms?|legs?|lips?|face)(?:\x20is|\x20are|\x20feel|\x20feels)?\x20(?:numb|tingl\w*|weird)|cant\x20(?:breathe|feel\x20my|stand\x20up|keep\x20my\x20eyes\x20open)|hard\x20to\x20breathe|throwing\x20up|vomiting|passing\x20out|passed\x20out|blacking\x20out|slumped|collapsed|unconscious|breathing\x20(?:really\x20|very\x20|so\x20)?(?:weird|strange|funny|slow|slowly|shallow))`;
const BODY_EVERYDAY = String.raw `(?:prescribed|my\x20doctor|as\x20directed|cold\x20and\x20flu|hay\x20?fever|allergy|allergies|antihistamine|jet\x20?lag|flight|hangover|hungover|lol|lmao|haha|party|pregame)`;
// Someone at the door now with a threat to kill: "he's kicking my door and screaming he'll kill me".
const DOOR_ATTACKED = String.raw `(?:kicking|banging\x20on|smashing|breaking\x20down|punching|trying\x20to\x20(?:break|kick)\x20(?:down|in))\x20(?:my|the|our)\x20(?:bedroom\x20|bathroom\x20|front\x20)?door`;
const KILL_ME = String.raw `(?:(?:hell|shell|theyll|he\x20will|she\x20will|they\x20will|hes\x20going\x20to|shes\x20going\x20to|going\x20to)\x20(?:kill|hurt|stab|get)\x20me|kill\x20me)`;
const DOOR_EVERYDAY = String.raw `(?:lol|lmao|haha|jk|joking|charger|hoodie|wifi|my\x20turn|game|controller|wake\x20me\x20up|late\x20for|alarm|police\x20(?:are|were)\x20here)`;
// A family member hitting another one now: "my husband is hitting our son with a chair right now".
const HITTER = String.raw `(?:husband|wife|partner|dad|father|stepdad|step\x20dad|mum|mom|mother|brother|sister|son|boyfriend|girlfriend|uncle|grandad|grandpa)`;
const HIT_NOW = String.raw `(?:is|s|keeps)\x20(?:hitting|beating|kicking|punching|choking|strangling|stabbing|attacking)\x20(?:our|my|his|her)\x20(?:son|daughter|kids?|children|baby|mum|mom|mother|sister|brother|wife|husband|grandma|nan|gran|grandpa|grandad)`;
const HIT_EVERYDAY = String.raw `(?:in\x20(?:fifa|chess|smash|mario|cards|the\x20game|a\x20game|tennis|ping\x20pong|wrestling|judo|karate|training|sparring)|at\x20(?:fifa|chess|cards|tennis|golf|pool|darts)|pillow|snowball|nerf|water\x20balloon|tickl\w*|play\s?fight\w*|lol|lmao|haha)`;
export const EN_HAPPENING_NOW_RULES = [
    {
        // "I drink many pill now. I feel very sleepy and heart is fast", "had half a bottle of vodka
        // then the sleeping pills. room's spinning": an overdose under way.
        id: "en.attempt-in-progress.body-after-pills",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: phrase(String.raw `\b${TAKEN_MANY}\b[^]{0,80}?\b${BODY_NOW}\b(?<!${BODY_EVERYDAY}[^]{0,120})(?![^]{0,80}${BODY_EVERYDAY})`),
    },
    {
        // "he's kicking my door and screaming he'll kill me, the frame is cracking".
        id: "en.danger-at-home.threat-at-the-door",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `(?:\b${DOOR_ATTACKED}\b[^]{0,60}?\b${KILL_ME}\b|\b${KILL_ME}\b[^]{0,60}?\b${DOOR_ATTACKED}\b)(?<!${DOOR_EVERYDAY}[^]{0,120})(?![^]{0,60}${DOOR_EVERYDAY})`),
    },
    {
        // "My husband is hitting our son with a chair right now, I'm locked in the bathroom".
        id: "en.danger-at-home.hitting-family-now",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b${HITTER}\x20${HIT_NOW}\b(?![^.]{0,40}${HIT_EVERYDAY})(?=[^.]{0,40}\b(?:right\x20now|now|rn|as\x20we\x20speak)\b)`),
    },
];
//# sourceMappingURL=happening-now.js.map