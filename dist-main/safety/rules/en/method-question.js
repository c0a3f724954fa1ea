/** The en rules of category `method-question`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { A_DAY, ADV, ANY_METHOD, COMPARATIVE, METHOD_PAIR, PILLS, phrase, STRONG_METHOD, WEAK_METHOD, } from "./patterns.js";
/** Drinks named beside pills. */
const BOOZE = "vodka|alcohol|booze|whiskey|whisky|wine|beer|liquor|rum|gin|tequila|soju|sake|brandy|spirits|everclear|a bottle of \\w+";
/** What the drink is asked to do to the pills: faster, stronger, surer. */
const WORKS_FASTER = String.raw `(?:work (?:faster|quicker|better|for sure)|kick in (?:faster|quicker)|hit (?:harder|faster)|(?:make|makes) (?:it|them) (?:work |act )?(?:faster|quicker|stronger|surer|more deadly|more lethal)|more (?:lethal|deadly|effective)|be (?:enough|surer|sure)|finish (?:it|me)|(?:go|end it) (?:faster|quicker))\b`;
/** Pills and a drink in everyday life: a headache, a hangover, sleep, antibiotics. */
const BOOZE_EVERYDAY = "headache|hangover|migraine|cramps|period|cold|flu|allerg\\w*|hay fever|antibiotics|sleep|asleep|insomnia|jet lag|toothache|back pain|pain|safe to|is it ok to|interaction|doctor said|pharmacist";
export const EN_METHOD_QUESTION_RULES = [
    // --------------------------------------------------------------- method questions
    {
        id: "en.method-question.way-to-die",
        level: "crisis",
        category: "method-question",
        pattern: en(String.raw `\b(?:painless|painlessly|easiest|easy|quickest|quick|fastest|fast|best|surest|sure|simplest|peaceful|peacefully|least painful|most painless|most effective|effective|reliable|cleanest|quietest|good|quiet|gentle) (?:way|ways|method|methods|means) (?:to |of |for )?(?:die|dying|kill (?:myself|yourself|oneself|urself)|end (?:my|your|ones|a) life|commit suicide|suicide|unalive|go(?=\x20?(?:$|[.,]))|od|overdose|hang|end it)\b|\bhow (?:to|can i|could i|do i|do you|would i|should i|does one|can you|can someone) ${ADV}(?:die|kill (?:myself|yourself|oneself|urself)|end (?:my|your) life|commit suicide|overdose|od|hang (?:myself|yourself)|unalive|slit (?:my|your) wrists?)\b`),
    },
    {
        id: "en.method-question.how-much",
        level: "crisis",
        category: "method-question",
        pattern: en(String.raw `\bhow (?:many|much)\x20[^.]{0,40}?\b(?:to|would|will|does it take to|do i need to|until|can|could)\b[^.]{0,30}?\b(?:kill|die|dying|overdose|od|lethal|fatal|deadly|stop (?:my|your|a) heart|not wake up|never wake up|sleep forever)\b|\b(?:less|least|more|most) (?:painful|painless|quick|quicker|lethal|reliable|peaceful)\b[^.]{0,30}?\b(?:hanging|pills|overdos\w*|od|jumping|drowning|cutting|wrists|gun)\b|\b(?:hanging|pills|overdos\w*|jumping|drowning)\b[^.]{0,30}?\b(?:less|least|more|most) (?:painful|painless|quick|lethal|reliable|peaceful)\b|\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|quantity|level|limit)\b|\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|a person) (?:take|takes|took|swallow|swallows|swallowed|od on|overdose on) (?:like |over |about )?(?:[5-9]|\d{2,}|all|a whole|a lot of|too many|an entire|the whole)\b`),
    },
    {
        id: "en.method-question.how-long-painful",
        level: "crisis",
        category: "method-question",
        pattern: en(String.raw `\bhow long (?:does it|would it|will it|until|before|till|do you|does one|can you) (?:take )?(?:to )?(?:[a-z]+\x20)?(?:die|bleed out|suffocate|drown|pass out|lose consciousness|stop breathing)\b|\b(?:is|does|would|will|how) (?:hanging|drowning|overdosing|jumping|bleeding out|suffocating|dying|an overdose|oding|slitting (?:your|my) wrists|cutting (?:your|my) wrists|getting hit by a train) (?:[a-z]+\x20)?(?:painful|hurt|quick|painless|fast|slow|peaceful|work|lethal|fatal)\b|\bhow (?:high|tall|far|many floors|many stories|many storeys)\x20[^.]{0,40}?\b(?:die|kill|fatal|lethal)\b|\b(?:where|how) (?:can|do|could) (?:i|you) (?:buy|get|find) (?:a )?(?:gun|rope|noose|exit bag|lethal|barbiturates|nembutal|pentobarbital|cyanide|poison)\b`),
    },
    {
        // Two ways of dying weighed against each other ("is it quicker w a train or jumping"). The
        // match is the comparative alone, the methods around it are looked for on either side.
        id: "en.method-question.compare",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b${COMPARATIVE}\b(?:(?=[^.]{0,30}?\b${METHOD_PAIR})|(?<=\b${METHOD_PAIR}[^.]{0,30}?\b${COMPARATIVE})|(?<=\b${STRONG_METHOD}\b[^.]{0,20}?\b${COMPARATIVE})(?=\x20?(?:than|or)\x20(?:with |by |using )?(?:a |the )?${ANY_METHOD}\b)|(?<=\b${WEAK_METHOD}\b[^.]{0,20}?\b${COMPARATIVE})(?=\x20?(?:than|or)\x20(?:with |by |using )?(?:a |the )?${STRONG_METHOD}\b))`),
    },
    {
        // "If I took all my mum's pills would that be enough".
        id: "en.method-question.enough",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b${PILLS}\b[^]{0,80}?\b(?:would|will|is|are|could|might) (?:that|it|this|they|those|these|\d+) (?:be )?enough\b(?!\x20(?:for|to (?:help|work|sleep|fix|stop the pain|get rid|calm|relax|treat|last)))|\bwould (?:like |about |maybe )?(?:[5-9]|\d{2,}|all|a whole|the whole|an entire|a (?:box|pack|bottle|packet|strip) of) (?:of )?(?:my |the |them |these |those |her |his |mums |moms |dads )?(?:[a-z]+\x20){0,2}?${PILLS} (?:be )?enough\b(?!\x20(?:for|to (?:help|work|sleep|fix|stop the pain|get rid|calm|relax|treat|last)))`),
    },
    {
        // "Would a fall down our stairs be enough to finish someone off", for any means.
        id: "en.method-question.enough-to-kill",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\benough to (?:(?:kill|finish) (?:me|myself|someone|somebody|a person|a human|you|yourself|an adult|a man|a woman)(?: off)?|die|end it|end (?:my|a|your) life|be fatal|be lethal|stop (?:my|a|your) heart)\b(?<=\b(?:would|will|is|are|could|might|be)\b[^.]{0,60}?enough to [a-z ]{2,40})`),
    },
    {
        // A method question put as fiction: "my oc ends it. what's the most painless way".
        id: "en.method-question.painless-way",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:most painless|least painful|painless|quickest|easiest|surest|fastest|most reliable|most effective|cleanest|quietest|most peaceful) (?:way|ways|method|methods)\b(?!\x20(?:to (?:get|make|learn|find|cook|clean|say|tell|do|remove|fix|go|start|stop|deal|write|draw|study)|of (?:getting|making|saying|doing|writing)))(?:(?=[^.]{0,60}?\b(?:die|dies|dying|suicide|kill (?:himself|herself|themselves|myself|yourself|oneself|someone|a person)|unalive|overdose|hang (?:himself|herself|themselves|myself)|end (?:it|things|their life|his life|her life|my life))\b)|(?<=\b(?:ends? it|ending it|ends? things|die|dies|dying|suicide|kills? (?:himself|herself|themselves|themself|myself)|unalives?|overdoses?|hangs? (?:himself|herself|themselves)|ends? (?:his|her|their|my) life)\b[^]{0,140}))`),
    },
    {
        // "What can you mix to fill a small room with poison gas? it's for a game lore doc."
        id: "en.method-question.poison-gas",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:poison(?:ous)? gas|deadly gas|lethal gas|gas (?:that|which) (?:would|could|can|will) kill)\b(?<=\b(?:what|which|how)\b[^.]{0,100}?\b(?:mix|mixing|combine|combining|make|making|produce|fill)\b[^.]{0,80})`),
    },
    {
        // "If someone wanted to overdose, what's the best pill to use? asking for a book."
        id: "en.method-question.best-means",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:best|easiest|quickest|most effective|strongest|surest|which|what) (?:pill|pills|drug|drugs|meds|medication|medicine|tablets|poison|chemical|chemicals|gas|rope|knot|height|building|bridge) (?:to use|to take|to get|to buy|for (?:it|that|this|the job)|would work|works|would do it|is best)\b(?:(?<=\b(?:overdose|od|die|dies|dying|kill (?:myself|yourself|themselves|someone|oneself)|end it|end (?:my|their|your) life|suicide|unalive|hang (?:myself|yourself|themselves))\b[^]{0,140})|(?=[^.]{0,60}?\b(?:overdose|od|die|dying|kill (?:myself|yourself|themselves|someone|oneself)|end it|suicide|unalive)\b))`),
    },
    {
        // "where can i buy a lot of paracetamol without the pharmacist asking questions": pills in
        // bulk, bought so that no one asks. Not lowered by "not suicidal but" in front.
        id: "en.method-question.buy-unasked",
        level: "crisis",
        category: "method-question",
        negatable: false,
        pattern: phrase(String.raw `\b(?:buy|get|order|stock up on|pick up|get hold of|purchase)\b[^.]{0,12}?\b(?:a lot of|lots of|loads of|a load of|bulk|in bulk|a bunch of|many|heaps of|tons of|a ton of|as many|as much|enough|several (?:packs|boxes|bottles) of|(?:\d+|a few|multiple|several) (?:packs|boxes|bottles|packets) of|more)\b[^.]{0,12}?\b${PILLS}\b[^.]{0,50}?\b(?:without (?:(?:the|a|any|anyone|anybody|them|people|staff|my|your)\x20)?(?:[a-z]+\x20)?(?:asking|questioning|noticing|knowing|getting suspicious|judging|questions)|no questions asked|so (?:they|nobody|no one) (?:dont|doesnt|wont) (?:ask|notice))\b`),
    },
    {
        // "how much weight can a closet rod hold. asking for reasons": the strength of a fixing
        // asked about a person's weight or with the reason hidden; shelves and hammocks stay everyday.
        id: "en.method-question.hold-my-weight",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:how much weight|how many (?:kg|kilos|pounds|lbs)|what weight) (?:can|will|would|could|does) (?:a |an |the |my |our )?(?:[a-z]+\x20){0,2}?(?:rod|pole|beam|rafter|hook|rail|pipe|banister|bannister|frame|hinge|railing|fitting|fan|joist|bar|door)s? (?:hold|take|support|bear|carry)\b(?![^]{0,80}?\b(?:hammock|swing|pull ?ups?|chin ?ups?|punching|shelf|shelves|tv|coats?|clothes|plants?|lights?|curtains?|towels?|boxes|books|storage|bike|kids|mirror|hangers?|workout|exercise)\b)(?=[^]{0,60}?\b(?:asking for (?:reasons|a reason|no reason)|for reasons|no reason|dont ask|do not ask|hypothetically|my weight|a person|a body|an adult|a grown|someone my|\d{2,3} ?(?:kg|kilos|lbs|pounds) (?:person|man|woman|adult)|just curious)\b)|\b(?:will|would|can|could|does|is) (?:a |an |the |my |our )?(?:[a-z]+\x20)?(?:rod|pole|beam|rafter|hook|rail|pipe|banister|bannister|door ?frame|hinge|railing|light fitting|ceiling fan|joist)s? (?:hold|take|support|bear|be strong enough for) (?:my (?:whole |full |body )?weight|a (?:person|body|grown (?:man|woman|adult)))\b(?![^]{0,80}?\b(?:hammock|swing|pull ?ups?|chin ?ups?|punching|lean|sit|stand|climb|step|workout|exercise|yoga|aerial|rings)\b)`),
    },
    {
        // "how long does it take to starve. havent eaten since tuesday": how long dying of hunger or
        // thirst takes, asked beside one's own days without food or water.
        id: "en.method-question.starve-how-long",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\bhow (?:long|many days)\b[^.]{0,40}?\b(?:starve|starving|die (?:of|from) (?:thirst|dehydration|hunger|starvation)|(?:go|last|survive) without (?:food|water|eating|drinking)(?: before (?:you|i|a person|someone) die)?)\b(?:(?=[^]{0,120}\b(?:havent|have not|not|stopped|didnt|did not)\b (?:had|eaten|drunk|drank|eating|drinking)\b)|(?<=\b(?:havent|have not|stopped|didnt|did not)\b (?:had|eaten|drunk|drank|eating|drinking)\b[^]{0,120}))`),
    },
    {
        // "how much insulin would do it. asking for a friend (im the friend)": the joke names the
        // asker.
        id: "en.method-question.friend-is-me",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:paracetamol|tylenol|panadol|acetaminophen|ibuprofen|codeine|pills|tablets|meds|insulin|lethal|overdose|od)\b[^]{0,80}?\basking for a friend\b[^.]{0,20}?\b(?:the friend is me|friend is me|(?:im|i am) the friend|its me|its actually me|the friend is myself)\b`),
    },
    {
        // "if i mix vodka with my meds will it work faster": alcohol taken with pills to make them
        // work faster or surer. Whether a drink is safe with antibiotics, or pills for a headache, a
        // hangover or sleep, are not this.
        id: "en.method-question.alcohol-to-work-faster",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `(?:\b(?:${BOOZE})\b[^.?]{0,30}?\b${PILLS}\b[^.?]{0,40}?\b${WORKS_FASTER}|\b${PILLS}\b[^.?]{0,30}?\b(?:${BOOZE})\b[^.?]{0,40}?\b${WORKS_FASTER}|\b${PILLS}\b[^.?]{0,20}?\b${WORKS_FASTER}[^.?]{0,40}?\b(?:${BOOZE})\b)(?<!\b(?:${BOOZE_EVERYDAY})\b[^]{0,160})(?![^]{0,80}\b(?:${BOOZE_EVERYDAY})\b)`),
    },
    {
        // "how high is that bridge, just joking. going there on sunday": a height asked, then going
        // there on a day, whatever joke is said around it. A bungee jump, photos, a school project
        // or a walk are not this.
        id: "en.method-question.height-then-going",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\bhow (?:high|tall|far down|far a drop|big a drop|long a drop|many (?:metres|meters|feet|floors)) (?:is|are) (?:the |that |this )?(?:[a-z]+ ){0,3}?(?:bridge|building|car park|parking garage|tower|cliffs?|overpass|dam|viaduct|roof)\b[^]{0,60}?\b(?:going|go|heading|head|gonna go|ill go|i will go|might go|driving|walking|visit\w*) (?:there |up |out there |to it |to see it )?(?:on )?${A_DAY}\b(?<!\b(?:bungee|photo\w*|pics|sightseeing|tour|school|project|homework|essay|trivia|quiz|fishing|hike|picnic|engineer\w*|architect\w*|for work|survey)\b[^]{0,160})(?![^]{0,40}\b(?:bungee|photo\w*|pics|sightseeing|tour|project|picnic|with (?:my|the|friends))\b)`),
    },
    {
        // "how many sertraline is too many. asking for real": how many tablets are too many, and "I
        // mean it". Asked for a child's or a pet's safety, it is not this.
        id: "en.method-question.how-many-too-many-for-real",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\bhow (?:many|much) (?:of )?(?:my |the |these |those )?(?:[a-z]+ ){0,2}?${PILLS}\b (?:is|are|would be|counts as|is it) (?:too (?:many|much)|lethal|deadly|fatal|a lethal (?:dose|amount))\b[^]{0,40}?\b(?:asking for real|for real|not joking|no joke|seriously|asking for myself|not for a friend|dont ask why)\b(?<!\b(?:kid|kids|child|toddler|baby|dog|cat|pet|by accident|accidentally)\b[^]{0,120})`),
    },
    {
        // "which otc meds are easiest to od on", "what should i overdose on": which medicine to
        // overdose on, asked. Childproofing and a pet's safety are not this.
        id: "en.method-question.which-to-overdose-on",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `(?:\b(?:which|what)\b[^.]{0,24}?\b(?:otc|over the counter|meds|pills|medicine|painkillers|tablets)\b[^.]{0,24}?\b(?:to |should i |would you |do you |can i )?(?:od|overdose) (?:on|with)\b|\b(?:od|overdose) on (?:which|what) (?:otc |over the counter )?(?:meds|pills|medicine|tablets)\b|\bwhat (?:should|can|could) i (?:od|overdose) on\b)(?![^]{0,40}\b(?:kids?|child|toddler|baby|dogs?|cats?|pets?|by accident|accidentally|safety|childproof\w*)\b)(?<!\b(?:kids?|child|toddler|baby|dogs?|cats?|pets?)\b[^]{0,60})`),
    },
    {
        // "does life insurance pay out if it's suicide? want to leave my mum something": whether a
        // policy pays after a suicide, asked to leave the money behind. An exam, an agent's work or
        // a film are not this.
        id: "en.method-question.insurance-suicide-leave",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:life insurance|insurance|policy)\b[^]{0,60}?\bsuicide\b[^]{0,80}?\b(?:leave|so (?:my )?(?:mum|mom|dad|parents|family|sister|brother|kids) (?:get|gets|can have))\b[^.]{0,20}?\b(?:my )?(?:mum|mom|dad|parents|family|sister|brother|kids|them|her|him) (?:something|anything|some money|the money)?\b(?<!\b(?:exam|course|clients?|customers?|policyholders?|agent|film|movie|novel|show)\b[^]{0,200})`),
    },
    // ------------------------------------------------------------------------------------------
    // The eighteenth pass, the writer's own (p18own, after round 23).
    {
        // "...no point in any of it. looking up ways now": ways looked up with no object, after the
        // writer's own despair. "looking up ways to cook rice" or any object named is not this.
        id: "en.method-question.looking-up-ways-now",
        level: "crisis",
        category: "method-question",
        negatable: false,
        pattern: phrase(String.raw `(?<=\b(?:no (?:version of me|point (?:in )?(?:living|going on|any of it|anything|trying|me)|way out|future for me|reason to (?:stay|live|go on))|(?:cant|can not|cannot) (?:go on|do this anymore|keep going)|want to die|wanna die|end it|kill myself|better off without me|done with (?:life|everything|it all|living)|give up on (?:life|everything|myself)|nothing left (?:for me|to live for)|tired of (?:living|being alive|existing)|dont want to (?:be here|exist|live)|worthless|unalive)\b[^]{0,200}?)(?:^|[.,]\x20?|\b(?:im|i am|so|just|been|now)\x20)(?:(?:im|i am|so|just|been|now)\x20)?(?:looking up|googling|searching(?: up)?|researching|reading up on|looking into) (?:ways|methods|how)(?: to (?:do it|go|end it|die|not wake up))?(?: (?:now|rn|right now|tonight))?(?=\x20?(?:$|[.!]))`),
    },
    // ------------------------------------------------------------------------------------------
    // Lead's mends after the eighteenth pass (gaps found beside round 23's kinds).
    {
        // "could I die with this", "would I die if I took all of these": the means at hand asked
        // about in the first person. An illness ("could I die from this cough"), a game build or a
        // deck names no means and takes "from", not "with".
        id: "en.method-question.die-with-this",
        level: "crisis",
        category: "method-question",
        pattern: phrase(String.raw `\b(?:(?:could|can|would|will|does it work if) i|do you think i(?: could| would| can| will)?) (?:die|end it|end my life|kill myself|not wake up|never wake up) (?:with|using|by taking|if i (?:took|take|swallowed|swallow|drank|drink|used|use)) (?:this|these|that|those|them|it|all (?:of )?(?:this|these|those|them))\b(?![^]{0,40}\b(?:game|level|boss|build|deck|character|team|loadout|run|mod|cough|cold|flu|fever|rash|bite|sting|allerg\w*)\b)`),
    },
];
//# sourceMappingURL=method-question.js.map