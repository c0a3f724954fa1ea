/**
 * Generated English ordinary messages: everyday life, questions about the bot, and hard
 * negatives, the words of a crisis in a harmless use ("dead tired", a game, a finale, a
 * pharmacy question, a threat that is a figure of speech, ideation that has clearly passed).
 */
import type { Family } from "../../../src/safety/learned/compose.js";

const ordinary = (name: string, templates: string[], per?: number): Family => ({
  id: `en.self.ordinary.${name}`,
  lang: "en",
  label: "ordinary",
  subject: "self",
  templates,
  ...(per === undefined ? {} : { per }),
});

export const EN_ORDINARY: readonly Family[] = [
  ordinary("hyperbole", [
    "{im|i'm} {dead|dying|deceased|crying} {lol|😂|💀|lmao}",
    "this {game|boss|level|homework|essay|exam|week} is {killing me|gonna kill me|the death of me}{ lol|}",
    "{dead|bone|dog} tired{ lol| after work| today|}",
    "{its|it's} {so cold|freezing|so hot|boiling}{, im| i'm| and im} {gonna|going to} {die|freeze|melt} {lol|on this platform|before my ride shows|}",
    "{gonna|i'll} die {of boredom|of embarrassment|if i have to sit through another meeting}{ lol|}",
    "{i could|i would} kill for {a pizza|a coffee|some sleep|a nap} {rn|right now|lol}",
    "{that set|the presentation|my exam} {killed|went} {it|great}{!| lol|}",
    "{my phone|my laptop|the battery|my headphones} {died|is dead|just died}{ again|}",
    "{that joke|this meme|the ending} {killed me|had me dead}{ 😂| lol|}",
    "{sprinting|running} {for the bus|up the stairs} {nearly killed me|almost killed me}{ lol|}",
  ]),
  ordinary("game", [
    "{died|got killed} {to the same boss|again} {like 30 times|for the tenth time}{ lol| ugh|}",
    "{lost|wiped} {my whole save|all my progress|my hardcore world} in <egame>{, im done| lol| rip|}",
    "{my character|my guy} {jumped off|fell off} {the map|a cliff} {again|lol}",
    "{we got|got} {destroyed|wrecked|stomped} in <egame>{ lol| again|}",
    "{new season|update} of <egame> {drops|is out} {tonight|tomorrow}{, cant wait|}",
  ]),
  ordinary("story", [
    "{the finale|that episode|the last chapter} where {the main character|everyone|the dog} dies {wrecked me|made me cry|was insane}",
    "{watched|reading} {a thriller|a true crime doc|a horror movie} about {a murder|a killer|a suicide pact}{, so good| and cant sleep lol|}",
    "{this song|that album} {about death|called 'kill me'|is so dark} {slaps|is on repeat}",
    "{wrote|writing} a {story|poem} where {the hero|a character} {dies|sacrifices herself} {at the end|}",
  ]),
  ordinary("pharmacy", [
    "{how many|how much} {ibuprofen|tylenol|advil|melatonin} {can i|is it safe to} take {for a headache|to sleep|in a day}{?|}",
    "{is it ok|can i} {to mix|mix} {my antidepressant|my meds} with {coffee|a beer|cold medicine}{?|}",
    "{forgot|missed} {my meds|a dose} {this morning|yesterday}{. |, }{should i double up|what do i do}{?|}",
    "{picked up|got} my {prescription|refill} {today|finally}",
  ]),
  ordinary("everyday-words", [
    "{cut|sliced} my {finger|thumb} {chopping onions|opening a box|shaving}{. |, }{ouch|band aid time|lol}",
    "{got|finally got} a haircut{. |, }{feels good|took forever}",
    "{quit|quitting} {my part time job|the gym|twitter}{. |, }{wasnt for me|feels good|}",
    "{deleted|deactivated} {instagram|twitter|tiktok}{. |, }{too much noise|peace at last|}",
    "{bought|got} {rope|a tarp} for {camping|the tent}",
    "{walked|went} {across the bridge|up to the roof} to {see the sunset|take photos|watch fireworks}",
    "{gave away|donated} {old clothes|my old games} to {my cousin|the thrift store}{. |, }{decluttering}",
    "{finished|done with} {my shift|the project|cleaning}{, |. }{time to sleep|feeling good}",
    "{thanks|thank you} {so much|for listening|for the info}{, |. }{that helped|ill come back}",
    "{my cat|my dog} {went missing|ran off}{. |, }{putting up posters|hope he comes back}",
  ]),
  ordinary("past-ideation", [
    "{years ago|in high school|back in uni} i {thought about|kept thinking about} {dying|suicide|ending it}{. |, }{im|i'm} {much better|in a good place|doing ok} now{, things got better| and grateful|}",
    "{used to|i used to} {cut|self harm} {in college|as a teen}{. |, }{clean for {3|5} years now|those days are over}",
  ]),
  ordinary("bot", [
    "{who runs|who made} this {bot|chat}{?|}",
    "{does|do} {anyone|a human|staff} {read|see} {these messages|what i write}{?|}",
    "{how many people|who else} {use|uses} this{?|}",
    "{is this|are you} {a bot|a real person|an ai}{?|}",
    "{what happens|what do you do} if {someone|a person} {says|writes} {they want to die|something scary}{?|}",
    "{can i|how do i} {delete|erase} {my data|this chat}{?|}",
  ]),
  ordinary("daily", [
    "{went to|made it to} the {store|library|convenience store|post office} today",
    "{walked|played with} my {dog|cat}{ today|}{. |, }{small wins|nice weather|}",
    "{had|made} <efood> for {dinner|lunch}",
    "{been|spent the day} <ehobby>{ all day| lately|}",
    "{its|it's} {raining|snowing|sunny} {again|today}",
    "{got|have} a {doctor|dentist|counselling} appointment {tomorrow|next week}",
    "{are there|where can i find} {support groups|places to hang out|drop in spaces} {nearby|online}{?|}",
    "{show me|open} the menu",
    "{talked to|texted} my {mom|brother} {a bit|today}",
    "{sleepy but|tired but} {staying up a bit|gonna watch one more episode}",
  ]),
  // ---------------------------------------------------------------- second batch
  ordinary("idiom-2", [
    "{killing time|just killing time} {before work|till dinner|on my phone}",
    "{my plants are|the basil is|my succulent is} dying{ again| lol|, any tips}",
    "{dyeing|dying} my hair {blue|pink|tonight}",
    "{i could die of|nearly died of} {embarrassment|cringe|laughter} {lol|today|}",
    "{overdosed on|too much} {sugar|caffeine|coffee} {lol|today|again}",
    "{did|doing} a {ropes course|bungee jump|zipline} {today|this weekend}{, terrifying but fun|}",
    "{went to|joined} {bridge club|the bridge tournament} with my {grandma|aunt}",
    "{so done|im done} with {this homework|this puzzle|this level|this week} {lol|ugh|}",
    "{jumped|jumping} into {the pool|the lake} {with friends|today}",
    "{give up|i give up} on {this puzzle|this recipe|wordle} {lol|today}",
  ]),
  ordinary("worried-but-ok", [
    "{been|ive been} {sleeping better|getting out a bit more|eating properly} {lately|this week}",
    "{yesterday was rough|last week was hard} but {im okay now|feeling better today|its passed}",
    "{tried|went to} {counselling|a support group|a drop in} {today|this week}{, it helped| and it was ok|}",
  ]),
];
