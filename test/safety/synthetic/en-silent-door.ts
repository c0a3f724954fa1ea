/**
 * Generated English messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: a welfare emergency told by an aged parent, an adult child who
 * has made no sound for days behind a locked door, meals left untouched. Its hard negatives,
 * from the same parents, are a son who sleeps late and eats in the evening, a quiet day after
 * which he ate, a child on headphones all day, so that neither a shut door nor a quiet room says
 * "crisis" alone. Written from the kind, in the voices of issue 12; no blind round's sentence is
 * copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("en", "other", label);
const otherCrisis = family("crisis");
const otherOrdinary = family("ordinary");

export const EN_SILENT_DOOR: readonly Family[] = [
  otherCrisis("silent-door", [
    "{I am|I'm} {79|82|84|77} and my {son|daughter} {lives|has lived} with me. {For three days|In four days|Since Sunday|Since Tuesday} {there has been|I've heard} {no sound|not a sound|nothing} from {his|her|the} room{.|,} {the tray is untouched|the meals are still outside the door|the plates haven't been touched}",
    "{My|Our} {son|daughter|grandson}'s door {has been|is} {locked|shut} {for days|since the weekend}{.|,} {I knock and nothing|I've knocked and no answer|not a word when I knock}{.|,} {the phone keeps ringing in there|the food I leave is untouched}{.|} {I can't open it myself.|I am too old to force it.|}",
    "{I'm|I am} {an old mother|his father|in my eighties}. {No|Not a} {sound|footstep|flush} from my {son|daughter}'s room {for days|in four days|for almost a week}{,|.} {the light hasn't changed|the tv is still on|the water bottle hasn't moved}{.|} {What should I do?|Who do I call?|Please help.|}",
  ]),
  otherOrdinary("quiet-room-everyday", [
    "{My|Our} {son|daughter} {sleeps|sleeps in} {until|till} {2pm|3|the afternoon} {most days|again today}{.|,} {but came down for dinner and ate|but had seconds later|but came out later and ate}",
    "{Yesterday|On Sunday} {my|our} {son|daughter} {stayed in|didn't come out of} {the|their} room {all day|the whole day}{.|,} {but later finished the plate I left|and at night the food was eaten}{. I was relieved.|. Such a relief.|}",
    "{My|Our} {son|daughter} {is|was} {quiet|very quiet} {lately|this week}{,|.} {headphones on|gaming|online} {all day|most of the day}{.|,} {still empties the tray every evening|eats at night as usual}",
  ]),
];
