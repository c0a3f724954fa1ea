/** The en rules of category `farewell`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { phrase } from "./patterns.js";
/** A game, a server or an account named: a game's end or a game quit, not a life. */
const GAME_NAMED = "game|games|server|servers|guild|clan|season|wipe|shutdown|shut down|shutting down|update|dlc|patch|account|campaign|playthrough|file|achievement|platinum|ending|credits|sequel|uninstall\\w*|minecraft|fortnite|roblox|valorant|genshin|league|wow|ffxiv|elden ring|pokemon|animal crossing|stardew|steam|switch|console|ps\\d|xbox|new character|new run|tomorrow|next week|after exams|bed|sleep";
export const EN_FAREWELL_RULES = [
    {
        id: "en.passive-ideation.not-here-tomorrow",
        level: "crisis",
        category: "farewell",
        pattern: en(String.raw `\b(?:wont|will not|might not|may not|probably wont) be (?:here|around|alive) (?:tomorrow|much longer|for long|anymore|next week|by (?:tomorrow|morning|the weekend|monday|friday))\b`),
    },
    // --------------------------------------------------------------- farewell
    {
        id: "en.farewell.goodbye",
        level: "crisis",
        category: "farewell",
        pattern: en(String.raw `\b(?:goodbye|good bye|farewell|so long) (?:everyone|everybody|world|forever|for good|for ever|cruel world|for the last time|all of you)\b|\bbye (?:forever|for good|for ever|cruel world|world|for the last time)\b|\b(?:want|wanted|need|needed|came|wanna) to say (?:my )?(?:goodbye|goodbyes|bye|farewell)\b|\bsa(?:id|y|ying) (?:my )?(?:last |final )?goodbyes\b(?!\x20to (?:the |my |our )?(?:old |new )?(?:house|flat|apartment|school|room|town|city|place|job|office|team|class|dog|cat|neighbou?rs?))|\bthis (?:is|will be|ll be) (?:my )?(?:last|final) (?:message|goodbye|words|post|text|time (?:talking|writing|messaging))\b(?!\x20(?:for (?:tonight|today|now|the (?:night|day|evening|week|year))|before (?:i (?:go to )?(?:sleep|bed|log off|head off)|bed|sleep)|til+|until|of the (?:day|night|year)|tonight|today))|\b(?:this is|its) (?:my )?goodbye\b|\b(?:my|these are my) (?:last|final) words\b|\bif (?:you|they|anyone) (?:dont|do not|never) hear from me (?:again|tomorrow|by|after|anymore)\b|\b(?:you|they|nobody|no one|everyone) (?:wont|will not|will never|ll never|wont ever|will not ever|never) (?:hear from|see|talk to|hear) (?:me|from me) (?:again|anymore|ever again|after (?:today|tonight))\b`),
    },
    {
        // "gn forever", "goodnight for the last time".
        id: "en.farewell.goodnight-forever",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `\b(?:gn|good night|goodnight|night night|nighty night|gnight|nite) (?:everyone |everybody |all |guys |yall |world |komorebi )?(?:forever|for ever|for good|for the last time|permanently)(?=\x20?(?:$|[.,]|everyone|everybody|all\b|guys|yall|x+\b))`),
    },
    {
        id: "en.farewell.tell-them",
        level: "crisis",
        category: "farewell",
        pattern: en(String.raw `(?<!\b(?:should i|how do i|how can i|how to|want to|going to|will|can i|could i|do i|i will|ill|i) )\btell (?:my [a-z]+|everyone|everybody|them|her|him) (?:that )?i (?:am sorry|am so sorry|was sorry|tried|loved (?:them|her|him|you|everyone)|love (?:them|her|him|you|everyone|them all))\b`),
    },
    {
        id: "en.farewell.thanks-for-everything",
        level: "concern",
        category: "farewell",
        pattern: en(String.raw `\b(?:thank you|thanks|thx) for everything\b|\bsorry for everything\b|\bsorry for being (?:a burden|like this|born)\b`),
    },
    {
        // "This is the last time": with a goodbye or thanks, or as the last time of talking.
        id: "en.farewell.last-time",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `\b(?:this is|this will be|thats|that was|this was|its) (?:the|my) (?:last|final) time (?:i (?:talk|speak|write|message|text|chat|reach out|come here)|(?:you|anyone|anybody|they)(?:\x20will|\x20ll|ll)? (?:hear|see|talk)|we (?:talk|speak|chat)|talking|writing|messaging|texting|chatting|ill (?:talk|speak|write|message|text))\b(?!\x20(?:about|like this|this way|tonight|today|this (?:week|month|year|morning|evening)|for (?:now|a while|today|tonight)|before|until|till|in a while)\b)|\b(?:thank you|thanks|thx|goodbye|good bye|bye|farewell|take care|love you|sorry)\b[^]{0,100}?\b(?:this is|this will be|its) (?:the|my) (?:last|final) time(?=\x20?(?:$|[.,]))|\b(?:this is|this will be|its) (?:the|my) (?:last|final) time(?:\x20?[.,]|$)[^]{0,60}?\b(?:goodbye|good bye|bye|farewell|take care|thank you|thanks|love you|sorry for)\b`),
    },
    {
        // "I'm not coming back", with nothing said about where from.
        id: "en.farewell.not-coming-back",
        level: "concern",
        category: "farewell",
        pattern: phrase(String.raw `\bi (?:am |will )?(?:not|never|wont|will not) (?:be )?coming back(?=\x20?(?:$|[.,]|this time|ever|again))`),
    },
    {
        // "last msg in this server. thanks for all the games, logging out for good".
        id: "en.farewell.logging-out-for-good",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `\b(?:logging|logged|log|signing|sign) (?:off|out) (?:for good|forever|for ever|permanently|for the last time)\b(?<=\b(?:last (?:msg|message|post|stream|time)|final (?:msg|message|post)|thanks for (?:everything|all)|thank you for (?:everything|all)|goodbye|bye everyone|love you all|take care|i am sorry)\b[^]{0,160})`),
    },
    {
        // "I won't be on tomorrow. or ever."
        id: "en.farewell.not-on-ever",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `\b(?:wont|will not|shall not) (?:be (?:on|online|around|here|back|logging (?:on|in))|log (?:on|in))\b[^.]{0,25}?(?:\.\x20?|,\x20?|\x20)(?:or )?(?:ever(?: again)?|for good|forever)(?=\x20?(?:$|[.,]))|\btell (?:the|my|our) (?:[a-z]+ )?(?:guild|team|server|squad|clan|crew|chat|group|raid|party|discord|gc|lads|boys|girls|fam|mob|gang) (?:that )?(?:(?:i am|i was) (?:so |really )?sorry\b|(?:so |really )?sorry(?=\x20?(?:$|[.,!]|for everything|from me|for me|x+\b)))`),
    },
    {
        // "I shan't be here after Sunday", "don't plan on being here next year", "gone by Friday. for good".
        // Not an everyday absence: "won't be here after lunch", "gone for good, moving to Canada".
        id: "en.farewell.not-here-after",
        level: "crisis",
        category: "farewell",
        negatable: false,
        pattern: phrase(String.raw `\b(?:be|being) (?:here|around|alive)\b(?<=\b(?:wont|will not|shall not|not going to|dont plan on|do not plan on|dont intend to|do not intend to|dont expect to|do not expect to|not planning on) (?:be|being) (?:here|around|alive))(?=\x20(?:after|by|past|next|this time next|come|in (?:a|the) (?:week|month|year|new year)|at christmas|for christmas|for my birthday)\b(?!\x20(?:\d|lunch|dinner|breakfast|noon|work|school|class|practice|my (?:shift|class|appointment)|the (?:meeting|shift|gym|dentist|appointment)))[^.,]{0,25}?(?:$|[.,]))|\bbe gone\b(?<=\b(?:i will|ill|i shall|i am going to) be gone)[^.]{0,30}?(?:[.,]\x20?)?(?:for good|forever|permanently)\b(?![^.]{0,40}\b(?:moving|move|moved|relocating|emigrating|abroad|overseas|new job|new city|transferred)\b)`),
    },
    {
        // "if i'm not online tomorrow don't worry about it. it was my choice": an absence to come,
        // already spoken of as a choice made ("it's my choice to take a break" is not this).
        id: "en.farewell.absence-my-choice",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `(?<!\b(?:because|cos|cuz|trains?|bus|traffic|weather|strike|snow|storm|work|shift|exams?|doctor|dentist|sick|ill|flu|covid|wifi|internet|power|router|holiday|trip|moving|grounded|phone)\b[^]{0,80})\bif i (?:am not|m not|im not|am no longer|dont|do not|never|cant|wont|dont ever) (?:on|online|on ?line|here|around|back|in (?:chat|vc|the server|the call|class)|show up|turn up|log (?:on|in)|come (?:on|online|back)|reply|answer|wake up|make it|respond|message)\b[^]{0,40}?\b(?:tomorrow|tonight|again|after (?:this|today|tonight)|anymore|next (?:week|time)|by (?:tomorrow|morning|monday))?[^]{0,100}?\b(?:(?:it was|that was|was) (?:all )?my (?:own )?(?:choice|decision)(?!\x20to\b)|(?:it was|that was|was|it is|its|it s|it isnt|its not|it is not) (?:nobody elses (?:choice|fault)|no ones fault|nobodys fault|not (?:your|anyones|anybodys) fault|(?:your|anyones|anybodys) fault)|(?:dont|do not|please dont|never) blame (?:yourself|yourselves|anyone|each other|the (?:squad|team|guild|server)|him|her|them|my [a-z]+))\b(?![^]{0,60}\b(?:because|cos|cuz|trains?|bus|traffic|weather|strike|snow|storm|work|shift|exams?|doctor|dentist|sick|ill|flu|covid|wifi|internet|power|router|holiday|trip|moving|grounded|phone)\b)`),
    },
    {
        // "See you on the other side", "see ya in the next life": a farewell past this life, a
        // concern alone (a crisis beside another sign, or said of someone else).
        id: "en.farewell.next-life",
        level: "concern",
        category: "farewell",
        pattern: phrase(String.raw `\bsee (?:you|ya|u|yall|you all) (?:all )?(?:on the other side|in (?:the |my |another |a better )?next life|in another life|in heaven|never|never again|up there)\b(?!\x20of\b)`),
    },
    {
        // "logging off forever, it was nice knowing you": a farewell past this chat.
        id: "en.farewell.nice-knowing-you",
        level: "crisis",
        category: "farewell",
        pattern: en(String.raw `\b(?:logging|signing|log|sign) (?:off|out) (?:forever|for good|permanently)\b[^]{0,40}?\b(?:(?:it )?was nice knowing (?:you|u|everyone)|nice knowing (?:you|u|y'?all|everyone))\b|\b(?:it )?was nice knowing (?:you|u|y'?all|everyone)\b[^]{0,40}?\b(?:logging|signing) (?:off|out) (?:forever|for good|permanently)\b`),
    },
    {
        // "thanks for listening all these months. this is prob the last time i message": a thanks,
        // then a last message said with a hedge (prob, probably, might be).
        id: "en.farewell.last-message-hedged",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `\b(?:thank you|thanks|thx|ty|grateful|appreciate)\b[^]{0,80}?\b(?:this is|this will be|this might be|this could be|thisll be|this is (?:prob|probably|likely|maybe)|(?:prob|probably|likely|maybe)) (?:be )?(?:the|my) (?:last|final) (?:time i (?:message|text|write|talk|post|reach out|come here|log on|say anything)|message (?:i send|from me|youll get|you get))(?=\x20?(?:$|[.,!]|(?:here|on here|you|to you|anyone|in this chat)\x20?(?:$|[.,!])))`),
    },
    {
        // "final save done. logging out for good. gg everyone": a game's last save and a logout for
        // good, said of oneself with no game, server or account named (a game's end, quitting a
        // game or a server closing is not this).
        id: "en.farewell.final-save-logout",
        level: "crisis",
        category: "farewell",
        pattern: phrase(String.raw `(?:\b(?:final|last) save\b[^]{0,50}?\b(?:logging|log|logged|signing|sign|signed) (?:out|off)\b[^.]{0,12}?\b(?:for good|forever|for the last time|permanently|for real)\b|\b(?:logging|logged|signing|signed) (?:out|off) (?:for good|forever|for the last time|permanently)\b[^]{0,30}?\b(?:final|last) save (?:done|made|is done|complete|saved)\b)(?<!\b(?:${GAME_NAMED})\b[^]{0,160})(?![^]{0,80}\b(?:${GAME_NAMED})\b)`),
    },
];
//# sourceMappingURL=farewell.js.map