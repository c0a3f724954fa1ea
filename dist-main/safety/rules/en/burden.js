/** The en rules of category `burden`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { ADV, phrase } from "./patterns.js";
export const EN_BURDEN_RULES = [
    // --------------------------------------------------------------- burden
    {
        id: "en.burden.better-off-without-me",
        level: "crisis",
        category: "burden",
        pattern: en(String.raw `\b(?:better off|better|happier|easier|relieved) (?:off )?(?:for (?:everyone|everybody|them|my family|my parents|all of them|you all|people) )?(?:without me|if i (?:was|were|had|just)? ?(?:gone|dead|not here|not around|never born|disappeared|died|didnt exist|did not exist|not alive|never been born|killed myself|went away forever)(?!\x20(?:alone|by|before|when|until|till|all day|every|at|for a|for the|for dinner|for lunch|with|in (?:this|the) (?:town|city|village|country|job|school|class))\b)|if i (?:wasnt|werent|was not|were not) (?:here|around|alive|born)(?!\x20(?:alone|by|before|when|until|till|all day|every|at|for a|for the|for dinner|for lunch|with|in (?:this|the) (?:town|city|village|country|job|school|class))\b))\b|\b(?:no one|nobody|noone) (?:would|will|d) (?:even |ever )?(?:care|notice|miss me|be sad)(?: at all)? if i (?:died|was dead|were dead|was gone|were gone|killed myself|disappeared forever)\b`),
    },
    {
        id: "en.burden.burden",
        level: "concern",
        category: "burden",
        pattern: en(String.raw `\b(?:i am|i feel like|feel like|i feel like i am|i am just|i am such|i am only|i am nothing but) (?:a |such a |just a |nothing but a |only a )?(?:burden|waste of space|waste of oxygen|waste of air|drain on everyone|mistake|nuisance)\b|\bjust a burden\b`),
    },
    {
        // "If I died they'd be sad for a week and then their lives would be easier."
        id: "en.burden.lives-easier",
        level: "crisis",
        category: "burden",
        pattern: phrase(String.raw `\bif i (?:died|was dead|were dead|was gone|were gone|disappeared|wasnt here|wasnt around|werent here|werent around|was not here|killed myself|didnt exist|stopped existing|just vanished)\b(?!\x20(?:for|on|to|at|away|in (?:the |a |this )?(?:game|match|round|level|raid|minecraft|fortnite|roblox|elden ring|dark souls|gta|valorant|apex|overwatch|sims|hardcore))\b)[^.]{0,100}?\b(?:(?:lives?|life) (?:would|will|could|might|d|ll) (?:[a-z]+\x20){0,3}?(?:easier|better|simpler|lighter|happier)|(?<!\b(?:never|not|wouldnt|wont|couldnt|cant|would never|could never)\x20)(?:get over it|move on|forget about me|forget me|be relieved|be glad|feel relieved|be better off))\b`),
    },
    {
        // "Everyone would be relieved if I simply weren't here any more."
        id: "en.burden.if-i-werent-here",
        level: "crisis",
        category: "burden",
        pattern: phrase(String.raw `\bif i ${ADV}(?:(?:wasnt|werent|was not|were not|was no longer|were no longer) (?:here|around|alive|there|in (?:the|this|their|my|our) (?:[a-z]+\x20)?(?:room|house|home|picture|world|way|lives?|flat))(?=\x20?(?:$|[.,]|any ?more|any longer|upstairs|at all|fr|tbh|honestly|for good))|(?:was|were) (?:gone|dead|never born|out of the (?:picture|way))(?!\x20(?:by|before|when|for|until|till|on|at|to|from)\b)|(?:died|vanished|didnt exist|did not exist|stopped existing|was never born))\b(?<=\b(?:relieved|better off|happier|easier|better|lives? back|freer|free|lighter|favou?r|glad|celebrate|party|cheaper|simpler|(?:life|lives) back)\b[^.]{0,80})`),
    },
    {
        // Worth more dead, in money: "my life insurance would do more good than me staying alive".
        id: "en.burden.worth-more-dead",
        level: "crisis",
        category: "burden",
        negatable: false,
        pattern: phrase(String.raw `\b(?:life insurance|insurance (?:money|payout)|the payout|payout)\b[^.]{0,50}?\b(?:than (?:me|with me|i am|i could|my life)|if i (?:die|died|was gone|were gone|wasnt here|was not here|go))\b|\bworth more (?:to (?:them|everyone|my family) )?dead\b`),
    },
    {
        // "the best thing i can do for them is take myself out of the picture": removing oneself as
        // the kindness, not stepping out of a decision.
        id: "en.burden.out-of-the-equation",
        level: "concern",
        category: "burden",
        pattern: phrase(String.raw `\b(?:kindest|best|only|right|fairest) (?:thing|way|option)\b[^.]{0,40}?\b(?:take|taking|remove|removing|get|getting) (?:myself|me) out of (?:the|this|their) (?:equation|picture)\b(?![^]{0,60}\b(?:decide\w*|decision|sort|argue\w*|wedding|meeting|project|team|debate|choose|choice|vote|let (?:them|the two))\b)`),
    },
];
//# sourceMappingURL=burden.js.map