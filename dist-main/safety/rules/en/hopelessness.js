/** The en rules of category `hopelessness`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { ADV, phrase } from "./patterns.js";
export const EN_HOPELESSNESS_RULES = [
    // --------------------------------------------------------------- hopelessness
    {
        id: "en.hopelessness.no-point-living",
        level: "crisis",
        category: "hopelessness",
        negatable: false,
        pattern: en(String.raw `\b(?:no|not any|isnt any|isnt a|there is no|theres no|what(?:s| is) (?:even |really |honestly |actually )?the|what even is the|dont see the|dont see any|cant see the|cant see any|see no|without any|lost (?:my|any|all)) (?:point|reason|purpose|use|sense|will) (?:in |of |to |for )?${ADV}(?:living|life|being alive|going on|carrying on|existing|staying alive|live|be alive|keep living|keep going|me being here|my life|being here|trying to live|sticking around|being around|staying(?=\x20?(?:$|[.,]|alive|around|here(?=$|[.,])|anymore|any longer|tbh|honestly|lol|ngl|fr|on this earth|in this world))|waking up(?!\x20(?:early|at|so|before|for|on time)))\b`),
    },
    {
        id: "en.hopelessness.not-worth-living",
        level: "crisis",
        category: "hopelessness",
        negatable: false,
        pattern: en(String.raw `\b(?:life|living|my life|being alive|existence) (?:isnt|is not|s not|aint|is no longer|isnt even|doesnt feel|does not feel|not|never feels|doesnt seem|does not seem) (?:really |even |like it is )?worth (?:living|it|anything|going on)\b|\b(?:nothing|no one|nobody|no reason|not much|nothing left|nothing and no one) (?:left )?to live for\b|\b(?:life|living|my life|existence|being alive|existing) (?:is|feels|seems) (?:so |completely |totally |just |utterly )?(?:pointless|meaningless|worthless|not worth it)\b`),
    },
    {
        id: "en.hopelessness.tired-of-living",
        level: "crisis",
        category: "hopelessness",
        pattern: en(String.raw `\b(?:tired|sick|exhausted|weary|done|over|finished) (?:of |with |w )?(?:living(?!\x20(?:alone|with|in|at|here|there|on|off|under|paycheck|like))|being alive|life|existing|this life|my life)\b`),
    },
    {
        id: "en.hopelessness.cant-go-on",
        level: "crisis",
        category: "hopelessness",
        negatable: false,
        pattern: en(String.raw `\b(?:cant|cannot|can not|unable to|dont think i can|do not think i can|dont know if i can|dont know how to|dont know how much longer i can|dont know how long i can) (?:(?:go on|keep going|carry on|hold on)(?=\x20?(?:anymore|any more|any longer|much longer|for much longer|living|with (?:life|this)|$|[.,]|and|but|i\b|lol|please|help))|keep living|live like this|do life|continue living|survive this)`),
    },
    {
        id: "en.hopelessness.hopeless",
        level: "concern",
        category: "hopelessness",
        pattern: en(String.raw `\b(?:hopeless|no hope|lost all hope|lost hope|no future|never get better|will never get better|wont ever get better|nothing will ever change|nothing ever changes|nothing matters|pointless|what(?:s| is) (?:even |really |honestly )?the point|what even is the point|no point (?:in )?(?:anything|trying|any of this)|(?:dont|do not|cant|cannot) see (?:the|any) point|give up on everything|giving up on everything|i give up)\b`),
    },
    {
        // Nothing will change, given up, no future: hopelessness short of wanting to die.
        id: "en.hopelessness.given-up",
        level: "concern",
        category: "hopelessness",
        pattern: phrase(String.raw `\bnothing(?:s| is| will)? (?:ever )?(?:going to )?(?:ever )?(?:change|get better|be different|improve)\b(?!\x20(?:my mind|that|this|the fact|if|unless|until|till|without|when|overnight|quickly|fast|soon|right away|immediately|in a day)\b)|\b(?:given|gave) up\b(?<=\bi (?:have |had )?(?:given|gave) up)(?: on (?:getting better|myself|life|living|everything|trying|recovery|the future|my future|hope|ever getting better|things getting better|being (?:normal|happy|okay|ok)|having a (?:life|future)|it all|me))?(?=\x20?(?:$|[.,]|tbh|honestly|completely|totally|already|ngl|now|at this point))|\bgiving up\b(?<=\bi am giving up)(?=\x20?(?:$|[.,]|on (?:myself|life|everything|getting better)))|\b(?:its|it is) (?:all )?over for me\b|\b(?:dont|do not|cant|cannot|can not) (?:really |even )?see (?:a|any) future(?: for (?:myself|me)|(?=\x20?(?:$|[.,]|anymore|ahead|at all|tbh|honestly)))`),
    },
    {
        id: "en.hopelessness.cant-take-it",
        level: "concern",
        category: "hopelessness",
        negatable: false,
        pattern: en(String.raw `\b(?:cant|cannot|can not) (?:take|handle|do|bear|stand|cope with|deal with) (?:it|this|things|life|everything) ?(?:anymore|any more|any longer)\b|\b(?:cant|cannot) (?:take|bear) (?:much more|the pain|this pain)\b|\bcant cope\b|\b(?:cant|cannot) (?:go on|carry on|keep going) like this\b|\b(?:everything|it|this|life) (?:is|feels) (?:all )?(?:just |so )?(?:too much|too hard|unbearable|heavy|so heavy)\b|\b(?:tired|sick|exhausted|done|so done) (?:of|with) (?:everything|it all|all of this|all of it)\b|\bwant (?:it|this|the pain|everything|it all) to (?:stop|end|be over)\b`),
    },
    {
        // "I can't keep doing this", "idk how much longer I can do this".
        id: "en.hopelessness.cant-keep-doing-this",
        level: "concern",
        category: "hopelessness",
        negatable: false,
        pattern: phrase(String.raw `\b(?:cant|cannot|can not) keep (?:doing|living like|going on like|living with) this(?=\x20?(?:$|[.,]|anymore|any more|any longer|honestly|tbh|much longer|forever|i\x20))|\b(?:(?:dont|do not) (?:even |really )?know|idk) how (?:much )?(?:longer|long) i can (?:do|keep doing|take|handle|keep up|cope with|deal with|live like|bear|last|keep this up|manage|cope|keep going|go on|carry on|hold on)(?:\x20(?:this|it|things|everything|like this))?(?=\x20?(?:$|[.,]|anymore|any more|honestly|tbh|for|ngl|lol|i\x20))`),
    },
    {
        // "christmas alone again. whatever. this is the last one anyway", "i wont see another
        // birthday": a holiday said to be the last, or the next one not to be lived to. The last
        // christmas in a house before a move, or a year abroad, is not this.
        id: "en.hopelessness.last-holiday-anyway",
        level: "crisis",
        category: "hopelessness",
        pattern: en(String.raw `\b(?:christmas|xmas|new years?|thanksgiving|eid|diwali|easter|hanukkah|birthday|holidays?)\b[^]{0,120}?\b(?:(?:this|it) (?:is|s|ll be|will be)|its|thats) (?:my |the )?last (?:one|christmas|xmas|birthday|new year|holiday|year) (?:anyway|anyways|ever|for me|i (?:think|reckon|guess))\b(?![^]{0,60}\b(?:moving|move|house|flat|uni|abroad|job|lease|before)\b)|\b(?:this|it) (?:is|s|ll be|will be) (?:my|the) last (?:christmas|xmas|birthday|new year|eid|diwali|easter|thanksgiving) (?:ever|anyway|anyways|i (?:think|reckon|guess))\b(?![^]{0,60}\b(?:moving|move|house|flat|uni|abroad|job|lease|before|at home|here)\b)|\bi (?:wont|will not|am not going to|im not going to|dont plan to) (?:see (?:another|next|the next)|be (?:here|around) (?:next|for (?:next|another))) (?:christmas|xmas|year|birthday|new year|easter|summer|eid|diwali)\b(?![^]{0,60}\b(?:moving|move|abroad|job|uni|visa|contract|travel\w*|going to|at my|away)\b)`),
    },
    {
        // "another hypo at 3am. next time i wont eat the sugar", "next seizure im not calling
        // anyone": the next episode of a long illness to be left untreated. "next time i wont take
        // my insulin so late" is not this.
        id: "en.hopelessness.wont-treat-next-time",
        level: "crisis",
        category: "hopelessness",
        pattern: en(String.raw `\b(?:hypos?|sugar|insulin|glucose|seizures?|meds|inhaler|epipen|dialysis|asthma|diabet\w*|attack)\b[^]{0,150}?\bnext (?:time|hypo|one|seizure|attack|low)\b[^.]{0,20}?\b(?:i (?:wont|will not|might not|am not going to|im not going to|may not) |im not (?:going to )?|i am not (?:going to )?)(?:eat(?:ing)? (?:the |any )?(?:sugar|sweets|glucose|jelly babies|dextrose|anything)|tak(?:e|ing) (?:my |the )?(?:meds|insulin|tablets|inhaler|pills)|us(?:e|ing) (?:the |my )?(?:inhaler|epipen|pen)|call(?:ing)? (?:anyone|anybody|an ambulance|999|911|112|for help)|treat(?:ing)? it|bother(?:ing)?)\b(?! (?:so|too|that|as|until|till|before|after|late|early|in front)\b)`),
    },
];
//# sourceMappingURL=hopelessness.js.map