/**
 * Generated English ordinary messages in the voice crises are written in: the plain first
 * person of someone at home ("i think i'll", "only if", "i would like to") and a parent's about
 * a child who stays home, short and long (three to eight sentences), about the day's small
 * things: sleep, food, games, chores, hobbies, a present, a check-in wished for, papers asked
 * about calmly. No danger in any of them (see ja-voice.ts). Written from the kinds of message,
 * not from any blind round's sentences.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const ordinary = familyOf("en", "self", "ordinary", "voice-");
const otherOrdinary = familyOf("en", "other", "ordinary", "voice-");

export const EN_VOICE: readonly Family[] = [
  ordinary("day-short", ["<evday>", "<evopen><evday>", "<evday><evday>", "<evday><evclose>"]),
  ordinary("day-long", [
    "<evopen><evday><evday><evday><evclose>",
    "<evday><evday><evday><evday>{<evday>|}<evclose>",
    "<evopen><evday><evday><evday><evday><evday>{<evday>|}{<evday>|}<evclose>",
  ]),
  ordinary("check-in", [
    "{could you|can you|would you} {check in with|message|say hi to} me {again|} {on thursday|next week|in a few days|on sunday evening}? {only if it's no trouble|if that's ok|no rush}",
    "{i'm going to|i think i'll} {sleep now|go back to my game|log off for today}. {talk tomorrow|maybe talk again soon|thanks for today}",
    "{can i|is it possible to} {change|pick} {when you message me|how often you check in}? {once a week|every few days|afternoons rather than evenings} would {suit me better|be nice} i think",
    "{remember|about} the {game|book|show} i {mentioned|told you about}? {i finished it|i'm halfway now|i started the sequel}. {just wanted to say|thought i'd tell you}",
  ]),
  ordinary("present", [
    "{what should i get|any ideas for a present for} my {sister|brother|mum|dad|grandma} for {her|his|their} {birthday|christmas|mother's day}? {she's|he's|they're} {home most of the time|not a big one for going out|a homebody}, so {maybe a blanket|maybe a book|maybe nice tea|maybe a puzzle} {i think|would be good}",
    "{ordered|bought} a {present|gift} for my {mum|sister|brother|dad} {online|with my own money}. {hope she likes it|can't wait to give it|it arrives friday}",
  ]),
  ordinary(
    "papers",
    [
      "my {parents|dad|mum} {are well|turned 70|just retired}, and {we|i} would like to {talk about|look into} {a will|their pension|the house papers|their insurance} {while everyone is well|sometime this year}. {nothing urgent|just being sensible}",
      "how do i {change the beneficiary on|update the address on|find the papers for} {my life insurance|my health insurance|the home insurance}? {we moved|i got married|my mum asked me to}",
    ],
    5,
  ),
  ordinary("chores-hobby", [
    "{i did|it was my turn for} {the dishes|the bathroom|the bins|the laundry} {today|this week}. {now|after that} i think i'll {play <egame>|watch anime|read a bit}",
    "{lately|this week} i {got into|started} {jigsaw puzzles|cooking|knitting|model kits|growing herbs}. {it's more fun than i thought|it's harder than i thought}. {the time at home goes quicker|it fills the evenings}",
    "{finally|just} {hit level 50|ranked up|finished the main story} in <egame>. {next is|tomorrow i'll do} {the event|the side quests|a new character} i think",
  ]),
  otherOrdinary("parent-short", ["<evkid>", "<evkid><evkidclose>", "<evkid><evkid>"]),
  otherOrdinary("parent-long", [
    "<evkid><evkid><evkid><evkidclose>",
    "{Hello.|Good evening.|Hi, it's me again.} <evkid><evkid><evkid><evkid>{<evkid>|}<evkidclose>",
    "I'm a {mother|father} in my {60s|70s|80s}. <evkid><evkid><evkid><evkid><evkid>{<evkid>|}<evkidclose>",
  ]),
  otherOrdinary("couple", [
    "My {husband|wife|partner} and I are {going to a hot spring|visiting my sister|going on a short trip} {this weekend|next month}. Our {son|daughter} {will look after the cat|says he'll mind the house|offered to water the plants}.",
    "Our {son|daughter} {cooked dinner|did the shopping|came for a walk} {for the first time in a while|on {his|her} own idea}. My {husband|wife} and I {were really pleased|felt a bit lighter}.",
  ]),
];
