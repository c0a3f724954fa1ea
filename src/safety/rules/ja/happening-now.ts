/**
 * The ja rules for a crisis happening now that round 20 found no rule for (the fifteenth pass,
 * whose danger and how urgent): a sealed room and a fire lit in it, written in kana only
 * (へや しめきって ひ つけた　いきが くるしい), and a family member hitting another one now
 * (夫がいま息子を殴ってる). Each has its look-alikes excluded beside it. Examples in
 * test/safety/rule-examples.json.
 */
import { ja, type RiskRule } from "../../rule-types.js";

// A room, a car or a bathroom sealed, and a fire or charcoal lit in it.
const SEALED =
  "(?:部屋|へや|車|くるま|浴室|風呂場|ふろば|トイレ|といれ)(?:を|の|に)?(?:目張り|めばり|閉め切|しめき|締め切|密閉|みっぺい|ガムテ|がむて)";
const FIRE_LIT =
  "(?:火|ひ|練炭|れんたん|七輪|しちりん|炭|すみ)(?:を|も)?(?:つけ|付け|点け|おこし|起こし|焚い|たい|いれ|入れ)";
const FIRE_EVERYDAY =
  "(?:キャンプ|きゃんぷ|バーベキュー|ばーべきゅー|bbq|焼肉|焼き鳥|料理|ストーブ|すとーぶ|暖房|だんぼう|こたつ|お香|アロマ|線香|換気|窓を開け|花火|冗談|笑|ｗ)";

// Someone named hitting another one now: 夫がいま息子を殴ってる.
const HITTER = "(?:夫|旦那|主人|妻|父|親父|おやじ|母|兄|姉|弟|妹|息子|娘|彼氏|彼女)";
const HIT_TARGET =
  "(?:息子|娘|子ども|子供|こども|うちの子|孫|弟|妹|兄|姉|母|父|妻|夫|祖母|祖父|ばあちゃん|じいちゃん)";
const HIT_NOW = `${HITTER}(?:が|は)[^.]{0,6}?(?:いま|今|たった今)[^.]{0,6}?${HIT_TARGET}(?:を|に)[^.]{0,10}?(?:殴って|なぐって|蹴って|けって|叩いて|たたいて|首を絞めて|首をしめて)(?:る|いる|います|ます)`;
const HIT_EVERYDAY =
  "(?:蚊|虫|はえ|ハエ|ゲーム|げーむ|格ゲー|スマブラ|試合|練習|稽古|空手|柔道|剣道|ボクシング|プロレス|ごっこ|じゃれ|冗談|笑|ｗ|枕投げ|くすぐ)";

// Someone seen taking pills in quantity now: いま駐車場で若い女性が薬を何十錠も飲んでます.
const TAKING_NOW =
  "(?:いま|今|たった今)[^.]{0,24}?(?:薬|くすり|錠剤|睡眠薬|眠剤)[^.]{0,8}?(?:全部|ぜんぶ|何十錠|何箱|大量|たくさん|いっぱい|まとめて|[0-9０-９]{2,}錠)[^.]{0,10}?(?:飲んで|のんで)(?:る|いる|います|ます)";
const TAKING_EVERYDAY =
  "(?:処方|食後|毎食|いつもの|サプリ|さぷり|ビタミン|びたみん|ラムネ|らむね|お菓子|確認|笑|ｗ)";

// --- p19now, the nineteenth pass (after round 24): the writer's own, happening now -----------
// At a named place of danger now (a roof, a bridge, a level crossing, the platform, a cliff, a
// dam, the top of a car park), in dialect or in a learner's kana with the particle left out
// (いま りょう の おくじょう いるです), and an end said after it: もうよかろう, 今夜でしめえにする,
// おちる, もう戻らない. Sightseeing, photos, a date, lunch, waiting for the barrier are not this.
const NOW_AT = "(?:今|いま|なう|現在|さっきから|ずっと)";
const DANGER_PLACE =
  "(?:屋上|おくじょう|鉄橋|てっきょう|歩道橋|陸橋|橋の上|はしのうえ|橋|踏切|ふみきり|線路|せんろ|ホーム|崖|がけ|ダム|防波堤|ていぼう|堤防|岸壁|立体駐車場の(?:屋上|最上階|一番上|いちばん上)|駐車場の(?:屋上|最上階|一番上|いちばん上)|非常階段|ビルの上|マンションの上|団地の上)";
const BEING_THERE =
  "(?:の(?:上|うえ|端|はし|ふち|縁|先|真ん中|まんなか|近く|前|とこ|ところ))?(?:ん?とこ|んところ)?(?:に|で|さ|まで)?(?:おる|おります|いる|居る|います|いるです|いま(?=[.,]|$)|来た|きた|来てる|きてる|来ました|着いた|ついた|立って|たって|座って|すわって)";
const END_SAID =
  "(?:もう(?:よか|ええ|いい|よい)(?:ろう|ろ|わ|や|ねん|よ|かな|って|じゃ)|(?:しめえ|しめい|おしまい|しまい|終わり|おわり|最後|さいご|最期)(?:に(?:する|します|しよう|したい|なる)|だ(?=[.,!]|$)|です|や(?=[.,!]|$)|じゃ(?=[.,!]|$))|(?:落ちる|おちる|落ちます|おちます|飛び降り|とびおり|飛び込|とびこ)|(?:戻ら|もどら|帰ら|かえら)(?:ない|ん|ねえ|ねぇ)|(?:戻り|もどり|帰り|かえり)ません|さよなら|さようなら|ばいばい|(?:死ぬ|しぬ|死にます|しにます)(?!ほど|かと|くらい|ぐらい|って)|楽に(?:なる|なれる)|らくに(?:なる|なれる)|生きる(?:の)?(?:は|が|も)?(?:無理|むり|疲れ|つかれ))";
const PLACE_EVERYDAY =
  "(?:観光|写真|しゃしん|撮影|撮っ|撮る|夜景|景色|けしき|花火|はなび|デート|でーと|ビアガーデン|バー|飲み会|ダムカード|だむかーど|釣り|つり|散歩|さんぽ|ジョギング|ランニング|待ち合わせ|通過待ち|遮断機|開くの|あくの|渡る|わたる|電車待ち|仕事|しごと|バイト|休憩|昼休み|弁当|洗濯|布団|星|日の出|ライブ|見学|ツアー|遠足|部活|合宿|キャンプ|帰り道|終電|乗り遅れ|笑|ｗ)";

// In a car, set up, and the engine running: 車の中で準備はおわった。エンジンもかけてある.
const IN_CAR = "(?:車|くるま|軽トラ|ワゴン|バン)(?:の中|のなか|ん中|内)?";
const SET_UP_IN_CAR =
  "(?:(?:準備|じゅんび|用意|ようい)(?:は|が|も)?(?:おわった|終わった|できた|出来た|済んだ|すんだ|整った|ととのった|完了|した)|目張り|めばり|ホース|ほーす|練炭|れんたん|ガムテ|がむて)";
const ENGINE_ON =
  "(?:エンジン|えんじん)(?:も|を|が|は)?(?:かけて|掛けて|かかって|つけて|回して|まわして)(?:ある|る|いる|います|ます|おる|あります)";
const CAR_EVERYDAY =
  "(?:暖機|だんき|暖房|だんぼう|エアコン|霜|雪かき|凍|迎え|むかえ|待って|出発|ドライブ|旅行|温め|あたため|買い物|送り|送迎|車中泊|キャンプ|仮眠|充電|洗車|出かけ|出勤|通勤|学校|病院|笑|ｗ)";

// Medicine taken in a large amount now, and the body going or no need to wake: 咳止め…いつもの
// 何倍も流し込んだ。頭ぐわんぐわん, このまま起きなくていい. Taken as directed, a cold, a doctor's
// word are not this.
const OD_MEDS =
  "(?:咳止め|せきどめ|ブロン|ぶろん|メジコン|市販薬|風邪薬|かぜ薬|鎮痛剤|痛み止め|睡眠薬|眠剤|眠剤|安定剤|デパス|錠剤|薬|くすり)";
const OD_AMOUNT =
  "(?:(?:いつもの|普段の|ふだんの|規定量の|用量の)?(?:何倍|なんばい|[0-9０-９二三四五六七八九十]+倍|何十錠|何錠も|[0-9０-９]{2,}錠|一瓶|ひと瓶|ひとびん|一箱|ひと箱|[0-9０-９二三四五]+(?:瓶|びん|本|箱|はこ|シート)|まるごと|丸ごと|全部|ぜんぶ|大量|たくさん|いっぱい|まとめて|ありったけ|しこたま))";
const OD_TAKEN =
  "(?:飲んだ|のんだ|飲んじゃった|のんじゃった|流し込んだ|ながしこんだ|流し込みました|流し込んで|飲みました|飲み干した|のみほした|キメた|きめた|突っ込んだ|(?<=(?:瓶|びん|本|箱|はこ|シート|錠|倍|全部|ぜんぶ|まるごと|丸ごと)(?:も|を)?)(?:いった|いきました|いっちゃった)|飲んで(?:る|ます|いる))(?!ら)";
const OD_NOW =
  "(?:起きなくて(?:いい|ええ|よい|いいや)|起きたくない|おきなくて(?:いい|ええ)|目が覚めなくて(?:いい|ええ)|目覚めなくて(?:いい|ええ)|このまま(?:眠|ねむ|寝|ね|起き|おき|消え|きえ)|頭(?:が)?(?:ぐわんぐわん|ぐわぐわ|ぐらぐら|くらくら|ふわふわ|ぼーっと|ぼーっ|がんがん|回って|まわって)|ふらふら|くらくら|ねむい|眠い|ねむく|眠く|意識が|吐き気|はきけ|心臓(?:が)?(?:ばくばく|どきどき)|動悸)";
const OD_EVERYDAY =
  "(?:処方|医者|先生|薬剤師|用法|用量(?:通り|どおり|を守)|風邪|かぜ|花粉|副作用|ラムネ|らむね|サプリ|さぷり|ビタミン|笑|ｗ)";

// The bills settled, and going out tonight not to come back: 家賃と電気代は払い込んだ…夜になったら
// 出かけて、もう戻りません. A trip, a move, going home to family or a night shift are not this.
const BILLS =
  "(?:家賃|やちん|光熱費|電気代|ガス代|水道代|公共料金|携帯代|スマホ代|借金|ローン|支払い|支払|税金|保険料|滞納分)";
const BILLS_SETTLED =
  "(?:払い込んだ|払い込みました|払い込んで|払い込み(?:も)?(?:済|終)|払った|はらった|払いました|払って|振り込んだ|振り込みました|振り込んで|済ませた|済ませました|済ませて|精算した|精算しました|返した|返しました|返し終わった)";
const NOT_RETURNING =
  "(?:もう|二度と|にどと)?(?:戻りません|戻らない|もどらない|もどりません|帰りません|帰らない|かえらない|かえりません|帰ってこない|戻ってこない|帰ってきません|戻ってきません)";
const LEAVING_EVERYDAY =
  "(?:旅行|帰省|出張|引っ越|引越|実家|入院|遠征|旅に|旅へ|キャンプ|泊まり|夜勤|飲み会|留学|転勤|施設|入所|海外|新居|退去|更新|契約)";

const P19NOW_RULES: readonly RiskRule[] = [
  {
    // いま橋の上におる。今夜で終わりにする: at a place of danger now, an end said after it.
    id: "ja.attempt-in-progress.at-a-danger-place-now-end",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: ja(
      `${NOW_AT}[^.]{0,14}?${DANGER_PLACE}${BEING_THERE}[^]{0,60}?${END_SAID}(?<!${PLACE_EVERYDAY}[^]{0,100})(?![^]{0,30}${PLACE_EVERYDAY})`,
    ),
  },
  {
    // 車の中で目張りもした。エンジンかけてる: set up in a car and the engine running.
    id: "ja.attempt-in-progress.car-set-up-engine-on",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      `(?:${IN_CAR}[^]{0,30}?${SET_UP_IN_CAR}[^]{0,40}?${ENGINE_ON}|${IN_CAR}[^]{0,30}?${ENGINE_ON}[^]{0,40}?${SET_UP_IN_CAR})(?<!${CAR_EVERYDAY}[^]{0,100})(?![^]{0,40}${CAR_EVERYDAY})`,
    ),
  },
  {
    // 咳止め、いつもの何倍も流し込んだ。このまま起きなくていい: an overdose under way.
    id: "ja.attempt-in-progress.took-lots-now-drowsy",
    level: "crisis",
    category: "attempt-in-progress",
    negatable: false,
    pattern: ja(
      `${OD_MEDS}[^.]{0,16}?${OD_AMOUNT}(?:も|を)?[^.]{0,6}?${OD_TAKEN}[^]{0,40}?${OD_NOW}(?<!${OD_EVERYDAY}[^]{0,100})(?![^]{0,30}${OD_EVERYDAY})`,
    ),
  },
  {
    // 家賃は払った。夜になったら出かけて、もう戻らない: things settled and not coming back tonight.
    id: "ja.plan.bills-paid-not-returning",
    level: "crisis",
    category: "plan",
    negatable: false,
    pattern: ja(
      `${BILLS}[^]{0,30}?${BILLS_SETTLED}[^]{0,80}?(?:夜|よる|今夜|こんや|今晩|これから|今から|いまから|あとで|このあと)[^.]{0,20}?(?:出かけ|でかけ|出て|でて|出ます|行き|いき|行って)[^.]{0,12}?${NOT_RETURNING}(?<!${LEAVING_EVERYDAY}[^]{0,140})(?![^]{0,40}${LEAVING_EVERYDAY})`,
    ),
  },
];

export const JA_HAPPENING_NOW_RULES: readonly RiskRule[] = [
  {
    // コンビニでバイトしてる者です。いま駐車場で若い女性が薬を何十錠も飲んでます: an overdose seen
    // under way.
    id: "ja.attempt-in-progress.seen-taking-now",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(`${TAKING_NOW}(?<!${TAKING_EVERYDAY}[^]{0,60})(?![^]{0,30}${TAKING_EVERYDAY})`),
  },
  {
    // 部屋を閉め切って炭をおこした: a sealed room and a fire or charcoal lit, now, with nothing
    // else said (ja.attempt-in-progress.sealed-room-fire reads it with breathing hard or a goodbye).
    id: "ja.attempt-in-progress.sealed-room-lit",
    level: "crisis",
    category: "attempt-in-progress",
    pattern: ja(
      `${SEALED}[^.]{0,12}?${FIRE_LIT}(?<!${FIRE_EVERYDAY}[^]{0,60})(?![^]{0,40}${FIRE_EVERYDAY})`,
    ),
  },
  {
    // 夫がいま息子を殴ってる。私はトイレに隠れてる: violence at home, now.
    id: "ja.danger-at-home.hitting-family-now",
    level: "crisis",
    category: "danger-at-home",
    pattern: ja(`${HIT_NOW}(?![^]{0,30}${HIT_EVERYDAY})(?<!${HIT_EVERYDAY}[^]{0,40})`),
  },
  // p19now (after round 24), above.
  ...P19NOW_RULES,
];
