/** The en rules of category `distress`; each rule's examples are in test/safety/rule-examples.json. */
import { en, type RiskRule } from "../../rule-types.js";
import { gated, phrase } from "./patterns.js";

export const EN_DISTRESS_RULES: readonly RiskRule[] = [
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
  {
    // "can't stop replaying stuff from high school. it's been 10 years": old memories on a loop.
    id: "en.distress.replaying-the-past",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:cant|can not|cannot|keep|keeps|still|always) (?:stop )?(?:replaying|reliving|going over|rehashing)\b(?:[^.]{0,40}?\b(?:high school|middle school|school|childhood|years ago|when i was|back then|college|uni)\b(?!\x20musical)|[^]{0,60}?\b(?:its|it has|been) (?:been )?(?:\d+|ten|five|many|so many) years\b)`,
    ),
  },
  {
    // "mom cried again today because of me": a family member's tears one blames oneself for.
    id: "en.distress.cried-because-of-me",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:mom|mum|mother|dad|father|parents|grandma|gran|nan|wife|husband|sister|brother)s?\b[^.]{0,12}?\b(?:cried|cries|crying|was crying|is crying|were crying|has been crying|have been crying|broke down|breaks down|in tears|weeps|wept|sobs|sobbing|sobbed)\b(?![^.]{0,50}?\b(?:happy|joy|laugh\w*|proud|touched|onions?)\b)[^.]{0,50}?\b(?:(?:and )?i (?:know|think|can tell|reckon)(?: that)? )?(?:(?:its|it is|its all|it s) |all )?because of me\b(?![^]{0,40}?\b(?:happy|joy|surprise|surprised|gift|present|proud|laugh|laughing|lol|lmao|touched|wedding|speech|graduation)\b)`,
    ),
  },
  {
    // "not suicidal, just really numb. like watching my life through glass": the world at a
    // remove, or numbness said on its own (numb fingers, a numb leg or the dentist are not).
    id: "en.distress.life-through-glass",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: gated(
      "life|numb|unreal|detached|glass|dream|watching|living|seeing|observing|viewing",
      String.raw`\blike (?:i am |im )?(?:watching|living|seeing|observing|viewing) (?:my (?:own )?life|myself|everything|the world|it all)\b(?=\x20(?:through (?:glass|a (?:window|screen|fog|glass wall))|from (?:outside|the outside|behind (?:glass|a (?:window|screen))|a distance|far away|above)|on (?:a screen|tv|a tv)|like (?:a|its a) (?:film|movie|tv show)|happen to someone else))|\b(?:life|everything|the world|it all)\b[^.]{0,20}?\b(?:feels|seems) (?:so |really |all )?(?:unreal|fake|far away|like a dream|behind glass)\b(?![^.]{0,40}\b(?:holiday|wedding|trip|concert|won|lottery|engaged|married|baby|born|news|graduat\w*|job offer|amazing|awesome|lol|haha)\b)|\blike (?:i am |im |i live |i am living |living |everything is |its all |life is )?(?:behind|through|under) (?:a )?(?:pane of |wall of |sheet of |layer of )?glass\b|\bdetached from (?:myself|my (?:own )?(?:body|life|feelings)|everything|everyone|reality)\b|(?<!\b(?:cold|freezing|toes|fingers|feet|hands|lips?|mouth|gums?|tooth|teeth|dentist|anaesthetic|anesthetic|injection|legs?|arms?|foot|face|snow|ice|jaw)\b[^]{0,40})(?:^|[.,]\x20?|\bjust )(?:(?:really|so|completely|totally|very|kind of|kinda) ){0,3}numb(?:\x20(?:inside|all the time|every day|lately|again))?(?=\x20?(?:$|[.,]|like|inside|lately|tbh|honestly))(?![^]{0,60}\b(?:cold|freezing|toes|fingers|feet|hands|lips?|mouth|gums?|tooth|teeth|dentist|anaesthetic|anesthetic|injection|legs?|arms?|foot|face|snow|ice|jaw)\b)`,
    ),
  },
  {
    // "bit cooked in the head tbh. havent talked to a real person since christmas": nobody for
    // weeks, said beside a mind that is going (a quiet week alone, said calmly, is not this).
    id: "en.distress.alone-and-head-going",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: gated(
      "talked|spoken|spoke|seen|person|human|soul",
      String.raw`\b(?:havent|have not|hasnt|not|didnt|did not|no one|nobody) (?:really |properly |actually )?(?:talked|spoken|spoke|seen|talk|speak) (?:to |with )?(?:a (?:real |single |living )?(?:person|human|human being|soul)|another (?:person|human)|anyone|anybody|a real life person|people|a friend)\b[^.]{0,30}?\b(?:since (?:christmas|new year|easter|summer|the summer|last (?:year|month|summer|christmas)|january|february|march|april|may|june|july|august|september|october|november|december|i (?:left|lost|quit|moved|finished))|in (?:weeks|months|ages|forever|years|(?:\d+|two|three|four|five|six|several|a few|a couple of) (?:weeks|months|years))|for (?:weeks|months|ages|years|(?:\d+|two|three|four|five|six|several|a few|a couple of) (?:weeks|months|years)))\b(?:(?<=\b(?:cooked|fried|frazzled|scrambled|mental|going (?:a bit |slightly |properly |fully |completely )?(?:mad|crazy|insane|mental|nuts)|losing (?:it|my mind|the plot)|not right|messed up|fucked|all over the place|a mess|numb|empty|talking to myself|hearing things|weird in the head|off in the head)\b[^]{0,120})|(?=[^]{0,120}\b(?:cooked|fried|frazzled|scrambled|going (?:a bit |slightly |properly |fully |completely )?(?:mad|crazy|insane|mental|nuts)|losing (?:it|my mind|the plot)|not right in the head|messed up in the head|talking to myself|hearing things|weird in the head|off in the head|a mess|numb|empty)\b))(?![^]{0,80}\b(?:bored\w*|boredom|revision|revising|exams?|deadline|crunch|lol|haha|lmao)\b)`,
    ),
  },
  {
    // "a few years ago i tried to end things ... the anniversary is this week": a past attempt's
    // anniversary weighing now.
    id: "en.distress.attempt-anniversary",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: gated(
      "anniversary",
      String.raw`\b(?:tried to (?:end (?:it|things|my life)|kill myself|take my (?:own )?life)|attempt(?:ed)?|overdose|overdosed|suicide)\b[^]{0,120}?\banniversary\b|\banniversary of (?:my|the) (?:attempt|overdose|suicide attempt)\b`,
    ),
  },
  {
    // "my cat died last month and she was my only friend": a pet who was all one had.
    id: "en.distress.pet-only-friend",
    level: "concern",
    category: "distress",
    pattern: gated(
      "died|passed|down|sleep|gone",
      String.raw`(?:\b(?:cat|dog|rabbit|hamster|bird|budgie|parrot|pet|kitty|puppy|guinea pig)\b[^.]{0,30}?\b(?:died|passed|passed away|was put down|put to sleep|gone)|\b(?:put|had|have) (?:my|our) (?:[a-z]+ )?(?:cat|dog|rabbit|hamster|bird|budgie|parrot|pet|kitty|puppy|guinea pig) (?:down|to sleep))\b[^]{0,60}?\b(?:(?:my|the) only (?:friend|company|one)|all i had|only one i (?:had|talked to))\b`,
    ),
  },
  {
    // "got knocked back from the one job i applied for. back to square one": a rejection that
    // undoes the little that was built.
    id: "en.distress.rejected-back-to-nothing",
    level: "concern",
    category: "distress",
    pattern: gated(
      "square|nothing|point",
      String.raw`\b(?:knocked back|rejected|rejection|turned down|didnt get (?:it|the job)|did not get (?:it|the job)|ghosted|no reply)\b[^]{0,120}?\b(?:back to square one|back to nothing|no point (?:trying|applying)|whats the point (?:of )?(?:trying|applying))\b`,
    ),
  },
  {
    // "i miss him so much it actually hurts": missing someone close with pain.
    id: "en.distress.miss-it-hurts",
    level: "concern",
    category: "distress",
    pattern: gated(
      "hurts",
      String.raw`\bmiss (?:him|her|them|my (?:brother|sister|son|daughter|mum|mom|dad|friend|best friend|grandma|grandad|nan|wife|husband|partner)) so much (?:that )?it (?:actually |really |physically |literally )?hurts\b`,
    ),
  },
];
