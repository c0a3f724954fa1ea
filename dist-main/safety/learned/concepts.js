/**
 * Concepts for the learned layer: broad word lists, both languages, each standing for one idea
 * of the content guide (a means, a high place, a time soon, a wish, a burden, a farewell...).
 * The n-grams only know the words the training data holds; a concept also knows "overpass"
 * when training only said "bridge", and 踏切 when it only said 線路. The model sees which
 * concepts a sentence holds and which two stand together in it (a means and a time, a high
 * place and "now", a death word and a game), so that a new wording of a known shape scores
 * like the old one. Matched on the normalised text: lower case, katakana as hiragana.
 */
import { foldKana } from "../normalize.js";
function concept(ja, en) {
    const parts = [ja && foldKana(ja), en && `\\b(?:${en})\\b`].filter((p) => p.length > 0);
    return new RegExp(parts.join("|"), "u");
}
/** Each concept: a name (its feature) and what spells it. */
export const CONCEPTS = [
    [
        "death",
        concept("死|しに(?:たい|たく)|亡くな|逝|命を|自殺|自死|じさつ|あの世|天国|来世|永眠|お迎え", "die|dies|died|dead|death|dying|suicid\\w*|kill (?:myself|me)|end (?:it|my life|things)|unalive|not be alive|not exist|stop existing|gone for good|heaven|the lord|god take"),
    ],
    [
        "vanish",
        concept("消え|きえ|いなくな|居なくな|おらんく|おらんよう|終わり|終わら|おわり|おわら|やめたい|終わって|存在", "disappear\\w*|vanish\\w*|be gone|not be here|not be around|cease|over with|done with (?:life|everything|it all)|exist\\w*|end of me|the end"),
    ],
    [
        "wish",
        concept("たい|たく|ほしい|欲しい|いいのに|よかった|願|祈|楽になり|楽に(?:なれ|して)", "want|wanna|wish|wishing|hope|hoping|pray\\w*|rather|would be nice|relief|longing"),
    ],
    [
        "no-waking",
        concept("目が覚め|目覚め|起きな|起きたくな|起きられな|眠ったまま|寝たまま|ずっと眠|ずっと寝|朝が来|明日が来|明日なんて", "wake up|waking up|not wake|dont wake|never wake|sleep forever|fall asleep and|no tomorrow|tomorrow to come|morning to come"),
    ],
    [
        "burden",
        concept("迷惑|負担|重荷|お荷物|荷物|穀潰し|ごくつぶし|足手まとい|いない方|いないほう|おらんほう|役に立た|役立たず|保険金|生命保険|養って", "burden|better off|without me|useless|waste of (?:space|air|money)|in the way|drain on|dead weight|insurance|payout|taking up space|no use to"),
    ],
    [
        "hopeless",
        concept("意味(?:が|は|も)?(?:ない|無い|ねえ|ある)|価値|希望|未来|将来|この先|どうせ|無駄|むだ|詰ん|詰み|つんだ|オワタ|おわた|真っ暗|変わらない|続けられ|どうでもいい", "point|pointless|hopeless|no future|never (?:get|gets|going to get) better|nothing (?:will|is going to) change|why bother|whats the use|no reason|meaningless|no way out|trapped|stuck forever"),
    ],
    [
        "means",
        concept("ロープ|縄|なわ|紐|ひも|練炭|炭|薬|くすり|錠|睡眠|眠剤|市販薬|od|包丁|ナイフ|カッター|剃刀|かみそり|刃|ベルト|コード|首|ガス|排気|銃", "rope|noose|cord|belt|pills?|pil+s|pils+|meds|medication|tablets|tylenol|paracetamol|ibuprofen|sleeping|overdose|od|knife|knives|razor|blades?|gun|pistol|rifle|charcoal|exhaust|bleach|poison|hang\\w*"),
    ],
    [
        "height",
        concept("橋|屋上|ホーム|線路|踏切|崖|ベランダ|柵|手すり|階|ビル|ダム|海|川|樹海|高い所|高いところ|飛び降り|飛び込|飛ぶ|飛ん|電車|立体駐車場|非常階段", "bridge|roof|rooftop|ledge|edge|tracks|rails?|railway|overpass|cliffs?|balcony|railing|floor|storey|garage|platform|train|river|lake|sea|jump\\w*|height|high up|fall"),
    ],
    [
        "soon",
        concept("今夜|今晩|今日|明日|あした|週末|今から|いまから|もうすぐ|そろそろ|今度の|来週|月末|誕生日|朝になったら|寝たら|出かけたら|夜中|今すぐ", "tonight|tonite|today|tomorrow|weekend|soon|right now|this week|friday|monday|sunday|birthday|after (?:everyone|my parents|work)|when (?:everyone|they)|later|at \\d|midnight|in the morning"),
    ],
    [
        "decided",
        concept("決めた|決めて|決行|実行|準備|用意|つもり|予定|計画|やる(?:から|よ|わ|$|[.,])|するつもり|覚悟", "decided|plan|planned|planning|picked|chose|ready|going to|gonna|will|im doing|the date|the day|no going back|set up"),
    ],
    [
        "affairs",
        concept("整理|片付け|片づけ|処分|遺書|手紙|メモ|パスワード|暗証|通帳|形見|あげた|あげる|譲|頼んだ|預け|解約|消した|削除|初期化|思い残|心残り|やり残", "note|letters?|will|passwords?|gave away|giving away|give away|rehom\\w*|arranged|cancel+ed|cancel+ing|deleted|wiped|paid off|affairs|loose ends|in order|instructions|who gets|my stuff|belongings"),
    ],
    [
        "farewell",
        concept("ありがとう|ありがと|さよなら|さようなら|ばいばい|ごめん|お世話になり|最後|最期|さいご|今まで|元気でね|探さないで", "goodbye|bye|byee+|thanks? (?:you )?for everything|sorry for everything|last (?:message|post|msg|time|night)|final|farewell|see you (?:on the other side|never|in the next)|take care of|love you all|its been|logging off|signing off"),
    ],
    [
        "self-harm",
        concept("切っ|切る|切り|きっ|太もも|手首|やっちゃった|リスカ|りすか|アムカ|レグカ|傷|血|焼い|焼き|押し付け|殴っ|打ち付け|引っか|かきむし", "cut|cuts|cutting|did it again|relapsed|thigh|wrist|forearm|blood|bled+ing|bleed\\w*|scars?|burn\\w*|hurt myself|harm\\w*|self harm|sh|wounds?|stitches|hitting myself|skin"),
    ],
    [
        "now",
        concept("今|いま|さっき|たった今|飲んだ|飲みました|のんだ|切った|いる(?:$|[.,]|よ|の)|来てる|来た|立って|座って|かけてる|巻いた|ついた|つけた", "now|just|already|took|tok+|swal+owed|downed|taken|standing|sitting|lying|here|am on|im on|currently|running|tied"),
    ],
    [
        "distress",
        concept("つらい|辛い|しんど|苦し|くるし|疲れ|つかれ|限界|きつい|眠れ|ねれ|寝れ|寂し|さみし|さびし|孤独|ひとり|一人|不安|怖|こわ|泣|涙|だる|しんどい|動けな|無理|むり|だめ|ダメ|情けな|嫌い", "tired|exhausted|drained|lonely|alone|anxious|anxiety|panic|cry|crying|cant sleep|insomnia|sad|empty|numb|hurts?|hard|heavy|worthless|failure|hate myself|scared|afraid|cant cope|cant do this|too much|overwhelmed"),
    ],
    [
        "self",
        concept("私|わたし|僕|ぼく|俺|おれ|自分|うち(?:は|が|も|なんか)|あたし|わし", "i|me|my|myself|im|ive|ill|id"),
    ],
    [
        "other-person",
        concept("息子|娘|友達|友だち|友人|親友|弟|妹|兄|姉|夫|妻|主人|旦那|彼氏|彼女|孫|母|父|親(?!友)|同僚|ネッ友|子ども|子供", "son|daughter|friend|brother|sister|husband|wife|boyfriend|girlfriend|grandson|granddaughter|roommate|partner|mom|mum|dad|kid|child|he|she|hes|shes|his|her|him"),
    ],
    [
        "negation",
        concept("ない|なく|ません|ねえ|へん|ん(?:$|[.,])|ず(?:$|[.,])", "not|never|no|dont|wont|cant|isnt|nothing|nobody"),
    ],
    [
        "joke",
        concept("w(?:$|[.,\\s])|笑|草|(?:^|[^a-z])lol", "lol|lmao|haha|jk|joking|kidding|literally|so funny|hilarious"),
    ],
    [
        "fiction-or-game",
        concept("ゲーム|キャラ|ボス|敵|アニメ|ドラマ|映画|漫画|小説|主人公|曲|歌|ライブ|推し|ガチャ|ランク|シーン|最終回", "game|games|boss|level|character|episode|movie|film|show|anime|book|song|album|concert|scene|finale|season|ranked|match|player"),
    ],
    [
        "past",
        concept("昔|むかし|前は|以前|頃|ころ|当時|去年|年前|中学|高校|今は|最近は", "ago|used to|back then|back when|when i was|in high school|in college|years back|now i|better now|these days|anymore"),
    ],
    [
        "everyday-task",
        concept("課題|宿題|仕事|バイト|テスト|試験|面接|レポート|部活|会議|掃除|片付け|料理|買い物|散歩", "homework|work|job|exam|test|essay|assignment|shift|meeting|class|school|chores|cleaning|cooking|shopping|walk"),
    ],
    [
        "health-question",
        concept("何錠|副作用|飲み合わせ|用量|処方|病院|薬局|頭痛|風邪|熱", "how many|dose|dosage|mg|safe to take|headache|prescription|pharmacy|doctor|cold|flu|fever|side effects?"),
    ],
    [
        "question",
        concept("[?？]|かな(?:$|[.,])|ですか|ますか|の(?:$|[.,])|教えて|どうしたら|どうすれば", "how|what|where|which|can i|should i|is it|does|do you|any tips"),
    ],
];
/** The concepts a text holds, by index into CONCEPTS. */
export function conceptsOf(text) {
    const out = [];
    CONCEPTS.forEach(([, re], i) => {
        if (re.test(text))
            out.push(i);
    });
    return out;
}
//# sourceMappingURL=concepts.js.map