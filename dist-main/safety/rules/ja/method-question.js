/** The ja rules of category `method-question`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { MANY, MEDS } from "./patterns.js";
/** Drinks named beside pills. */
const BOOZE_JA = "(?:お酒|酒|さけ|アルコール|ビール|ウォッカ|焼酎|酎ハイ|チューハイ|ストゼロ|ワイン|日本酒|ウイスキー|ウィスキー|ハイボール)";
/** Means a person may hold up and ask about (the die-with-this rule). */
const MEANS_ASKED = "(?:薬|くすり|睡眠薬|眠剤|ロープ|縄|なわ|紐|ひも|コード|ベルト|練炭|包丁|ナイフ|カッター|刃物|ガス|洗剤|農薬|灯油)";
export const JA_METHOD_QUESTION_RULES = [
    // --------------------------------------------------------------- method questions
    {
        id: "ja.method-question.how-to-die",
        level: "crisis",
        category: "method-question",
        pattern: ja("死に方|死ぬ方法|死ねる(?:方法|薬|量|場所|高さ)|死に場所|自殺(?:の)?方法|楽に死|確実に死|痛くない死|苦しくない死|楽な死|安楽に死|簡単に死|すぐ死ねる|致死量"),
    },
    {
        id: "ja.method-question.how-much",
        level: "crisis",
        category: "method-question",
        pattern: ja(`(?:何錠|なんじょう|何個|どれくらい|どのくらい|どれだけ|何粒|何mg|何グラム)[^.]{0,8}?(?:飲め|飲んだら|飲むと|で|のめ|のんだら)[^.]{0,6}?(?:死|致死|心臓(?:が)?(?:止ま|とま)|息(?:が)?(?:止ま|とま)|逝け|目が覚めな)|${MEDS}[^.]{0,8}?${MANY}[^.]{0,3}?(?:飲んだら|飲めば|のんだら)(?![^.]{0,8}?(?:治|効|よくな|良くな|下が|さが))|(?:首吊り?|首を吊る|飛び降り|od|練炭|オーバードーズ|溺死|凍死|入水)(?:って|は|で|の方が|するのって)[^.]{0,4}?(?:苦し|くるし|痛|楽|死ね|確実|何分|どれくらい|すぐ)|(?:飛び降り|首吊|首を吊|od|練炭|飛び込)(?:たら|れば|したら|すれば|んだら)[^.]{0,8}?(?:確実|死ね|死ぬ|死にます|楽|すぐ|痛)|(?:何階|何メートル|何m|どのくらいの高さ|どれくらいの高さ)[^.]{0,8}?(?:飛び降り|落ち|おち)[^.]{0,6}?死`),
    },
    {
        // どうしたら死ねますか: a method asked for in any register.
        id: "ja.method-question.how-can-i",
        level: "crisis",
        category: "method-question",
        pattern: ja("(?:どう|どうやって|どのように|どうすれば|どうしたら|どうやったら)[^.]{0,6}?(?:確実に|楽に|苦しまずに|痛くなく|静かに)?(?:死ね|逝け|消えられ)(?:ます|る|ますか|るか|るの|るん)"),
    },
    {
        // インスリン一気に打ったら死ねる？: any means, all at once, and death.
        id: "ja.method-question.all-at-once",
        level: "crisis",
        category: "method-question",
        pattern: ja("(?:一気に|全部|ぜんぶ|まとめて|大量に|たくさん)[^.]{0,6}?(?:打っ|飲ん|注射し|吸っ|食べ)(?:たら|だら)[^.]{0,6}?(?:死ね(?:る|ます)|死ぬ(?:の|かな|って|んですか|ん)|逝け)"),
    },
    {
        // 苦しまずに逝ける方法: the way asked for with 逝く.
        id: "ja.method-question.how-to-go",
        level: "crisis",
        category: "method-question",
        pattern: ja("逝(?:ける|く)(?:方法|やり方|手段|薬|場所)|苦しまずに(?:死|逝)|(?:楽に|確実に|静かに)逝"),
    },
    {
        // ドアノブでいけるかな: a known method of hanging asked about. Alone a question; with a
        // rope or a time in the last messages, the context makes it a crisis. Something hung on the
        // knob counts only when it is a cord, a towel or a belt (a bag left on the door is not).
        id: "ja.method-question.doorknob",
        level: "concern",
        category: "method-question",
        pattern: ja("ドアノブ(?:で|に|を使って|なら)[^.]{0,10}?(?:いける|いけ|できる|でき|首|吊|つる|死ね|(?:紐|ひも|ロープ|タオル|ベルト|コード|ケーブル|縄|なわ|マフラー|ストッキング)[^.]{0,4}?(?:かけ|掛け|結))"),
    },
    {
        // 飛び降りるなら何階以上あれば確実ですか: a height asked for.
        id: "ja.method-question.height",
        level: "crisis",
        category: "method-question",
        pattern: ja("(?:飛び降り|落ち)(?:る|た)?(?:なら|とき|時|場合)?[^.]{0,6}?(?:何階|何メートル|何m|どのくらいの高さ|どれくらいの高さ)[^.]{0,10}?(?:確実|死ね|死ぬ|助からない)|(?:何階|何メートル)(?:以上)?[^.]{0,8}?(?:確実に死|死ねる|助からない)"),
    },
    {
        // 自分のセーブデータ消す方法: a game's words for ending one's life.
        id: "ja.method-question.delete-self",
        level: "crisis",
        category: "method-question",
        pattern: ja("(?:自分|俺|私|うち|僕|人生|現実|リアル)の(?:セーブデータ|電源)(?:を)?[^.]{0,4}?(?:消す|削除する|切る|落とす)(?:方法|やり方|手順)(?:ない(?:かな|か)?|ある(?:かな)?)?"),
    },
    {
        // 死ぬのは怖くない。失敗するのが怖い。一番確実なのってどれ: the surest way, after death named.
        id: "ja.method-question.surest",
        level: "crisis",
        category: "method-question",
        pattern: ja("(?:死ぬ|死ね|死に|しぬ|しね|逝|未遂|失敗せず|失敗しない)[^]{0,40}?(?:一番|いちばん|最も|もっとも|より)?確実(?:な|に)?(?:の|方法|やり方|やつ|手段|なのは|なもの)(?:って|は|が)?[^.]{0,4}?(?:どれ|どっち|どう|何|なに|ある|教え|知りた)|(?:死ぬ|死ね|死に|しぬ|しね|逝)[^]{0,40}?(?:どれ|どっち|何|なに|どの方法|どのやり方)(?:が|なら)(?:一番|いちばん)?確実"),
    },
    {
        // 車の排ガスって部屋に引き込んだらどのくらいで意識なくなる: exhaust led in, and how long.
        id: "ja.method-question.exhaust-how-long",
        level: "crisis",
        category: "method-question",
        negatable: false,
        pattern: ja("(?:排ガス|排気ガス|排気|一酸化炭素|練炭)[^.]{0,30}?(?:引き込|引き入|入れ|ホース|室内に|部屋に|車内に|目張り|閉め切)[^.]{0,20}?(?:どのくらい|どれくらい|どんくらい|何分|なんぷん|何時間|どんだけ)[^.]{0,10}?(?:意識|気を失|死|眠|楽に|逝)"),
    },
    {
        // 酒と一緒に薬飲んだら早く効く？: alcohol taken with pills to make them work faster or surer.
        // A headache, a hangover, a cold or a question about what is safe is not this.
        id: "ja.method-question.alcohol-to-work-faster",
        level: "crisis",
        category: "method-question",
        pattern: ja(`(?:${BOOZE_JA}(?:と|で)(?:一緒に)?[^.]{0,8}?${MEDS}|${MEDS}(?:を)?${BOOZE_JA}(?:と|で)(?:一緒に)?)[^.]{0,20}?(?:早く効|はやく効|早くきく|よく効|強く効|効きやす|効き目(?:が)?(?:上が|強く|増)|確実に(?:なる|いける|逝ける|死ね))(?<!(?:頭痛|二日酔い|風邪|生理|花粉|胃薬|眠れ|寝れ|寝付|歯|腰痛|大丈夫|飲み合わせ)[^]{0,60})(?![^]{0,30}(?:頭痛|二日酔い|風邪|生理|花粉|眠れ|寝れ|寝付|歯|腰痛))`),
    },
    {
        // 冗談だけどさ、あの橋って高さ何メートルある？日曜に行ってみるつもり: a height asked, then going
        // there on a day, whatever joke is said around it. Sightseeing, a bungee jump, photos or
        // homework are not this.
        id: "ja.method-question.height-then-going",
        level: "crisis",
        category: "method-question",
        pattern: ja(String.raw `(?:橋|はし|ビル|屋上|崖|がけ|鉄橋|歩道橋|ダム|タワー|マンション|陸橋)(?:って|の|は|から)?(?:高さ|たかさ)(?:って|は)?[^.]{0,6}?(?:何メートル|何m|なんめとる|どのくらい|どれくらい|どんくらい|何階)[^]{0,30}?(?:今夜|今日|明日|あした|週末|[土日月火水木金]曜日?|来週|今度の[^.]{0,3})(?:に|は)?(?:行って|いって|行く|いく|見に)(?<!(?:観光|写真|撮影|夜景|散歩|バンジー|釣り|自由研究|宿題|レポート|ドライブ|建築|設計|工事)[^]{0,80})(?![^]{0,20}(?:観光|写真|撮影|夜景|散歩|バンジー|釣り|ドライブ))`),
    },
    {
        // 市販薬でODするなら何がいい？量も教えて: which medicine to overdose on, or how much, asked.
        id: "ja.method-question.od-which",
        level: "crisis",
        category: "method-question",
        pattern: ja(`(?:${MEDS}|市販の薬|咳止め|せきどめ|風邪薬|かぜぐすり|睡眠改善薬)(?:で|を|なら)?,?(?:od|おばどず|オーバードーズ|大量服薬)(?:する|したい|するなら|したら|して)[^]{0,16}?(?:何|なに|どれ|どの|おすすめ|オススメ|量|何錠|いくつ|どのくらい|どれくらい)`),
    },
    {
        // セルトラリン何錠からやばい？マジで聞いてる: how many tablets are too many, and "I mean it".
        id: "ja.method-question.how-many-too-many-for-real",
        level: "crisis",
        category: "method-question",
        pattern: ja(`(?:${MEDS}|セルトラリン|ジェイゾロフト|デパス|マイスリー|レキソタン|ロキソニン|カロナール|ブロン)(?:って|は|を)?,?(?:何錠|なんじょう|何粒|いくつ)(?:から|で|飲んだら|のんだら|以上)[^.]{0,8}?(?:危ない|あぶない|やばい|ヤバい|死ぬ|しぬ|致死|だめ|アウト)[^]{0,20}?(?:マジで|まじで|本気で|ほんきで|真面目に|まじめに|冗談(?:じゃなく|抜きで))`),
    },
    {
        // 生命保険って、自殺でも出るのは加入して何年後からですか。親に少しでも残したいので: whether life
        // insurance pays after a suicide, asked to leave the money to one's family. An exam, an
        // agent's work or a film are not this.
        id: "ja.method-question.insurance-suicide-leave",
        level: "crisis",
        category: "method-question",
        pattern: ja(String.raw `(?:(?:(?:生命)?保険|保険金)[^]{0,30}?自殺|自殺[^]{0,20}?(?:生命)?保険(?:金)?)[^]{0,40}?(?:出る|出ます|でる|でます|おり(?:る|ます)|下り(?:る|ます)|降り(?:る|ます)|払われ|支払われ|もらえ|免責)[^]{0,60}?(?:親|家族|母|父|妹|弟|姉|兄|子ども|子供)(?:に|へ|のために)[^.]{0,10}?(?:残したい|遺したい|残せる|遺せる|残してあげ|渡したい)(?<!(?:試験|勉強|仕事|お客|顧客|契約者|映画|ドラマ|小説|fp|ファイナンシャル)[^]{0,160})`),
    },
    // ------------------------------------------------------------------------------------------
    // The eighteenth pass, the writer's own (p18own, after round 23).
    {
        // …どこにも居場所がない。いま方法を調べてる: ways looked up now, with no object, after the
        // writer's own despair. 米の炊き方を調べてる or a recipe, a route or a repair named is not this.
        id: "ja.method-question.looking-up-ways-now",
        level: "crisis",
        category: "method-question",
        negatable: false,
        pattern: ja(String.raw `(?<=(?:死にたい|しにたい|消えたい|きえたい|生きて(?:る|いる)意味|生きる意味|もう無理|もうむり|終わりにしたい|いなくなりたい|居場所(?:が|は|も)?(?:ない|どこにもない)|価値(?:が|は)?ない|生きていけない|もう限界|どうにもならない|何をやっても|なにをやっても|ダメな(?:人間|自分)|だめな(?:人間|自分))[^]{0,200}?)(?:^|[.,]|いま|今|もう)(?:いま|今)?(?:その)?(?:方法|やり方|やりかた|手段)(?:を)?(?:いま|今)?(?:調べて|しらべて|検索して|けんさくして|ググって|ぐぐって|探して|さがして)(?:る|ます|います|いる|た|ました)(?:とこ|ところ)?(?:です)?(?=$|[.,!])`),
    },
    // ------------------------------------------------------------------------------------------
    // Lead's mends after the eighteenth pass (gaps found beside round 23's kinds).
    {
        // この薬で死ねるかな, 引越しで買ったロープ、これで死ねるかな: a means at hand, asked whether it
        // would kill (the potential form: able to die). Hyperbole names food or heat (この激辛で死ねる),
        // not a means; 死ぬかな (will it kill me) is a worry about a side effect, not this.
        id: "ja.method-question.die-with-this",
        level: "crisis",
        category: "method-question",
        pattern: ja(`(?:${MEANS_ASKED}(?:で|なら|だったら|を使えば|使ったら|を使ったら)|(?<=${MEANS_ASKED}[^]{0,40}?)(?:これ|それ|こいつ|コレ)(?:で|なら|だったら|を使えば|使ったら))(?:本当に|ほんとに|ちゃんと|確実に|楽に|うまく|すぐ)?(?:死ねる|しねる|逝ける|終われる)(?:かな|か|のかな|の\\?|\\?|だろう|でしょう|かしら|と思う|んかな|やろか|やろうか|ですか|ますか|$)`),
    },
];
//# sourceMappingURL=method-question.js.map