/** The en rules of category `distress`; each rule's examples are in test/safety/rule-examples.json. */
import { en, type RiskRule } from "../../rule-types.js";
import { phrase } from "./patterns.js";

/** A practical question around a plain fact: benefits, a CV, a visa, "can I". */
const PRACTICAL_ASK = String.raw`\b(?:benefits?|claim\w*|pension|allowance|universal credit|jobcentre|tax\w*|cv|resume|visa|insurance|apply\w*|application|interview|how (?:do|can|should) i|can i|any tips|advice|is (?:it|that|this) (?:normal|ok|possible|common))\b|\?`;

/** Someone the writer watches: a pronoun, or a relation with my or our. */
const WATCHED = `(?:him|her|them|(?:my|our) (?:[a-z]+ )?(?:son|daughter|boy|girl|kid|child|brother|sister|mum|mom|mother|dad|father|husband|wife|partner|grandson|granddaughter|friend))`;
/** How they are: like this, suffering, wasting away, shut away. */
const WATCHED_STATE = String.raw`(?:like (?:this|that)|this way|suffer\w*|struggl\w*|in (?:so much )?pain|hurting|so (?:low|sad|lost|withdrawn|depressed|empty|hopeless)|waste away|wasting away|fade|fading|shut (?:away|in|himself|herself|themselves)|give up|giving up|disappear\w*|cry\w*|sink\w*|fall apart|falling apart|go downhill|lose (?:himself|herself|themselves))`;
/** A withdrawal said of someone: not out of their room for long, shut in, speaking to no one. */
const WITHDRAWN_SIGN = `(?:(?:hasnt|has not|hadnt|had not|wont|will not|doesnt|does not|never|barely|hardly|rarely) (?:left|leave|leaves|come out of|came out of|comes out of|been out of|gone out of|go out of|goes out of|stepped out of) (?:his|her|their|the) (?:room|bedroom|house|flat|apartment|home)|(?:shut|locked|closed) (?:himself|herself|themselves) (?:in|away|off)|(?:stays|stayed|staying|lives|living|hides|hiding) in (?:his|her|their) room|(?:hasnt|has not|doesnt|does not|wont|will not) (?:spoken|talked|speak|talk) to (?:anyone|anybody|us|me|the family))`;
/** The writer at a loss: not knowing what to do any more, at wits' end, desperate. */
const AT_A_LOSS = `(?:(?:i|we) (?:dont|do not|no longer) know what (?:else )?to do|(?:i am|im|we are|were) at (?:my|our) wits end|(?:i am|im|we are|were) (?:completely |totally )?at a loss|(?:i|we) (?:dont|do not) know how to (?:help|reach|get through to) (?:him|her|them)|(?:i am|im|we are|were) (?:so |completely |totally )?(?:desperate|helpless|out of ideas)|(?:ive|i have|weve|we have) tried everything|(?:i|we) (?:cant|cannot|can not) (?:cope|go on like this|take (?:it|this|much more)))`;
/** Everyday reasons for a day in one's room, and a proud parent's tears. */
const WATCHING_EVERYDAY = String.raw`(?:lol|lmao|haha|today|all day|this morning|this weekend|since lunch|new game|gaming|exams?|revis\w*|sulk\w*|grounded|teenagers?|flu|cold|covid|chicken ?pox|leave for|leaving for|go to uni|grow up|growing up|graduat\w*|proud|move out|moving out|wedding|so big|movie|film|show|episode|book)`;

/**
 * A supporter's distress about someone's state (also read by subject.ts: it is about them): the
 * weight of watching them, or a withdrawal and the writer at a loss, in either order.
 */
export const WATCHING_SOMEONE_SUFFER = String.raw`\b(?:(?:(?:it )?(?:breaks|is breaking|broke|breaking|tears) (?:my|our) hearts? (?:to (?:watch|see|hear)|watching|seeing)|(?:hard|painful|heartbreaking|awful|agony|unbearable|torture) (?:to watch|watching|to see|seeing)|(?:cant|cannot|can not) bear (?:to (?:watch|see)|watching|seeing)) ${WATCHED}\b[^.]{0,20}?\b${WATCHED_STATE}|${WITHDRAWN_SIGN}\b[^]{0,120}?\b${AT_A_LOSS}|${AT_A_LOSS}\b[^]{0,120}?\b${WITHDRAWN_SIGN})\b(?<!\b${WATCHING_EVERYDAY}\b[^]{0,160})(?![^]{0,80}\b${WATCHING_EVERYDAY}\b)`;

export const EN_DISTRESS_RULES: readonly RiskRule[] = [
  {
    // "it breaks my heart to watch her like this", "he hasn't left his room in a year and I don't
    // know what to do anymore": a supporter's distress about someone's state, with no risk word.
    // A teenager's day of gaming, a child leaving for university or a sad film are not this.
    id: "en.distress.watching-someone-suffer",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(WATCHING_SOMEONE_SUFFER),
  },
  {
    // "my mum died in april and the house is so quiet now. she was the only person i talked to":
    // the only one the writer talked to, gone. A favourite teacher at school or a new friend
    // said as good news is not this.
    id: "en.distress.only-one-i-talked-to",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:she|he|they|mum|mom|dad|nan|gran|grandma|grandpa)(?: was| were|s)|(?:was|were) (?:the|my)) (?:the |my )?only (?:person|one|friend|people|human|company) (?:i (?:ever )?(?:talked|spoke|talk|speak|could talk|could speak|had)|(?:who|that) (?:talked|spoke|listened) (?:to|with) me)\b(?![^]{0,60}\b(?:at school|in class|lol|haha|until|till|now i have|but now)\b)`,
    ),
  },
  {
    // "see old classmates on linkedin with kids and houses and promotions and i just want to chuck
    // my phone across the room": others' lives held up against one's own, with the urge or the
    // ache it leaves. Congratulating them, or a job search, is not this.
    id: "en.distress.others-lives-compared",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:see|seeing|saw|scroll\w*|look\w* at)\b[^.]{0,20}?\b(?:old |former |school )?(?:classmates|school friends|friends from school|people i went to school with|everyone i know|people my age|my cousins|my siblings)\b[^.]{0,40}?\b(?:with|having|getting|have|got) (?:their )?(?:kids|houses|a house|careers|promotions|weddings|jobs|partners|babies|families|degrees)\b[^]{0,60}?\b(?:i (?:just )?(?:want to|wanna|feel like) (?:chuck|throw|smash|disappear|hide|scream|cry|die)|makes? me (?:feel )?(?:sick|worthless|useless|like (?:a failure|nothing|shit))|i (?:cant|cannot) (?:stand|bear|take) it|i feel (?:so )?(?:worthless|useless|like a failure|pathetic|left behind))\b(?![^]{0,40}\b(?:congrat\w*|happy for|proud of|lol|haha)\b)`,
    ),
  },
  {
    // Awake till dawn every night, forgetting to eat, a stone lost since a death.
    id: "en.distress.carer-signs",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
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
      String.raw`\bi (?:really |just |so |fucking )?(?:hate|despise|loathe|cant stand) (?:myself|my life|being me|who i am)\b|\b(?:i am|i feel|feel|feeling|feelin|i am just|i am such) (?:so |completely |totally |utterly |really |just |such |a |like a |like )?(?:worthless|useless|empty|numb|hopeless|broken|failure|like nothing|garbage|trash|trapped|dead inside|unlovable|pathetic|disgusting)\b`,
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
    pattern: phrase(
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
    pattern: phrase(
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
    pattern: phrase(
      String.raw`\b(?:tried to (?:end (?:it|things|my life)|kill myself|take my (?:own )?life)|attempt(?:ed)?|overdose|overdosed|suicide)\b[^]{0,120}?\banniversary\b|\banniversary of (?:my|the) (?:attempt|overdose|suicide attempt)\b`,
    ),
  },
  {
    // "my cat died last month and she was my only friend": a pet who was all one had.
    id: "en.distress.pet-only-friend",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`(?:\b(?:cat|dog|rabbit|hamster|bird|budgie|parrot|pet|kitty|puppy|guinea pig)\b[^.]{0,30}?\b(?:died|passed|passed away|was put down|put to sleep|gone)|\b(?:put|had|have) (?:my|our) (?:[a-z]+ )?(?:cat|dog|rabbit|hamster|bird|budgie|parrot|pet|kitty|puppy|guinea pig) (?:down|to sleep))\b[^]{0,60}?\b(?:(?:my|the) only (?:friend|company|one)|all i had|only one i (?:had|talked to))\b`,
    ),
  },
  {
    // "got knocked back from the one job i applied for. back to square one": a rejection that
    // undoes the little that was built.
    id: "en.distress.rejected-back-to-nothing",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:knocked back|rejected|rejection|turned down|didnt get (?:it|the job)|did not get (?:it|the job)|ghosted|no reply)\b[^]{0,120}?\b(?:back to square one|back to nothing|no point (?:trying|applying)|whats the point (?:of )?(?:trying|applying))\b`,
    ),
  },
  {
    // "i miss him so much it actually hurts": missing someone close with pain.
    id: "en.distress.miss-it-hurts",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\bmiss (?:him|her|them|my (?:brother|sister|son|daughter|mum|mom|dad|friend|best friend|grandma|grandad|nan|wife|husband|partner)) so much (?:that )?it (?:actually |really |physically |literally )?hurts\b`,
    ),
  },
  {
    // "61 and haven't had a real conversation with anyone except the pharmacist in 2 years":
    // no one to talk to for a year or more, with or without the one shop counter left.
    id: "en.distress.years-without-anyone",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:havent|have not|hasnt|not|didnt|did not|never) (?:had|have) (?:a |one )?(?:real |proper |single |actual |decent )?(?:conversation|chat|talk|conversations|chats)\b[^.]{0,20}?\b(?:with|to) (?:anyone|anybody|a (?:single |living )?(?:soul|person|human)|another (?:person|human))\b(?:[^.]{0,40}?\b(?:except|apart from|other than|besides|but)\b[^.]{0,30}?)?\x20?\b(?:in|for) (?:over |more than |about |nearly |almost )?(?:years|a year|(?:\d+|two|three|four|five|six|several|a few|a couple of|many) years|a year and a half|(?:\d+|six|seven|eight|nine|ten|eleven|twelve) months)\b(?![^]{0,60}\b(?:lol|lmao|haha|bliss|loving it|love it|introvert\w*|suits me|perfect|peace)\b)`,
    ),
  },
  {
    // "no but it's not just a bad day, it's been bad for years": a low that is not a day but
    // a stretch of years, said against being told it will pass.
    id: "en.distress.bad-for-years",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:not (?:just |only |simply )?(?:a |one )?bad (?:day|week|night|patch|phase|mood)\b[^]{0,40}?\b(?:its |it is |it has |ive |i have )?(?:been|felt|was) (?:bad|awful|like this|this way|dark|hell|terrible|horrible|shit|crap) (?:for|since) (?:years|months|ages|a long time|as long as i can remember|(?:\d+|two|three|four|five|several|many) years)\b|\b(?:ive|i have) (?:felt|been feeling|been) (?:like this|this way|this low|this empty|this bad|so low|so empty|so down) (?:for|since) (?:years|as long as i can remember|(?:\d+|two|three|four|five|several|many) years))\b(?<!\b(?:back|knee|knees|hip|neck|skin|eczema|acne|wifi|signal|traffic|roads?|work|pizza|team|club)\b[^]{0,100})(?![^]{0,60}\b(?:back|knee|knees|hip|neck|skin|eczema|acne|wifi|signal|traffic|roads?|lol|haha|pizza|team|club)\b)`,
    ),
  },
  {
    // "the debt collectors keep calling. I just let it ring. I don't know how to fix any of
    // this": debts chasing one who hides from them.
    id: "en.distress.debts-chasing",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:debt collectors?|bailiffs?|creditors|debt (?:letters|calls)|final demands?|arrears letters?|loan sharks?)\b[^]{0,60}?\b(?:(?:let|letting) (?:it|them|the phone) ring|(?:dont|cant|wont|not) (?:pick up|answer|open (?:them|the letters|the post))|(?:ignoring|hiding from|screening) (?:them|the calls|the letters|the post)|turned (?:my|the) phone off|phone (?:is )?(?:off|switched off)|(?:dont|do not) know how to (?:fix|get out of|sort|pay|deal with)|cant (?:sleep|breathe|cope|face (?:it|them|the post))|scared to (?:answer|open))\b(?<!\b(?:previous (?:tenant|owner)|old tenant|wrong number|scam\w*|i work|my job|as a|sorted|paid (?:off|it)|cleared)\b[^]{0,140})(?![^]{0,80}\b(?:previous (?:tenant|owner)|old tenant|wrong number|scam\w*|sorted|paid (?:off|it)|cleared|lol)\b)`,
    ),
  },
  {
    // "lost my job because of gambling and now I'm hiding it from my own family": a gambling
    // loss kept secret from those at home.
    id: "en.distress.gambling-hidden",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:gambling|gambled|gamble|betting|bets|slots|slot machines|casino|pokies|sports ?book)\b[^]{0,100}?\b(?:hiding (?:it|this|everything|the \w+)|hid (?:it|this|everything)|kept (?:it|this) (?:from|secret)|keeping (?:it|this) (?:from|secret)|lying (?:to|about)|lied to|secret from|(?:dont|doesnt|do not|does not) know)\b[^.]{0,30}?\b(?:(?:my|our) (?:own )?(?:family|wife|husband|partner|parents|mum|mom|dad|kids|girlfriend|boyfriend)|everyone|anyone|them)|(?:gambling|gambled|gamble|betting|bets|slots|slot machines|casino|pokies|sports ?book)\b[^]{0,100}?\b(?:(?:my|our) (?:own )?(?:family|wife|husband|partner|parents|mum|mom|dad|kids|girlfriend|boyfriend)|nobody|no one) (?:doesnt|does not|dont|do not) know|(?:gambling|gambled|gamble|betting|bets|slots|slot machines|casino|pokies|sports ?book)\b[^]{0,100}?\b(?:(?:my|our) (?:own )?(?:family|wife|husband|partner|parents|mum|mom|dad)) (?:has|have) no idea|(?:hiding|hid|hidden|kept|keeping|lying (?:to|about)|lied (?:to|about)|secret from)\b[^.]{0,30}?\b(?:gambling|gambled|gamble|betting|bets|slots|slot machines|casino|pokies|sports ?book)\b[^.]{0,30}?\bfrom (?:(?:my|our) (?:own )?(?:family|wife|husband|partner|parents|mum|mom|dad|kids|girlfriend|boyfriend)|everyone|anyone|them))\b(?<!\b(?:surprise|party|birthday|film|movie|show|game night|poker night|fantasy)\b[^]{0,180})(?![^]{0,60}\b(?:surprise|party|birthday|lol|haha|yet)\b)`,
    ),
  },
  {
    // "Mum died in March and I still can't open her wardrobe": a death's things left untouched
    // because one cannot face them.
    id: "en.distress.cant-face-their-things",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:died|passed|passed away|lost (?:him|her|them|my \w+)|funeral|death)\b[^]{0,80}?\b(?:still )?(?:cant|cannot|can not|couldnt|havent been able to|have not been able to|cant bring myself to|cannot bring myself to|havent brought myself to) (?:even )?(?:open|touch|go into|go in|clear|clear out|sort|sort out|look at|move|empty|wash) (?:her|his|their|the) (?:wardrobe|closet|room|bedroom|things|clothes|stuff|drawers|phone|study|shed|side of the bed|bag)\b(?![^.]{0,40}\b(?:stuck|jammed|locked|key|hinge|broken|lock|password|passcode|code|too heavy)\b)`,
    ),
  },
  {
    // "Since my dog died the house is so quiet I can hear the fridge. I hate it": the silence
    // a death left in the house, said as unbearable. Since the seventeenth pass (after round 22)
    // a divorce, a partner moving out or coming home from a ward leaves it too ("Divorce was
    // finalised today... the house is so quiet I can hear the fridge hum").
    id: "en.distress.house-quiet-since",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:died|passed|passed away|put down|put to sleep|left me|lost (?:him|her|them|my \w+)|funeral|divorce\w*|separated|split up|broke up|moved out|discharged|out of (?:the )?(?:hospital|ward)|home from (?:the )?(?:hospital|ward))\b[^]{0,100}?\b(?:house|flat|home|place|apartment)\b[^.]{0,20}?\b(?:is |s |feels |has been |got |gone )?(?:so |too |really |very |that |dead )?(?:quiet|silent|empty)\b[^]{0,60}?\b(?:hate (?:it|this|the quiet|the silence)|cant (?:stand|bear|take) (?:it|the quiet|the silence)|unbearable|deafening|killing me|(?:can )?hear the (?:fridge|clock|ticking|clock ticking))\b(?![^]{0,40}\b(?:peace|bliss|love it|lovely|nice|relax\w*|finally)\b)`,
    ),
  },
  {
    // "I am 29 years old and never worked": never having worked, said with one's age. Never
    // having worked with a tool, at a place or as something, or said to ask about benefits, a
    // CV or a visa, is not this.
    id: "en.distress.never-worked",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`(?:\b(?:i am|im|i m|i turn|i turned|turning) (?:\d{2}|twenty|thirty|forty)\b[^.]{0,30}?\b(?:and|but|,)(?:\x20i)?(?: have| still| ve)* never (?:worked|had (?:a|any|one) (?:real |proper )?job)\b(?!\x20(?:with|on|for|at|in|as|out|so|this|that|there|here|under|from|hard|harder|together|overtime|nights|weekends|retail|remotely|abroad))|\bi (?:have |ve )?(?:still )?never (?:worked|had (?:a|any|one) (?:real |proper )?job)(?:\x20(?:in my (?:whole )?life|a (?:single )?day|ever|at all))?(?=\x20?(?:$|[.,!]))(?<=\b(?:i am|im|i turn|turning|at) (?:\d{2}|twenty|thirty|forty)\b[^]{0,100}))(?<!(?:${PRACTICAL_ASK})[^]{0,160})(?![^]{0,160}(?:${PRACTICAL_ASK}))`,
    ),
  },
  {
    // "When mother look at me I see disappointment": a parent's disappointment or shame in one,
    // seen in how they look. Disappointed in a film, a restaurant or a score is not this.
    id: "en.distress.parent-disappointed-in-me",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:my )?(?:mother|mom|mum|father|dad|parents?|family)(?:s)? (?:look|looks|looking|looked) at me\b[^.]{0,30}?\b(?:disappointment|disappointed|ashamed|shame|pity|(?:like|as) (?:a|if im a|if i am a) (?:failure|disappointment))|(?:my )?(?:mother|mom|mum|father|dad|parents)(?:\x20is|\x20are|\x20was|\x20were|s)? (?:so |very |really |always |just )?(?:disappointed|ashamed) (?:in|of|with) me|(?:see|saw|feel) (?:the )?(?:disappointment|shame) in (?:my )?(?:mother|mom|mum|father|dad|parents)s? (?:eyes|face)|i am (?:a|such a|the) (?:failure|disappointment) (?:to|for) (?:my )?(?:mother|mom|mum|father|dad|parents|family))\b(?![^.]{0,30}\b(?:lol|haha|lmao|jk|because i (?:ate|forgot|broke|lost)|about the|for (?:eating|forgetting|breaking))\b)`,
    ),
  },
  {
    // "I cannot breath well when I think about future": breath lost at the thought of the
    // future (a learner's "breath" for "breathe"). Running, a cold or a view that takes the
    // breath away is not this.
    id: "en.distress.breathless-at-the-future",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:cannot|cant|can not|could not|couldnt|hard to|difficult to|struggle to|i cant|unable to) (?:breath|breathe)|(?:stop|stops|stopped) breathing|(?:lose|losing) my breath)\b[^.]{0,20}?\b(?:when|whenever|if|every time) (?:i )?(?:think|thinking|thought) (?:about|of) (?:the |my )?(?:future|tomorrow|what (?:will|is going to) happen|next year|my life)\b|\b(?:think|thinking|thought) (?:about|of) (?:the |my )?future\b[^.]{0,30}?\b(?:cannot|cant|can not|hard to|struggle to|unable to) (?:breath|breathe)\b`,
    ),
  },
  // ------------------------------------------------ sixteenth pass (after round 21), distress
  {
    // "the doorbell rang and I hid behind the couch for 20 minutes. it was a package. i'm 34":
    // hiding from the door, ashamed. Hide and seek, a prank or a surprise party are not this.
    id: "en.distress.hid-from-doorbell",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:doorbell|door bell|someone knocked|knock(?:ed|ing)? (?:at|on) the door)\b[^]{0,40}?\b(?:i )?hid (?:behind|under|in)\b(?<!\b(?:hide and seek|prank\w*|surprise|party|game|kids|toddler|cat|dog)\b[^]{0,120})(?![^]{0,60}\b(?:hide and seek|prank\w*|surprise|party|game|lol|haha|lmao)\b)`,
    ),
  },
  {
    // "tried to walk to the mailbox. got halfway and my hands went numb and I couldn't breathe
    // right. went back in": panic on the way out, turned back. Cold, snow or a run are not this.
    id: "en.distress.panic-going-out",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:tried|trying|try) to (?:walk|go|get|step) (?:to|out|outside)\b[^]{0,50}?\b(?:hands|fingers|arms) (?:went|go|going|were|got) numb\b[^]{0,50}?\b(?:couldnt|could not|cant|cannot) (?:breathe|get my breath)\b(?<!\b(?:cold|snow\w*|freezing|ice|icy|winter|gloves|run|running|jog\w*|asthma|inhaler)\b[^]{0,160})(?![^]{0,60}\b(?:cold|snow\w*|freezing|gloves|asthma|inhaler)\b)`,
    ),
  },
  // ---------------------------------------------- seventeenth pass (after round 22), distress
  {
    // "...productivity: 100%. honestly I just wanted to talk to someone": the wish for someone to
    // talk to, said after a joke or on its own. Someone at the bank, a doctor, someone "about"
    // a bill or "who" plays a game is an errand, not this.
    id: "en.distress.just-wanted-someone-to-talk-to",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:i |id )?(?:just|only|really|honestly|actually|kinda|kind of|sort of) (?:wanted|want|needed|need|wanna|wish i had|would like) (?:to )?(?:talk|speak|chat) (?:to|with) (?:someone|somebody|anyone|anybody|a (?:real )?(?:person|human))\b(?! (?:about|at|from|in|on|who|that|regarding|for|else|to)\b)|\ball i (?:wanted|want|needed|need) (?:\w+ )?(?:was|is) (?:someone|somebody|anyone) to (?:talk|speak|chat) (?:to|with)\b`,
    ),
  },
  {
    // "My cousin told me at dinner that I'm 'wasting my life in that room'", "the whole village
    // talks about me, so now I don't go out at all": judged by family or neighbours for staying
    // in, with the remark said of the writer, or the talk keeping them in. Money, a game's
    // skins or a joke among friends ("lol") are not this.
    id: "en.distress.judged-for-staying-in",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:cousin|uncle|aunt|auntie|mum|mom|mother|dad|father|brother|sister|grandma|grandpa|gran|nan|grandmother|grandfather|relatives?|in ?laws?|family|parents?|neighbou?rs?|everyone|people)\b[^.]{0,30}?\b(?:told me|tells me|said|says|called me|calls me|keeps? (?:telling|saying|calling)|reminded me|asked me)\b[^.]{0,40}?\b(?:(?:i am|im|i was|me|you are|youre) )?(?:wasting (?:my|your|his|her) life|waste (?:of )?(?:my|your) life|a waste of (?:space|air|a life)|rotting|wasting away|a parasite|a leech|a freeloader|good for nothing|a disgrace|an embarrassment|a failure|a hermit|a ghost)\b(?![^.]{0,30}\b(?:lol|lmao|haha|jk|money|skins?|games?|phone)\b)|\b(?:talk(?:s|ing)? about me|gossip\w*|whisper\w*|rumou?rs?|stare at me|staring at me|judg(?:e|es|ing) me)\b[^]{0,80}?\b(?:(?:cant|cannot|can not|dont|do not|wont|will not|never|couldnt|no longer) (?:even )?(?:go out|leave the house|step outside|go outside|leave home|show my face)|(?:harder|even harder|worse) to (?:go out|leave)|stay(?:ing)? in (?:even )?more)\b`,
    ),
  },
  {
    // "my only discord server shut down today. back to talking to no one": the one place online
    // where the writer talked, gone, and nobody left. The only server one games on, down for
    // maintenance, or a new one joined, is not this.
    id: "en.distress.only-place-gone",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:my|the) only (?:discord|server|group ?chat|chat|community|forum|group|guild|place (?:i|where i) (?:belonged|fit in|talked|could talk)|friends)\b[^.]{0,60}?\b(?:shut down|shutting down|closed|closing|deleted|disbanded|ended|gone|died|went dead)\b[^]{0,80}?\b(?:back to (?:talking to )?(?:no one|nobody|noone|no-one|being alone|silence|nothing)|no one (?:left )?to talk to|nobody (?:left )?to talk to|alone again|(?:feel|so|really) (?:lonely|empty)|hole in my (?:chest|heart))\b(?<!\b(?:maintenance|update|patch|new one|joined another)\b[^]{0,200})`,
    ),
  },
  {
    // "since grandma died grandpa just sits in front of the tv and only says yeah when I talk to
    // him": someone at home gone silent after a death (about them: subject.ts). A grief said to
    // be easing, or a pet that sleeps more, is not this.
    id: "en.distress.gone-silent-since-a-death",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\bsince (?:my |our |his |her )?(?:grandma|grandpa|gran|nan|grandmother|grandfather|mum|mom|mother|dad|father|wife|husband|brother|sister|son|daughter|[a-z]+) (?:died|passed|passed away|went)\b[^.]{0,50}?\b(?:he|she|they|grandpa|grandma|gran|nan|granddad|grandad|mum|mom|dad|my (?:grandpa|grandma|mum|mom|dad|father|mother))\b[^.]{0,20}?\b(?:just )?(?:sits|stares|barely (?:speaks|talks|eats|moves)|hardly (?:speaks|talks|eats)|only says|doesnt (?:talk|speak|say anything)|stopped (?:talking|speaking|eating|going out)|wont (?:talk|speak|eat))\b(?![^.]{0,40}\b(?:getting better|slowly better|improving|lately less)\b)`,
    ),
  },
  {
    // "the cashier said take care and i cried the whole way home", "burst into tears because a
    // stranger held the door and smiled": undone by a small kindness from a stranger. Happy
    // news (the scan was clear), crying with laughter, or someone else's tears is not this.
    id: "en.distress.cried-at-small-kindness",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`(?<!\b(?:she|he|they|daughter|son|kid|baby|child|mum|mom|dad|wife|husband|friend|sister|brother) (?:just |nearly |almost )?)\b(?:cried|cry|sobbed|bawled|teared up|welled up|burst into tears|broke down|started crying|was in tears)\b(?! laughing| with laughter)[^.]{0,40}?\b(?:because|cause|cos|coz|when|after)\b[^.]{0,30}?\b(?:delivery (?:guy|driver|man|woman|person)|courier|postman|postwoman|postie|cashier|barista|shop assistant|checkout (?:guy|girl|lady|man|woman)|bus driver|taxi driver|stranger|receptionist|pharmacist|a (?:man|woman|lady|guy|kid) (?:at|on|in)|someone (?:at|on|in))\b[^.]{0,40}?\b(?:said|told me|smiled|asked (?:how|if|me)|was (?:kind|nice|gentle|friendly)|held the door|thanked me|waved|wished me|called me)\b(?![^]{0,80}\b(?:all clear|scan was clear|good news|got the job|passed|engaged|pregnant|happy tears|lol|lmao|haha)\b)|\b(?:delivery (?:guy|driver|man|woman)|courier|postman|postie|cashier|barista|shop assistant|bus driver|a stranger|the stranger)\b[^.]{0,40}?\b(?:said|smiled|was (?:kind|nice|gentle)|held the door|thanked me|wished me|asked (?:how|if|me)|remembered (?:my name|me))\b[^]{0,50}?\band (?:i )?(?:just )?(?:cried|burst into tears|started crying|teared up|broke down|nearly cried|almost cried)\b(?![^]{0,80}\b(?:good news|happy tears|lol|lmao|haha)\b)`,
    ),
  },
  {
    // "new years eve. microwave curry. everyone else is at a party. fine. whatever.", "my
    // birthday and nobody texted. same as every year": a holiday alone, with the shrug said.
    // A quiet one enjoyed (loving it, bliss, peace) is not this.
    id: "en.distress.holiday-alone",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:christmas|xmas|new years?|thanksgiving|eid|diwali|easter|hanukkah|boxing day|lunar new year|my birthday)\b[^]{0,100}?\b(?:alone|by myself|on my own|no one|nobody|noone|the whole (?:street|building|block|town|road)|all the (?:families|houses|windows)|everyone else (?:is|s) (?:with|at|having|out|celebrating)|other (?:families|people) (?:are|celebrating|having))\b[^]{0,100}?\b(?:whatever|who cares|doesnt matter|same as (?:every|last) year|like every year|as always|fine\.)(?![^]{0,60}\b(?:loving|love it|bliss|peace|peaceful|relax\w*|enjoy\w*|best|perfect|cosy|cozy|finally|lol|haha)\b)`,
    ),
  },
  {
    // "started uni again in october, stopped going by november, my parents think im still going.
    // so ashamed": back at work or study, then stopped, and the shame or the secret of it. A gym,
    // a class enjoyed elsewhere, or a laugh is not this.
    id: "en.distress.relapse-shame",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:went back|go back|going back|returned|got back|started back|back|started|restarted) (?:to )?(?:work|school|college|uni|university|the office|my job|a job|classes|my course|my placement|sixth form)(?: again)?\b[^]{0,80}?\b(?:stopped going(?! to (?:the )?(?:gym|pool|club|church|yoga|pub|choir))|stopped again|quit again|dropped out again|couldnt (?:go|keep (?:going|it up)|face it)|cant (?:go|face (?:it|going)) (?:back|anymore|any more|in)|back (?:in|to) my room|back to square one|back to not going|(?:lasted|managed) (?:a|one|two|three|\d+) (?:weeks?|days|months?)|didnt last)\b[^]{0,100}?\b(?:shame|ashamed|embarrass\w*|humiliat\w*|pathetic|such a failure|a failure|(?:havent|have not|cant|didnt|dont know how to|too scared to) (?:tell|told)|(?:thinks?|believes?) (?:im|i am|that im|that i am) still (?:going|working))\b(?![^]{0,40}\b(?:lol|lmao|haha)\b)`,
    ),
  },
  {
    // "another flare and nobody here to help. so tired of managing all of this on my own", "low at
    // 4am again, alone, shaking. sick of doing this by myself": a long illness carried alone, and
    // worn out by it. A chore done alone, or a carer's help arriving, is not this.
    id: "en.distress.ill-and-alone",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:hypos?|low blood sugar|blood sugar|insulin|diabet\w*|seizures?|flare ?ups?|flares?|migraines?|dialysis|chemo|infusions?|chronic pain|crohns|lupus|fibro\w*|cfs|asthma attacks?|epilep\w*)\b[^]{0,160}?\b(?:so |really |just |completely )?(?:sick|tired|exhausted|worn out|fed up|done) (?:of|with|from) (?:doing|managing|dealing with|handling|fighting|coping with|being)? ?(?:all )?(?:of )?(?:this|it|everything)? ?(?:alone|by myself|on my own)\b(?![^]{0,40}\b(?:lol|haha|this week|till|until)\b)`,
    ),
  },
  {
    // "finished my plate at my nans and then sat in the toilet crying, didnt purge but i feel
    // disgusting": guilt or disgust after a meal, with tears or the urge to purge held back. A
    // pizza regretted with a laugh, or food poisoning, is not this.
    id: "en.distress.guilt-after-eating",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:ate|eaten|eating|had (?:dinner|lunch|breakfast|tea|a meal|a snack|a proper meal)|finished (?:my|the) (?:plate|meal|dinner|food))\b[^]{0,120}?\b(?:kept it down|didnt (?:purge|throw (?:it )?up|make myself sick)|did not (?:purge|throw (?:it )?up)|resisted (?:purging|throwing up)|cried|crying|sobbed|in tears|burst into tears|hid in the (?:bathroom|toilet))\b[^]{0,100}?\b(?:guilty|guilt|gross|disgusting|disgusted|so fat|hate myself|hate my body|ashamed|dirty|huge|like a pig)\b(?![^]{0,40}\b(?:lol|lmao|haha|worth it)\b)`,
    ),
  },
  {
    // "wasted another whole day doing nothing and i cried, im so pathetic": a day or days of
    // nothing, and tears of shame at oneself. A film, a match lost or a laugh is not this.
    id: "en.distress.shame-tears-at-doing-nothing",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:did|done|doing|achieved|got) (?:absolutely )?nothing|another (?:whole )?(?:day|week) (?:gone|wasted|of nothing)|wasted (?:another|the whole|a whole) (?:day|week))\b[^]{0,80}?(?:\b(?:so |im |i am |feel )?(?:pathetic|ashamed|useless|disgusted with myself|hate myself)\b[^]{0,50}?\b(?:cried|crying|in tears|tears|sobbed)\b|\b(?:cried|crying|in tears|sobbed)\b[^]{0,50}?\b(?:pathetic|ashamed|useless|disgusted with myself|hate myself)\b)(?![^]{0,40}\b(?:lol|lmao|haha|film|movie|match)\b)`,
    ),
  },
  {
    // "my mum sighs outside my door every single morning. i can hear you", "dad mutters about
    // me on the landing so i can hear": a parent's sighs or remarks aimed at the writer's door.
    // A sigh at the telly, or a laugh, is not this.
    id: "en.distress.sighs-at-my-door",
    level: "concern",
    category: "distress",
    pattern: phrase(
      String.raw`\b(?:mum|mom|mam|dad|mother|father|parents?|my folks|stepdad|stepmum|stepmom)\b[^.]{0,40}?\b(?:sighs?|sighing|sighed|tuts|tutting|mutters|muttering|muttered|grumbles|grumbling|moans about me|talks about me|complains about me)\b[^]{0,60}?\b(?:outside my (?:door|room)|at my door|by my door|through (?:the|my) (?:door|wall)|on the landing|(?:so|loud enough (?:for me|that i)) (?:i )?(?:can|could|to) hear|i can (?:hear|fucking hear) (?:it|you|them|her|him))\b(?![^]{0,40}\b(?:lol|lmao|haha|hoover|telly|tv)\b)`,
    ),
  },
  /** The nineteenth pass's distress kinds (after round 24). */
  {
    // "looking after my husband on my own, up every night and my back has gone", "caring for
    // mum since her stroke, i havent slept properly in months. just need someone to listen": a
    // family carer worn out. A carer's job, a week minding someone who is better, or a laugh is
    // not this.
    id: "en.distress.carer-worn-out",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:caring for|looking after|nursing|carer for|caregiver for|the carer for|sole carer for|full time carer for) (?:my |our )?(?:husband|wife|partner|mum|mom|mother|dad|father|parents?|gran|nan|grandma|grandad|grandpa|son|daughter|in laws|mother in law|father in law|him|her)\b[^]{0,140}?\b(?:cant sleep|cannot sleep|cant get any sleep|havent slept|have not slept|no sleep|up (?:all|every) night|every night|exhausted|worn out|running on empty|burnt out|burned out|no break|no respite|end of my (?:rope|tether)|my (?:back|knees|hips?|body) (?:is|are|has|have|wont|cant|gave|is going|aches)|falling apart|nobody to talk to|no one to talk to|someone to (?:talk to|listen)|someone (?:to )?listen|cant (?:cope|do this|keep (?:going|this up)))\b(?<!\b(?:better|recovered|recovering|lol|haha|my job|at work|shift|agency|nursing home|care home)\b[^]{0,160})(?![^]{0,50}\b(?:lol|haha|lmao|shes better|hes better|much better)\b)`,
    ),
  },
  {
    // "people keep turning my photos into memes in the group chat. cried in the bathroom", "they
    // posted my face all over tiktok and i cant face school tomorrow": mocked online, and the
    // tears or the dread of going in. A meme the writer laughed at is not this.
    id: "en.distress.mocked-online",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:edit\w*|photoshop\w*|turn\w*|mak\w*|made|post\w*|shar\w*|screenshot\w*|spread\w*|photoshopped) (?:my |me |of me |pics of me |photos of me |pictures of me )?(?:selfies?|pics?|photos?|pictures?|videos?|face)\b[^.]{0,30}?(?:into (?:a )?(?:memes?|jokes?|stickers?)|as (?:a )?(?:memes?|jokes?)|in the (?:group ?chat|gc|class chat)|all over (?:insta\w*|tiktok|snap\w*|twitter|x|the internet|school))|(?:people|they|everyone|the class|my class|kids|girls|boys|guys|someone|somebody) (?:keep |kept |are |were |have been |has been |started )?(?:mocking|laughing at|making fun of|roasting|trolling|harassing|bullying|posting about) me (?:online|in the (?:group ?chat|gc|class chat)|on (?:insta\w*|tiktok|snap\w*|twitter|discord|x)))\b[^]{0,120}?\b(?:cried|crying|in tears|sobbed|cry|(?:dont|do not|really dont) want to go (?:in|back|to school|to work|tomorrow)|cant face (?:going|school|work|them|it|tomorrow)|scared to go|hid in the (?:toilets?|bathroom))\b(?<!\b(?:cried laughing|crying laughing|laughing so hard|hilarious|so funny|lmao|haha)\b[^]{0,160})(?![^]{0,40}\b(?:laughing|lmao|haha|hilarious)\b)`,
    ),
  },
  {
    // "working abroad, i miss my son so much i cry myself to sleep", "cry every night after my
    // shift, i miss my kids": missing family far away, with tears night after night. Happy
    // tears, a wedding, or a week at grandma's with a laugh is not this.
    id: "en.distress.missing-family-far-away",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:miss (?:my |our )?(?:kids|children|son|daughter|boys|girls|babies|baby|family|wife|husband|mum|mom|mother|parents|little ones)\b[^]{0,80}?\b(?:(?:cry|crying|cried|in tears|tears) (?:every|each|most) (?:night|day|evening)|cry myself to sleep|cried myself to sleep|crying myself to sleep|cry (?:all the time|at night|after (?:work|my shift)))|(?:cry|crying|cried|in tears) (?:every|each|most) (?:night|day|evening)\b[^]{0,80}?\bmiss (?:my |our )?(?:kids|children|son|daughter|boys|girls|babies|baby|family|wife|husband|mum|mom|mother|parents|little ones))\b(?<!\b(?:happy tears|wedding|graduat\w*|film|movie|lol|haha)\b[^]{0,120})(?![^]{0,40}\b(?:lol|haha|happy tears|wedding)\b)`,
    ),
  },
  {
    // "not depressed or anything, just tired of being tired", "so sick of bein tired all the
    // time, weeks of it": tired of the tiredness itself. With a plan for sleep, a doctor's test
    // or a laugh it is not this.
    id: "en.distress.tired-of-being-tired",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:so |really |just |honestly )?(?:tired|sick|exhausted) of (?:being|bein|feeling|feelin) (?:tired|exhausted|empty|numb|like this|this way)\b(?<!\b(?:lol|haha|coffee|vitamin\w*|iron|anaemi\w*|anemi\w*|blood tests?|gp|doctor|new baby|newborn)\b[^]{0,80})(?![^]{0,60}\b(?:lol|haha|lmao|coffee|sleep schedule|bedtime|early night|vitamin\w*|iron|doctor|gp|blood tests?|sunlamp|new baby|newborn)\b)`,
    ),
  },
  {
    // "my brother took his own life last spring and i still cant stop going over our last call",
    // "since my friends suicide i cant sleep, i keep thinking i should have noticed": grief after
    // a suicide, and the pain of it now. Not the writer's own crisis: distress, with the loss.
    id: "en.distress.grief-after-suicide",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:(?:my|our) (?:\w+ )?(?:brother|sister|dad|father|mum|mom|mother|son|daughter|husband|wife|partner|friend|uncle|aunt|cousin|grandad|grandpa|nan|gran|grandma|boyfriend|girlfriend|fiance|fiancee|niece|nephew|bestie|mate)s suicide|(?:died|passed|passed away) (?:by|from|of) suicide|took (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves))\b[^]{0,140}?\b(?:cant stop|cannot stop|keep (?:rereading|reading|replaying|going over|thinking|asking myself|seeing)|reread\w*|cant sleep|(?<!\bused to )cry (?:every|all)|(?<!\bused to be )crying|blame myself|my fault|should have (?:seen|known|noticed|called|answered|picked up|been there)|why didnt i|miss (?:him|her|them) so much|cant (?:accept|believe|breathe|function|cope)|numb|haunt\w*|nightmares?)\b`,
    ),
  },
  {
    // "scared im gonna do something stupid tonight": a rash act feared. Not lowered by any
    // negation before it: "not gonna do anything stupid" is lowered only by
    // en.negation.vent-intent-denied, in a vent seen whole with nothing else in it, so that
    // elsewhere the learned layer still reads the message (a negation lowering it would keep
    // the learned layer from reading the rest: "…just need to vent. wrote my note anyway").
    id: "en.distress.something-stupid",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:gonna|going to|might|may|will|would|could|wont|will not|never|about to|afraid (?:i(?:ll)? )?|scared (?:i(?:ll)? )?|worried (?:i(?:ll)? )?|before i|ill|i will) (?:end up |just )?do(?:ing)? (?:something|anything|smth|sth) (?:stupid|dumb|rash|drastic|i (?:cant|cannot) take back)\b`,
    ),
  },
  {
    // "so mad at my mum i could scream. not gonna do anything stupid, i just need to vent": an
    // angry vent with a rash act denied. Concern: the denial is answered with a gentle question,
    // not an alarm (the learned layer read such vents as crises).
    id: "en.distress.vent-intent-denied",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: phrase(
      String.raw`\b(?:not gonna|not going to|wont|will not|not about to|no plans? to|i promise i wont|promise i wont|dont worry i wont) (?:do )?(?:anything|something|smth|sth) (?:stupid|dumb|rash|drastic)\b[^]{0,80}?\b(?:vent\w*|rant\w*|let (?:it|this) out|get (?:it|this) off my chest|scream|angry|furious|pissed|fuming|raging|so mad)\b|\b(?:vent\w*|rant\w*|angry|furious|pissed|fuming|raging|so mad|hate (?:him|her|them))\b[^]{0,160}?\b(?:not gonna|not going to|wont|will not|not about to|no plans? to|promise i wont|dont worry i wont) (?:do )?(?:anything|something|smth|sth) (?:stupid|dumb|rash|drastic)\b`,
    ),
  },
];
