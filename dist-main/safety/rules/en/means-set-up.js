import { phrase } from "./patterns.js";
// Gas or fumes smelt, and a door, a window or the gaps taped or sealed: a room being filled, now.
const GAS_SMELT = String.raw `(?:(?:smell|smells|smelled|smelt|smelling|whiff|reeks?|reeking|stinks?)\b[^.]{0,16}?\b(?:gas|fumes|exhaust|charcoal burning|rotten eggs)|gas (?:smell|fumes)|fumes (?:coming|from|under))`;
const TAPE_SEALED = String.raw `(?:(?:taped|sealed|blocked|stuffed|towels?) (?:up |over |under |along |around )?(?:the |all the |his |her |my |their )?(?:windows?|doors?|vents?|gaps?|door frame|cracks?)|(?:windows?|doors?|door frame|vents?|window edges|gaps?|cracks?)\b[^.]{0,30}?\b(?:taped|sealed|blocked|stuffed)|tape (?:on|over|around|across|along|round) (?:the )?(?:inside of |edges of |gaps? (?:of|under|around) )?(?:the |his |her |their )?(?:doors?|windows?|vents?|gaps?|door frame))`;
const SEALED_EVERYDAY = String.raw `(?:hob|stove|cooker|oven|boiler|engineer|gas company|gas board|meter|paint\w*|decorat\w*|draught\w*|draft\w*|insulat\w*|storm|hurricane|typhoon|bbq|barbecue|grill\w*|car|mower|generator|bugs?|insects?|mice|smoke alarm|fart\w*|lol|lmao|haha)`;
// Blood on a wrist or an arm, and a farewell said ("said this was goodbye, a towel round her wrist
// soaked through with blood"): a wound that may be deep, and someone saying goodbye.
const WRIST_BLOOD = String.raw `(?:wrists?|forearms?|arms?)\b[^.]{0,40}?\b(?:blood (?:seeping|soaking|coming|dripping|running|all over|everywhere)|bleeding|soaked (?:in|with|through with|through) blood|soaked through|covered in blood|bloody|blood soaked|bloodied)`;
const FAREWELL_SAID = `(?:goodbye|good bye|last (?:delivery|parcel|package|visit|time (?:you ll|youll|you will) see)|(?:hed|shed|theyd|id|he would|she would|i would)? ?(?:ever|never) need (?:again|another)|thanks for everything|thank you for everything|sorry for everything|wont need (?:anything|any more|it) (?:anymore|again|after)|take care of (?:mum|mom|dad|my (?:cat|dog)|everyone))`;
const WOUND_EVERYDAY = String.raw `(?:shaving|cooking|kitchen|knife slipped|accident|fell|fall|bike|glass|cat|dog|scratch\w*|blood test|donat\w*|nosebleed|period|tattoo|surgery|operation|drip|cannula|moving|retir\w*|leaving do|match|game|rugby|football)`;
// A noose seen hanging, or set up: the means ready.
// Hung where it will be used, not made and put away ("tied a noose in my closet" is means kept).
const NOOSE_UP = `(?:noose (?:hanging|strung|dangling|up|from|over|(?:tied )?(?:to|on|from|over) (?:the|a) (?:beam|banister|bannister|door|hook|rail|ceiling|rafter|loft hatch|stairs|tree))|(?:hanging|hung|strung|set up|rigged) (?:up )?(?:a |the )?noose)`;
const NOOSE_EVERYDAY = String.raw `(?:films?|movies?|shows?|series|episodes?|games?|halloween|decoration\w*|decor|prop|props|museum|western|cowboy|hangman|drawing|painting|poster|tattoo|knot|knots|sailing|scouts?|history|historical|novel|book|play|stage|theatre|theater|haunted|costume|meme|lol|lmao|haha)`;
// A carbon monoxide alarm sounding or silenced, and charcoal or a barbecue lit in a room.
const CO_ALARM_WORD = "(?:co|carbon monoxide|monoxide|co2) (?:alarm|detector|sensor|monitor)s?";
const CO_ALARM = String.raw `(?:${CO_ALARM_WORD}\b[^.]{0,30}?\b(?:chirp\w*|beep\w*|going off|went off|goes off|screaming|sounding|is off|s off|disabled|unplugged|silenced|disconnected)|(?:took|taken|pulled|ripped|removed|take) (?:the |its )?batter(?:y|ies) out of (?:the )?${CO_ALARM_WORD}|(?:silenced|disabled|switched off|turned off|unplugged|disconnected|covered|taped over|ripped (?:down|off)|stopped) (?:the )?${CO_ALARM_WORD})`;
const FUEL = "(?:charcoal|coals|bbq|barbecue|grill|hibachi|disposable bbq|disposable barbecue|briquettes?|brazier|fire)";
const FIRE_INDOORS = String.raw `(?:(?:lit|lighted|lighting|started|burning|got|put) (?:the |a |some |my |up the |up a )?${FUEL}|${FUEL}(?:s| is| has been| are)? (?:lit|burning|going))\b[^.]{0,20}?\b(?:in|inside) (?:the |my |a |here|this )?(?:bathroom|bedroom|room|car|tent|closet|wardrobe|toilet|flat|apartment|here)\b`;
const CO_EVERYDAY = String.raw `(?:window\w*|open\w*|cooking|toast|garden|patio|yard|outside|outdoors|balcony|garage door|fireplace|chimney|stove|oven|new battery|replace\w*|expired|false alarm|landlord|lol|lmao)`;
export const EN_MEANS_SET_UP_RULES = [
    {
        // "a smell of gas from next door, and tape all round the inside of the door gap": fumes smelt
        // and a door or window sealed, either order. A hob, a storm, an engineer or painting are not this.
        id: "en.attempt-in-progress.gas-sealed-room",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b(?:${GAS_SMELT}\b[^]{0,120}?\b${TAPE_SEALED}|${TAPE_SEALED}\b[^]{0,120}?\b${GAS_SMELT})\b(?<!\b${SEALED_EVERYDAY}\b[^]{0,200})(?![^]{0,100}\b${SEALED_EVERYDAY}\b)`),
    },
    {
        // "she said goodbye at the door, a towel round her wrist soaked through with blood": blood on a
        // wrist or an arm and a farewell, either order. Shaving, cooking, a fall or a blood test are not this.
        id: "en.attempt-in-progress.wrist-blood-farewell",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b${WRIST_BLOOD}\b(?:(?<=\b${FAREWELL_SAID}\b[^]{0,200})|(?=[^]{0,200}\b${FAREWELL_SAID}\b))(?<!\b${WOUND_EVERYDAY}\b[^]{0,200})(?![^]{0,100}\b${WOUND_EVERYDAY}\b)`),
    },
    {
        // "I could see a noose hanging in the hallway behind him": the means set up, seen. A film, a
        // Halloween prop, a sailing knot or a museum are not this.
        id: "en.attempt-in-progress.noose-up",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `\b${NOOSE_UP}\b(?<!\b${NOOSE_EVERYDAY}\b[^]{0,160})(?![^]{0,100}\b${NOOSE_EVERYDAY}\b)`),
    },
    // ---------------------------------------- seventeenth pass (after round 22), gaps beside the everyday
    {
        // "the co detector keeps chirping. ive lit the bbq in the bathroom": a carbon monoxide alarm
        // sounding or silenced, and charcoal or a barbecue lit in a room, either order. A new battery,
        // a false alarm while cooking, a window open or a barbecue outside are not this.
        id: "en.attempt-in-progress.co-alarm-fire-indoors",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: phrase(String.raw `(?:${CO_ALARM}\b[^]{0,120}?\b${FIRE_INDOORS}|${FIRE_INDOORS}\b[^]{0,120}?\b${CO_ALARM})\b(?<!\b${CO_EVERYDAY}\b[^]{0,200})(?![^]{0,80}\b${CO_EVERYDAY}\b)`),
    },
];
//# sourceMappingURL=means-set-up.js.map