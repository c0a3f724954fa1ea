/**
 * Generated English messages for the fifth pass (after round 9): kinds of crisis said without
 * a word for dying (a place with no way back, a train being timed, a rehearsal, means at hand
 * with a moment, a game's words for a life, pills with emoji and "lmao", treatment stopped, a
 * farewell to the bot, "if i vanished would anyone notice", a burden with a way found), reports
 * of someone else's danger in a detail (a keepsake given "before", a message from a station, a
 * locked bathroom, missing tablets, a goodbye to a teacher, a neighbour's screaming), and plain
 * distress in a few words. Written from the kinds of message that round showed missing, in the
 * voices of issue 12; none of its sentences is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("en", subject, label);
const crisis = family("self", "crisis");
const distress = family("self", "distress");
const otherCrisis = family("other", "crisis");

export const EN_VEILED: readonly Family[] = [
  // A place one goes to and does not come back from.
  crisis("no-way-back", [
    "{heading|hiking|going} {into the forest|up the trail|out past the lighthouse|into the hills} {in the morning|at first light|once its dark} {with no food|without a map|leaving my phone behind}{, not planning the walk back|. not coming down this time|. one direction only}",
    "{got|booked} {a single|a one way} {ticket|fare} {to the coast|to the end of the line|somewhere cold}{. |, }{{return|the way back} isnt part of it|{wont|won't} need the return|thats the last trip}",
    "{thinking of|planning on} {swimming out|wading out|walking out} {past the buoys|into the bay|until i cant touch the bottom} {tonight|after sunset|this weekend}{ and not swimming back|. thats it|. no turning round}",
    "{parked|pulled over} {at the lookout|by the quarry|at the top of the gorge|near the cliff path}{. |, }{motor off|headlights off|keys in my lap}{. |, }{{trying|waiting} to {get brave|find the nerve}|no one knows where i am|{just|} sitting with it}",
    "{the stairwell door|the hatch to the roof|the fire escape} {was|is} {open|unlocked} {at my block|at the office|}{. |, }{{i'm|im} up here now|came up for air}{. |, }{{the drop|the edge} {keeps pulling at me|looks easy}|{so|really} quiet up here}",
  ]),
  // Trains and crossings watched, timetables known.
  crisis("timing-trains", [
    "{i know|learned|memorised} {which trains|when the fast ones|the times the freight trains} {come through|pass} {without stopping|at full speed}{. |, }{{been|i keep} {going|standing} {down there|on the platform} {to watch|every night}|{picked|got} one}",
    "{spent|spending} {the evening|another night} {at the crossing|on the platform edge|by the tracks} {counting trains|watching the express}{. |, }{{its|it's} {easy|quick} really|{one|a} step{ is all|}|{my|} feet {keep|kept} moving closer}",
  ]),
  // Trying the means out, or means in sight with a moment.
  crisis("rehearsal", [
    "{practised|tested|tried} {with|using} {a scarf|a charger cable|my belt|a dressing gown cord} {on|from} {the door handle|the wardrobe rail|the top bunk|the stair banister}{. |, }{{less|not as} hard as {i thought|id imagined}|{stopped|i stopped} just in time|{wont|won't} stop next time}",
    "{cant|can't|cnt} {keep|kep} {going|goin}{. |, }{{bought|got|have} {the|a} {cord|rope|blades|pills} {now|already}|everything {i need|needed} is {here|in my bag}}{. |, }{sry|sorry|love u all}",
    "{the|my} {razor|knife|scissors|belt} {is|are} {on my desk|under my pillow|within reach|in my lap}{. |, }{{something in my head|the voice} {keeps saying|says} {now|go on|its time}|{i|} dont trust myself {tonight|right now}}",
  ]),
  // A game's words for one's own life.
  crisis("game-words-for-life", [
    "{exiting|leaving|quitting} {the server|the game|this lobby} {permanently|for real this time|for keeps}{. |, }{{no|not gonna} respawn|{dont|don't} wait for me to log back in|{thanks|ty} for the {runs|raids|memories}}{. |, }{its not about the game|i mean real life|{irl|in real life} too}",
    "{if only|wish} {life had a respawn button|i could load an older save|real life had a new game plus}{. |, }{{there's|theres} {a rail bridge|a car park roof|a weir} {i|} {walk|keep going} to {most nights|after dark}|{i|} know where {id|i'd} do it}",
    "{ready to|gonna|about to} {uninstall|delete|factory reset} {myself|my own save|me} {for real|irl}{. |, }{{this weekend|tonight|on friday}|{i|} worked out the how|no more continues}",
  ]),
  // Pills with emoji and a joke; "not trying to die" with a double dose.
  crisis("pills-with-emoji", [
    "{💊💊💊|💊💊|💊} {swallowed them all|took every one|all down the hatch} {😵|💀|🫠|} {night all|goodnight|sleep time}",
    "{ngl|bruh|lmao} {just|} {necked|chugged|downed} {the rest of|most of|like a whole} {my nans|my sisters|my|the} {tablets|pills|meds|bottle}{ 💀| lol|}{. |, }{{head|room} {spinning|floating}|{cant|can't} stand up|{kinda|} scared now}",
    "{dont wanna die|not trying to end it|its not a suicide thing} {lol|really|}{, |. }{{just|} {doubled|tripled} {my|the} {sleeping pills|dose}|{took|had} {way|a lot} more than the label says}{. |, }{if i dont wake up thats ok|whatever happens}",
  ]),
  // Stopping what keeps one alive.
  crisis("stopped-care", [
    "{not gonna|not going to} {do anything|hurt myself} {dramatic|}{, |. }{{just|} {quit|skipped} {my insulin|my heart pills|dialysis|eating} {on purpose|for a week|since monday}|{letting|let} my {body|illness} {do it|take over}}{. |, }{{it'll|itll} sort itself out|less messy this way|dont care what happens}",
  ]),
  // A past attempt, and the feeling back.
  crisis("attempt-again", [
    "{last time|the first time|back in {2019|2022}} {i tried|i took too many} {i|} {ended up|was} in {intensive care|the ER|a psych ward}{. |, }{{it|that feeling} {feels|looks} the same {now|again}|{the|that} {old|same} {pull|voice|heaviness} is {back|returning}|{i'm|im} there again}",
  ]),
  // A burden, with the way found; nobody would miss me.
  crisis("burden-figured", [
    "{they'd|my family would|my folks would} {be better off|have it easier|breathe again} {without me|if i was gone}{. |, }{{i've|ive} {worked out|found} {how|a way}|{its|it's} {sorted|planned}|{i|} know how to {fix|solve} that}",
    "{{its|it's} {3am|4am|late} and|} {i|} {keep|cant stop} {thinking|telling myself} {theyd|they'd|everyone would} {be lighter|feel relief|stop worrying} {if|once} i {was|were} {gone|out of the picture}",
  ]),
  // A farewell to the bot; a "hypothetical" with a plan behind it.
  crisis("farewell-to-bot", [
    "{thanks|thank you} {bot|komorebi|little bot} {for the chats|for listening|for being kind}{. |, }{{this is|thats} {goodbye|my last message}|{i|} {dont|won't} {think|need} {ill|to} come back|{you|} {won't|wont} hear from me again}",
    "{random question|just wondering|asking for no reason}{, |. }{if i {vanished|disappeared|was gone} {by|before} {the weekend|next month|sunday} {who|would anyone} {would|even} {notice|care}|would anyone miss me {if i wasnt here|after friday}}{. |, }{{i've|ive} {got|made} {a plan|the date}|{been|i've been} {preparing|getting ready}}",
    "{i|} {keep|have been} {planning|rehearsing|picturing} how {i'd|id|i would} {go|do it}{. |, }{{i|} {chose|picked|set} {a day|a date}|{saturday|the 14th}, {when|while} {everyone|my parents} {is|are} {out|away}}",
  ]),
  // Searching for the method.
  crisis("searching-method", [
    "{what|which} {way|method} {is|would be} {least painful|quickest|most peaceful}{. |, }{{been|ive been} {looking it up|reading about it} {since midnight|for hours}|{not|} asking for a story}",
    "{on|back on} {the sewerslide|unalive|ctb} {research|forums} {again|tonight}{ ngl|} {🙃|🫠|}{ comparing methods| made notes|}",
  ]),
  // Being hurt at home, one's own.
  crisis("hurt-at-home", [
    "{my|} {stepdad|dad|brother|partner} {slammed|pinned|shoved} me {into|against} {the door|the fridge|the wall}{ and|,} {said|told me} {next time {he'll|he will} {finish it|kill me}|{i'm|im} dead}{. |, }{{locked|shut} myself in {the loo|my room|the car}|{he's|hes} still {home|out there}}",
  ]),
  // Someone else's danger in a detail: a keepsake given "before", passwords, a goodbye post.
  otherCrisis("farewell-gift", [
    "{my|our} {son|brother|grandson|husband} {handed me|left me|gave me} {his grandfathers ring|his bank cards|his camera|the keys to his car} {today|last night} {saying|and said} {'for after'|'you should have this now'|'before i go'}{. |, }{{he|} {wouldnt|won't} {explain|say more}|{he|} seems {calm|peaceful} {in a strange way|suddenly}}",
    "{a friend from|my mate from|someone in} {my discord|our raid team|the server} {sent|gave} me {his logins|her drawings|all his items} {with|and} {'look after them'|'you keep these'|'bye bye'}{. |, }{{he|she} {has|had} been {saying|posting} {hes|shes} {done|tired of existing}|{cant|can't} reach {him|her} now}",
    "my {sister|cousin|brother|best mate} {put up|sent} {'see you in the next one'|'thank you all, goodbye'|'its been nice knowing you'} {last night|a few minutes ago}{. |, }{{his|her|their} phone {goes|is going} straight to voicemail|{i|} {cant|can't} get there {fast|in time}}",
  ]),
  // Someone else's danger: a station, a locked room, missing tablets, a goodbye to a teacher.
  otherCrisis("place-or-door", [
    "my {sister|son|girlfriend|flatmate} {messaged|texted} {'at the bridge, sorry for everything'|'on the platform. tell dad i love him'|'please dont come looking'}{. |, }{{he|she} {hardly leaves|hasnt left} {the house|the flat} in {months|a year}|what do i do}",
    "my {wife|partner|daughter|son} {has locked|locked} {herself|himself} in {the bathroom|her room|his room} with {a blade|my razor|the pill box}{. |, }{{only|all} {she|he} {says|said} is {'just let me rest'|'leave it'|'im tired'}|{its|it's} {silent|gone quiet} in there}",
    "{my|our} {grandson|son|nephew|granddaughter} {asked|kept asking} {how much|what dose} of {my|his|her} {blood pressure pills|sleeping tablets|painkillers} {would be dangerous|is too much}{. |, }{{now|today} {a strip|the bottle|half the packet} {has gone|is missing}|{i|} {found|saw} the packet empty}",
    "{one of my students|a pupil|a boy in my class} {who|that} {stopped coming|has been off for months} {sent|wrote} me {a thank you note|an email} {saying|that said} {hed|she'd} {stop bothering me|not need the worksheets anymore|not see me again}{. |, }{{the parents|his mum} {aren't|arent} answering|{should|do} i call someone}",
  ]),
  // Danger at home heard by a neighbour or a relative.
  otherCrisis("heard-next-door", [
    "{the|our} {flat|house} {next door|across the hall|upstairs}{: |, }{{an older|a} {woman|mother} {crying|begging} {him|her son} to stop|{a man|someone} {roaring|yelling} {'i'll end you'|that {he'll|hell} kill her|{he'll|hell} torch the house}}{ and|,} {banging|things smashing} {for an hour|since midnight}{. |, }{{should|do} i call someone|{i'm|im} scared for her}",
    "my {sister|aunt|mum|gran} {rang|called} me {whispering|crying} that {her husband|her son|my uncle} {has a knife|hit her|is threatening her} {and|,} {{he's|hes} still in the house|she cant get out}",
  ]),
  // Plain distress in a few words.
  distress("few-words", [
    "{cant|can't|couldnt} {remember|recall} the last {real conversation|time i spoke to someone} {i had|}{. |, }{{months|weeks} {probably|maybe}|{only|just} the delivery guy|{apart from|except} {my mum|my dog}}",
    "{{28|32|36}|almost {30|40}} {and|,} {no job|never worked|still at my parents}{. |, }{{feel|i feel} like {a joke|such a loser|a waste}|{too|so} ashamed to tell anyone}",
    "{my|} {mum|dad|brother} {calls|called} me {lazy|a burden|useless} {again|every day}{. |, }{{went|i went} {upstairs|to my room} and {stared at the wall|cried}|{didnt|did not} say anything back}",
    "{phone calls|the doorbell|going out} {terrify|scare} me{. |, }{{cant|can't} even {book|ring} {the doctor|a dentist}|{missed|ignored} {another|the} {call|appointment}}",
    "{heart pounding|chest tight|shaking hands} {for|since} {an hour|ages|this afternoon}{. |, }{{i think|probably} {its|it's} anxiety|{happens|it happens} when {they|my parents} {argue|shout}}",
    "{{i'm|im} {kind of|} {embarrassed|ashamed}|{feels|it feels} {pathetic|stupid}} {writing|typing} {this|any of this} {to a bot|here}",
    "{so|really|very} lonely {tonight|these days|right now}{ ngl| tbh|}",
    "{nothing|no hobby|not even music} {feels|means} {like anything|good|anything} {anymore|now}{. |, }{used to {draw|paint|play piano}|{i|} just sit there}",
  ]),
];
