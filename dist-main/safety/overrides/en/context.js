/**
 * Words and helpers the en overrides share (see ../../rules-en.ts for how overrides work).
 */
import { IDEATION_LIKE, perMatch, sentenceAfter, sentenceBefore, } from "../../rule-types.js";
export const NEGATION_BEFORE = /\b(?:not|never|no longer|dont|do not|didnt|did not|wont|will not|wouldnt|would not|isnt|arent|aint|nor|no way i (?:would|will|am going to))\s(?:(?:said that i|said i|say that i|say i|saying i|meant that i|meant i|mean i|really|ever|even|actually|seriously|honestly|truly|currently|going to|going|planning to|planning on|planning|plan to|intend to|intending to|trying to|try to|want to|wanting to|about to|thinking about|thinking of|think about|considering|feeling|that i|like i|think i|think ill|think i will|think id|think i would|think i am|be|at all|in any way|a|to|want|will|ever going to|mean to|have any|have)\s){0,4}$/;
export const LOL = /\b(?:lol|lmao|jk|just kidding|kidding)\b/;
/** A method question put as fiction is still a method question ("for a story I'm writing"). */
export const FICTION = /\b(?:story|stories|fic|fics|fanfic|fanfiction|novel|writing|book|realistic|realistically|script|screenplay|oc|hypothetically|hypothetical|asking for a friend|research)\b/;
/** Around "he'll kill me if...": what makes it a real threat, not a parent's idiom. */
export const SERIOUS_THREAT = /\b(?:sign|signing|signed|money|pension|house over|drunk|drinking|knife|gun|hit|hits|hitting|hurt|beat|beats|beating|threaten\w*|scared|frightened|afraid|terrified|downstairs|coming (?:up|for me)|locked)\b/;
export const THIRD_PARTY = /\b(?:(?:my|our|a|his|her|their|this|one of my) (?:best |close |little |older |younger |big |baby |twin |ex |oldest |youngest )?(?:friend|friends|bf|gf|boyfriend|girlfriend|brother|sister|son|daughter|kid|kids|child|children|mom|mum|mother|dad|father|parent|parents|husband|wife|partner|cousin|classmate|roommate|flatmate|coworker|colleague|niece|nephew|uncle|aunt|grandma|grandpa|grandmother|grandfather|student|client|patient|neighbou?r|teammate|buddy|mate|sibling|stepson|stepdaughter|fiancee?)|someone|somebody|he|she|they|he is|she is|hes|shes)\b(?:(?!\bi\b)[^.])*$/;
export const FIRST_PERSON = /\b(?:i|me|my|myself|mine)\b/;
// Someone named as the one the writer cannot face, hides from or has let down ("I can no longer
// face my brother at family occasions; the shame of it is unbearable"): the shame is the
// writer's own, not the brother's.
const WRITER_SHAMED_BEFORE = /\bi (?:[a-z]+ ){0,4}?(?:face|avoid|hide from|disappoint(?:ed|ing)?|look (?:my|our) [a-z]+ in the eye|(?:let|lets|letting) (?:my|our) [a-z]+ down)\b(?:(?!\b(?:he|she|they|hes|shes|theyre|his|her|their)\b)[^.])*$/;
export function thirdPartySubject(ctx) {
    const before = sentenceBefore(ctx);
    return (THIRD_PARTY.test(before) && !FIRST_PERSON.test(ctx.match) && !WRITER_SHAMED_BEFORE.test(before));
}
export const WINDOW = (ctx) => `${ctx.before} ${ctx.match} ${ctx.after}`;
// A game, a server or a stream that closes: "servers shut down at midnight ... logging off".
export const SERVICE_END = /\b(?:servers?|game|mmo|guild|realm|shard|stream|channel|podcast|forum|discord)\b[^.]{0,40}\b(?:shut(?:s|ting)? down|shutting|clos(?:es|ing)|going (?:offline|dark)|goes (?:offline|dark)|sunset\w*|end of service|eos)\b|\b(?:server|game) shutdown\b/;
// "writing a screenplay where the lead stands on a bridge": a scene being written or watched.
export const STORY_SCENE = /\b(?:writing|wrote|drafting|editing|working on|reading|watching|watched|read) (?:a |an |my |the |this |our )?(?:screenplay|script|story|novel|short story|scene|play|fanfic|fan fic|chapter|short film|comic|manga|episode|book)\b[^.]{0,30}\b(?:where|in which|when|about)\b/;
/** Going away for an ordinary reason: a trip, a move, a new job or course. */
export const AWAY_REASON = /\b(?:holiday|holidays|vacation|trip|travel\w*|(?:going|go|went|be|been) away|away (?:for|on|to|with)|abroad|fortnight|flight|flying|moving|move|moved|relocat\w*|uni|university|college|course|job|work|shift|visit\w*|spain|france|japan|london|leeds|camp|festival|hospital for|operation|surgery|exchange|deploy\w*|the girls|the lads)\b/;
/** The sentence of the match with the one before and the one after it. */
export function NEAR_SENTENCES(ctx) {
    const before = ctx.before.split(".").slice(-2).join(".");
    const after = ctx.after.split(".").slice(0, 2).join(".");
    return `${before} ${ctx.match} ${after}`;
}
export const PAST_EVENT = /\b(?:last (?:night|week|month|year|time)|yesterday|ago|in (?:the )?hospital|recovering|recovered|survived|is (?:ok|okay|fine|safe) now|how (?:can|do|should) i (?:support|help)|earlier this)\b/;
export const COMPLETED_DEATH = /\b(?:killed|hanged|shot|ended|took|overdosed|died|passed|committed|lost)\b|\b(?:committed|died by|died of|lost (?:him|her|them) to) $/;
// An act taken minutes or hours ago, or its signs now (slurring, can't be woken): under way,
// not a death or an attempt in the past. "took" alone is not "took her own life". Slumped,
// collapsed, breathing strangely: the body giving out now (round 20's flatmate and the man in
// his car).
export const ACT_UNDER_WAY = /\b(?:slumped|collapsed|passed out|unconscious|breathing (?:really |very |so )?(?:funny|weird|strange|strangely|slow|slowly|shallow)|(?:an|one|two|three|half an|a few|a couple of|\d+) (?:hours?|hrs?|minutes?|mins?) ago|just now|(?:is|s|are|keeps|started|starting) (?:now )?(?:slurring|drowsy|falling asleep|passing out|throwing up|vomiting|shaking|fitting|having a (?:fit|seizure)|breathing (?:funny|weird|slowly|strangely))|slurring|slurred|cant (?:wake|keep (?:her|his|their) eyes open)|wont wake|not waking|unresponsive|(?:hardly|barely|not) breathing|lips (?:are |going )?blue)\b/;
export const PAST_MARKER = /\b(?:used to|use to|back (?:when|then|in (?:the day|those days|the old days|the past|the \d0s|(?:19|20)\d\d|\d0s|my (?:school|college|uni|teens|twenties|youth|day)|school|college|uni|high school|middle school|junior high|elementary|primary|secondary|january|february|march|april|may|june|july|august|september|october|november|december))|when i was (?:younger|a kid|a child|a teen|a teenager|little|in (?:high|middle|junior high|elementary|primary|secondary) school|in school|at school|in college|at uni|\d+)|(?:(?:\d+|a few|a couple of|several|many|two|three|some) )?(?:years|months|ages) (?:ago|back)|long ago|a (?:year|month) ago|in the past|at one point|in (?:college|uni|university|school|high school|middle school|my teens|my twenties|my thirties|my forties|my fifties|my sixties)|during (?:college|uni|university|school)|as a student|as a (?:kid|teen|teenager|child)|in (?:high|middle) school|during (?:high|middle) school|years back)\b/;
export const RESOLVED = /\b(?:(?:those|these) days are (?:over|behind me|gone|long gone)|behind me now|put (?:it|that) behind me|i (?:dont|do not|dont really) (?:anymore|any more)|now i (?:have|work|live|study|go)|i have a (?:job|part time job|cat|dog|partner|girlfriend|boyfriend|family|kid|daughter|son)|i am (?:\d+|married|engaged|working|studying) now|doing (?:fine|ok|okay|well|good|great|alright)|not anymore|no longer|not any more|better now|doing better|much better|(?:a )?better place|i am (?:ok|okay|fine|good|better|happy|safe) now|things are (?:better|good|okay|ok)|it is better now|its better now|it passed|got help|got better|recovered|clean for|been clean|(?:years?|months?) clean|proud of (?:that|it|myself|me|how far)|not now|(?:that|it) passed|(?:that|it)(?: is| was| has been|s)? long (?:passed|gone|over|behind me)|passed (?:a long time|long|years|ages) ago|(?:i am|now i am) (?:honestly |really |actually |mostly |much )?(?:ok|okay|fine|good|better|happy|safe|steadier|stable|alright|well)(?: now)?|steadier now|(?:therapy|meds|medication|treatment|it|they|counsel+ing|support) helped|helped (?:a lot|me)|in recovery|in a good place|now i am (?:ok|okay|fine|good|better|happy))\b/;
export const STILL = /\b(?:still|again|coming back|came back|comes back|lately|recently|starting to|back again|now i (?:want|feel|think)|returning|relapsed|relapse|tonight|right now|(?:been|am|keep|started) (?:looking up|searching|checking|googling|researching|scouting)\b[^.]{0,40}?\b(?:highest|tallest|bridges?|roofs?|cliffs?|car parks?|how many|how much|nobodys|nobody|no one|methods?|ways? to)|(?:now i have|i have|ive got|i have got|i got|ive bought|i bought|bought|got|ordered|just ordered|now i keep|i keep) (?:(?:the|some|enough|all the|a|my|new|more|a pack of|a box of) ){0,2}(?:pills|tablets|rope|noose|gun|blades?|razors?|razor blades|charcoal))\b/;
/**
 * Words of the feeling or the act: an earlier sentence with none of them ("mom left food by my
 * door again") says nothing about whether a past wish is back, so its "again" is not read as one.
 */
const ABOUT_THE_FEELING = /\b(?:thoughts?|thinking|feel\w*|felt|urges?|wants?|wanted|wish\w*|die|dying|dead|death|suicid\w*|kill\w*|end (?:it|things|my life)|hurt\w*|cut\w*|pills|tablets|rope|bridge|sad\w*|depress\w*|dark|low|bad|worse|back|alive|live|living|life|gone|disappear\w*|it|that|this)\b/;
/** The window a "still" is read in: the match's sentence, what follows, and earlier sentences about the feeling. */
export function stillWindow(ctx) {
    const sentences = ctx.before.split(".");
    const current = sentences.pop() ?? "";
    const earlier = sentences.filter((sentence) => ABOUT_THE_FEELING.test(sentence));
    return `${earlier.join(". ")}. ${current} ${ctx.match} ${ctx.after}`;
}
export const CONJUNCTION = /\b(?:but|and|so|though|although|however|yet)\b/g;
export function clauseText(ctx) {
    const before = sentenceBefore(ctx).split(",").pop() ?? "";
    const after = sentenceAfter(ctx).split(",")[0] ?? "";
    const head = before.split(CONJUNCTION).pop() ?? "";
    const tail = after.split(CONJUNCTION)[0] ?? "";
    return `${head} ${ctx.match} ${tail}`;
}
// A sentence that opens on time phrases alone ("Years ago, in my thirties, I did think about
// it"): those clauses belong to the clause of the match.
export const TIME_CLAUSE = new RegExp(`^ ?(?:${PAST_MARKER.source}|then|once|back then)(?: ?,? ?(?:${PAST_MARKER.source}))* ?$`);
export function frontedTime(ctx) {
    const clauses = sentenceBefore(ctx).split(",");
    let text = "";
    for (let i = clauses.length - 2; i >= 0; i--) {
        const clause = clauses[i] ?? "";
        if (!TIME_CLAUSE.test(clause))
            break;
        text = `${clause} ${text}`;
    }
    return text;
}
// A match in the past tense ("wanted to die") takes a time said anywhere earlier in its
// sentence ("when i was 19 i was in a dark place and wanted to die").
export const PAST_TENSE = /\b(?:wanted|was|were|thought|felt|tried|used to|had|did)\b/;
export const pastIdeation = perMatch((ctx) => {
    const marked = PAST_MARKER.test(clauseText(ctx)) ||
        PAST_MARKER.test(frontedTime(ctx)) ||
        (PAST_TENSE.test(ctx.match) && PAST_MARKER.test(sentenceBefore(ctx)));
    return marked && !STILL.test(stillWindow(ctx));
});
/** Past ideation lowers ideation, and distress said of the past too. */
export const IDEATION_OR_DISTRESS = (rule) => IDEATION_LIKE(rule) || rule.category === "distress";
/** What a question about the bot itself names: how it works, who reads, what is kept. */
export const ABOUT_THE_BOT = /\b(?:bot|chat|chats|app|here|this|human|person|staff|read|reads|store|stored|saved|kept|log|logs|logged|happens|happen|work|works|report|reported|police|call)\b/;
/** Music, books and films: a title followed by its maker ("Suicide Season by Bring Me the Horizon"). */
export const MEDIA_CONTEXT = /\b(?:listen\w*|song|songs|album|track|band|playlist|on repeat|spotify|lyrics|underrated|concert|gig|cover|vinyl|single|ep|podcast|book|novel|film|movie|read|reading|watched|watching|anyone else)\b/;
export const isEnglish = (id) => id.startsWith("en.");
/** Everyday tasks a withdrawn person saves for when the house is empty or asleep. */
export const EVERYDAY_TASK = /\b(?:clean\w*|tidy\w*|shower\w*|bath|bathe|wash\w*|laundry|cook\w*|bake|baking|eat|eating|food|kitchen|fridge|snack|shop|shopping|store|konbini|convenience|go out|going out|outside|walk|walking|game|gaming|stream\w*|watch\w*|homework|study\w*|practi[cs]e|sing\w*|call|phone|email|letter|dye|haircut|exercise|workout|sneak\w*|party|toilet|bathroom|garden|vacuum\w*|hoover\w*|dishes|rubbish|trash|bins?|order\w*|deliver\w*|parcel|package|move|moving|pack\w*|paint\w*|build\w*|fix\w*|repair\w*|piano|guitar|drums|music|loud|vlog|video|film\w*|record\w*|so they (?:dont|do not|wont|will not) (?:see|know|notice|hear))\b/;
//# sourceMappingURL=context.js.map