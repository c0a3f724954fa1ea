/**
 * The ja rules of the seventeenth pass (after blind round 22) for the writer's own end arranged
 * without the word: the engine off in the cold with "by morning it is over", how long the cold
 * takes, a post scheduled for when one is no more, the final episode of one's life given a date
 * (net slang), a height and "only one step", a gun at home thought of all day, photos and
 * accounts deleted as an exit. Each rule's examples are in test/safety/rule-examples.json.
 */
import { ja } from "../../rule-types.js";
import { SELF } from "./patterns.js";
/** The doses of a day or a week set out as prescribed. */
const DOSES_EVERYDAY = "(?:寝る前の分|朝の分|夜の分|一週間分|1週間分|ピルケース|仕分け|飲み忘れ|お薬カレンダー|処方|薬局|サプリ|ビタミン)";
export const JA_QUIET_ENDS_RULES = [
    {
        // 貯めてた薬ぜんぶ机に出して、水も用意した: the saved pills set out with water. The day's or
        // the week's doses set out are not this.
        id: "ja.means.pills-set-out-with-water",
        level: "crisis",
        category: "means",
        pattern: ja(`(?:薬|くすり|錠剤|睡眠薬)(?:を|は|も)?[^.]{0,10}?(?:机|テーブル|床|目の前|枕元|ベッド)(?:に|の上に)(?:全部|ぜんぶ|みんな)?(?:出して|並べて|出した|並べた|広げて|広げた)[^]{0,30}?(?:水|みず)(?:も|を)?(?:用意|準備|くんで|汲んで|持って|置いて)(?![^]{0,40}${DOSES_EVERYDAY})(?<!${DOSES_EVERYDAY}[^]{0,80})`),
    },
    {
        // いま手に持ってるカッター置けば安全なんじゃない。置く気ないけど, 剃刀を握ってる。もう限界: a blade in
        // hand now, in distress. Cooking, a craft or opening a box are not this.
        id: "ja.self-harm.blade-in-hand-now",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: ja("(?:(?:いま|今)[^.]{0,6}?(?:手に持って|握って|にぎって|手にして)(?:る|いる|ます)(?:カッター|ナイフ|剃刀|かみそり|刃)|(?:カッター|ナイフ|剃刀|かみそり)(?:を)?(?:いま|今)?(?:手に持って|握って|にぎって)(?:る|いる|ます))[^]{0,40}?(?:置く気(?:は|も)?(?:ない|ねえ|ありません)|置けない|離せない|手放せない|限界|もう無理|もうむり|死にたい|切りたい|止まらない)(?![^]{0,40}(?:料理|工作|段ボール|ダンボール|開封|荷物|野菜|玉ねぎ|笑|w))(?<!(?:料理|工作|段ボール|ダンボール|開封|荷物|野菜|玉ねぎ)[^]{0,80})"),
    },
    {
        // いま港の防波堤の先におるとよ…ここから入ったら楽になるっちゃろか, 橋の真ん中まで来て止まってる。
        // …もう帰らん: at the water's edge or on a bridge now, with words of an end. Fishing, a sunset
        // or a walk are not this.
        id: "ja.attempt-in-progress.water-edge-now",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja("(?:防波堤|堤防|桟橋|埠頭|岸壁|突堤|崖|橋|鉄橋)(?:の)?(?:先|端|先端|真ん中|まんなか|上|ふち|縁)(?:に|で|まで)[^.]{0,10}?(?:おる|おります|いる|います|来た|きた|来て|来ました|(?:立って|座って|止めて|とめて|止まって)(?:る|いる|います|ます)?)[^]{0,80}?(?:(?:ここ|このまま)[^.]{0,6}?(?:入ったら|はいったら|飛び込んだら|とびこんだら|落ちたら|飛んだら)[^.]{0,8}?(?:楽|らく|終わ|死)|もう(?:帰らない|帰らん|かえらん|戻らない|戻らん)|さよなら|さようなら|楽になれる|終わりにする)(?![^]{0,40}(?:釣り|つり|夕日|夕焼け|花火|散歩|デート|写真|撮影|渋滞|笑|w))(?<!(?:釣り|つり|夕日|夕焼け|花火|散歩|デート|写真|撮影|渋滞)[^]{0,120})"),
    },
    {
        // ポケットに石つめた。川の前にいる: weighted for the water. A collection, a garden or stones
        // skimmed are not this.
        id: "ja.attempt-in-progress.weighted-for-water",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja("(?:ポケット|リュック|かばん|カバン)(?:に|へ)[^.]{0,6}?(?:石|いし|重り|おもり)(?:を)?(?:詰め|つめ|入れ|いれ)(?:た|て)(?![^]{0,60}(?:集め|コレクション|庭|お土産|おみやげ|水切り|子ども|子供|工作|標本|笑|w))(?<!(?:集め|コレクション|庭|お土産|おみやげ|水切り|子ども|子供|工作|標本)[^]{0,100})"),
    },
    {
        // いま車の中。排気ガス用のホースも持ってきた, 車庫で車の中にいる。シャッターは閉めた。まだエンジンは
        // かけてない: the car set up for its fumes, the writer in it now. A car wash, a repair or a
        // garden hose are not this.
        id: "ja.attempt-in-progress.car-fumes-set-up",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja("(?:(?:車|くるま)の中[^]{0,60}?(?:排気ガス|排ガス|マフラー)(?:の|用の|に)?[^.]{0,6}?(?:ホース|管|パイプ)(?:を|も)?[^.]{0,6}?(?:持ってきた|用意した|つないだ|繋いだ|つけた|付けた)|(?:(?:車庫|ガレージ)[^.]{0,10}?(?:車の中|車内|運転席)[^]{0,40}?(?:シャッター|扉|ドア)(?:は|を|も)?(?:閉めた|しめた|下ろした|おろした|閉めて)|(?:シャッター|扉|ドア)(?:は|を|も)?(?:閉めて|しめて|下ろして|おろして)[^.]{0,10}?(?:車の中|車内|運転席))[^]{0,40}?(?:まだ)[^.]{0,6}?(?:エンジン|キー)(?:は|を)?(?:かけてない|かけていない|回してない|回していない))(?![^]{0,40}(?:洗車|修理|点検|車検|整備|ガソリンスタンド|庭|水やり|暖機|暖気|出かけ|出発))(?<!(?:洗車|修理|点検|車検|整備|庭|水やり|暖機|暖気)[^]{0,100})"),
    },
    {
        // 車で林道の奥まで来た。…エンジン切ったらしばれて朝にはおわってるっしょ: the engine off in the
        // cold, and over by morning. A flat battery or work done by morning are not this.
        id: "ja.attempt-in-progress.engine-off-cold",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja("(?:エンジン|暖房|ヒーター)(?:を|も)?(?:切っ|きっ|止め|とめ|消し)(?:たら|て|れば|とけば|ちゃえば)[^]{0,30}?(?:朝には|朝になったら|明日の朝には|明日には|朝までに)(?:もう)?,?(?:終わって|おわって|終わる|おわる|死んで|しんで|凍死|凍って|冷たくなって|楽になって)"),
    },
    {
        // 雪の中で寝たら凍死できる？, マイナス20度の山に上着なしで入ったら、どれくらいで寒さを感じなくなる？:
        // how the cold kills, asked. Cold as hyperbole (凍死しそうなくらい寒い), a mountain course or the
        // news are not this.
        id: "ja.method-question.cold-exposure",
        level: "crisis",
        category: "method-question",
        pattern: ja("(?:(?:どれくらい|どのくらい|何時間|何分|どれだけ)[^.]{0,8}?(?:凍死|凍え死|こごえし|寒さ(?:を|も)?感じなくな)|(?:凍死|凍え死)(?:って|は)?(?:できる|できます|でき(?:るかな|るか|ますか)|楽|らく|苦し|痛い)|(?:雪の中|雪山|雪の上|山|森|外)[^.]{0,10}?(?:寝たら|横になったら|入ったら|座ってたら)[^.]{0,20}?(?:凍死|凍え死|寒さ(?:を|も)?感じなくな|楽に))(?!しそう|(?:する|した)?(?:レベル|ってくらい|くらい|ぐらい|笑|w))(?![^]{0,40}(?:ニュース|ドキュメンタリー|小説|映画|講習|授業|遭難事故|登山|ゲーム|ドラマ|漫画|犬|猫|植物))(?<!(?:ニュース|ドキュメンタリー|小説|映画|講習|授業|遭難事故|登山|ゲーム|ドラマ|漫画|犬|猫|植物)[^]{0,80})"),
    },
    {
        // ブログに予約投稿を一本入れた。…そのころ自分はもういない: something set to go out after one's
        // end. A trip, a move, work or sleep said beside it are not this.
        id: "ja.preparation.scheduled-for-after",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(`(?:予約投稿|予約送信|予約配信|予約ツイート|予約した|予約して|公開され|配信され|届く|届いた|読まれる)[^]{0,60}?(?:ころ|頃|とき|時)(?:には|は|に)?,?(?:${SELF})?(?:は|も)?(?:もう(?:この世に)?|この世に)(?:いない|居ない|生きてない|いなくなって)(?![^]{0,40}(?:旅行|出張|留守|海外|入院|引っ越|引越|寝て|仕事|キャンプ|実家|帰省|留学))(?<!(?:旅行|出張|留守|海外|入院|引っ越|引越|仕事|キャンプ|帰省|留学)[^]{0,120})`),
    },
    {
        // 【朗報】ワイ、人生の最終回の放送日が決まる。来週の金曜や: one's life as a show with its end
        // dated (net slang). A drama's final episode, 人生の最終章 of a retirement, or a simile are not this.
        id: "ja.plan.life-final-episode-dated",
        level: "crisis",
        category: "plan",
        pattern: ja("人生(?:の|,)?(?:最終回|最終話|打ち切り|エンディング)(?!みたい|のよう|っぽ)[^]{0,40}?(?:決ま|決定|来週|来月|明日|あした|今夜|今週|月曜|火曜|水曜|木曜|金曜|土曜|日曜|[0-9]+日|放送日|配信日)|(?:来週|来月|明日|今夜|今週|[0-9]+日)[^]{0,20}?人生(?:の)?(?:最終回|最終話|打ち切り)(?!みたい|のよう|っぽ)"),
    },
    {
        // 屋上を見て、一歩だけだなって思う: a height and one step thought of. A step at a time, one step
        // from the station, a recipe are not this.
        id: "ja.plan.height-one-step",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:屋上|橋|崖|ベランダ|手すり|柵|フェンス|ホーム|線路)[^]{0,60}?(?:一歩|いっぽ|1歩)(?:だけ|踏み出せば|踏み出したら|出れば|前に出れば|で)(?:だ|で|なんだ|なのに)?(?:な|よな|なあ)?(?:って|と)?[^.]{0,6}?(?:思|考え|終わ|楽)"),
    },
    {
        // 父の猟銃が物置にある。一日中そのことばかり考えてる: a gun at home, and thought of all day.
        // Hunting licences, clay shooting, a model gun or a film are not this.
        id: "ja.means.gun-at-home-dwelling",
        level: "crisis",
        category: "means",
        // (頭から離れない carries its own "not".)
        negatable: false,
        pattern: ja("(?:猟銃|銃|ライフル|散弾銃|拳銃)(?:が|は|を)?[^.]{0,20}?(?:ある|あります|置いてある|しまってある|入ってる|隠してある)[^]{0,40}?(?:そのこと|その銃|銃のこと|あれのこと|それ)(?:ばかり|ばっかり|ばっか|を|が)?(?:考えて|考えちゃ|考えてしま|頭から離れ|思い浮か)(?![^]{0,40}(?:狩猟免許|射撃|クレー|ゲーム|映画|モデルガン|エアガン|サバゲ))(?<!(?:狩猟免許|射撃|クレー|ゲーム|映画|モデルガン|エアガン|サバゲ)[^]{0,100})"),
    },
    {
        // 写真もアカウントも全部消した。きれいに退場: one's traces wiped as an exit. A full phone, an SNS
        // break or a new phone are not this.
        id: "ja.preparation.traces-deleted-exit",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?:写真|アカウント|アカ|SNS|インスタ|ツイッター|ライン|LINE)(?:も|と|を|は)?[^.]{0,20}?(?:消した|削除した|消しました|削除しました|消去した)[^]{0,30}?(?:退場|立つ鳥|跡(?:を|も)?(?:濁さ|残さ)|痕跡(?:を|も)?残さ|生きた証|きれいに(?:いなくな|消え|終わ))(?![^]{0,40}(?:容量|機種変|デトックス|断ち|休止|引退試合|ゲーム))(?<!(?:容量|機種変|デトックス|断ち|休止|バックアップ)[^]{0,80})"),
    },
];
//# sourceMappingURL=quiet-ends.js.map