/** The ja rules of category `means`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { MANY, MEANS_OBJECT, MEDS, WHEN } from "./patterns.js";
export const JA_MEANS_RULES = [
    // --------------------------------------------------------------- means
    {
        id: "ja.means.stockpile",
        level: "crisis",
        category: "means",
        pattern: ja(`${MEDS}(?:を)?[^.]{0,4}?(?:ため|貯め|溜め|集め|あつめ|ストック|買い込|大量に買|まとめ買い)(?:て|た|込)|練炭|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:用意|準備|結ん|むすん|吊る)|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:買っ|買い|かっ)[^]{0,20}?(?:もう決め|決めた|覚悟|準備)|(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,6}?(?:ドアノブ|梁|鴨居|天井|クローゼット|物干し|手すり|木の枝)に[^.]{0,2}?(?:かけ|掛け|結|吊)|(?:ドアノブ|梁|鴨居|天井|クローゼット)に[^.]{0,4}?(?:ロープ|縄|なわ|紐|ひも)(?:を)?(?:かけ|掛け|結|吊)`),
    },
    {
        // A rope bought is also for parcels and tents: alone worth a question.
        id: "ja.means.rope-bought",
        level: "concern",
        category: "means",
        pattern: ja("(?:ロープ|縄|なわ|紐|ひも)(?:を|も)?[^.]{0,8}?(?:買っ|買い|かっ)"),
    },
    {
        id: "ja.means.take-all",
        level: "crisis",
        category: "means",
        pattern: ja(`${MEDS}(?:を)?[^.]{0,3}?${MANY}[^.]{0,3}?(?:飲も|のも|飲みたい|のみたい|飲んじゃお|飲んでやる|飲んでしまお|飲む(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|かな|わ))`),
    },
    {
        // Standing at a platform or a balcony and thinking of the one step: あと一歩だな.
        id: "ja.means.one-step",
        level: "crisis",
        category: "means",
        pattern: ja("(?:ホーム|線路|電車|踏切|ベランダ|屋上|柵|手すり|崖|橋)[^.]{0,24}?(?:あと(?:一|1)歩(?!で(?:乗り遅|間に合|届|勝|合格|クリア|完成|ゴール|優勝|入賞))|一歩(?:踏み出せば|前に出れば|前に出たら|踏み出したら)|飛び込みたく|飛び降りたく|落ちたら楽|飛んだら楽)|(?:電車|線路|ホーム|踏切)(?:に|へ)?[^.]{0,4}?(?:吸い込まれ|引き込まれ|引き寄せられ)"),
    },
    {
        // Looking down from a height, again and again: a concern; with "I could" a crisis.
        id: "ja.means.looking-down",
        level: "concern",
        category: "means",
        pattern: ja("(?:ベランダ|屋上|窓|橋|ビル|マンション|\\d+階|高い所|高いところ|歩道橋)(?:の[^.]{0,6})?(?:から|の上から)[^.]{0,4}?(?:ずっと|何時間も|毎晩|毎日|何度も|また|じっと)[^.]{0,4}?(?:下|地面|線路|川)(?:を)?(?:見|覗|のぞ|眺め)"),
    },
    {
        id: "ja.means.looking-down-could",
        level: "crisis",
        category: "means",
        pattern: ja("(?:ベランダ|屋上|窓|橋|ビル|マンション|\\d+階|高い所|高いところ|歩道橋)(?:の[^.]{0,6})?(?:から|の上から)[^.]{0,8}?(?:下|地面|線路|川)(?:を)?(?:見|覗|のぞ|眺め)[^]{0,24}?(?:いけそう|行けそう|飛べそう|飛び降りれそう|飛び降りられそう|落ちたら|飛んだら|楽になれそう|死ねそう|吸い込まれ|あと(?:一|1)歩|怖くな)"),
    },
    {
        // A blade kept in the bedroom (concern), or held because it calms (crisis).
        id: "ja.means.blade-in-room",
        level: "concern",
        category: "means",
        pattern: ja("(?:包丁|ナイフ|刃物|カッター|カミソリ|剃刀)(?:を)?[^.]{0,6}?(?:部屋|自室|枕元|布団|ベッド)(?:に|の中に|まで)[^.]{0,4}?(?:持って(?:き|い|っ)|隠し|置い|しまっ|忍ばせ)"),
    },
    {
        id: "ja.means.blade-calms",
        level: "crisis",
        category: "means",
        pattern: ja("(?:包丁|ナイフ|刃物|カッター|カミソリ|剃刀|ロープ|縄|紐)[^]{0,24}?(?:見て|眺めて|握って|触って|持って)(?:い)?(?:る)?と[^.]{0,4}?(?:落ち着き|落ち着く|安心する|安心できる|ほっとする)"),
    },
    {
        // Checking a roof or a bridge can be reached: a concern; with a day to go, a plan.
        id: "ja.means.scouting",
        level: "crisis",
        category: "means",
        pattern: ja("(?:屋上|非常階段|橋|崖|ビル|団地|歩道橋|鉄橋|高架)[^.]{0,16}?(?:鍵|カギ|柵|フェンス|手すり|扉|ドア)[^.]{0,6}?(?:かかってない|かかってなかった|開いて|空いて|あいて|壊れて|低い|越えられ|乗り越えられ|登れ)[^.]{0,12}?(?:確認|確かめ|下見|調べ)|(?:屋上|崖|樹海|高いビル|高層|飛び降り|鉄橋)[^.]{0,8}?(?:下見|下調べ)(?:し|に|を)|(?:飛び降り|首吊|首を吊|練炭|od)(?:る|の)?(?:場所|ところ|とこ|高さ)[^.]{0,6}?(?:探し|調べ|見つけ|決め|下見)|(?:飛び降り|とびおり)(?:られ|れ|でき)そうな(?:場所|ところ|とこ|崖|橋|ビル|屋上)(?:も|を)?[^.]{0,10}?(?:探し|調べ|見つけ|決め|下見)"),
    },
    {
        id: "ja.means.scouting-timed",
        level: "crisis",
        category: "means",
        pattern: ja(`(?:屋上|非常階段|橋|崖|ビル|団地|歩道橋|鉄橋|高架)[^.]{0,16}?(?:鍵|カギ|柵|フェンス|手すり|扉|ドア)[^.]{0,6}?(?:かかってない|かかってなかった|開いて|空いて|あいて|壊れて|低い|越えられ|乗り越えられ|登れ)[^]{0,40}?${WHEN}(?:に|は|の夜|の朝)?(?:行く|いく|行こう|行きます|決行|実行|飛ぶ)`),
    },
    {
        // 父の車の鍵を持ち出しました: a car's keys taken (exhaust), worth a question alone.
        id: "ja.means.car-keys",
        level: "concern",
        category: "means",
        pattern: ja("車の(?:鍵|キー|かぎ)(?:を)?[^.]{0,4}?(?:持ち出|盗み出|隠し持|こっそり)"),
    },
    {
        // 睡眠薬、ちょっとずつ貯めてる: pills put by little by little.
        id: "ja.means.stockpile-slowly",
        level: "crisis",
        category: "means",
        pattern: ja(`${MEDS}(?:を|も)?,?(?:ちょっとずつ|ちょっとづつ|少しずつ|少しづつ|すこしずつ|こっそり|毎日|毎月|ずっと|コツコツ|こつこつ)[^.]{0,6}?(?:ため|貯め|溜め|集め|あつめ|くすね|とっておい|取っておい|隠し)(?:て|た|込)`),
    },
    {
        // 睡眠薬が二か月分、引き出しに残っています: a store of pills counted, a question alone.
        id: "ja.means.pill-store",
        level: "concern",
        category: "means",
        pattern: ja(`${MEDS}(?:が|を|も)?[^.]{0,4}?(?:\\d+|[一二三四五六七八九十数]+)(?:か月|ヶ月|カ月|ケ月|ヵ月|週間)分[^.]{0,10}?(?:ある|あります|たまっ|貯まっ|溜まっ|残っ|手元)`),
    },
    {
        // あれを全部飲めば眠るように逝けるのでしょうね: the means and the imagined death.
        id: "ja.means.take-all-if",
        level: "crisis",
        category: "means",
        pattern: ja("(?:全部|ぜんぶ|まとめて|一度に|いっぺんに|一気に|全て|すべて)(?:を)?(?:飲め|のめ|飲ん(?:だら|じゃえば))ば?[^.]{0,10}?(?:逝け|死ね|眠るように|目が覚め(?:ない|なく))"),
    },
    {
        // 物置にロープがあるのを、ずっと考えています: dwelling on a means.
        id: "ja.means.rumination",
        level: "crisis",
        category: "means",
        pattern: ja(`${MEANS_OBJECT}[^]{0,24}?(?:ずっと|ばかり|ばっかり|何度も|毎日|毎晩|ここ数日|最近)[^.]{0,6}?(?:考えて|考えちゃ|考えてしま|気になって|頭に浮かん|意識してしま|見て(?:る|しま|い)|眺めて)|${MEANS_OBJECT}[^.]{0,24}?頭から(?:離れ|はなれ)(?:ない|ません|なく)`),
    },
    {
        // ベランダの手すり、毎晩見ちゃう。ここからならって.
        id: "ja.means.from-here",
        level: "crisis",
        category: "means",
        pattern: ja("(?:ベランダ|屋上|窓|橋|手すり|柵|ホーム|線路|崖|\\d+階)[^]{0,30}?ここ(?:から|で)(?:なら|だったら)(?:って|いける|行ける|死ね|確実|楽|(?=$|[.,!]))"),
    },
    {
        // 車庫でエンジンかけたまま寝ようと思う: exhaust in a closed garage.
        id: "ja.means.exhaust",
        level: "crisis",
        category: "means",
        pattern: ja("(?:車庫|ガレージ|閉め切った|締め切った|目張り)[^.]{0,12}?エンジン(?:を)?(?:かけ|掛け)(?:た)?まま[^.]{0,6}?(?:寝|眠|いよう|過ごそう|待)"),
    },
    {
        // 父の猟銃の保管庫の鍵の場所を知ってしまった: access to a gun.
        id: "ja.means.gun-access",
        level: "concern",
        category: "means",
        pattern: ja("(?:猟銃|銃|ライフル|散弾銃)[^.]{0,12}?(?:鍵|弾)[^.]{0,10}?(?:知って|見つけ|手に入|持ち出)"),
    },
    {
        // 睡眠薬、捨てずに取ってあります。いざという時のために.
        id: "ja.means.kept-for-when",
        level: "crisis",
        category: "means",
        pattern: ja(`(?:${MEDS}|ロープ|縄|練炭)[^]{0,30}?いざという(?:時|とき)|いざという(?:時|とき)(?:のため|用)に?[^.]{0,10}?(?:${MEDS}|ロープ|縄|練炭)`),
    },
    {
        id: "ja.means.kept",
        level: "concern",
        category: "means",
        pattern: ja(`${MEDS}(?:を|は|も)?,?[^.]{0,8}?(?:捨てずに|こっそり)[^.]{0,4}?(?:取って|とって|残して|隠して)(?:あ|お)`),
    },
    {
        // 近所の橋、高さ何メートルあるか調べた: the height of a place looked up.
        id: "ja.means.height-checked",
        level: "concern",
        category: "means",
        pattern: ja("(?:橋|ビル|マンション|屋上|崖|建物|団地|鉄橋|歩道橋)[^.]{0,10}?(?:高さ|何メートル|何m|何階)[^.]{0,10}?(?:調べ|測|確認|確かめ)"),
    },
    {
        // ODする用の薬: pills kept for an overdose.
        id: "ja.means.od-supply",
        level: "crisis",
        category: "means",
        pattern: ja("(?<![a-z])od(?:する)?(?:用|のため|するため|する分|の分)"),
    },
    {
        // 縄、ベッドの下に隠してる: a means hidden in the room.
        id: "ja.means.hidden",
        level: "concern",
        category: "means",
        pattern: ja(`(?:ロープ|縄|紐|練炭|${MEDS}|包丁|ナイフ|刃物)(?:を|は|も)?,?[^.]{0,10}?(?:隠して|隠し持って|しまって)(?:る|ある|いる|ます|あります)`),
    },
    {
        // ドアノブにタオルかけてみた、思ったより簡単: a ligature tried on a fixture.
        id: "ja.means.rehearsal",
        level: "crisis",
        category: "means",
        pattern: ja("(?:ドアノブ|クローゼット|ロフト|カーテンレール|手すり|はしご|鴨居|梁|階段の柵)(?:の棒)?(?:に|で|から)[^.]{0,8}?(?:タオル|ベルト|紐|ひも|ロープ|コード|ケーブル|スカーフ|ネクタイ|帯)(?:を)?[^.]{0,4}?(?:かけ|掛け|巻い|結ん|通し|くくっ)(?:て(?:みた|みました|試した|練習)|た[^.]{0,12}?(?:簡単|いけそう|いけた|楽そう|できそう|試し))"),
    },
    {
        // ロープと、炭と、養生テープ: charcoal with what seals a room.
        id: "ja.means.charcoal-and-tape",
        level: "crisis",
        category: "means",
        pattern: ja("(?:練炭|(?<![木石])炭(?!酸|水|火焼))[^.]{0,12}?(?:養生テープ|ガムテープ|目張り)|(?:養生テープ|ガムテープ|目張り)[^.]{0,12}?(?:練炭|(?<![木石])炭(?!酸|水|火焼))"),
    },
    {
        // 車の中で…って考えてて、もう道具は揃えた: the act left unsaid (an ellipsis where the method
        // would be, often after a place) and the things for it already gathered.
        id: "ja.means.gathered-unsaid",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: ja("(?:で|に|を|から|と)\\.+(?<=(?:車の中|部屋|山|海|川|橋|駅|線路|屋上|ベランダ|べらんだ|風呂|浴室|押し入れ|クローゼット|森|樹海|ホテル|公園|ビル|マンション|首|薬|手首|腕|ロープ|紐)(?:の中|の上)?(?:で|に|を|から|と)\\.+)\\s?(?:って|とか|みたいな(?:こと)?(?:を)?)(?:ずっと|もう|本気で|真剣に)?(?:考え|思っ|決め|しよう|する|やろう|調べ)[^]{0,40}?(?:道具|必要なもの|要るもの|いるもの|用意|準備|材料|もの|物|全部|ぜんぶ)(?:は|も|を|が)?(?:もう|全部|ぜんぶ|一通り|ちゃんと|すでに|既に|\\s)*(?:揃え|そろえ|揃っ|そろっ|用意し|用意でき|用意して|準備し|準備でき|準備して|買っ|買い揃え|手に入れ|集め|できて|整っ|ととのっ)"),
    },
    {
        // 父がホースと車のキーを持って黙って出ていった: a hose and a car taken together (exhaust).
        id: "ja.means.hose-and-car",
        level: "crisis",
        category: "means",
        pattern: ja("(?<!(?:洗車|水やり|庭|花壇|散水|洗う|キャンプ|掃除|プール)[^]{0,40})(?:車の(?:鍵|キー|カギ)(?:と|や|,)[^.]{0,6}?ホース|ホース(?:と|や|,)[^.]{0,6}?車の(?:鍵|キー|カギ))(?:を|も)?[^.]{0,6}?(?:持って|持ち出|積ん|積ま)(?![^]{0,30}(?:洗車|水やり|庭|花壇|散水|洗う|キャンプ|掃除|プール))"),
    },
    {
        // 大丈夫ｗ　でも数えたら40錠あった。足りると思う: "I'm fine", then a hoard counted and found
        // enough. Money, points or tickets counted are not this.
        id: "ja.means.fine-but-counted-enough",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: ja(`(?:大丈夫|だいじょうぶ|平気|へいき|元気|問題ない|心配(?:しないで|いらない|すんな))(?=[^]{0,80}?(?:${MEDS}|錠|粒|シート))[^]{0,12}?(?:でも|けど|ただ)[^]{0,30}?(?:数えたら|数えた|かぞえたら|ためてた|溜めてた|ためた|溜めた|集めた|集めてた)[^]{0,20}?(?:\\d{2,3}|[二三四五六七八九]十)(?:錠|粒|こ|個|シート|つ)[^]{0,16}?(?:足りる|足りそう|たりる|たりそう|十分|じゅうぶん|いける|いけそう)(?<!(?:円|万|貯金|お金|おかね|ポイント|チケット|ガチャ|石|ジェム|コイン|切手|シール)[^]{0,80})`),
    },
    {
        // 死ぬ気なんてないです。ロープはもう買ってありますけど: "no intention of dying", and the means
        // bought or ready said beside it (either order): the denial does not take them back. A
        // rope for climbing, a tent or washing is not this.
        id: "ja.means.denied-but-ready",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: ja(`(?:(?:死ぬ|しぬ|自殺する|死にたい)(?:気|き|つもり)?(?:なんて|なんか|とか|は|も)?(?:ない|ありません|ねえ|ないよ|ないです|ないから)[^]{0,30}?${MEANS_OBJECT}(?:は|も|を|なら)?(?:もう)?(?:買って|用意して|準備して|揃えて|手に入れて|届いて|買った|用意した)|${MEANS_OBJECT}(?:は|も|を)?(?:もう)?(?:買って|用意して|準備して|買った|用意した)[^]{0,20}?(?:けど|が|でも)[,]?[^.]{0,4}?(?:死ぬ|しぬ|自殺する)(?:気|き|つもり)(?:なんて|なんか|とか|は)?(?:ない|ありません|ねえ))(?<!(?:登山|キャンプ|クライミング|洗濯|テント|荷造り|引っ越し|ボルダリング|料理|釣り)[^]{0,60})(?![^]{0,30}(?:登山|キャンプ|クライミング|洗濯|テント|荷造り|引っ越し|料理|釣り))`),
    },
    // ----------------------------------------------- sixteenth pass (after round 21), someone else
    {
        // 『もう楽になりたい』と言い、…ベランダの物干しに縄が結んであるのを見ました。本人は洗濯用と言いますが、
        // 端が輪になっていました: a wish said, and a cord tied up with a loop at its end, whatever it is
        // said to be for. A loop tied for a tent, a swing or a lasso with no wish said is not this.
        id: "ja.means.loop-tied-after-wish",
        level: "crisis",
        category: "means",
        negatable: false,
        pattern: ja(`(?:楽になりたい|らくになりたい|死にたい|しにたい|消えたい|きえたい|終わりにしたい|おわりにしたい|いなくなりたい|もう疲れた|生きていたくない)[^]{0,120}?(?:ろぷ|ロープ|縄|なわ|紐|ひも|ベルト|こど|コード)(?:が|を|も)?[^.]{0,12}?(?:結んで|結ばれ|むすんで|くくって|括って|かけて|掛けて|吊るして|つるして|吊って)(?:あ|い)[^]{0,60}?(?:輪|わっか)(?:に|の形に)(?:なって|して|結ばれ)(?![^]{0,30}(?:キャンプ|テント|ハンモック|ブランコ|投げ縄|縄跳び|なわとび|荷造り|荷物))`),
    },
];
//# sourceMappingURL=means.js.map