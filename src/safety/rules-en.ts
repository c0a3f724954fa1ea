import {
  anyOf,
  en,
  IDEATION_LIKE,
  inCategories,
  type MatchContext,
  type OverrideRule,
  type RiskRule,
  ruleIds,
  sentenceAfter,
  sentenceBefore,
} from "./rule-types.js";

// Sources are written against normalised text: lower case, no apostrophes ("dont", "i am",
// "ill" for I'll, "id" for I'd), "want to" for wanna, "going to" for gonna, "kill myself"
// for kms. A space in a source also matches no space (see `en`). Inside a pattern `\x20` is
// a space that must be there, used where an optional one would let words blur.

/**
 * Compile an English pattern whose spaces are real spaces, for phrases too long for anyone to
 * spell out letter by letter. Every optional space that `en` adds multiplies the compiled code,
 * and the rules of both languages together must stay small to stay fast (`npm run bench`).
 */
function phrase(source: string): RegExp {
  return new RegExp(source, "g");
}

// The words of the last text seen, shared by every gated rule: the check reads one message
// at a time, so each message is split once.
let gateText: string | undefined;
let gateWords: ReadonlySet<string> = new Set();

function wordsOf(text: string): ReadonlySet<string> {
  if (text !== gateText) {
    gateText = text;
    gateWords = new Set(text.split(/[^a-z0-9]+/));
  }
  return gateWords;
}

/** A `phrase` pattern that runs only when the text holds one of its key words. */
class GatedRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  readonly keys: readonly string[];
  constructor(source: string, keys: readonly string[]) {
    super(source, "g");
    this.keys = keys;
  }
  override exec(text: string): RegExpExecArray | null {
    const words = wordsOf(text);
    if (!this.keys.some((key) => words.has(key))) {
      this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}

/**
 * Compile like `phrase`, for a rule that cannot match without one of `keys` (whole words,
 * "|"-separated) in the text. Every regular expression run costs a little even when it fails
 * at once, and together they pass the time budget: a rule keyed on rare words mostly does not
 * run at all. A key must be a word that every match contains, or the rule goes blind.
 */
function gated(keys: string, source: string): RegExp {
  return new GatedRegExp(source, keys.split("|"));
}

/** Adverbs people put between "want to" and the verb ("want to just die"). */
const ADV =
  "(?:(?:just|really|honestly|literally|actually|seriously|simply|so|kind of|kinda|sometimes|often|always|still|truly|genuinely|even|fr|lowkey|deadass|fucking|badly|desperately|quietly|finally|already) ){0,3}";

const DEATH_OBJECT = anyOf([
  "die",
  "be dead",
  "not be alive",
  "not exist",
  "stop existing",
  "cease to exist",
  "not be here anymore",
  "not be around anymore",
  "stop living",
  "disappear",
  "vanish",
  "be gone forever",
  "fade away",
  "sleep forever",
  "go to sleep forever",
  "end it all",
  "end everything",
  "end my life",
  "take my (?:own )?life",
  "kill myself",
  "unalive",
  "not wake up",
  "never wake up",
]);

const FAMILY = anyOf([
  "dad",
  "father",
  "mom",
  "mum",
  "mother",
  "step ?dad",
  "step ?father",
  "step ?mom",
  "step ?mum",
  "step ?mother",
  "brother",
  "sister",
  "husband",
  "wife",
  "boyfriend",
  "girlfriend",
  "partner",
  "uncle",
  "aunt",
  "grandpa",
  "grandfather",
  "grandma",
  "grandmother",
  "parents",
  "parent",
  "family",
  "son",
  "daughter",
  "cousin",
  "roommate",
  "flatmate",
  "ex",
  "bf",
  "gf",
  "fiance",
  "fiancee",
  "step ?brother",
  "step ?sister",
  "grandad",
  "granddad",
  "nan",
]);

const HOME_SUBJECT = String.raw`(?:(?:my|our)\x20(?:[a-z]+\x20)?${FAMILY}|some(?:one|body)\x20(?:at|in\x20my)\x20(?:home|house)|someone\x20i\x20live\x20with|the\x20(?:person|people)\x20i\x20live\x20with)`;

/** Finding a pet a new home. */
const PET =
  "(?:cat|cats|dog|dogs|rabbit|rabbits|bunny|hamster|hamsters|pets?|bird|birds|parrot|budgie|guinea pigs?|fish|snake|lizard|gecko|ferret|kitten|puppy|rats?)";
const REHOME_PET = String.raw`(?:rehomed|rehoming|rehome|found (?:a )?new homes? for|finding (?:a )?new homes? for|gave away|giving away|give away|given away) (?:my |our )?(?:[a-z]+\x20)?${PET}`;

/** An engine left running, and a garage or car shut up, for the fumes rule. */
const ENGINE_ON = String.raw`(?:(?:engine|motor|car|ignition) (?:on|running|going|started)|(?:run|running|ran|start|started|leave|left|turn on|turned on|turning on) the (?:car|engine)(?:\x20(?:on|running))?)`;
const SHUT_IN = String.raw`(?:(?:the\x20)?(?:door|doors|garage door|garage) (?:shut|closed|down|locked)|(?:shut|closed|sealed|locked) garage|(?:shut|closed|close|shut|lock|locked) the (?:garage )?doors?)`;

/** After "beat me", "hit my brother": the game or the pillow fight that makes it play. */
const NOT_A_GAME = String.raw`(?!\x20(?:at\b|up\b|to it\b|to the\b|in (?:chess|a game|the game|games|every|mario|smash|fifa|cards|a race|ranked|tennis|football|fortnite|minecraft|roblox|valorant|overwatch|among us|apex)|under the table|in (?:wrestling|judo|karate|bjj|boxing|training|practice|pe|sparring)|with (?:a |my |the )?(?:pillow|snowball|water|nerf|balloon|cushion)))`;

const PILLS = String.raw`(?:pills|pill|meds|medication|medicine|tablets|capsules|bottle|bottles|pack|packs|packet|paracetamol|tylenol|xanax|ibuprofen|painkillers|sleeping\x20pills|antidepressants|insulin|benadryl|aspirin|acetaminophen|codeine|tramadol|oxycodone|morphine|diazepam|valium|lorazepam|zopiclone|sertraline|fluoxetine|citalopram|amitriptyline|quetiapine|lithium)`;

/** Quantities of pills that are no ordinary dose ("a load of", "half the", "like 30"). */
const PILL_AMOUNT = String.raw`(?:all|all of|every|each of|the whole|a whole|an entire|the entire|the rest of|too many|a lot of|lots of|loads of|a load of|a heap of|heaps of|a ton of|tons of|a pile of|a box of|a handful of|a fistful of|a bunch of|half (?:a|the|of the)|most of|the last of|way too many|double|triple|(?:like |over |about |around |more than |nearly |almost )?(?:[5-9]|\d{2,}))`;

/** Ways to die that a method comparison names ("is it quicker with a train or jumping"). */
const STRONG_METHOD = String.raw`(?:trains?|pills|tablets|overdos\w*|od|drowning|drown|wrists?|slitting|guns?|shooting myself|rope|noose|charcoal|carbon monoxide|bleeding out|suffocat\w*|poison\w*|hanging myself|jumping off)`;
const WEAK_METHOD = "(?:jumping|hanging|falling|cutting|knife|knives|blade|gas)";
const ANY_METHOD = `(?:${STRONG_METHOD}|${WEAK_METHOD})`;
/** Two ways of dying set side by side, one of them unmistakably one. */
const METHOD_PAIR = String.raw`(?:${STRONG_METHOD}\b[^.]{0,15}?\b(?:or|vs|versus)\b[^.]{0,12}?\b${ANY_METHOD}|${WEAK_METHOD}\b[^.]{0,15}?\b(?:or|vs|versus)\b[^.]{0,12}?\b${STRONG_METHOD})\b`;
const COMPARATIVE =
  "(?:quicker|faster|easier|less painful|more painful|painless|more painless|surer|more reliable|more certain|more lethal|more effective|less messy|better|quickest|fastest|easiest|least painful|surest|most reliable|most effective)";

/**
 * Ropes that are for something else (a skipping rope, a climbing rope): a lookbehind that
 * follows a rope or noose word in the means rules (after the word, so that it runs only there).
 */
const NOT_A_ROPE = String.raw`(?<!\b(?:jump|jumping|skipping|skip|climbing|climb|swing|tow|tight|washing|clothes|boxing|ring|gym|tyre|tire|ship|boat|tent|bungee|battle|hemp|nylon|craft|mooring|anchor|dog|rope)\x20(?:rope|noose))`;

/** A family member or housemate as the one who is away or asleep ("when my parents are out"). */
const HOUSEHOLD = String.raw`(?:my\x20(?:[a-z]+\x20)?(?:parents|family|folks|mum|mom|mother|dad|father|brother|sister|flatmate|roommate|husband|wife|partner|grandparents|grandma|grandpa)|(?:everyone|everybody|they|the house|nobody|no one))`;
const AWAY_OR_ASLEEP = String.raw`(?:(?:\x20s|\x20is|\x20are|s)?\x20(?:out|away|gone|asleep|empty|home|in bed|sleeping|not home|not in|on holiday|at work|at (?:my|the|her|his|their)\x20[a-z]+|at [a-z]+s)|\x20(?:go|goes|went|have gone|has gone) (?:out|away|to (?:bed|sleep|work))|\x20(?:leave|leaves|left))`;

/** English risk rules. */
export const EN_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- passive ideation
  {
    id: "en.passive-ideation.want-to-die",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:want|wants|wanted|wanting|wish|wishing|ready|deserve|deserves|need|needs|long|longing|(?:would|should|id) (?:(?:simply|just|really|quite|rather|dearly|so|very much|much) )?(?:like|love)|prefer) to ${ADV}${DEATH_OBJECT}\b`,
    ),
  },
  {
    id: "en.passive-ideation.wish-dead",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: en(
      [
        String.raw`\bwish (?:that )?i (?:was|were|could be|would be|id be) ${ADV}dead\b`,
        String.raw`\bwish (?:that )?(?:i (?:could|would|might)|id) ${ADV}(?:die|disappear|vanish|stop existing|not exist|cease to exist|sleep forever|go to sleep forever|fade away|not wake up|never wake up|be gone)\b`,
        String.raw`\bwish (?:that )?(?:i|id|i had) (?:never|not) (?:been born|existed|woken up|woke up)\b`,
        String.raw`\bwish (?:that )?i (?:didnt|did not|wouldnt|would not|wont|dont|do not|never) (?:have to )?(?:wake up|exist|be alive|woke up)\b`,
        String.raw`\bwish (?:that )?i (?:wasnt|was not|werent|were not) (?:alive|born|here anymore|around anymore|in this world)\b`,
      ].join("|"),
    ),
  },
  {
    id: "en.passive-ideation.dont-want-to-live",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: en(
      String.raw`\b(?:(?:dont|do not|didnt|did not|no longer|never|dont really|dont even) (?:want|wish|care) to|(?:dont|do not) (?:think|know if) i (?:want|wish) to|(?:not sure|unsure|dont know) (?:if |whether )?i (?:want|wish) to|dont feel like) ${ADV}(?:live(?!\x20(?:with|in|at|there|near|somewhere|on|by|alone|together|abroad|downtown|here|close|far))|living(?!\x20(?:with|in|at|there|here|alone))|be alive|being alive|exist|existing|be here anymore|be around anymore|wake up|waking up|go on(?=\x20anymore|$|[.,]|\x20like this|\x20living)|keep going(?=\x20anymore|$|[.,]|\x20like this)|keep living|continue living|carry on(?=\x20anymore|$|[.,]|\x20like this)|be in this world|be on this earth)\b`,
    ),
  },
  {
    id: "en.passive-ideation.never-wake-up",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: en(
      String.raw`\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:dont|do not|wont|will not|never|dont ever|do not ever) (?:ever )?wake up\b(?!\x20(?:late|early|too|before|at|in time|on time|with|feeling|tired|sick|hungover|and (?:find|see|realise|realize)|the|him|her|them|my|anyone|everyone)\b)|\b(?:sleep|go to sleep|fall asleep|close my eyes) (?:and|forever and) (?:never|not|dont|do not) (?:ever )?wake up\b|\bnever (?:wake|waking) up again\b`,
    ),
  },
  {
    id: "en.passive-ideation.suicidal",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(String.raw`\bsuicidal\b`),
  },
  {
    id: "en.passive-ideation.thinking-about",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:think|thinking|thought|thoughts|considering|consider|considered|contemplating|contemplate|contemplated|obsessing|obsessed|fantasi[sz]ing|dreaming|dream) (?:about |of )?${ADV}(?:suicide|killing myself|ending (?:it all|it|my life|everything|things)|unaliving|dying(?!\x20(?:my|your|her|his|the|it)\b)|not being here|not existing|not being alive|taking my (?:own )?life)\b|\bsuicide (?:is |has been )?${ADV}(?:on my mind|all i think about|the only (?:way|option|answer))\b|\bsuicide (?:thoughts|ideation|urges|feelings|plans?)\b|\bscared of what i (?:might|will|could|would) do\b`,
    ),
  },
  {
    id: "en.passive-ideation.suicide-word",
    level: "concern",
    category: "passive-ideation",
    pattern: en(String.raw`\bsuicide\b`),
  },
  {
    id: "en.passive-ideation.kill-myself",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:kill|killing|unalive|unaliving|off|offing|end|ending|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|gas|gassing|suffocate|suffocating|electrocute) myself\b`,
    ),
  },
  {
    // Third-person forms exist so that worry about someone else is recognised as such.
    id: "en.passive-ideation.kill-themselves",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:kill|killing|killed|kills|unalive|hang|hanged|hanging|hangs|shoot|shot|end|ended|off|offed) (?:himself|herself|themselves|themself)\b|\btook (?:his|her|their) (?:own )?life\b`,
    ),
  },
  {
    id: "en.passive-ideation.end-my-life",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:end|ending|take|taking) my (?:own )?life\b|\bend (?:it all|everything)\b|\b(?:want to|going to|ready to|decided to|plan to|planning to|planning on|thinking about|thinking of|about to|intend to|intending to|mean to|shall|should|might|will|ill|could) ${ADV}end (?:it|things)(?!\x20(?:with|between|off|there|here))\b`,
    ),
  },
  {
    id: "en.passive-ideation.feel-like-dying",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\bfeel(?:ing|s)? like ${ADV}(?:dying(?!\x20(?:my|your|her|his|the|it)\b)|i want to die|ending it(?: all)?|killing myself|disappearing forever|i should die|i (?:should|shouldnt|should not) (?:be alive|exist|be here))\b`,
    ),
  },
  {
    id: "en.passive-ideation.rather-be-dead",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:better off|rather be|id rather be|prefer to be|be better) dead\b|\b(?:rather|prefer to) ${ADV}die\b|\b(?:i should|i need to|let me|i deserve to|i ought to|time for me to|its time for me to) ${ADV}die\b`,
    ),
  },
  {
    id: "en.passive-ideation.not-here-tomorrow",
    level: "crisis",
    category: "farewell",
    pattern: en(
      String.raw`\b(?:wont|will not|might not|may not|probably wont) be (?:here|around|alive) (?:tomorrow|much longer|for long|anymore|next week|by (?:tomorrow|morning|the weekend|monday|friday))\b`,
    ),
  },
  {
    id: "en.passive-ideation.want-it-to-end",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\bwant (?:it all|everything|my life|life|all of it) to (?:end|be over)\b|\bhate (?:being alive|existing|my existence)\b`,
    ),
  },
  {
    // Wanting it all to stop "for good this time", not only for a night.
    id: "en.passive-ideation.for-good",
    level: "crisis",
    category: "passive-ideation",
    pattern: phrase(
      String.raw`\bwant (?:it|this|it all|everything|all of it|the pain|life|my life|all this) to (?:stop|end|be over)(?=\x20?(?:$|[.,]|for good|forever|for ever|permanently|once and for all|like|just|i\x20|and\x20))[^]{0,40}?\b(?:for good|forever|for ever|permanently|once and for all|for real this time)\b`,
    ),
  },

  {
    // "kys" is mostly an insult aimed at someone else; aimed at oneself it is "kill myself".
    id: "en.passive-ideation.kys-self",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\bkys\b(?<=(?:\bi(?:\x20am|\x20really|\x20honestly)? (?:should|will|might|could|may|want to|need to|going to|about to|ready to|finally going to)|\bill|(?:^|[.,]|\b(?:and|but|so|honestly|tbh|ngl|fr|maybe|lowkey|just))\x20?(?:going to|want to|about to|ready to|time to|time for me to|should|might|finna))\x20${ADV}kys)`,
    ),
  },
  {
    id: "en.passive-ideation.wouldnt-mind-dying",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: phrase(
      [
        String.raw`\b(?:wouldnt|would not|wont|dont|do not) (?:even |really )?(?:mind|care)(?: if| when)? (?:a |the |some )?(?:bus|car|truck|lorry|train|van|meteor|asteroid|plane|drunk driver|lightning|stray bullet)s? (?:(?:hit|hits|struck|strikes|killed|kills|crushed|fell on|ran over|runs over) me|took me out|takes me out|ran me over|runs me over)\b`,
        String.raw`\b(?:wouldnt|would not|dont|do not) (?:even |really |terribly |too much |that much |all that much |much |at all )?(?:mind|care)(?: terribly| too much| that much| all that much| much| at all)? (?:if i (?:simply |just |really )?)?(?:dying|died|not waking up|didnt wake up|never woke up|being dead|was dead|stopped existing|got hit by (?:a |the )?(?:bus|car|truck|lorry|train)|got run over)\b(?!\x20(?:in (?:the |a |this )?(?:game|match|round|level)|early|late|on time|before|at \d))`,
        String.raw`\b(?:hope|hoping|wish|pray|praying) (?:that )?(?:a |the |some )?(?:bus|car|truck|lorry|train|van|meteor|asteroid|plane|drunk driver|lightning)s? (?:(?:hits|hit|kills|kill|crushes) me|takes me out|runs me over|run me over)\b`,
        String.raw`\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got) (?:hit|run over|killed) by (?:a |the )?(?:bus|car|truck|lorry|train|van)\b`,
      ].join("|"),
    ),
  },
  {
    // Algospeak for dying taken from games and apps ("ready for game end", "respawn irl").
    id: "en.passive-ideation.algospeak",
    level: "crisis",
    category: "passive-ideation",
    pattern: phrase(
      String.raw`\bready for (?:the )?game end\b|\bgame (?:over|end) (?:irl|in real life|for me irl)\b|\b(?:log|logging|logged) off (?:from )?(?:life|irl)\b|\b(?:respawn|respawning|uninstall|uninstalling|alt f4|alt f4ing|delete|deleting) (?:irl|in real life|my life|life|myself irl)\b`,
    ),
  },

  // --------------------------------------------------------------- hopelessness
  {
    id: "en.hopelessness.no-point-living",
    level: "crisis",
    category: "hopelessness",
    negatable: false,
    pattern: en(
      String.raw`\b(?:no|not any|isnt any|isnt a|there is no|theres no|what(?:s| is) (?:even |really |honestly |actually )?the|what even is the|dont see the|dont see any|cant see the|cant see any|see no|without any|lost (?:my|any|all)) (?:point|reason|purpose|use|sense|will) (?:in |of |to |for )?${ADV}(?:living|life|being alive|going on|carrying on|existing|staying alive|live|be alive|keep living|keep going|me being here|my life|being here|trying to live|sticking around|being around|staying(?=\x20?(?:$|[.,]|alive|around|here(?=$|[.,])|anymore|any longer|tbh|honestly|lol|ngl|fr|on this earth|in this world))|waking up(?!\x20(?:early|at|so|before|for|on time)))\b`,
    ),
  },
  {
    id: "en.hopelessness.not-worth-living",
    level: "crisis",
    category: "hopelessness",
    negatable: false,
    pattern: en(
      String.raw`\b(?:life|living|my life|being alive|existence) (?:isnt|is not|s not|aint|is no longer|isnt even|doesnt feel|does not feel|not|never feels|doesnt seem|does not seem) (?:really |even |like it is )?worth (?:living|it|anything|going on)\b|\b(?:nothing|no one|nobody|no reason|not much|nothing left|nothing and no one) (?:left )?to live for\b|\b(?:life|living|my life|existence|being alive|existing) (?:is|feels|seems) (?:so |completely |totally |just |utterly )?(?:pointless|meaningless|worthless|not worth it)\b`,
    ),
  },
  {
    id: "en.hopelessness.tired-of-living",
    level: "crisis",
    category: "hopelessness",
    pattern: en(
      String.raw`\b(?:tired|sick|exhausted|weary|done|over|finished) (?:of |with |w )?(?:living(?!\x20(?:alone|with|in|at|here|there|on|off|under|paycheck|like))|being alive|life|existing|this life|my life)\b`,
    ),
  },
  {
    id: "en.hopelessness.cant-go-on",
    level: "crisis",
    category: "hopelessness",
    negatable: false,
    pattern: en(
      String.raw`\b(?:cant|cannot|can not|unable to|dont think i can|do not think i can|dont know if i can|dont know how to|dont know how much longer i can|dont know how long i can) (?:(?:go on|keep going|carry on|hold on)(?=\x20?(?:anymore|any more|any longer|much longer|for much longer|living|with (?:life|this)|$|[.,]|and|but|i\b|lol|please|help))|keep living|live like this|do life|continue living|survive this)`,
    ),
  },
  {
    id: "en.hopelessness.hopeless",
    level: "concern",
    category: "hopelessness",
    pattern: en(
      String.raw`\b(?:hopeless|no hope|lost all hope|lost hope|no future|never get better|will never get better|wont ever get better|nothing will ever change|nothing ever changes|nothing matters|pointless|what(?:s| is) (?:even |really |honestly )?the point|what even is the point|no point (?:in )?(?:anything|trying|any of this)|(?:dont|do not|cant|cannot) see (?:the|any) point|give up on everything|giving up on everything|i give up)\b`,
    ),
  },
  {
    // Nothing will change, given up, no future: hopelessness short of wanting to die.
    id: "en.hopelessness.given-up",
    level: "concern",
    category: "hopelessness",
    pattern: phrase(
      String.raw`\bnothing(?:s| is| will)? (?:ever )?(?:going to )?(?:ever )?(?:change|get better|be different|improve)\b(?!\x20(?:my mind|that|this|the fact|if|unless|until|till|without|when|overnight|quickly|fast|soon|right away|immediately|in a day)\b)|\b(?:given|gave) up\b(?<=\bi (?:have |had )?(?:given|gave) up)(?: on (?:getting better|myself|life|living|everything|trying|recovery|the future|my future|hope|ever getting better|things getting better|being (?:normal|happy|okay|ok)|having a (?:life|future)|it all|me))?(?=\x20?(?:$|[.,]|tbh|honestly|completely|totally|already|ngl|now|at this point))|\bgiving up\b(?<=\bi am giving up)(?=\x20?(?:$|[.,]|on (?:myself|life|everything|getting better)))|\b(?:its|it is) (?:all )?over for me\b|\b(?:dont|do not|cant|cannot|can not) (?:really |even )?see (?:a|any) future(?: for (?:myself|me)|(?=\x20?(?:$|[.,]|anymore|ahead|at all|tbh|honestly)))`,
    ),
  },
  {
    id: "en.hopelessness.cant-take-it",
    level: "concern",
    category: "hopelessness",
    negatable: false,
    pattern: en(
      String.raw`\b(?:cant|cannot|can not) (?:take|handle|do|bear|stand|cope with|deal with) (?:it|this|things|life|everything) ?(?:anymore|any more|any longer)\b|\b(?:cant|cannot) (?:take|bear) (?:much more|the pain|this pain)\b|\bcant cope\b|\b(?:cant|cannot) (?:go on|carry on|keep going) like this\b|\b(?:everything|it|this|life) (?:is|feels) (?:all )?(?:just |so )?(?:too much|too hard|unbearable|heavy|so heavy)\b|\b(?:tired|sick|exhausted|done|so done) (?:of|with) (?:everything|it all|all of this|all of it)\b|\bwant (?:it|this|the pain|everything|it all) to (?:stop|end|be over)\b`,
    ),
  },
  {
    // "I can't keep doing this", "idk how much longer I can do this".
    id: "en.hopelessness.cant-keep-doing-this",
    level: "concern",
    category: "hopelessness",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:cant|cannot|can not) keep (?:doing|living like|going on like|living with) this(?=\x20?(?:$|[.,]|anymore|any more|any longer|honestly|tbh|much longer|forever|i\x20))|\b(?:(?:dont|do not) (?:even |really )?know|idk) how (?:much )?(?:longer|long) i can (?:do|keep doing|take|handle|keep up|cope with|deal with|live like|bear|last|keep this up|manage|cope|keep going|go on|carry on|hold on)(?:\x20(?:this|it|things|everything|like this))?(?=\x20?(?:$|[.,]|anymore|any more|honestly|tbh|for|ngl|lol|i\x20))`,
    ),
  },

  // --------------------------------------------------------------- burden
  {
    id: "en.burden.better-off-without-me",
    level: "crisis",
    category: "burden",
    pattern: en(
      String.raw`\b(?:better off|better|happier|easier|relieved) (?:off )?(?:for (?:everyone|everybody|them|my family|my parents|all of them|you all|people) )?(?:without me|if i (?:was|were|had|just)? ?(?:gone|dead|not here|not around|never born|disappeared|died|didnt exist|did not exist|not alive|never been born|killed myself|went away forever)(?!\x20(?:alone|by|before|when|until|till|all day|every|at|for a|for the|for dinner|for lunch|with|in (?:this|the) (?:town|city|village|country|job|school|class))\b)|if i (?:wasnt|werent|was not|were not) (?:here|around|alive|born)(?!\x20(?:alone|by|before|when|until|till|all day|every|at|for a|for the|for dinner|for lunch|with|in (?:this|the) (?:town|city|village|country|job|school|class))\b))\b|\b(?:no one|nobody|noone) (?:would|will|d) (?:even |ever )?(?:care|notice|miss me|be sad)(?: at all)? if i (?:died|was dead|were dead|was gone|were gone|killed myself|disappeared forever)\b`,
    ),
  },
  {
    id: "en.burden.burden",
    level: "concern",
    category: "burden",
    pattern: en(
      String.raw`\b(?:i am|i feel like|feel like|i feel like i am|i am just|i am such|i am only|i am nothing but) (?:a |such a |just a |nothing but a |only a )?(?:burden|waste of space|waste of oxygen|waste of air|drain on everyone|mistake|nuisance)\b|\bjust a burden\b`,
    ),
  },

  {
    // "If I died they'd be sad for a week and then their lives would be easier."
    id: "en.burden.lives-easier",
    level: "crisis",
    category: "burden",
    pattern: phrase(
      String.raw`\bif i (?:died|was dead|were dead|was gone|were gone|disappeared|wasnt here|wasnt around|werent here|werent around|was not here|killed myself|didnt exist|stopped existing|just vanished)\b(?!\x20(?:for|on|to|at|away|in (?:the |a |this )?(?:game|match|round|level|raid|minecraft|fortnite|roblox|elden ring|dark souls|gta|valorant|apex|overwatch|sims|hardcore))\b)[^.]{0,100}?\b(?:(?:lives?|life) (?:would|will|could|might|d|ll) (?:[a-z]+\x20){0,3}?(?:easier|better|simpler|lighter|happier)|(?<!\b(?:never|not|wouldnt|wont|couldnt|cant|would never|could never)\x20)(?:get over it|move on|forget about me|forget me|be relieved|be glad|feel relieved|be better off))\b`,
    ),
  },

  // --------------------------------------------------------------- plan
  {
    id: "en.plan.intent",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:going to|will|ill|planning to|plan to|planning on|decided to|have decided to|made up my mind to|about to|ready to|intend to) ${ADV}(?:kill myself|end my life|end it all|take my (?:own )?life|hang myself|shoot myself|slit my (?:wrists|wrist|throat)|commit suicide|unalive myself|overdose(?!\x20on\x20(?:caffeine|sugar|coffee))|od\b|jump off|jump in front|jump from|throw myself (?:off|in front|under|from))`,
    ),
  },
  {
    id: "en.plan.have-a-plan",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:have|made|got) (?:a |the )?plan (?:to|for|on how to) ${ADV}(?:die|end|kill|take my|commit|do it|unalive)\b|\bknow (?:how|when|where) (?:ill|i will|i am going to|i would|to) (?:do it|end it|die|kill myself)\b|\b(?:tonight|today)(?: is| s|s) the (?:night|day)\b[\s\S]{0,60}?\b(?:doing it|do it|going through with it|end it|goodbye)\b|\b(?:decided|made up my mind|its decided|it is decided)\b[^.]{0,20}\b(?:tonight|today|tomorrow|this weekend)(?: is| s|s) the (?:night|day)\b`,
    ),
  },
  {
    id: "en.plan.take-pills",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:going to|will|ill|want to|planning to|plan to|about to|thinking about|thinking of|might|should|could|ready to|decided to) ${ADV}(?:take|taking|swallow|swallowing|down|od on|overdose on) (?:all|all of|every|each of|the whole|a whole|an entire|the entire|the rest of|too many|a lot of|lots of|a bunch of|a handful of|(?:[5-9]|\d{2,})) (?:of )?(?:my |the |these |those )?(?:[a-z]+\x20)?${PILLS}\b|\b(?:pills|meds|tablets|bottle)\b[^.]{0,60}?\b(?:going to|will|ill|about to|want to|ready to) (?:take|swallow|down) (?:them|it) all\b`,
    ),
  },
  {
    id: "en.plan.jump",
    level: "crisis",
    category: "plan",
    pattern: en(
      String.raw`\b(?:going to|will|ill|planning to|about to|decided to|ready to|want to|thinking about|thinking of) ${ADV}(?:jump|jumping)(?=\x20?(?:$|[.,]|now|tonight|off|from|in front|out (?:of )?(?:the|a|my) window))|\bjump(?:ing)? (?:off|from|out of) (?:a |the |my |this |that |our )?(?:[a-z]+\x20)?(?:bridge|building|roof|rooftop|balcony|cliff|tower|window|ledge|overpass|parking garage|apartment)\b|\b(?:jump|jumping|step|stepping|throw myself|walk|walking|lie down) (?:in front of|under|onto) (?:a |the )?(?:train|car|bus|truck|tracks|traffic|subway)\b`,
    ),
  },

  {
    // A bare "do it" timed for when the others in the house are away or asleep.
    id: "en.plan.when-alone",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:do it|doing it|going through with it|go through with it|end it|ending it)\b(?<=(?:\b(?:i (?:am |will |might |could |have to |need to |want to |plan to )?|ill |going to |planning to |decided to )(?:just |finally |actually |probably )?(?:do it|doing it|going through with it|go through with it|end it|ending it)|(?:^|[.,]\x20?)(?:doing it|going through with it)))(?!\x20(?:again|first|later|properly|right|myself|yourself|for))[^.]{0,50}?\b(?:when|while|once|after|as soon as) ${HOUSEHOLD}${AWAY_OR_ASLEEP}\b`,
    ),
  },
  {
    // "Tonight's the night" with a decision or a sleeping house; a date picked for nothing named.
    id: "en.plan.the-night",
    level: "crisis",
    category: "plan",
    pattern: phrase(
      String.raw`\b(?:tonight|today|tomorrow|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: is| s|s) the (?:night|day)\b[^]{0,60}?(?:\b(?:i have |ive |i |its |it is )?(?:decided|made up my mind)(?=\x20?(?:$|[.,]))|\bno (?:going|turning) back(?=\x20?(?:$|[.,]))|\b(?:after|when|once) ${HOUSEHOLD}${AWAY_OR_ASLEEP}\b)|\b(?:picked|chosen|chose|set|decided on|settled on|fixed) (?:a|the|my) (?:date|day)(?<=(?:(?:^|[.,]\x20?)(?:already |finally |just )?|\bi (?:have |had |just |finally |already )?|\bive (?:just |finally |already )?)(?:picked|chosen|chose|set|decided on|settled on|fixed) (?:a|the|my) (?:date|day))(?=\x20?(?:$|[.,]|already|now|tbh|honestly))`,
    ),
  },
  {
    // Going to a bridge, the sea or the woods, and not coming back (the match is the last words).
    id: "en.plan.not-coming-back",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:coming|going|come) (?:back|home)|one way)\b(?=\x20?(?:$|[.,]|this time|ever|again|for real))(?<=\b(?:going|heading|walking|driving|off|cycling|getting the train|taking the train) (?:out |up |down |back )?to (?:the |a |that )?(?:[a-z]+\x20){0,4}?(?:bridge|cliff|cliffs|tracks|railway|station|roof|rooftop|sea|beach|river|lake|woods|forest|mountains?|tower|car park|parking garage|motorway|overpass|pier|dam|viaduct|quarry|crossing)\b[^]{0,80}?\b(?:(?:i am |i |and i am |and )?(?:not|never) (?:coming|going) (?:back|home)|(?:wont|will not) (?:be )?(?:coming|come) (?:back|home)|one way))`,
    ),
  },

  // --------------------------------------------------------------- means
  {
    id: "en.means.stockpile",
    level: "crisis",
    category: "means",
    pattern: en(
      String.raw`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stocking up on|stocked up on|building up|save up|saving up) (?:up )?(?:my |all my |the |some |enough )?(?:pills|meds|medication|medications|tablets|sleeping pills|painkillers|pain killers|paracetamol|tylenol|xanax|insulin|antidepressants)\b|\benough (?:pills|meds|tablets|painkillers|sleeping pills|medication|insulin) (?:to (?:do it|die|end|kill|overdose|od)|saved|stored|stockpiled)\b|\b(?:pills|meds|tablets|painkillers|sleeping pills|medication) (?:saved|stockpiled|hoarded|stashed|put aside|set aside)(?: up)?\b`,
    ),
  },
  {
    id: "en.means.rope",
    level: "crisis",
    category: "means",
    pattern: en(
      String.raw`\b(?:have|got) (?:the|my|all the|enough) (?:pills|rope|noose|gun|blades?|charcoal) (?:ready|prepared|lined up|counted out|set aside)\b|\b(?:counting|counted|lined up|lining up|laid out|laying out|sorting out) (?:out |up )?(?:my |the |all )?(?:pills|meds|tablets)\b|\bnoose\b|\b(?:bought|buying|got|tied|tying|made|ready|set up|setting up|hung|put up) (?:a |the |some |my |up (?:a |the )?)?ropes?\b(?!\x20(?:course|ladder|swing|toy|light|lights|bridge))`,
    ),
  },
  {
    id: "en.means.weapon",
    level: "concern",
    category: "means",
    pattern: en(
      String.raw`\b(?:bought|got|have|loaded|holding|found) (?:a |the |my )?(?:dads |fathers |moms )?(?:gun|pistol|handgun|rifle|shotgun|firearm)\b|\bexit bag\b|\brazor blades?\b`,
    ),
  },

  {
    // Going back to look at a rope or a gun, or thinking about it again and again.
    id: "en.means.dwelling",
    level: "crisis",
    category: "means",
    pattern: phrase(
      String.raw`\b(?:rope|noose|gun|guns|pistol|rifle|shotgun|firearm|handgun)\b${NOT_A_ROPE}(?:(?<=\b(?:keep|kept|cant stop|been|always) (?:going (?:down |up |back |out )?(?:to |and )?(?:look at|looking at|check on|check|see|touch)|thinking about|looking at|staring at|checking on|touching|holding|going to look at) (?:(?:the |my |his |her |our |that |a )(?:[a-z]+\x20)?|(?:dads|mums|moms|fathers|brothers|uncles|grandads|grandpas) )(?:rope|noose|gun|guns|pistol|rifle|shotgun|firearm|handgun))(?!\x20(?:swing|skins?|game|ladder|course|bridge|toy))|(?:(?!\bgame\b)[^]){0,120}?\bi (?:keep|kept|always|cant stop|have been|been|am always|keep on|go|went) (?:(?:out|down|up|in|over|back) there )?(?:going (?:down |up |back |out )?(?:to |and )?(?:look at|looking at|check on|checking on|see|touch)|thinking about|looking at|staring at|checking on|checking|touching|holding|taking out|getting out|visiting|(?:down |up |back )?to (?:look at|check on|touch)) (?:it|them|that)\b)`,
    ),
  },
  {
    // A car running in a shut garage, charcoal in a sealed room.
    id: "en.means.fumes",
    level: "crisis",
    category: "means",
    pattern: phrase(
      String.raw`\bgarage\b(?:(?=[^.]{0,80}?\b${ENGINE_ON}\b)|(?<=\b${ENGINE_ON}\b[^.]{0,80}?garage))(?:(?=[^.]{0,80}?\b${SHUT_IN}\b)|(?<=\b(?:${SHUT_IN}\b[^.]{0,80}?garage|(?:shut|closed|sealed|locked) garage)))|\bhose (?:from|on|onto|to|in|into) (?:the )?exhaust\b|\bexhaust (?:pipe )?(?:into|through) (?:the )?(?:car|window)\b|\b(?:charcoal|bbq|barbecue|disposable grill)\b[^.]{0,40}?\b(?:sealed|closed|taped|tape up|shut)\b[^.]{0,20}?\b(?:room|bathroom|car|tent|windows?|doors?)\b`,
    ),
  },
  {
    // Looking down from a height and thinking how quick it would be.
    id: "en.means.looking-down",
    level: "crisis",
    category: "means",
    pattern: phrase(
      String.raw`\b(?:thinking|wondering|thought|imagining|imagine|picturing)\b(?:(?<=\b(?:looking|look|looked|staring|stare|stared|peering|peer|leaning|lean|leant|leaned) (?:down|over(?: the (?:edge|railing|balcony|side))?|out (?:of )?the window)\b[^.]{0,60}?\b(?:thinking|wondering|thought|imagining|imagine|picturing))(?=[^.]{0,30}?(?:\b(?:it|that|itd|itll)(?: would| will| d| ll|d|ll)? be (?:so )?(?:quick|easy|fast|painless|over quickly|over fast)(?=\x20?(?:$|[.,]|and|or|tbh|honestly|if i|that way))|\b(?:about )?(?:jumping(?!\x20(?:to|on|in|into|at|back|ahead|around|between|up|the|ship|rope))|letting go(?!\x20of)|stepping off|falling(?!\x20(?:asleep|behind|in love|for|apart)))\b|\bhow (?:easy|quick|fast|simple) it (?:would|could|d|will) be\b|\bwhat (?:if i|would happen if i) (?:jumped|fell|let go|stepped off|leaned)\b|\b(?:if|whether) (?:the fall|it) would (?:kill|be enough)\b))|(?<=\b(?:floor|storey|story|balcony|window|roof|rooftop|ledge|edge|bridge|cliff|platform|tracks)\b[^.]{0,80}?\b(?:thinking|thought|wondering|imagining))(?=[^.]{0,20}?\b(?:it|that|itd|itll)(?: would| will| d| ll|d|ll)? be (?:so )?(?:quick|easy|painless|fast|over quickly)(?=\x20?(?:$|[.,]|and|tbh|honestly))))`,
    ),
  },
  {
    // A rope or noose that is up or ready, or named with tonight.
    id: "en.means.rope-ready",
    level: "crisis",
    category: "means",
    pattern: en(
      String.raw`\b(?:rope|noose)${NOT_A_ROPE}(?:s|\x20is|\x20are|\x20s)? (?:already |all |finally |now )?(?:up|hung|ready|set up|in place|tied|on the (?:beam|door|ceiling|banister|bannister|hook|pipe|railing|loft hatch))\b(?!\x20(?:for|to|on the (?:wall|line)|with))|\b(?:rope|noose)\b${NOT_A_ROPE}[^.]{0,20}?\b(?:tonight|right now)\b`,
    ),
  },

  // --------------------------------------------------------------- method questions
  {
    id: "en.method-question.way-to-die",
    level: "crisis",
    category: "method-question",
    pattern: en(
      String.raw`\b(?:painless|painlessly|easiest|easy|quickest|quick|fastest|fast|best|surest|sure|simplest|peaceful|peacefully|least painful|most painless|most effective|effective|reliable|cleanest|quietest|good|quiet|gentle) (?:way|ways|method|methods|means) (?:to |of |for )?(?:die|dying|kill (?:myself|yourself|oneself|urself)|end (?:my|your|ones|a) life|commit suicide|suicide|unalive|go(?=\x20?(?:$|[.,]))|od|overdose|hang|end it)\b|\bhow (?:to|can i|could i|do i|do you|would i|should i|does one|can you|can someone) ${ADV}(?:die|kill (?:myself|yourself|oneself|urself)|end (?:my|your) life|commit suicide|overdose|od|hang (?:myself|yourself)|unalive|slit (?:my|your) wrists?)\b`,
    ),
  },
  {
    id: "en.method-question.how-much",
    level: "crisis",
    category: "method-question",
    pattern: en(
      String.raw`\bhow (?:many|much)\x20[^.]{0,40}?\b(?:to|would|will|does it take to|do i need to|until|can|could)\b[^.]{0,30}?\b(?:kill|die|dying|overdose|od|lethal|fatal|deadly|stop (?:my|your|a) heart|not wake up|never wake up|sleep forever)\b|\b(?:less|least|more|most) (?:painful|painless|quick|quicker|lethal|reliable|peaceful)\b[^.]{0,30}?\b(?:hanging|pills|overdos\w*|od|jumping|drowning|cutting|wrists|gun)\b|\b(?:hanging|pills|overdos\w*|jumping|drowning)\b[^.]{0,30}?\b(?:less|least|more|most) (?:painful|painless|quick|lethal|reliable|peaceful)\b|\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|quantity|level|limit)\b|\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|a person) (?:take|takes|took|swallow|swallows|swallowed|od on|overdose on) (?:like |over |about )?(?:[5-9]|\d{2,}|all|a whole|a lot of|too many|an entire|the whole)\b`,
    ),
  },
  {
    id: "en.method-question.how-long-painful",
    level: "crisis",
    category: "method-question",
    pattern: en(
      String.raw`\bhow long (?:does it|would it|will it|until|before|till|do you|does one|can you) (?:take )?(?:to )?(?:[a-z]+\x20)?(?:die|bleed out|suffocate|drown|pass out|lose consciousness|stop breathing)\b|\b(?:is|does|would|will|how) (?:hanging|drowning|overdosing|jumping|bleeding out|suffocating|dying|an overdose|oding|slitting (?:your|my) wrists|cutting (?:your|my) wrists|getting hit by a train) (?:[a-z]+\x20)?(?:painful|hurt|quick|painless|fast|slow|peaceful|work|lethal|fatal)\b|\bhow (?:high|tall|far|many floors|many stories|many storeys)\x20[^.]{0,40}?\b(?:die|kill|fatal|lethal)\b|\b(?:where|how) (?:can|do|could) (?:i|you) (?:buy|get|find) (?:a )?(?:gun|rope|noose|exit bag|lethal|barbiturates|nembutal|pentobarbital|cyanide|poison)\b`,
    ),
  },

  {
    // Two ways of dying weighed against each other ("is it quicker w a train or jumping"). The
    // match is the comparative alone, the methods around it are looked for on either side.
    id: "en.method-question.compare",
    level: "crisis",
    category: "method-question",
    pattern: phrase(
      String.raw`\b${COMPARATIVE}\b(?:(?=[^.]{0,30}?\b${METHOD_PAIR})|(?<=\b${METHOD_PAIR}[^.]{0,30}?\b${COMPARATIVE})|(?<=\b${STRONG_METHOD}\b[^.]{0,20}?\b${COMPARATIVE})(?=\x20?(?:than|or)\x20(?:with |by |using )?(?:a |the )?${ANY_METHOD}\b)|(?<=\b${WEAK_METHOD}\b[^.]{0,20}?\b${COMPARATIVE})(?=\x20?(?:than|or)\x20(?:with |by |using )?(?:a |the )?${STRONG_METHOD}\b))`,
    ),
  },
  {
    // "If I took all my mum's pills would that be enough".
    id: "en.method-question.enough",
    level: "crisis",
    category: "method-question",
    pattern: phrase(
      String.raw`\b${PILLS}\b[^]{0,80}?\b(?:would|will|is|are|could|might) (?:that|it|this|they|those|these|\d+) (?:be )?enough\b(?!\x20(?:for|to (?:help|work|sleep|fix|stop the pain|get rid|calm|relax|treat|last)))|\bwould (?:like |about |maybe )?(?:[5-9]|\d{2,}|all|a whole|the whole|an entire|a (?:box|pack|bottle|packet|strip) of) (?:of )?(?:my |the |them |these |those |her |his |mums |moms |dads )?(?:[a-z]+\x20){0,2}?${PILLS} (?:be )?enough\b(?!\x20(?:for|to (?:help|work|sleep|fix|stop the pain|get rid|calm|relax|treat|last)))`,
    ),
  },

  // --------------------------------------------------------------- preparation
  {
    id: "en.preparation.note",
    level: "crisis",
    category: "preparation",
    pattern: en(
      String.raw`\bsuicide (?:note|notes|letter|letters)\b|\b(?:wrote|writing|written|write|left|leave|leaving|finished|drafted) (?:a |my |the )?(?:goodbye|farewell|last|final) (?:letter|letters|note|notes|video|message|messages)\b`,
    ),
  },
  {
    id: "en.preparation.affairs",
    level: "crisis",
    category: "preparation",
    pattern: en(
      String.raw`\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my )?(?:things|stuff|belongings|possessions|everything|pets?|cat|dog|games|collection|savings)\b|\b(?:giving|gave|give|given) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|savings) away\b|\b(?:affairs|things|everything) in order\b|\b(?:after|when|once|for after|for when|by the time) (?:i am|i will be|i)? ?(?:gone(?!\x20(?:for|to|on|out|from|away|shopping))|dead|no longer here|not here anymore|not around anymore)\b`,
    ),
  },

  {
    // Letters to several people at once, not for an occasion: goodbye letters unnamed.
    id: "en.preparation.letters",
    level: "crisis",
    category: "preparation",
    pattern: phrase(
      String.raw`\b(?:wrote|written|writing|write|left|leaving|finished|drafted|typed) (?:some |a few |the |my |all the |little )?letters (?:to|for) (?:each of |all of )?(?:everyone|everybody|my family|all my|each (?:of them|person)|my (?:[a-z]+) and (?:my )?[a-z]+|(?:mum|mom|dad) and)`,
    ),
  },
  {
    // Closing one's life down "before I go": accounts deleted, things sorted, goodbyes said.
    id: "en.preparation.before-i-go",
    level: "crisis",
    category: "preparation",
    pattern: phrase(
      String.raw`\b(?:(?:deleted|deleting|delete|wiped|wiping|closed|closing|cancel+ed|cancel+ing) (?:all (?:of )?my|all|every|my) (?:[a-z]+\x20)?(?:accounts?|socials|social media|profiles?|data|photos|pictures|posts|messages|history|subscriptions)|(?:deleted|deleting|wiped|wiping) everything|(?:tying|tied|tie) up (?:all )?(?:my )?loose ends|(?:sorting|sorted|sort) (?:out )?(?:all )?my (?:stuff|things|affairs|belongings)|saying (?:my )?goodbyes|(?:giving|gave) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings)(?: away)?)\b[^]{0,100}?\bbefore i (?:go|leave|die|am gone|disappear)(?=\x20?(?:$|[.,]|for good|forever|for ever|tbh|honestly))`,
    ),
  },
  {
    // A pet rehomed, or things given away, behind a cover story ("told her I was moving. I'm not").
    id: "en.preparation.cover-story",
    level: "crisis",
    category: "preparation",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:${REHOME_PET}|(?:giving|gave|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|games|collection|(?:[a-z]+\x20)?${PET})(?: away| to)?)\b[^]{0,120}?(?:\b(?:told|telling|tell|said|saying)\b[^.]{0,40}?\b(?:i was|i am|that i was|that i am|i would be|i will be|i am going to be)\b[^.]{0,15}?\b(?:moving|going away|going abroad|leaving|travelling|traveling|emigrating|relocating)\b[^]{0,40}?\b(?:(?:but )?i am not(?:\x20(?:moving|going|leaving|really))?|(?:but )?i (?:wont|will not) be|(?:its|it is|that is|thats|it was|that was) (?:not true|a lie)|i lied|a lie)|\b(?:lied|lying|pretended|pretending|made up)\b[^.]{0,40}?\b(?:moving|going away|going abroad|leaving|travelling|traveling|emigrating|relocating))\b`,
    ),
  },
  {
    // A pet rehomed with no reason given: a warning sign, a crisis with a cover story.
    id: "en.preparation.rehome-pet",
    level: "concern",
    category: "preparation",
    pattern: en(String.raw`\b${REHOME_PET}\b`),
  },

  // --------------------------------------------------------------- farewell
  {
    id: "en.farewell.goodbye",
    level: "crisis",
    category: "farewell",
    pattern: en(
      String.raw`\b(?:goodbye|good bye|farewell|so long) (?:everyone|everybody|world|forever|for good|for ever|cruel world|for the last time|all of you)\b|\bbye (?:forever|for good|for ever|cruel world|world|for the last time)\b|\b(?:want|wanted|need|needed|came|wanna) to say (?:my )?(?:goodbye|goodbyes|bye|farewell)\b|\bsa(?:id|y|ying) (?:my )?(?:last |final )?goodbyes\b(?!\x20to (?:the |my |our )?(?:old |new )?(?:house|flat|apartment|school|room|town|city|place|job|office|team|class|dog|cat|neighbou?rs?))|\bthis is (?:my )?(?:last|final) (?:message|goodbye|words|post|text|time (?:talking|writing|messaging))\b|\b(?:this is|its) (?:my )?goodbye\b|\b(?:my|these are my) (?:last|final) words\b|\bif (?:you|they|anyone) (?:dont|do not|never) hear from me (?:again|tomorrow|by|after|anymore)\b|\b(?:you|they|nobody|no one|everyone) (?:wont|will not|will never|ll never|wont ever|will not ever|never) (?:hear from|see|talk to|hear) (?:me|from me) (?:again|anymore|ever again|after (?:today|tonight))\b`,
    ),
  },
  {
    // "gn forever", "goodnight for the last time".
    id: "en.farewell.goodnight-forever",
    level: "crisis",
    category: "farewell",
    pattern: phrase(
      String.raw`\b(?:gn|good night|goodnight|night night|nighty night|gnight|nite) (?:everyone |everybody |all |guys |yall |world |komorebi )?(?:forever|for ever|for good|for the last time|permanently)(?=\x20?(?:$|[.,]|everyone|everybody|all\b|guys|yall|x+\b))`,
    ),
  },
  {
    id: "en.farewell.tell-them",
    level: "crisis",
    category: "farewell",
    pattern: en(
      String.raw`(?<!\b(?:should i|how do i|how can i|how to|want to|going to|will|can i|could i|do i|i will|ill|i) )\btell (?:my [a-z]+|everyone|everybody|them|her|him) (?:that )?i (?:am sorry|am so sorry|was sorry|tried|loved (?:them|her|him|you|everyone)|love (?:them|her|him|you|everyone|them all))\b`,
    ),
  },
  {
    id: "en.farewell.thanks-for-everything",
    level: "concern",
    category: "farewell",
    pattern: en(
      String.raw`\b(?:thank you|thanks|thx) for everything\b|\bsorry for everything\b|\bsorry for being (?:a burden|like this|born)\b`,
    ),
  },

  {
    // "This is the last time": with a goodbye or thanks, or as the last time of talking.
    id: "en.farewell.last-time",
    level: "crisis",
    category: "farewell",
    pattern: phrase(
      String.raw`\b(?:this is|this will be|thats|that was|this was|its) (?:the|my) (?:last|final) time (?:i (?:talk|speak|write|message|text|chat|reach out|come here)|(?:you|anyone|anybody|they)(?:\x20will|\x20ll|ll)? (?:hear|see|talk)|we (?:talk|speak|chat)|talking|writing|messaging|texting|chatting|ill (?:talk|speak|write|message|text))\b(?!\x20(?:about|like this|this way|tonight|today|this (?:week|month|year|morning|evening)|for (?:now|a while|today|tonight)|before|until|till|in a while)\b)|\b(?:thank you|thanks|thx|goodbye|good bye|bye|farewell|take care|love you|sorry)\b[^]{0,100}?\b(?:this is|this will be|its) (?:the|my) (?:last|final) time(?=\x20?(?:$|[.,]))|\b(?:this is|this will be|its) (?:the|my) (?:last|final) time(?:\x20?[.,]|$)[^]{0,60}?\b(?:goodbye|good bye|bye|farewell|take care|thank you|thanks|love you|sorry for)\b`,
    ),
  },
  {
    // "I'm not coming back", with nothing said about where from.
    id: "en.farewell.not-coming-back",
    level: "concern",
    category: "farewell",
    pattern: phrase(
      String.raw`\bi (?:am |will )?(?:not|never|wont|will not) (?:be )?coming back(?=\x20?(?:$|[.,]|this time|ever|again))`,
    ),
  },

  // --------------------------------------------------------------- attempt in progress
  {
    id: "en.attempt-in-progress.took-pills",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:took|taken|swallowed|downed|ate) ${PILL_AMOUNT} (?:of )?(?:my |the |these |those |her |his |their |mums |moms |dads )?(?:[a-z]+\x20){0,2}?${PILLS}\b(?!\x20(?:off|out|to|away|from|back|with me|into)\b)|\b(?:already|just) (?:taken|took|swallowed) (?:the|my|all|all my|all the) ${PILLS}\b|\b(?:took|taken|swallowed|downed|ate) (?:everything|all|whatever (?:was|i could find)) (?:in|from) (?:the |my |our )?(?:medicine|meds|pill|bathroom|first aid) ?(?:cabinet|cupboard|drawer|box|kit)\b`,
    ),
  },
  {
    // Pills already named: "already took them. like 30", "swallowed them all".
    id: "en.attempt-in-progress.took-them",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:swallowed|downed) (?:them|those|these) all\b|\b(?:swallowed|downed|took|taken|had) (?:them|those|these) all(?=\x20?(?:$|[.,]|already|now|at once|an hour|earlier|i think))|\b(?:swallowed|downed|took|taken) all (?:of )?(?:them|those|these)(?=\x20?(?:$|[.,]|already|now|at once|an hour|earlier|i think))|\b(?:took|taken|swallowed|downed) (?:them|those|these)(?: all)?(?:\x20?[.,]\x20?(?:like |about |around |over |maybe |nearly |almost |probably |at least )?|\b[^.]{0,30}?\b(?:like|about|around|over|maybe|nearly|almost|probably|at least)\x20)(?:[5-9]|[1-9]\d|\d{3})\b(?!\x20?(?:min|mins|minutes|hours|hrs|seconds|secs|days|years|times|pics|photos|steps|km|miles|kids|people|dogs|am|pm))`,
    ),
  },
  {
    id: "en.attempt-in-progress.overdosed",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(String.raw`\b(?:overdosed|overdosing|oded)\b|\bi (?:just |already )?(?:odd|od)\b`),
  },
  {
    id: "en.attempt-in-progress.at-the-edge",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:i am|currently|standing|sitting|sat|stood|perched|balancing) (?:standing |sitting |sat |stood |now |right now |already )?(?:on|at|by) (?:the |a |this |my )?(?:train |railway |rail |subway )?(?:edge(?!\x20of)|ledge|railing|cliff|(?:tracks|railway|railroad)(?!\x20(?:station|crossing|museum|bridge|company|line|of)\b))\b|\b(?:standing|sitting|sat|stood|climbed|climbing|perched) (?:on|onto|up|over) (?:the |a |this )?(?:bridge|roof|rooftop|railing|balcony railing|top of (?:the|a) (?:building|bridge|parking garage|tower))\b(?!\x20(?:team|club|game))`,
    ),
  },
  {
    // On a bridge's or a balcony's railing, a ledge, the wrong side of the barrier.
    id: "en.attempt-in-progress.on-the-railing",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: phrase(
      String.raw`\b(?:i am|sat|sitting|standing|stood|perched|balancing|crouching|climbed|climbing|leaning) (?:on|over|onto|out over|up on) (?:the |a |this |my |our )?(?:bridge|balcony|roof|rooftop|building|car park|parking garage|overpass|motorway|cliff|tower|platform|station|window|fire escape) (?:railing|railings|rail|ledge|parapet|barrier|guardrail|edge|wall)\b|\b(?:i am|sat|sitting|standing|stood|perched|balancing|crouching) (?:on|at) (?:the |a |this )?(?:ledge|parapet|edge of (?:the |a |this )?(?:roof|rooftop|building|bridge|cliff|platform|balcony|tower|car park|parking garage))\b|\b(?:on|climbed (?:over )?to|climbing (?:over )?to|over to|standing on|sitting on|sat on) the (?:wrong|outer|outside|other) side of the (?:railing|railings|barrier|guardrail|safety (?:rail|railing|fence|barrier)|balcony|bridge railing)\b`,
    ),
  },
  {
    // A roof or a bridge alone is where people also are for ordinary reasons: a concern,
    // made a crisis by the escalation when another warning sign stands beside it.
    id: "en.attempt-in-progress.high-place",
    level: "concern",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:i am|currently) (?:now |right now |already )?(?:on|at) (?:the |a |this )?(?:bridge|roof|rooftop|top of (?:the|a) (?:building|bridge|parking garage|tower))\b(?!\x20(?:team|club|game|call|project|crew|terrace|garden|bar|deck|pool|party))`,
    ),
  },
  {
    id: "en.attempt-in-progress.bleeding",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:wont|will not|cant|doesnt|does not|isnt|is not|wouldnt) stop bleeding\b|\bbleeding (?:a lot|so much|everywhere|heavily|badly|out)\b|\bcut too deep\b|\b(?:lost|losing) (?:a lot of|so much|too much) blood\b|\bblood everywhere\b|\b(?:the )?(?:rope|noose|pills|gun|note|chair)${NOT_A_ROPE} (?:is|are) (?:all )?(?:ready|tied|set up|loaded|in place|prepared)\b`,
    ),
  },

  // --------------------------------------------------------------- self-harm
  {
    id: "en.self-harm.act",
    level: "concern",
    category: "self-harm",
    pattern: en(
      String.raw`\b(?:cut|cutting|cuts|burned|burnt|burning|burn|hurt|hurting|hurts|harm|harming|scratched|scratching|hit|hitting|punched|punching|bit|biting|bruised|bruising|carved|carving|scarred|starve|starving|choke|choking|strangle|strangling) myself\b|\b(?:cut|cutting|carved|carving|slit|slitting|scratched|scratching|burned|burning) my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hips?)\b|\bself harm\b|\bself injur(?:y|e|ing|ed)\b|\b(?:been|started|start|keep|kept|back to) cutting\b|\bcutting again\b|\brelapsed\b`,
    ),
  },
  {
    // "Cut again tonight", "200 days clean gone": a relapse, one act unless more is said.
    id: "en.self-harm.relapse",
    level: "concern",
    category: "self-harm",
    pattern: phrase(
      String.raw`\bagain\b(?<=(?:^|[.,]\x20?|\bi\x20(?:just\x20)?|\band\x20)(?:cut|burned|burnt) again)(?!\x20(?:from|by|off|out))|\bclean\b(?<=\b(?:broke|broken|lost|gone|reset|ruined|ended|threw away|there goes) (?:my )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) (?:days?|weeks?|months?|years?) (?:of being )?clean)|\bclean (?:gone|over|ruined|reset|broken|down the drain|wasted)\b(?<=\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days?|weeks?|months?|years?) clean (?:gone|over|ruined|reset|broken|down the drain|wasted))`,
    ),
  },
  {
    // Hurting oneself against walls and doors, or hitting oneself again and again.
    id: "en.self-harm.hitting",
    level: "concern",
    category: "self-harm",
    pattern: phrase(
      String.raw`\b(?:bang|banging|bangs|banged|bash|bashing|bashed|slam|slamming|slammed|smash|smashing|smashed) my (?:head|face) (?:against|into|on|off) (?:the |a |my )?(?:wall|walls|door|doors|desk|table|floor|mirror|headboard)\b|\b(?:keep|kept|been|started|start) (?:hitting|banging|bashing|punching|slapping|smashing|scratching|pinching|biting) (?:my (?:head|face|arms?|legs?|thighs?|self)|myself)\b|\b(?:hit|hitting|punched|punching|punch) (?:my (?:head|face)|myself|the wall|walls|a wall)\b[^.]{0,30}?\b(?:until|till|on purpose|over and over|again and again|so hard (?:that )?(?:i|my|it)|repeatedly|to (?:feel|stop|punish|calm))\b`,
    ),
  },
  {
    id: "en.self-harm.themselves",
    level: "concern",
    category: "self-harm",
    pattern: en(
      String.raw`\b(?:hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns|starve|starving|starves) (?:himself|herself|themselves|themself)\b`,
    ),
  },
  {
    id: "en.self-harm.escalating",
    level: "crisis",
    category: "self-harm",
    negatable: false,
    pattern: en(
      String.raw`\b(?:cuts|cutting|burns|self harm|scars|wounds) (?:are|is|have been|has been|keep|keeps|getting|got|gets) (?:getting |going )?(?:deeper|worse|more frequent|more often|out of (?:hand|control))\b|\bdeeper (?:every|each) time\b|\bcut\b[^.]{0,30}\bstitches\b|\bcut (?:so |too |really |very |extra )deep\b|\b(?:cant|cannot|can not) stop (?:cutting|hurting myself|harming myself|self harming|burning myself)\b|\b(?:cutting|self harm|harming myself|hurting myself|cutting myself) (?:is |has |keeps )?(?:getting|got|gotten) (?:worse|deeper|more)\b|\b(?:cut|cutting|burned|burning|hurt|hurting|harmed|harming) myself\b[^.]{0,30}\b(?:its|it is|thats|and it is|and its) (?:getting|got|gotten) (?:worse|deeper|more often|out of (?:hand|control))\b`,
    ),
  },

  // --------------------------------------------------------------- danger at home
  {
    id: "en.danger-at-home.hurt-by-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: en(
      String.raw`\b${HOME_SUBJECT}\b[^.]{0,40}?\b(?:(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|hurts|hurt|hurting|abuses|abused|abusing|attacks|attacked|attacking|threatens|threatened|threatening|pushes|pushed|shoves|shoved|throws (?:things|stuff) at|threw [^.]{0,20}?at|locks|locked|lock|stabbed|stabs|burns|burned|rapes|raped|touches|touched|grabs|grabbed|drags|dragged|whips|whipped|tied up) (?:[a-z]+\x20)?(?:me|us|my (?:mom|mum|mother|dad|father|brother|sister|wife|husband|son|daughter|kids?|children|baby|grandma|grandpa))\b${NOT_A_GAME})|\b(?:he|she)(?: always| keeps| still| often| sometimes| just| then)? (?:(?:hits|hit|beats|beat|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangles|strangled|stabbed|rapes|raped) (?:me|us)\b${NOT_A_GAME})`,
    ),
  },
  {
    // Hands around the neck, a head slammed into the wall, dragged by the hair.
    id: "en.danger-at-home.neck-and-head",
    level: "crisis",
    category: "danger-at-home",
    pattern: phrase(
      String.raw`\b${HOME_SUBJECT}\b[^.]{0,40}?\b(?:(?:grabbed|grabs|grabbing|squeezed|squeezes|squeezing|choked|chokes|choking|strangled|pinned|held|holds|put (?:his|her|their) hands? (?:around|on)|had (?:his|her|their) hands? (?:around|on)|wrapped (?:his|her|their) hands? around|pressed on) (?:me by )?(?:my|me by the) (?:neck|throat)\b(?!\x20(?:pillow|warmer|chain|lace|tie|brace|cushion|massager|scarf))|(?:slammed|slams|smashed|banged|bashed) my (?:head|face) (?:into|against|on)\b|(?:dragged|drags|pulled|pulls|yanked|yanks) me (?:by (?:my |the )?(?:hair|arm|neck|collar|throat)|across the (?:floor|room)|down the (?:stairs|hall))\b)|\b(?:he|she)(?: always| keeps| still| often| sometimes| just| then)? (?:(?:grabbed|grabs|grabbing|squeezed|squeezes|squeezing|choked|chokes|choking|strangled|pinned|held|holds|put (?:his|her|their) hands? (?:around|on)|had (?:his|her|their) hands? (?:around|on)|wrapped (?:his|her|their) hands? around|pressed on) (?:me by )?(?:my|me by the) (?:neck|throat)\b(?!\x20(?:pillow|warmer|chain|lace|tie|brace|cushion|massager|scarf)))`,
    ),
  },
  {
    id: "en.danger-at-home.kill-threat",
    level: "crisis",
    category: "danger-at-home",
    pattern: en(
      String.raw`\b${HOME_SUBJECT}\b[^.]{0,30}?\b(?:will|would|is going to|are going to|going to|wants to|tried to|try to|tries to|threatened to|threatens to|swore to|hell|shell|theyll|hes going to|shes going to|says he will|says she will|said he would|said she would|hed|shed) ${ADV}(?:(?:kill|stab|shoot|strangle|choke|murder|hurt|burn|cut|beat) (?:me|us)\b${NOT_A_GAME}|beat (?:me|us) up|break (?:my|our) (?:neck|legs?|arms?|face|jaw|bones|fingers)|smash (?:my|our) (?:face|head) in|bash (?:my|our) (?:head|face) in)\b`,
    ),
  },
  {
    id: "en.danger-at-home.weapon",
    level: "crisis",
    category: "danger-at-home",
    pattern: en(
      String.raw`\b(?:waving|swinging|pointing|brandishing|came at me with|chasing me with|chased me with|threatening (?:me|us|my mom|my dad|everyone) with|threatened (?:me|us) with|pulled) (?:a |the |his |her |their )?(?:knife|gun|knives|weapon|bat|hammer|axe|blade|machete)\b|\b(?:domestic (?:violence|abuse)|abused at home|abuse at home|being abused|violence at home|abusive (?:dad|father|mom|mum|mother|parents?|husband|wife|partner|boyfriend|girlfriend|home|step ?dad|step ?father|step ?mom|family|brother))\b`,
    ),
  },
  {
    id: "en.danger-at-home.harm-to-family",
    level: "crisis",
    category: "danger-at-home",
    pattern: en(
      String.raw`\b(?:want to|going to|might|will|ill|afraid i will|afraid ill|scared i will|scared ill|could|feel like i could|thinking about|think about|thinking of|about to|worried i will|worried ill|urge to|urges to|thoughts? (?:about|of)|keep imagining|keep picturing) ${ADV}(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|strangle|strangling|smother|smothering|drown|drowning|murder|murdering|attack|attacking|hit|hitting|beat|beating|poison|poisoning) (?:my )?(?:(?:little|baby|big|older|younger|own|twin|newborn|infant|toddler)\x20)?(?:dad|father|mom|mum|mother|step ?dad|step ?father|step ?mom|brother|sister|husband|wife|parents|family|son|daughter|grandma|grandpa|grandmother|grandfather|baby|kids|children|kid|child|partner)\b${NOT_A_GAME}`,
    ),
  },
  {
    // Someone at home smashing or throwing things, punching walls and doors.
    id: "en.danger-at-home.violence",
    level: "crisis",
    category: "danger-at-home",
    pattern: phrase(
      String.raw`\b${HOME_SUBJECT}(?:\x20s|\x20is|\x20has been|\x20keeps|\x20was|\x20started|s)?\b[^.]{0,40}?\b(?:smashing|smashed|smashes|throwing|threw|throws|breaking|broke|breaks|punching|punched|punches|kicking|kicked|kicks) (?:(?:all|up|around) )?(?:things|stuff|everything|furniture|the furniture|plates|dishes|glasses|bottles|chairs|the place|the house|doors?|the doors?|walls?|the walls?|holes? in the (?:walls?|doors?)|the tv|my (?:door|bedroom door))\b(?!\x20(?:out|away|in the bin|into the bin|to (?:charity|the tip)))`,
    ),
  },
  {
    id: "en.danger-at-home.family-attempt",
    level: "crisis",
    category: "danger-at-home",
    pattern: en(
      String.raw`\b(?:my|our) (?:[a-z]+\x20)?(?:son|daughter|kid|child|brother|sister|mom|mum|mother|dad|father|husband|wife|partner|grandma|grandpa|grandmother|grandfather|parents?|step ?dad|step ?mom|boyfriend|girlfriend|roommate)\b[^.]{0,40}?\b(?:(?:took|swallowed|downed|ate)\x20[^.]{0,25}?\b(?:pills|tablets|meds|bottle|medication|pack)|overdosed|cut (?:his|her|their) (?:wrist|wrists|throat)|hanged|is hanging|tried to (?:kill|hang) (?:himself|herself|themselves)|(?:wont|will not|doesnt|does not|cant) wake up|(?:isnt|is not|not) breathing|unconscious|unresponsive)\b`,
    ),
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
    pattern: gated(
      "wake",
      String.raw`\bwake\b(?<=\b(?:hope|hoping|hoped|pray|praying|wish|wishing)\b[^.]{0,40}?\bi (?:(?:shall|will|would|might|may|just|simply|really|honestly) )?(?:not|never|dont|do not|wont|will not|wouldnt|would not|didnt|did not|shall not)(?: ever)? wake)(?: up)?(?: again)?(?=\x20?(?:$|[.,]|again|ever|tomorrow|in the morning|after|anymore|any more|at all|one (?:day|morning)|this time|tbh|honestly|not joking|lol))`,
    ),
  },
  {
    // "When Mother goes, I shall go too", "when the money runs out, that is when I'll go".
    id: "en.plan.when-they-go",
    level: "crisis",
    category: "plan",
    pattern: gated(
      "goes|dies|die|passes|pass|gone|passed|runs|run|dries|spent",
      String.raw`\b(?:when|once|after|the day) (?:my |our )?(?:mother|mum|mom|father|dad|parents?|grandma|grandmother|grandpa|grandfather|nan|gran|grandad|husband|wife|partner|sister|brother|cat|dog|pet|the money|my money|the savings|my savings|the cash|the pension|the inheritance|it all|everything) (?:goes|dies|die|passes(?: away)?|pass away|is gone|are gone|has gone|have gone|has passed|runs out|run out|dries up|is spent)\b(?!\x20(?:to|out|in|on|into|through|up|down|back|away|home|for|by|shopping|with|off|over|bad|wrong)\b)[^]{0,60}?\b(?:i|ill)\b(?:\x20(?:shall|will|am going to|intend to|plan to|want to|too))?\x20(?:go|follow (?:her|him|them)|die|end it|end things|end my life|be gone|kill myself)(?=\x20?(?:$|[.,]|too|as well|for good|then))`,
    ),
  },
  {
    // "I have decided that will be my last day", "my last night on earth".
    id: "en.plan.last-day",
    level: "crisis",
    category: "plan",
    pattern: gated(
      "last|final",
      String.raw`\bmy (?:last|final)(?: (?:day|night|week|weekend|winter|summer|spring|autumn|christmas|birthday|month|year))?\b(?:(?<=\b(?:decided|chosen|chose|picked|made up my mind|settled on)\b[^]{0,60}?\b(?:will|shall|is going to|would|ll|should|to|is|s)? ?be my (?:last|final)(?: (?:day|night|week|weekend|winter|summer|spring|autumn|christmas|birthday|month|year))?)(?!\x20(?:at|of|in|on|with|off|before|as|for|day|night|time|one|chance|shift|exam|lesson|class|go|try|attempt)\b)|(?=\x20(?:on (?:this )?earth|alive|in this world|of (?:being alive|life|my life)|breathing)\b))`,
    ),
  },
  {
    // Pills named, then "I keep counting them"; "I keep counting Father's tablets".
    id: "en.means.pills-dwelling",
    level: "crisis",
    category: "means",
    pattern: gated(
      "pills|tablets|meds|medication|painkillers|capsules",
      String.raw`\b(?:pills|tablets|meds|medication|painkillers|capsules)\b(?:(?=[^]{0,120}?\bi (?:keep|kept|have been|been|cant stop|am always|keep on) (?:counting|recounting|staring at|looking at|thinking about|holding|lining up|taking out|getting out|touching) (?:them|it|those|these)\b)|(?<=\bi (?:keep|kept|have been|been|cant stop|keep on) (?:counting|recounting|staring at|lining up) (?:out |up )?(?:[a-z]+\x20){0,3}?(?:pills|tablets|meds|medication|painkillers|capsules)))`,
    ),
  },
  {
    // Sitting in the car in a shut garage, with the engine on or thinking how easy it would be.
    id: "en.means.car-garage",
    level: "crisis",
    category: "means",
    pattern: gated(
      "garage",
      String.raw`\b(?:sitting|sat|sit|lying) in (?:it|the car|my car|our car|the [a-z]+s car|[a-z]+s car)\b(?:(?<=\bgarage\b[^]{0,120})(?=[^.]{0,60}?\b(?:(?:door|doors|garage) (?:shut|closed|down|locked)|how (?:easy|quick|simple|peaceful)|engine|motor (?:on|running))\b)|(?=\x20in (?:the|our|my) garage\b[^.]{0,40}?\b(?:engine|motor|car) (?:running|on|going)\b))`,
    ),
  },
  {
    // "Would a fall down our stairs be enough to finish someone off", for any means.
    id: "en.method-question.enough-to-kill",
    level: "crisis",
    category: "method-question",
    pattern: gated(
      "enough",
      String.raw`\benough to (?:(?:kill|finish) (?:me|myself|someone|somebody|a person|a human|you|yourself|an adult|a man|a woman)(?: off)?|die|end it|end (?:my|a|your) life|be fatal|be lethal|stop (?:my|a|your) heart)\b(?<=\b(?:would|will|is|are|could|might|be)\b[^.]{0,60}?enough to [a-z ]{2,40})`,
    ),
  },
  {
    // A method question put as fiction: "my oc ends it. what's the most painless way".
    id: "en.method-question.painless-way",
    level: "crisis",
    category: "method-question",
    pattern: gated(
      "way|ways|method|methods",
      String.raw`\b(?:most painless|least painful|painless|quickest|easiest|surest|fastest|most reliable|most effective|cleanest|quietest|most peaceful) (?:way|ways|method|methods)\b(?!\x20(?:to (?:get|make|learn|find|cook|clean|say|tell|do|remove|fix|go|start|stop|deal|write|draw|study)|of (?:getting|making|saying|doing|writing)))(?:(?=[^.]{0,60}?\b(?:die|dies|dying|suicide|kill (?:himself|herself|themselves|myself|yourself|oneself|someone|a person)|unalive|overdose|hang (?:himself|herself|themselves|myself)|end (?:it|things|their life|his life|her life|my life))\b)|(?<=\b(?:ends? it|ending it|ends? things|die|dies|dying|suicide|kills? (?:himself|herself|themselves|themself|myself)|unalives?|overdoses?|hangs? (?:himself|herself|themselves)|ends? (?:his|her|their|my) life)\b[^]{0,140}))`,
    ),
  },
  {
    // "What can you mix to fill a small room with poison gas? it's for a game lore doc."
    id: "en.method-question.poison-gas",
    level: "crisis",
    category: "method-question",
    pattern: gated(
      "gas",
      String.raw`\b(?:poison(?:ous)? gas|deadly gas|lethal gas|gas (?:that|which) (?:would|could|can|will) kill)\b(?<=\b(?:what|which|how)\b[^.]{0,100}?\b(?:mix|mixing|combine|combining|make|making|produce|fill)\b[^.]{0,80})`,
    ),
  },
  {
    // Sorting or giving things away, then "I won't be needing them", "I shan't need anything after".
    id: "en.preparation.wont-need",
    level: "crisis",
    category: "preparation",
    negatable: false,
    pattern: gated(
      "need|needing",
      String.raw`\bneed(?:ing)? (?:it|them|this|that|those|these|anything|any of (?:it|this|them|that)|(?:my|the) [a-z]+)(?=\x20?(?:$|[.,]|any ?more|after|where i am going|again|ever|now))(?<=\b(?:gave|given|giving|handed|handing|passed|passing|donated|bequeathed|sorted|sorting|cancel+ed|cancel+ing|signed over|transferred|labelled|told (?:him|her|them|everyone|my [a-z]+))\b(?!\x20up\b)[^]{0,200}?(?:\bi |(?:^|[.,])\x20?)(?:wont|will not|shall not|am not going to|dont think i will|dont think ill) (?:be )?need(?:ing)? [a-z ]{2,20})`,
    ),
  },
  {
    // A key left "so someone can get in afterwards"; a will written and left out with a note.
    id: "en.preparation.afterwards",
    level: "crisis",
    category: "preparation",
    pattern: gated(
      "so|will",
      String.raw`\bso (?:someone|somebody|anyone|they|the police|people|you|my [a-z]+) (?:can|could|will be able to|is able to|are able to) (?:get|come|let (?:themselves|yourself)) in (?:afterwards|after i am gone|after i have gone|when i am gone|(?:after|later)(?=\x20?(?:$|[.,])))|\bso (?:someone|somebody|they|the police|people|you|my [a-z]+) (?:can|could|will|would) find my body\b|\b(?:written|wrote|made|finished|signed|updated|done) (?:my|a) will\b[^]{0,120}?\b(?:note|notes|letters?|returned|gave away|given away|passwords?|goodbye)\b`,
    ),
  },
  {
    // Self-harm that is more each time, more often, or past stopping.
    id: "en.self-harm.escalating-more",
    level: "crisis",
    category: "self-harm",
    negatable: false,
    pattern: gated(
      "each|every|deeper|time|cant|cannot|can|still",
      String.raw`\b(?:(?:each|every) time\b[^.]{0,30}?\b(?:further|deeper|harder|worse|bigger|longer|more) than (?:the )?(?:last|before)|deeper than (?:ever|before|last time|usual|the last)|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)?) time (?:today|tonight|this (?:week|month|morning|evening)|in (?:a|one) (?:week|day|month))|(?:every|each) (?:one|cut|time) (?:needs|need|needed) (?:a )?(?:bandage|bandages|plaster|stitches|dressing)|(?:cant|cannot|can not) stop(?=\x20?(?:$|[.,]))|still (?:wasnt|was not|isnt|is not|not) enough|every (?:night|day) this week)\b(?<=\b(?:cuts|cutting|cut myself|burned myself|burnt myself|burning myself|burn myself|self harm|harming myself|hurting myself|hurt myself|blade|razor|my scars)\b[^]{0,140})`,
    ),
  },
  {
    // A household member who hits, kicks, shoves "me", with a fist or a walking stick.
    id: "en.danger-at-home.family-hits-me",
    level: "crisis",
    category: "danger-at-home",
    pattern: gated(
      "hit|hits|hitting|struck|strikes|striking|battered|batters|thumped|thumps|beat|beats|beating|beaten|kicked|kicks|kicking|punched|punches|punching|slapped|slaps|slapping|smacked|smacks|smacking|whacked|whacks|whacking|shoved|shoves|pushed|pushes|choked|chokes|choking|strangled|throttled|stabbed|burned|burnt|bit|pinned|dragged|attacked|attacks|threw|throws|locked|locks",
      String.raw`\b(?:hit|hits|hitting|struck|strikes|striking|battered|batters|thumped|thumps|beat|beats|beating|beaten|kicked|kicks|kicking|punched|punches|punching|slapped|slaps|slapping|smacked|smacks|smacking|whacked|whacks|whacking|shoved|shoves|pushed|pushes|choked|chokes|choking|strangled|throttled|stabbed|burned|burnt|bit|pinned|dragged|attacked|attacks|(?:threw|throws) (?!(?:the |a |some )?(?:ball|frisbee|snowball|pillow|cushion|sweets|candy|keys|treats?|towel)\b)(?:[a-z]+\x20){1,3}?at|locked|locks) me\b(?!\x20(?:up\b|out\b(?!\x20of the house)))${NOT_A_GAME}(?<=\b(?:dad|father|mother|mum|mom|step ?dad|step ?mum|step ?mom|stepfather|stepmother|brother|sister|grandad|granddad|grandpa|grandma|grandfather|grandmother|uncle|aunt|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|step ?brother|step ?sister|son|daughter|nan|gran|cousin|roommate|flatmate|parents|he|she)(?:s|\x20s)?\b(?:\x20(?:has been|have been|been|keeps|kept|just|again|always|is|was|started|then|finally|still|often|sometimes|even))*\x20?[^.]{0,40})`,
    ),
  },
  {
    // "Says next time he'll really hurt me", "my brother says he'll kill me if I don't sign".
    id: "en.danger-at-home.says-will-hurt",
    level: "crisis",
    category: "danger-at-home",
    pattern: gated(
      "says|said|saying|threatens|threatened|threatening|swears|swore|told|tells|promised",
      String.raw`\b(?:says|said|saying|threatens|threatened|threatening|swears|swore|told me|tells me|promised)\b (?:that )?(?:(?:next time|one day|one of these days|if [^.]{0,30}?|when [^.]{0,30}?)\x20)?(?:he|she|they|hell|shell|theyll|hed|shed)(?:\x20(?:will|would|is going to|are going to|ll|d))? ${ADV}(?:kill|hurt|stab|murder|beat|strangle|choke|shoot|break|smash|burn) (?:me|us|my (?:neck|face|legs?|arms?|head))\b${NOT_A_GAME}`,
    ),
  },
  {
    // A carer near harming the one cared for: "came very close to putting a pillow over her face".
    id: "en.danger-at-home.harm-dependent",
    level: "crisis",
    category: "danger-at-home",
    pattern: gated(
      "close|pillow|stop",
      String.raw`\bclose to (?:putting (?:a|the|my) pillow over|smothering|hitting|strangling|hurting|killing|pushing|shaking|harming|choking|slapping|throttling|drowning|striking|shoving|punching) (?:her|him|them|my [a-z]+|mother|father|mum|mom|dad|the (?:baby|child|kids?))\b(?<=\b(?:came|come|coming|got|get|was|am) (?:very |so |really |too |quite |dangerously |frighteningly )?close to [a-z ]{5,50})|\bpillow over (?:her|his|their|[a-z]+s) face\b|\bstop(?: myself)?(?<=\b(?:afraid|scared|frightened|terrified|worried) (?:that )?(?:next time |one day |one of these days |someday )?i (?:wont|will not|might not|may not|cannot|cant|wouldnt|would not) (?:be able to )?stop(?: myself)?)(?<=\b(?:shook|shaking|shake|hit|hitting|slapped|slapping|pushed|pushing|shoved|grabbed|grabbing|squeezed|pinched|smacked|hurt|hurting|shouted at|screamed at)\b[^]{0,160})(?:\x20(?:next time|again|one day|someday|one of these days))?(?=\x20?(?:$|[.,]))`,
    ),
  },
  {
    // Put out of the house at night, in pyjamas, with nowhere to go.
    id: "en.danger-at-home.kicked-out",
    level: "crisis",
    category: "danger-at-home",
    pattern: gated(
      "kicked|thrown|threw|chucked|locked|put",
      String.raw`\b(?:(?:kicked|thrown|threw|chucked|locked|put) me out|(?:kicked|thrown|chucked|locked) out(?<=(?:^|[.,]\x20?|\bi (?:just )?(?:got|was|have been|been|am being|get) |(?:^|[.,]\x20?)(?:just )?got )(?:kicked|thrown|chucked|locked) out))\b(?!\x20of (?:the |a |my |our )?(?:game|server|lobby|match|discord|class|lesson|band|group|chat|club|bar|pub|shop|team|school|uni|course|call|vc|party)\b)(?=[^]{0,100}?\b(?:at (?:\d{1,2} ?(?:am)?|night|midnight)|in the (?:middle of the )?night|tonight|in my (?:pajamas|pyjamas|pjs|socks|underwear)|nowhere to (?:go|sleep|stay)|freezing|no shoes|no coat|on the street)\b)`,
    ),
  },
  {
    // On a roof or a bridge and "I don't think I'm going back down".
    id: "en.attempt-in-progress.not-going-down",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: gated(
      "down",
      String.raw`\b(?:going|coming|climbing|getting|go|come) (?:back )?down\b(?<=\b(?:not|never|dont think i am|do not think i am|dont think ill|dont think i will|i wont be|i will not be|i am not|not sure i am|dont want to|do not want to|dont plan on) (?:going|coming|climbing|getting|go|come) (?:back )?down)(?=\x20?(?:$|[.,]|again|this time|ever|alive))(?<=\b(?:roof|rooftop|bridge|ledge|up here|top of|edge|balcony|tower|cliff|railing|parapet|crane|pylon|car park|parking garage|storey)\b[^]{0,180})`,
    ),
  },
  {
    // Going back to a bridge or a roof "to look at the drop".
    id: "en.means.the-drop",
    level: "crisis",
    category: "means",
    pattern: gated(
      "drop",
      String.raw`\b(?:look|looking|looked|stare|staring|stared|check|checking|checked|peer|peering|lean|leaning|gaze|gazing) (?:down )?(?:at|over|into) (?:the )?drop\b(?<=\b(?:bridge|roof|rooftop|cliff|car park|parking garage|balcony|building|tower|ledge|overpass|viaduct|quarry|storey|flyover)\b[^]{0,160})`,
    ),
  },
  {
    // "The rope thing. I found where to tie it."
    id: "en.means.where-to-tie",
    level: "crisis",
    category: "means",
    pattern: gated(
      "tie|hang|attach|fix|secure",
      String.raw`\b(?:tie|hang|attach|fix|secure) (?:it|the rope|a rope|the noose|a noose|myself)\b(?<=\b(?:found|know|figured out|worked out|picked|chosen|chose|checked|tested) (?:out )?(?:where|somewhere|a place|a spot|the spot|the place|a beam|a hook|the beam|a branch|a tree) (?:to |i can |i could |ill |i will )?(?:tie|hang|attach|fix|secure) (?:it|the rope|a rope|the noose|a noose|myself))(?<=\b(?:ropes?|noose|cord|belt|cable|ligature)\b[^]{0,200})`,
    ),
  },
  {
    // "Want to log off permanently. not from discord. from everything."
    id: "en.passive-ideation.log-off",
    level: "crisis",
    category: "passive-ideation",
    pattern: gated(
      "log|logging|logged|sign|signing",
      String.raw`\b(?:log|logging|logged|sign|signing) (?:off|out)\b(?:\x20(?:of|from) (?:life|everything|existence|reality|the world|this world|it all)\b(?!\x20for\b)|(?=\x20(?:permanently|for good|forever|for ever)\b)(?<=\b(?:want to|going to|ready to|about to|time to|wish i could|need to|i will|ill|should)\x20(?:just\x20|finally\x20)?(?:log|sign) (?:off|out)))`,
    ),
  },
  {
    // "last msg in this server. thanks for all the games, logging out for good".
    id: "en.farewell.logging-out-for-good",
    level: "crisis",
    category: "farewell",
    pattern: gated(
      "log|logging|logged|sign|signing",
      String.raw`\b(?:logging|logged|log|signing|sign) (?:off|out) (?:for good|forever|for ever|permanently|for the last time)\b(?<=\b(?:last (?:msg|message|post|stream|time)|final (?:msg|message|post)|thanks for (?:everything|all)|thank you for (?:everything|all)|goodbye|bye everyone|love you all|take care|i am sorry)\b[^]{0,160})`,
    ),
  },
  {
    // "I won't be on tomorrow. or ever."
    id: "en.farewell.not-on-ever",
    level: "crisis",
    category: "farewell",
    pattern: gated(
      "ever|forever|good|sorry",
      String.raw`\b(?:wont|will not|shall not) (?:be (?:on|online|around|here|back|logging (?:on|in))|log (?:on|in))\b[^.]{0,25}?(?:\.\x20?|,\x20?|\x20)(?:or )?(?:ever(?: again)?|for good|forever)(?=\x20?(?:$|[.,]))|\btell (?:the|my) (?:guild|team|server|squad|clan|crew|chat|group|raid|party|discord|gc|lads|boys|girls) (?:that )?i am (?:so )?sorry\b`,
    ),
  },
  {
    // "I wish I could respawn as nobody. or just not respawn at all."
    id: "en.passive-ideation.not-respawn",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: gated(
      "respawn",
      String.raw`\brespawn\b(?:\x20as (?:nobody|no one|noone|nothing)\b|(?<=\b(?:not|never|dont|didnt|wouldnt|not have to) respawn)(?=\x20?(?:$|[.,]|at all|ever|again|this time|irl)))(?<=\bi (?:[a-z]+\x20)?(?:wish|want|hope|hoping|would rather)\b(?:(?!\b(?:they|it|he|she|boss|mobs?|enem\w*|zombies?)\b)[^.]){0,40})`,
    ),
  },
  {
    // "Everyone would be relieved if I simply weren't here any more."
    id: "en.burden.if-i-werent-here",
    level: "crisis",
    category: "burden",
    pattern: gated(
      "if",
      String.raw`\bif i ${ADV}(?:(?:wasnt|werent|was not|were not|was no longer|were no longer) (?:here|around|alive|there|in (?:the|this|their|my|our) (?:[a-z]+\x20)?(?:room|house|home|picture|world|way|lives?|flat))(?=\x20?(?:$|[.,]|any ?more|any longer|upstairs|at all|fr|tbh|honestly|for good))|(?:was|were) (?:gone|dead|never born|out of the (?:picture|way))(?!\x20(?:by|before|when|for|until|till|on|at|to|from)\b)|(?:died|vanished|didnt exist|did not exist|stopped existing|was never born))\b(?<=\b(?:relieved|better off|happier|easier|better|lives? back|freer|free|lighter|favou?r|glad|celebrate|party|cheaper|simpler|(?:life|lives) back)\b[^.]{0,80})`,
    ),
  },
  {
    // "I shan't be here after Sunday", "don't plan on being here next year", "gone by Friday. for good".
    id: "en.farewell.not-here-after",
    level: "crisis",
    category: "farewell",
    negatable: false,
    pattern: gated(
      "be|being",
      String.raw`\b(?:be|being) (?:here|around|alive)\b(?<=\b(?:wont|will not|shall not|not going to|dont plan on|do not plan on|dont intend to|do not intend to|dont expect to|do not expect to|not planning on) (?:be|being) (?:here|around|alive))(?=\x20(?:after|by|past|next|this time next|come|in (?:a|the) (?:week|month|year|new year)|at christmas|for christmas|for my birthday)\b[^.,]{0,25}?(?:$|[.,]))|\bbe gone\b(?<=\b(?:i will|ill|i shall|i am going to) be gone)[^.]{0,30}?(?:[.,]\x20?)?(?:for good|forever|permanently)\b`,
    ),
  },
  {
    // "I hope I don't make it to 30", "praying I don't live past Christmas".
    id: "en.passive-ideation.hope-not-make-it",
    level: "crisis",
    category: "passive-ideation",
    negatable: false,
    pattern: gated(
      "make|live|survive|last",
      String.raw`\b(?:make it|live|survive|last)\b(?<=\b(?:hope|hoping|wish|pray|praying)\b[^.]{0,20}?\bi (?:dont|do not|wont|will not|never|dont ever) (?:make it|live|survive|last))(?: to| until| till| past| through| into)? (?:\d{1,2}|the (?:end of the (?:year|month|week)|weekend|new year|summer|winter)|next (?:year|week|month|birthday|christmas)|my (?:next )?birthday|christmas|twenty|thirty|forty|fifty|another (?:year|week|month|winter|birthday))\b`,
    ),
  },
  {
    // "If someone wanted to overdose, what's the best pill to use? asking for a book."
    id: "en.method-question.best-means",
    level: "crisis",
    category: "method-question",
    pattern: gated(
      "pill|pills|drug|drugs|meds|medication|medicine|tablets|poison|chemical|chemicals|gas|rope|knot|height|building|bridge",
      String.raw`\b(?:best|easiest|quickest|most effective|strongest|surest|which|what) (?:pill|pills|drug|drugs|meds|medication|medicine|tablets|poison|chemical|chemicals|gas|rope|knot|height|building|bridge) (?:to use|to take|to get|to buy|for (?:it|that|this|the job)|would work|works|would do it|is best)\b(?:(?<=\b(?:overdose|od|die|dies|dying|kill (?:myself|yourself|themselves|someone|oneself)|end it|end (?:my|their|your) life|suicide|unalive|hang (?:myself|yourself|themselves))\b[^]{0,140})|(?=[^.]{0,60}?\b(?:overdose|od|die|dying|kill (?:myself|yourself|themselves|someone|oneself)|end it|suicide|unalive)\b))`,
    ),
  },
  {
    // Wondering whether anyone would notice: a warning sign short of a crisis.
    id: "en.passive-ideation.would-anyone-notice",
    level: "concern",
    category: "passive-ideation",
    negatable: false,
    pattern: gated(
      "if",
      String.raw`\b(?:anyone|anybody|people|they|my (?:family|parents)|someone) (?:would|will|d) (?:even |actually |really )?(?:notice|care|miss me)\b[^.]{0,20}?\bif i (?:wasnt|werent|was not|were not|was gone|disappeared|died|vanished|stopped (?:existing|talking|posting))`,
    ),
  },
  {
    // Awake till dawn every night, forgetting to eat, a stone lost since a death.
    id: "en.distress.carer-signs",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: gated(
      "awake|forget|lost|eat",
      String.raw`\bawake (?:until|till|til) (?:dawn|morning|sunrise|\d ?am|the (?:early|small) hours) every (?:night|day)\b|\bforget to eat\b|\blost (?:over |nearly |almost |about |like )?(?:a stone|two stone|\d+ ?(?:kg|kilos|pounds|lbs)) (?:since|without trying)\b|\beat (?:only )?once a day\b`,
    ),
  },

  // --------------------------------------------------------------- saying "I'm not safe"
  {
    // The bot's own safety question, answered in words rather than with its button, or said
    // unprompted: the person tells us they are in danger. Not about roads, work or data.
    id: "en.distress.not-safe",
    level: "crisis",
    category: "distress",
    negatable: false,
    pattern: en(
      String.raw`(?:\b(?:i am|i feel|im) (?:really |so |just |definitely |honestly |actually )?not safe|^(?:no[ ,.]*)?not safe|\bi (?:dont|do not) (?:feel|think i am) safe(?=\x20?(?:$|[.,]|right now|rn|anymore|at home|here|tonight|around|with (?:him|her|them|my))))(?!\x20(?:to (?:drive|go out|eat|use|travel|work)|for work|at work|driving|on the road|with (?:money|my money|data|passwords)|lol))\b`,
    ),
  },

  // --------------------------------------------------------------- distress (concern)
  {
    id: "en.distress.not-okay",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: en(
      String.raw`\b(?:i am|i feel|feeling|things are) (?:really |so |just )?not (?:ok|okay|alright|all right|fine|good at all|doing (?:ok|okay|well|good))\b|\bi (?:dont|do not) feel (?:ok|okay|safe|alright)\b`,
    ),
  },
  {
    id: "en.distress.self-hate",
    level: "concern",
    category: "distress",
    pattern: en(
      String.raw`\bi (?:really |just |so |fucking )?(?:hate|despise|loathe|cant stand) (?:myself|my life|being me|who i am)\b|\b(?:i am|i feel|feel|feeling|i am just|i am such) (?:so |completely |totally |utterly |really |just |such |a |like a |like )?(?:worthless|useless|empty|numb|hopeless|broken|failure|like nothing|garbage|trash|trapped|dead inside|unlovable|pathetic|disgusting)\b`,
    ),
  },
  {
    id: "en.distress.nobody-cares",
    level: "concern",
    category: "distress",
    pattern: en(
      String.raw`\b(?:no one|nobody|noone|not a single person) (?:cares|care|loves|likes|wants|needs|would care|would notice|would miss|would even notice|will miss|will notice|would even care|understands|would even miss)\b`,
    ),
  },
  {
    id: "en.distress.help",
    level: "concern",
    category: "distress",
    pattern: en(
      String.raw`\b(?:please help me|help me please|someone help|somebody help|i need help(?!\x20(?:with|finding|to|for|on|choosing))|save me|i am scared of myself)\b`,
    ),
  },
  {
    // Days without sleep or food, or sleep that never ends: warning signs, not crises.
    id: "en.distress.not-sleeping-eating",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:slept|eaten|eat|sleep|eating|sleeping)\b(?<=\b(?:havent|have not|hasnt|not|didnt|did not|cant|cannot|barely|hardly) (?:really |properly )?(?:slept|eaten|eat|sleep|eating|sleeping))(?: properly| at all| anything| much| a thing| well| a proper meal| real food| more than (?:an hour|a few hours|\d+ hours?))? (?:in|for|since) (?:(?:like |about |over |nearly |almost )?(?:[2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|a couple|many) (?:days|nights|weeks)|days|weeks|a week|a whole week|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)\b|\bawake (?:for|since) (?:(?:like |about |over |nearly |almost )?(?:[2-9]|two|three|four|several|a few|a couple of) days|(?:3\d|[4-9]\d) hours|yesterday morning|the day before yesterday|two days ago|days)\b|\bsleep(?:ing|s)? (?:like |about |over |nearly |almost )?(?:1[3-9]|2[0-4]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty) (?:hours|hrs|h) (?:a|per|every|each) (?:day|night)\b|\bget out of bed(?<=\b(?:cant|cannot) (?:even )?get out of bed)(?=\x20(?:even|for days|anymore|at all|most days|to shower|to eat))`,
    ),
  },
  {
    // Fading, crying without end, a tiredness sleep does not touch, pretending to be fine.
    id: "en.distress.fading",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:fading|disappearing|vanishing|not real|not a (?:real )?person|not human|not really here)\b(?<=\bfeel(?:ing|s)? like i am (?:slowly |just )?(?:fading|disappearing|vanishing|not real|not a (?:real )?person|not human|not really here))(?!\x20(?:into|in|from) (?:the )?background)|\bperson\b(?<=\b(?:stopping|stopped|stop) being a (?:real )?person)|\b(?:person|human) anymore\b(?<=\bnot (?:a (?:real )?person|human) anymore)|\bcrying\b(?:(?=\x20for no reason\b)|(?<=\b(?:keep|been|cant stop|constantly|always) crying)(?=\x20(?:every (?:day|night)|all (?:day|night|the time)|for hours)\b))|\btired\b(?:(?<=\bnot (?:sleepy|physically|normal|the sleepy|the normal|that kind of) tired)|(?=\x20(?:in a way|in ways) (?:that )?sleep (?:doesnt|does not|cant|wont|will not) (?:fix|help)\b))|\bpretending\b(?<=\b(?:tired|exhausted|sick|worn out) (?:of|from) pretending)(?=\x20(?:to be |i am |that i am )?(?:fine|ok|okay|happy|alright|normal|good)\b)`,
    ),
  },
  {
    id: "en.distress.killing-me",
    level: "concern",
    category: "distress",
    pattern: en(
      String.raw`\b(?:is|are|s|its|it|this|that|thats|you|they|loneliness|life|everything) killing me\b|\b(?:just |please |somebody |someone |please just |someone please |somebody please )kill me\b|\bkill me (?:now|already|please)\b`,
    ),
  },
  {
    id: "en.distress.dying",
    level: "concern",
    category: "distress",
    pattern: en(
      String.raw`\b(?:i am|i feel like i am|i think i am|i feel like) (?:literally |actually |so |just |slowly |kinda |lowkey )?dying(?!\x20(?:my|your|her|his|the|it)\b)\b|\bi am (?:so |literally |actually |deadass |totally |completely |already |basically )?dead\b`,
    ),
  },
];

// ------------------------------------------------------------------- overrides

const NEGATION_BEFORE =
  /\b(?:not|never|no longer|dont|do not|didnt|did not|wont|will not|wouldnt|would not|isnt|arent|aint|nor|no way i (?:would|will|am going to))\s(?:(?:said that i|said i|say that i|say i|saying i|meant that i|meant i|mean i|really|ever|even|actually|seriously|honestly|truly|currently|going to|going|planning to|planning on|planning|plan to|intend to|intending to|trying to|try to|want to|wanting to|about to|thinking about|thinking of|think about|considering|feeling|that i|like i|think i|think ill|think i will|think id|think i would|think i am|be|at all|in any way|a|to|want|will|ever going to|mean to|have any|have)\s){0,4}$/;

const LOL = /\b(?:lol|lmao|jk|just kidding|kidding)\b/;

/** A method question put as fiction is still a method question ("for a story I'm writing"). */
const FICTION =
  /\b(?:story|stories|fic|fics|fanfic|fanfiction|novel|writing|book|realistic|realistically|script|screenplay|oc|hypothetically|hypothetical|asking for a friend|research)\b/;

/** Around "he'll kill me if...": what makes it a real threat, not a parent's idiom. */
const SERIOUS_THREAT =
  /\b(?:sign|signing|signed|money|pension|house over|drunk|drinking|knife|gun|hit|hits|hitting|hurt|beat|beats|beating|threaten\w*|scared|frightened|afraid|terrified|downstairs|coming (?:up|for me)|locked)\b/;

const THIRD_PARTY =
  /\b(?:(?:my|our|a|his|her|their|this|one of my) (?:best |close |little |older |younger |big |baby |twin |ex |oldest |youngest )?(?:friend|friends|bf|gf|boyfriend|girlfriend|brother|sister|son|daughter|kid|kids|child|children|mom|mum|mother|dad|father|parent|parents|husband|wife|partner|cousin|classmate|roommate|flatmate|coworker|colleague|niece|nephew|uncle|aunt|grandma|grandpa|grandmother|grandfather|student|client|patient|neighbou?r|teammate|buddy|mate|sibling|stepson|stepdaughter|fiancee?)|someone|somebody|he|she|they|he is|she is|hes|shes)\b(?:(?!\bi\b)[^.])*$/;

const FIRST_PERSON = /\b(?:i|me|my|myself|mine)\b/;

function thirdPartySubject(ctx: MatchContext): boolean {
  return THIRD_PARTY.test(sentenceBefore(ctx)) && !FIRST_PERSON.test(ctx.match);
}

const WINDOW = (ctx: MatchContext): string => `${ctx.before} ${ctx.match} ${ctx.after}`;

/** Going away for an ordinary reason: a trip, a move, a new job or course. */
const AWAY_REASON =
  /\b(?:holiday|holidays|vacation|trip|travel\w*|(?:going|go|went|be|been) away|away (?:for|on|to|with)|abroad|fortnight|flight|flying|moving|move|moved|relocat\w*|uni|university|college|course|job|work|shift|visit\w*|spain|france|japan|london|leeds|camp|festival|hospital for|operation|surgery|exchange|deploy\w*|the girls|the lads)\b/;

/** The sentence of the match with the one before and the one after it. */
function NEAR_SENTENCES(ctx: MatchContext): string {
  const before = ctx.before.split(".").slice(-2).join(".");
  const after = ctx.after.split(".").slice(0, 2).join(".");
  return `${before} ${ctx.match} ${after}`;
}

const PAST_EVENT =
  /\b(?:last (?:night|week|month|year|time)|yesterday|ago|in (?:the )?hospital|recovering|recovered|survived|is (?:ok|okay|fine|safe) now|how (?:can|do|should) i (?:support|help)|earlier this)\b/;

const COMPLETED_DEATH =
  /\b(?:killed|hanged|shot|ended|took|overdosed|died|passed|committed|lost)\b|\b(?:committed|died by|died of|lost (?:him|her|them) to) $/;

const PAST_MARKER =
  /\b(?:used to|use to|back (?:in|when|then)|when i was (?:younger|a kid|a child|a teen|a teenager|little|in (?:high|middle|junior high|elementary|primary|secondary) school|in school|at school|in college|at uni|\d+)|(?:(?:\d+|a few|a couple of|several|many|two|three|some) )?(?:years|months|ages) (?:ago|back)|long ago|a (?:year|month) ago|in the past|at one point|in (?:college|uni|university|school|high school|middle school|my teens|my twenties|my thirties|my forties|my fifties|my sixties)|during (?:college|uni|university|school)|as a student|as a (?:kid|teen|teenager|child)|in (?:high|middle) school|during (?:high|middle) school|years back)\b/;

const RESOLVED =
  /\b(?:not anymore|no longer|not any more|better now|doing better|much better|(?:a )?better place|i am (?:ok|okay|fine|good|better|happy|safe) now|things are (?:better|good|okay|ok)|it is better now|its better now|it passed|got help|got better|recovered|clean for|been clean|not now|(?:that|it) passed|passed (?:a long time|long|years|ages) ago|(?:i am|now i am) (?:honestly |really |actually |mostly |much )?(?:ok|okay|fine|good|better|happy|safe|steadier|stable|alright|well)(?: now)?|steadier now|(?:therapy|meds|medication|treatment|it|they|counsel+ing|support) helped|helped (?:a lot|me)|in recovery|in a good place|now i am (?:ok|okay|fine|good|better|happy))\b/;

const STILL =
  /\b(?:still|again|coming back|came back|comes back|lately|recently|starting to|back again|now i (?:want|feel|think)|returning|relapsed|relapse|tonight|right now)\b/;

const CONJUNCTION = /\b(?:but|and|so|though|although|however|yet)\b/g;

function clauseText(ctx: MatchContext): string {
  const before = sentenceBefore(ctx).split(",").pop() ?? "";
  const after = sentenceAfter(ctx).split(",")[0] ?? "";
  const head = before.split(CONJUNCTION).pop() ?? "";
  const tail = after.split(CONJUNCTION)[0] ?? "";
  return `${head} ${ctx.match} ${tail}`;
}

// A sentence that opens on time phrases alone ("Years ago, in my thirties, I did think about
// it"): those clauses belong to the clause of the match.
const TIME_CLAUSE = new RegExp(
  `^ ?(?:${PAST_MARKER.source}|then|once|back then)(?: ?,? ?(?:${PAST_MARKER.source}))* ?$`,
);

function frontedTime(ctx: MatchContext): string {
  const clauses = sentenceBefore(ctx).split(",");
  let text = "";
  for (let i = clauses.length - 2; i >= 0; i--) {
    const clause = clauses[i] ?? "";
    if (!TIME_CLAUSE.test(clause)) break;
    text = `${clause} ${text}`;
  }
  return text;
}

function pastIdeation(ctx: MatchContext): boolean {
  return (
    (PAST_MARKER.test(clauseText(ctx)) || PAST_MARKER.test(frontedTime(ctx))) &&
    !STILL.test(WINDOW(ctx))
  );
}

const isEnglish = (id: string): boolean => id.startsWith("en.");

/** Everyday tasks a withdrawn person saves for when the house is empty or asleep. */
const EVERYDAY_TASK =
  /\b(?:clean\w*|tidy\w*|shower\w*|bath|bathe|wash\w*|laundry|cook\w*|bake|baking|eat|eating|food|kitchen|fridge|snack|shop|shopping|store|konbini|convenience|go out|going out|outside|walk|walking|game|gaming|stream\w*|watch\w*|homework|study\w*|practi[cs]e|sing\w*|call|phone|email|letter|dye|haircut|exercise|workout|sneak\w*|party|toilet|bathroom|garden|vacuum\w*|hoover\w*|dishes|rubbish|trash|bins?|order\w*|deliver\w*|parcel|package|move|moving|pack\w*|paint\w*|build\w*|fix\w*|repair\w*|piano|guitar|drums|music|loud|vlog|video|film\w*|record\w*|so they (?:dont|do not|wont|will not) (?:see|know|notice|hear))\b/;

/** English overrides: negation, idioms, games, past ideation, third parties, bereavement. */
export const EN_OVERRIDES: readonly OverrideRule[] = [
  {
    id: "en.negation.not-before",
    kind: "negation",
    lowersTo: "none",
    appliesTo: (rule) => isEnglish(rule.id) && rule.negatable !== false,
    test: (ctx) => NEGATION_BEFORE.test(ctx.before),
  },
  {
    id: "en.idiom.laughing",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.distress.dying",
      "en.distress.killing-me",
      "en.passive-ideation.kill-myself",
      "en.passive-ideation.feel-like-dying",
      "en.danger-at-home.kill-threat",
      "en.danger-at-home.says-will-hurt",
      "en.method-question.enough-to-kill",
    ),
    test: (ctx) =>
      /^ ?(?:laughing|of laughter|from laughing|with laughter|of laughing)\b/.test(ctx.after) ||
      (!/kill myself|feel/.test(ctx.match) && LOL.test(ctx.sentence)),
  },
  {
    id: "en.idiom.dying-to",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.distress.dying",
      "en.passive-ideation.feel-like-dying",
      "en.passive-ideation.want-to-die",
    ),
    test: (ctx) =>
      (/dying$/.test(ctx.match) && /^ (?:to|for) /.test(ctx.after)) ||
      /^ on (?:this|that|the) hill\b/.test(ctx.after) ||
      /^ (?:of|from) (?:the )?(?:heat|cold|boredom|embarrassment|laughter|laughing|cringe|hunger|thirst|curiosity|cuteness|shame|jealousy|excitement|suspense|anticipation)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.idiom.killing-me-subject",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.distress.killing-me"),
    test: (ctx) =>
      /\b(?:homework|work|job|exams?|tests?|assignments?|essay|deadlines?|commute|heat|cold|weather|humidity|feet|back|head|headache|neck|legs|knees|shoes|songs?|suspense|cliffhanger|show|game|level|boss|teacher|class|school|traffic|noise|wait|waiting|cramps|tooth|toothache|allergies|stomach|hunger|cuteness|puns?|jokes?|humou?r|paperwork|admin|forms|bills|chores|stairs|laundry|insurance|taxes|tax return|care home|appointments|you|your [a-z]+|ur [a-z]+|this (?:song|show|game|level|episode|heat|weather))(?: is| are| s)?(?: really| literally| actually| so)? ?$/.test(
        ctx.before,
      ),
  },
  {
    id: "en.idiom.if-caught",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.distress.dying",
      "en.danger-at-home.kill-threat",
      "en.danger-at-home.says-will-hurt",
    ),
    test: (ctx) =>
      (/\b(?:kill (?:me|us)|dead|dying)$/.test(ctx.match) &&
        !SERIOUS_THREAT.test(WINDOW(ctx)) &&
        /^ (?:if|when|once) (?:she|he|they|my [a-z]+|mom|dad|the teacher|anyone|someone|people|i|we)? ?(?:sees|see|finds out|find out|finds|catches|catch|knows|know|hears|hear|learns|learn|gets home|notices|notice|checks|check|realizes|realises|fail|lose|miss|forget|break|am late|dont|do not)\b/.test(
          ctx.after,
        )) ||
      (/dead$/.test(ctx.match) &&
        /^ (?:tired|serious|wrong|set|last|beat|broke|center|asleep)\b/.test(ctx.after)),
  },
  {
    id: "en.idiom.killing-myself-over",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.kill-myself"),
    test: (ctx) =>
      /^ (?:studying|working|trying|to (?:get|make|finish|study|work|pass|keep|meet|be)|over (?:this|that|it|nothing)|for (?:this|that|nothing|a|my|the)|at (?:work|the gym|school))\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.idiom.rather-than",
    kind: "idiom",
    lowersTo: "concern",
    appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.rather-be-dead"),
    test: (ctx) => /^[^.]{0,40}?\bthan\b/.test(ctx.after),
  },
  {
    id: "en.idiom.rather-than-laughing",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.rather-be-dead"),
    test: (ctx) => /^[^.]{0,40}?\bthan\b/.test(ctx.after) && LOL.test(ctx.sentence),
  },
  {
    id: "en.everyday.disappear-into",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.wish-dead"),
    test: (ctx) =>
      /(?:disappear|vanish)$/.test(ctx.match) &&
      /^ (?:into|in) (?:a |my |the |some )?(?:good )?(?:books?|games?|show|story|music|world|hobby|crowd|nature|forest|mountains|woods|countryside|blanket|bed|hoodie)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.disappear-for-a-while",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("en.passive-ideation.want-to-die", "en.passive-ideation.wish-dead"),
    test: (ctx) =>
      /(?:disappear|vanish)$/.test(ctx.match) &&
      /^ (?:for (?:a |the )?(?:while|bit|few days|week|weekend|day|month|little|couple)|from (?:social media|the internet|twitter|here|school|work)|on a trip|somewhere)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.game.in-game",
    kind: "game",
    lowersTo: "none",
    appliesTo: (rule) =>
      inCategories("passive-ideation", "method-question", "plan")(rule) &&
      rule.id !== "en.passive-ideation.algospeak" &&
      rule.id !== "en.passive-ideation.not-respawn" &&
      rule.id !== "en.passive-ideation.log-off",
    test: (ctx) =>
      !(/\b(?:way|ways|method|methods|how)\b/.test(ctx.match) && FICTION.test(WINDOW(ctx))) &&
      (/^ (?:in|on) (?:the |this |that |a |my )?(?:game|level|round|match|minecraft|fortnite|roblox|dark souls|elden ring|hardcore mode|raid|dungeon|gta)\b/.test(
        ctx.after,
      ) ||
        /\b(?:respawn|respawning|my character|my char|in game|ingame|hardcore mode)\b/.test(
          ctx.sentence,
        )),
  },
  {
    id: "en.game.game-end",
    kind: "game",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.algospeak"),
    test: (ctx) =>
      /^ (?:of|in|screen|stats|results|lobby|cutscene|credits|music|theme)\b/.test(ctx.after) ||
      /\bgames?\b/.test(`${sentenceBefore(ctx)} ${sentenceAfter(ctx)}`) ||
      /\b(?:gg|match|round|lobby|team|teammates|raid|ranked|queue|server|losing|winning|boss|stream)\b/.test(
        ctx.sentence,
      ),
  },
  {
    // "I'll do it when my parents are out" about the shower, the kitchen, the laundry.
    id: "en.everyday.do-it-chore",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.plan.when-alone"),
    test: (ctx) => EVERYDAY_TASK.test(WINDOW(ctx)),
  },
  {
    // "Okay, I'll do it when my mum is out": agreeing to a suggested step. Still asked about.
    id: "en.everyday.do-it-agreed",
    kind: "everyday",
    lowersTo: "concern",
    appliesTo: ruleIds("en.plan.when-alone"),
    test: (ctx) =>
      /(?:^|[.,] ?)(?:ok|okay|k|sure|fine|alright|all right|yeah|yes|yep|good idea|will do|maybe|i guess)(?: then)?[ ,]*(?:(?:i (?:will|might|could|can|am going to)|ill|going to) (?:just |try to |try and )?)?$/.test(
        ctx.before,
      ),
  },
  {
    // A gun or rope in a film or a game, a rifle kept for hunting.
    id: "en.object.means-in-media",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.means.dwelling",
      "en.means.looking-down",
      "en.means.rope",
      "en.means.rope-ready",
    ),
    test: (ctx) =>
      /\b(?:(?:in|from|of|on|watched|watching|saw|seen|read|reading|played|playing) (?:that|the|this|a|an|my) (?:[a-z]+ )?(?:movie|film|show|series|episode|anime|manga|book|novel|video|game|documentary)|scene|trailer|skins?|loadout|hunt\w*|shooting range|clay pigeons?|target practice|gun club|airsoft|paintball)\b/.test(
        ctx.sentence,
      ),
  },
  {
    id: "en.everyday.event-date",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.plan.the-night"),
    test: (ctx) =>
      /\b(?:date|day)$/.test(ctx.match) &&
      /\b(?:wedding|party|trip|holiday|vacation|appointment|exam|test|interview|meetup|meeting|concert|gig|move|moving|visit|launch|release|surgery|operation|graduation|ceremony|match|tournament|flight|booked|booking|reservation|dinner|lunch|celebrat\w*|date night|first date|haircut|dentist|doctor|clinic|therapy|therapist|course|class|shift)\b/.test(
        NEAR_SENTENCES(ctx),
      ),
  },
  {
    id: "en.object.rope-purpose",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.means.rope",
      "en.means.rope-ready",
      "en.means.dwelling",
      "en.attempt-in-progress.bleeding",
    ),
    test: (ctx) =>
      /\bropes?\b/.test(ctx.match) &&
      /\b(?:climb\w*|camping|camp|tent|tarp|hammock|boat|sail\w*|kayak|canoe|hik\w*|tug of war|swing|gym|crossfit|cardio|workout|horse|laundry|washing line|clothes ?line|crafts?|macrame|knots? (?:class|practice)|scouts|bouldering|abseil\w*|rappel\w*|garden|tie (?:it )?down|trailer|tow\w*)\b/.test(
        ctx.sentence,
      ),
  },
  {
    id: "en.everyday.ordinary-dose",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.method-question.enough"),
    test: (ctx) =>
      !/\b(?:all|whole|entire|every|lot|lots|load|loads|bunch|handful|box|bottle|pack|packet|\d{2,})\b/.test(
        ctx.match,
      ) &&
      /\b(?:headache|migraine|pain|cold|flu|fever|cramps|period|toothache|hangover|allergy|allergies|hay fever|doctor|gp|pharmacist|prescribed|prescription|label|instructions|dose for)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    // Giving things away to declutter or before a move; rehoming a pet for a stated reason.
    id: "en.everyday.decluttering",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.preparation.affairs", "en.preparation.rehome-pet"),
    test: (ctx) =>
      !/\b(?:not moving|i am not|lie|lied|lying|pretend\w*|gone|after i|when i am|dead|die)\b/.test(
        WINDOW(ctx),
      ) &&
      /\b(?:declutter\w*|moving|move|moved|charity|charity shop|donat\w*|car boot|garage sale|yard sale|spring clean\w*|clear(?:ing)? out|outgrown|minimalis\w*|kondo|too much stuff|upgrad\w*|sell\w*|sold|christmas|birthday|allerg\w*|landlord|lease|farm|more space|more time|sanctuary|rescue|foster\w*|afford|vet|baby|behaviou?r|aggressive|happier)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    id: "en.everyday.occasion-letters",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.preparation.letters"),
    test: (ctx) =>
      /\b(?:birthday|christmas|xmas|holidays?|thank you|pen ?pals?|anniversary|cards?|valentines?|mothers day|fathers day|new year|school|class|homework|assignment|therapist|therapy|counsel\w*|exercise|application|cover|santa|wedding|graduation|how i feel|my feelings|easier than|instead of (?:talking|speaking)|than talking|communicat\w*|explain\w*|ask\w*)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    // On a bridge or a roof to take photos, fix the gutter, watch the fireworks.
    id: "en.everyday.high-place-purpose",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds(
      "en.attempt-in-progress.at-the-edge",
      "en.attempt-in-progress.on-the-railing",
      "en.attempt-in-progress.high-place",
      "en.attempt-in-progress.not-going-down",
      "en.means.the-drop",
    ),
    test: (ctx) =>
      /\b(?:photos?|pictures?|pics|selfies?|view|sunset|sunrise|fishing|waiting for|with (?:my )?(?:friends?|mates|family|dog|mum|mom|dad|class)|walk|walking|jog|jogging|tour|sightseeing|fireworks|festival|concert|fixing|repair\w*|gutters?|cleaning|painting|antenna|aerial|solar|stargazing|stars|album|song|lyrics|ball|frisbee|kite|to (?:get|fetch|grab|retrieve)|barbecue|bbq|party|drinks?|tea|coffee|sunbathing|smok\w*)\b/.test(
        ctx.sentence,
      ) &&
      !/\b(?:jump\w*|end it|die|dying|goodbye|kill|suicid\w*|let go|fall|over the edge|one last|for the last time)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    id: "en.idiom.head-against-wall",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.self-harm.hitting"),
    test: (ctx) =>
      /\blike $/.test(ctx.before) ||
      /\b(?:brick wall|like banging|with this|trying to (?:figure|fix|understand|solve|get)|code|coding|bug|homework|maths?|puzzle|problem|level|boss|ceiling|door ?frame|cupboard|shelf|low|bunk|car door|by accident|accidentally)\b/.test(
        ctx.sentence,
      ),
  },
  {
    id: "en.everyday.cut-by-accident",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.self-harm.act"),
    test: (ctx) =>
      /^ (?:cooking|shaving|by accident|accidentally|on (?:a |the |some |my )|while|chopping|opening)\b/.test(
        ctx.after,
      ) || /\baccidentally $/.test(ctx.before),
  },
  {
    id: "en.everyday.overdosed-on-treats",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.attempt-in-progress.overdosed", "en.plan.intent"),
    test: (ctx) =>
      /^ on (?:caffeine|coffee|energy drinks?|sugar|chocolate|candy|sweets|anime|tv|netflix|memes|cuteness|vitamin c)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.routine-meds",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.attempt-in-progress.took-pills"),
    test: (ctx) =>
      /^ (?:today|this morning|this evening|on time|as prescribed|like (?:i am )?supposed to|like the doctor)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.nosebleed",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.attempt-in-progress.bleeding"),
    test: (ctx) => /\bnose|nosebleed|period|tooth|gums?\b/.test(ctx.sentence),
  },
  {
    id: "en.everyday.suicide-topic",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.suicide-word"),
    test: (ctx) =>
      /^ (?:prevention|hotline|helpline|awareness|rates?|statistics|squad|song|forest|doors?|mission|bomb\w*|risk|research)\b/.test(
        ctx.after,
      ),
  },
  {
    id: "en.everyday.fear-of-death",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.thinking-about"),
    test: (ctx) =>
      /dying$/.test(ctx.match) &&
      /^[^.]{0,20}?\b(?:scares|terrifies|frightens|scared|afraid|scary)\b/.test(ctx.after),
  },
  {
    id: "en.bereavement.someone-died",
    kind: "bereavement",
    lowersTo: "none",
    appliesTo: inCategories("passive-ideation", "attempt-in-progress", "self-harm"),
    test: (ctx) =>
      (thirdPartySubject(ctx) ||
        /\b(?:my|our|his|her) (?:[a-z]+ )?(?:dog|cat|pet|hamster|rabbit|bird)\b[^.]*$/.test(
          sentenceBefore(ctx),
        )) &&
      (COMPLETED_DEATH.test(ctx.match) || COMPLETED_DEATH.test(sentenceBefore(ctx).slice(-16))) &&
      !FIRST_PERSON.test(ctx.match),
  },
  {
    id: "en.third-party-worry.someone-else",
    kind: "third-party-worry",
    lowersTo: "none",
    appliesTo: (rule) =>
      isEnglish(rule.id) &&
      rule.category !== "danger-at-home" &&
      rule.category !== "attempt-in-progress",
    // "If someone wanted to overdose... asking for a book": a method question put as fiction.
    test: (ctx) =>
      thirdPartySubject(ctx) &&
      !(
        /\b(?:way|ways|method|pill|pills|drug|drugs|how)\b/.test(ctx.match) &&
        FICTION.test(WINDOW(ctx))
      ),
  },
  {
    id: "en.third-party-worry.past-attempt",
    kind: "third-party-worry",
    lowersTo: "none",
    appliesTo: (rule) =>
      rule.category === "attempt-in-progress" || rule.id === "en.danger-at-home.family-attempt",
    test: (ctx) =>
      (thirdPartySubject(ctx) || /^\b(?:my|our) /.test(ctx.match)) && PAST_EVENT.test(WINDOW(ctx)),
  },
  {
    // "omg kms i sent that meme to the family group chat 💀": embarrassment, not intent.
    id: "en.idiom.kms-embarrassed",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.passive-ideation.kill-myself"),
    test: (ctx) =>
      /^kill myself$/.test(ctx.match) &&
      !/\b(?:want|going|will|ill|should|about|ready|planning|plan|need|might|gonna|could|to|i)\s*$/.test(
        ctx.before,
      ) &&
      (LOL.test(ctx.sentence) ||
        /(?:^|[.,] ?|\b(?:omg|ugh|bruh|oh god|oh my god|literally))\s*$/.test(ctx.before)) &&
      /\b(?:sent|send|texted|posted|said|called|forgot|accidentally|typo|cringe|embarrass\w*|replied|wrong (?:chat|person|group)|group chat|instead of|tripped|saw me|heard me|reply all|waved)\b/.test(
        ctx.sentence,
      ),
  },
  {
    // "'Suicide Season' by Bring Me The Horizon", "looping that album".
    id: "en.title.quoted-song",
    kind: "title",
    lowersTo: "none",
    appliesTo: (rule) => isEnglish(rule.id),
    test: (ctx) =>
      ctx.before.lastIndexOf("「") > ctx.before.lastIndexOf("」") &&
      /^[^「」.]{0,40}」/.test(ctx.after) &&
      (/^[^「」.]{0,40}」 by\b/.test(ctx.after) ||
        /\b(?:album|song|track|looping|playlist|band|lyrics|ep|single|listening|spotify)\b/.test(
          WINDOW(ctx),
        )),
  },
  {
    // "won't need my old phone, got a new one": a reason that is not leaving life.
    id: "en.everyday.wont-need-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.preparation.wont-need"),
    test: (ctx) =>
      /\b(?:new|upgrad\w*|since i|because|cause|got a|bought|moving|moved|winter|summer|graduat\w*|finished|done with|retir\w*|sold|job|school|course|uni|college|class|quit|quitting|switch\w*)\b/.test(
        NEAR_SENTENCES(ctx),
      ) || AWAY_REASON.test(NEAR_SENTENCES(ctx)),
  },
  {
    // "I won't be here after Sunday, off to Spain": away, not gone.
    id: "en.everyday.away-for-a-reason",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.farewell.not-here-after"),
    test: (ctx) =>
      !/\b(?:for good|forever|permanently|die|dead|kill|end it|goodbye|anymore)\b/.test(
        ctx.match,
      ) && AWAY_REASON.test(NEAR_SENTENCES(ctx)),
  },
  {
    // "Friday will be my last day at the shop": a job, a term, a course.
    id: "en.everyday.last-day-job",
    kind: "everyday",
    lowersTo: "none",
    appliesTo: ruleIds("en.plan.last-day"),
    test: (ctx) =>
      /\b(?:notice|job|work|shift|contract|resign\w*|quit|term|school|office|retir\w*|course|placement|internship|boss|manager|leaving do)\b/.test(
        NEAR_SENTENCES(ctx),
      ),
  },
  {
    // Where to tie a rope for a hammock, a swing, a tent.
    id: "en.object.tie-purpose",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds("en.means.where-to-tie"),
    test: (ctx) =>
      /\b(?:hammock|swing|tent|tarp|boat|kayak|canoe|washing line|clothes ?line|climb\w*|camping|dog|horse|trailer|tow\w*|garden|fence|tree ?house|bunting|lights)\b/.test(
        WINDOW(ctx),
      ),
  },
  {
    // "the scene where the hero dies was the best way to end it": a story's ending, not a question.
    id: "en.object.story-ending",
    kind: "object",
    lowersTo: "none",
    appliesTo: ruleIds("en.method-question.way-to-die"),
    test: (ctx) =>
      /end it$/.test(ctx.match) &&
      /\b(?:scene|movie|film|episode|season|series|book|chapter|show|story|ending|finale|anime|manga|arc|game)\b/.test(
        ctx.sentence,
      ) &&
      !/\b(?:what|whats|how|which|tell me|any|is there|for me|for my)\b/.test(sentenceBefore(ctx)),
  },
  {
    id: "en.past-ideation.resolved",
    kind: "past-ideation",
    lowersTo: "none",
    appliesTo: IDEATION_LIKE,
    test: (ctx) => pastIdeation(ctx) && RESOLVED.test(WINDOW(ctx)),
  },
  {
    id: "en.past-ideation.in-the-past",
    kind: "past-ideation",
    lowersTo: "concern",
    appliesTo: IDEATION_LIKE,
    test: pastIdeation,
  },
];
