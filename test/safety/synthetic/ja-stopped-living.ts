/**
 * Generated Japanese messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: insulin or another essential medicine stopped, or food and water
 * refused for days, to end quietly; also a son or a brother who will not drink. Its hard
 * negatives use the same words for fasting before a test, a diet, a skipped lunch, a medicine
 * stopped on the doctor's advice and a child off his food with a cold, so that neither food
 * nor a medicine says "crisis" alone. Written from the kind, in the voices of issue 12; no blind
 * round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("ja", subject, label);
const crisis = family("self", "crisis");
const ordinary = family("self", "ordinary");
const otherCrisis = family("other", "crisis");
const otherOrdinary = family("other", "ordinary");

export const JA_STOPPED_LIVING: readonly Family[] = [
  crisis("stopped-living", [
    "{インスリン|血糖の注射}{、|を}{日曜|先週|3日前}から{打ってない|打つのやめた}{。|、}{誰にも|家族にも|主治医にも}{言ってない|言わない}{。|、}{このまま|静かに}{いけたら|終われたら}{それでいい|いい}",
    "{水|飲み物}{を|も}{3日|4日|5日|ずっと}{飲んでない|口にしてない|やめてる}{。|、}{このまま|何もしなければ}{自然に|勝手に}{終われる|止まる}{かな|と思う|はず}",
    "{ご飯|食べるの}{、|}{もう|}{一週間|10日|何日も}{食べてない|やめた|とってない}{。|、}{食べる気|食べる理由}{も|が}{ない|なくなった}{。|、}{このまま|静かに}{消えられたら|終われたら}{楽|いい}",
    "{心臓|血圧|てんかん|甲状腺}の薬{、|を}{わざと|自分で}{やめて|飲むのをやめて}{一週間|10日|しばらく}{。|、}{発作|何か}が{起きても|来ても}{病院には行かない|救急車は呼ばない}つもり",
    "{もう|}{なんも|何も}{食べてへん|飲んでへん}{。|、}{三日|四日}目{や|やわ}{。|、}{このまま|ほっといたら}{終われるやろ|いけるやろ}",
  ]),
  otherCrisis("refusing-water", [
    "<jother>が{3日|4日|5日|何日も}{水|飲み物|水分}{も|を}{口にしません|飲もうとしません|受け付けません}{。|、}{「いらない」|「ほっといて」|「もういい」}としか{言いません|言わない}{。|、}{{部屋|布団}から{出てきません|動かない}|}",
    "<jother>{が|、}{薬|インスリン|透析}を{やめて|拒んで}{しまって|いて}{。|、}{「もう十分生きた」|「どうなってもいい」|「静かに終わりたい」}と{言っています|言ってる}",
    "<jother>{の部屋の前に置いた|に出した}{食事|ご飯|お盆}{が|、}{4日|5日}{ほど|}{手つかず|そのまま}で{、|}{水|ペットボトル}{も|すら}{減っていません|減ってない}{。|、}{声をかけると|声をかけても}「{いらない|もういい}」{とだけ|だけ}",
  ]),
  ordinary("fasting-everyday", [
    "{明日|明後日}{の|は}{胃カメラ|大腸の検査|健康診断|血液検査}{だから|なので}{夜9時|前日の夜|朝}から{何も食べられない|絶食|水だけ}{。|、}{お腹すいた|つらいｗ|がんばる}",
    "{ダイエット|糖質制限|プチ断食|ファスティング}{3|2}日目{。|、}{{お腹|胃}が{鳴る|すいた}{ｗ|。|}|体重{減った|落ちた}|{明日|今日}で{終わり|ゴール}}",
    "{忙しくて|寝坊して|会議続きで}{昼|朝ごはん|ランチ}{食べるの|}{忘れた|抜いた|食べそこねた}{ｗ|。|}{夜は|帰ったら}{カレー|ラーメン|がっつり}{食べる|にする}",
    "{先生に|主治医に}{言われて|相談して}{血圧|胃|痛み止め}の薬{やめた|減らした}{。|、}{数値|調子}が{よくなった|落ち着いた}から",
    "{水分|お茶}{あんまり|ぜんぜん}{とってなかった|飲んでなかった}{。|、}{頭痛い|ふらふら}{わ|}{。|、}{ちゃんと|今から}{飲む|飲みます}",
  ]),
  otherOrdinary("off-food-everyday", [
    "<jother>が{夏バテ|風邪|胃腸炎}で{あまり|ちょっとしか}{食べない|食べません}{。|、}{でも|}{ゼリー|スープ|ポカリ}は{飲んでる|口にしてる|食べた}",
    "<jother>{は|が}{明日|今朝}{の|は}{手術|検査|健診}{で|なので}{昨日の夜から|朝から}{絶食|水も飲めない}{です|みたい}{。|、}{{お腹すいたって|早く食べたいって}{言ってる|文句言ってる}|}",
  ]),
];
