/**
 * Generated Japanese messages of one kind the seventh and eighth passes' rounds showed the
 * learned layer does not know: violence at home under way (a weapon held over someone, a door
 * kicked in, someone bleeding while the one who hurt them is still there, screams next door),
 * mostly about someone else, and the writer hiding while typing. Its hard negatives use the same
 * words for a drama's scene, a neighbour's DIY, brothers fighting over a game and a nosebleed at
 * practice, so that neither a weapon nor a noise says "crisis" alone. Written from the kind, in
 * the voices of issue 12; no blind round's sentence is copied.
 */
import type { Family } from "../../../src/safety/learned/compose.js";
import { familyOf } from "./family.js";

const family = (subject: "self" | "other", label: Family["label"]) =>
  familyOf("ja", subject, label);
const crisis = family("self", "crisis");
const ordinary = family("self", "ordinary");
const otherCrisis = family("other", "crisis");

export const JA_VIOLENCE_NOW: readonly Family[] = [
  otherCrisis("violence-now", [
    "{今|いま}{、|}{父|兄|夫|主人|義父}が{包丁|バット|ゴルフクラブ|金槌}{持って|振り回して}{母|弟|息子|娘}に{怒鳴ってる|迫ってる|向かっていった}{。|、}{どうしよう|どうしたら|警察呼んだほうがいい？|110していいの}",
    "<jother>{の部屋の|の}ドア{を|が}{夫|父|兄|彼氏}に{蹴破られた|こじ開けられた|蹴られて穴があいた}{。|、}{中から|今も}{悲鳴|叫び声|泣き声}{が|}{聞こえる|してる}",
    "{母|祖母|弟|妹}が{兄|父|息子}に{突き飛ばされて|殴られて}{頭|顔|口}から{血が出てる|血を流してる}{。|、}{まだ|今も}{暴れてる|家にいる|怒鳴ってる}",
    "{下の|隣の|向かいの}{家|部屋}{で|から}{ガラスの割れる音|ドアを蹴る音}と{悲鳴|「やめて」って声}{が|、}{今|さっきから}{ずっと|}{続いてる|してる}{。|、}{子どもの声|奥さんが泣いてる}",
  ]),
  crisis("hiding-now", [
    "{いま|今}{トイレ|風呂場|押し入れ|クローゼット}に{隠れて|鍵かけて}{これ|この文}{打ってる|書いてる}{。|、}{父|兄|彼氏|夫}が{包丁持って|バット持って|叫びながら}{探してる|ドア叩いてる|うろついてる}",
  ]),
  ordinary("violence-everyday", [
    "{ドラマ|映画|アニメ}{で|の}{父親|夫|犯人}が{包丁|バット|金槌}{持って|振り回して}{ドアを蹴破る|暴れる}シーン{、|が}{怖すぎ|迫力やばい|リアルすぎ}{た|}{ｗ|。|}",
    "{隣|上の階|向かいの家}{が|、}{朝から|日曜なのに}{金槌|ドリル|電動のこぎり}{の音が|で}{うるさい|ずっとガンガンしてる}{。|、}{DIY|リフォーム|日曜大工}{らしい|かな}{ｗ|}",
    "{弟たち|兄弟|子どもたち}{が|、}{スマブラ|マリカ|ゲーム|チャンネル}{で|の取り合いで}{大げんか|取っ組み合い|叫んでる}{ｗ|。|}{毎日のこと|いつものやつ|うるさい}",
    "{空手|剣道|柔道}の{稽古|試合}{で|、}{弟|息子|兄}が{顔|頭}{打って|ぶつけて}{ちょっと|少し}血が出た{。|、}{すぐ止まった|もう平気|絆創膏で大丈夫}",
  ]),
];
