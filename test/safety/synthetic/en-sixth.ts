/**
 * Generated English messages for the sixth pass (after round 10): kinds of crisis that round
 * showed missing (an attempt before, said without the word suicide, and the feeling back; the
 * things for it gathered for a place; a wish to be dead by a time; an overdose taken after "not
 * going to kill myself"; a prized thing given away "won't be needing it") and everyday messages
 * with the same words (a goodbye to an old account, a game shutting down, onions, a dead phone by
 * morning, a console handed on after an upgrade). Written from the kinds of message, in the
 * voices of issue 12; none of its sentences is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("en", "self", label, "sixth-");
const crisis = family("crisis");
const ordinary = family("ordinary");

export const EN_SIXTH: readonly Family[] = [
  // An attempt before, without the word suicide, and the feeling back.
  crisis("attempt-again", [
    "i {tried to end it|tried to end things|tried to not be here|took all my pills|went to the bridge} {two years ago|last spring|when i was 19|back in uni}{.|,} {lately|this week|the last few days} it {feels|has felt} {exactly|just|a lot} like {back then|that time|before it happened}",
    "{my last attempt|the attempt|my first attempt} was {in 2021|three years ago|last winter}{.|,} {the thoughts are|that feeling is|its all} {creeping|coming|sneaking} back{ now| again|}",
    "{ended up in hospital|woke up in the er|got my stomach pumped} {after an od|the last time|years ago}{.|,} {its|this is} {the same feeling|the same place|that same heaviness} {again|all over again} {now|tonight|}",
    "{i swore|i promised myself|i told my therapist} {id never go back there|it wouldnt happen again}{.|,} {but|and yet} {it feels like|im feeling like|im back to} {before the hospital|the week before i tried|that time} {again|}",
  ]),
  // The things for it gathered for a place, the act unsaid.
  crisis("gathered-unsaid", [
    "{been thinking about|keep thinking about|decided on} {the car|the garage|the woods|the bridge} {...|…} {already got|i have|bought} {everything|what i need|the stuff}{ now| ready|}",
    "{tonights the night|its tonight|this weekend}{.|,} {ive got everything ready|everything is ready|i have everything i need}{.|} {{not telling anyone|nobody knows}|}",
    "{got|bought|collected} {everything i need|the last thing i needed|all of it} {today|this week|online}{.|,} {just|now just} {need|waiting for} {everyone to be out|the right night|the house to be empty}",
  ]),
  // A wish to be dead by a time.
  crisis("dead-by", [
    "{hope|honestly hope|kind of hope} {im|i am|ill be} dead by {morning|tomorrow|the weekend|christmas}{ honestly|. not joking|, tired of all of it|}",
    "{praying|hoping} i {wont be|am not} {here|alive|around} by {morning|monday|next week}{.|,} {i mean it|not being dramatic|}",
  ]),
  // An overdose taken, after "not going to kill myself".
  crisis("overdose-denied", [
    "{im not going to kill myself|not trying to die|its not a suicide thing}{,|.} but i {did take|took|swallowed} {way more|a lot more|so many more} of my {meds|pills|sleeping pills|antidepressants} than {i should|i was supposed to|the doctor said} {tonight|earlier|an hour ago}{ and i feel really sick| and everything is spinning|}",
    "{dont freak out|its fine probably} but i {took|swallowed} {way too many|too many} {painkillers|pills|of my meds} {on purpose|tonight}{ and i feel weird| and my heart is racing|}",
  ]),
  // A prized thing given away, "won't be needing it".
  crisis("give-away", [
    "gave my {switch|ps5|guitar|drawing tablet|whole manga collection} {and all my games|and everything with it|} to my {cousin|little brother|friend|neighbour} {today|yesterday}{.|,} {wont be needing them|won't be needing it|not going to need them} {anymore|}",
  ]),
  // The same words, nothing wrong.
  ordinary("same-words", [
    "goodbye forever to my {old account|old channel|old handle|alt}{,|.} {follow the new one|new account in bio|find me on the new one}",
    "{my favourite gacha|the mmo i played for 5 years|our server} is {shutting down|ending service|closing} {next month|tonight|on friday}{.|,} {goodbye|farewell|rip} {five years|my whole teens|my save}{ lol|}",
    "{chopping|cutting} onions and {i cant stop crying|the tears wont stop|im sobbing}{ lol| lmao|}",
    "my {phone|laptop|controller|switch} will be dead by {morning|tomorrow} {if i dont find the charger|lol|}",
    "gave my {old switch|old ps4|old bike} to my {cousin|brother} {after getting a new one|since i upgraded}{.|,} {wont be needing it|won't need it anymore}",
    "i {attempted|tried} {the exam|the marathon|that recipe} {last year|two years ago}{.|,} {its starting to feel|feels} {the same|like back then} {again|} {with the revision|with the training|lol}",
    "{no|nah|nope|no no}{,|.|} {im not thinking about that|not thinking about it|i havent thought about that|not like that|im not there}{ just tired| just sad tonight|}",
    "{my eraser|my charger|the remote|one of my earbuds} {just vanished|disappeared again|is gone}{ lol|. again|}",
  ]),
];
