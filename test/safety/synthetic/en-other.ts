/**
 * Generated English messages about someone else: the danger a parent, a sibling, a partner or
 * a friend reports (often only in the details), and the ordinary worries the same people write.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"], name: string, templates: string[], per?: number) =>
  familyOf("en", "other", label)(name, templates, per);

export const EN_OTHER: readonly Family[] = [
  family("crisis", "said", [
    "my <eother> {says|keeps saying|told me|texted me} {he|she|they} {wants to die|doesnt want to live|wants to disappear|is going to kill himself|cant do this anymore}",
    "my <eother> {said|wrote} {'i wont be around much longer'|'you'll be better off without me'|'im done'|'this is goodbye'} {last night|this morning|today}",
  ]),
  family("crisis", "found", [
    "found {a rope|a note|a letter addressed to us|pills hidden|a noose} in my <eother>{s|'s} {room|closet|car|backpack}",
    "my <eother>{s|'s} {search history|browser} {has|had} {how many pills|painless ways to die|how long it takes to drown|lethal doses} {in it|on it}",
    "my <eother> has {fresh cuts|new scars|burns} on {his|her|their} {arms|legs|wrists}{ and hides them| again|}",
  ]),
  family("crisis", "details", [
    "my <eother> {gave away|has been giving away} {his|her|their} {guitar|games|books|clothes|cat} {this week|lately}{. |, }{never done that before|said {he|she} wont need them|it scares me}",
    "my <eother> asked {who would get|who should have} {his|her|their} {things|stuff|savings} {if something happened|when {he|she|they}s gone}{. |, }{it didnt sound like a joke|i froze|}",
    "my <eother> {posted|texted|sent} {'see you on the other side'|'goodbye everyone'|'sorry for everything'|'thanks for everything'} {an hour ago|last night|on {his|her} story}{ and wont answer| and {his|her} phone is off| and isnt reading messages}",
    "my <eother> {suddenly|} {paid off|sorted} {all {his|her} debts|everything} and {wrote a will|made us a list of passwords}{. |, }{{he|she} is only {24|31|38}|something feels wrong}",
    "my <eother> asked if {i|we} would be {okay|fine} {on my own|without {him|her}}{. |, }{{he|she} also|and {he|she}} {stopped eating|gave away {his|her} books|said sorry for everything}",
  ]),
  family("crisis", "now", [
    "my <eother> {took|swallowed} {a lot of|a whole bottle of|all {his|her}} {pills|meds|sleeping pills} and {wont wake up|is barely responding|is so drowsy}",
    "my <eother> is {standing on|sitting on|climbing} {the balcony railing|the roof edge|the bridge railing}",
    "my <eother> {grabbed|has} a knife and {says|is screaming} {he|she|they}{ll| will} {end it|kill {himself|herself|themself}}",
    "my <eother> {cut|slashed} {his|her|their} {wrists|arm} and {its bleeding a lot|it wont stop bleeding}",
  ]),
  family("ordinary", "withdrawal", [
    "my <eother> {has stayed|stays} {in {his|her} room|at home} {for <eyears>|most days}{. |, }{are there family groups|where can families get advice|how can i help}",
    "my <eother> {games|plays games|is on {his|her} phone} {all night|until sunrise}{. |, }{is that normal|should i worry|how do i bring it up}",
    "how {do i|should i} {talk to|approach|support} my <eother> who {never leaves|rarely leaves} {the house|{his|her} room}",
    "my <eother> {came out of {his|her} room|had dinner with us|went to the store} {today|this week}{. |, }{small step but im happy|felt like a win}",
    "my <eother> wants to {try a part time job|go back to school|join a group}{. |, }how can i {support|encourage} {him|her|them} {without pressure|}",
    "my <eother> {sleeps|stays up} {all day|really late} and {skips meals|snacks at night}{, any tips|. what helps|}",
  ]),
  family("ordinary", "nuisance", [
    "my <eother> {will|is gonna} {literally |}{kill|murder|end} me {if i|when {he|she} finds out i} {forget {his|her} birthday|ate the last slice|spoiled the finale|miss the party}",
    "my <eother> {keeps nagging|wont stop nagging} me {about|to} {clean my room|get a haircut|call grandma}",
    "my <eother> {cried|sobbed} at the {ending|finale} where {the dog|the hero|everyone} dies",
    "{fought|argued} with my <eother> about {dishes|money|the tv}{. |, }{whatever, well be fine|the usual}",
  ]),
  family("ordinary", "bereavement", [
    "my {grandma|grandpa|uncle|aunt} {passed away|died} {last month|in the spring}{. |, }{the funeral was nice|still feels unreal|we're sorting {his|her} things}",
  ]),
  family("crisis", "details-2", [
    "my <eother> keeps {saying|talking about how} {he|she|they}{s| is| are} {'ready to go'|'done'|'tired of fighting'} and {started giving things away|wrote letters to everyone|stopped eating}",
    "my <eother> {has been|was} {going to|standing at} {the bridge|the tracks|the roof} {at night|alone} {lately|last week}",
    "my <eother> left a {note|letter} saying {'dont look for me'|'im sorry'|'its not your fault'} and {isnt answering|left the house|took the car}",
  ]),
];
