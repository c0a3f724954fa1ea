import { phrase } from "./patterns.js";
// A farewell said or sent by them ("take care of mom for me", "see u never", "i hope you have a
// good life"), or their things given out ("a list of who gets her stuff").
const FAREWELL = String.raw `(?:take care of (?:mom|mum|dad|my (?:mom|mum|dad|cat|dog|sister|brother)|the (?:cat|dog|kids)|everyone|(?:him|her|them)) for me|see (?:you|u|ya) never|(?:i )?hope you (?:have|live) a (?:good|great|happy|nice) life|have a (?:good|great|happy|nice) life|thanks for everything|thank you for everything|sorry for everything|goodbye (?:forever|everyone|all|world|guys)|love you all|this is (?:it|goodbye|the end)|its (?:over|the end)|(?:who|whos) (?:gets|getting|should get|can have) (?:her|his|their|my) (?:stuff|things|games|accounts?|cat|dog|clothes)|(?:found|find|there was|theres) (?:a|his|her|their) (?:note|letter)\b[^.]{0,40}?\b(?:sorry|goodbye|better off|forgive|love you|thank you for everything|thanks for everything|take care of)|(?:goodbye|suicide|farewell) (?:note|letter|text|message)|(?:this is|its|it is) (?:my|the) (?:last|final) (?:post|message|stream|video))`;
// Said or sent by them, not by the writer ("i texted my ex 'thanks for everything'" is the
// writer's own farewell).
const NOT_SENT_BY_ME = String.raw `(?<!\b(?:i|we|ive|id)\b[^.]{0,12}\b(?:texted|sent|said|messaged|told|wrote|posted|dmed|typed|replied|answered)\b[^.]{0,40})`;
// ...and silence now: not answering, offline, a phone switched off.
const SILENT_NOW = String.raw `(?:(?:now|since then|since|and then|then|after that) (?:hes |shes |theyre |he is |she is |they are |he |she |they )?(?:wont|will not|isnt|is not|not|doesnt|does not|hasnt|has not|havent|have not|stopped) (?:answer|answering|answered|reply|replying|replied|respond|responding|responded|pick up|picking up|picked up|read|reading)\w*|now (?:hes|shes|theyre|he is|she is|they are) (?:offline|gone offline|not online|unreachable|gone quiet)|(?:went|gone|logged|is|s) offline|(?:phone|phones) (?:is |s |are |has been )?(?:off|dead|switched off|turned off|going to voicemail)|left (?:me|us) on read|(?:hes|shes|theyre|he is|she is|they are|and) (?:still )?(?:not|isnt|wont) (?:answering|picking up|replying|opening) (?:the door|his phone|her phone|their phone|my calls)|(?:hes|shes|theyre|he is|she is|they are) (?:still )?not (?:answering|picking up|replying))`;
// What explains a silence: asleep, a flight, a dead battery, work, a game ending, a move.
const SILENCE_EVERYDAY = String.raw `(?:asleep|sleeping|fell asleep|went to bed|bedtime|battery|charger|charging|signal|wifi|flight|plane|boarding|work|shift|exam|headphones|lol|lmao|haha|moving|moved|trip|holiday|vacation|server|raid|season|guild|game|birthday|party|wedding|graduat\w*)`;
// Medicine found used up ("an empty bottle of his prescription in the trash") and no answer at
// the door or no sign of them coming out.
const EMPTY_MEDS = `(?:empty (?:pill |medicine |medication |prescription )?(?:bottle|bottles|packet|packets|pack|packs|box|boxes|blister packs?|sheets?) of (?:his|her|their) (?:prescription|pills|meds|medication|medicine|tablets|antidepressants|sleeping pills)|(?:his|her|their|[a-z]+s) (?:prescription|pills|meds|medication|antidepressants|sleeping pills) (?:bottle )?(?:is |are |was |were )?(?:all )?(?:empty|gone)|(?:the|his|her|their) (?:pill |medicine )?bottle (?:is|was|s) (?:empty|gone))`;
const NO_ANSWER_DOOR = String.raw `(?:(?:doesnt|does not|wont|will not|isnt|is not|not|didnt|did not) (?:answer|answering|open|opening|respond|responding)\w*(?: (?:when (?:i|we) knock\w*|the door|my knock\w*|my calls))?|no (?:answer|response|reply)|(?:hasnt|has not|havent|have not) (?:come|came) out)`;
const MEDS_EVERYDAY = String.raw `(?:vitamins?|multivitamins?|supplements?|probiotics?|fish oil|antibiotics?|finished (?:the|his|her|their) course|refill\w*|pharmacy|asleep|sleeping in|headphones|out with|at work|at school)`;
// A last stream, video or post ("this is the last stream") with the means or a place of danger
// ("walked off cam with a belt", "live from the bridge").
const LAST_TIME = `(?:(?:this is|its|it is|that was|today is|tonight is) (?:the|my|our) (?:last|final) (?:stream|video|post|live|broadcast|upload)|(?:last|final) (?:stream|video|post|live|broadcast|upload) ever|see (?:you|u|ya) never)`;
const WITH_MEANS = `(?:(?:walked|went|stepped|got up and walked) (?:off|out of) (?:cam|camera|frame|the stream|stream|screen|shot)(?: with (?:a|the|his|her|their) (?:belt|rope|cord|cable|knife|pills|tie|scarf|bottle))?|(?:with|holding|showed|showing|grabbed) (?:a|the|his|her|their) (?:belt|rope|noose|cord|knife|blade|pills|bottle of pills)|(?:from|on) (?:a|the) (?:bridge|roof|rooftop|ledge|cliff|edge|tracks|railway))`;
const STREAM_EVERYDAY = String.raw `(?:quitting|retiring|retire|career|uni|university|college|school|exams|moving|new channel|new platform|switching to|break|hiatus|of the year|of the season|season|subathon|charity|channel|sponsor\w*|lol|lmao|haha|joke|bit|skit|prank|outfit|costume)`;
// A farewell and a place of danger, there now ("they're at the lake with stones in their
// backpack").
const THERE_NOW = `(?:(?:theyre|hes|shes|they are|he is|she is|they were|he was|she was|(?:said|says|texted) (?:theyre|hes|shes|they are|he is|she is)) (?:at|on|by) (?:the|a) (?:lake|river|sea|ocean|beach|bridge|tracks|railway|train tracks|roof|rooftop|cliff|cliffs|ledge|quarry|dam|pier|canal|reservoir|harbou?r|motorway bridge|overpass)|(?:stones|rocks|weights|bricks) in (?:their|his|her) (?:backpack|bag|pockets?|coat|jacket))`;
const THERE_EVERYDAY = String.raw `(?:swim\w*|fishing|picnic|holiday|trip|vacation|photos?|sunset|sunrise|camping|kayak\w*|boat\w*|sail\w*|party|lol|lmao|haha|barbecue|bbq|skipping stones|skimming|geology|collect\w*|hike|hiking|walk|run|jog\w*|moving|new job)`;
// Shut in ("locked herself in the bathroom"), a sound of harm inside (glass breaking, a thud),
// and no answer.
const SHUT_IN = `(?:locked (?:himself|herself|themselves|themself) in|shut (?:himself|herself|themselves) in|barricaded (?:himself|herself|themselves) in)`;
const HARM_SOUND = String.raw `(?:glass (?:breaking|smashing|shattering)|(?:something|the mirror|a glass|a bottle) (?:break|breaking|broke|smash|smashing|smashed|shatter\w*|fall|falling|fell)|a (?:loud |big |huge |heavy )?(?:crash|thud|thump|bang)|(?:him|her|them) (?:fall|falling|fell|collapse|collapsing)|groan\w*|moan\w*|scream\w*)`;
const NO_ANSWER = `(?:no (?:answer|response|reply)|(?:isnt|is not|not|wont|will not|doesnt|does not|hasnt|has not|stopped) (?:answering|answer|responding|respond|replying|reply|making a sound))`;
const SHUT_EVERYDAY = String.raw `(?:headphones|earphones|earbuds|music|asleep|sleeping|shower\w*|in the bath|lol|lmao|haha|game|gaming|dropped|clumsy|came out|is out now|hes fine|shes fine|okay now|ok now)`;
// A warning said by them (a farewell, or a question how many pills is too many) and the means
// gone from where it was kept: "asked me how many of his antidepressants would be too many and
// now the bottle is gone".
const ASKED_AMOUNT = String.raw `(?<!\b(?:i|we|ive|weve) )(?:asked|asking|asks|googled|searched|looked up)\b[^.]{0,30}?\bhow (?:many|much)\b[^.]{0,60}?\b(?:too many|too much|would kill|to die|is lethal|is fatal|overdose|od)\b`;
const MEANS_GONE = `(?:(?:the|his|her|their) (?:pill |medicine |prescription )?(?:bottle|pills|meds|tablets|antidepressants|sleeping pills|painkillers|rope|belt|cord|charcoal|hose|gun|shotgun|rifle)(?: bottle| box)?(?: (?:in|from) (?:the|his|her|their|my) [a-z]+)? (?:is|are|was|were|s) (?:gone|missing)|(?:the|his|her|their) (?:bottle|pills|meds|rope|gun|charcoal|hose) (?:is |are )?(?:gone |missing )?from (?:the|his|her|their) (?:kitchen|cabinet|cupboard|drawer|shed|garage|bathroom|safe))`;
const MEANS_EVERYDAY_GONE = String.raw `(?:vitamins?|supplements?|antibiotics?|finished|ran out|run out|refill\w*|pharmacy|camping|fishing|hunting trip|work|bin day|recycl\w*|tidied|cleared out|threw (?:it|them) out)`;
// Days without food, and now water refused too.
const NO_FOOD_DAYS = String.raw `(?:(?:hasnt|has not|havent|have not|not|hadnt|stopped|refus\w*|wont|isnt) (?:eaten|eating|eat|touched food|had (?:any )?food|had anything to eat)\b[^.]{0,30}?\b(?:in|for|since) (?:\d+|two|three|four|five|six|several|a few|many|like \d+) days?)`;
const WATER_REFUSED = String.raw `(?:(?:refus\w*|wont|will not|not|stopped|isnt|hasnt|has not) (?:to )?(?:drink|drinking|drunk|take|taking|have|having) (?:any )?(?:water|fluids|anything to drink|a drop)|refus\w* (?:water|fluids|to drink))`;
const FOOD_EVERYDAY = `(?:bug|flu|virus|covid|fasting|fast|ramadan|surgery|operation|procedure|colonoscopy|dentist|nauseous|nausea|vomiting|throwing up|diet|cleanse|detox)`;
// A goodbye sent to a group or a chat ("sent the team chat a long goodbye"), their affairs put in
// order (a desk cleared, the cat left with a neighbour, the rent paid), and silence or absence now.
const GOODBYE_SENT = String.raw `(?:sent|posted|wrote|left|dropped|messaged|texted|put)\b[^.]{0,40}?\b(?:a |an |his |her |their )?(?:long |weird |strange |odd |sort of |kind of |short |sudden )?(?:goodbye|farewell)\b`;
const AFFAIRS_SET = `(?:(?:his|her|their) (?:cat|dog|pets?|rabbit|bird|kids?) (?:is|are|s|was|were) (?:with|at|staying with)|(?:left|gave|dropped off|handed) (?:his|her|their) (?:cat|dog|pets?|rabbit|keys?) (?:with|to)|(?:his|her|their) (?:desk|locker|room|flat|apartment) (?:is |s |was |has been )?(?:cleared|cleaned out|emptied)|cleared (?:out )?(?:his|her|their) (?:desk|locker)|paid (?:next months |the |his |her |their )?rent)`;
const ABSENT_NOW = `(?:(?:didnt|did not|hasnt|has not|havent|have not|never) (?:come in|came in|show up|showed up|turn up|turned up|come to work|answered|picked up)|(?:phone|phones) (?:goes|going|went|is going) (?:straight )?to voicemail|${SILENT_NOW})`;
const GOODBYE_EVERYDAY = String.raw `(?:last day|leaving (?:do|party|drinks)|new (?:job|role|position|company)|moving|moved|relocat\w*|retir\w*|holiday|vacation|trip|honeymoon|transfer\w*|maternity|paternity|parental leave|notice|sabbatical|travel\w*|flight|asleep|lol|lmao|haha)`;
// A note of apology left with the rent or on a door ("'for the cleaning costs, sorry for the
// trouble'"), and no answer at the door.
const APOLOGY_NOTE = String.raw `(?:(?:note|letter|envelope|card)\b[^.]{0,40}?(?:「[^」]{0,80}?\b(?:sorry for (?:the|any|all the) (?:trouble|mess|bother|inconvenience)|for the cleaning|cleaning costs?|for the clean ?up|sorry for everything|thank you for everything|thanks for everything)\b[^」]{0,80}」|\b(?:sorry for (?:the|all the) trouble|for the cleaning costs?))|「[^」]{0,80}?\b(?:sorry for (?:the|any|all the) (?:trouble|mess|bother)|cleaning costs?)\b[^」]{0,80}」)`;
const NOBODY_AT_DOOR = String.raw `(?:(?:nobody|no one|noone) (?:answers|is answering|answered|came|comes|opens|opened) (?:at |to )?(?:the |her |his |their )?(?:door|knock\w*)?|${NO_ANSWER_DOOR})`;
const NOTE_EVERYDAY = String.raw `(?:moving out|moved out|notice|vacation|holiday|trip|away|hospital|noise|party|broke|broken|damage\w*|spill\w*|leak\w*|parcel|package|delivery|lol|haha)`;
// A smell of charcoal, gas or burning from a room ("smell of burning charcoal is coming under the
// door"), and the door locked or no answer: charcoal or gas behind it now.
const FUMES_SMELT = String.raw `(?:smell|smells|smelled|smelt|whiff|stink|reek)\b[^.]{0,12}?\b(?:of )?(?:burning |burnt )?(?:charcoal|gas|fumes|smoke|burning)\b|\b(?:charcoal|gas|smoke|fumes)\b[^.]{0,16}?\b(?:smell|coming (?:under|through|from))`;
const SHUT_OR_SILENT = String.raw `(?:(?:door|room) (?:is |s )?(?:lock|locked|taped|sealed|jammed|wont open|will not open)|(?:dont|doesnt|does not|do not|wont|will not|isnt|is not|not) (?:answer|answering|respond|responding|reply|replying|open|opening)\w*|no (?:answer|response|reply|sound))`;
const FUMES_EVERYDAY = String.raw `(?:bbq|barbecue|grill\w*|cooking|toast|oven|stove|burnt (?:dinner|food|toast|rice|the)|candle\w*|incense|fireplace|bonfire|neighbou?rs? (?:is|are) (?:burning|having)|asleep|headphones|lol|haha)`;
// A blade held to their own body, or a cord round their neck with words of ending, now ("standing
// in the kitchen with a knife to his own throat", "has a belt around his neck and says hes done").
// In the present only: "held a knife to his throat in the school play" is not this.
const BLADE = `(?:kitchen knife|knife|blade|razor(?: blade)?|box cutter|stanley knife|craft knife|scissors|shard of glass|piece of glass|broken glass)`;
const BLADE_AT_BODY = `(?:with|holding|holds|hold|has|have|pressing|presses|pointing|points|putting|puts|keeps|got|taking|takes|take) (?:a |the |his |her |their )?${BLADE} (?:to|against|at|on|into) (?:his|her|their) (?:own )?(?:throat|neck|wrists?|chest|stomach|belly|heart)`;
const CORD_AT_NECK = `(?:belt|rope|cord|cable|noose|dressing gown cord|charger cable|phone cable|extension cord|tie) (?:round|around|on|over) (?:his|her|their) (?:own )?neck`;
const ENDING_NOW = `(?:done|end it|end (?:it all|things|his life|her life)|all (?:to )?end|die|dead|goodbye|good bye|better off|better to die|kill (?:himself|herself|themselves)|cant (?:go on|do this)|no point|no reason|wants out|over)`;
const AT_BODY_EVERYDAY = String.raw `(?:play|film|movie|show|scene|game|acting|actor|rehears\w*|costume|halloween|cosplay|magic|trick|prank|joke|joking|lol|lmao|haha|shav\w*|barber|photo ?shoot|tiktok|wrestl\w*|cooking|chopping|last (?:year|month|week)|years ago|used to|better now)`;
// "on the roof" or "at the bridge now" sent by them, with only a view, and nothing since; the writer
// asks for the police, or says it was all they sent. A rooftop bar, fireworks, a sunset or sleep
// explain it.
const AT_HEIGHT_SENT = String.raw `(?:sent|send|sends|texted|texts|posted|posts|messaged|dmed|wrote|writes)\b[^.]{0,16}?「(?:im |i am |now )?(?:on|at|up on) (?:the |a )?(?:roof|rooftop|bridge|cliff|ledge|edge|tracks|top of (?:the |a )?(?:building|car park|tower|bridge|block))(?: now)?」`;
const SILENT_SINCE = String.raw `(?:(?:nothing|no (?:reply|answer|message|word)|not (?:a )?(?:word|reply)) since|(?:hasnt|has not|havent|have not|didnt|did not) (?:read|seen|opened|answered|replied|picked up|responded)\b[^.]{0,20}?\bsince|(?:phone|phones) (?:is |s |are |has been )?(?:off|dead|switched off|turned off|going to voicemail)|(?:isnt|is not|not|wont|will not) (?:answering|picking up|replying|reading)|left (?:me|us) on (?:read|delivered)|(?:went|gone) offline)`;
const AT_HEIGHT_ALARM = `(?:police|cops|ambulance|emergency|911|999|112|000|welfare check|only|just)`;
const AT_HEIGHT_EVERYDAY = String.raw `(?:bar|pub|drinks|drinking|party|fireworks|sunset|sunrise|stargaz\w*|picnic|bbq|barbecue|tour|sightseeing|holiday|vacation|trip|date|asleep|sleeping|battery|charger|signal|wifi|at work|on shift|lol|lmao|haha)`;
// The means said as bought or ready, and the writer sent away for the night ("tonight he told me he
// bought the charcoal and that I must go to sleep from my sister"): the act set for when no one is
// home. A barbecue, a move, friends coming over or a fumigation are not this.
const MEANS_READY = String.raw `(?:bought|got|has|have|ordered|picked up|collected|saved up|stockpiled)\b[^.]{0,12}?\b(?:the |some |a |his |her |all (?:the |his |her )?)?(?:charcoal|rope|pills|tablets|sleeping pills|tape|duct tape|hose|helium|weedkiller|pesticide)\b`;
const SENT_AWAY_TONIGHT = String.raw `(?:\b(?:i|me)\b[^.]{0,12}?\b(?:must|should|have to|need to|to|go|had to)\b[^.]{0,8}?\b(?:sleep|stay|go|spend the night|sleep over)\b[^.]{0,24}?\b(?:at|from|with|over at|to) (?:my |his |her |your |our |a )?(?:sister|brother|aunt|uncle|daughter|son|mum|mom|mother|dad|father|friend|cousin|neighbou?r|hotel|niece|nephew)s?\b|\b(?:dont|do not|not to) (?:come|be) (?:home|back)\b)`;
const TONIGHT = `(?:tonight|this evening|for the night|overnight)`;
const SENT_AWAY_EVERYDAY = String.raw `(?:bbq|barbecue|grill\w*|camping|fishing|party|friends (?:are )?(?:coming|over)|girlfriend|boyfriend|surprise|birthday|renovat\w*|decorat\w*|painting|fumigat\w*|pest|moving|move|removals|packing|lol|haha)`;
/**
 * The rules above only someone else can report (a silence, no answer at the door, they at a place
 * of danger): a match makes the message about someone else (see subject.ts). A last stream or
 * water refused may be the writer's own.
 */
export const EN_REPORTED_ONLY_NOW = [
    "en.attempt-in-progress.farewell-then-silence",
    "en.attempt-in-progress.empty-meds-no-answer",
    "en.attempt-in-progress.farewell-from-danger-place",
    "en.attempt-in-progress.shut-in-sound-no-answer",
    "en.attempt-in-progress.means-gone-after-warning",
    "en.attempt-in-progress.goodbye-affairs-absent",
    "en.attempt-in-progress.apology-note-no-answer",
    "en.attempt-in-progress.fumes-shut-no-answer",
    // "on the roof" sent to the writer, and silence since (the seventeenth pass).
    "en.attempt-in-progress.at-height-sent-then-silent",
];
export const EN_SOMEONE_ELSE_NOW_RULES = [
    {
        // "tonight he texted me 'take care of mom for me' and now he won't answer", "sent me a list of
        // who gets her stuff. now she's offline": a farewell, and silence after it.
        id: "en.attempt-in-progress.farewell-then-silence",
        level: "crisis",
        category: "attempt-in-progress",
        // The "no" is what is reported ("won't answer"): not a negation of the act.
        negatable: false,
        pattern: phrase(String.raw `\b${NOT_SENT_BY_ME}${FAREWELL}\b[^]{0,160}?\b${SILENT_NOW}\b(?<!\b${SILENCE_EVERYDAY}\b[^]{0,240})(?![^]{0,80}\b${SILENCE_EVERYDAY}\b)`),
    },
    {
        // "I found an empty bottle of his prescription in the trash. He doesn't answer when I knock":
        // medicine found used up, and no answer at the door; either order.
        id: "en.attempt-in-progress.empty-meds-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${EMPTY_MEDS}\b[^]{0,120}?\b${NO_ANSWER_DOOR}|${NO_ANSWER_DOOR}\b[^]{0,120}?\b${EMPTY_MEDS})\b(?<!\b${MEDS_EVERYDAY}\b[^]{0,200})(?![^]{0,80}\b${MEDS_EVERYDAY}\b)`),
    },
    {
        // "said 'this is the last stream' and walked off cam with a belt": a last stream or post, with
        // the means or from a place of danger.
        id: "en.attempt-in-progress.last-stream-with-means",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${LAST_TIME}\b[^]{0,120}?\b${WITH_MEANS}|${WITH_MEANS}\b[^]{0,120}?\b${LAST_TIME})\b(?<!\b${STREAM_EVERYDAY}\b[^]{0,200})(?![^]{0,120}\b${STREAM_EVERYDAY}\b)`),
    },
    {
        // "dmed me 'i hope you have a good life' and then said they're at the lake with stones in
        // their backpack": a farewell, and a place of danger now; either order.
        id: "en.attempt-in-progress.farewell-from-danger-place",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${NOT_SENT_BY_ME}${FAREWELL}\b[^]{0,160}?\b${THERE_NOW}|${THERE_NOW}\b[^]{0,160}?\b${NOT_SENT_BY_ME}${FAREWELL})\b(?<!\b${THERE_EVERYDAY}\b[^]{0,200})(?![^]{0,80}\b${THERE_EVERYDAY}\b)`),
    },
    {
        // "she locked herself in the bathroom, I heard glass breaking and now no answer": shut in, a
        // sound of harm inside, and no answer.
        id: "en.attempt-in-progress.shut-in-sound-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b${SHUT_IN}\b[^]{0,100}?\b${HARM_SOUND}\b[^]{0,60}?\b${NO_ANSWER}\b(?<!\b${SHUT_EVERYDAY}\b[^]{0,200})(?![^]{0,80}\b${SHUT_EVERYDAY}\b)`),
    },
    {
        // "tonight he asked me how many of his antidepressants would be 'too many' and now the bottle
        // is gone from the kitchen": a warning said by them, and the means gone; either order.
        id: "en.attempt-in-progress.means-gone-after-warning",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:(?:${NOT_SENT_BY_ME}${FAREWELL}|${ASKED_AMOUNT})\b[^]{0,160}?\b${MEANS_GONE}|${MEANS_GONE}\b[^]{0,160}?\b(?:${NOT_SENT_BY_ME}${FAREWELL}|${ASKED_AMOUNT}))\b(?<!\b${MEANS_EVERYDAY_GONE}\b[^]{0,200})(?![^]{0,80}\b${MEANS_EVERYDAY_GONE}\b)`),
    },
    {
        // "hasn't eaten in 3 days and now she's refusing water too": days without food, and water
        // refused now.
        id: "en.attempt-in-progress.water-refused-after-days",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b${NO_FOOD_DAYS}\b[^]{0,80}?\b${WATER_REFUSED}\b(?<!\b${FOOD_EVERYDAY}\b[^]{0,160})(?![^]{0,80}\b${FOOD_EVERYDAY}\b)`),
    },
    // ----------------------------------------------- sixteenth pass (after round 21)
    {
        // "sent the team chat a long goodbye this afternoon, said his desk is cleared and his cat is
        // with his neighbor. He didn't come in and his phone goes straight to voicemail": a goodbye
        // sent, affairs put in order, and absent or silent now. A last day, a move or a trip are not.
        id: "en.attempt-in-progress.goodbye-affairs-absent",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b${NOT_SENT_BY_ME}${GOODBYE_SENT}(?=[^]{0,200}?\b${AFFAIRS_SET}\b)[^]{0,260}?\b${ABSENT_NOW}\b(?<!\b${GOODBYE_EVERYDAY}\b[^]{0,320})(?![^]{0,80}\b${GOODBYE_EVERYDAY}\b)`),
    },
    {
        // "A tenant left an envelope with next month's rent and a note saying 'for the cleaning costs,
        // sorry for the trouble' ... Nobody answers at her door": a note of apology left, and no
        // answer; either order. A move out, a party, a broken thing or a parcel are not this.
        id: "en.attempt-in-progress.apology-note-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${APOLOGY_NOTE}[^]{0,160}?\b${NOBODY_AT_DOOR}|${NOBODY_AT_DOOR}\b[^]{0,160}?${APOLOGY_NOTE})(?<!\b${NOTE_EVERYDAY}\b[^]{0,320})(?![^]{0,80}\b${NOTE_EVERYDAY}\b)`),
    },
    {
        // "smell of burning charcoal is coming under the door. The door is lock and he dont answer
        // me": fumes from a shut room, and locked or no answer. A barbecue, burnt toast, a candle or
        // a neighbour's bonfire are not this.
        id: "en.attempt-in-progress.fumes-shut-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${FUMES_SMELT})\b[^]{0,100}?\b${SHUT_OR_SILENT}\b(?<!\b${FUMES_EVERYDAY}\b[^]{0,220})(?![^]{0,60}\b${FUMES_EVERYDAY}\b)`),
    },
    // ----------------------------------------------- seventeenth pass (after round 22)
    {
        // "my son (48) is standing in the kitchen with a knife to his own throat, saying he is better
        // off dead", "my brother has a belt around his neck in his room and says hes done": a blade held
        // to the body, or a cord round the neck with words of ending, now. A play, a joke, shaving or a
        // time long past are not this.
        id: "en.attempt-in-progress.blade-or-cord-at-own-body",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${BLADE_AT_BODY}|${CORD_AT_NECK}\b(?:(?<=\b${ENDING_NOW}\b[^]{0,80})|(?=[^]{0,80}\b${ENDING_NOW}\b)))\b(?<!\b${AT_BODY_EVERYDAY}\b[^]{0,120})(?![^]{0,80}\b${AT_BODY_EVERYDAY}\b)`),
    },
    {
        // "my online friend in manila just sent 'on the roof' and a photo of the city at night, nothing
        // since and her phone is off. can i call the police there": "on the roof" sent, only that, and
        // silence since. A rooftop bar, fireworks or a sunset are not this.
        id: "en.attempt-in-progress.at-height-sent-then-silent",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b${NOT_SENT_BY_ME}${AT_HEIGHT_SENT}(?=[^]{0,120}?\b${SILENT_SINCE}\b)(?:(?<=\b${AT_HEIGHT_ALARM}\b[^]{0,160})|(?=[^]{0,200}\b${AT_HEIGHT_ALARM}\b))(?<!\b${AT_HEIGHT_EVERYDAY}\b[^]{0,160})(?![^]{0,200}\b${AT_HEIGHT_EVERYDAY}\b)`),
    },
    {
        // "Tonight he told me he bought the charcoal and that I must go to sleep from my sister", "he
        // has the rope and asked me to stay at my daughters tonight": the means ready and the writer sent
        // away for tonight. A barbecue, a move or friends coming over are not this.
        id: "en.attempt-in-progress.means-ready-sent-away-tonight",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${MEANS_READY}[^]{0,80}?${SENT_AWAY_TONIGHT}|${SENT_AWAY_TONIGHT}[^]{0,80}?\b${MEANS_READY})(?:(?<=\b${TONIGHT}\b[^]{0,160})|(?=[^]{0,60}\b${TONIGHT}\b))(?<!\b${SENT_AWAY_EVERYDAY}\b[^]{0,200})(?![^]{0,80}\b${SENT_AWAY_EVERYDAY}\b)`),
    },
];
//# sourceMappingURL=someone-else-now.js.map