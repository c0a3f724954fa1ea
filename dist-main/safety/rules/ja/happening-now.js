/**
 * The ja rules for a crisis happening now that round 20 found no rule for (the fifteenth pass,
 * whose danger and how urgent): a sealed room and a fire lit in it, written in kana only
 * (へや しめきって ひ つけた　いきが くるしい), and a family member hitting another one now
 * (夫がいま息子を殴ってる). Each has its look-alikes excluded beside it. Examples in
 * test/safety/rule-examples.json.
 */
import { ja } from "../../rule-types.js";
// A room, a car or a bathroom sealed, and a fire or charcoal lit in it.
const SEALED = "(?:部屋|へや|車|くるま|浴室|風呂場|ふろば|トイレ|といれ)(?:を|の|に)?(?:目張り|めばり|閉め切|しめき|締め切|密閉|みっぺい|ガムテ|がむて)";
const FIRE_LIT = "(?:火|ひ|練炭|れんたん|七輪|しちりん|炭|すみ)(?:を|も)?(?:つけ|付け|点け|おこし|起こし|焚い|たい|いれ|入れ)";
const FIRE_EVERYDAY = "(?:キャンプ|きゃんぷ|バーベキュー|ばーべきゅー|bbq|焼肉|焼き鳥|料理|ストーブ|すとーぶ|暖房|だんぼう|こたつ|お香|アロマ|線香|換気|窓を開け|花火|冗談|笑|ｗ)";
// Someone named hitting another one now: 夫がいま息子を殴ってる.
const HITTER = "(?:夫|旦那|主人|妻|父|親父|おやじ|母|兄|姉|弟|妹|息子|娘|彼氏|彼女)";
const HIT_TARGET = "(?:息子|娘|子ども|子供|こども|うちの子|孫|弟|妹|兄|姉|母|父|妻|夫|祖母|祖父|ばあちゃん|じいちゃん)";
const HIT_NOW = `${HITTER}(?:が|は)[^.]{0,6}?(?:いま|今|たった今)[^.]{0,6}?${HIT_TARGET}(?:を|に)[^.]{0,10}?(?:殴って|なぐって|蹴って|けって|叩いて|たたいて|首を絞めて|首をしめて)(?:る|いる|います|ます)`;
const HIT_EVERYDAY = "(?:蚊|虫|はえ|ハエ|ゲーム|げーむ|格ゲー|スマブラ|試合|練習|稽古|空手|柔道|剣道|ボクシング|プロレス|ごっこ|じゃれ|冗談|笑|ｗ|枕投げ|くすぐ)";
// Someone seen taking pills in quantity now: いま駐車場で若い女性が薬を何十錠も飲んでます.
const TAKING_NOW = "(?:いま|今|たった今)[^.]{0,24}?(?:薬|くすり|錠剤|睡眠薬|眠剤)[^.]{0,8}?(?:全部|ぜんぶ|何十錠|何箱|大量|たくさん|いっぱい|まとめて|[0-9０-９]{2,}錠)[^.]{0,10}?(?:飲んで|のんで)(?:る|いる|います|ます)";
const TAKING_EVERYDAY = "(?:処方|食後|毎食|いつもの|サプリ|さぷり|ビタミン|びたみん|ラムネ|らむね|お菓子|確認|笑|ｗ)";
export const JA_HAPPENING_NOW_RULES = [
    {
        // コンビニでバイトしてる者です。いま駐車場で若い女性が薬を何十錠も飲んでます: an overdose seen
        // under way.
        id: "ja.attempt-in-progress.seen-taking-now",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`${TAKING_NOW}(?<!${TAKING_EVERYDAY}[^]{0,60})(?![^]{0,30}${TAKING_EVERYDAY})`),
    },
    {
        // 部屋を閉め切って炭をおこした: a sealed room and a fire or charcoal lit, now, with nothing
        // else said (ja.attempt-in-progress.sealed-room-fire reads it with breathing hard or a goodbye).
        id: "ja.attempt-in-progress.sealed-room-lit",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`${SEALED}[^.]{0,12}?${FIRE_LIT}(?<!${FIRE_EVERYDAY}[^]{0,60})(?![^]{0,40}${FIRE_EVERYDAY})`),
    },
    {
        // 夫がいま息子を殴ってる。私はトイレに隠れてる: violence at home, now.
        id: "ja.danger-at-home.hitting-family-now",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${HIT_NOW}(?![^]{0,30}${HIT_EVERYDAY})(?<!${HIT_EVERYDAY}[^]{0,40})`),
    },
];
//# sourceMappingURL=happening-now.js.map