/** The ja rules of category `preparation`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { FAMILY, LET_GO, NO_LONGER, SELF } from "./patterns.js";
/** What a countdown with a clear-out is for, in everyday life. */
const COUNTDOWN_OCCASION = "引っ越|引越|旅行|出発|機種変|買い替え|下取り|退去|卒業|入院|手術|試験|テスト|受験|締め切|締切|〆切|留学|転勤|転職|就職|入社|入寮|結婚|式|ライブ|誕生日|帰省|帰国|渡航|移住|発売|サ終|サービス終了|ゲーム|イベント|大掃除|年末|年始|新生活|新居|入居|メルカリ|売る|売った|新しい|休み|連休|出産|予定日|本番|発表|大会|提出|納品|リリース|合宿|遠征";
/** Things put in order, said as done: a room tidied, a phone wiped, accounts closed. */
const PUT_IN_ORDER = "(?:片付け|片づけ|かたづけ|身辺整理|データ(?:の)?(?:消去|削除)|消去|初期化|解約|退会|遺書|形見分け)[^.]{0,16}?(?:済ませ|済ん|すませ|終わら|終わっ|終え|完了|書い|書き終)";
/** A key left where someone else can take it. */
const KEY_LEFT = "(?:鍵|かぎ)(?:は|を|も)?[^.]{0,10}?(?:郵便受け|ポスト|ドアの下|植木鉢|メーターボックス|玄関マット|新聞受け)(?:に|の中|の下)?";
/** Someone asked to open or enter the room: to find what is there. */
const OPEN_ROOM = "(?:部屋|ドア|玄関|家)(?:を|に|の中を|の中に)?(?:開けて|あけて|見に来て|確認して|入って|開けて確認して)(?:ください|下さい|ほしい|欲しい|もらう|もらって(?=$|[.,!]|ね|な)|くれ(?!た))";
export const JA_PREPARATION_RULES = [
    // --------------------------------------------------------------- preparation
    {
        id: "ja.preparation.note",
        level: "crisis",
        category: "preparation",
        pattern: ja("遺書|身辺整理|(?:大事|大切|だいじ|たいせつ)な(?:もの|物)(?:を|は|も)?[^.]{0,6}?(?:あげ|譲|ゆず|手放|処分)|(?:全部|ぜんぶ)(?:人に)?(?:あげた|譲った)"),
    },
    {
        // Treasured things, all of them, given up "because I won't need them" (a clear-out is
        // lowered below).
        id: "ja.preparation.give-away",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?:大事|大切|だいじ|たいせつ)(?:に)?(?:してた|していた|してる|してきた|な)[^.]{0,12}?(?:全部|ぜんぶ|すべて|全て|みんな)[^.]{0,10}?(?:手放し|手放|処分し|売っ|売り払|譲っ|あげ|捨て)[^]{0,16}?もう(?:要らない|いらない|要らん|いらん|必要ない|使わない|使うことない|持ってても)"),
    },
    {
        // A letter to the family put where it will be found later, or "the last letter".
        id: "ja.preparation.letter",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?:${FAMILY}|みんな|皆)(?:宛て|あて|宛|へ|に)(?:の)?(?:手紙|メッセージ|ノート)(?:を|も)?[^.]{0,4}?(?:書いた|書き終え|書いて|残し|用意し)[^]{0,20}?(?:引き出し|机の中|見つかる|見つけ|わかる(?:ところ|場所|ように)|後で読んで|いつか読んで|置いてある|入れてある|しまってある|隠して)|(?:最後|最期)の手紙`),
    },
    {
        // Every account deleted, "only this one left".
        id: "ja.preparation.accounts",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?:アカウント|アカ|sns|ツイッター|twitter|インスタ|instagram|line|ライン|ブログ|データ|連絡先|写真|tiktok|ティックトック|youtube|discord|ディスコ)[^.]{0,14}?(?:消した|削除した|消去した|退会した|消しました|削除しました|消しといた|消しておいた)[^]{0,12}?(?:あとは(?:ここ|これ|この)|残りは(?:ここ|これ)|最後に(?:ここ|これ)|もう(?:何も)?(?:いらない|必要ない|思い残す))"),
    },
    {
        // Savings all moved to family, passwords left for them: putting affairs in order.
        id: "ja.preparation.affairs",
        level: "concern",
        category: "preparation",
        pattern: ja("(?:貯金|預金|お金|財産)[^.]{0,6}?(?:全部|ぜんぶ|全額|すべて|全て)[^.]{0,12}?(?:移し|移動し|振り込|渡し|譲)|(?:パスワード|暗証番号|ログイン情報|アカウント情報)[^.]{0,14}?(?:メモ|書い|まとめ|リスト|紙に)[^.]{0,10}?(?:置い|残し|渡し|わかるように)"),
    },
    {
        id: "ja.preparation.affairs-both",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?:貯金|預金|お金|財産)[^.]{0,6}?(?:全部|ぜんぶ|全額|すべて|全て)[^.]{0,12}?(?:移し|移動し|振り込|渡し|譲)[^]{0,40}?(?:パスワード|暗証番号|ログイン情報|アカウント情報)|(?:パスワード|暗証番号|ログイン情報|アカウント情報)[^]{0,40}?(?:貯金|預金|お金|財産)[^.]{0,6}?(?:全部|ぜんぶ|全額|すべて|全て)[^.]{0,12}?(?:移し|移動し|振り込|渡し|譲)"),
    },
    {
        // Finding a home for a pet "because I won't be here", or what happens "after I'm gone".
        // (The eighteenth pass: 引き取り先, もらい手, 新しい飼い主 too; a move, a transfer abroad, an
        // allergy or a hospital stay said beside it is not this.)
        id: "ja.preparation.pet-rehoming",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?:猫|ねこ|犬|いぬ|ペット|うさぎ|ハムスター|インコ|この子)[^]{0,24}?(?:引き取(?:って|り手|り先)|里親|預け先|もらい手|貰い手|新しい飼い主|譲渡先|もらって(?:くれる|ほしい)|面倒を?見て(?:くれる|ほしい))[^]{0,24}?${SELF}(?:は|が)?(?:もう|もうすぐ)?(?:いなくなる|いなくなった|死ぬ|死んだ|消える)(?<!(?:引っ越|引越|転勤|海外|留学|アレルギー|ペット不可|単身赴任|施設に入|入院)[^]{0,80})(?![^]{0,30}(?:引っ越|引越|転勤|海外|留学|アレルギー|ペット不可|単身赴任|入院))`),
    },
    {
        id: "ja.preparation.after-i-am-gone",
        level: "concern",
        category: "preparation",
        pattern: ja(`${SELF}(?:が|は)?(?:いなくなった|死んだ|消えた)(?:あと|後)[^.]{0,16}?(?:猫|犬|ペット|この子|部屋|荷物|お金|貯金|パスワード|スマホ|データ|片付け|葬式|保険|遺品|後始末)`),
    },
    {
        // ゲームのアカウント、全部譲った。もう使わないから: things given up as no longer needed.
        id: "ja.preparation.no-longer-needed",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(`(?:全部|ぜんぶ|すべて|全て|みんな|何もかも|大事な|大切な|アカウント|アカ|コレクション|宝物|フィギュア|グッズ)[^]{0,14}?${LET_GO}[^]{0,16}?${NO_LONGER}`),
    },
    {
        // いなくなる前に片付けておきたくて: tidying up before being gone.
        id: "ja.preparation.before-gone",
        level: "crisis",
        category: "preparation",
        pattern: ja("いなくなる(?:前|まえ)に"),
    },
    {
        // 予約投稿しといた。俺がいなくなった後に流れるように: arranged to arrive afterwards.
        id: "ja.preparation.after-gone-arranged",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?:いなくなった|消えた|死んだ)(?:あと|後)(?:に|で)?[^.]{0,12}?(?:流れる|届く|読まれ|公開され|投稿され|送信され|表示され|読んで(?:もらえ|ほし)|見つけて)|予約投稿[^]{0,24}?(?:いなくなった|消えた|死んだ)(?:あと|後)`),
    },
    {
        // 家の鍵は…あとで見つけてもらえるように: left to be found afterwards.
        id: "ja.preparation.found-later",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?:あとで|後で|後から|あとから|いずれ|いつか)(?:誰かに|だれかに|家族に|${FAMILY}に)?(?:見つけて|みつけて|発見して|気づいて)(?:もらえる|もらう|くれる|ほしい)(?:ように|ため|と思)`),
    },
    {
        // 通帳と印鑑の場所を紙に書いて仏壇の前に置きました: papers laid out for the family.
        id: "ja.preparation.documents",
        level: "concern",
        category: "preparation",
        pattern: ja("(?:通帳|印鑑|実印|保険証書|保険の書類|権利証|パスワード|暗証番号)[^.]{0,16}?(?:紙に書|メモ(?:し|に)|書き残|書き出|一覧に|まとめ)[^.]{0,14}?(?:置き|置い|残し|渡し|わかるように)"),
    },
    {
        // 借りていた本を返し…これで身軽になりました: debts settled, "now I'm free".
        id: "ja.preparation.settled-debts",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja("借り(?:て(?:い)?た|た|てる)[^.]{0,14}?(?:返し|返却|返済|送り|送っ|返っ)[^]{0,60}?(?:これで|もう)[^.]{0,4}?(?:身軽|思い残す|心残り|やり残し|未練)"),
    },
    {
        // あとは私がいなくなるだけ: all is ready but the going.
        id: "ja.preparation.only-going-left",
        level: "crisis",
        category: "preparation",
        pattern: ja(`あとは(?:${SELF}(?:が|は)?)?(?:いなくなる|消える|死ぬ|逝く|実行する|決行する)だけ`),
    },
    {
        // 私がいなくなってもご飯もらえるように: arranging for when the person is gone.
        id: "ja.preparation.when-i-am-gone",
        level: "crisis",
        category: "preparation",
        pattern: ja(`${SELF}(?:が|は)?(?:いなくなって(?:も)?|いなくなった(?:ら|あと|後)(?:も)?|消えて(?:も)?|消えた(?:ら|あと|後)(?:も)?)[^.]{0,16}?(?:ように|困らない|大丈夫な)`),
    },
    {
        // 保険の受取人を母に変えました。これで少しは役に立てる.
        id: "ja.preparation.insurance",
        level: "crisis",
        category: "preparation",
        pattern: ja("受取人[^]{0,40}?(?:役に立て|恩返し|親孝行|迷惑料|お金が入る|お金が残る|少しは返せ)"),
    },
    {
        // 遺影の写真を選んでおいた, 受取人を変えた: affairs put in order (a question alone).
        id: "ja.preparation.end-of-life-affairs",
        level: "concern",
        category: "preparation",
        pattern: ja("遺影(?:に使う|用の|にする)?(?:写真)?[^.]{0,8}?(?:選んで|選んだ|選び|撮って|撮った|決めて|用意し)|(?:保険|生命保険)(?:の)?受取人[^.]{0,10}?(?:変え|変更|にし)"),
    },
    {
        // 死亡後の手続きを全部メモにして母に渡しました: arrangements for one's own death.
        id: "ja.preparation.after-death-papers",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?<!(?:${FAMILY}|親|両親)の)(?:死亡後|死後|${SELF}が死んだ(?:後|あと)|${SELF}が亡くなった(?:後|あと))の(?:手続き|こと|処理|片付け|段取り)[^]{0,30}?(?:渡し|残し|置い|置き|書き残)`),
    },
    {
        // データ全部消して、スマホも初期化した。あとは何も残ってない.
        id: "ja.preparation.nothing-left-behind",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja("(?:全部|ぜんぶ|すべて|全て)[^.]{0,10}?(?:消し|削除し|初期化し|処分し|捨て)[^]{0,30}?(?:あとは|もう)(?:何も)?(?:残って(?:い)?ない|残ってません|やることはない|やることもない)"),
    },
    {
        // 金魚、隣の子にあげた。もう世話できなくなるから.
        id: "ja.preparation.cannot-care-soon",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja("もう(?:世話|面倒)(?:が|を|も)?(?:でき|見られ|見れ|みれ|見てあげられ)なくなる(?:から|ので|し|んで|(?=$|[.,!]))"),
    },
    {
        // 部屋の前に通帳と印鑑と封筒が置いてあった: affairs laid out with a letter.
        id: "ja.preparation.laid-out",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?:通帳|印鑑|実印|キャッシュカード|保険証書|鍵)[^.]{0,12}?(?:封筒|手紙|メモ|遺書)[^.]{0,16}?(?:置いて|置かれ|並べ|揃え|そろえ)|(?:封筒|手紙|メモ|遺書)[^.]{0,12}?(?:通帳|印鑑|実印|キャッシュカード|保険証書)[^.]{0,16}?(?:置いて|置かれ|並べ|揃え|そろえ)"),
    },
    {
        // 自分の葬式で流す曲決めてた笑 けっこう本気: one's own funeral arranged, and meant (終活 is not).
        id: "ja.preparation.funeral-song-meant",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?<!終活[^.]{0,12})(?:自分の)?(?:葬式|葬儀|お葬式|告別式)(?:で|に)?(?:流す|流して|かける|かけて)?(?:ほしい)?(?:曲|歌|音楽|bgm|プレイリスト)[^.]{0,8}?(?:決めた|決めて(?:た|る|ある)|選んだ|選んで(?:た|る))[^]{0,20}?(?:本気|ほんき|まじで|がち|冗談じゃな|冗談ではな)"),
    },
    {
        // 部屋の鍵は郵便受けに入れておきました。大家さんに、明後日には部屋を開けてくださいと: a key left
        // out and someone asked to open the room later, so that one is found. Moving out, a pet
        // fed, a repair, a lost key are ordinary reasons for the same key.
        id: "ja.preparation.room-to-be-opened",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?<!(?:退去|立ち会|引っ越|引越|旅行|出張|留守|猫|犬|世話|餌|えさ|水やり|工事|点検|修理|業者|内見|掃除|なくし|無くし|忘れ|閉め出|締め出|落とし)[^]{0,80})(?:${KEY_LEFT}[^]{0,80}?${OPEN_ROOM}|${OPEN_ROOM}[^]{0,80}?${KEY_LEFT})(?![^]{0,60}(?:退去|立ち会|引っ越|引越|旅行|出張|留守|猫|犬|世話|餌|えさ|水やり|工事|点検|修理|業者|内見|掃除|なくし|無くし|忘れ|閉め出|締め出|落とし))`),
    },
    {
        // 携帯の解約、死んだあと家族がやるの面倒だろうし先に済ませとく: contracts one still lives by,
        // ended before one's own death so the family need not.
        id: "ja.preparation.cancel-before-death",
        level: "crisis",
        category: "preparation",
        pattern: ja("(?<!(?:終活|セミナー|エンディングノート|記事|番組|テレビ|父|母|親|祖父|祖母|じいちゃん|ばあちゃん|夫|妻|主人|旦那)[^]{0,40})(?:スマホ|携帯|ケータイ|回線|サブスク|口座|契約)[^.]{0,20}?(?:解約|解除)[^]{0,30}?(?:死んだ|死後|いなくなった)(?:あと|後|ら)[^]{0,30}?(?:家族|親|遺族|身内)[^]{0,40}?(?:先に|前もって|今のうちに)(?![^]{0,40}(?:終活|セミナー|エンディングノート|記事|番組))"),
    },
    {
        // あと3日。部屋の片付けとスマホのデータ消去はもう済ませた: a countdown with no occasion named,
        // and things put in order for it. A move, a trip, a new phone, an exam or a clear-out said
        // anywhere in the message is an occasion, and not this.
        id: "ja.preparation.countdown-prepared",
        level: "concern",
        category: "preparation",
        pattern: ja(`(?<!(?:${COUNTDOWN_OCCASION})[^]{0,80})(?![^]{0,150}(?:${COUNTDOWN_OCCASION}))(?:(?:あと|残り)(?:\\d+|[一二三四五六七])日[^]{0,60}?${PUT_IN_ORDER}|${PUT_IN_ORDER}[^]{0,60}?(?:あと|残り)(?:\\d+|[一二三四五六七])日)`),
    },
    {
        // 猫は下の階の人に、パソコンはいとこに譲った。身軽になった。もうすぐだ: a pet or one's things
        // given away, then "not long now". A move, study abroad, a birth or a hospital stay are not
        // this.
        id: "ja.preparation.given-away-not-long",
        level: "crisis",
        category: "preparation",
        pattern: ja(`(?:猫|ねこ|犬|いぬ|ペット|パソコン|pc|ゲーム|ギター|服|本|荷物|持ち物)(?:は|を|も)[^]{0,24}?${LET_GO}[^]{0,40}?(?:もうすぐ(?:だ|です|だね|かな|だよ)?|あと少し(?:だ|です)?|もう少しで(?:終わる|終われる|楽になれる)?)(?=$|[.,!])(?<!(?:引っ越|留学|海外|入院|出産|転勤|結婚|同棲|実家に帰)[^]{0,80})`),
    },
    {
        // 最後の手紙、書き終わった。机の上に置いてある。もう悲しくもない: a last letter done and left
        // where it will be found, and calm said with it.
        id: "ja.preparation.letter-done-left",
        level: "crisis",
        category: "preparation",
        pattern: ja(String.raw `(?:最後の|みんなへの|家族への|親への)(?:手紙|メモ|書き置き)(?:は|を|も)?,?(?:もう)?(?:書き終わ|書き終え|書けた|書いた)[^]{0,20}?(?:机|枕元|テーブル|部屋)(?:の上)?に(?:置いて|置いた|おいて|おいた|ある)`),
    },
    {
        // サブスク全部解約した。家賃も月末まで払ってある。大家さんに迷惑はかけない: subscriptions ended and
        // the rent paid so nobody is out of pocket. A move, saving money or a trip are not this.
        id: "ja.preparation.subscriptions-ended-rent-paid",
        level: "crisis",
        category: "preparation",
        pattern: ja(String.raw `(?:サブスク|ネトフリ|ネットフリックス|スポティファイ|携帯|スマホ|ジム)[^.]{0,10}?(?:解約|退会)[^]{0,80}?家賃(?:も|は|を)?[^.]{0,12}?(?:払って(?:ある|おいた|おきました)|払った|払い済|支払(?:った|い済))[^]{0,40}?(?:迷惑(?:は|を|も)?(?:かけない|かからない|かけずに)|すっきり|きれいに(?:した|なった)|身辺|片付いた)(?<!(?:引っ越|引越|節約|転職|新居|旅行|留学|転勤)[^]{0,160})(?![^]{0,40}(?:引っ越|引越|節約|新居|旅行|留学|転勤))`),
    },
    // ---------------------------------------- seventeenth pass (after round 22), gaps beside the everyday
    {
        // 天井のフックに体重かけて試した, 梁に紐を結んだ。これなら耐えられそう: a hook or a beam tried with the
        // writer's weight, or a cord tied to it and said to hold. A pull-up bar, a hammock, a swing,
        // climbing, aerial yoga or a punch bag are not this.
        id: "ja.preparation.hook-tested-with-weight",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(`(?:(?:フック|ふっく|梁|はり|鴨居|かもい|天井|ドアノブ|手すり|手摺|ロフト|配管|パイプ|カーテンレール)[^.]{0,30}?(?:全体重|体重|自分の重さ|全身の重さ)(?:を|で)?[^.]{0,4}?(?:かけ|掛け|乗せ|のせ|預け)[^.]{0,12}?(?:試|ためし|確認|大丈夫|平気|耐え|たえ|もつ|持つ|もった|持った|外れな|はずれな|抜けな|てみた|てみる)|(?:ロープ|紐|ひも|コード|ベルト|マクラメ|延長コード|タオル|シーツ)[^.]{0,20}?(?:梁|はり|フック|天井|鴨居|かもい|ドアノブ|配管)[^.]{0,12}?(?:かけ|掛け|吊る|吊っ|つる|つっ|結ん|結び|むすん|縛っ)[^]{0,30}?(?:これなら|たぶん|多分|きっと)?(?:耐えられ|たえられ|もち|持ち|大丈夫)(?:そう|る|ます))(?<!(?:懸垂|ぶら下がり健康器|チンニング|ハンモック|ブランコ|ぶらんこ|子ども|子供|こども|娘|息子|クライミング|ボルダリング|ハーネス|ヨガ|エアリアル|サンドバッグ|照明|ライト|シャンデリア|棚|カーテン|テレビ|洗濯|筋トレ|トレーニング|耐荷重|キロ|kg)[^]{0,150})(?![^]{0,40}(?:懸垂|ぶら下がり|ハンモック|ブランコ|子ども|子供|娘|息子|クライミング|ヨガ|筋トレ|トレーニング|耐荷重|キロ|kg|笑|w))`),
    },
    // ------------------------------------------------------------------------------------------
    // The eighteenth pass, the writer's own (p18own, after round 23).
    {
        // 息子のことは妹に頼んだ。もしもの時のために。そのもしもは近い: a child's care handed on "just
        // in case", and the case said to be near. Guardianship for a disabled child, old age, an
        // operation or a posting abroad is not this.
        id: "ja.preparation.guardian-just-in-case-near",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(String.raw `(?:後見人|後見|親権|子ども|子供|こども|息子|娘|この子|うちの子)(?:の)?(?:こと|面倒|世話)?(?:を|は)?[^.]{0,12}?(?:姉|妹|兄|弟|母|父|親|祖母|祖父|友人|いとこ)(?:に|へ)[^.]{0,8}?(?:頼ん|たのん|任せ|まかせ|託し|たくし|お願いし|決め)[^]{0,40}?(?:もしもの(?:時|とき|ため)|万が一|まんがいち|念のため|何かあった(?:時|とき|ら))[^]{0,60}?(?:そのもしも|その時|そのとき|その日|万が一|もしも)(?:は|が|も)?[^.]{0,6}?(?:近い|ちかい|もうすぐ|遠くない|とおくない|来そう|きそう|来る|くる|近づいて)(?<!(?:障害|障がい|自閉|ダウン症|成年後見|高齢|老後|手術|出張|単身赴任|海外|赴任|病気の治療|災害|地震)[^]{0,160})`),
    },
    // ------------------------------------------------------------------------------------------
    // Lead's mends after the eighteenth pass (gaps found beside round 23's kinds).
    {
        // 引越しのロープ、長さ足りるか首にかけて試した: a cord tried on the neck. Earphones, a lanyard, an
        // ID card's strap, a camera, a towel or a scarf are not this.
        id: "ja.preparation.cord-tried-on-neck",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(`(?:ロープ|縄|なわ|紐|ひも|コード|ベルト|ケーブル|延長コード|シーツ|リード)[^.]{0,24}?首に(?:かけ|掛け|巻い|巻き付け|まきつけ|まい|回し|まわし|通し|とおし)て(?:みた|試し|ためし|みまし|確かめ|たしかめ|みて(?:る|い))(?<!(?:イヤホン|イヤフォン|ヘッドホン|ヘッドフォン|ネックストラップ|ストラップ|社員証|名札|カメラ|マスク|タオル|マフラー|ネックレス|コスプレ|衣装)[^]{0,40})`),
    },
    {
        // 「見つけた人へ」って書いた手紙を用意した, 第一発見者の方への書き置き: a note for whoever finds the
        // body. A lost item's note, a blog post "to whoever found this", a mystery's 第一発見者 are not
        // this.
        id: "ja.preparation.note-for-finder",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(`(?:(?:見つけた|みつけた|発見した|見つけてくれた|第一発見者)(?:の)?(?:人|ひと|方|かた)?(?:へ|に宛て|宛て|あて|に向けて|への)[^.]{0,20}?(?:手紙|てがみ|メモ|遺書|書き置き|書置き|置き手紙|封筒|ノート)|(?:手紙|てがみ|メモ|書き置き|書置き|置き手紙|封筒)[^.]{0,12}?(?:見つけた|みつけた|発見した|第一発見者)(?:の)?(?:人|ひと|方|かた)?(?:へ|に宛て|宛て|あて|に向けて))(?<!(?:落とし物|落し物|忘れ物|財布|鍵|かぎ|スマホ|携帯|傘|定期|記事|ブログ|動画|投稿|小説|ドラマ|ミステリー|推理|事件|犯人|刑事|宝|猫|犬|ペット)[^]{0,60})(?![^]{0,30}(?:小説|ドラマ|ミステリー|推理|犯人|刑事|トリック|落とし物|財布))`),
    },
];
//# sourceMappingURL=preparation.js.map