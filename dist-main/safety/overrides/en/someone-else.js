/**
 * en overrides for reports about someone else, part of the ordered list in ../../rules-en.ts
 * (kind: everyday). A family member who "won't wake up" for school, for breakfast or before noon
 * is a sleep schedule, the commonest worry of a parent of a withdrawn child, not an overdose.
 */
import { ruleIds } from "../../rule-types.js";
import { WINDOW } from "./context.js";
// What the morning is for, or how late they sleep: a routine, not a body that cannot be roused.
const WAKING_ROUTINE = /\b(?:for (?:school|work|college|uni|class|classes|breakfast|lunch|church|the bus|his alarm|her alarm|appointments?)|before (?:noon|midday|lunch|\d+(?: ?(?:am|pm))?|the afternoon)|in the mornings?|till (?:noon|midday|lunch|the afternoon|\d+)|until (?:noon|midday|lunch|the afternoon|\d+)|on (?:time|weekends)|sleeps? (?:in|late|all day|till|until)|sleeping in|lie ins?|lies in|stays? up|stayed up|up all night|gaming (?:all )?night|night owl|alarms?|lazy|teenagers?|sleep schedule|body clock|no matter what)\b/;
// ...unless the message has what makes it an emergency after all.
const ACT_SIGNS = /\b(?:pills?|tablets?|meds|medication|overdos\w*|bottles?|empty|packs?|breathing|breath|blue|unconscious|unresponsive|note|letter|goodbye|blood|cut|rope|charcoal|alcohol|drunk)\b/;
export const EN_OVERRIDES_SOMEONE_ELSE = [
    {
        // "my son won't wake up for school anymore, he stays up gaming all night", "my sister sleeps
        // in on weekends and won't wake up for breakfast": a sleep schedule, not an overdose.
        id: "en.everyday.wont-wake-for-the-day",
        kind: "everyday",
        lowersTo: "none",
        appliesTo: ruleIds("en.danger-at-home.family-attempt"),
        test: (ctx) => /\bwake up$/.test(ctx.match) &&
            WAKING_ROUTINE.test(WINDOW(ctx)) &&
            !ACT_SIGNS.test(WINDOW(ctx)),
    },
];
//# sourceMappingURL=someone-else.js.map