/**
 * Generated English messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: the means bought, counted or tested (a cord tied and a weight
 * put on it, pills counted, a gas tank or a hose bought), often with "lol". Its hard negatives
 * use the same words for camping, a move, a shelf or a pull-up bar checked, pills counted into
 * a weekly box as prescribed, party balloons and an aquarium, so that no object says "crisis"
 * alone. Written from the kind, in the voices of issue 12; no blind round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (label: Family["label"]) => familyOf("en", "self", label);
const crisis = family("crisis");
const ordinary = family("ordinary");

export const EN_MEANS_TESTED: readonly Family[] = [
  crisis("means-tested", [
    "{finally|} {bought|got|picked up} {the rope|a rope|some rope} {today|this afternoon|at the hardware store}{ lol| haha|.|} {nobody asked|the guy at the till didnt even blink|easier than i expected|cheaper than i thought}{.|,} {its in my wardrobe now|its under the bed now|}",
    "{tied|looped|fixed} {it|the cord|the belt|the rope} {to|around} {the beam|the top of the door|the pull-up bar|the stair rail} {and|,} {put my weight on it|hung on it for a second|leaned into it} {to see|just to check} {if it holds|if it would take me}{.|,} it {does|did}{. so thats sorted| lol|}",
    "{counted|lined up|sorted} {them|my pills|the tablets|everything ive saved} {on the desk|tonight|again}{.|,} {38|46|52|60|70} {of them|total|tablets}{.|,} {should be enough|thats plenty|just need the right night|just need everyone out}",
    "{the|a} {helium|gas} {tank|canister} {came|arrived|got delivered} {today|this morning}{ lol|.|} {got the tubing too|and the mask|and the bag as well}{.|,} {not for balloons|no party planned}{ lol|}",
    "{ordered|bought} {a|another} {hose|length of tubing} {that fits|to fit} {the exhaust|my cars exhaust}{.|,} {tape for the windows|duct tape} {too|already}{. garage is mine on friday|. garage is mine on sunday|.|}",
  ]),
  ordinary("means-everyday", [
    "{finally|} {bought|got|picked up} {the rope|a rope|some rope|paracord} {today|at the hardware store}{ lol|.|} {for|its for} {the tent|camping this weekend|the move on saturday|tying down the mattress|the tree swing|a clothesline}",
    "{put up|mounted|installed} {the shelf|a pull-up bar|the hammock|a plant hanger} {and|,} {put my weight on it|hung on it|leaned on it} {to check|just to see} {it holds|if it holds}{.|,} it {does|did}{. so proud lol|! diy queen|}",
    "{counted|sorted} {my pills|my meds|the tablets} {into|for} {the weekly organiser|my pill box|the week}{.|,} {exactly as prescribed|like the pharmacist said|2 a day|morning and night}",
    "{the|a} {helium|co2|propane} {tank|canister} {came|arrived} {today|this morning}{ lol|.|} {for|its for} {the party balloons|the soda maker|the bbq|the camping stove|my homebrew}",
    "{ordered|bought} {new|a length of} {tubing|hose} {for|to fit} {the aquarium|the fish tank filter|the garden tap|my water cooling}{.|,} {water change way easier now|setup done now}",
  ]),
];
