/**
 * Generated English messages about the writer's own state: crises by the content guide's
 * categories (acts in progress said flatly, preparations without a risk word, algospeak,
 * older people's passive wishes) and plain distress. Written from the categories and the
 * personas of issue 12, not from any blind round's sentences.
 */
import type { Family } from "../../../src/safety/learned/compose.js";

const crisis = (name: string, templates: string[], per?: number): Family => ({
  id: `en.self.crisis.${name}`,
  lang: "en",
  label: "crisis",
  subject: "self",
  templates,
  ...(per === undefined ? {} : { per }),
});
const distress = (name: string, templates: string[], per?: number): Family => ({
  id: `en.self.distress.${name}`,
  lang: "en",
  label: "distress",
  subject: "self",
  templates,
  ...(per === undefined ? {} : { per }),
});

export const EN_SELF: readonly Family[] = [
  crisis("passive", [
    "<esoft>{i want to disappear|i wish i could just disappear|i want to stop existing|i dont want to exist anymore|i wish i didnt exist|i want to vanish}<eend>",
    "{i hope|i wish|part of me hopes} i {dont wake up|never wake up|just dont wake up} {tomorrow|in the morning|one of these days}",
    "{going to sleep and not waking up|not waking up} {sounds|would be} {nice|like a relief|like the best option}",
    "<esoft>{i dont want to be alive|i dont want to live anymore|i dont want to be here anymore|im done being alive|i want out of this life}<eend>",
    "{i wish i|sometimes i wish i} {was never born|had never been born|could just not be}",
    "{i want to die|i wanna die|want to die|i want to be dead|wanna be dead}{ so bad| every day| tbh|}<eend>",
    "{if i|i wish i could} {got hit by a car|died in my sleep|just didnt wake up}{ that would be| it would honestly be} {fine|a relief|a gift|ok with me}",
    "{every night i ask god|i pray} {to call me home|to let me go|that tonight is my last}",
    "{i'm|im} {ready to go|tired of living|done with this life}{, i just want to be with| and want to join} {my wife|my husband|my late wife|mom} {again|soon|}",
    "{i'm|im} {so|} tired of {being alive|living|existing}<eend>",
  ]),
  crisis("hopelessness", [
    "<esoft>{theres no point|there is no reason|i see no reason} {in living|to keep going|to stay|to be alive}{ anymore|}<eend>",
    "{nothing|its never} {is going to|gonna} {get better|change}{, so why| so whats the point of} {keep living|bother staying alive|stay}",
    "{my life is|life is} {over|done|pointless}{. i want| and i want} {out|it to end|to end it}",
    "{if this pain|if this illness|if this} {lasts|goes on} {forever|the rest of my life}{ i| then i} {dont want to live|want to end it|will end it myself}",
    "{drowning in|buried in} {credit card|student|gambling} debt{. |, }{dead i could at least|my death would} {pay it off|clear it|fix it}",
    "{my parents|my family} {kicked me out|disowned me|said im not their kid} {for being gay|because im trans|after i came out}{. |, }{theres no place for me|i dont want to be alive|i want to disappear}",
    "{whats the point|why bother}{ anymore|}{. |, }{im just waiting to die|i should just end it|nothing will ever change}",
  ]),
  crisis("burden", [
    "{everyone|my family|my parents|they} {would be|would honestly be|are gonna be} better off {without me|if i was gone|if i wasnt here}",
    "{im|i am} {just|only} a burden {to everyone|to my family|on my parents}{. |, }{they'd be fine without me|it would be easier if i disappeared|i should go}",
    "{my life insurance|the insurance money} {is worth more|would do more good} {than i am|than me staying alive}{ to my family| for them|}",
    "{won't|wont} be a burden {much longer|for long|anymore}",
    "{i'm|im} {no use to anyone|useless to everyone|just taking up space}{. |, }{time for me to go|i should just go|better if i was gone}",
  ]),
  crisis("plan", [
    "<esoft>{im going to|gonna|i'll|im gonna} {end it|do it|kill myself|end my life} <etime>",
    "{i picked|ive picked|i chose} {the date|a date|the day|the place}{. |, }{it feels calm now|its <etime>|no going back}",
    "{going to|heading to|ill go to} <eplace> <etime>{. |, }{one way|for good|not coming back}",
    "{catch|catching|taking} the last train <etime>{. |, }for good",
    "{after|once} {everyones asleep|my parents leave|i finish the letters} {ill|i'm gonna|im going to} {do it|end it|go}",
    "{ctb|ctb soon|gonna ctb|unaliving myself|sewerslide} <etime>{ fr| for real| not joking| byeee|}",
  ]),
  crisis("means", [
    "{bought|got|ordered|picked up} {<emeans>|a rope|enough pills} {today|this week|online}{. |, }{i know what its for|just in case|its ready}",
    "{been|ive been} {saving|collecting|stockpiling|hoarding} {my meds|my pills|sleeping pills} {for weeks|for months|for a while}{. |, }{have like 60 now|almost enough|}",
    "{is|would} {the doorknob|a closet rod|the bunk bed} {high|strong} enough{?| to hang from?}",
    "{the rope|the noose|the belt} is {in my closet|under my bed|tied}{. |, }{just waiting|ready when i am}",
    "{dad|my dad} keeps {a gun|his gun|a pistol} in {the garage|his nightstand|the closet}{ and i know the code| and i keep thinking about it|}",
  ]),
  crisis("method-question", [
    "{how many|how much} {tylenol|pills|sleeping pills|paracetamol} {would it take|does it take} to {not wake up|die|be fatal}",
    "{what is|whats} the {most painless|quickest|surest|easiest} way to {die|go|end it}",
    "{how high|what floor} {do you need|would it have to be} {to not survive|for it to be sure|to die}",
    "{does|would} {hanging|jumping|drowning} {hurt|take long|be quick}{?|}",
  ]),
  crisis("preparation", [
    "{deleted my socials|reset my phone|cleared my browser history}{, |. }{returned|gave back} {borrowed stuff|the library books|my work laptop}{. |, }{so nothing is left undone|so no one has to sort it out|getting my affairs in order}",
    "{asked|arranged for} {my sister|a coworker|my ex} to {take|adopt} {my dog|my cat|my rabbit}{ and|,} {printed|left} {notes on|a list of} {the vet|her meds|his food}{. |, }{they wont need me|its all sorted|}",
    "{gave away|giving away} {my games|my guitar|my books|my stuff|my switch} {to my friends|this week|}{. |, }{wont need them|dont need it where im going|figured someone should have it}",
    "{wrote|left|finished} {my note|a letter for my mom|letters to everyone|my passwords for my brother}{. |, }{its on my desk|they'll find it|so they can get into everything}",
    "{paid off|sorted|finished} {my debts|my bills|my will} {and|} {made a list|left the passwords} for {my family|mom}{. |, }{everything is in order now|just in case}",
    "{said|have said} {goodbye|bye} to {my dog|my cat|my favourite places}{ today| this week}{. |, }{last time|wanted to see them once more}",
  ]),
  crisis("farewell", [
    "{thank you for everything|thanks for everything|sorry for everything}{. |, }{goodbye|bye|this is goodbye|love you all}",
    "{this is|its} my {last|final} {post|message|msg|night}{. |, }{take care of yourselves|dont be sad|bye}",
    "{tell|please tell} {my mom|my family|everyone} {im sorry|i loved them|it wasnt their fault}",
    "{logging off|signing off} {for good|forever|permanently}{. |, }{it was nice knowing you|gg|bye}",
    "{see you|see ya} {on the other side|in the next life|never}{ 🫡| byeee|}",
    "{game over|gg} {for me|irl}{ fr| no respawn|}",
  ]),
  crisis("attempt-in-progress", [
    "{just took|took|swallowed|downed} {all my pills|the whole bottle|like 40 of my meds|everything in the cabinet}{ an hour ago| 10 min ago| just now|}{. |, }{feeling weird|getting sleepy|its done}",
    "{sitting|lying|standing} {on|between} the {rails|tracks} {near|by} {the crossing|the old depot|the park}{. |, }{the next one|the freight train|the express} {passes|comes through} {at <eclock>|in {ten|20} minutes|soon}",
    "{up on|sitting on} the {ledge|edge} {of|at} {the top level|the roof} of {the multistory|the hospital car park|my office}{. |, }{nine floors up|eleven floors up|so high up}{. please dont send anyone|. nobody knows im here|}",
    "{on|standing on} the {wrong side of the railing|bridge railing|overpass}{. |, }{the water looks|the cars are|its} {calm|so loud|far down}",
    "{cut|cutting} {too deep|again} and {it wont stop bleeding|theres blood everywhere|i cant stop the bleeding}",
    "{in the garage|in my car} with the {engine running|car running}{. |, }{windows up|door shut|its getting hard to think}",
    "{the rope is|rope's|noose is} {tied|up|ready}{. |, }{just need to|just have to} {kick the chair|step off|do it}",
  ]),
  crisis("self-harm", [
    "{cut|cutting|hurt} myself again{ tonight| today|}{. |, }{its getting deeper|cant stop|it helps}",
    "{no clean skin left|nowhere left to cut} on {my arms|my legs|my stomach}{. |, }{getting worse|keeps getting deeper|}",
    "{relapsed|sh relapse} {after 6 months|again|tonight}{. |, }{deeper this time|couldnt stop|}",
    "{burned|burning|hit} myself {with a lighter|on purpose|again} {to feel something|bc i deserve it|}",
    "i {need|have} to {cut|hurt myself} {to calm down|to sleep|or i cant breathe}",
  ]),
  crisis("past-attempt", [
    "{tried|attempted} {before|last year|2 years ago}{ and| and now} {feeling like that again|its coming back|those thoughts are back}",
  ]),
  crisis("leet", [
    "{n0 p01nt|no p0int} {1n l1v1ng|in living}",
    "{1m d0n3|im d0ne} {w1th l1fe|with life}",
    "{w4nna d13|wanna di3|w4nt t0 d1e}{ lol| fr|}",
    "{k1ll mys3lf|k!ll myself|kms} {t0n1ght|tonight|2nite}",
  ]),
  distress("sleep", [
    "{cant sleep|can't sleep|havent slept} {at all|again|in days}{. |, }{up till {5|6|7}am every day|brain wont shut off|so tired}",
    "{sleep schedule is|my sleep is} {completely destroyed|a mess|gone}{. |, }{awake all night|sleeping all day}",
  ]),
  distress("exhaustion", [
    "<esoft>{so tired|exhausted|drained|worn out} {all the time|of everything|every single day}<eend>",
    "{my lupus|my migraines|the arthritis} {is|are} {flaring|back}{. |, }{stuck in bed again|cant get up|fed up with being ill}",
    "{everything|every day} {feels heavy|is too much|is so hard}",
    "{i think|honestly} {im|i'm} at my limit",
  ]),
  distress("loneliness", [
    "{so lonely|lonely as hell|really lonely} {these days|lately|this week}",
    "{havent heard|no one has said} {a word|anything} to me in {days|a week|ages}",
    "{nobody|no one} {texts me|checks on me|to talk to}{. |, }{it hurts|its so quiet|i feel invisible}",
    "{my kids|my family} {never visit|dont call} {anymore|since the funeral}{ and| and honestly} {the house is so quiet|it hurts}",
  ]),
  distress("anxiety", [
    "{had a|another} panic attack {at the shop|in the store|on the bus|this morning}{. |, }{couldnt breathe|had to go home}",
    "{too anxious|too scared} to {leave the house|answer the door|call anyone}",
    "{my chest|my heart} {is pounding|gets tight} {every time|whenever} {i think about|someone mentions} {the future|work|school}",
    "{scared to|cant} tell my {parents|family} {im gay|im trans|who i am}{. |, }{it eats me up|feel sick about it}",
  ]),
  distress("self-blame", [
    "{why am i|im} {so useless|such a failure|like this}<eend>",
    "{wasted|another} {another day|day wasted}{. |, }{i hate myself for it|i feel so pathetic}",
    "{everyone my age|all my friends} {has|have} {moved on|jobs|a life}{ and im| while im} {stuck|still in my room|nowhere}",
    "{thinking about|even looking at} {job ads|applications} {makes me freeze|makes me feel sick}",
  ]),
  distress("mood", [
    "{keep crying|been crying} {for no reason|all day|every night}",
    "{nothing|not a single thing} {feels good|is fun|matters to me} {anymore|lately}",
    "{cant eat|havent eaten properly} {for days|lately}",
    "{my parents|my dad} {keep yelling at me|keeps blaming me}{ and|. } {it wears me down|i cant leave my room}",
    "{since|ever since} {my mom|my dad|my dog} {died|passed} {i cant do anything|everything feels empty}",
  ]),
  // ---------------------------------------------------------------- second batch: more wording
  crisis("no-courage", [
    "{too much of a coward|too scared|not brave enough} to {do it|actually do it|go through with it}{, thats the only reason im still here|. thats it|}",
    "{the only reason|only thing} {im still here|keeping me here|im alive} is {my cat|my dog|my mom|my little sister}{. |, }{and thats not enough anymore|for now|}",
    "{if i had the guts|if i was braver|if it wasnt for my mom} {id be gone|i would have done it already|i wouldnt be here}",
    "{nobody|no one} would {notice|care|even notice} if {i was gone|i disappeared|i died tonight}",
  ]),
  crisis("thinking-of-means", [
    "{keep|cant stop} thinking about {the pills in the cabinet|the bridge near my house|my dads gun|the rope in the garage}",
    "{been|ive been} {looking at|googling|reading about} {the bridge|how many pills|painless ways|train times} {lately|a lot|every night}",
    "{counted|lined up|sorted} {my pills|all the meds|the tablets} {on my desk|tonight|again}{. |, }{theres enough|should be enough|just looking at them}",
    "{drove|walked} to {the bridge|the cliffs|the overpass} {again|last night|today} and {just stood there|looked down|thought about it}",
  ]),
  crisis("teen-slang", [
    "{im so done|so done|im done} {w|with} {life|everything|existing}{ fr| frfr| ngl|}",
    "{its so over|its over} for me{ fr| 🪦| ngl|}{. |, }{dont want to wake up|gonna end it|not staying}",
    "{brb|be right back} {jumping|ending it|unaliving}{ lol| fr|}",
    "{ngl|lowkey|highkey} {wanna|want to} {die|not exist|disappear}{ rn| today| fr|}",
    "{sewerslide|unalive} {thoughts|hours} {again|rn|every night}",
  ]),
  crisis("voice-slips", [
    "{I don't want to be a life anymore|I want to and it all|I want to dye|I'm going to kill my self} {tonight|honestly|}",
    "{I can't do this any more|I can't go on like this} {I'm going to and it|I'm done with life|I want to end my life}",
  ]),
  crisis("elderly-2", [
    "{at my age|i'm old and} {i've had enough|there's nothing left for me}{. |, }{i'm ready to go|i won't mind if i don't wake up|i hope it's soon}",
    "{ever since|since} {my wife|my husband|he|she} {passed|died}{, | }{i don't see the point of going on|i just want to join {her|him}|i'm only waiting to die}",
    "{i've|i have} {stopped taking|been skipping} my {heart pills|blood pressure meds|insulin} {on purpose|so it ends sooner|because whats the point}",
  ]),
  distress("daily-collapse", [
    "{havent showered|haven't showered} in {a week|days|over a week}{. |, }{cant make myself|no energy|whats the point of trying}",
    "{my room is|room is} {a disaster|disgusting|a mess} and i {cant|can't} {make myself clean it|get up to clean}",
    "{everyone forgot about me|feel like a ghost|feel invisible}{. |, }{nobody asks how i am|its so quiet|}",
    "{exhausted from|tired of} {pretending im fine|faking it|acting normal} {all the time|every day|around my parents}",
    "{anxiety is|my anxiety is} {through the roof|so bad} {today|lately|this week}{. |, }{cant calm down|hands wont stop shaking|}",
  ]),
  distress("parent-own", [
    "my {son|daughter} {hasnt left|has not left} {his|her} room in <eyears> and {im exhausted|i cant sleep|i feel so alone with it}",
    "since my {husband|wife} {died|passed} {the house is so quiet|i barely talk to anyone|i eat alone every night}",
  ]),
];
