/**
 * Generated English messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: violence at home under way (a weapon held over someone, a door
 * kicked in, someone bleeding while the one who hurt them is still there, screams next door),
 * mostly about someone else, and the writer hiding while typing. Its hard negatives use the same
 * words for a film's scene, a neighbour's DIY, brothers fighting over a game and a bloody nose
 * at practice, so that neither a weapon nor a noise says "crisis" alone. Written from the kind,
 * in the voices of issue 12; no blind round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("en", subject, label);
const crisis = family("self", "crisis");
const ordinary = family("self", "ordinary");
const otherCrisis = family("other", "crisis");

export const EN_VIOLENCE_NOW: readonly Family[] = [
  otherCrisis("violence-now", [
    "{my|our} {dad|stepdad|uncle|brother} {has|grabbed|is holding} {a knife|a bat|a hammer|a golf club} {and|,} {is|hes} {screaming at|going after|cornering} {my mum|my little brother|my sister|my nan} {right now|downstairs|in the kitchen}{.|,} {what do i do|should i call 911|call the police?}",
    "{he|her boyfriend|my brother-in-law|my stepdad} {just|} {kicked in|smashed|broke down} {the door|her bedroom door|the front door}{.|,} {shes screaming|my sister is screaming|mum is screaming|theres glass everywhere|theres blood on the floor}",
    "{my|our} {grandma|mum|little sister|brother} {is bleeding|got pushed into the wall|got shoved down the stairs} {and|,} {dad|he|my uncle} is still {yelling|going|in the house|raging}{. happening now|. right now|}",
    "{the neighbours|the people next door|the flat upstairs} {are|is} {screaming|smashing things|fighting} right now{.|,} {a kid|a woman|someone} {is crying|keeps yelling} {stop|help|please}",
  ]),
  crisis("hiding-now", [
    "{hiding|locked} in {the bathroom|my closet|the wardrobe|my room} {typing this|rn}{.|,} {my dad|he|my stepdad|my brother} {has|got} {a knife|a bat|the hammer} {and|,} {is|hes} {looking for me|banging on the door|walking around}",
  ]),
  ordinary("violence-everyday", [
    "{watching|just watched} {a film|a movie|that series} where {the dad|the husband|the villain} {kicks the door in|has a knife|smashes the door} {and|,} {it|that scene} was {so intense|terrifying|too real}{ lol|.|}",
    "{the neighbours|next door|the flat upstairs} {are|is} {hammering|drilling|sawing} {since 8am|all day|on a sunday}{.|,} {some diy again|renovating i guess|putting up shelves again}{ kill me lol|.|}",
    "{my brothers|my kids|my little sisters} {are|were} {screaming|yelling|wrestling} {at each other|} over {mario kart|the xbox|the remote|fortnite} {again|}{.|,} {someone is crying lol|one of them cried|every single day|standard}",
    "{my brother|my son|my nephew} {got|has} {a bloody nose|a cut lip} {from|at} {rugby|football|karate|boxing practice}{.|,} {it stopped quick|hes fine lol|all good now}",
  ]),
];
