/**
 * Generated English messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: insulin or another essential medicine stopped, or food and water
 * refused for days, to end quietly; also a son or a brother who will not drink. Its hard
 * negatives use the same words for fasting before a test, a diet or Ramadan, a forgotten lunch,
 * a medicine stopped by the doctor and a child off his food with a bug, so that neither food
 * nor a medicine says "crisis" alone. Written from the kind, in the voices of issue 12; no blind
 * round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("en", subject, label);
const crisis = family("self", "crisis");
const ordinary = family("self", "ordinary");
const otherCrisis = family("other", "crisis");
const otherOrdinary = family("other", "ordinary");

export const EN_STOPPED_LIVING: readonly Family[] = [
  crisis("stopped-living", [
    "{havent|haven't} {taken|done} {my insulin|my injections|my shots} {since sunday|for three days|since the weekend}{.|,} {on purpose|not an accident}{.|,} {nobody knows|no one has noticed|its quieter than anything else}",
    "{stopped|quit} {eating|food} {five days ago|six days ago|last week}{.|,} {not planning to start again|im not going to start again|just letting my body give out|just letting it stop}",
    "{no|havent had any} water {for|in} {three|four|two} days{.|,} {how much longer does it take|just waiting|just lying here}{?|}",
    "{quit|stopped} {my heart meds|my blood thinners|my seizure meds|my transplant meds} {on purpose|a week ago|and didnt tell anyone}{.|,} {if it stops it stops|let it happen|not calling anyone if something happens}",
    "{if i|what if i} {just|} {stop eating and drinking|quit food and water} {, |. }{a week?|is it quiet?|would it just end?}{ asking for me| not hypothetical|}",
  ]),
  otherCrisis("refusing-water", [
    "my <eother> {hasnt had|hasn't touched} {water|anything to drink|food or water} {in|for} {three|four|five} days{.|,} {just says|keeps saying|only says} {leave me alone|its fine|its better this way}",
    "my <eother> {stopped|quit} {insulin|dialysis|the heart pills|all their meds} {and|,} {keeps saying|says} {im done|let it happen|im ready to go|dont call anyone}",
  ]),
  ordinary("fasting-everyday", [
    "{fasting|nil by mouth|no food} {from midnight|after 10pm|since last night} {for|before} {my blood test|a colonoscopy|surgery tomorrow|the endoscopy}{.|,} {so hungry lol|starving|cant even have coffee}",
    "{day|week} {3|2|4} of {my diet|cutting sugar|intermittent fasting|ramadan}{.|,} {stomach growling|lost 2 kilos|iftar cant come soon enough|dinner at 7 cant come soon enough}",
    "{totally|completely} forgot {to eat|lunch|breakfast} {today|again}{ lol|.|} {back to back meetings|too busy|slept in}{.|,} {pizza|takeaway|a big dinner} {tonight|now}",
    "{doctor|my gp|the cardiologist} {stopped|took me off|lowered} {my blood pressure pills|my statins|the steroids} {since|because} {my numbers|the readings} {are good now|look fine now}",
  ]),
  otherOrdinary("off-food-everyday", [
    "my <eother> {has a stomach bug|has the flu|has a sore throat} and {barely ate|wont eat much} {today|yesterday}{.|,} {kept down some soup|had some toast|had water at least}",
    "my <eother> {is fasting|cant eat} {before|for} {surgery tomorrow|a scan|a blood test}{.|,} {so grumpy lol|complaining nonstop|counting the hours till breakfast}",
  ]),
];
