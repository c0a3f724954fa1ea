/** The en rules of category `means`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { ENGINE_ON, NOT_A_ROPE, PILLS, phrase, SHUT_IN } from "./patterns.js";
/** What is gathered for an act that needs only nerve; a rope for climbing is told apart by what follows. */
const NERVE_MEANS = "(?:tank|tanks|tubing|tube|hose|helium|nitrogen|rope|cord|noose|charcoal|pills|tablets|meds|paracetamol|gun|bullets|razor|blades|exit bag|duct tape)";
/** Pills set by the bed in everyday life: a cold, a dose to remember, someone else's. */
const PILLS_EVERYDAY = "cold|flu|fever|headache|migraine|remember|morning|vitamins?|organi[sz]er|dose|doctor|prescribed|routine|antibiotics|allerg\\w*|hay fever|period|cramps|nurse|pharmacist|grandma|grandpa|nan|gran|dog|cat|vet|kids?|baby|sore throat|cough|wake up with|toothache|back pain";
/** What else is saved up and counted: money, points, tickets, stamps. */
const HOARD_EVERYDAY = "money|cash|savings|dollars|bucks|quid|pounds|euros|yen|coins|tips|allowance|paycheck|wages|pay|points|gems|vbucks|robux|credits|tickets|stamps|cards|stickers|followers|subs|views|days off|holiday|leave|budget|rent|deposit|console|switch|ps5|xbox|laptop|phone|concert|trip|flight";
export const EN_MEANS_RULES = [
    // --------------------------------------------------------------- means
    {
        id: "en.means.stockpile",
        level: "crisis",
        category: "means",
        pattern: en(String.raw `\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stocking up on|stocked up on|building up|save up|saving up) (?:up )?(?:my |all my |the |some |enough )?(?:pills|meds|medication|medications|tablets|sleeping pills|painkillers|pain killers|paracetamol|tylenol|xanax|insulin|antidepressants)\b|\benough (?:pills|meds|tablets|painkillers|sleeping pills|medication|insulin) (?:to (?:do it|die|end|kill|overdose|od)|saved|stored|stockpiled)\b|\b(?:pills|meds|tablets|painkillers|sleeping pills|medication) (?:saved|stockpiled|hoarded|stashed|put aside|set aside)(?: up)?\b`),
    },
    {
        // "I thought about it in high school and now I have the pills": a wish or an attempt named,
        // and the means had now. A thought about a purchase and "now I have the tablets" for the
        // pharmacy are told apart by what the thought was about.
        id: "en.means.thought-then-means-now",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: phrase(String.raw `\b(?:thought about (?:it|doing it|ending it|ending things|dying|killing myself|suicide)|thinking about (?:it|doing it|ending it|dying|killing myself|suicide)|wanted to (?:do it|die|end it)|tried (?:it|once|before)|planned it)\b(?![^.]{0,40}\b(?:buy\w*|bought|order\w*|price|deal|sale|upgrad\w*|gift|present)\b)[^]{0,80}?\bnow i (?:have|got|ve got|have got|bought|keep) (?:the|enough|all the|some|a) (?:pills|tablets|rope|noose|gun|charcoal|blades?|razors?)\b(?![^]{0,40}\b(?:doctor|prescri\w*|pharmac\w*|therap\w*|help\w*|working|work|better|ipads?|laptops?|phones?|screens?|kids)\b)`),
    },
    {
        id: "en.means.rope",
        level: "crisis",
        category: "means",
        pattern: en(String.raw `\b(?:have|got) (?:the|my|all the|enough) (?:pills|rope|noose|gun|blades?|charcoal) (?:ready|prepared|lined up|counted out|set aside)\b|\b(?:counting|counted|lined up|lining up|laid out|laying out|sorting out) (?:out |up )?(?:my |the |all )?(?:pills|meds|tablets)\b|\bnoose\b|\b(?:bought|buying|got|tied|tying|made|ready|set up|setting up|hung|put up) (?:a |the |some |my |up (?:a |the )?)?(?:(?:length|bit|piece|coil|roll|reel|spool|hank|few (?:metres|meters|feet|yards)|couple of (?:metres|meters)|\d+ ?(?:m|ft|metres|meters|feet|yards)) of (?:strong |thick |nylon |climbing )?)?ropes?\b(?!\x20(?:course|ladder|swing|toy|light|lights|bridge))`),
    },
    {
        id: "en.means.weapon",
        level: "concern",
        category: "means",
        pattern: en(String.raw `\b(?:bought|got|have|loaded|holding|found) (?:a |the |my )?(?:dads |fathers |moms )?(?:gun|pistol|handgun|rifle|shotgun|firearm)\b|\bexit bag\b|\brazor blades?\b`),
    },
    {
        // Going back to look at a rope or a gun, or thinking about it again and again.
        id: "en.means.dwelling",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:rope|noose|gun|guns|pistol|rifle|shotgun|firearm|handgun)\b${NOT_A_ROPE}(?:(?<=\b(?:keep|kept|cant stop|been|always) (?:going (?:down |up |back |out )?(?:to |and )?(?:look at|looking at|check on|check|see|touch)|thinking about|looking at|staring at|checking on|touching|holding|going to look at) (?:(?:the |my |his |her |our |that |a )(?:[a-z]+\x20)?|(?:dads|mums|moms|fathers|brothers|uncles|grandads|grandpas) )(?:rope|noose|gun|guns|pistol|rifle|shotgun|firearm|handgun))(?!\x20(?:swing|skins?|game|ladder|course|bridge|toy))|(?:(?!\bgame\b)[^]){0,120}?\bi (?:keep|kept|always|cant stop|have been|been|am always|keep on|go|went) (?:(?:out|down|up|in|over|back) there )?(?:going (?:down |up |back |out )?(?:to |and )?(?:look at|looking at|check on|checking on|see|touch)|thinking about|looking at|staring at|checking on|checking|touching|holding|taking out|getting out|visiting|(?:down |up |back )?to (?:look at|check on|touch)) (?:it|them|that)\b)`),
    },
    {
        // A car running in a shut garage, charcoal in a sealed room.
        id: "en.means.fumes",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\bgarage\b(?:(?=[^.]{0,80}?\b${ENGINE_ON}\b)|(?<=\b${ENGINE_ON}\b[^.]{0,80}?garage))(?:(?=[^.]{0,80}?\b${SHUT_IN}\b)|(?<=\b(?:${SHUT_IN}\b[^.]{0,80}?garage|(?:shut|closed|sealed|locked) garage)))|\bhose (?:from|on|onto|to|in|into) (?:the )?exhaust\b|\bexhaust (?:pipe )?(?:into|through) (?:the )?(?:car|window)\b|\b(?:charcoal|bbq|barbecue|disposable grill)\b[^.]{0,40}?\b(?:sealed|closed|taped|tape up|shut)\b[^.]{0,20}?\b(?:room|bathroom|car|tent|windows?|doors?)\b`),
    },
    {
        // Looking down from a height and thinking how quick it would be.
        id: "en.means.looking-down",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:thinking|wondering|thought|imagining|imagine|picturing)\b(?:(?<=\b(?:looking|look|looked|staring|stare|stared|peering|peer|leaning|lean|leant|leaned) (?:down|over(?: the (?:edge|railing|balcony|side))?|out (?:of )?the window)\b[^.]{0,60}?\b(?:thinking|wondering|thought|imagining|imagine|picturing))(?=[^.]{0,30}?(?:\b(?:it|that|itd|itll)(?: would| will| d| ll|d|ll)? be (?:so )?(?:quick|easy|fast|painless|over quickly|over fast)(?=\x20?(?:$|[.,]|and|or|tbh|honestly|if i|that way))|\b(?:about )?(?:jumping(?!\x20(?:to|on|in|into|at|back|ahead|around|between|up|the|ship|rope))|letting go(?!\x20of)|stepping off|falling(?!\x20(?:asleep|behind|in love|for|apart)))\b|\bhow (?:easy|quick|fast|simple) it (?:would|could|d|will) be\b|\bwhat (?:if i|would happen if i) (?:jumped|fell|let go|stepped off|leaned)\b|\b(?:if|whether) (?:the fall|it) would (?:kill|be enough)\b))|(?<=\b(?:floor|storey|story|balcony|window|roof|rooftop|ledge|edge|bridge|cliff|platform|tracks)\b[^.]{0,80}?\b(?:thinking|thought|wondering|imagining))(?=[^.]{0,20}?\b(?:it|that|itd|itll)(?: would| will| d| ll|d|ll)? be (?:so )?(?:quick|easy|painless|fast|over quickly)(?=\x20?(?:$|[.,]|and|tbh|honestly))))`),
    },
    {
        // A rope or noose that is up or ready, or named with tonight.
        id: "en.means.rope-ready",
        level: "crisis",
        category: "means",
        pattern: en(String.raw `\b(?:rope|noose)${NOT_A_ROPE}(?:s|\x20is|\x20are|\x20s)? (?:already |all |finally |now )?(?:up|hung|ready|set up|in place|tied|on the (?:beam|door|ceiling|banister|bannister|hook|pipe|railing|loft hatch))\b(?!\x20(?:for|to|on the (?:wall|line)|with))|\b(?:rope|noose)\b${NOT_A_ROPE}[^.]{0,20}?\b(?:tonight|right now)\b`),
    },
    {
        // Pills named, then "I keep counting them"; "I keep counting Father's tablets".
        id: "en.means.pills-dwelling",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:pills|tablets|meds|medication|painkillers|capsules)\b(?:(?=[^]{0,120}?\bi (?:keep|kept|have been|been|cant stop|am always|keep on) (?:counting|recounting|staring at|looking at|thinking about|holding|lining up|taking out|getting out|touching) (?:them|it|those|these)\b)|(?<=\bi (?:keep|kept|have been|been|cant stop|keep on) (?:counting|recounting|staring at|lining up) (?:out |up )?(?:[a-z]+\x20){0,3}?(?:pills|tablets|meds|medication|painkillers|capsules)))`),
    },
    {
        // Sitting in the car in a shut garage, with the engine on or thinking how easy it would be.
        id: "en.means.car-garage",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:sitting|sat|sit|lying) in (?:it|the car|my car|our car|the [a-z]+s car|[a-z]+s car)\b(?:(?<=\bgarage\b[^]{0,120})(?=[^.]{0,60}?\b(?:(?:door|doors|garage) (?:shut|closed|down|locked)|how (?:easy|quick|simple|peaceful)|engine|motor (?:on|running))\b)|(?=\x20in (?:the|our|my) garage\b[^.]{0,40}?\b(?:engine|motor|car) (?:running|on|going)\b))`),
    },
    {
        // Going back to a bridge or a roof "to look at the drop".
        id: "en.means.the-drop",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:look|looking|looked|stare|staring|stared|check|checking|checked|peer|peering|lean|leaning|gaze|gazing) (?:down )?(?:at|over|into) (?:the )?drop\b(?<=\b(?:bridge|roof|rooftop|cliff|car park|parking garage|balcony|building|tower|ledge|overpass|viaduct|quarry|storey|flyover)\b[^]{0,160})`),
    },
    {
        // "The rope thing. I found where to tie it."
        id: "en.means.where-to-tie",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:tie|hang|attach|fix|secure) (?:it|the rope|a rope|the noose|a noose|myself)\b(?<=\b(?:found|know|figured out|worked out|picked|chosen|chose|checked|tested) (?:out )?(?:where|somewhere|a place|a spot|the spot|the place|a beam|a hook|the beam|a branch|a tree) (?:to |i can |i could |ill |i will )?(?:tie|hang|attach|fix|secure) (?:it|the rope|a rope|the noose|a noose|myself))(?<=\b(?:ropes?|noose|cord|belt|cable|ligature)\b[^]{0,200})`),
    },
    {
        // "a towel on the doorknob, easier than I thought": a ligature tried on a fixture.
        id: "en.means.rehearsal",
        level: "crisis",
        category: "means",
        pattern: en(String.raw `\b(?:tried|tested|practi[sc]ed|put|tied|hung)\b[^.]{0,24}?\b(?:towel|belt|scarf|cord|cable|rope|tie|sheet)\b[^.]{0,8}?\b(?:on|around|from|to|over) (?:the|my|a) (?:stair |top |bedroom |closet )?(?:door ?knob|door handle|closet (?:rail|rod)|wardrobe rail|banister|bunk(?: bed)?|curtain rail|beam|pipe|stair rail)\b[^]{0,40}?\b(?:easier|easy|simple|works|worked|held|holds|almost|nearly|next time|in time|as hard|less hard)\b`),
    },
    {
        // "got the tank and the tubing. just need the nerve": means at hand, only courage missing.
        id: "en.means.waiting-for-nerve",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `(?:\b(?:got|have|bought|ordered|picked up|found|collected)\b[^.]{0,40}?\b${NERVE_MEANS}|\b${NERVE_MEANS}\b[^.]{0,30}?\b(?:arrived|came|is here|are here|ready|in the boot|in the car|in my room|under my bed|sorted|set up|delivered))\b[^]{0,40}?\b(?:just|only|all i|now i|now just|still|i)?\x20?(?:need|needs|needed|waiting (?:for|on)|working up|building up|have to find|gotta find|got to find|lacking|missing) (?:is |are )?(?:the |some |a bit of |a little )?(?:nerve|courage|guts|balls|bottle)\b(?!\x20(?:to (?!(?:do|use|go through|go ahead|follow through|finish|end)\b)|for (?!it\b|this\b)))`),
    },
    {
        // "hose and tape are in the ute, heading out bush after tea", "rope's in the boot, driving
        // up to the forest tonight": what seals a car's fumes in, or a rope, packed for a drive
        // somewhere nobody is (a leak, a trough, a camp or a climb is not this).
        id: "en.means.packed-heading-out",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `(?<!\b(?:fix\w*|repair\w*|leak\w*|trough|tank|pump|irrigation|garden\w*|allotment|water\w*|wash\w*|camp\w*|tent|festival|stall|farm|paddock|sprinkler|pool|radiator|plumb\w*|job|work|bb?q|barbie|barbecue|grill|picnic|beach|climb\w*|hammock|swing|tow\w*|boat|kayak|tarp)\b[^]{0,80})\b(?:(?:hose|hosepipe|tubing|tube|charcoal)\b[^.]{0,25}?\b(?:tape|gaffer|gaffa|duct tape)|(?:tape|gaffer|gaffa)\b[^.]{0,25}?\b(?:hose|hosepipe|tubing|tube|charcoal)|(?:rope|noose|helium|exit bag)${NOT_A_ROPE}(?:s|\x20is|\x20are)?\x20(?:is |are |already |packed )?(?:in|in the back of|under the seat of) (?:the |my )?(?:boot|car|ute|trunk|van|truck|backpack|bag))\b(?![^]{0,160}\b(?:fix\w*|repair\w*|leak\w*|trough|tank|pump|irrigation|garden\w*|allotment|water\w*|wash\w*|camp\w*|tent|festival|stall|farm|paddock|sprinkler|pool|radiator|plumb\w*|job|work|bb?q|barbie|barbecue|grill|picnic|beach|fishing|hunting|climb\w*|hammock|swing|tow\w*|boat|kayak|tarp|abseil\w*|bouldering|hik\w*|balloons?|party)\b)[^]{0,80}?\b(?:(?:heading|driving|going|off|head|drive|going for a drive|taking (?:the|my) (?:car|ute|van|truck)) (?:out |up |off |down )?(?:to |into |in(?:to)? the )?(?:bush|the bush|the woods|woods|the forest|forest|the mountains?|somewhere (?:quiet|remote|nobody|no one|far|out of the way)|out of town|a quiet (?:spot|place|road)|the middle of nowhere|nowhere|the reservoir|the quarry|a back road|the back roads)|this is it|tonight)\b`),
    },
    {
        // "sitting in the bath with the razor. just thinking for a bit first": a blade, pills or a
        // cord at hand where it would be done (shaving, a book, the kids are not this).
        id: "en.means.at-hand-in-the-bath",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `(?:(?:^|[.,]\x20?)|\b(?:sitting|sat|sit|lying|laying|lay|lie|curled up|locked|am|im|i am|still|now) )(?:in|on) (?:the |my )?(?:bath|bathtub|tub|bathroom floor|shower floor|shower|bathroom)\b(?:\x20(?:again|now|rn|right now))? with (?:the |a |my |his |her |dads |mums |moms |some |all (?:the |my )?)?(?:razor(?: blades?)?|razors|blades?|knife|knives|box cutter|stanley knife|scalpel|pills|tablets|meds|rope|cord|belt|(?:a )?bottle of (?:pills|tablets|vodka|whisky|whiskey))\b(?![^]{0,60}\b(?:shav\w*|legs|beard|armpits?|pits|trim\w*|eyebrows?|bikini|face|book|kids?|baby|toddler|duck|candles?|bath bomb|music|podcast|cleaning|clean|scrub\w*|grout|mould|mold|caulk\w*|sealant|fix\w*|repair\w*)\b)`),
    },
    {
        // "bought a length of rope at the hardware store today. just want someone to know": a means
        // got, and told to one person so that someone knows.
        id: "en.means.someone-to-know",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:rope|noose|cord|charcoal|hose|hosepipe|tubing|helium|nitrogen|razor blades?|blades|exit bag|gun|pistol|rifle|shotgun|bullets|ammo)\b(?![^.]{0,40}\b(?:climb\w*|camp\w*|tent|tarp|boat|sail\w*|swing|garden\w*|bb?q|barbecue|grill|balloons?|party|hunting|range|club|shooting range|washing line|clothes ?line|dog|horse|trailer|scratch\w*|craft\w*|diy|project|macrame|knots?)\b)[^]{0,120}?\b(?:just |only |i just |i only |i )?(?:want|wanted|need|needed|wanna)(?: (?:someone|somebody|anyone|anybody|one person|someone real|a person)) to know\b(?!\x20(?:how|what|where|if|whether|that i (?:did it|went out|left the house|made it|passed|got)|im proud|i am proud))`),
    },
    {
        // "went out for the first time in months. to buy rope": a trip out for rope, said without a
        // purpose (a tent, a swing or a washing line is lowered by en.object.rope-purpose).
        id: "en.means.rope-trip",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:went|go|going|gone|been|popped|drove|walked|headed|nipped|ran|got the bus|took the bus|left the house|out)\b[^.]{0,40}?\bto (?:buy|get|pick up) (?:a |some |the |more |enough )?(?:ropes?|a noose)\b(?!\x20(?:for|to|and|lad+ers?|swings?|courses?|lights?)\b)|(?:^|[.,]\x20?)(?:just |only |all |mostly )?to (?:buy|get|pick up) (?:a |some |the )?ropes?\b(?!\x20(?:for|to|and|lad+ers?|swings?|courses?|lights?)\b)`),
    },
    {
        // "tied it to the loft hatch to check it holds. it does": a ligature tied to a fixture and
        // tested. Things hung for a purpose (a swing, a hammock, a punch bag) stand before it.
        id: "en.means.tested-it-holds",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `(?<!\b(?:swing|swings|hammock|tarp|tent|shel(?:f|ves)|plants?|feeder|tyre|tire|boat|kayak|bikes?|trailer|washing|clothes|bag|pinata|decorations?|lights|banner|bunting|sign|lead|leash|horse|tv|mirror|picture|frame|lamp|basket|pulley|climbing|punch(?:ing)? ?bag|rope ladder|bird|flag|curtains?|net)\b[^]{0,120})\b(?:tied|tie|tying|hung|hang|hanging|fixed|attached|secured|looped|knotted) (?:it|one|the (?:rope|cord|belt|cable|scarf|sheet|noose|knot|loop|ligature)|a (?:rope|cord|belt|cable|scarf|sheet|noose|knot|loop)) (?:up )?(?:to|on|from|over|around|onto|round) (?:the|my|a|our) (?:[a-z]+ )?(?:hatch|beam|rafter|joist|hook|banister|bannister|pipe|rail|railing|door|doorknob|door ?handle|door ?frame|tree|branch|loft|attic|ceiling|light fitting|bunk|bed ?frame|stairs|staircase|curtain rail|wardrobe|closet rod|pole)\b[^]{0,50}?\b(?:to (?:check|see|test|make sure)|and (?:checked|tested|test|check)|checked|tested|testing|checking)\b[^]{0,25}?\b(?:holds|hold|held|takes|would take|can take|will take|bears|my weight)\b`),
    },
    {
        // "put the pills in a cup next to my bed in case tonight is the night": pills counted or set
        // out by the bed, kept for a night. A cold, a headache, a dose to remember in the morning or
        // someone else's pills are not this.
        id: "en.means.pills-set-out",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `\b(?:put|set|lay|laid|line|lined|count|counted|sort|sorted|pour|poured|tip|tipped|empty|emptied|got|left)(?: (?:out|up|aside))? (?:all )?(?:of )?(?:the |my |all my |all the |every |some |enough |the whole |a whole )?(?:(?:bottle|box|pack|packet|strip|blister|jar) of (?:the |my )?)?${PILLS}\b(?: out| up| aside)?[^.]{0,30}?\b(?:in(?:to)? (?:a|the) (?:cup|bowl|glass|pile|jar|mug)|(?:next to|beside|by|on) (?:my|the) (?:bed|bedside|nightstand|desk|pillow)|lined up|in a row)\b[^]{0,40}?\b(?:in case|tonight|the night|for later|when (?:i am|im|its|it is) ready)\b(?<!\b(?:${PILLS_EVERYDAY})\b[^]{0,200})(?![^]{0,100}\b(?:${PILLS_EVERYDAY})\b)`),
    },
    {
        // "im fine lol but i just counted what i saved up and its 48 so thats probably enough": "I'm
        // fine", then a hoard counted and found enough. Money, points or tickets counted for
        // something to buy are not this.
        id: "en.means.fine-but-counted-enough",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: phrase(String.raw `\b(?:(?:im|i am) (?:fine|ok|okay|good|alright|all right)|dont worry|no worries|its nothing|all good)\b[^]{0,30}?\bbut\b[^]{0,40}?\b(?:counted|count|saved up|saving up|been saving|stockpiled|hoarded|collected|been collecting|kept)\b[^]{0,40}?\b(?:its|thats|got|have|there are|theres|i have|came to|comes to)\x20(?:like |about |over |around |nearly |almost )?\d{2,3}\b[^]{0,30}?\benough\b(?!\x20(?:for|to (?:buy|get|pay|afford|cover))\b)(?<!\b(?:${HOARD_EVERYDAY})\b[^]{0,200})(?![^]{0,80}\b(?:${HOARD_EVERYDAY})\b)`),
    },
    {
        // "not going to kill myself, relax. the rope is already bought though": a denial, and the
        // means bought or ready said beside it. A climbing rope, a tent or a washing line is not this.
        id: "en.means.denied-but-ready",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: phrase(String.raw `\b(?:not (?:going to|gonna) (?:kill myself|die|do anything)|no (?:intention|plans?) (?:of|to) (?:dying|die|killing myself|kill myself|end it|ending it)|not suicidal|dont want to die or anything)\b[^]{0,40}?\b(?:(?:the |a |my )?(?:rope|noose|charcoal|pills|blades?|razor|hose)\b(?: is| are| s|s)? (?:already )?(?:bought|here|ready|arrived|delivered|in my (?:room|drawer|bag|closet|wardrobe))|already (?:bought|got|ordered) (?:the |a |some )?(?:rope|noose|charcoal|blades?|hose)|(?:the |a |my )?(?:rope|noose|charcoal|pills|blades?|razor|hose)\b[^.]{0,30}?\bfor when (?:i am|im) ready)\b${NOT_A_ROPE}(?![^]{0,40}\b(?:climb\w*|camping|tent|washing|boat|gym|garden|moving|removal)\b)`),
    },
    {
        // "tonight. the pills are counted out on the desk, 40 of them": pills counted or laid out,
        // tonight or now said beside them. A pill organiser, a week's doses or a carer's round are not
        // this.
        id: "en.means.pills-counted-out-tonight",
        level: "crisis",
        category: "means",
        pattern: phrase(String.raw `(?:\b(?:tonight|right now)\b[^]{0,40}?\b(?:pills|tablets|meds)\b (?:are |is )?(?:all )?(?:counted|lined up|laid out|set out)\b|\b(?:pills|tablets|meds)\b (?:are |is )?(?:all )?(?:counted|lined up|laid out|set out)\b[^]{0,60}?\btonight\b)(?<!\b(?:organi[sz]er|dosette|weekly|week|doses?|prescri\w*|pharmac\w*|carer|nurse|mum|mom|dad|grandma|gran|nan|grandad|patients?|dogs?|cats?|pets?)\b[^]{0,160})(?![^]{0,60}\b(?:organi[sz]er|dosette|weekly|for the week|doses?|prescri\w*|pharmac\w*|carer|mum|mom|dad|grandma|gran|nan|dogs?|cats?|pets?)\b)`),
    },
];
//# sourceMappingURL=means.js.map