/** The ja rules of category `attempt-in-progress`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { FAMILY, HIGH_PLACE, MANY, MEDS } from "./patterns.js";
export const JA_ATTEMPT_IN_PROGRESS_RULES = [
    // --------------------------------------------------------------- attempt in progress
    {
        id: "ja.attempt-in-progress.took-pills",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`${MEDS}(?:を)?[^.]{0,4}?${MANY}[^.]{0,3}?(?:飲んだ(?!ら)|のんだ(?!ら)|飲んじゃった|飲みました|飲んで(?:しまった|しまいました|きた|みた|る)|飲んでいる)|(?<![a-z])od(?:した|しちゃった|してる|してしまった|中|ってる|った)|オーバードーズ(?:した|しちゃった|してる)`),
    },
    {
        // A rooftop or a bridge is also where people eat lunch: alone a concern, with another
        // warning sign (もう飛ぶ) the escalation makes it a crisis.
        id: "ja.attempt-in-progress.high-place",
        level: "concern",
        category: "attempt-in-progress",
        pattern: ja("(?:屋上|橋の上|ビルの上|高い所|高いところ)(?:に|まで)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ)"),
    },
    {
        // いま屋上にいる: at a height right now (lunch, stars or laundry lower it to concern).
        id: "ja.attempt-in-progress.high-place-now",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`(?:今|いま|今夜|夜中に?|深夜に?|こんな時間に)(?:,)?[^.]{0,8}?${HIGH_PLACE}(?:に|まで)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ|登っ)`),
    },
    {
        // 線路のすぐそばまで来た, 駅のホームに立ってる。次の電車で.
        id: "ja.attempt-in-progress.near-tracks",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:線路|踏切の中|ホームの端|ホームの先|崖っぷち|欄干|柵の外|柵の向こう|手すりの外|フェンスの外|フェンスの向こう)(?:の)?(?:すぐ)?(?:そば|近く|脇|横|外側|向こう側|上|中)?(?:に|まで|へ)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ|下り|降り|出た|越え)|(?:ホーム|線路|踏切|駅)[^]{0,30}?次の(?:電車|列車|快速|特急|急行|新幹線)(?:で|に)(?=$|[.,\\s])"),
    },
    {
        id: "ja.attempt-in-progress.at-the-edge",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:線路|ホームの端|崖)(?:に|の上に|まで|の(?:上|端)に)(?:いる|来た|きた|来て|きて|立って|たって|上っ|のぼっ|下り)|(?<!鼻)血が(?:止まらない|とまらない|止まらなく|とまらなく)|(?:深く|ふかく)切(?:りすぎ|っちゃった|った|れた)|出血(?:が)?(?:ひどい|止まらない|多い)|練炭に火|首に(?:ロープ|縄|なわ|紐|ひも)|(?:ロープ|縄|紐)を?首に"),
    },
    {
        // 死ねるだけの量を飲んだ, 致死量飲みました: an amount taken to die, said as done. A question (飲んだら)
        // or a story (ドラマ, 小説, ニュース) is not this.
        id: "ja.attempt-in-progress.took-deadly-amount",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:死ねる|しねる|死ぬ|終われる|終わらせる|致死|ちし)(?:だけの|くらいの|ぐらいの|ほどの)?(?:量|りょう)(?:の)?(?:薬|くすり|錠剤|睡眠薬)?(?:を|は|,)?(?:もう|全部|ぜんぶ|さっき)?(?:飲んだ(?!ら)|のんだ(?!ら)|飲んじゃった|飲みました|飲んでしまった|飲んでしまいました|飲んだって|飲んだと)(?<!(?:ドラマ|映画|小説|漫画|アニメ|ゲーム|ニュース|事件|犯人)[^]{0,60})(?![^]{0,40}(?:ドラマ|映画|小説|漫画|アニメ|ゲーム|ニュース|事件|犯人))"),
    },
    {
        // 薬いつもより多めに飲んだ: more than prescribed, taken.
        id: "ja.attempt-in-progress.more-than-prescribed",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`${MEDS}(?:を)?[^.]{0,4}?(?:いつもより|普段より|処方より|多めに|倍|何倍も|大量に)[^.]{0,6}?(?:飲んだ(?!ら)|のんだ(?!ら)|飲みました|飲んじゃった|飲んでしまった)`),
    },
    {
        // インスリンをやめた、どうなってもいい: stopping what keeps one alive.
        id: "ja.attempt-in-progress.stopped-care",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:インスリン|透析|心臓の薬|血圧の薬|抗てんかん薬|ご飯|食事|食べるの|水を飲むの)(?:を|も)?[^.]{0,6}?(?:やめた|やめてる|打ってない|打たない|行ってない|行かない|飲んでない|とってない)[^]{0,16}?(?:どうなっても|死んでも|構わない|かまわない|このまま(?:消え|終わ|弱|死|いなく))"),
    },
    {
        // ドアの隙間から焦げくさい匂い…呼んでも返事がありません: a shut room, a burning smell and no
        // answer (charcoal) is happening now; in dialect too (炭を燃やしとる匂い…呼んでも返事せん).
        id: "ja.attempt-in-progress.smell-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:(?:部屋|ドア|扉|戸|隙間|車|浴室|風呂場|トイレ)[^]{0,30}?(?:焦げ|こげ|煙|けむり|炭|練炭|ガス)(?:くさい|臭い|っぽい|の)?[^.]{0,8}?(?:匂|臭|におい|ニオイ|煙|けむ)[^]{0,40}?(?:返事|へんじ|応答|反応|返答)(?:が|も)?(?:ない|なく|ありません|しない|しません|なし|せん|せえへん|しいひん|ねえ|あらへん)|(?:返事|へんじ|応答|反応|返答)(?:が|も)?(?:ない|なく|ありません|しない|しません|なし|せん|せえへん|しいひん|ねえ|あらへん)[^]{0,40}?(?:焦げ|こげ|煙|けむり|炭|練炭|ガス)(?:くさい|臭い|っぽい|の)?[^.]{0,8}?(?:匂|臭|におい|ニオイ|煙|けむ))(?![^]{0,30}?(?:台所|キッチン|魚|料理|トースト|焼いて|焼いてた|鍋|フライパン|だった|無事|大丈夫|見に行|寝てた|はんだ))"),
    },
    {
        // ベランダの柵こえた、手すりの外側に立ってる: over the railing of a height, now.
        id: "ja.attempt-in-progress.over-the-railing",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:ベランダ|屋上|橋|歩道橋|陸橋|鉄橋|非常階段|マンション|ビル|階)(?:の)?[^.]{0,4}?(?:柵|手すり|てすり|フェンス|欄干)(?:を|も|は)?,?(?:もう)?(?:こえ|越え|超え|乗り越え|のりこえ|またい|跨い)(?:た|て(?:る|いる|きた|しまった|ます|しまいました)|ちゃった)(?![^.]{0,15}(?:ボール|洗濯物|布団|猫|ねこ|取り|取っ|拾|助け))|(?:柵|手すり|てすり|フェンス|欄干)の(?:外|向こう|外側|むこう)(?:に|で|側に)(?:いる|います|立って|出た|座って)"),
    },
    {
        // ワイ今屋上おるんやけど柵こえたら下めっちゃ遠くて草　もうええか: at a height now, the railing
        // or the drop looked at, and giving up said after it. Going back in, down or to bed is not.
        id: "ja.attempt-in-progress.height-resigned",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:屋上|ベランダ|橋|歩道橋|鉄橋|陸橋|ビル|崖|非常階段|マンション)(?:の上|の端|の外)?(?:に|で)?(?:おる|いる|居る|来てる|きてる|来た|きた|立ってる|たってる)[^]{0,40}?(?:(?:柵|フェンス|手すり|てすり|欄干)(?:を|も)?(?:こえ|越え|超え|乗り越え|のりこえ|またい|跨い)(?:たら|だら|れば|る|て)|下[^.]{0,10}?(?:遠|高|見え))[^]{0,30}?(?:もう(?:ええ|いい|いっ)(?:か|や|かな|わ|よね)?|もうどうでも(?:いい|ええ))(?![^]{0,12}(?:帰|戻|寝|降り|下り|入ろ|中に|部屋|慣れ|平気|大丈夫|怖くな|こわくな|写真|撮|洗濯|布団|干|取り込))"),
    },
    {
        // 何も食べなければ自然に終われるかなと思って今日で5日目, 3日何も食べてないし水も飲んでない。
        // もうどうでもいい, 兄がもう何日も水も飲んでない: food or water refused for days, to end or
        // past caring, or someone at home without water for days.
        id: "ja.attempt-in-progress.refusing-food-water",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`(?:食べ|飲ま|たべ|のま)(?:なければ|なかったら|ずにいれば|ないでいれば|ないで|ずに)[^.]{0,10}?(?:自然に|そのまま|静かに|このまま)?(?:終われ|おわれ|死ね|しね|消えられ|いなくなれ|逝け)|(?:\\d+|何|数|二|三|四|五|六|七)日(?:くらい|ぐらい|間|も)?[^.]{0,8}?(?:何も|なにも|ご飯も|ごはんも|水も|みずも)(?:食べて|飲んで|口にして)(?:ない|ません|いない)(?![^]{0,30}?(?:風邪|熱|胃腸|検査|手術|断食|ファスティング|ダイエット|減量|糖質制限|吐き気|忙し))[^]{0,30}?(?:どうでもいい|どうでもええ|どうなっても|もうええ|もういい|終われ|死ね|消えたい|このまま(?:で)?いい)|(?:${FAMILY}|息子|娘|孫)(?:が|は|も)[^.]{0,10}?(?:\\d+|何|数|二|三|四|五)日(?:も|間|くらい)?[^.]{0,8}?(?:水も|水を|みずも|何も)(?:飲んで|口にして)(?:ない|いない|ません)`),
    },
    {
        // 部屋から出てこなくなって4日、食事にも手をつけていません。声をかけても返事がありません: silent
        // behind a door for days, the food left untouched: someone must call or go in now.
        id: "ja.attempt-in-progress.silent-room-days",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:食事|ご飯|ごはん|お膳|お盆|トレイ|差し入れ)(?:に|は|も)?(?:も)?(?:手を(?:つけ|付け)(?:て(?:い)?(?:な|ません)|ず|ません)|減って(?:い)?な|そのまま)(?<=(?:\\d+|何|数|二|三|四|五|六|七)日[^]{0,80})(?=[^]{0,60}?(?:返事|へんじ|応答|反応|物音|音)(?:が|も|ひとつ)?(?:ない|なく|ありません|しない|しません|なし))(?![^]{0,60}(?:音がする|音は(?:する|聞こえ)|足音|いびき|トイレ(?:に|には)?(?:出て|行って)|起きて|生きて(?:る|はい)|ゲーム|配信|既読))"),
    },
    {
        // 兄が部屋から「さよなら」って。ドアの隙間から灯油のにおいがしてる: a goodbye and the smell of a
        // fuel from a shut room, either order: a fire is being readied now.
        id: "ja.attempt-in-progress.fuel-smell-farewell",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:灯油|ガソリン|シンナー)(?:の|が|みたいな|っぽい)?(?:臭|匂|におい)(?:(?<=(?:最後です|最後だ|最後に|会うのは最後|さようなら|さよなら|お世話になりました|今までありがとう|ありがとうございました|ごめんなさい)[^]{0,100})|(?=[^]{0,100}(?:最後です|会うのは最後|さようなら|さよなら|お世話になりました|今までありがとう)))(?<!(?:ストーブ|ヒーター|給油|配達|販売|スタンド|バイク|草刈|芝刈|こぼし)[^]{0,100})(?![^]{0,60}(?:ストーブ|ヒーター|給油|配達|販売|スタンド|バイク|草刈|芝刈|こぼし))"),
    },
    {
        // 「ごめん、もう無理」ってきて、位置情報見たら海沿いの崖: someone's goodbye, or a phone not
        // answered, with their location at a height or the tracks.
        id: "ja.attempt-in-progress.location-at-height",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:位置情報|居場所|現在地|gps)[^]{0,24}?(?:崖|がけ|橋の上|鉄橋|ダム|樹海|線路|踏切|岬|断崖|屋上)(?:(?<=(?:ごめん|もう無理|もうむり|さようなら|さよなら|疲れた|消え|死)[^]{0,80})|(?=[^]{0,60}(?:電話|連絡|既読|返信|返事)(?:に|が|も)?(?:出ない|出てくれない|でない|つかない|こない|来ない|つかなくて|ない)))(?<!(?:釣り|観光|ドライブ|写真|撮影|デート|キャンプ|旅行|仕事|出張)[^]{0,60})(?![^]{0,40}(?:釣り|観光|ドライブ|写真|撮影|デート|キャンプ|旅行|仕事|出張))"),
    },
    {
        // 中から弱い声で「たすけて」…鍵がかかっています: a call for help behind a shut door, with a sign
        // that no one can get in or that days have gone by.
        id: "ja.attempt-in-progress.help-behind-door",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:中から|なかから|部屋から|奥から|向こうから|ドア越しに|扉越しに)[^.]{0,16}?「?(?:たすけて|助けて|救けて)(?:(?<=(?:鍵|カギ|開かない|あかない|新聞|郵便|倒れ)[^]{0,80})|(?=[^]{0,80}(?:鍵|カギ|開かない|あかない|返事がない|応答がない|新聞|郵便|倒れ|うめき|呻)))(?![^]{0,30}(?:虫|ゴキブリ|蜘蛛|クモ|ゲーム|宿題|冗談|ふざけ|テレビ|ドラマ|映画|笑|w))"),
    },
    {
        // 母が昨日から水も飲んでなくて、話しかけても反応が鈍い: no water taken and barely responding:
        // an emergency whatever the cause.
        id: "ja.attempt-in-progress.no-water-unresponsive",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?<!(?:猫|犬|ペット|金魚|インコ|ハムスター|うさぎ|メダカ|植物|サボテン|観葉)[^]{0,60})(?:水も|水を|みずも|何も|なにも)[^.]{0,10}?(?:口にして|飲んで|のんで|飲めて|とって)(?:ない|いない|なく|ません)[^]{0,40}?(?:反応が(?:薄|うす|鈍|にぶ|ない|なく)|意識が(?:もうろう|朦朧|ない|なく|はっきりし)|ぐったり|呼んでも(?:返事|反応|起き))"),
    },
    {
        // 食事をやめて6日目。今日から水も飲んでない: food stopped for days, and now water too.
        id: "ja.attempt-in-progress.water-stopped-too",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:食べる|食事|ご飯|ごはん|食べ物)(?:の)?(?:を)?(?:やめて|止めて|断って|とらなくなって)[^.]{0,6}?(?:\d+|[二三四五六七八九十]+)日(?:目|間|経つ|たつ|になる)?[^]{0,40}?水(?:も|まで)[^.]{0,8}?(?:やめ|止め|断っ|飲んでない|飲んでいない|飲まない|飲まなく)(?![^]{0,40}(?:ファスティング|断食道場|検査|手術|医者|病院の指示))`),
    },
    {
        // もう始めちゃった。息がだんだん苦しい: an act said as begun, with no object, and a body giving
        // way (breath, sleepiness, numbness): under way now. Exercise, a cold, a diet, a game or a
        // drama begun are not this.
        id: "ja.attempt-in-progress.started-body-sign",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`(?:^|[.,!s])(?:もう|さっき|既に|すでに|とうとう|ついに)?,?(?:始めちゃった|始めた|始めてしまった|始めました|はじめちゃった|はじめた|やっちゃった|やってしまった|実行した|決行した)[.,!…s]{0,3}[^]{0,40}?(?:息が(?:だんだん|どんどん|すこし|少し|もう|ちょっと)?(?:苦し|くるし|できな|しづら|しにく|吸えな|詰ま)|眠く(?:なって|なってき)|意識が(?:遠|もうろう|朦朧|薄)|(?:手|足|手足|指)が(?:しびれ|痺れ)|頭が(?:ぼーっと|ぼんやり|くらくら)|目が(?:かすむ|霞む|回る)|体が(?:動かな|重くな))(?<!(?:運動|ランニング|ジョギング|筋トレ|マラソン|走|泳|階段|ダイエット|花粉|風邪|喘息|熱|咳|ゲーム|配信|勉強|仕事|部活|練習|ヨガ|サウナ|禁煙|断食|ファスティング|ドラマ|アニメ|映画|ダンス|散歩|登山|坂|自転車)[^]{0,80})(?![^]{0,40}(?:運動|ランニング|ジョギング|筋トレ|マラソン|走っ|泳|階段|ダイエット|花粉|風邪|喘息|熱|咳|ゲーム|配信|勉強|仕事|部活|練習|ヨガ|サウナ|禁煙|ドラマ|アニメ|映画|笑|w(?![a-z])))`),
    },
    {
        // わざと6日食べてない。誰かに気づかれる前に体が限界になってほしい: food refused so that the body
        // gives way. Busy days, a cold or a check-up, and a body "at its limit" with no wish, are not this.
        id: "ja.attempt-in-progress.starving-body-give-up",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`(?:食べて|たべて|食事して|食事をとって|何も口にして|ご飯食べて)(?:ない|いない|ません|なくて)[^]{0,60}?(?:体|身体|からだ)(?:が|の方が|のほうが)?[^.]{0,10}?(?:限界に|壊れ|こわれ|もたなく|持たなく|動かなく|止ま|弱って|衰弱|力尽き|音を上げ|だめになっ|ダメになっ)[^.]{0,10}?(?:ほしい|欲しい|くれ|ればいい|れば良い|たらいい|たら良い|のを待って|のを待つ)(?<!(?:風邪|胃腸|検査|手術|断食道場|ファスティング|吐き気|忙し|病院|インフル|コロナ|二日酔い)[^]{0,120})`),
    },
    {
        // 屋上きた。風つよい。柵思ったより低い: at a height now, and the fence found low or easy to
        // cross. A fence reported as dangerous for children, a repair, photos or a view are not this.
        id: "ja.attempt-in-progress.at-height-fence-low",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`(?:屋上|橋の上|歩道橋|鉄橋|ビルの上|マンションの上|非常階段|立体駐車場|高架)(?:の上)?(?:に|まで|へ)?(?:来た|きた|来ました|着いた|ついた|いる|上った|のぼった|登った|出た)[^]{0,40}?(?:柵|さく|フェンス|手すり|手摺|欄干)(?:は|が|って|も)?,?(?:思ったより|意外と|案外|けっこう|結構|すごく|めっちゃ|かなり)?(?:低い|低かった|ひくい|ひくかった|越えられ|こえられ|乗り越えられ|またげ|跨げ)(?<!(?:子供|子ども|こども|危な|危険|管理|工事|写真|景色|夜景|ビアガーデン|庭園|気をつけ|修理|点検|報告|苦情|大家)[^]{0,80})(?![^]{0,40}(?:子供|子ども|こども|危な|危険|管理|工事|写真|景色|夜景|気をつけ|修理|点検|報告|苦情|大家))`),
    },
    {
        // 手首きったら止まんない, 腕切りすぎて止まらない: a cut to the wrist or the arm that will not
        // stop, said now (the blood left unsaid). A cut finger while cooking is not this.
        id: "ja.attempt-in-progress.cut-wont-stop",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?:(?:手首|腕|うで|太もも|ふともも)[^.]{0,4}?(?:切|き)(?:った|ったら|っちゃって|っちゃった|りすぎ(?:て|た)?|れて)|(?:リスカ|りすか)(?:した|したら|しちゃって|しすぎ(?:て|た)?))[^]{0,8}?(?:止まんない|止まらない|とまらない|とまんない|止まらん|とまらん|止まらなく|とまらなく)(?<!(?:料理|包丁で指|指を|紙で|ひげ|髭|転んで|ケガ|怪我)[^]{0,40})(?![^]{0,20}(?:夢|ゆめ|想像|ドラマ|映画|漫画|小説))"),
    },
    {
        // 包丁もって部屋にいる。さっきから手首にあててる: a blade held to the wrist or the neck now.
        // A massager, an ice pack or a scene in a drama is not this.
        id: "ja.attempt-in-progress.blade-held-to-wrist",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja("(?<!(?:料理|調理|ドラマ|映画|まね|真似|撮影|演技|稽古|殺陣)[^。.]{0,30})(?:包丁|ナイフ|カッター|刃物|刃|かみそり|剃刀|カミソリ)[^]{0,30}?(?:手首|腕|うで|首)(?:に|へ)(?:あて|当て|押し当て|おしあて|押しつけ|押し付け)(?:てる|ている|てます|ていて|て)(?![^]{0,30}(?:ドラマ|映画|漫画|アニメ|シーン|ゲーム|小説|遊ん|ふざけ|冗談))"),
    },
    // ----------------------------------------------- fifteenth pass (after round 20), own acts
    {
        // ごはん食べるのやめた。今日で5日目。水もへらしてる: food stopped for days and water cut down
        // as well (the days counted after the stop). A fast, a check-up, an operation or a stomach
        // bug are not this.
        id: "ja.attempt-in-progress.food-stopped-water-cut",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:食べる|たべる|食事|しょくじ|ご飯|ごはん|食べ物)(?:の)?(?:を)?(?:やめた|やめて|止めた|止めて|断った|断って|抜いて|とってない|とらなくなって)[^]{0,20}?(?:\d+|[二三四五六七八九十]+)日(?:目|間|経つ|たつ|になる|過ぎ)?[^]{0,30}?(?:水|みず)(?:も|まで)[^.]{0,6}?(?:減らし|へらし|控え|ひかえ|やめ|止め|断っ|飲んでない|飲んでいない|のんでない|飲まない|のまない|飲まなく|ほとんど飲ん)(?<!(?:ファスティング|断食|検査|手術|ダイエット|胃腸|胃カメラ|内視鏡|吐き気|病院の指示)[^]{0,80})(?![^]{0,40}(?:ファスティング|断食|検査|手術|ダイエット|胃腸|医者|病院の指示|吐き気))`),
    },
    {
        // へや しめきって ひ つけた　いきが くるしい (kana only): a room or a car shut tight, a fire
        // lit in it, and breath short or a goodbye: an act under way. Incense, candles, a stove,
        // a barbecue or cooking are not this.
        id: "ja.attempt-in-progress.sealed-room-fire",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:(?:部屋|へや|車|くるま|窓|まど|ドア|隙間|すきま|目張り|めばり)[^.]{0,8}?(?:締め切|閉め切|閉めき|しめき|締めき|目張り|めばり|塞い|ふさい|テープ)[^]{0,16}?(?:火|ひ)(?:を|も)?(?:つけた|付けた|点けた|おこした|起こした|いれた|入れた|つけて)(?!ら)[^]{0,30}?(?:息が|いきが|呼吸が|こきゅうが)(?:もう|だんだん)?(?:苦し|くるし|できな|しづら|つら)|(?:部屋|へや|車|くるま|窓|まど|ドア|隙間|すきま|目張り|めばり)[^.]{0,8}?(?:締め切|閉め切|閉めき|しめき|締めき|目張り|めばり|塞い|ふさい|テープ)[^]{0,16}?(?:火|ひ)(?:を|も)?(?:つけた|付けた|点けた|おこした|起こした|いれた|入れた)(?!ら)[^]{0,30}?(?:ごめんね|ごめん|さよなら|さようなら|ばいばい|ありがとう))(?<!(?:お香|線香|アロマ|キャンドル|ろうそく|蝋燭|ストーブ|暖炉|コンロ|花火|タバコ|たばこ|煙草|バーベキュー|焼肉|料理|鍋)[^]{0,60})`),
    },
    {
        // お酒と一緒に睡眠薬いっぱい飲んだ　ねむい, 薬たくさん飲んだ。心臓ばくばくする: pills taken in an
        // amount, or with drink, and the body giving way now. A cold remedy making one sleepy, or the
        // usual dose, is not this.
        id: "ja.attempt-in-progress.pills-taken-body-sign",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(`(?:${MEDS}(?:を)?[^.]{0,4}?${MANY}|(?:酒|さけ|ビール|ストゼロ|チューハイ|酎ハイ|ウイスキー|焼酎|ワイン)[^.]{0,10}?${MEDS}(?:を)?[^.]{0,4}?)(?:飲んだ(?!ら)|のんだ(?!ら)|飲んじゃった|飲みました|飲んでしまった)[^]{0,30}?(?:ねむい|眠い|ねむく|眠く|心臓(?:が)?(?:ばくばく|どきどき|速|はや)|動悸|ぐるぐる|目が回|めがまわ|手が(?:しびれ|痺れ)|息が(?:苦し|くるし)|意識が)(?<!(?:風邪|かぜ|花粉|処方|いつもの|副作用|先生|医者)[^]{0,60})`),
    },
    {
        // いま屋上おる。風つよいわ。もうええねん: at a height now, and giving up said after it, in any
        // dialect. Going back in, down or to bed, lunch, the stars or washing are not this.
        id: "ja.attempt-in-progress.height-now-resigned",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:今|いま)[,]?(?:[^.,]{1,8}?の)?(?:屋上|橋の上|ビルの上|歩道橋|鉄橋|崖|がけ|マンションの上|非常階段|上)(?:に|で)?(?:おる|おります|いる|居る|います|来た|きた|来てる|きてる|立ってる|たってる)[^]{0,30}?(?:もう(?:ええ|いい)(?:ねん|わ|や|か|よ|んや|んだ)?(?=$|[.,!]|ほんま|本当|もう)|もうどうでも(?:いい|ええ)|さよなら|さようなら|ばいばい|ごめんな|生きるの(?:は|が|も)?(?:無理|むり))(?<!(?:洗濯|布団|干し|取り込|ご飯|弁当|星|夜景|花火|写真|撮)[^]{0,40})(?![^]{0,20}(?:帰|戻|寝|降り|下り|洗濯|布団|ご飯|弁当|星|夜景|花火|写真|撮|寒いし|中に入))`),
    },
    {
        // 6階の窓に座って足を外に出してる: sitting on a window or a railing high up, legs over the
        // outside. The cat, a photo, cleaning or the ground floor are not this.
        id: "ja.attempt-in-progress.legs-out-high-window",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:(?:[3-9]|\d{2})階|屋上|ビル|マンション)[^.]{0,10}?(?:窓|まど|窓枠|ベランダ|手すり|てすり|柵|ふち|縁)(?:に|の上に|の上で)(?:座って|すわって|腰かけ|腰掛け)[^]{0,20}?(?:足|脚|あし)(?:を|が|は)?(?:外に|外側に|そとに|宙に|ぶらぶら)(?:出して|だして|出てる|出ている|させて)?(?<!(?:猫|ねこ|写真|掃除|花火|夕涼み)[^]{0,40})(?![^]{0,20}(?:猫|ねこ|写真|掃除|花火|夕涼み))`),
    },
    {
        // 午前4時。始発のあとに来る通過の特急、5時48分。駅まで歩いて15分。もう靴はいた: a train that does
        // not stop, its time, and setting off for it now. A photo of it, a trip or a commute are not
        // this.
        id: "ja.attempt-in-progress.nonstop-train-setting-off",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:通過|止まらない|とまらない)(?:の|する)?(?:特急|急行|快速|電車|列車|貨物|新幹線)[^]{0,60}?(?:もう靴(?:を)?(?:はいた|履いた)|靴(?:を)?(?:はいた|履いた)|(?:今|いま)から(?:行く|いく|向かう)|家を出(?:た|る)|駅に(?:着いた|ついた|いる|います)|ホームに(?:いる|います|着いた)|向かってる)(?<!(?:撮|写真|カメラ|撮影|鉄道好き|鉄オタ|旅行|出張|通勤|仕事|会社|学校)[^]{0,80})(?![^]{0,30}(?:撮|写真|カメラ|撮影|旅行|出張|通勤|仕事|会社|学校))`),
    },
    {
        // わたし ロープ かいました。へやの ドア に かけました。いま します (L2 Japanese, kana spaced): a
        // rope or cord hung on a door or a beam, and "now" said to end a sentence. A washing line or
        // a curtain is not this.
        id: "ja.attempt-in-progress.rope-hung-now",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:ロープ|縄|なわ|ひも|紐|コード|ベルト)[^]{0,24}?(?:ドア|ドアノブ|鴨居|かもい|梁|はり|クローゼット|カーテンレール)\s?に\s?(?:かけ|掛け|結ん|むすん|結び|吊る|つる)[^]{0,20}?(?:いま|今|今から|いまから|これから)\s?(?:します|する|やる|やります)(?=$|[.!,]|\s?(?:いままで|今まで|さよ|ありがと))(?<!(?:洗濯|せんたく|干|ほし|カーテン|のれん|飾り|かざり|リース|ハンガー|荷物|工作)[^]{0,80})`),
    },
    {
        // 目が覚めた。死ねなかった: waking up after an attempt that failed. A dream or a game is not this.
        id: "ja.attempt-in-progress.woke-after-attempt",
        level: "crisis",
        category: "attempt-in-progress",
        pattern: ja(String.raw `(?:目が覚め|目がさめ|起きたら|気がついたら|気づいたら)[^]{0,40}?(?:死ねなかった|しねなかった|死にきれなかった|死に切れなかった)(?<!(?:夢|ゆめ|ゲーム|げーむ|漫画|小説|映画|ドラマ)[^]{0,60})(?![^]{0,20}(?:夢|ゆめ|ゲーム|げーむ|漫画|小説|映画|ドラマ))`),
    },
    // ------------------------------------------------------------------------------------------
    // The eighteenth pass, the writer's own (p18own, after round 23): acts under way now.
    {
        // 湯船が真っ赤。血が思ったより止まらない: bleeding in a bath that will not stop, or the body
        // giving out beside it. Bath salts, a bath bomb, hair dye, rust, a nosebleed or a period
        // said beside it are not this.
        id: "ja.attempt-in-progress.bath-red-not-stopping",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(String.raw `(?:風呂|ふろ|湯船|浴槽|お湯|おゆ|バスタブ)(?:の(?:中|水|お湯|湯))?(?:が|は|も)?[^.]{0,6}?(?:赤い|赤く|あかい|あかく|真っ赤|まっか|赤(?:に|色)|血の色|ピンク)[^]{0,40}?(?:止まらない|とまらない|止まらん|とまらん|止まんない|とまんない|ふらふら|くらくら|ふらつ|意識が|ぼーっと|目が回|めまい|力が入らない)(?<!(?:入浴剤|バスボム|バスソルト|鼻血|はなぢ|生理|ヘナ|毛染め|カラー剤|ヘアカラー|白髪染め|ワイン|薔薇|バラ|花びら|錆|さび|赤水|水道|給湯|蛇口|配管|着色料|食紅)[^]{0,80})(?![^]{0,30}(?:入浴剤|バスボム|鼻血|生理|毛染め|カラー剤|錆|さび|水道|蛇口))`),
    },
    {
        // 近所の橋、今から行ってくる。たぶんこれで最後: on the way to a high place or the water now,
        // said as a last act. A photo, fishing, a walk, the night view, or the last day of a
        // holiday are not this.
        id: "ja.attempt-in-progress.to-a-high-place-now-last",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(String.raw `(?:橋|屋上|崖|がけ|ダム|線路|踏切|鉄橋|歩道橋|岸壁|防波堤|樹海|海|川)[^]{0,40}?(?:今から|いまから|これから|今|いま)[^.]{0,8}?(?:行って(?:くる|きます|くるわ|くるね)|行く(?:ね|わ|よ)?|いく|向かう|向かいます|向かってる|むかう|行きます)[^]{0,30}?(?:(?:たぶん|多分|きっと)?(?:これで|これが)(?:最後|さいご|最期)|もう(?:戻らない|もどらない|戻らん|帰らない|かえらない|帰らん)|(?:戻って|帰って)(?:こない|こん|きません)|さよなら|さようなら)(?<!(?:写真|撮影|釣り|花火|夜景|散歩|ジョギング|ランニング|観光|デート|バイト|仕事|休み|連休|旅行|シーズン|今年|学生|合宿|キャンプ|ロケ)[^]{0,80})`),
    },
    {
        // 寒い。ベランダに出てる。もう部屋には戻らない: out in the cold now and not going back in, or
        // wondering if staying out till morning would end it. Camping, a queue, fireworks, a
        // countdown, or "not until" something ends are not this.
        id: "ja.attempt-in-progress.out-in-the-cold",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(String.raw `(?:寒い|さむい|寒っ|寒くて|凍え|こごえ|氷点下|マイナス\d+度|吹雪|雪の中|雪が)[^]{0,60}?(?:(?<!まで[^.]{0,3})(?:もう)?(?:中|なか|家|いえ|部屋|へや)(?:に|には|へ|の中に|の中には)(?:は|も)?(?:戻らない|もどらない|戻らん|もどらん|入らない|はいらない|帰らない|かえらない|戻る気はない)|朝まで(?:外|そと|ここ)(?:に|で)(?:いたら|いれば|おったら|おれば)[^.]{0,10}?(?:楽|らく|死|しね|凍|終わ|眠ったまま))(?<!(?:キャンプ|テント|寝袋|シュラフ|初日の出|カウントダウン|花火|流星|天体|星を|撮影|並んで|行列|徹夜で並|チケット|雪だるま|雪合戦|子ども|子供|犬の散歩|鍵|締め出|タバコ|たばこ|喫煙)[^]{0,120})`),
    },
];
//# sourceMappingURL=attempt-in-progress.js.map