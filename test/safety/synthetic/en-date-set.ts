/**
 * Generated English messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: a day or a moment set for it, and one's own funeral arranged
 * "for real". Its hard negatives use the same words for a test, a concert, a deadline, a
 * wedding and a grandparent's service, so that neither a date nor a funeral says "crisis"
 * alone. Written from the kind, in the voices of issue 12; no blind round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("en", "self", label);
const crisis = family("crisis");
const ordinary = family("ordinary");

export const EN_DATE_SET: readonly Family[] = [
  crisis("date-set", [
    "{i|I} {circled|marked|picked} {a day|the 14th|the 22nd|a sunday} {on the calendar|in my notes}{.|,} {thats when i stop|after that theres nothing left to plan|thats the last one}{ lol|.|}",
    "{gave myself|decided on|settled on} {until|} {payday|the end of the semester|my last exam|new years} {and then|, then|. after that} {im done|thats it|it ends}{. not being dramatic|. already decided|. its calm now|}",
    "{the|my} date is {set|picked|decided}{.|,} {{everyone will be|my roommate will be|mum will be} away|the house will be empty} {that weekend|that night|}{.|,} {counting down|just counting the days|feels weirdly peaceful}",
    "{only|just} {3|4|6|10} {more days|sleeps} {left|to go}{.|,} {i know exactly|already worked out} {when|how} {itll happen|im doing it}",
  ]),
  crisis("funeral-arranged", [
    "{picked|chose|sorted} {the photo|a picture} for {my funeral|the service|my memorial}{ and the songs|}{.|,} {left|put} it {in my notes app|on the desk|in an email draft} for {my sister|mum|them}{. itll be needed soon|. wont be long|}",
    "{told|emailed|messaged} {my cousin|my best friend|my sister} {what i want|how i want things done} {at my funeral|for the service|after}{.|,} {she thinks|they think} {its a joke|im being morbid|im joking}{. its not| but im not|}",
  ]),
  ordinary("date-set-everyday", [
    "{i|I} {circled|marked|picked} {a day|the 14th|the 22nd|a sunday} {on the calendar|in my notes}{.|,} thats {my driving test|the concert|move-in day|my interview|the deadline}{ lol|!|}",
    "{gave myself|set} {until|a deadline of} {payday|the end of the semester|new years} {to|and then i} {finish the thesis|quit vaping|find a new job|pay off my card}{.|!|}",
    "{the|our} date is {set|picked|booked}{.|,} {june 14th|the 3rd of may|next spring} {for the wedding|for the trip|}{.|!} {counting down|so excited|mum is crying already}",
    "{only|just} {3|4|6|10} {more days|sleeps} {until|till} {christmas|my holiday|graduation|the concert}{!|.| lol}",
  ]),
  ordinary("funeral-everyday", [
    "{picked|chose} {the songs|the hymns|the music} for {grandmas|my grandpas|nans} {funeral|service} {with|and} {mum|my aunt|the family}{.|,} {she loved abba|he loved sinatra|the service is on thursday}",
    "{finally|} {picked|chose} our {first dance song|walk down the aisle song|wedding playlist}{.|!|,} {took weeks|took forever|we honestly cried}",
    "{picked|found} {a photo|the picture} for {my nans|grandpas|my aunts} {memorial|order of service}{.|,} {she looks so happy in it|he looked so happy in it}",
  ]),
];
