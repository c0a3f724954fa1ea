/**
 * Generated English hard negatives for the fourth pass: the words of a means, a height or a
 * time in their everyday use (a train tonight, rope for a tent or a tomato plant, hanging a
 * shelf, an observation deck, a cold medicine dose, "knock myself out with a nap", a parent's
 * good news, a story being written), so that no such word alone reads as a crisis. Beside them,
 * crises said plainly and with typing slips, the kind the learned layer held at concern.
 * Written from the kinds of message, not from any blind round's sentences.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("en", subject, label);
const ordinary = family("self", "ordinary");
const otherOrdinary = family("other", "ordinary");
const crisis = family("self", "crisis");

export const EN_EVERYDAY: readonly Family[] = [
  ordinary("travel-tonight", [
    "{taking|catching|getting on} the {night bus|last train|overnight train|red eye|ferry} {tonight|later|at 11} to {see my aunt|visit my cousin|go home for the holidays|a concert in osaka}",
    "{booked|got} {tickets|a seat} on the {train|bus|shinkansen} for {tonight|tomorrow morning|friday}{, first trip in ages|, kinda nervous but excited|}",
    "{my train|the bus} {leaves|goes} at {9|10:30|midnight} {tonight|}{. |, }{need to pack|gotta find my charger|hope i can sleep on it}",
    "{platform|gate} {changed|moved} {again|last minute}{, running to catch it| lol| ugh|}",
    "{going on|finally doing} a {day trip|little trip|road trip} {tonight|this weekend|tomorrow} {with my brother|alone|with a friend}{!| lol|}",
    "{missed|almost missed} the {last train|bus home} {lol|again|tonight}{, walking|, taxi it is|}",
  ]),
  ordinary("rope-garden-camping", [
    "{need|bought|got} {twine|string|rope|garden wire} to {tie up|support|stake} {my tomato plants|the cucumbers|the beans|the sunflowers}",
    "{what knot|which knot|how do i tie a knot} {for|to hold} {a tarp|a hammock|a tent guy line|a boat}{?|}",
    "{packing|packed} {rope|paracord|tent pegs|a lantern} for {camping|the hike|the trip} {this weekend|tomorrow}",
    "{using|used} {rope|a ratchet strap|bungee cords} to {tie down|hold} {the mattress|the boxes|the couch} for {the move|moving day}",
    "{my cat|the kitten|my dog} {loves|destroyed} {the rope toy|a piece of string|the cord of my blinds}{ lol|}",
    "{learning|learnt} {macrame|knot tying|how to splice rope} from {youtube|a video}{, its relaxing|, hard but fun|}",
  ]),
  ordinary("hanging-diy", [
    "{hanging|hung|putting up} {a shelf|some shelves|a picture|a mirror|fairy lights|a plant hanger|curtains} {in my room|today|this weekend}{, pretty proud|, crooked lol|}",
    "{how do i|best way to} hang {a heavy mirror|a floating shelf|a hanging basket|a hammock} {without drilling|on drywall|from the ceiling}{?|}",
    "{finally|just} {set up|hung} {the hammock|a hanging chair} {on the balcony|in the garden|between two trees}",
    "{hanging out|gonna hang out} with {my cousin|a friend|the neighbours kid} {tonight|later|tomorrow}",
    "{hung|hanging} {the laundry|my washing} {outside|on the balcony} {before the rain|finally}",
  ]),
  ordinary("heights", [
    "{went up|going up} {the sky tree|tokyo tower|an observation deck|the tallest building in town} {today|tonight|this weekend}{, the view was amazing|, scared of heights but worth it|}",
    "{tried|started} {bouldering|rock climbing|the climbing gym} {today|this week}{, my arms are dead|, so fun|}",
    "{watering|planting|sitting in} {the rooftop garden|my balcony garden|the roof terrace} {tonight|this evening|after dinner}",
    "{watched|watching} {the fireworks|the sunset|the trains} from {the bridge|the footbridge|the roof of the mall|the platform}{ with my dad|, so pretty|}",
    "{cleaned|cleaning} the {gutters|windows|balcony} {on a ladder|up high}{, legs shaking lol|}",
  ]),
  ordinary("medicine-normal", [
    "{how many|how often can i take} {cold tablets|cough drops|paracetamol|ibuprofen|allergy pills} {a day|for a fever|with food}{?|}",
    "{can|is it safe to give} {my dog|my cat} {half a pill|its worm tablets|the meds the vet gave} {with food|in cheese|}{?|}",
    "{took|taking} {my normal dose|the usual|one tablet} {of cold medicine|for my headache|before bed} {and|,} {feeling better|going to sleep now}",
    "{got a cold|sick again}{, |. }{stocked up on|bought} {medicine|cough syrup|tissues} {at the pharmacy|today}",
    "{the doctor|my pharmacist} {changed|lowered} my {dose|prescription}{, hope it helps|, feeling ok|}",
  ]),
  ordinary("idiom-tired", [
    "{gonna|going to} knock myself out with {a nap|melatonin and a movie|an early night}{ lol|}",
    "{dead|absolutely dead|dead on my feet} {tired|after the gym|after work}{, bed time| lol|}",
    "{killing it|killed it} {at work|in the interview|on the exam|today}{!| lol|, proud of myself}",
    "{that workout|leg day|the hike} {destroyed|murdered|killed} me{ lol|, worth it|}",
    "{my feet|my legs|my back} {are|is} killing me {after|from} {the trip|shopping|standing all day}",
    "{i would die|id die} for {a good burger|ramen|a hot bath} {right now|tonight|lol}",
  ]),
  ordinary("fiction", [
    "{writing|drafting} a {story|novel|short story|fanfic} where {the villain|a character|the detective} {jumps off a bridge|takes poison|hangs himself|dies} {in chapter 3|at the end|}{, is it too dark|, any tips|}",
    "{my|our} {screenplay|play|D&D campaign} has a {suicide|death|murder} scene{, how do i write it respectfully|, need feedback|}",
    "{researching|looking up} {poisons|knots|bridges} for {my mystery novel|a story|a plot}{ lol|, dont worry|}",
  ]),
  otherOrdinary("good-news", [
    "{my son|my daughter|our boy} {went out|left the house|took the train} {alone|by himself|by herself} {today|tonight|for the first time in years}{!|, im so happy|, we cried}",
    "{my son|my daughter|my brother} {started|got} {a part time job|a volunteer shift|a class} {this week|today}{, so proud|, hes nervous but ok|}",
    "{our son|my kid} {who|that} {hasnt left his room|was withdrawn} {for years|since school} {ate dinner with us|talked to us|went to the shop} {tonight|today}",
    "{my daughter|my son} {bought|is buying} {rope|a tent|camping gear} {for a trip|to go camping} with {friends|her club|his cousin}{, first time out in ages|}",
  ]),
  // Crises said plainly and typed fast: an act done, pills taken, a height "just to see".
  crisis("plain-acts", [
    "{did it again|cut again|i cut again|relapsed again} {tonight|just now|}{. |, }{{arm|thigh|wrist|stomach} this time|{cant|cnat} stop}",
    "{took|tookk|tokk|swalowed|swallowed} {all|al|the whole} {the|my|} {pills|pils|pilss|meds|bottle|sleeping pils} {just now|10 min ago|already}",
    "{i|} {took|tokk} {like|} {20|30|a handful of} {pills|tablets|pils} {idk|}{. |, }{{feel|fel} weird|{cant|cnat} see straight|}",
    "{standing|im standing|at} {the edge of the platform|the platform edge|the edge of the roof|the railing on the bridge} {just to see|just seeing|to see what its like}",
    "{been|i was} {in hospital|hospitalised} {after|for} {trying|my attempt} {last year|before}{. |, }{{feeling|feelin} {like that|it} again|{its|it's} back|same feeling tonight}",
    "{bleding|bleeding} {wont|won't|wnt} stop{. |, }{cut too deep|went too far|dont know what to do}",
  ]),
];
