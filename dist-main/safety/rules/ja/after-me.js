/**
 * The ja rules of the eleventh pass (after blind round 16) for the writer's own departure said
 * without the word "die": what a crisis worker hears in it. 逝く said of oneself; a pet or a
 * person handed over "so I can go in peace"; what becomes of one's records "after I die" with a
 * deadline of tonight or tomorrow; a thing no longer needed "from next month"; a parent taken
 * along; the pills all taken tonight; a note telling the family not to open the door and to
 * call the police; following a dead parent. Each rule's examples are in
 * test/safety/rule-examples.json.
 */
import { ja } from "../../rule-types.js";
// A near date or "from then on": the departure's when.
const FROM_DATE = "(?:来月|らいげつ|来週|らいしゅう|来年|明日|あした)(?:から|以降)(?:は)?(?:もう)?";
// "Beyond that": after a cancellation or an end just named.
const BEYOND_THAT = "(?:その先|それから先|この先|これから先|今月末で|月末で|今月いっぱいで)(?:は)?";
// No longer needed or missed, said of what one will not use.
const NOT_NEEDED = "(?:必要ない|必要なくなる|必要ありません|要らない|いらない|要らん|いらん|要らなくなる|いらなくなる|困らない|困らん|使わない|使わん|使うことない|見なくていい)";
// Everyday reasons for the same words: new glasses, a move, remote work, a new phone.
const EVERYDAY_REASON = "(?:レーシック| icl|コンタクト|手術|引っ越|引越|転居|転勤|在宅|リモート|テレワーク|退職|定年|卒業|留学|乗り換|のりかえ|格安|機種変|買い替|新しい|新調|解約して別|返納|入院|施設に入|海外|実家に|ダイエット|休職|育休|産休|辞め|やめ(?:る|た)から|売っ|売る|売り|メルカリ|フリマ|古い|お古|教科書|受験|合格|終わった|おわった)";
// One's own records or accounts.
const RECORDS = "(?:記録|履歴|チャット|トーク|アカウント|あかうんと|line|ライン|sns|データ|写真|メール|日記|ブログ|ツイート|投稿|スマホ|携帯|パソコン|pc)";
export const JA_AFTER_ME_RULES = [
    {
        // 延滞したまま逝くのは嫌, 安心して逝ける, もうすぐ逝くから: 逝く is death, said of oneself here
        // (the present or the wish; 母が逝った and 逝ってしまった are someone else's or past).
        id: "ja.plan.iku-self",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<!(?:母|父|親|祖母|祖父|夫|妻|主人|犬|猫|子|あの子|彼|彼女|さん|ちゃん|くん|君|様)(?:が|は|も)[^.,]{0,10}|(?:母|父|親|祖母|祖父|夫|妻|主人|犬|猫|子|あの子|彼|彼女|さん|ちゃん|くん|君|様))逝(?:く(?!ところ|年|夏|春|秋|冬)|ける|きたい|こう|かせて|きます|くね|くよ|くわ)(?![^]{0,20}(?:小説|映画|曲|歌|タイトル|ドラマ|漫画|本))"),
    },
    {
        // 今日友達に譲った. これからはあの子が面倒見てくれる. だから安心して行ける: someone or something
        // handed over, and "now I can go in peace". The match starts at 安心して: the one who takes
        // the pet over is someone else, the going is the writer's.
        id: "ja.preparation.handed-over-go-in-peace",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?<=(?:譲った|ゆずった|譲りました|託した|たくした|預けた|あずけた|引き取ってもらった|もらってもらった|面倒(?:を)?見てくれる|面倒(?:を)?みてくれる|飼ってくれる|世話(?:を)?してくれる|託せた)[^]{0,60}?)(?:安心して|心置きなく|こころおきなく|思い残すことなく|未練なく)(?:行ける|いける|逝ける|行けます|いけます|旅立て|たびだて|行こう|いこう|消えられ|きえられ|行け(?:る|ます)わ)(?![^]{0,30}(?:旅行|出張|入院|留学|海外|引っ越|引越|実家|帰省|手術|仕事|温泉|ライブ|遠征))(?<!(?:旅行|出張|入院|留学|海外|引っ越|引越|帰省|手術|温泉|ライブ|遠征)[^]{0,140})"),
    },
    {
        // 私が死んだら記録はどうなる? 明日からはもう使わないので今のうちに消して: one's own records after
        // one's death, with a deadline (tonight, from tomorrow, while I still can).
        id: "ja.preparation.records-after-death-deadline",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?<!(?:母|父|親|祖母|祖父|夫|妻|主人|さん|ちゃん|くん|人|者|家族|子|犬|猫|彼|彼女|友達|友人)(?:が|の|は)?)(?:死んだ|しんだ|いなくなった)(?:ら|あと|後|後に|あとに)[^]{0,60}?${RECORDS}[^]{0,60}?(?:今夜中|今夜|今晩|明日から|あしたから|今日中|今のうちに|いまのうちに)|${RECORDS}[^]{0,40}?(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分|じぶん)(?:が)?(?:死んだ|しんだ|いなくなった)(?:ら|あと|後)[^]{0,60}?(?:今夜中|今夜|今晩|明日から|あしたから|今日中|今のうちに|いまのうちに)`),
    },
    {
        // 来月からは見えなくても困らない, その先はもう必要ないので: from a date on, doing without a thing
        // of daily life will not matter, or "beyond that" it is no longer needed, with no everyday
        // reason (new glasses, a move, a new phone) beside it. A bare 来月からはもう必要ない (a pass,
        // a subscription) is not this.
        id: "ja.preparation.not-needed-from-then",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?:${FROM_DATE}[^.,]{0,10}?(?:ても|でも)(?:もう)?|${BEYOND_THAT}(?:もう|もはや)(?:[^.,]{0,10}?(?:ても|でも))?)${NOT_NEEDED}(?=$|[.,!\\s]|し|ので|から|んで|や|わ|よ|な)(?<!(?:レーシック|icl|コンタクト|手術|引っ越|引越|転居|転勤|在宅|リモート|テレワーク|退職|定年|卒業|留学|乗り換|のりかえ|格安|機種変|買い替|新しい|新調|返納|入院|海外|休職|育休|産休|売っ|売る|メルカリ|フリマ|教科書|受験|合格|終わった)[^]{0,120})(?![^]{0,60}${EVERYDAY_REASON})`),
    },
    {
        // 母を連れて一緒に行こうと思ってる. 今夜: a carer at the end, taking the one cared for along.
        id: "ja.plan.take-them-along",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:(?:介護|かいご|看病|限界|げんかい|疲れ|つかれ|もう無理|もうむり|もうだめ)[^]{0,60}?(?:母|父|親|子ども|子供|娘|息子|夫|妻|主人|おばあちゃん|おじいちゃん|祖母|祖父)(?:さん|ちゃん)?(?:を|も)(?:連れて|つれて)(?:一緒に|いっしょに)?(?:行こう|いこう|逝こう|行く|いく|逝く|死の|しの|あの世))(?![^]{0,40}(?:旅行|温泉|病院|買い物|散歩|実家|墓参り|お墓|デイ|ショートステイ|施設|ドライブ|映画|食事|外食|花見|小説|映画|ドラマ|ニュース))"),
    },
    {
        // もらった薬を今夜全部飲む, 薬、今日まとめて飲むわ: all the pills, tonight or now, as an
        // intention (a course finished, 飲み切る, is everyday).
        id: "ja.means.all-pills-tonight",
        level: "crisis",
        category: "means",
        pattern: ja("(?:薬|くすり|睡眠薬|眠剤|安定剤|錠剤|痛み止め|鎮痛剤|頓服)(?:を|は|も)?[^.]{0,6}?(?:今夜|今晩|今日|きょう|今から|いまから|これから|寝る前に)(?!から)(?:中に|は)?,?(?:全部|ぜんぶ|全て|すべて|まとめて|一気に|いっきに|一度に|ありったけ)(?:を)?(?:飲む|のむ|飲み(?:ます|たい)|飲んで(?:やる|しまう|しまお)|飲も|飲んじゃう|いく)(?!切|きる|干)|(?:今夜|今晩|今日|今から|これから)(?!から)[^.]{0,6}?(?:薬|くすり|睡眠薬|眠剤)(?:を)?(?:全部|ぜんぶ|まとめて|一気に|ありったけ)(?:飲む|のむ|飲み(?:ます|たい)|飲も)(?!切|きる|干)"),
    },
    {
        // 「朝になっても部屋は開けないで警察を呼んで」: a note telling the family not to come in and to
        // call the police: what is to be found behind the door.
        id: "ja.preparation.do-not-open-call-police",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?:部屋|へや|ドア|扉|風呂|浴室|玄関|車|トイレ)(?:は|を|に|の)?(?:絶対に?|ぜったい)?(?:開けないで|あけないで|開けずに|あけずに|入らないで|はいらないで|入らずに|見ないで|開けるな|入るな)[^]{0,30}?(?:警察|けいさつ|110|救急|管理人|大家)(?:さん)?(?:を|に)?(?:呼んで|よんで|呼ぶ|通報|連絡|電話)(?<!(?:不審|知らない人|しらない人|怪しい|あやしい|強盗|泥棒|どろぼう|セールス|訪問販売|勧誘|ストーカー|誰か来|だれか来)[^]{0,80})(?![^]{0,40}(?:不審|知らない人|怪しい|強盗|泥棒|ストーカー))"),
    },
    {
        // 母が亡くなって一週間. 後を追いたい: following the dead one, said as a wish or a plan. The
        // match starts at 後を追う: the death before it is someone else's, the wish is the writer's.
        id: "ja.plan.follow-after-death",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<=(?:亡くな|なくな|死ん|逝っ|他界|いなくなっ)[^]{0,60}?)(?:後|あと)(?:を)?(?:追いたい|おいたい|追おう|おおう|追う(?:つもり|ことにした|と決め|しかない)|追いかけたい|追います)(?![^]{0,20}(?:仕事|職|道|夢|研究|背中|店|継|弟子|同じ))"),
    },
    {
        // 「私の服は全部捨てていいよ. ここはこれから山田さんが飼ってくれる. ありがとう」: one's things to be
        // thrown away and a pet or a task handed on, with thanks or sorry, in one message.
        id: "ja.farewell.things-and-pet-handed-on",
        level: "crisis",
        category: "farewell",
        pattern: ja("(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち)の(?:服|ふく|物|もの|荷物|にもつ|本|部屋の物|持ち物|私物)(?:は|も)?(?:全部|ぜんぶ|みんな|すべて)?(?:捨てて|すてて|処分して)(?:いい|ええ|いー|構わない|かまわない|ください)[^]{0,80}?(?:これから|今後)[^]{0,20}?(?:飼って|かって|面倒|世話|育てて)[^]{0,40}?(?:ありがとう|ごめん|さようなら|さよなら|元気で)(?<!(?:引っ越|引越|転居|留学|寮|一人暮らし|ひとり暮らし|結婚|海外|転勤|入院)[^]{0,200})(?![^]{0,60}(?:引っ越|引越|転居|留学|寮|一人暮らし|結婚|海外|転勤|入院))"),
    },
    {
        // 本とか服とか、ほとんど人にあげてる: most of one's things given away, a warning sign to ask
        // about. A move or a clear-out said in the same sentence explains it
        // (`ja.everyday.giving-away-for-move`), and then the learned layer does not raise it either.
        id: "ja.preparation.giving-most-away",
        level: "concern",
        category: "preparation",
        pattern: ja("(?:本|服|家具|物|もの|荷物|持ち物|私物|コレクション|漫画|まんが|ゲーム|食器|家電)(?:とか|や|も|は)?[^.]{0,12}?(?:ほとんど|大半|あらかた|ほぼ全部|ほぼぜんぶ)(?:を)?(?:人に|友達に|友だちに|知り合いに|後輩に|妹に|弟に)?(?:あげ|譲っ|ゆずっ|手放し|処分し)(?:てる|ている|てます|た|ちゃった|ました)"),
    },
    {
        // 遺言書を作ってきた, エンディングノートを書き始めた: a will or an end-of-life notebook, a sign to
        // ask about. Made at a notary, with a lawyer or from a ward's course it is life planning
        // (`ja.everyday.will-as-planning`), and then the learned layer does not raise it either.
        id: "ja.preparation.will-written",
        level: "concern",
        category: "preparation",
        pattern: ja("(?:遺言書|遺言状|ゆいごん(?:しょ)?|エンディングノート)(?:を|も|は)?[^.]{0,10}?(?:作っ|つくっ|書い|かい|書き(?:始め|終え|上げ)|作成し|用意し|残し|もらっ|買っ)(?:た|てきた|ました|ておいた|といた|てる)"),
    },
];
//# sourceMappingURL=after-me.js.map