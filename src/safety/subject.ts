/**
 * Whose danger a message describes. The rules' third-party overrides find worry reported about
 * someone else ("友達が死にたいって言ってる"); this adds the plainer cases the learned layer
 * raises: a person named as the subject (息子が…, my son…) and no risk in the writer's own words.
 */
import type { RiskSubject } from "./types.js";

const JA_OTHER_RE =
  /(?:息子|むすこ|娘|むすめ|弟|妹|兄|姉|夫|妻|主人|旦那|嫁|彼氏|彼女|友達|友だち|友人|ともだち|親友|ネッ友|母親|父親|祖母|祖父|子ども|子供|こども|うちの子|同僚|先輩|後輩|知り合い|ルームメイト|パートナー|生徒|孫|クラスの子|くらすの子|同級生|クラスメイト|くらすめいと)(?:さん|くん|君|ちゃん)?(?:が|は|の|から)/u;
const JA_SELF_RE =
  /(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分)(?:が|は|も|を|なんか|って|の(?:せい|こと|命)|も|だって)|(?:死に|しに|消え|きえ|いなくなり|楽になり|行き|逝き|いき)たい(?!って|と(?:言|い))/u;
const EN_OTHER_RE =
  /\b(?:my|our)\s+(?:(?:little|big|older|younger|best|online|\d+\s*(?:yo|year old))\s+)?(?:son|daughter|kid|kids|child|children|brother|sister|bro|sis|husband|wife|partner|boyfriend|girlfriend|bf|gf|friend|mom|mum|mother|dad|father|roommate|flatmate|cousin|student|grandson|granddaughter|niece|nephew|coworker|colleague)s?\b|\b(?:an? )?online friend\b|\bfriend from\b/;
// What a supporter says of themselves: not their own risk.
const EN_SUPPORTER_RE =
  /\b(?:what (?:do|should|can) i|how (?:do|can|should) i|should i|can i|i(?: just| only)? (?:found|saw|see|heard|hear|noticed|caught|walked|think|thought|know|dont know|don't know|do not know|dont think|don't think|do not think|am writing|'m writing|m writing|can hear|promised)|i(?:'m| am|m) (?:worried|scared|afraid|so scared|really worried|writing|not sure)|(?:told|texted|sent|asked|made|messaged|called) me|help me|tell me|with me|to me)\b/g;
// The person named is the one acting: "my son has been searching", "my friend just texted".
const EN_OTHER_ACTS_RE =
  /\b(?:son|daughter|kid|child|brother|sister|husband|wife|partner|boyfriend|girlfriend|friend|mom|mum|mother|dad|father|roommate|cousin)s? (?:has|have|had|is|was|keeps|kept|said|says|told|took|just|wont|cant|isnt|hasnt|texted|posted|wrote|searched|been|tried|cut|cuts)\b/;
const EN_THIRD_PERSON_RE =
  /\b(?:he|she|they|him|her|them|his|hers|their|hes|shes|theyre|himself|herself|themselves)\b/;
const EN_SELF_RE = /\b(?:i|im|ive|ill|id|me|myself)\b/;

// What someone else said, quoted: 息子が「死にたい」と申しました is not the writer's own wish.
const QUOTED_RE = /「[^」]{0,200}」/g;

/**
 * `other` when the message is about someone else's danger and not the writer's own. Danger at
 * home is the writer's, except a family member's attempt (`familyAttempt`): someone else's
 * emergency.
 */
export function subjectOf(
  text: string,
  thirdPartyByRules: boolean,
  dangerAtHome: boolean,
  familyAttempt = false,
): RiskSubject {
  if (familyAttempt) return "other";
  if (dangerAtHome) return "self";
  if (thirdPartyByRules) return "other";
  if (JA_OTHER_RE.test(text) && !JA_SELF_RE.test(text.replace(QUOTED_RE, "「」"))) return "other";
  // "my dad's gun ... been holding it" names a person without speaking about them: a report
  // about someone says he, she or they.
  const aboutThem =
    EN_OTHER_RE.test(text) && (EN_THIRD_PERSON_RE.test(text) || EN_OTHER_ACTS_RE.test(text));
  if (aboutThem && !EN_SELF_RE.test(text.replace(EN_SUPPORTER_RE, " "))) {
    return "other";
  }
  return "self";
}
