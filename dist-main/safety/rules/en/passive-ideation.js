/** The en rules of category `passive-ideation`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { ADV, DEATH_OBJECT, PET, phrase } from "./patterns.js";
export const EN_PASSIVE_IDEATION_RULES = [
    // --------------------------------------------------------------- passive ideation
    {
        id: "en.passive-ideation.want-to-die",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\b(?:want|wants|wanted|wanting|wish|wishing|ready|deserve|deserves|need|needs|long|longing|(?:would|should|id) (?:(?:simply|just|really|quite|rather|dearly|so|very much|much) )?(?:like|love)|prefer) to ${ADV}${DEATH_OBJECT}\b`),
    },
    {
        id: "en.passive-ideation.wish-dead",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: en([
            String.raw `\bwish (?:that )?i (?:was|were|could be|would be|id be) ${ADV}dead\b`,
            String.raw `\bwish (?:that )?(?:i (?:could|would|might)|id) ${ADV}(?:die|disappear|vanish|stop existing|not exist|cease to exist|sleep forever|go to sleep forever|fade away|not wake up|never wake up|be gone)\b`,
            String.raw `\bwish (?:that )?(?:i|id|i had) (?:never|not) (?:been born|existed|woken up|woke up)\b`,
            String.raw `\bwish (?:that )?i (?:didnt|did not|wouldnt|would not|wont|dont|do not|never) (?:have to )?(?:wake up|exist|be alive|woke up)\b`,
            String.raw `\bwish (?:that )?i (?:wasnt|was not|werent|were not) (?:alive|born|here anymore|around anymore|in this world)\b`,
            // "hope i'm dead by morning": a wish to be dead by a time.
            String.raw `\b(?:hope|hoping|pray|praying|wish) (?:that )?(?:i am|i will be|ill be|i would be|id be|i was|i were) (?:already |just |finally )?dead (?:by|before|in the|come|when) (?:the )?(?:morning|tomorrow|tonight|sunrise|dawn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas|new year|next (?:week|month|year)|then|my birthday|it gets light|they wake up|everyone wakes up)\b`,
        ].join("|")),
    },
    {
        id: "en.passive-ideation.dont-want-to-live",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: en(String.raw `\b(?:(?:dont|do not|didnt|did not|no longer|never|dont really|dont even) (?:want|wish|care) to|(?:dont|do not) (?:think|know if) i (?:want|wish) to|(?:not sure|unsure|dont know) (?:if |whether )?i (?:want|wish) to|dont feel like) ${ADV}(?:live(?!\x20(?:with|in|at|there|near|somewhere|on|by|alone|together|abroad|downtown|here|close|far))|living(?!\x20(?:with|in|at|there|here|alone))|be alive|being alive|exist|existing|be here anymore|be around anymore|wake up|waking up|go on(?=\x20anymore|$|[.,]|\x20like this|\x20living)|keep going(?=\x20anymore|$|[.,]|\x20like this)|keep living|continue living|carry on(?=\x20anymore|$|[.,]|\x20like this)|be in this world|be on this earth)\b`),
    },
    {
        id: "en.passive-ideation.never-wake-up",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: en(String.raw `\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:dont|do not|wont|will not|never|dont ever|do not ever) (?:ever )?wake up\b(?!\x20(?:late|early|too|before|at|in time|on time|with|feeling|tired|sick|hungover|and (?:find|see|realise|realize)|the|him|her|them|my|anyone|everyone)\b)|\b(?:sleep|go to sleep|fall asleep|close my eyes) (?:and|forever and) (?:never|not|dont|do not) (?:ever )?wake up\b|\bnever (?:wake|waking) up again\b`),
    },
    {
        id: "en.passive-ideation.suicidal",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\bsuicidal\b`),
    },
    {
        id: "en.passive-ideation.thinking-about",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\b(?:think|thinking|thought|thoughts|considering|consider|considered|contemplating|contemplate|contemplated|obsessing|obsessed|fantasi[sz]ing|dreaming|dream) (?:about |of )?${ADV}(?:suicide|killing myself|ending (?:it all|it|my life|everything|things)|unaliving|dying(?!\x20(?:my|your|her|his|the|it)\b)|not being here|not existing|not being alive|taking my (?:own )?life)\b|\bsuicide (?:is |has been )?${ADV}(?:on my mind|all i think about|the only (?:way|option|answer))\b|\bsuicide (?:thoughts|ideation|urges|feelings|plans?)\b|\bscared of what i (?:might|will|could|would) do\b`),
    },
    {
        // A past attempt with the feeling back: "i tried to end it two years ago. lately it feels
        // exactly like back then". The issue's policy: an attempt before plus "like that again" is a
        // crisis now, whether or not the word suicide is there.
        id: "en.passive-ideation.attempt-feeling-back",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\b(?:tried to (?:end it(?!\x20(?:with|all with|between))|end (?:my life|it all|things)|kill myself|take my (?:own )?life|die|not be here)|attempted (?:suicide|to (?:kill myself|end (?:it|my life|things)|take my (?:own )?life))|(?:my|a|the) (?:last |first |previous |suicide )?(?:suicide )?attempt\b(?!\x20(?:at|on|to|of|in|for)\b)|(?:ended up|was|got taken|landed) in (?:hospital|the hospital|the er|a and e|icu) (?:after|because of|for) (?:an? )?(?:od|overdose|attempt))\b[^]{0,180}?(?<!\b(?:not|never|no longer|doesnt|dont|does not|do not|stopped)\x20(?:\w+\x20)?)\b(?:(?:feels?|feeling|felt) (?:exactly |just |a lot |kind of |kinda |so much |pretty much )?(?:like (?:back then|that again|that time|last time|before|it did then)|the same(?: way)?(?: again| as (?:back )?then| as before| as last time)?)|(?:same|that|the old) (?:way|feeling|feelings|thoughts|place) (?:again|all over again|coming back)|(?:its|it is|they are|theyre|the feelings? (?:is|are)|the thoughts? (?:is|are)) (?:all )?(?:coming|creeping|sneaking) back|like back then|(?:starting|beginning|begin|start) to feel (?:the same|like that|that way|like before))`),
    },
    {
        id: "en.passive-ideation.suicide-word",
        level: "concern",
        category: "passive-ideation",
        pattern: en(String.raw `\bsuicide\b`),
    },
    {
        id: "en.passive-ideation.kill-myself",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\b(?:kill|killing|unalive|unaliving|off|offing|end|ending|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|gas|gassing|suffocate|suffocating|electrocute) myself\b`),
    },
    {
        // Third-person forms exist so that worry about someone else is recognised as such.
        id: "en.passive-ideation.kill-themselves",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\b(?:kill|killing|killed|kills|unalive|hang|hanged|hanging|hangs|shoot|shot|end|ended|off|offed) (?:himself|herself|themselves|themself)\b|\btook (?:his|her|their) (?:own )?life\b|(?<!\b(?:vets?|dog|cat|pet|puppy|kitten|horse|documentary|film|movie|book|novel|series|show|article|news|switzerland|dignitas|assisted|euthanas\w*|doctors?|hospital|character)\b[^]{0,80})\b(?:end|ending|ends|take|taking|takes) (?:his|her|their) (?:own )?life\b(?!\x20(?:support|sentence|savings|story|stories|work|career|insurance))(?![^]{0,60}\b(?:vets?|put (?:her|him) to sleep|euthanas\w*|documentary|film|movie|book|novel|dignitas|assisted|in pain at \d+)\b)`),
    },
    {
        id: "en.passive-ideation.end-my-life",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\b(?:end|ending|take|taking) my (?:own )?life\b|\bend (?:it all|everything)\b|\b(?:want to|going to|ready to|decided to|plan to|planning to|planning on|thinking about|thinking of|about to|intend to|intending to|mean to|shall|should|might|will|ill|could) ${ADV}end (?:it|things)(?!\x20(?:with|between|off|there|here))\b`),
    },
    {
        id: "en.passive-ideation.feel-like-dying",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\bfeel(?:ing|s)? like ${ADV}(?:dying(?!\x20(?:my|your|her|his|the|it)\b)|i want to die|ending it(?: all)?|killing myself|disappearing forever|i should die|i (?:should|shouldnt|should not) (?:be alive|exist|be here))\b`),
    },
    {
        id: "en.passive-ideation.rather-be-dead",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\b(?:better off|rather be|id rather be|prefer to be|be better) dead\b|\b(?:rather|prefer to) ${ADV}die\b|\b(?:i should|i need to|let me|i deserve to|i ought to|time for me to|its time for me to) ${ADV}die\b`),
    },
    {
        id: "en.passive-ideation.want-it-to-end",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\bwant (?:it all|everything|my life|life|all of it) to (?:end|be over)\b|\bhate (?:being alive|existing|my existence)\b`),
    },
    {
        // Wanting it all to stop "for good this time", not only for a night.
        id: "en.passive-ideation.for-good",
        level: "crisis",
        category: "passive-ideation",
        pattern: phrase(String.raw `\bwant (?:it|this|it all|everything|all of it|the pain|life|my life|all this) to (?:stop|end|be over)(?=\x20?(?:$|[.,]|for good|forever|for ever|permanently|once and for all|like|just|i\x20|and\x20))[^]{0,40}?\b(?:for good|forever|for ever|permanently|once and for all|for real this time)\b`),
    },
    {
        // "kys" is mostly an insult aimed at someone else; aimed at oneself it is "kill myself".
        id: "en.passive-ideation.kys-self",
        level: "crisis",
        category: "passive-ideation",
        pattern: en(String.raw `\bkys\b(?<=(?:\bi(?:\x20am|\x20really|\x20honestly)? (?:should|will|might|could|may|want to|need to|going to|about to|ready to|finally going to)|\bill|(?:^|[.,]|\b(?:and|but|so|honestly|tbh|ngl|fr|maybe|lowkey|just))\x20?(?:going to|want to|about to|ready to|time to|time for me to|should|might|finna))\x20${ADV}kys)`),
    },
    {
        id: "en.passive-ideation.wouldnt-mind-dying",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase([
            String.raw `\b(?:wouldnt|would not|wont|dont|do not) (?:even |really )?(?:mind|care)(?: if| when)? (?:a |the |some )?(?:bus|car|truck|lorry|train|van|meteor|asteroid|plane|drunk driver|lightning|stray bullet)s? (?:(?:hit|hits|struck|strikes|killed|kills|crushed|fell on|ran over|runs over) me|took me out|takes me out|ran me over|runs me over)\b`,
            String.raw `\b(?:wouldnt|would not|dont|do not) (?:even |really |terribly |too much |that much |all that much |much |at all )?(?:mind|care)(?: terribly| too much| that much| all that much| much| at all)? (?:if i (?:simply |just |really )?)?(?:dying|died|not waking up|didnt wake up|never woke up|being dead|was dead|stopped existing|got hit by (?:a |the )?(?:bus|car|truck|lorry|train)|got run over)\b(?!\x20(?:in (?:the |a |this )?(?:game|match|round|level)|early|late|on time|before|at \d))`,
            String.raw `\b(?:hope|hoping|wish|pray|praying) (?:that )?(?:a |the |some )?(?:bus|car|truck|lorry|train|van|meteor|asteroid|plane|drunk driver|lightning)s? (?:(?:hits|hit|kills|kill|crushes) me|takes me out|runs me over|run me over)\b`,
            String.raw `\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got) (?:hit|run over|killed) by (?:a |the )?(?:bus|car|truck|lorry|train|van)\b`,
        ].join("|")),
    },
    {
        // Algospeak for dying taken from games and apps ("ready for game end", "respawn irl").
        id: "en.passive-ideation.algospeak",
        level: "crisis",
        category: "passive-ideation",
        pattern: phrase(String.raw `\bready for (?:the )?game end\b|\bgame (?:over|end) (?:irl|in real life|for me irl)\b|\b(?:log|logging|logged) off (?:from )?(?:life|irl)\b|\b(?:respawn|respawning|uninstall|uninstalling|alt f4|alt f4ing|delete|deleting) (?:irl|in real life|my life|life|myself irl)\b`),
    },
    // --------------------------------------------------------------- compositional families
    // Blind round 4 (formal English of carers in their fifties, gamer English of teenagers)
    // showed that phrase lists do not carry to a new writer. These rules compose a few parts
    // (a person, a cessation, a wish or a time; a household member, a blow, "me") so that
    // wording never seen still meets them. Each is anchored on its rarest part.
    {
        // "Hoping, quite sincerely, that I shall not wake", "hoping i just don't wake up after the raid".
        id: "en.passive-ideation.hope-not-wake",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\bwake\b(?<=\b(?:hope|hoping|hoped|pray|praying|wish|wishing)\b[^.]{0,40}?\bi (?:(?:shall|will|would|might|may|just|simply|really|honestly) )?(?:not|never|dont|do not|wont|will not|wouldnt|would not|didnt|did not|shall not)(?: ever)? wake)(?: up)?(?: again)?(?=\x20?(?:$|[.,]|again|ever|tomorrow|in the morning|after|anymore|any more|at all|one (?:day|morning)|this time|tbh|honestly|not joking|lol))`),
    },
    {
        // "Want to log off permanently. not from discord. from everything."
        id: "en.passive-ideation.log-off",
        level: "crisis",
        category: "passive-ideation",
        pattern: phrase(String.raw `\b(?:log|logging|logged|sign|signing) (?:off|out)\b(?:\x20(?:of|from) (?:life|everything|existence|reality|the world|this world|it all)\b(?!\x20for\b)|(?=\x20(?:permanently|for good|forever|for ever)\b)(?<=\b(?:want to|going to|ready to|about to|time to|wish i could|need to|i will|ill|should)\x20(?:just\x20|finally\x20)?(?:log|sign) (?:off|out)))`),
    },
    {
        // "I wish I could respawn as nobody. or just not respawn at all."
        id: "en.passive-ideation.not-respawn",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\brespawn\b(?:\x20as (?:nobody|no one|noone|nothing)\b|(?<=\b(?:not|never|dont|didnt|wouldnt|not have to) respawn)(?=\x20?(?:$|[.,]|at all|ever|again|this time|irl)))(?<=\bi (?:[a-z]+\x20)?(?:wish|want|hope|hoping|would rather)\b(?:(?!\b(?:they|it|he|she|boss|mobs?|enem\w*|zombies?)\b)[^.]){0,40})`),
    },
    {
        // "I hope I don't make it to 30", "praying I don't live past Christmas".
        id: "en.passive-ideation.hope-not-make-it",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\b(?:make it|live|survive|last)\b(?<=\b(?:hope|hoping|wish|pray|praying)\b[^.]{0,20}?\bi (?:dont|do not|wont|will not|never|dont ever) (?:make it|live|survive|last))(?: to| until| till| past| through| into)? (?:\d{1,2}|the (?:end of the (?:year|month|week)|weekend|new year|summer|winter)|next (?:year|week|month|birthday|christmas)|my (?:next )?birthday|christmas|twenty|thirty|forty|fifty|another (?:year|week|month|winter|birthday))\b`),
    },
    {
        // Wondering whether anyone would notice: a warning sign short of a crisis.
        id: "en.passive-ideation.would-anyone-notice",
        level: "concern",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\b(?:anyone|anybody|people|they|my (?:family|parents)|someone) (?:would|will|d) (?:even |actually |really )?(?:notice|care|miss me)\b[^.]{0,20}?\bif i (?:wasnt|werent|was not|were not|was gone|disappeared|died|vanished|stopped (?:existing|talking|posting))`),
    },
    {
        // An older person's wish to be taken: "I pray the Lord takes me", "God, please take me".
        id: "en.passive-ideation.god-take-me",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\b(?:pray|praying|prayed|prays|ask|asking|asked|beg|begging|hope|hoping|wish|wishing|want)\b[^.]{0,30}?\b(?:god|lord|jesus|heaven)\b[^.]{0,12}?\b(?:takes?|call|calls|bring|brings|let|lets) me\b(?:\x20(?:home|soon|away|tonight|in my sleep|now|too|already|to (?:him|her|heaven|be with [a-z]+)))?(?=\x20?(?:$|[.,]|every|before|so i|because|soon))|\b(?:god|lord|jesus),? (?:please |just |please just )?(?:take|call) me(?:\x20(?:home|now|away|already|tonight))?(?=\x20?(?:$|[.,]))`),
    },
    {
        // "s u i c i d e looking pretty good rn": death itself found appealing.
        id: "en.passive-ideation.death-appealing",
        level: "crisis",
        category: "passive-ideation",
        pattern: phrase(String.raw `\b(?:suicide|kms|kill myself|killing myself|ending it(?: all)?|being dead|not existing|not waking up|unaliving|sewerslide|the sweet release of death|death itself) (?:is |s |has been |keeps )?(?:looking|looks|sounding|sounds|seeming|seems|feeling|feels) (?:pretty |really |so |very |kinda |kind of |more and more |better and better |real |quite |like a )?(?:good|great|nice|appealing|tempting|attractive|peaceful|inviting|better|option|plan)\b|\b(?:suicide|kms|kill myself|killing myself|ending it(?: all)?|being dead) (?:is|s|has been) (?:so |really |pretty |kinda |more and more )?(?:tempting|appealing|calling (?:me|my name))\b`),
    },
    // ---------------------------------------- seventeenth pass (after round 22), gaps beside the everyday
    {
        // "had my cat put to sleep at the vet today. id like someone to hold me like that at the end":
        // a pet put down, then the writer wanting the same for themselves. Grief alone, a new kitten,
        // the vet's bill or a wish for a gentle death in old age are not this.
        id: "en.passive-ideation.pet-put-down-same-for-me",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: phrase(String.raw `\b(?:put (?:(?:him|her|them|it|my [a-z]+|our [a-z]+|the [a-z]+) )?(?:down|to sleep)|euthani[sz]\w*|pts)\b[^]{0,160}?\b(?:(?:id|i would|i d) (?:like|love|want) (?:someone|somebody|anyone|them|the vet|a vet) to (?:hold me like that|do (?:that|the same|it) (?:for|to) me|put me (?:down|to sleep)|give me (?:that|the same))|wish (?:someone|somebody|anyone|they|the vet|a vet|people) (?:would|could|can) (?:do (?:that|the same|it) (?:for|to) me|put me (?:down|to sleep)|hold me like that)|(?:i (?:want|need)|id like|i wish i could (?:have|get)|give me|can i (?:have|get)) (?:the same|that) (?:injection|shot|needle|jab|drugs?)|(?:i want|id like|i wish i (?:had|could have)|give me) (?:that|the same|that same) (?:peace|mercy|kindness|ending)(?: for me| for myself| too| now)?(?=\x20?(?:$|[.,!?]))|(?:(?:maybe|guess|i think|probably|hope|wish) (?:im|i am|its me)|(?:its |maybe its |guess its )?my turn) next(?=\x20?(?:$|[.,!?])))\b(?<=\b(?:vet\w*|${PET}|kitty|boy|girl|horse|pony)\b[^]{0,240})(?![^]{0,40}\b(?:when (?:my|the) time comes|when im (?:old|older|ninety|90|dying)|one day|someday|some day|in old age|when im terminal|if i (?:ever )?get (?:ill|sick|dementia))\b)`),
    },
];
//# sourceMappingURL=passive-ideation.js.map