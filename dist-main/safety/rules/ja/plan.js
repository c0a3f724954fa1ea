/** The ja rules of category `plan`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { DO_IT, DO_IT_LEAD, END_IT, INTENT, LIFE_DAY, LOVED_ONE, MEANS_WORD, MEDS, NOT_NEG, SELF, TIMED_BEFORE, UNWATCHED, WHEN, } from "./patterns.js";
/** A parent's side, gone to: 母のとこ行かしてもらう, 父のそばへ逝く (the eighteenth pass). */
const PARENT_SIDE = String.raw `(?:母|母親|お母さん|おかあさん|かあさん|母さん|おかん|お袋|おふくろ|ママ|父|父親|お父さん|おとうさん|父さん|親父|おやじ|おとん|パパ|両親|ばあちゃん|じいちゃん|祖母|祖父|おばあちゃん|おじいちゃん)(?:の)?(?:とこ|ところ|そば|側|もと|元|所)(?:へ|に)?(?:行|い|逝|参|まい)(?:か|き|く|け)`;
/** A goodbye or a "don't worry" said on leaving. */
const FAREWELL_WORD = "(?:もう行く|行くわ|行くね|じゃあね|じゃあな|したっけ|ほな(?:ね|な|行く)|さよなら|さようなら|ばいばい|心配(?:いらない|いらん|要らない|すんな|しないで|せんで|ないから)|探さないで|今までありがと)";
/** Walking out onto ice or into water, said as where one is going now. */
const INTO_WATER = "(?:(?:湖|池|川|海|沼)(?:の)?(?:氷の上|真ん中|まんなか|沖|奥|中)|氷の上|沖|夜の海|冬の海|海の中|川の中|波の中)(?:を|に|へ|まで)?(?:向かって)?(?:歩いて|入って|はいって|歩いて入って)(?:く|いく|行く|いきます|行きます|こう|いこう|行こう)(?=$|[.,!\\s]|から|わ|ね|よ|で|ぞ|し|っしょ|つもり)";
// A plan said to be still on (計画は予定通り明日, 予定は変わらず今夜), and letters or a note left where
// they will be found (手紙は引き出しに, 遺書は机の上), either order: the Japanese of
// en.plan.still-on-letters-left.
const PLAN_STILL_ON = `(?:計画|予定|決行|例の件)(?:は|も)?,?(?:予定通り|予定どおり|よていどおり|そのまま|変わらず|変更なし|決まり|決定)`;
const LETTERS_LEFT = "(?:手紙|遺書|置き手紙|書き置き|メモ|のーと|ノート)(?:は|を|も)?(?:全部|みんなの分|家族の分)?[^.]{0,6}?(?:引き出し|机|枕元|棚|封筒|本棚|ベッド|布団|部屋)(?:の中|の上|の下)?(?:に|へ)";
const PLAN_OCCASION = "(?:誕生日|サプライズ|パーティ|旅行|引っ越|引越|卒業|結婚|プロポーズ|プレゼント|年賀状|ラブレター|招待状|お礼|感謝|送別|退職|記念日|母の日|父の日|クリスマス|バレンタイン)";
/** A high place or the tracks named bare (駅裏の歩道橋, 立体駐車場の屋上). */
const BARE_PLACE_JA = "(?:屋上|歩道橋|鉄橋|橋|崖|線路|踏切|ホームの端|ビルの上|マンションの上|非常階段|立体駐車場|高架|ダム|岬|埠頭)";
/** What closes a bare time and place: nothing more to say or to ask. */
const BARE_CLOSER_JA = "それだけ|以上|それで全部|理由は聞かないで|何も聞かないで|なにも聞かないで|聞かないで|返信いらない|返事いらない|返信しないで|探さないで|止めないで|さよなら|さようなら|ばいばい|じゃあね|じゃあな";
export const JA_PLAN_RULES = [
    {
        // もういなくなるから: the person announcing they will be gone (not a move or a job;
        // もう消えるね is often only logging off, so it is left out).
        id: "ja.plan.going-away",
        level: "crisis",
        category: "plan",
        pattern: ja(`${SELF}(?:は|が|も)?もう(?:すぐ)?(?:いなくなる|この世にいない)(?:から|ので|んだ|し|けど|(?=$|[.,!]))`),
    },
    // --------------------------------------------------------------- plan
    {
        id: "ja.plan.shinou",
        level: "crisis",
        category: "plan",
        pattern: ja("死のう|死ぬ(?:つもり|予定|よてい|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|ことに(?:し|決め)|って決め|と決め|覚悟|かくご|準備|じゅんび|日を決め)|(?:今から|いまから|これから|今夜|こんや|今日中に|もうすぐ)[^.]{0,6}?死(?:にます|ぬ(?:ね|よ|わ|から|$|[.,!]))"),
    },
    {
        id: "ja.plan.jisatsu",
        level: "crisis",
        category: "plan",
        pattern: ja(`自殺(?:したい|したく${NOT_NEG}|しよ|する(?:つもり|予定|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|こと|って|かも|かな|ね|わ|から|$|[.,!])|(?:を|も|とか|について|のこと)?(?:考え|かんがえ|決め|図|計画)|をはか|しに|しちゃ(?:いたい|おう)|して(?:しまいたい|やる)|願望|念慮|方法|場所|計画|予告|未遂|しかけ)`),
    },
    {
        id: "ja.plan.jisatsu-word",
        level: "concern",
        category: "plan",
        pattern: ja("自殺"),
    },
    {
        // Euphemisms that only say "the plan": too vague alone for crisis, worth a question.
        id: "ja.plan.euphemism",
        level: "concern",
        category: "plan",
        pattern: ja("(?:決行|実行)(?:する|します|の)?(?:つもり|予定|日)|もう決めた(?:から|んだ|の)|もう(?:戻らない|帰らない|戻れない)(?:つもり|から|と思う)"),
    },
    {
        // 今夜、親が寝たら決行する: an unnamed act timed for when nobody would stop it.
        id: "ja.plan.unwatched",
        level: "crisis",
        category: "plan",
        pattern: ja(`${UNWATCHED},?${DO_IT_LEAD}${DO_IT}`),
    },
    {
        // 明日終わらせる, 週末に実行する: an unnamed act with a date. With a decision
        // (もう決めた) it is a plan; alone it may be homework, so worth a question.
        id: "ja.plan.timed",
        level: "concern",
        category: "plan",
        pattern: ja(`${TIMED_BEFORE}${DO_IT}`),
    },
    {
        id: "ja.plan.timed-decided",
        level: "crisis",
        category: "plan",
        pattern: ja(`${TIMED_BEFORE}${DO_IT}(?=[^]{0,30}?(?:もう決め|決めたから|決めてる|決めました|覚悟|準備(?:は|も)?(?:でき|整|終わ)|これが最後|さよう?なら))`),
    },
    {
        // 樹海に行く: the forest known for suicide (a tour or a video is lowered below).
        id: "ja.plan.jukai",
        level: "crisis",
        category: "plan",
        pattern: ja("樹海(?:に|へ|まで|で)?[^.]{0,4}?(?:行|い|逝)(?:こう|く(?:つもり|予定|しか|(?=$|[.,!]|ね|わ|よ|から))|きたい|きます|ってくる|って死)"),
    },
    {
        // A ticket one way only: no return planned.
        id: "ja.plan.one-way",
        level: "concern",
        category: "plan",
        pattern: ja("片道(?:の)?(?:切符|きっぷ|電車賃|運賃|分|交通費|チケット)?だけ[^.]{0,4}?(?:あれば|でいい|で足り|で十分)|帰り(?:の)?(?:切符|きっぷ|電車賃|お金|分|運賃|チケット)(?:は|も)?(?:いらない|要らない|必要ない|いらん|要らん)"),
    },
    {
        id: "ja.plan.method",
        level: "crisis",
        category: "plan",
        pattern: ja(`首(?:を)?吊|飛び降り(?:たい|たく${NOT_NEG}|よう|る(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|わ|$|[.,!])|ます|ちゃ|て死|自殺)|(?:電車|線路|ホーム|車|トラック|海|川)(?:に|へ)飛び込(?:みたい|みたく|む|もう|んで|んだら)|(?:もう|今から|いまから|ここから|屋上から|橋から)飛ぶ`),
    },
    {
        // 屋上から飛びたい, ビルから飛ぼうかな, 8階から飛ぶしかない: a height named as where one jumps
        // from, with a wish or an intent (飛び降り and 飛び込み have their own rules above). A pool's
        // diving board, a bungee, a plane, a bird, a drone or a paper plane are not this; neither is
        // 飛びそう (washing blown off a balcony).
        id: "ja.plan.jump-from-height",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<!(?:プール|飛び込み台|ジャンプ台|バンジー|スカイダイビング|パラシュート|飛行機|ヘリ|夢で|ゲームで|鳥|とり|ドローン|ムササビ)[^.]{0,12})(?:屋上|ビル|マンション|団地|橋|歩道橋|陸橋|鉄橋|崖|がけ|窓|まど|ベランダ|(?:[3-9]|\\d{2})階|タワー|鉄塔|非常階段)(?:の上|のてっぺん|の端|のふち)?から(?:(?:とび|飛び)(?:たい|たく(?!な)|たかった|ます)|(?:とぶ|飛ぶ)(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|わ|$|[.,!])|(?:とぼ|飛ぼ)う(?![^.]{0,12}(?:ドローン|紙飛行機|凧|たこ|風船)))"),
    },
    {
        id: "ja.attempt-in-progress.plan-od",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<![a-z])od(?:しよう|したい|する(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?)|しそう)"),
    },
    // --------------------------------------------------------------- compositional families
    // Round 4: wordings a new writer uses, built from parts (an ending + an intent, means +
    // rumination, a clear-out + "no longer needed") rather than from whole phrases.
    {
        // 母の葬儀が済んだら、私も後を追うつもりです: following the dead.
        id: "ja.plan.follow-the-dead",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:${SELF})?も(?:すぐに?)?(?:その)?後を?追(?:う(?:つもり|と決め|ことに)|おう|いたい|います|いま|う(?=$|[.,!]|ね|わ|から|よ(?!う)))|(?:${LOVED_ONE}|亡き[^.,]{0,4}?)の後を追(?:いたい|おう|います|うつもり|って(?:死|逝))|後追い(?:自殺|したい|しよう|するつもり)`),
    },
    {
        // 母の一周忌の日に終わりにしようと思っています: an unnamed end, a day and an intent.
        id: "ja.plan.timed-end",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:${WHEN}|${LIFE_DAY}|の日)(?:の(?:朝|夜|昼|夕方|日|晩))?(?:が(?:済|終わ)(?:んだら|ったら))?(?:に|は|で|こそ|まで)?,?(?:${SELF}(?:も|は))?(?:全部|ぜんぶ|すべて|全て|何もかも|もう)?${END_IT}${INTENT}`),
    },
    {
        // それで自分も終わりにするつもり, 自分を終わらせる: the person as what is ended.
        id: "ja.plan.self-end",
        level: "crisis",
        category: "plan",
        pattern: ja(`${SELF}(?:の(?:人生|命))?(?:も|は|を|なんか|なんて)(?:もう|いっそ|そろそろ)?(?:${END_IT}${INTENT}|終わりにした(?:ほう|方)が(?:いい|良い|まし))|${END_IT}(?:かな|か)?(?:って|と)?[.,][^.]{0,2}?${SELF}(?:のこと|自身|の人生)(?=$|[.,!])`),
    },
    {
        // 見届けたら、終わりにするつもり: an unnamed end after a condition (no subject).
        id: "ja.plan.after-then-end",
        level: "concern",
        category: "plan",
        pattern: ja(`(?:たら|てから|次第|終わったら|済んだら),?(?:それで|そこで|そしたら)?,?(?:もう|全部)?${END_IT}(?:つもり|と決め)`),
    },
    {
        // 今夜ロープで終わらせる: means named with the end.
        id: "ja.plan.means-end",
        level: "crisis",
        category: "plan",
        pattern: ja(`${MEANS_WORD}(?:で|を使って)[^.,]{0,4}?(?:死(?:ぬ|にます|のう)(?!かと|とこ|ところ|ほど|くらい|ぐらい|こと)|逝(?:く|きます|こう)|終わらせ(?:る|ます|よう|たい)|終わりにし(?:よう|ます|たい)|終わりにする|けりを(?:つけ|付け))`),
    },
    {
        // もう決めた。今週の土曜にする: a decision and a day, the act left unsaid.
        id: "ja.plan.decided-date",
        level: "crisis",
        category: "plan",
        pattern: ja(`もう決め(?:た|ました|てる|ている|てます)[^]{0,16}?(?:今週の|来週の|次の)?(?:${WHEN}|${LIFE_DAY})(?:の(?:夜|朝|昼|夕方))?(?:に|で)?(?:する|します|やる|やります|決行|実行)(?=$|[.,!]|わ|ね|よ|から)`),
    },
    {
        // 夜中に車庫で、と思っています: a place and "I'm thinking", the act left unsaid.
        id: "ja.plan.elliptical-place",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:車庫|ガレージ|物置|樹海|山奥|浴室|風呂場|屋上|車の中|線路|踏切)(?:で|から|に),?(?:と|って)(?:思って|考えて|決めて|思います|思う)"),
    },
    {
        // 看取ったら、わしもそっちへ行く: joining the dead, said as going "over there".
        id: "ja.plan.join-them",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:${SELF})?も(?:すぐに?)?(?:そっち|あっち|向こう|同じ(?:ところ|とこ|場所)|そちら|あちら)(?:に|へ)(?:行|い|逝)(?:く(?:つもり|ね|わ|から|よ(?!う)|(?=$|[.,!]))|きます|こう|きたい)`),
    },
    {
        // ママのお葬式終わったらうちも死ぬ: dying, announced after a condition.
        id: "ja.plan.after-then-die",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:たら|だら|てから|後|あと)[^.]{0,6}?${SELF}(?:も|は)(?:一緒に|すぐ|後から)?死(?:ぬ|にます|のう)(?=$|[.,!]|わ|ね|よ(?!う)|から|つもり)`),
    },
    {
        // 来月の給料日までって決めてる。それが最後: a deadline set on living.
        id: "ja.plan.deadline",
        level: "crisis",
        category: "plan",
        pattern: ja("まで(?:と|って)決め(?:て|た|ました)[^]{0,20}?(?:それが最後|それで最後|それ以上(?:は)?生き|それで終わり|最後の日)"),
    },
    {
        // 私の人生も終わりにしようと思っております, 人生を終わらせる: a life as what is ended.
        id: "ja.plan.end-a-life",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?<!ゲーム|オタク|独身|学生|社会人|選手|現役|会社員|サラリーマン|ニート|引きこもり|ひきこもり)(?:人生|命|この命|生涯)(?:を|も)?(?:もう|いっそ|そろそろ)?${END_IT}${INTENT}`),
    },
    {
        // すべてに区切りをつけるつもりです: settling everything.
        id: "ja.plan.settle-everything",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:すべて|全て|全部|ぜんぶ|何もかも|なにもかも|自分|人生)(?:に|の)?(?:区切り|けじめ|片|かた|決着|けり)を(?:つけ|付け)(?:る|ます|よう)${INTENT}`),
    },
    {
        // 今度の日曜で最後にするわ: a last time on a date (also habits given up): a question.
        id: "ja.plan.timed-last-time",
        level: "concern",
        category: "plan",
        pattern: ja(`(?:${WHEN}|${LIFE_DAY})(?:の(?:朝|夜|昼|夕方|日|晩))?(?:で|を|が)最後に(?:する|します|しよう)(?:つもり|と(?:思って|決め)|って決め|(?=$|[.,!]|ね|わ|から))`),
    },
    {
        // 推しの誕生日まで生きたら…そこで終わりにする: living up to a date, then the end.
        id: "ja.plan.live-until",
        level: "crisis",
        category: "plan",
        pattern: ja(`まで(?:は)?生き(?:たら|て(?:から|み|それで))[^]{0,30}?(?:${END_IT}|もういい|死|消え|逝)`),
    },
    {
        // 私の役目は終わりです。そのあとは消えます.
        id: "ja.plan.then-vanish",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:そのあと|その後|それから|終わったら|済んだら|見送ったら|看取ったら)(?:は|で)?,?(?:もう)?(?:消え|いなくな|逝)(?:ます|る(?:ね|わ|よ(?!う)|から|つもり|(?=$|[.,!]))|ようと|よう(?=$|[.,!]))"),
    },
    {
        // 明日山に行く。帰りの切符は買ってない: a place one goes to and does not come back from.
        id: "ja.plan.no-way-back",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:山|海(?!外|鮮|老|苔)|樹海|森|岬|崖|湖|遠く)(?:に|へ|まで|さ)[^.]{0,10}?(?:行|い|向か|入|はい|歩)[^]{0,20}?(?:帰り(?:の)?(?:切符|きっぷ|電車|バス|チケット|分)?(?:は|も)?(?:買ってない|買ってへん|ない|いらない|考えてない|決めてない)|帰ら(?:ん|ない|へん)(?:つもり|でも|で|よ|わ|$|[.,])|帰ってこ(?:ない|ね|ん)|戻ら(?:ない|ん)(?:つもり|よ|わ|$|[.,])|戻ってこ(?:ない|ん))"),
    },
    {
        // したっけ、もう行くわ。湖の氷の上歩いてくから。心配いらないっしょ: walking out onto ice or into
        // the sea, with a goodbye or a "don't worry". Fishing, skating, a shell beach or a tour is
        // a day out.
        id: "ja.plan.walk-into-water",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?<!(?:釣り|つり|ワカサギ|わかさぎ|スケート|写真|撮影|ガイド|ツアー|潮干狩り|海水浴|ダイビング|シュノーケル|サーフィン|キャンプ|散歩)[^]{0,60})(?:${FAREWELL_WORD}[^]{0,40}?${INTO_WATER}|${INTO_WATER}[^]{0,40}?${FAREWELL_WORD})(?![^]{0,60}(?:釣り|つり|ワカサギ|わかさぎ|スケート|写真|撮|ガイド|ツアー|潮干狩り|海水浴|ダイビング|シュノーケル|サーフィン|キャンプ|散歩|厚さ|\\d+(?:cm|センチ)|リンク|迎え|帰る|帰り))`),
    },
    {
        // 人生無理ゲーすぎたからログアウトするわ。今夜。装備はもう揃ってる: a life left like a game,
        // with a time or the gear ready. A game, an app or an account logged out of is not a life.
        id: "ja.plan.life-logout-ready",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?<!ゲーム|げむ)(?:人生|現実|リアル|この世)(?!ゲーム|げむ)(?:(?!(?:ゲーム|げむ|アプリ|アカウント|垢|サーバ|鯖|sns|ライン|line)(?:から|を|の|で))[^]){0,16}?(?:ログアウト|強制終了|電源(?:を)?(?:切|落と)|アンインストール)[^]{0,40}?(?:(?:今夜|今晩|今日|明日|週末|今度の)(?=$|[.,!\\s]|に|で|の(?:夜|朝))|(?:装備|準備|道具|アイテム|用意)(?:は|も)?(?:もう)?(?:揃|そろ|整|ととの|でき|済|万端))`),
    },
    {
        // 人生のリセットボタン、押し方わかった。週末にやる, リセットボタン押す。今夜: a game's reset said of a
        // life, with a way or a day (before or after it). A move, a new job, a haircut or a tidy room is not this.
        id: "ja.plan.reset-life",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:人生|現実|リアル|この世)(?:の|を|から)?(?:リセット|電源|強制終了|ログアウト|アンインストール|退会)[^]{0,30}?(?:(?:押し方|やり方|方法|手順)(?:が|は|も)?(?:わかった|分かった|見つけた|決めた|調べた)|(?:今夜|明日|週末|今度の|来週)[^.]{0,6}?(?:やる|実行|決行|する|押す))|(?:人生|現実|リアル|この世)(?:の|を|から)?(?:リセット(?:ボタン)?|電源|強制終了)(?:を)?(?:押す|押します|押そう|押してくる|する|します|切る|切ります|落とす)[.,]?(?:今夜|今晩|今日|明日|週末|今度の週末)(?:に|で)?(?=$|[.!])(?<!(?:引っ越|転職|断捨離|髪|ダイエット|筋トレ|部屋|スマホ|機種変|片付け|掃除|新生活)[^]{0,80})"),
    },
    {
        // 誕生日までは生きてみようって思ってたけど、それが明日: a day one meant to live until, now here.
        id: "ja.plan.lived-until-now",
        level: "crisis",
        category: "plan",
        pattern: ja("まで(?:は|なら)?(?:生きて|いきて|生き延びて)(?:みよう|みる|いよう|いる|よう|おこう|やろう)(?:って|と|て)?(?:思って|おもって|決めて|きめて)(?:た|いた|ました)(?:けど|けれど|が|のに|ん(?:だ|やけど|だけど)|\\.)[^.]{0,16}?(?:それが|その日が|それも|もう)?(?:明日|あした|今日|きょう|今夜|今晩|明後日|あさって|来週|もうすぐ|過ぎ|すぎ|来た|きた|終わ|咲い|散っ|なった|来る|くる)(?![^]{0,30}?(?:長生き|まだまだ|元気|楽しみ|お祝い|祝っ|めでた|嬉し|うれし|ありがた))"),
    },
    {
        // もうええわ。今晩で終いにするわ: a dialect ending (終い, しまい) set for a time after giving up.
        id: "ja.plan.timed-shimai",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:もう(?:ええ|いい|えぇ|よか|よう)|疲れた|つかれた|限界|生きるの|人生|自分)[^]{0,24}?(?:今晩|今夜|今日|明日|明晩|今週|今月)(?:で|に|中に|限りで)?,?(?:もう|全部|ぜんぶ|何もかも)?(?:終い|おしまい|しまい|仕舞い)(?:に(?:する|しよ|します|したる)|や|じゃ|だ)"),
    },
    {
        // もう消える日決めた、死ぬ日を決めてある: the day (or the place) of one's end decided. A
        // service, a shop or a serial that ends is not the writer.
        id: "ja.plan.day-decided",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<!(?:サービス|アプリ|連載|ゲーム|番組|店|お店|推し|データ|アカウント|雪|桜|花)(?:が|の)?)(?:消える|きえる|死ぬ|しぬ|逝く|命を絶つ|終わりにする|終わらせる|決行する|決行の|実行する|実行の|飛ぶ|飛び降りる)(?:日|日にち|日付|場所|タイミング)(?:を|は|も|が)?(?:もう)?(?:決めた|決まった|決めてる|決めてある|決めてた|決めました|決めとる|決めて(?:い)?ます)"),
    },
    {
        // 明日線路行こかな。朝のラッシュなら確実やろ: tracks or a train named with "sure" (a seat sure
        // to be had, a photo of the trains, are not).
        id: "ja.plan.tracks-sure",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:線路|踏切|ホームの端|ホームから|通過電車|快速|特急)(?!沿い)(?![^.]{0,12}?(?:撮|写真))(?:に|へ|まで|の前に)?[^.]{0,6}?(?:行こ|いこ|行く|入ろ|入る|飛び込|とびこ|降りよ|降りる)(?![^]{0,40}?(?:撮|写真|座れ|間に合|着け|乗れ|取れ|買え|会え|見れ))[^]{0,40}?(?:確実|かくじつ|一発|いっぱつ|終われ|おわれ|死ね|楽になれ|逝け)"),
    },
    {
        // 昨日ロープで試した…次はちゃんとやる: an attempt tried, and the next one planned properly.
        id: "ja.plan.next-time-properly",
        level: "crisis",
        category: "plan",
        pattern: ja("(?:ロープ|縄|紐|ベルト|タオル|首|薬|od|飛び降り|リスカ|練炭|死のうと|死ねな)[^.]{0,16}?(?:試した|試してみた|やってみた|やろうとした|失敗した|ダメだった|だめだった|死ねなかった)[^]{0,30}?(?:次は|つぎは|今度は|こんどは)[^.]{0,8}?(?:ちゃんと|確実に|しっかり|絶対|ぜったい|失敗しない|うまくやる)"),
    },
    {
        // 物置に除草剤あるけん、それでよか: a means at hand and "that will do".
        id: "ja.plan.means-will-do",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<!(?:畑|田んぼ|庭|虫|害虫|雑草|草|アブラムシ|野菜|果樹|ハウス|花)[^]{0,30})(?:農薬|除草剤|殺虫剤|練炭|ロープ|縄|睡眠薬|眠剤|灯油|ガソリン|ホース)(?:なら|が|も|は)?(?:ある|あります|あった|置いてある|買ってある|用意して(?:ある|る))(?:けえ|けん|け|から|し|ので|んで|で)?,?(?:もう)?(?:それで|あれで|これで)(?:ええ|いい|よか|終わり|終われ|楽に|しまい|十分)(?![^]{0,20}(?:虫|害虫|雑草|草|アブラムシ|畑|野菜|花|庭|消毒|駆除|キャンプ|ストーブ|洗車|水やり))"),
    },
    {
        // 今夜、橋まで行ってくる。誰にも言わないで: going to a height or the tracks, kept secret.
        id: "ja.plan.secret-trip-to-height",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<!(?:釣り|写真|撮影|夕日|朝日|景色|初日の出|デート|ドライブ|花火)[^]{0,30})(?:崖|がけ|橋|鉄橋|屋上|線路|踏切|樹海|ダム|岬)(?:の上)?(?:まで|に|へ)(?:行|い)(?:ってくる|く|きます|ってきます)[^]{0,30}?(?:誰にも|だれにも|みんなには|家族には|親には)(?:言わ|いわ|話さ|はなさ)(?:ないで|んで|んといて|んとって|ずに)(?![^]{0,30}(?:サプライズ|プレゼント|秘密の(?:場所|スポット)|穴場|釣り|写真|撮影|景色|夕日|朝日|初日の出))"),
    },
    {
        // 歩道橋を下見してきた。高さは十分ある: a height scouted and judged enough, even in passing.
        id: "ja.plan.height-checked",
        level: "crisis",
        category: "plan",
        pattern: ja("(?<!(?:撮影|写真|花火|トラック|車高|クライミング|ボルダリング|バンジー|飛び込み台|釣り|ドローン|引っ越し)[^]{0,60})(?:橋|鉄橋|歩道橋|屋上|ビル|マンション|崖|ダム|陸橋)[^.]{0,24}?(?:下見|下調べ|見に行|見てき|調べ)[^]{0,40}?高さ(?:的に|は|も|が)?,?(?:いけ|行け|十分|じゅうぶん|足り|大丈夫|ちょうど|申し分)(?![^]{0,40}(?:撮影|写真|花火|トラック|車高|くぐ|通れ|クライミング|ボルダリング|バンジー|飛び込み台|釣り|ドローン))"),
    },
    {
        // この世界とお別れするまで、あと3日: a countdown to leaving the world, either order (あと3日で
        // 人生とさよなら). A game's world shutting down, a show, an idol's retirement are not this.
        id: "ja.plan.countdown-farewell",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?<!(?:ゲーム|サ終|サービス|アプリ|配信|推し|引退|卒業|番組|連載|ドラマ|アニメ|イベント|シーズン)[^]{0,40})(?:(?:この世(?:界)?|この星|人生|世の中)(?:と|に|から)(?:お別れ|おわかれ|さよなら|さようなら|別れ|おさらば)(?:する|を告げる|できる)?(?:の日)?まで,?(?:あと|残り)[^.]{0,2}?(?:\\d+|[一二三四五六七八九十])(?:日|週間|時間)|(?:あと|残り)(?:\\d+|[一二三四五六七八九十])(?:日|週間|時間)(?:で|後に|後には|したら),?(?:この世(?:界)?|人生|世の中)(?:と|に|から)(?:お別れ|おわかれ|さよなら|さようなら|別れ|おさらば))(?![^]{0,40}(?:ゲーム|サ終|サービス|アプリ|配信|推し|引退|卒業|番組|連載|ドラマ|アニメ|イベント|シーズン))`),
    },
    {
        // 去年の秋は失敗した。今度はちゃんと終わらせる: an attempt that failed, and the end said again
        // for "this time", with no object (a thesis, a diet or a relationship named is not this).
        id: "ja.plan.failed-then-end-properly",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?<!(?:受験|試験|面接|ダイエット|料理|ケーキ|仕事|宿題|課題|レポート|卒論|論文|片付け|掃除|引っ越し|禁煙|ゲーム|告白|恋|彼氏|彼女|関係|付き合|就活|婚活|資格|運転|免許|パン|プレゼン|企画|手術|治療|商談|契約|交渉|ボス|ステージ|レベル)[^]{0,60})(?:失敗した|失敗して|失敗しちゃった|失敗しました|しくじった|死ねなかった|死にきれなかった|助かってしまった|助かっちゃった|生き残ってしまった|目が覚めてしまった|未遂(?:で|に)終わった)[^]{0,40}?(?:今度は|次は|今度こそ|次こそ|今回は|今回こそ)[^.を]{0,8}?(?:終わらせる|終わりにする|死ぬ|死ねる|逝く|消える|いなくなる)(?=$|[.,!]|から|つもり|ね|よ|わ)(?![^]{0,40}(?:受験|試験|面接|ダイエット|仕事|宿題|課題|レポート|卒論|論文|片付け|掃除|引っ越し|ゲーム|関係|付き合|就活|婚活|資格|プレゼン|企画|ボス|ステージ|レベル))`),
    },
    {
        // 借金、今日全部返した。親に迷惑かけたまま死ぬのは嫌だったから。あとは部屋を片付けて、週末に
        // 実行するだけ: one's death or affairs settled (debts repaid, a note, 迷惑をかけずに), then
        // "only the act is left" on a day. A DIY plan, a diet or a trip with no death said, and
        // 死ぬほど as hyperbole, are not this.
        id: "ja.plan.only-the-act-left",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:死(?!ぬほど|ぬ気で|ぬかと|ぬかも)|遺書|迷惑を?かけ(?:たまま|ずに|ない|たくない)|身辺整理|借金[^.]{0,10}?返し|この世)[^]{0,60}?(?:あと|後)は[^.]{0,24}?${WHEN}(?:に|で)?,?(?:実行|決行|終わりに|終わらせ)(?:する|る)?だけ`),
    },
    {
        // 計画は予定通り明日。手紙は引き出しに入れてある: a plan still on and letters left to be found,
        // either order. A surprise, a party or a birthday said beside it is not this.
        id: "ja.plan.still-on-letters-left",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:${PLAN_STILL_ON}[^]{0,60}?${LETTERS_LEFT}|${LETTERS_LEFT}[^]{0,60}?${PLAN_STILL_ON})(?<!${PLAN_OCCASION}[^]{0,120})(?![^]{0,80}${PLAN_OCCASION})`),
    },
    {
        // 今夜11時、駅前の立体駐車場の屋上。そこで。: a time, a high place and "there" said bare,
        // ending the message. A meeting place, fireworks, a night view or a party are not this.
        id: "ja.plan.time-high-place-there",
        level: "crisis",
        category: "plan",
        pattern: ja(`${WHEN}[^.]{0,30}?(?:屋上|橋|歩道橋|鉄橋|崖|ビルの上|マンションの上|非常階段|線路|踏切)\\.(?:そこで|そこにする|そこに決めた|場所はそこ(?:しかない)?|そこしかない)(?:です|だ|ね)?(?=$|[.!])(?<!(?:待ち合わせ|集合|花火|夜景|星|撮影|ビアガーデン|ライブ|会おう|会う|飲み|デート|イベント)[^]{0,80})(?![^]{0,60}(?:待ち合わせ|集合|花火|夜景|星|撮影|ビアガーデン|ライブ|会おう|会う|飲み|デート|イベント))`),
    },
    {
        // 年を越すつもりはありません, 来年の桜を見るつもりはない: an intent not to live to a coming
        // date. Where or with whom (実家で年を越す, 家族と), and a prognosis (迎えられないかも), are not this.
        id: "ja.plan.not-see-the-date",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(`(?<![でと])(?:年を越す|年越しを迎える|新年を迎える|正月を迎える|来年を迎える|来年の(?:春|桜|誕生日)を(?:迎える|見る)|次の誕生日を迎える)つもりは(?:ない|無い|ありません|ないです|もうない)`),
    },
    {
        // 今夜2時　駅裏の歩道橋　それだけ: a time and a high place or the tracks said bare, either
        // order, and それだけ / 以上 / 聞かないで closing the message. A meeting, a night view, the
        // fireworks or a party said with it are not this.
        id: "ja.plan.time-place-said-bare",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:^|[.!])(?:${WHEN}(?:の(?:夜|朝|夜中))?(?:\\d+時(?:\\d+分|半)?)?,?[^]{0,14}?${BARE_PLACE_JA}|[^.]{0,14}?${BARE_PLACE_JA}(?:で|に|へ)?,?${WHEN}(?:の(?:夜|朝|夜中))?(?:\\d+時(?:\\d+分|半)?)?(?:に)?)[.,]?(?:${BARE_CLOSER_JA})(?:です|だ|ね)?[.!]?$(?<!(?:待ち合わせ|集合|花火|夜景|星|撮影|ビアガーデン|ライブ|会おう|会える|会う|飲み|デート|イベント|来て|きて|おいで|迎え|掃除|点検|工事|バイト|仕事)[^]{0,80})`),
    },
    {
        // 薬もういらないから全部まとめて飲むだけ: the pills no longer needed, so all of them at once
        // (after a denial too). Thrown away, taken back to the pharmacy, or a course finished, is not this.
        id: "ja.plan.pills-not-needed-all-at-once",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(`${MEDS}[^.]{0,10}?(?:もう)?(?:いらない|要らない|いらん|要らん|必要ない|いらなくなる|使わない)(?:から|し|ので|んで),?(?:全部|ぜんぶ|残り(?:を|も)?|すべて|全て)?(?:まとめて|一気に|いっきに|一度に|いっぺんに|ありったけ)(?:を)?(?:飲む|のむ|飲んじゃう|飲んじゃお|飲も|飲んで(?:やる|しまう|しまお)|飲みます)(?![^]{0,20}(?:捨て|返|薬局|処分))`),
    },
    {
        // 人生ゲームオーバーにする。今夜, コンティニューもうしない。今夜で終わり: a game's ending said of a
        // life, with a day. 人生ゲーム (the board game), a boss, a stage or starting over is not this.
        id: "ja.plan.game-over-life",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:(?:人生|リアル|現実)(?:の|を)?(?:ゲームオーバー|ゲームセット)(?:に)?(?:する|します|しよう|させる|にする)|(?:人生|リアル|現実)?(?:の)?コンティニュー(?:は)?(?:もう)?(?:しない|しません|なし|やめる|しねえ|せん))[^]{0,16}?${WHEN}(?:で|に)?(?:終わり|終わらせる|終わる|やる|実行|決行)?(?=$|[.!])(?<!(?:人生ゲーム(?:で|を|の|に)|ボス|ステージ|ガチャ|ランクマ|最初から|やり直|クリア|次の|セーブ(?:データ)?(?:から|消)|課金)[^]{0,60})`),
    },
    {
        // この薬全部飲んで起きなかったらそれでいい: not waking after taking all of them, accepted
        // (after a denial too). Asking to be woken up is not this.
        id: "ja.plan.not-wake-after-all",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(`${MEDS}[^.]{0,6}?(?:全部|ぜんぶ|まとめて|一気に|いっきに|ありったけ|残り全部)(?:を)?(?:飲んで|のんで)[^.]{0,10}?(?:起きなかったら|起きれなかったら|起きられなかったら|目が覚めなかったら|目覚めなかったら|そのまま起きなくても)[^.]{0,8}?(?:それでいい|それでも(?:いい|いいや)|別にいい|べつにいい|それはそれで|かまわない|構わない|本望|むしろいい)`),
    },
    // ------------------------------------------------ fifteenth pass (after round 20), own plans
    {
        // アカウント全部消した。30日に崖に行く: accounts deleted, then a day and a place of danger. A
        // digital detox said with a hike, a trip or friends is not this.
        id: "ja.plan.accounts-deleted-place-day",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:アカ|アカウント|垢|sns)(?:を|も|は)?[^.]{0,6}?(?:全部|ぜんぶ|すべて|全て)?(?:消した|消して|削除した|削除して|消しました|削除しました)[^]{0,50}?${WHEN}(?:の(?:朝|夜|昼|夕方))?(?:に|は)?,?[^.]{0,6}?(?:崖|がけ|海|橋|線路|樹海|岬|ダム|屋上|踏切)(?:に|へ|まで|さ)(?:行く|いく|行きます|向かう|行ってくる)(?<!(?:デトックス|断捨離|ハイキング|登山|釣り|旅行|観光|写真|撮影|友達と|家族と)[^]{0,100})(?![^]{0,30}(?:ハイキング|登山|釣り|旅行|観光|写真|撮影|友達と|家族と|ドライブ))`),
    },
    {
        // なまらしんどい。もう死ぬ。来週、雪まつり終わったら川さ行く: a death word, then after an event,
        // to the river or the sea (dialect さ for へ). Fishing, a swim or a barbecue are not this.
        id: "ja.plan.after-event-to-water",
        level: "crisis",
        category: "plan",
        pattern: ja(String.raw `(?:もう死ぬ|死のう|しのう|死ぬわ|死んでやる|終わりにする|終わらせる|消える|もう無理|もうむり)[^]{0,40}?(?:終わったら|おわったら|済んだら|すんだら|過ぎたら|すぎたら|のあと|の後|が明けたら)[,]?[^.]{0,6}?(?:川|かわ|海|うみ|橋|崖|線路|樹海|湖|ダム)(?:に|へ|さ|まで)(?:行く|いく|行ぐ|いぐ|向かう|入る|はいる)(?![^]{0,30}(?:釣り|泳|バーベキュー|bbq|花火|キャンプ|散歩|写真|撮))`),
    },
    {
        // 週末をlast dayにする。planはもうある, 金曜を最後の日にする: a day made one's last. An
        // event's, a job's or a school's last day is not this.
        id: "ja.plan.day-made-last",
        level: "crisis",
        category: "plan",
        pattern: ja(`${WHEN}(?:の(?:朝|夜))?(?:を|が)(?:last ?day|最後の日|さいごのひ|最終日|らすとでい|命日)(?:に(?:する|します|しよう|決めた|きめた)|になる)(?<!(?:仕事|バイト|職場|学校|出勤|セール|展示|公開|上映|開催|イベント|契約|引っ越し|授業|部活)[^]{0,40})`),
    },
    {
        // I've made up my mind. 決めた。駅の橋、日曜の朝: a decision, then a place of danger and a day
        // said bare. A meeting place, the fireworks or photos are not this.
        id: "ja.plan.decided-place-day",
        level: "crisis",
        category: "plan",
        pattern: ja(`(?:決めた|きめた|決心した|腹(?:を)?くくった|覚悟(?:を)?決めた)[.,!][^]{0,16}?(?:橋|線路|屋上|崖|がけ|踏切|ホーム|鉄橋|歩道橋)[^.]{0,6}?[,]?${WHEN}(?:の(?:朝|夜|昼|夕方))?(?<!(?:待ち合わせ|集合|会おう|会いに|デート|写真|撮影|花火|夜景|遊び|ランチ|散歩)[^]{0,60})(?![^]{0,30}(?:待ち合わせ|集合|会おう|集まろう|デート|写真|撮影|花火|夜景|遊び|ランチ|散歩|来て))`),
    },
    {
        // インスリン、月曜からやめた。どうなるか分かってる。それでいい: a medicine one lives by stopped,
        // with intent said. A doctor's advice, a pump or a switch are not this.
        id: "ja.plan.vital-meds-stopped-on-purpose",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(String.raw `(?:インスリン|心臓の薬|血液サラサラの薬|ワーファリン|抗てんかん薬|透析|免疫抑制剤|拒絶反応(?:を)?(?:抑える|おさえる)薬|移植の薬)[^.]{0,16}?(?:やめた|止めた|打ってない|打っていない|飲んでない|飲んでいない|行ってない|行っていない|やめて)[^]{0,50}?(?:わざと|自分で決め|どうなるか(?:分かって|わかって|知って|調べた)|それでいい|それでええ|このままでいい|このままでええ|楽になれる|終わりにできる|自然に任せ|自然にまかせ|それが運命|病院(?:に|へ)?(?:は)?行かない|病院(?:に|へ)?(?:は)?いかない)(?<!(?:先生|医者|医師|主治医|病院で|ポンプ|切り替え|変更)[^]{0,100})(?![^]{0,30}(?:先生|医者|医師|主治医|ポンプ|切り替え|変更))`),
    },
    // ------------------------------------------------------------------------------------------
    // The eighteenth pass, the writer's own (p18own, after round 23).
    {
        // もう終わりにしようと思う。来週、母のところへ行かせてもらう: an ending said, then going to a
        // parent's side, in dialect too (しまいにしよ思てます…母のとこ行かしてもらいますわ).
        id: "ja.plan.end-then-to-a-parents-side",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(String.raw `(?:もう|人生(?:を)?|全部|ぜんぶ|何もかも|なにもかも)[^.]{0,4}?(?:しまいに|おしまいに|終わりに|おわりに|終わらせ|おわらせ|けりをつけ|ケリをつけ|幕を引)(?:しよ|する|します|しよう|したい|しようと|よう|ます|る)[^]{0,60}?${PARENT_SIDE}(?<!(?:墓|お参り|墓参|仏壇|線香|法要|法事|納骨|お寺|霊園|位牌|お供え|入院|病院|施設|実家|見舞い|介護)[^]{0,80})(?![^]{0,30}(?:墓|お参り|墓参|仏壇|線香|法要|法事|納骨|お寺|霊園|見舞い|介護))`),
    },
    {
        // 亡くなった母のそばへ行く日を決めた: going to a dead parent's side, the day chosen. A grave
        // visit, the altar or a memorial service is not this.
        id: "ja.plan.to-a-dead-parents-side-decided",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(String.raw `(?:亡き|亡くなった|なくなった|死んだ|天国の|あの世の|先に逝った|月命日|命日)[^.]{0,16}?${PARENT_SIDE}[^.]{0,8}?(?:日を決め|日は決め|と決め|ことに決め|ことにし|覚悟|つもり)(?<!(?:墓|お参り|墓参|仏壇|線香|法要|法事|納骨|お寺|霊園|位牌|お供え)[^]{0,80})(?![^]{0,30}(?:墓|お参り|墓参|仏壇|線香|法要|法事|納骨|お寺|霊園))`),
    },
    {
        // 神様のもとに帰る日を決めました: returning to God on a day the writer has chosen. Faith said
        // calmly (いつかその日が来る), or someone else who has gone home to God, is not this.
        id: "ja.plan.return-to-god-on-a-day",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(String.raw `(?:神様|神さま|かみさま|神|主|天の父|イエス様|仏様|ほとけさま|阿弥陀様|天|天国)(?:の)?(?:もと|元|みもと|御許|御元|ところ|そば|国|み国|御国)?(?:へ|に)(?:帰る|かえる|還る|行く|いく|召される|参る|まいる)(?:日|時|とき)(?:を|は)?(?:決めました|決めた|決めてある|決めてます|決めています|決まりました|決まった)|(?:${WHEN})(?:に|には)?[^.]{0,8}?(?:神様|神さま|かみさま|主|天の父|イエス様|仏様)(?:の)?(?:もと|元|みもと|御許|御元|ところ|そば|国|み国|御国)(?:へ|に)(?:帰ります|かえります|還ります|参ります|まいります|帰る(?:と決め|ことにし))`),
    },
    {
        // 幻聴が「今夜だ」って言ってる。もう逆らえない: a voice commanding the act for now, and the
        // writer's resistance giving out. A singer's, a teacher's or the satnav's voice is not this.
        id: "ja.plan.voice-commands-now",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(String.raw `(?:声|幻聴|こえ)(?:が|は|も)[^.]{0,16}?(?:今夜|こんや|今晩|今日|今すぐ|いますぐ|今|いま)[^.]{0,14}?(?:言って|言う|いう|言ってる|命令|めいれい|やれ|しろ|死ね|しね|来い|こい|だって|って)[^]{0,60}?(?:逆らえ|さからえ|抵抗でき|ていこうでき|断れ|ことわれ|無視でき|むしでき|耐えられ|たえられ|大きく|おおきく|大きなって|うるさく|従う|したがう|従いそう|負けそう|もう無理|もうむり|止められない)(?<!(?:配信|ライブ|ラジオ|声優|推し|ボイトレ|カラオケ|歌|アナウンス|ナビ|先生|上司|母の声|父の声|親の声|友達の声|監督|コーチ|司会|番組)[^]{0,100})`),
    },
    {
        // 準備できた。朝にはもういないと思う: ready, and gone by the morning. A trip, an early start
        // or a move said beside it is not this.
        id: "ja.plan.ready-gone-by-morning",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(String.raw `(?:準備|用意|支度|じゅんび)(?:が|は|も)?(?:全部|ぜんぶ|すべて|全て|もう|ぜんぶ)?(?:できた|出来た|できました|整った|ととのった|終わった|おわった|済んだ|すんだ)[^]{0,40}?(?:朝|明日の朝|あしたの朝|夜明け)(?:に|には|になったら|になれば|が来たら|がきたら|まで)?(?:は|に)?(?:もう)?(?:いない|おらん|いません|この世に(?:いない|おらん)|生きて(?:ない|いない)|いなくなって(?:る|いる))(?<!(?:旅行|出張|引っ越|引越|出発|始発|早朝|フライト|飛行機|夜行バス|キャンプ|合宿|遠征|帰省|登山|釣り|試験|テスト|仕事|バイト|荷造り|鍵)[^]{0,100})(?![^]{0,30}(?:旅行|出張|出発|始発|早朝|飛行機|鍵|留守|お土産|出かけ))`),
    },
];
//# sourceMappingURL=plan.js.map