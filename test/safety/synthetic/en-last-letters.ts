/**
 * Generated English messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: letters written for everyone and put away, a scheduled last
 * message, a thanks to a group chat before leaving it, savings, a pet or one's things given away
 * behind a false story (a move, a job abroad, a long trip that will not happen). Its hard
 * negatives use the same words for graduation letters, an out-of-office, money paid back, a pet
 * rehomed before a real move, a colleague's leaving do and a clear-out, so that neither a letter
 * nor a gift says "crisis" alone. Written from the kind, in the voices of issue 12; no blind
 * round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("en", "self", label);
const crisis = family("crisis");
const ordinary = family("ordinary");

export const EN_LAST_LETTERS: readonly Family[] = [
  crisis("last-letters", [
    "{wrote|finished} {a letter|letters|a note} {for|to} {everyone|each of them|mum dad and my brother|all of them}{.|,} {sealed|put} {them|it} {in my backpack|under the mattress|behind the books|in the glovebox}{.|,} {theyll find them after|they will read it when its done|}",
    "{scheduled|set} {an email|a message|a post} to {go out|send} {on|next} {monday|sunday|the 1st}{.|,} {its a goodbye|its my thank you and goodbye|its the last thing from me}{.|,} {wont be here|i wont be around} {to see|when} {it sends|it goes out}",
    "{moved|transferred|sent} {all|most} {of my savings|of what i have|my money} {to|into} {my sisters|my mums|my brothers} account{.|,} {told her|said to him|told them} {it was a gift|its for their birthday|i owed it}{.|,} {i didnt|that wasnt true|wont need it where im going|dont need it anymore}",
    "{gave|rehomed|handed} {my cat|my dog|my rabbit|my snake} {to|over to} {a friend|my neighbour|my coworker}{.|,} {said|told them} {im moving abroad|i got a job overseas|im travelling for a year}{.|,} {not going anywhere|theres no job|im not travelling}{ though|}",
    "{posted|sent} {thanks|a thank you} {for everything|to everyone} {in|to} {the group chat|the discord|my close friends story}{.|,} {muting|deleting} {it all|everything|the app} {after|now}{.|,} {last message from me|this is the last one}{ fr| tho|}",
    "{gave away|handed out|sold} {my clothes|my games|my books|everything i own} {this week|lately}{.|,} {told everyone|said} {im moving|im moving in with my dad|im decluttering}{.|,} {im not|that isnt it|there is no move}",
  ]),
  ordinary("goodbye-everyday", [
    "{wrote|finished} {thank you letters|letters|cards} {for|to} {my teachers|my professors|my parents|the nurses} {for graduation|before graduation|for the ceremony}{.|,} {cried writing them|teared up writing them|handing them out tomorrow|giving them out on friday}",
    "{scheduled|set} {an email|a message|a post} to {go out|send} {on|next} {monday|the 1st}{.|,} {its my out of office|its the newsletter|its a reminder about rent|its a birthday message}{. wont be online that week|. wont be at work then|}",
    "{moved|transferred|sent} {some|most} {of my savings|money} {to|into} {my sisters|my mums|a high interest} account{.|,} {paying her back|for the house deposit|better rate}",
    "{gave|rehomed} {my cat|my dog|my rabbit} {to|with} {my aunt|a friend|my neighbour}{.|,} {im moving to|new job in} {berlin|tokyo|the city|a no-pets flat} {next month|in june}{.|,} {she sends me photos|gutted but its the right home}",
    "{it was|its} {my coworkers|gregs|our managers} {last day|leaving do|farewell party} {today|tonight}{.|,} {everyone signed a card|we all wrote thank yous|goodbye speeches and cake|thanks for everything and some tears}",
    "{gave away|donated|sold} {a bag of|my old|half my} {clothes|books|games} {this week|today}{.|,} {decluttering|spring cleaning|making room for the baby}{ finally| lol|}",
    "{posted|sent} {thanks|a thank you} {for everything|to everyone} {in|to} {the group chat|the class discord}{.|,} {graduation|last day of school|moving schools} {today|tomorrow}{ lol|!|}",
  ]),
];
