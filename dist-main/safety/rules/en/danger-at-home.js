/** The en rules of category `danger-at-home`; each rule's examples are in test/safety/rule-examples.json. */
import { en } from "../../rule-types.js";
import { ADV, HOME_SUBJECT, NOT_A_GAME, phrase } from "./patterns.js";
export const EN_DANGER_AT_HOME_RULES = [
    // --------------------------------------------------------------- danger at home
    {
        id: "en.danger-at-home.hurt-by-family",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b${HOME_SUBJECT}\b[^.]{0,40}?\b(?:(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|hurts|hurt|hurting|abuses|abused|abusing|attacks|attacked|attacking|threatens|threatened|threatening|pushes|pushed|shoves|shoved|throws (?:things|stuff) at|threw [^.]{0,20}?at|locks|locked|lock|stabbed|stabs|burns|burned|rapes|raped|touches|touched|grabs|grabbed|drags|dragged|whips|whipped|tied up) (?:[a-z]+\x20)?(?:me|us|my (?:mom|mum|mother|dad|father|brother|sister|wife|husband|son|daughter|kids?|children|baby|grandma|grandpa))\b${NOT_A_GAME})|\b(?:he|she)(?: always| keeps| still| often| sometimes| just| then)? (?:(?:hits|hit|beats|beat|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangles|strangled|stabbed|rapes|raped) (?:me|us)\b${NOT_A_GAME})`),
    },
    {
        // Someone else hurt at home, reported by a relative or a neighbour: "my sister's boyfriend
        // hits her", "her husband beats her", "he keeps threatening to kill her", "my husband is
        // hitting our son again", "dad's hitting mum again".
        id: "en.danger-at-home.hurts-them",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b(?:boyfriend|bf|husband|partner|ex|fiance|dad|father|step ?dad|stepfather|mom|mum|mother|step ?mom|stepmother|wife|girlfriend|gf|parents?|he|hes)(?:\x20(?:always|keeps|still|often|sometimes|just|has been|is|was|started|even|again))*\x20(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|hurts|hurting|abuses|abused|abusing|threatens|threatened|threatening|shoves|shoved|drags|dragged) (?:her|him|them|(?:mum|mom|mummy|mommy)\b(?!\x20up)|(?:my|our) (?:mom|mum|mother|sister|brother|daughter|son|grandson|granddaughter|niece|nephew|kids?|children|baby|grandma|grandmother|nan|nana|gran|granny|grandad|granddad|grandpa|grandfather))\b${NOT_A_GAME}|\b(?:brother|sister|son|daughter|uncle|aunt|cousin|grandson|nephew|step ?brother|step ?son)(?:\x20(?:always|keeps|still|often|sometimes|just|has been|is|was|started|even|again|right now|now))*\x20(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|hurts|hurting|abuses|abused|abusing|threatens|threatened|threatening|shoves|shoved|drags|dragged) (?:my|our|his|her|their) (?:mom|mum|mother|dad|father|grandma|grandmother|nan|nana|gran|granny|grandad|granddad|grandpa|grandfather|wife|husband|baby)\b${NOT_A_GAME}|\b(?:she|he|they|my (?:mom|mum|mother|sister|brother|daughter|son|grandson|granddaughter|niece|nephew|friend|neighbou?r))(?:\x20(?:is|are|has been|have been|keeps|gets|getting|was))+ (?:being )?(?:hit|beaten|beaten up|kicked|punched|slapped|choked|strangled|abused|hurt|threatened) by (?:her|his|their) (?:boyfriend|bf|husband|partner|ex|fiance|dad|father|step ?dad|stepfather|mom|mum|mother|parents|wife|girlfriend|gf)\b|\bthreat(?:en|ening|ened|ens) to (?:kill|stab|hurt) (?:her|him|them)\b${NOT_A_GAME}`),
    },
    {
        // Hands around the neck, a head slammed into the wall, dragged by the hair.
        id: "en.danger-at-home.neck-and-head",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b${HOME_SUBJECT}\b[^.]{0,40}?\b(?:(?:grabbed|grabs|grabbing|squeezed|squeezes|squeezing|choked|chokes|choking|strangled|pinned|held|holds|put (?:his|her|their) hands? (?:around|on)|had (?:his|her|their) hands? (?:around|on)|wrapped (?:his|her|their) hands? around|pressed on) (?:me by )?(?:my|me by the) (?:neck|throat)\b(?!\x20(?:pillow|warmer|chain|lace|tie|brace|cushion|massager|scarf))|(?:slammed|slams|smashed|banged|bashed) my (?:head|face) (?:into|against|on)\b|(?:dragged|drags|pulled|pulls|yanked|yanks) me (?:by (?:my |the )?(?:hair|arm|neck|collar|throat)|across the (?:floor|room)|down the (?:stairs|hall))\b)|\b(?:he|she)(?: always| keeps| still| often| sometimes| just| then)? (?:(?:grabbed|grabs|grabbing|squeezed|squeezes|squeezing|choked|chokes|choking|strangled|pinned|held|holds|put (?:his|her|their) hands? (?:around|on)|had (?:his|her|their) hands? (?:around|on)|wrapped (?:his|her|their) hands? around|pressed on) (?:me by )?(?:my|me by the) (?:neck|throat)\b(?!\x20(?:pillow|warmer|chain|lace|tie|brace|cushion|massager|scarf)))`),
    },
    {
        id: "en.danger-at-home.kill-threat",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b${HOME_SUBJECT}\b[^.]{0,30}?\b(?:will|would|is going to|are going to|going to|wants to|tried to|try to|tries to|threatened to|threatens to|swore to|hell|shell|theyll|hes going to|shes going to|says he will|says she will|said he would|said she would|hed|shed) ${ADV}(?:(?:kill|stab|shoot|strangle|choke|murder|hurt|burn|cut|beat) (?:me|us)\b${NOT_A_GAME}|beat (?:me|us) up|break (?:my|our) (?:neck|legs?|arms?|face|jaw|bones|fingers)|smash (?:my|our) (?:face|head) in|bash (?:my|our) (?:head|face) in)\b`),
    },
    {
        id: "en.danger-at-home.weapon",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b(?:waving|swinging|pointing|brandishing|came at me with|chasing me with|chased me with|threatening (?:me|us|my mom|my dad|everyone) with|threatened (?:me|us) with|pulled) (?:a |the |his |her |their )?(?:knife|gun|knives|weapon|bat|hammer|axe|blade|machete)\b|\b(?:domestic (?:violence|abuse)|abused at home|abuse at home|being abused|violence at home|abusive (?:dad|father|mom|mum|mother|parents?|husband|wife|partner|boyfriend|girlfriend|home|step ?dad|step ?father|step ?mom|family|brother))\b`),
    },
    {
        id: "en.danger-at-home.harm-to-family",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b(?:want to|going to|might|will|ill|afraid i will|afraid ill|scared i will|scared ill|could|feel like i could|thinking about|think about|thinking of|about to|worried i will|worried ill|urge to|urges to|thoughts? (?:about|of)|keep imagining|keep picturing) ${ADV}(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|strangle|strangling|smother|smothering|drown|drowning|murder|murdering|attack|attacking|hit|hitting|beat|beating|poison|poisoning) (?:my )?(?:(?:little|baby|big|older|younger|own|twin|newborn|infant|toddler)\x20)?(?:dad|father|mom|mum|mother|step ?dad|step ?father|step ?mom|brother|sister|husband|wife|parents|family|son|daughter|grandma|grandpa|grandmother|grandfather|baby|kids|children|kid|child|partner)\b${NOT_A_GAME}`),
    },
    {
        // Someone at home smashing or throwing things, punching walls and doors.
        id: "en.danger-at-home.violence",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b${HOME_SUBJECT}(?:\x20s|\x20is|\x20has been|\x20keeps|\x20was|\x20started|s)?\b[^.]{0,40}?\b(?:smashing|smashed|smashes|throwing|threw|throws|breaking|broke|breaks|punching|punched|punches|kicking|kicked|kicks) (?:(?:all|up|around) )?(?:things|stuff|everything|furniture|the furniture|plates|dishes|glasses|bottles|chairs|the place|the house|doors?|the doors?|walls?|the walls?|holes? in the (?:walls?|doors?)|the tv|my (?:door|bedroom door))\b(?!\x20(?:out|away|in the bin|into the bin|to (?:charity|the tip)))`),
    },
    {
        id: "en.danger-at-home.family-attempt",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b(?:my|our) (?:[a-z]+\x20)?(?:son|daughter|kid|child|brother|sister|mom|mum|mother|dad|father|husband|wife|partner|grandma|grandpa|grandmother|grandfather|parents?|step ?dad|step ?mom|boyfriend|girlfriend|roommate)\b[^.]{0,40}?\b(?:(?:took|swallowed|downed|ate)\x20[^.]{0,25}?\b(?:pills|tablets|meds|bottle|medication|pack)|overdosed|cut (?:his|her|their) (?:wrist|wrists|throat)|hanged|is hanging|tried to (?:kill|hang) (?:himself|herself|themselves)|(?:wont|will not|doesnt|does not|cant) wake up|(?:isnt|is not|not) breathing|unconscious|unresponsive)\b`),
    },
    {
        // A household member who hits, kicks, shoves "me", with a fist or a walking stick.
        id: "en.danger-at-home.family-hits-me",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:hit|hits|hitting|struck|strikes|striking|battered|batters|thumped|thumps|beat|beats|beating|beaten|kicked|kicks|kicking|punched|punches|punching|slapped|slaps|slapping|smacked|smacks|smacking|whacked|whacks|whacking|shoved|shoves|pushed|pushes|choked|chokes|choking|strangled|throttled|stabbed|burned|burnt|bit|pinned|dragged|attacked|attacks|(?:threw|throws) (?!(?:the |a |some )?(?:ball|frisbee|snowball|pillow|cushion|sweets|candy|keys|treats?|towel)\b)(?:[a-z]+\x20){1,3}?at|locked|locks) me\b(?!\x20(?:up\b|out\b(?!\x20of the house)))${NOT_A_GAME}(?<=\b(?:dad|father|mother|mum|mom|step ?dad|step ?mum|step ?mom|stepfather|stepmother|brother|sister|grandad|granddad|grandpa|grandma|grandfather|grandmother|uncle|aunt|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|step ?brother|step ?sister|son|daughter|nan|gran|cousin|roommate|flatmate|parents|he|she)(?:s|\x20s)?\b(?:\x20(?:has been|have been|been|keeps|kept|just|again|always|is|was|started|then|finally|still|often|sometimes|even))*\x20?[^.]{0,40})`),
    },
    {
        // "Says next time he'll really hurt me", "my brother says he'll kill me if I don't sign".
        id: "en.danger-at-home.says-will-hurt",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:says|said|saying|threatens|threatened|threatening|swears|swore|told me|tells me|promised)\b (?:that )?(?:(?:next time|one day|one of these days|if [^.]{0,30}?|when [^.]{0,30}?)\x20)?(?:he|she|they|hell|shell|theyll|hed|shed|hes going to|shes going to|theyre going to)(?:\x20(?:will|would|is going to|are going to|ll|d))? ${ADV}(?:kill|hurt|stab|murder|beat|strangle|choke|shoot|break|smash|burn) (?:me|us|my (?:neck|face|legs?|arms?|head))\b${NOT_A_GAME}`),
    },
    {
        // A carer near harming the one cared for: "came very close to putting a pillow over her face".
        id: "en.danger-at-home.harm-dependent",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\bclose to (?:putting (?:a|the|my) pillow over|smothering|hitting|strangling|hurting|killing|pushing|shaking|harming|choking|slapping|throttling|drowning|striking|shoving|punching) (?:her|him|them|my [a-z]+|mother|father|mum|mom|dad|the (?:baby|child|kids?))\b(?<=\b(?:came|come|coming|got|get|was|am) (?:very |so |really |too |quite |dangerously |frighteningly )?close to [a-z ]{5,50})|\bpillow over (?:her|his|their|[a-z]+s) face\b|\bstop(?: myself)?(?<=\b(?:afraid|scared|frightened|terrified|worried) (?:that )?(?:next time |one day |one of these days |someday )?i (?:wont|will not|might not|may not|cannot|cant|wouldnt|would not) (?:be able to )?stop(?: myself)?)(?<=\b(?:shook|shaking|shake|hit|hitting|slapped|slapping|pushed|pushing|shoved|grabbed|grabbing|squeezed|pinched|smacked|hurt|hurting|shouted at|screamed at)\b[^]{0,160})(?:\x20(?:next time|again|one day|someday|one of these days))?(?=\x20?(?:$|[.,]))`),
    },
    {
        // Put out of the house at night, in pyjamas, with nowhere to go.
        id: "en.danger-at-home.kicked-out",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:(?:kicked|thrown|threw|chucked|locked|put) me out|(?:kicked|thrown|chucked|locked) out(?<=(?:^|[.,]\x20?|\bi (?:just )?(?:got|was|have been|been|am being|get) |(?:^|[.,]\x20?)(?:just )?got )(?:kicked|thrown|chucked|locked) out))\b(?!\x20of (?:the |a |my |our )?(?:game|server|lobby|match|discord|class|lesson|band|group|chat|club|bar|pub|shop|team|school|uni|course|call|vc|party)\b)(?=[^]{0,100}?\b(?:at (?:\d{1,2} ?(?:am)?|night|midnight)|in the (?:middle of the )?night|tonight|in my (?:pajamas|pyjamas|pjs|socks|underwear)|nowhere to (?:go|sleep|stay)|freezing|no shoes|no coat|on the street)\b)`),
    },
    {
        // "my dad threw me against the wall": thrown, pinned or choked at home.
        id: "en.danger-at-home.thrown",
        level: "crisis",
        category: "danger-at-home",
        pattern: en(String.raw `\b(?:threw|throws|thrown|slammed|slams|pinned|pins|shoved|shoves|pushed|pushes|dragged|drags|kicked|kicks|hurled) me (?:against|into|onto|down|across|out of|off) (?:the |a )?(?:wall|door|floor|fridge|stairs|table|bed|ground|house|car|window|cupboard)s?\b`),
    },
    {
        // "my husband is screaming at our son through the door and he's got a hammer. i'm hiding in
        // the kitchen": a weapon in the hands of someone raging at home, now.
        id: "en.danger-at-home.armed-and-raging",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:has|hes|shes|s|has got|got|is holding|holding|grabbed|picked up|took|taken|is waving|waving|swinging|with|brought|fetched)\b (?:a |the |his |her |my |our |their )?(?:kitchen )?(?:knife|knives|hammer|axe|bat|baseball bat|golf club|machete|crowbar|gun|screwdriver|cleaver|blade)\b(?:(?<=\b(?:screaming|shouting|yelling|raging|roaring|banging|smashing|kicking|threatening|hiding|hid|barricaded|locked (?:myself|ourselves|herself|himself) in)\b[^]{0,160})|(?=[^]{0,120}\b(?:screaming|shouting|yelling|raging|banging on|smashing|kicking (?:the|my|his|her) door|threatening|hiding|hid|barricaded|locked (?:myself|ourselves) in|trying to get in)\b))(?![^]{0,80}\b(?:lol|lmao|game|film|movie|match|fixing|diy|shelf|shelves|putting up|the tv)\b)`),
    },
    {
        // "grandson pushed my wife into the wall. she's cut her head": someone at home thrown or
        // pushed into a wall, down the stairs, onto the floor.
        id: "en.danger-at-home.pushed-into",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:pushed|shoved|threw|thrown|slammed|knocked|flung) (?:my|our|his|her) (?:[a-z]+ )?(?:wife|husband|mum|mom|mother|dad|father|grandma|grandmother|nan|nana|gran|granny|grandad|granddad|grandpa|grandfather|son|daughter|sister|brother|partner|kids?|child|baby|girlfriend|boyfriend) (?:hard |so hard |right )?(?:into|against|down|onto|across) (?:the )?(?:wall|walls|stairs|floor|ground|door|table|counter|wardrobe|radiator|glass)\b(?![^.]{0,40}\b(?:lol|lmao|playing|play|joking|by accident|accidentally|pool|wrestl\w*|tag|game|pillow)\b)`),
    },
    {
        // "he's kicking my door and screaming he'll kill me, the frame is cracking": someone at the
        // writer's door now, breaking it, with a threat to kill or hurt. A sibling's joke about
        // snacks or a game, with a laugh, is not this.
        id: "en.danger-at-home.door-kicked-threat",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:hes|he is|shes|she is|theyre|they are|someone is|somebody is)\b (?:(?:still|now|literally) )?(?:kicking|banging on|breaking down|smashing|punching|trying to break|trying to kick in) (?:in )?(?:down )?(?:my|the) (?:bedroom |room )?door\b[^]{0,60}?\b(?:kill|hurt|stab|beat|get) me\b(?![^]{0,60}\b(?:lol|lmao|haha|chips|snacks|game|fortnite|minecraft|joke|joking|kidding)\b)(?<!\b(?:lol|lmao|haha|chips|snacks|game|fortnite|minecraft|joke|joking|kidding)\b[^]{0,120})`),
    },
    // ----------------------------------------------- eighteenth pass (after round 23)
    {
        // "I can hear the man next door beating his son through the wall", "we could hear her dad
        // hitting her again": violence in a home heard from outside it or beside it. A game, a race,
        // chess, a film, a laugh are not this.
        id: "en.danger-at-home.heard-beating-family",
        level: "crisis",
        category: "danger-at-home",
        pattern: phrase(String.raw `\b(?:hear|hears|hearing|heard|listening to|listened to)\b[^.]{0,50}?\b(?:beating|hitting|kicking|punching|choking|strangling|slapping|battering|attacking|smacking|beating up|hurting) (?:his|her|their|the) (?:[a-z]+ )?(?:son|daughter|kids?|children|child|boy|girl|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|baby|grandson|granddaughter|grandma|grandad|nan)\b${NOT_A_GAME}(?![^]{0,80}\b(?:lol|lmao|haha|game|games|gaming|chess|cards|race|match|mario|fifa|fortnite|film|movie|tv|show|scrabble|monopoly)\b)(?<!\b(?:lol|lmao|haha|game|games|gaming|chess|cards|race|match|mario|fifa|fortnite|film|movie|tv|show|scrabble|monopoly)\b[^]{0,120})`),
    },
];
//# sourceMappingURL=danger-at-home.js.map