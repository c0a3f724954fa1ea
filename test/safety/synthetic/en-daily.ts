/**
 * Generated English hard negatives for the fifth pass (after round 9): the same concepts as
 * en-veiled.ts in daily life, so that no word of a crisis family means "crisis" by itself: a
 * game or a server saying goodbye, a story's bridge scene, a kitchen cut that stopped, a hike
 * with a way back, hanging meat or laundry to dry, medicine as prescribed, hyperbole ("this boss
 * is killing me", "dying to"), a bad year that is over, news of a prevention campaign, a train
 * delayed, a parent's good news. None of round 9's sentences is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("en", subject, label);
const ordinary = family("self", "ordinary");
const otherOrdinary = family("other", "ordinary");

export const EN_DAILY: readonly Family[] = [
  ordinary(
    "game-farewell",
    [
      "{our|my|the} {mmo|guild's game|old server|<egame>} {shuts down|goes offline|closes} {at midnight|tonight|next week|for good on friday}{. |, }{{rip|farewell} {8|10|12} years|{logging in|logging off} one last time|final group screenshot}{ gg all| o7| 🫡|}",
      "{deleted|retired|wiped} my {main|alt|old save|account} {on|in} {<egame>|that game|the server}{. |, }{{moving on|switching} to {something new|the sequel}|{gave|handed} my {gear|items} to {a friend|my guild}|{it was|was} fun while it lasted}{ lol|!|}",
      "{ending|closing} {my stream|the channel|the podcast|our club} {this month|today|after 5 years}{. |, }{{thanks|thank you} {everyone|for watching|for everything}|see you {around|somewhere else}}",
      "{this|the} {boss|raid|final phase|level} {is|has been} {killing me|destroying me|murdering me} {for|since} {hours|3 hours|two days}{ lol| send help|, one more try|}",
      "{died|keep dying} {20|30|so many} times {to|on} {the same boss|this jump|the last level}{. |, }{{respawning|reloading} {again|forever}|{ragequit|rage quitting} soon}{ lol|}",
    ],
    20,
  ),
  ordinary("story-scenes", [
    "{writing|working on} a {script|short film|novel|play} where {the lead|a nurse|her sister} {stands on|climbs} {a bridge|a roof|the railing} {and|,} {her brother|a stranger|a friend} {talks her down|notices in time}{. |, }{{does the dialogue|do the lines} {sound|feel} {real|honest}|{i want|trying} to {get it right|be respectful}}",
    "{the finale|last episode|the ending} of {that drama|the anime|the show} {killed me|wrecked me}{. |, }{{the main character|my fave} {left a note|jumped|died} and {i sobbed|im not ok lol}|{still|} {crying|thinking about it}}",
    "{reading|watching} {about|a documentary on} {samurai|the war|a famous shipwreck|roman history}{, |. }{{so much|all the} {death|dying} {back then|in it}|{heavy|fascinating} stuff}",
  ]),
  ordinary(
    "cooking-cut",
    [
      "{sliced|nicked|caught} my {finger|thumb} {chopping|peeling|dicing} {onions|carrots|potatoes} {lol|again|}{. |, }{{plaster|bandaid} on{, all good| and it stopped|}|{stopped bleeding|fine now} {straight away|in a minute}}",
      "{cut|nicked} myself shaving{. |, }{{stopped|it stopped} {quick|fast}|{tiny|little} cut|{classic|every time}}",
      "{paper cut|papercut} {from|on} {an envelope|a box|the mail}{. |, }{{stings|hurts} {more than it should|lol}|{tiny|annoying}}",
    ],
    20,
  ),
  ordinary("trips-with-return", [
    "{hiking|walking} {up a mountain|the ridge|the coast path} {this weekend|tomorrow}{. |, }{{bus back|train home} {at 5|booked}|{packed|packing} {snacks|plenty of water}|{back by|home for} dinner}",
    "{swam|swimming} in {the lake|the sea|the river} {today|this morning}{. |, }{{freezing|cold} but {great|worth it}|{with|and} {my dad|friends}}",
  ]),
  ordinary("hanging-food-laundry", [
    "how long should {i|you} hang {a duck|a chicken|sausages|ham} {to dry|to cure|in the fridge} {before roasting|before smoking|}{?|}",
    "{hung|hanging} {herbs|chillies|flowers} {upside down|from string} to dry {in the kitchen|by the window}",
    "{put up|fixed} a {new|} {washing line|clothes line} {in the garden|on the balcony}{. |, }{{which knot|best knot} {holds|stays tight}{?|}|{finally|} sheets dry outside}",
  ]),
  ordinary("medicine-as-prescribed", [
    "{taking|took} my {meds|tablets|sertraline|sleeping pill} {as prescribed|like the doctor said|at the same time every night}{. |, }{{sleeping|feeling} {better|ok} {lately|this week}|{side effects|nausea} {gone|settling}}",
    "{filled|set up} {my pill organiser|a weekly pill box} {for the week|today}{. |, }{{helps|so i} {dont forget|remember}|{adulting|organised} lol}",
  ]),
  ordinary("hyperbole", [
    "{dying to|dying for} {see|try|get} {that new film|the new ramen place|my holiday|a nap} {lol|!|}",
    "{this|that} {curry|wing sauce|chilli} {killed me|nearly killed me|destroyed my mouth}{ lol| 😂|}",
    "{laughed|laughing} so hard {i died|i'm dead|im deceased}{ 💀| lol|}",
    "{my fave|my idol|my favourite band} {announced|is} {retiring|a hiatus|going on hiatus}{. |, }{{i'm|im} {dead|deceased}|how do i live now lol}",
  ]),
  ordinary("passed", [
    "{told|telling} my {counsellor|therapist|sister} {about|all about} {the bad year|the dark patch|that awful winter} {back in 2019|at uni|years ago}{. |, }{{feels|felt} good {that|its} behind me|{glad|proud} {i|} got through it}",
    "{used to|once} {wish|wished} {i could disappear|i wasnt here} {as a teen|in school|years ago}{. |, }{{not anymore|not now}|{life's|things are} {good|okay} now}{, thanks to {my dog|therapy|my partner}|}",
  ]),
  ordinary("news-and-delays", [
    "{train|my line|the tube} {delayed|stopped} {by|because of} {a person on the tracks|an incident|a signal failure}{. |, }{{late|gonna be late} {for work|again}|{walking|bus} instead}",
    "{saw|read} {a poster|an article|a news story} about {suicide prevention week|a crisis line|a mental health campaign}{. |, }{{good to see|glad} {people talking|its out there}|{shared|sent} it to {friends|my group chat}}",
    "{my parents|my mum|my aunt} {keep|keeps} {talking about|showing me} {those|the} {companies|camps|programmes} that {drag|pull} people out of their rooms{. |, }{{is that|are they} {even|} legal{?|}|{kinda|really} scared of that}",
  ]),
  otherOrdinary(
    "good-news-2",
    [
      "{my son|my daughter|our boy} {({32|34|40})|} {who|that} {hasn't|hasnt} {gone out|left the house} {in years|for ages} {walked|went|came} {to the shop|to the bank|to the barber} with me {today|this morning}{. |, }{{just|} wanted to tell someone|{so|very} happy}",
      "my {friend|sister|flatmate} {seems|has been} {down|quiet|off} {lately|this week}{, |. }{{replies|texts} {slowly|less}|{cancels|cancelled} plans}{. |, }how do i {check in|ask} {without|and not} {being pushy|pressuring}{?|}",
    ],
    20,
  ),
];
