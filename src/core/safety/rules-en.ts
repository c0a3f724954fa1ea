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
]);

const HOME_SUBJECT = String.raw`(?:(?:my|our)\x20(?:[a-z]+\x20)?${FAMILY}|some(?:one|body)\x20(?:at|in\x20my)\x20(?:home|house)|someone\x20i\x20live\x20with|the\x20(?:person|people)\x20i\x20live\x20with)`;

const PILLS = String.raw`(?:pills|pill|meds|medication|medicine|tablets|capsules|bottle|bottles|pack|packs|packet|paracetamol|tylenol|xanax|ibuprofen|painkillers|sleeping\x20pills|antidepressants|insulin|benadryl)`;

/** English risk rules. */
export const EN_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- passive ideation
  {
    id: "en.passive-ideation.want-to-die",
    level: "crisis",
    category: "passive-ideation",
    pattern: en(
      String.raw`\b(?:want|wants|wanted|wanting|wish|wishing|ready|deserve|deserves|need|needs|long|longing|would like|id like|would love|id love|prefer) to ${ADV}${DEATH_OBJECT}\b`,
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
        String.raw`\bwish (?:that )?i (?:could|would|might) ${ADV}(?:die|disappear|vanish|stop existing|not exist|cease to exist|sleep forever|go to sleep forever|fade away|not wake up|never wake up|be gone)\b`,
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
      String.raw`\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:dont|do not|wont|will not|never|dont ever|do not ever) (?:ever )?wake up\b|\b(?:sleep|go to sleep|fall asleep|close my eyes) (?:and|forever and) (?:never|not|dont|do not) (?:ever )?wake up\b|\bnever (?:wake|waking) up again\b`,
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
      String.raw`\b(?:end|ending|take|taking) my (?:own )?life\b|\bend (?:it all|everything)\b|\b(?:want to|going to|ready to|decided to|plan to|planning to|planning on|thinking about|thinking of|about to|should|might|will|ill|could) ${ADV}end (?:it|things)(?!\x20(?:with|between|off|there|here))\b`,
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

  // --------------------------------------------------------------- hopelessness
  {
    id: "en.hopelessness.no-point-living",
    level: "crisis",
    category: "hopelessness",
    negatable: false,
    pattern: en(
      String.raw`\b(?:no|not any|isnt any|isnt a|there is no|theres no|whats the|what is the|dont see the|dont see any|cant see the|cant see any|see no|without any|lost (?:my|any|all)) (?:point|reason|purpose|use|sense|will) (?:in |of |to |for )?${ADV}(?:living|life|being alive|going on|carrying on|existing|staying alive|live|be alive|keep living|keep going|me being here|my life|being here|trying to live)\b`,
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
      String.raw`\b(?:tired|sick|exhausted|weary|done|over|finished) (?:of |with )?(?:living(?!\x20(?:alone|with|in|at|here|there|on|off|under|paycheck|like))|being alive|life|existing|this life|my life)\b`,
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
      String.raw`\b(?:hopeless|no hope|lost all hope|lost hope|no future|never get better|will never get better|wont ever get better|nothing will ever change|nothing ever changes|nothing matters|pointless|whats the point|what is the point|no point (?:in )?(?:anything|trying|any of this)|(?:dont|do not|cant|cannot) see (?:the|any) point|give up on everything|giving up on everything|i give up)\b`,
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

  // --------------------------------------------------------------- burden
  {
    id: "en.burden.better-off-without-me",
    level: "crisis",
    category: "burden",
    pattern: en(
      String.raw`\b(?:better off|better|happier|easier|relieved) (?:off )?(?:for (?:everyone|everybody|them|my family|my parents|all of them|you all|people) )?(?:without me|if i (?:was|were|had|just)? ?(?:gone|dead|not here|not around|never born|disappeared|died|didnt exist|did not exist|not alive|never been born|killed myself|went away forever)|if i (?:wasnt|werent|was not|were not) (?:here|around|alive|born))\b|\b(?:no one|nobody|noone) (?:would|will|d) (?:even |ever )?(?:care|notice|miss me|be sad)(?: at all)? if i (?:died|was dead|were dead|was gone|were gone|killed myself|disappeared forever)\b`,
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
      String.raw`\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my )?(?:things|stuff|belongings|possessions|everything|pets?|cat|dog|games|collection|savings)\b|\b(?:affairs|things|everything) in order\b|\b(?:after|when|once|for after|for when|by the time) (?:i am|i will be|i)? ?(?:gone(?!\x20(?:for|to|on|out|from|away|shopping))|dead|no longer here|not here anymore|not around anymore)\b`,
    ),
  },

  // --------------------------------------------------------------- farewell
  {
    id: "en.farewell.goodbye",
    level: "crisis",
    category: "farewell",
    pattern: en(
      String.raw`\b(?:goodbye|good bye|farewell|so long) (?:everyone|everybody|world|forever|for good|for ever|cruel world|for the last time|all of you)\b|\bbye (?:forever|for good|for ever|cruel world|world|for the last time)\b|\b(?:want|wanted|need|needed|came|wanna) to say (?:my )?(?:goodbye|goodbyes|bye|farewell)\b|\bsa(?:id|y|ying) (?:my )?(?:last |final )?goodbyes\b|\bthis is (?:my )?(?:last|final) (?:message|goodbye|words|post|text|time (?:talking|writing|messaging))\b|\b(?:this is|its) (?:my )?goodbye\b|\b(?:my|these are my) (?:last|final) words\b|\bif (?:you|they|anyone) (?:dont|do not|never) hear from me (?:again|tomorrow|by|after|anymore)\b|\b(?:you|they|nobody|no one|everyone) (?:wont|will not|will never|ll never|wont ever|will not ever|never) (?:hear from|see|talk to|hear) (?:me|from me) (?:again|anymore|ever again|after (?:today|tonight))\b`,
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

  // --------------------------------------------------------------- attempt in progress
  {
    id: "en.attempt-in-progress.took-pills",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:took|taken|swallowed|downed|ate) (?:all|all of|every|each of|the whole|a whole|an entire|the entire|the rest of|too many|a lot of|lots of|loads of|a bunch of|a handful of|a fistful of|way too many|double|triple|(?:like |over |about |around |more than )?(?:[5-9]|\d{2,})) (?:of )?(?:my |the |these |those |her |his |their |mums |moms |dads )?(?:[a-z]+\x20)?${PILLS}\b|\b(?:already|just) (?:taken|took|swallowed) (?:the|my|all|all my|all the) ${PILLS}\b|\b(?:took|taken|swallowed|downed|ate) (?:everything|all|whatever (?:was|i could find)) (?:in|from) (?:the |my |our )?(?:medicine|meds|pill|bathroom|first aid) ?(?:cabinet|cupboard|drawer|box|kit)\b`,
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
      String.raw`\b(?:i am|currently|standing|sitting) (?:standing |sitting |now |right now |already )?(?:on|at|by) (?:the |a |this |my )?(?:train |railway |rail |subway )?(?:edge(?!\x20of)|ledge|railing|tracks|railway|railroad|cliff)\b|\b(?:standing|sitting|climbed|climbing) (?:on|onto|up|over) (?:the |a |this )?(?:bridge|roof|rooftop|railing|balcony railing|top of (?:the|a) (?:building|bridge|parking garage|tower))\b(?!\x20(?:team|club|game))`,
    ),
  },
  {
    // A roof or a bridge alone is where people also are for ordinary reasons: a concern,
    // made a crisis by the escalation when another warning sign stands beside it.
    id: "en.attempt-in-progress.high-place",
    level: "concern",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:i am|currently) (?:now |right now |already )?(?:on|at) (?:the |a |this )?(?:bridge|roof|rooftop|top of (?:the|a) (?:building|bridge|parking garage|tower))\b(?!\x20(?:team|club|game|call|project|crew))`,
    ),
  },
  {
    id: "en.attempt-in-progress.bleeding",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: en(
      String.raw`\b(?:wont|will not|cant|doesnt|does not|isnt|is not|wouldnt) stop bleeding\b|\bbleeding (?:a lot|so much|everywhere|heavily|badly|out)\b|\bcut too deep\b|\b(?:lost|losing) (?:a lot of|so much|too much) blood\b|\bblood everywhere\b|\b(?:the )?(?:rope|noose|pills|gun|note|chair) (?:is|are) (?:all )?(?:ready|tied|set up|loaded|in place|prepared)\b`,
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
      String.raw`\b${HOME_SUBJECT}\b[^.]{0,40}?\b(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|punches|punched|punching|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|hurts|hurt|hurting|abuses|abused|abusing|attacks|attacked|attacking|threatens|threatened|threatening|pushes|pushed|shoves|shoved|throws (?:things|stuff) at|threw [^.]{0,20}?at|locks|locked|lock|stabbed|stabs|burns|burned|rapes|raped|touches|touched|grabs|grabbed|drags|dragged|whips|whipped|tied up) (?:[a-z]+\x20)?(?:me|us|my (?:mom|mum|mother|dad|father|brother|sister|wife|husband|son|daughter|kids?|children|baby|grandma|grandpa))\b|\b(?:he|she)(?: always| keeps| still| often| sometimes| just)? (?:hits|hit|beats|beat|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangles|strangled|stabbed|rapes|raped) (?:me|us)\b`,
    ),
  },
  {
    id: "en.danger-at-home.kill-threat",
    level: "crisis",
    category: "danger-at-home",
    pattern: en(
      String.raw`\b${HOME_SUBJECT}\b[^.]{0,30}?\b(?:will|would|is going to|are going to|going to|wants to|tried to|try to|tries to|threatened to|threatens to|swore to|hell|shell|theyll|hes going to|shes going to|says he will|says she will|said he would|said she would) ${ADV}kill (?:me|us)\b`,
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
      String.raw`\b(?:want to|going to|might|will|ill|afraid i will|afraid ill|scared i will|scared ill|could|feel like i could|thinking about|think about|thinking of|about to|worried i will|worried ill|urge to) ${ADV}(?:kill|hurt|stab|strangle|murder|attack|hit|beat|poison) (?:my )?(?:dad|father|mom|mum|mother|step ?dad|step ?father|step ?mom|brother|sister|husband|wife|parents|family|son|daughter|grandma|grandpa|grandmother|grandfather|baby|kids|children)\b`,
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

const THIRD_PARTY =
  /\b(?:(?:my|our|a|his|her|their|this|one of my) (?:best |close |little |older |younger |big |baby |twin |ex |oldest |youngest )?(?:friend|friends|bf|gf|boyfriend|girlfriend|brother|sister|son|daughter|kid|kids|child|children|mom|mum|mother|dad|father|parent|parents|husband|wife|partner|cousin|classmate|roommate|flatmate|coworker|colleague|niece|nephew|uncle|aunt|grandma|grandpa|grandmother|grandfather|student|client|patient|neighbou?r|teammate|buddy|mate|sibling|stepson|stepdaughter|fiancee?)|someone|somebody|he|she|they|he is|she is|hes|shes)\b(?:(?!\bi\b)[^.])*$/;

const FIRST_PERSON = /\b(?:i|me|my|myself|mine)\b/;

function thirdPartySubject(ctx: MatchContext): boolean {
  return THIRD_PARTY.test(sentenceBefore(ctx)) && !FIRST_PERSON.test(ctx.match);
}

const WINDOW = (ctx: MatchContext): string => `${ctx.before} ${ctx.match} ${ctx.after}`;

const PAST_EVENT =
  /\b(?:last (?:night|week|month|year|time)|yesterday|ago|in (?:the )?hospital|recovering|recovered|survived|is (?:ok|okay|fine|safe) now|how (?:can|do|should) i (?:support|help)|earlier this)\b/;

const COMPLETED_DEATH =
  /\b(?:killed|hanged|shot|ended|took|overdosed|died|passed|committed|lost)\b|\b(?:committed|died by|died of|lost (?:him|her|them) to) $/;

const PAST_MARKER =
  /\b(?:used to|use to|back (?:in|when|then)|when i was (?:younger|a kid|a child|a teen|a teenager|little|in (?:high|middle|junior high|elementary|primary|secondary) school|in school|at school|in college|at uni|\d+)|(?:(?:\d+|a few|a couple of|several|many|two|three|some) )?(?:years|months|ages) (?:ago|back)|long ago|a (?:year|month) ago|in the past|at one point|in (?:college|uni|university|school|high school|middle school|my teens|my twenties)|during (?:college|uni|university|school)|as a student|as a (?:kid|teen|teenager|child)|in (?:high|middle) school|during (?:high|middle) school|years back)\b/;

const RESOLVED =
  /\b(?:not anymore|no longer|not any more|better now|doing better|much better|(?:a )?better place|i am (?:ok|okay|fine|good|better|happy|safe) now|things are (?:better|good|okay|ok)|it is better now|its better now|it passed|got help|got better|recovered|clean for|been clean|not now|(?:therapy|meds|medication|treatment|it|they|counsel+ing|support) helped|helped (?:a lot|me)|in recovery|in a good place|now i am (?:ok|okay|fine|good|better|happy))\b/;

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

function pastIdeation(ctx: MatchContext): boolean {
  return PAST_MARKER.test(clauseText(ctx)) && !STILL.test(WINDOW(ctx));
}

const isEnglish = (id: string): boolean => id.startsWith("en.");

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
      /\b(?:homework|work|job|exams?|tests?|assignments?|essay|deadlines?|commute|heat|cold|weather|humidity|feet|back|head|headache|neck|legs|knees|shoes|songs?|suspense|cliffhanger|show|game|level|boss|teacher|class|school|traffic|noise|wait|waiting|cramps|tooth|toothache|allergies|stomach|hunger|cuteness|puns?|jokes?|humou?r|you|your [a-z]+|ur [a-z]+|this (?:song|show|game|level|episode|heat|weather))(?: is| are| s)?(?: really| literally| actually| so)? ?$/.test(
        ctx.before,
      ),
  },
  {
    id: "en.idiom.if-caught",
    kind: "idiom",
    lowersTo: "none",
    appliesTo: ruleIds("en.distress.dying", "en.danger-at-home.kill-threat"),
    test: (ctx) =>
      /^ (?:if|when|once) (?:she|he|they|my [a-z]+|mom|dad|the teacher|anyone|someone|people|i|we)? ?(?:sees|see|finds out|find out|finds|catches|catch|knows|know|hears|hear|learns|learn|gets home|notices|notice|checks|check|realizes|realises|fail|lose|miss|forget|break|am late|dont|do not)\b/.test(
        ctx.after,
      ) ||
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
    appliesTo: inCategories("passive-ideation", "method-question", "plan"),
    test: (ctx) =>
      /^ (?:in|on) (?:the |this |that |a |my )?(?:game|level|round|match|minecraft|fortnite|roblox|dark souls|elden ring|hardcore mode|raid|dungeon|gta)\b/.test(
        ctx.after,
      ) ||
      /\b(?:respawn|respawning|my character|my char|in game|ingame|hardcore mode)\b/.test(
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
    test: thirdPartySubject,
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
