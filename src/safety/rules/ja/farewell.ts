/** The ja rules of category `farewell`; each rule's examples are in test/safety/rule-examples.json. */
import { ja, type RiskRule } from "../../rule-types.js";
import { FAMILY, SELF } from "./patterns.js";

export const JA_FAREWELL_RULES: readonly RiskRule[] = [
  // --------------------------------------------------------------- farewell
  {
    id: "ja.farewell.thanks",
    level: "concern",
    category: "farewell",
    pattern: ja(
      "(?:みんな|皆|家族|お母さん|お父さん)(?:に|へ|、|,)?(?:今まで)?(?:ありがとう|ごめんね|ごめんなさい)",
    ),
  },
  {
    id: "ja.farewell.goodbye",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      "(?:今まで|これまで|長い間|長いあいだ)(?:本当に|ほんとに|ほんとうに|色々|いろいろ)?(?:ありがとう|ありがと|お世話になりました)|先立つ不孝|(?:みんな|皆|みなさん)[^.]{0,4}?(?:ありがとう|ありがと)[^.]{0,6}?(?:さようなら|さよなら|ばいばい)|(?:さようなら|さよなら|ばいばい)[^.]{0,4}?(?:みんな|皆|永遠|最後|今まで|この世|世界)|(?:みんな|皆|お母さん|お父さん|家族|母さん|父さん)(?:に|へ)?[^.]{0,3}?(?:ごめんね|ごめんなさい)[^.]{0,6}?(?:さようなら|さよなら|ばいばい|最後)|(?:最後|最期)の(?:ご|お)?(?:メッセージ|挨拶|あいさつ|言葉|ことば|お別れ)|これが最後(?:の(?:メッセージ|言葉|ことば|挨拶|あいさつ|連絡|書き込み)|かも|だと思|になる|です|(?=$|[.,!]))|もう会えない(?:と思う|けど|かも|ね|から)|最後に(?:誰か|だれか|あなた|君|きみ|お礼|ありがとう|話(?:したかった|しておきたい|がしたかった|がしたい|せてよかった|を聞いてほしかった)|伝え|挨拶|声)|来世で(?:会|あ|また)|あの世で(?:会|待)|先に(?:あの世|天国|向こう)(?:に|へ|で)?[^.]{0,4}?(?:行|い|逝|待)|探さないで",
    ),
  },

  {
    // お母さんごめんね。先に行きます: going ahead, said to the family with an apology.
    id: "ja.farewell.going-ahead",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      `(?:${FAMILY}|おかん|おとん)(?:,|へ|に)?[^.]{0,3}?(?:ごめん(?:ね|なさい)?|ありがとう)[.,\\s]{0,2}(?:一足)?先に(?:行|い|逝)(?:きます|く(?:ね|よ|から)?(?=$|[.,!])|ってる(?:ね)?(?=$|[.,!]))|(?:${FAMILY}|おかん|おとん)より先に(?:逝|死|いなくな)`,
    ),
  },
  {
    // おやすみ。ずっと: good night for good.
    id: "ja.farewell.sleep-for-good",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      "(?:永遠に|ずっと|もう起きない|二度と起きない)[^.]{0,2}?おやすみ(?!中)|おやすみ(?:なさい)?[.,\\s]{0,2}(?:ずっと|永遠に|もう起きない|二度と)(?=$|[.,!\\s])",
    ),
  },
  {
    // もう思い残すことはありません: nothing left undone (a joyful one is lowered below).
    id: "ja.farewell.nothing-left",
    level: "concern",
    category: "farewell",
    negatable: false,
    pattern: ja(
      "(?:思い残す|思いのこす|心残り|やり残した)(?:こと|事)?(?:は|も)?(?:もう)?(?:何も)?(?:ない|無い|ありません|ねえ|なくなった|ございません)|(?:この世に)?未練(?:は|も)?(?:もう)?(?:ない|無い|ありません)",
    ),
  },
  {
    // お世話になりました。亡き母のところへ行きます。さようなら.
    id: "ja.farewell.going-to-the-dead",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      `(?:亡き|亡くなった|死んだ|先に逝った|天国の|あの世の)[^.,]{0,8}?(?:のところ|のとこ|の所|のそば|のもと|の元)(?:に|へ)[^.]{0,4}?(?:行き(?:ます|たい)|行く(?:ね|よ|わ|から|つもり|(?=$|[.,!]))|逝)|お世話になりました[^]{0,30}?(?:さようなら|さよなら|先に(?:行|逝)|行きます)|(?:さようなら|さよなら)[^]{0,6}?お世話になりました`,
    ),
  },
  {
    // 長い間ありがとうございました。もう会うことはないと思います.
    id: "ja.farewell.never-meet-again",
    level: "crisis",
    category: "farewell",
    negatable: false,
    pattern: ja(
      "もう(?:二度と)?(?:会う|会える|お会いする|話す|話せる|連絡する)こと(?:は|も)?(?:ない|ありません|ございません|ないでしょう)",
    ),
  },
  {
    // これまで支えてくださった皆様、ありがとうございました。さようなら.
    id: "ja.farewell.thanks-goodbye",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      "(?:今まで|これまで|長い間|長いあいだ|皆様|みなさま|みなさん)[^]{0,30}?ありがとう[^]{0,10}?(?:さようなら|さよなら|さいなら|ばいばい)",
    ),
  },
  {
    id: "ja.farewell.thanks-goodbye-plain",
    level: "concern",
    category: "farewell",
    pattern: ja(
      "ありがとう(?:ございました|な|ね)?[.,\\s]{0,3}(?:さようなら|さよなら|さいなら)|(?:さようなら|さよなら|さいなら)[.,\\s]{0,3}(?:みんな|皆)?[^.]{0,4}?ありがとう",
    ),
  },
  {
    // 俺のことは忘れてくれ: asking to be forgotten.
    id: "ja.farewell.forget-me",
    level: "crisis",
    category: "farewell",
    pattern: ja(
      `${SELF}のこと(?:は|なんて|なんか)?(?:もう)?(?:忘れて(?:くれ|ください|ほしい|ね|いい)|探さないで)`,
    ),
  },
  {
    // 今まで迷惑かけてごめんなさい。もう迷惑はかけません.
    id: "ja.farewell.no-more-trouble",
    level: "crisis",
    category: "farewell",
    negatable: false,
    pattern: ja(
      "(?:今まで|これまで)[^.]{0,8}?(?:迷惑|心配|苦労)(?:を|ばかり|ばっかり)?(?:かけて|掛けて)(?:ごめん|すみません|申し訳)[^]{0,20}?もう(?:二度と)?(?:迷惑|心配)(?:は|を|も)?(?:かけ|掛け)(?:ません|ない)",
    ),
  },
];
