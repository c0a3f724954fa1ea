/** The ja rules of category `farewell`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { DEATH_DONE, FAMILY, LOVED_ONE, SELF, WHEN } from "./patterns.js";
/** Today (or tonight) named as the last, standing on its own: not 今日が最後の出勤, not バイト今日で最後. */
const LAST_DAY = "(?<=^|[.,\\s]|もう)(?:今日|今夜|今晩|明日|本日)(?:が|で)(?:最後|最期)(?:だ|です|や|じゃ|なんだ|なんよ|になる|かな|だから|なので|やから|やな)?(?=$|[.,!\\s])";
/** The one who died, as a mourner names them: family, a partner, a friend, a pet. */
const MOURNED = `${LOVED_ONE}|じいさん|ばあさん|爺さん|婆さん|女房|かみさん|あいつ|あの人`;
// Going to a spouse's side (主人のそばへ行くつもり, 夫の元へ参ります, 妻のそばに行きたい): a widow's or
// widower's way of saying they mean to die. ところ is where a living husband is (単身赴任の主人のところへ
// 行く) and is left out; a spouse in hospital, at work or away, a grave or the altar is a visit.
const SPOUSE_SIDE = "(?:主人|夫|妻|家内|旦那|女房|亡夫|亡妻)(?:さん|様)?の(?:そば|側|もと|元)(?:へ|に)(?:行く|いく|参る|まいる|逝く|ゆく)(?:つもり|と決め|ことにし|ことに決め|覚悟|準備)|(?:主人|夫|妻|家内|旦那|女房|亡夫|亡妻)(?:さん|様)?の(?:そば|側|もと|元)(?:へ|に)(?:行き|いき|参り|まいり|逝き)(?:ます|たい|とう)(?=$|[.,!\\s]|と(?:思|考)|ね|よ|わ)";
const SPOUSE_ALIVE = "(?:入院|病院|病室|お見舞い|見舞い|単身赴任|赴任|出張|施設|ホーム|介護|会社|職場|実家|迎え|送って|届け|海外|転勤|旅行|引っ越|引越|面会|手術|看病|付き添|駅|空港|仕事|帰り|荷物|着替え|差し入れ|弁当|看取|集中治療|墓|お参り|仏壇|線香|位牌|法要|納骨)";
export const JA_FAREWELL_RULES = [
    {
        // 主人のそばへ行くつもりです: going to a dead spouse's side, said alone. A visit to a spouse in
        // hospital or away, or to the grave, is not this.
        id: "ja.farewell.to-a-spouses-side",
        level: "concern",
        category: "farewell",
        negatable: false,
        pattern: ja(`(?:${SPOUSE_SIDE})(?<!${SPOUSE_ALIVE}[^]{0,80})(?![^]{0,40}${SPOUSE_ALIVE})`),
    },
    {
        // 今週中に主人のそばへ参ります: with a time set, a plan.
        id: "ja.farewell.to-a-spouses-side-timed",
        level: "crisis",
        category: "farewell",
        negatable: false,
        pattern: ja(`(?:${WHEN}|近いうちに|近々|そろそろ|もうすぐ|春|夏|秋|冬|\\d+月)(?:中|のうち|まで|の間)?(?:に|には|で)?[^.]{0,16}?(?:${SPOUSE_SIDE})(?<!${SPOUSE_ALIVE}[^]{0,80})(?![^]{0,40}${SPOUSE_ALIVE})`),
    },
    // --------------------------------------------------------------- farewell
    {
        id: "ja.farewell.thanks",
        level: "concern",
        category: "farewell",
        pattern: ja("(?:みんな|皆|家族|お母さん|お父さん)(?:に|へ|、|,)?(?:今まで)?(?:ありがとう|ごめんね|ごめんなさい)"),
    },
    {
        id: "ja.farewell.goodbye",
        level: "crisis",
        category: "farewell",
        pattern: ja("(?:今まで|これまで|長い間|長いあいだ)(?:本当に|ほんとに|ほんとうに|色々|いろいろ)?(?:ありがとう|ありがと|お世話になりました)|先立つ不孝|(?:みんな|皆|みなさん)[^.]{0,4}?(?:ありがとう|ありがと)[^.]{0,6}?(?:さようなら|さよなら|ばいばい)|(?:さようなら|さよなら|ばいばい)[^.]{0,4}?(?:みんな|皆|永遠|最後|今まで|この世|世界)|(?:みんな|皆|お母さん|お父さん|家族|母さん|父さん)(?:に|へ)?[^.]{0,3}?(?:ごめんね|ごめんなさい)[^.]{0,6}?(?:さようなら|さよなら|ばいばい|最後)|(?:最後|最期)の(?:ご|お)?(?:メッセージ|挨拶|あいさつ|言葉|ことば|お別れ)(?<!(?:今日|今夜|今晩|今年|今週|本日|年内)(?:は|の)?(?:これで|これが)?(?:最後|最期)の(?:ご|お)?(?:メッセージ|挨拶|あいさつ|言葉|ことば|お別れ))(?![^]{0,20}(?:おやすみ|お休み|寝ます|また明日|良いお年|よいお年))|これが最後(?:の(?:メッセージ|言葉|ことば|挨拶|あいさつ|連絡|書き込み)|かも|だと思|になる|です|(?=$|[.,!]))|もう会えない(?:と思う|けど|かも|ね|から)|最後に(?:誰か|だれか|あなた|君|きみ|お礼|ありがとう|話(?:したかった|しておきたい|がしたかった|がしたい|せてよかった|を聞いてほしかった)|伝え|挨拶|声)|来世で(?:会|あ|また)|あの世で(?:会|待)|先に(?:あの世|天国|向こう)(?:に|へ|で)?[^.]{0,4}?(?:行|い|逝|待)|探さないで"),
    },
    {
        // お母さんごめんね。先に行きます: going ahead, said to the family with an apology.
        id: "ja.farewell.going-ahead",
        level: "crisis",
        category: "farewell",
        pattern: ja(`(?:${FAMILY}|おかん|おとん)(?:,|へ|に)?[^.]{0,3}?(?:ごめん(?:ね|なさい)?|ありがとう)[.,\\s]{0,2}(?:一足)?先に(?:行|い|逝)(?:きます|く(?:ね|よ|から)?(?=$|[.,!])|ってる(?:ね)?(?=$|[.,!]))|(?:${FAMILY}|おかん|おとん)より先に(?:逝|死|いなくな)`),
    },
    {
        // おやすみ。ずっと: good night for good.
        id: "ja.farewell.sleep-for-good",
        level: "crisis",
        category: "farewell",
        pattern: ja("(?:永遠に|ずっと|もう起きない|二度と起きない)[^.]{0,2}?おやすみ(?!中)|おやすみ(?:なさい)?[.,\\s]{0,2}(?:ずっと|永遠に|もう起きない|二度と)(?=$|[.,!\\s])"),
    },
    {
        // もう思い残すことはありません: nothing left undone (a joyful one is lowered below).
        id: "ja.farewell.nothing-left",
        level: "concern",
        category: "farewell",
        negatable: false,
        pattern: ja("(?:思い残す|思いのこす|心残り|やり残した)(?:こと|事)?(?:は|も)?(?:もう)?(?:何も)?(?:ない|無い|ありません|ねえ|なくなった|ございません)|(?:この世に)?未練(?:は|も)?(?:もう)?(?:ない|無い|ありません)"),
    },
    {
        // お世話になりました。亡き母のところへ行きます。さようなら.
        id: "ja.farewell.going-to-the-dead",
        level: "crisis",
        category: "farewell",
        pattern: ja(`(?:亡き|亡くなった|死んだ|先に逝った|天国の|あの世の)[^.,]{0,8}?(?:のところ|のとこ|の所|のそば|のもと|の元)(?:に|へ)[^.]{0,4}?(?:行き(?:ます|たい)|行く(?:ね|よ|わ|から|つもり|(?=$|[.,!]))|逝)|お世話になりました[^]{0,30}?(?:さようなら|さよなら|先に(?:行|逝)|行きます)|(?:さようなら|さよなら)[^]{0,6}?お世話になりました`),
    },
    {
        // もういい。今日が最後。ありがとね: the day named as the last one, with a thanks, a goodbye or
        // giving up beside it. A shift, a class or a sale that ends today has its noun before it
        // or a "last ..." after it (今日が最後の出勤), and is not this.
        id: "ja.farewell.last-day",
        level: "crisis",
        category: "farewell",
        pattern: ja(`(?:(?:もう(?:いい|ええ|疲れた|つかれた|限界|無理|むり)|ありがと|さよなら|さようなら|ばいばい|お世話になり)[^]{0,30}?${LAST_DAY}|${LAST_DAY}[^]{0,30}?(?:ありがと|さよなら|さようなら|ばいばい|お世話になり|元気で|ごめん))(?![^]{0,40}(?:出勤|勤務|バイト|部活|授業|学校|お店|営業|セール|公演|ライブ|配信|放送|連載|在籍|お疲れ|おつかれ|また(?:ね|会|遊|来)|次(?:は|の|に)|来週|来月|新しい|新天地|これから(?:は|も)|寂しく|さみしく|楽しかった|たのしかった))`),
    },
    {
        // 葬式終わったから、自分もそろそろ行くわ。じいちゃんのとこ: after a death or a funeral, "me too"
        // going to where the dead one is. Going there and coming back (行ってくる), a grave, a meal or
        // help at the house are visits.
        id: "ja.farewell.joining-after-death",
        level: "crisis",
        category: "farewell",
        pattern: ja(`${DEATH_DONE}[^]{0,40}?(?:${SELF})も,?(?:そろそろ|もうすぐ|もう|近いうちに|すぐに?)?,?(?:(?:${MOURNED})の(?:ところ|とこ|所|そば|もと|元)(?:に|へ)?(?:行|い|逝)(?:く(?:わ|ね|よ|から|か)?|こう(?:かな|かの|か|や)?|きます|きたい)|(?:行|い|逝)(?:く(?:わ|ね|よ|か)?|こう(?:かな|かの|か|や)?|きます),?(?:${MOURNED})の(?:ところ|とこ|所|そば|もと|元)(?:に|へ)?)(?=$|[.,!\\s])(?![^]{0,30}(?:墓|お参り|線香|仏壇|手伝|片付け|片づけ|泊ま|様子|ご飯|ごはん|飯|顔(?:を)?見|会いに|遊びに|帰省|実家|掃除|車|迎え|待って|送って|乗せ|電車|バス|新幹線|飛行機))`),
    },
    {
        // 長い間ありがとうございました。もう会うことはないと思います.
        id: "ja.farewell.never-meet-again",
        level: "crisis",
        category: "farewell",
        negatable: false,
        pattern: ja("もう(?:二度と)?(?:会う|会える|お会いする|話す|話せる|連絡する)こと(?:は|も)?(?:ない|ありません|ございません|ないでしょう)"),
    },
    {
        // これまで支えてくださった皆様、ありがとうございました。さようなら.
        id: "ja.farewell.thanks-goodbye",
        level: "crisis",
        category: "farewell",
        pattern: ja("(?:今まで|これまで|長い間|長いあいだ|皆様|みなさま|みなさん)[^]{0,30}?ありがとう[^]{0,10}?(?:さようなら|さよなら|さいなら|ばいばい)"),
    },
    {
        id: "ja.farewell.thanks-goodbye-plain",
        level: "concern",
        category: "farewell",
        pattern: ja("ありがとう(?:ございました|な|ね)?[.,\\s]{0,3}(?:さようなら|さよなら|さいなら)|(?:さようなら|さよなら|さいなら)[.,\\s]{0,3}(?:みんな|皆)?[^.]{0,4}?ありがとう"),
    },
    {
        // 俺のことは忘れてくれ: asking to be forgotten.
        id: "ja.farewell.forget-me",
        level: "crisis",
        category: "farewell",
        pattern: ja(`${SELF}のこと(?:は|なんて|なんか)?(?:もう)?(?:忘れて(?:くれ|ください|ほしい|ね|いい)|探さないで)`),
    },
    {
        // 今まで迷惑かけてごめんなさい。もう迷惑はかけません.
        id: "ja.farewell.no-more-trouble",
        level: "crisis",
        category: "farewell",
        negatable: false,
        pattern: ja("(?:今まで|これまで)[^.]{0,8}?(?:迷惑|心配|苦労)(?:を|ばかり|ばっかり)?(?:かけて|掛けて)(?:ごめん|すみません|申し訳)[^]{0,20}?もう(?:二度と)?(?:迷惑|心配)(?:は|を|も)?(?:かけ|掛け)(?:ません|ない)"),
    },
    {
        // 最後のセーブしといた。もう電源入れることないから: a game's last save, and never switching on
        // again, said of oneself. A game finished, retired from or closing down is not this.
        id: "ja.farewell.final-save",
        level: "crisis",
        category: "farewell",
        pattern: ja(`(?:最後の|最終)セーブ(?:を)?(?:した|しといた|しておいた|しました|完了|済|終わ)[^]{0,60}?(?:もう|二度と)(?:電源(?:を)?(?:入れる|いれる|つける)こと(?:は|も)?(?:ない|ありません)|ログイン(?:する)?こと(?:は|も)?(?:ない|ありません)|起動(?:する)?こと(?:は|も)?(?:ない|ありません)|ログアウト)(?<!(?:サービス終了|サ終|引退|クリア|飽き|新作|売る|売った|買い替え|ゲーム|サーバ|鯖|データ移行|引き継ぎ|アカウント)[^]{0,120})(?![^]{0,60}(?:サービス終了|サ終|引退|クリア|新作|売る|買い替え|ゲーム|次の|続編))`),
    },
];
//# sourceMappingURL=farewell.js.map