/** The en rules of category `self-harm`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { phrase } from "./patterns.js";
export const EN_SELF_HARM_RULES = [
    // --------------------------------------------------------------- self-harm
    {
        id: "en.self-harm.act",
        // Issue 12: a self-harm act is a crisis (the bot gives the lines and asks directly).
        level: "crisis",
        category: "self-harm",
        pattern: en(String.raw `\b(?:cut|cutting|cuts|burned|burnt|burning|burn|hurt|hurting|hurts|harm|harming|scratched|scratching|hit|hitting|punched|punching|bit|biting|bruised|bruising|carved|carving|scarred|starve|starving|choke|choking|strangle|strangling) myself\b|\b(?:cut|cutting|carved|carving|slit|slitting|scratched|scratching|burned|burning) my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hips?)\b|\bself harm\b|\bself injur(?:y|e|ing|ed)\b|\b(?:been|started|start|keep|kept|back to) cutting\b|\bcutting again\b|\brelapsed\b`),
    },
    {
        // "Cut again tonight", "200 days clean gone": a relapse, one act unless more is said.
        id: "en.self-harm.relapse",
        // Issue 12: a self-harm act is a crisis (the bot gives the lines and asks directly).
        level: "crisis",
        category: "self-harm",
        pattern: phrase(String.raw `\bagain\b(?<=(?:^|[.,]\x20?|\bi\x20(?:just\x20)?|\band\x20)(?:cut|burned|burnt) again)(?!\x20(?:from|by|off|out))|\bclean\b(?<=\b(?:broke|broken|lost|gone|reset|ruined|ended|threw away|there goes) (?:my )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) (?:days?|weeks?|months?|years?) (?:of being )?clean)|\bclean (?:gone|over|ruined|reset|broken|down the drain|wasted)\b(?<=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days?|weeks?|months?|years?) clean (?:gone|over|ruined|reset|broken|down the drain|wasted))`),
    },
    {
        // Hurting oneself against walls and doors, or hitting oneself again and again.
        id: "en.self-harm.hitting",
        level: "concern",
        category: "self-harm",
        pattern: phrase(String.raw `\b(?:bang|banging|bangs|banged|bash|bashing|bashed|slam|slamming|slammed|smash|smashing|smashed) my (?:head|face) (?:against|into|on|off) (?:the |a |my )?(?:wall|walls|door|doors|desk|table|floor|mirror|headboard)\b|\b(?:keep|kept|been|started|start) (?:hitting|banging|bashing|punching|slapping|smashing|scratching|pinching|biting) (?:my (?:head|face|arms?|legs?|thighs?|self)|myself)\b|\b(?:hit|hitting|punched|punching|punch) (?:my (?:head|face)|myself|the wall|walls|a wall)\b[^.]{0,30}?\b(?:until|till|on purpose|over and over|again and again|so hard (?:that )?(?:i|my|it)|repeatedly|to (?:feel|stop|punish|calm))\b`),
    },
    {
        id: "en.self-harm.themselves",
        level: "concern",
        category: "self-harm",
        pattern: en(String.raw `\b(?:hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns|starve|starving|starves) (?:himself|herself|themselves|themself)\b`),
    },
    {
        id: "en.self-harm.escalating",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: en(String.raw `\b(?:cuts|cutting|burns|self harm|scars|wounds) (?:are|is|have been|has been|keep|keeps|getting|got|gets) (?:getting |going )?(?:deeper|worse|more frequent|more often|out of (?:hand|control))\b|\bdeeper (?:every|each) time\b|\bcut\b[^.]{0,30}\bstitches\b|\bcut (?:so |too |really |very |extra )deep\b|\b(?:cant|cannot|can not) stop (?:cutting|hurting myself|harming myself|self harming|burning myself)\b|\b(?:cutting|self harm|harming myself|hurting myself|cutting myself) (?:is |has |keeps )?(?:getting|got|gotten) (?:worse|deeper|more)\b|\b(?:cut|cutting|burned|burning|hurt|hurting|harmed|harming) myself\b[^.]{0,30}\b(?:its|it is|thats|and it is|and its) (?:getting|got|gotten) (?:worse|deeper|more often|out of (?:hand|control))\b`),
    },
    {
        // Self-harm that is more each time, more often, or past stopping.
        id: "en.self-harm.escalating-more",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: phrase(String.raw `\b(?:(?:each|every) time\b[^.]{0,30}?\b(?:further|deeper|harder|worse|bigger|longer|more) than (?:the )?(?:last|before)|deeper than (?:ever|before|last time|usual|the last)|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)?) time (?:today|tonight|this (?:week|month|morning|evening)|in (?:a|one) (?:week|day|month))|(?:every|each) (?:one|cut|time) (?:needs|need|needed) (?:a )?(?:bandage|bandages|plaster|stitches|dressing)|(?:cant|cannot|can not) stop(?=\x20?(?:$|[.,]))|still (?:wasnt|was not|isnt|is not|not) enough|every (?:night|day) this week)\b(?<=\b(?:cuts|cutting|cut myself|burned myself|burnt myself|burning myself|burn myself|self harm|harming myself|hurting myself|hurt myself|blade|razor|my scars)\b[^]{0,140})`),
    },
    {
        // "used to cut, haven't in 4 years, but the urge has been loud this week": the wish to
        // self-harm back, held off (a concern: the bot asks). An urge to cut one's hair or to smoke
        // again is not this; the self-harm must be named nearby.
        id: "en.self-harm.urge-back",
        level: "concern",
        category: "self-harm",
        negatable: false,
        pattern: phrase(String.raw `\b(?:urge|urges|itch|craving|cravings|pull)\b(?:\x20to (?:cut|hurt myself|harm myself|self harm|burn myself|sh)\b)?(?:\x20(?:to do it|for it))?(?:\x20(?:is|are|has been|have been|s|keeps|kept|came|comes|coming|got|gets|getting|was|been))?(?:\x20(?:so|really|super|very|back|getting|all|pretty|fucking)){0,3}\x20(?:back|loud|louder|strong|stronger|bad|worse|screaming|hard to (?:ignore|fight|resist)|overwhelming|unbearable|constant|every (?:day|night))\b(?<=\b(?:cut(?:ting)?(?!\x20(?:(?:my|your|his|her|their) (?:own )?(?:hair|fringe|bangs|nails|fingers?|food|losses|lawn|grass|hedge)|the|a|it|them|down|back|out|up|off|class|classes|school|corners|ties|costs|carbs|sugar|meat|gluten|caffeine|him|her|people|friends|contact)\b)|self harm\w*|harm(?:ing)? myself|hurt(?:ing)? myself|burn(?:ing)? myself|sh\b|blades?|razors?|scars?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|many) (?:days?|weeks?|months?|years?) clean)\b[^]{0,160})`),
    },
    {
        // Self-harm past its room: "no clean skin left on my arms", "running out of places".
        id: "en.self-harm.no-room-left",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: phrase(String.raw `\b(?:no (?:clean |more |uncut |unmarked )?(?:skin|space|room|places?|spots?) left|nowhere (?:left )?to cut|(?:running|ran|run) out of (?:places|room|space|skin|spots)|(?:covered|full) (?:in|with) (?:cuts|scars|marks|burns))\b(?<=\b(?:arms?|thighs?|legs?|wrists?|stomach|skin|scars?|cut|cuts|cutting|blade|razor|sh)\b[^]{0,80})`),
    },
    {
        // "did it again. thigh this time": a self-harm act said with where.
        id: "en.self-harm.again-where",
        level: "crisis",
        category: "self-harm",
        pattern: en(String.raw `\b(?:did it again|cut again|relapsed(?: again)?|did it)\b[^.]{0,6}?[.,]? ?(?:on )?(?:my )?(?:thigh|thighs|arm|arms|wrist|wrists|leg|legs|stomach|hip|hips|forearm|ankle)s? this time\b|\b(?:thigh|arm|wrist|leg|stomach|hip|forearm) this time\b[^.]{0,30}?\b(?:more|deeper|than last)\b`),
    },
    {
        // "cut too deep yesterday, it needs stitches but i haven't been to a doctor": a self-harm
        // wound too deep, untreated. A finger cut cooking, glass, a fall or a pet are not this.
        id: "en.self-harm.needs-stitches-untreated",
        level: "crisis",
        category: "self-harm",
        pattern: phrase(String.raw `\b(?:cut|went|sliced)\b[^.]{0,10}?\btoo deep\b[^]{0,40}?\b(?:stitches|stiches|sutures|stitched)\b[^]{0,40}?\b(?:havent|have not|didnt|did not|not|wont|will not|cant|cannot|never)\b (?:been|gone|go|going|seen|see|tell|told|went)\b(?<!\b(?:cooking|kitchen|finger|thumb|slipped|chopping|onions?|glass|fell|bike|dog|cat|shaving|garden\w*|work)\b[^]{0,160})`),
    },
    {
        // "i used to cut. i bought blades yesterday": blades bought after self-harm said to be over.
        // Razor blades for shaving, a box cutter for work or crafts are not this.
        id: "en.self-harm.blades-bought-after",
        level: "crisis",
        category: "self-harm",
        pattern: phrase(String.raw `\b(?:used to (?:cut|self harm|hurt myself)|was clean|been clean|\d+ (?:days|weeks|months|years) clean|stopped cutting)\b[^]{0,60}?\b(?:bought|got|ordered|picked up|buying|went and bought) (?:some |new |more |a (?:pack|box) of ){0,2}(?:razor )?(?:blades|razors)\b(?![^]{0,40}\b(?:shav\w*|beard|legs|crafts?|stanley|box cutter|for work|hobby)\b)`),
    },
    // ------------------------------------------------ sixteenth pass (after round 21), own acts
    {
        // "I have been no eating for 9 days. I don't deserve the food... I don't want the doctor",
        // "quit drinking water yesterday morning on purpose... want to see how long it takes": food
        // or water refused on purpose, or as undeserved. A fast, a stomach bug or no appetite from a
        // cold are not this.
        id: "en.self-harm.food-water-refused-on-purpose",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: phrase(String.raw `(?:\b(?:no eating|not eating|not eaten|havent eaten|have not eaten|stopped eating|quit eating|no food)\b[^.]{0,20}?\b(?:for|in) (?:\d+|several|many|so many) days\b[^]{0,80}?\b(?:dont deserve (?:the |any )?(?:food|to eat)|do not deserve (?:the |any )?(?:food|to eat)|dont want (?:the|a|to see a|to see the) doctor|on purpose|see how long)\b|\b(?:quit|stopped|not) drinking (?:any )?water\b[^]{0,80}?\b(?:on purpose|see how long|until i (?:die|collapse|pass out)))(?<!\b(?:fast|fasting|ramadan|surgery|operation|procedure|blood test|bug|flu|virus|nause\w*|vomiting|gastro|detox|cleanse)\b[^]{0,160})`),
    },
    {
        // "cutting every night, getting deeper. next time the artery maybe": cuts growing deeper
        // towards an artery. A medical lecture or a cooking knife are not this.
        id: "en.self-harm.cuts-deeper-to-artery",
        level: "crisis",
        category: "self-harm",
        pattern: phrase(String.raw `\b(?:cuts?|cutting)\b[^]{0,60}?\b(?:deeper|deep)\b[^]{0,60}?\b(?:artery|arteries|vein|veins)\b(?<!\b(?:lecture|anatomy|exam|surgeon|surgery|chicken|meat|butcher|cooking)\b[^]{0,160})`),
    },
];
//# sourceMappingURL=self-harm.js.map