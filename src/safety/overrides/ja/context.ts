/**
 * Words and helpers the ja overrides share (see ../../rules-ja.ts for how overrides work).
 */
import {
  anyOf,
  clauseBefore,
  IDEATION_LIKE,
  type MatchContext,
  perMatch,
  type RiskRule,
  ruleIds,
  sentenceBefore,
} from "../../rule-types.js";
import { jaRe } from "../../rules/ja/patterns.js";

export const NEGATION_AFTER = jaRe(
  "^(?:[られ]{0,2}(?:る|た|て|ている|てる|ていた|てた))?(?:気持ち|きもち|気|つもり|予定|思い|こと|事)?(?:とは|なんて|なんか|とか|って|は|も|ような|ようには|ってことは|わけ|訳)?(?:全然|ぜんぜん|まったく|別に|べつに|絶対|ぜったい)?(?:思わ|おもわ|思って(?:い)?な|おもって(?:い)?な|思いませ|思ってませ|考えて(?:い)?な|考えませ|しな|しませ|しねえ|ない|無い|ありませ|ねえ|じゃな|ではな|でもな|(?:わけ|訳)(?:じゃ|では|でも)な|(?:と)?ちゃう(?!か|の[?？])|(?:と)?ちゃいま|やあらへん|やないで|やないねん)",
);

export const BARE_DEATH = ruleIds("ja.distress.shinu", "ja.distress.korosareru");

// A game, a server or a stream that ends: サービス終了、さよなら、あの世界.
export const SERVICE_END = jaRe(
  "サービス終了|サービスが終了|サ終|配信終了|運営終了|サーバー(?:が|も)?(?:閉|止|終|落|停)|鯖(?:が|も)?(?:閉|止|終|落|停)|(?:ゲーム|ネトゲ|アプリ|ワールド)(?:が|も)?(?:終わ|終了|閉)|ログイン(?:最終日|できなくな)",
);
// 辛すぎて死んだ, 尊すぎて死ぬ: a taste, a star or a joke too much to bear.
export const TOO_MUCH_BEFORE = jaRe(
  "(?:辛|から|うま|美味|おいし|甘|熱|あつ|寒|さむ|尊|とうと|かわい|可愛|面白|おもしろ|笑い|わらい|眠|ねむ|好き|すき|えも|エモ|最高)(?:すぎ|過ぎ)て$",
);
export const FAN_SENTENCE = jaRe(
  "推し|おし(?:の|が)|アイドル|声優|バンド|ライブ|新曲|卒業発表|引退発表|結婚発表|活休|ファンサ|供給|尊",
);

export const EMBARRASSED_AFTER = jaRe(
  "^(?:くらい|ぐらい|ほど)(?:に)?(?:恥ずかし|はずかし|気まずい|きまずい|照れ|眠|ねむ|暑|あつ|寒|さむ|だる)",
);
// 黒歴史思い出して消えたい, 恥ずかしすぎて消えたい: embarrassment said before the wish.
export const EMBARRASSED_BEFORE = jaRe(
  "(?:恥ずかし|はずかし|黒歴史|気まず|きまず|やらかし|赤っ恥|赤面|穴があったら)[^.]{0,10}$",
);
// 配信でコメ読まれて消えたい気分笑 恥ずかしすぎる: the wish laughed off as embarrassment.
export const LAUGHED_OFF_EMBARRASSMENT = jaRe(
  "^(?:気分|きぶん|気持ち|きもち)?(?:笑|わら|w)+,?\\s?(?:恥ずかし|はずかし|照れ|てれ)",
);
// ラスボス倒した！もう思い残すことはないｗ: a game finished, said just before.
export const GAME_FEAT_BEFORE = jaRe(
  "(?:ラスボス|裏ボス|隠しボス|全クリ|エンディング|レイド|ボス)[^.]{0,8}(?:倒した|倒せた|クリア|見た|討伐|撃破)[^]{0,4}$",
);
// …ないｗ 次何やろ: a laugh or the next game, and nothing else after it.
export const GAME_NEXT_AFTER = jaRe(
  "^(?:[^.\\s]{0,3}(?:w|笑|草)+)?[.,\\s]{0,2}(?:次(?:は)?(?:何|なに)(?:やろ|しよ|する|やる)(?:う|か|かな)?)?\\.?$",
);
// 死にたいって書いたらどうなるの？: a question about what the bot does.
export const ASKING_ABOUT_BOT_AFTER = jaRe(
  "^」?(?:って|とか|と|なんて)(?:書い|言っ|送っ|入力し|打っ|つぶやい|相談し)たら(?:どうなる|どうする|通報(?:される|されます|されんの|する)|誰かが?(?:読む|読ん|見る|見ん)|人が(?:読む|読ん|見る|見ん|来る)|警察(?:に|が)(?:連絡|通報|来る))",
);
export const TASK_SENTENCE = jaRe(
  "作業|仕事|課題|宿題|ゲーム|会話|この話|関係|片付け|掃除|勉強|レポート|バイト|配信|レベル|ステージ|連載|シリーズ|ドラマ|アニメ",
);
export const SUICIDE_TOPIC_AFTER = jaRe(
  "^(?:の)?(?:防止|予防|対策|統計|率|者数|問題|報道|ニュース|相談窓口|相談|について調べ|のニュース|の記事|遺族|遺児)",
);

export const DEGREE_AFTER = jaRe(
  "^(?:ほど|くらい|ぐらい|程|かと思|かとおも|かと|気で|気がする|思いで|思いを|思いした|ような思い|ように|みたいに|ふり|振り|魚の目)",
);

export const CAUSE_BEFORE = jaRe(
  "(?:暑|あつ|寒|さむ|凍え|こごえ|重|おも(?!い)|遅|おそ|良|よ(?=すぎ)|眠|ねむ|ねみ|泣き|なき|腹(?:が)?減っ|はら(?:が)?へっ|腹へっ|お腹(?:が)?(?:空い|すい|へっ|減っ)|おなか(?:が)?(?:すい|へっ|空い)|疲れ|つかれ|忙し|いそがし|笑|わら|恥ずかし|はずかし|尊|とうと|可愛|かわい|うま|美味|おいし|暇|ひま|痛|だる|緊張し|退屈|つまらな|面白|おもしろ|好き|すき|楽し|たのし|嬉し|うれし|多|おお|臭|くさ|うるさ|寝不足|筋肉痛|待ちきれな|楽しみ|最高|さいこう|やば|えも|感動|尊死|溶け|とけ|ぶつけ|挟ん|はさん|攣っ|つっ|踏ん|ふん|転ん|ころん)(?:く|すぎ|い|さ)?(?:て|で)?(?:もう|まじ|まじで|ほんと|本当に|一瞬|いっしゅん|普通に)?$|(?:尊|とうと|可愛|かわい|最高|さいこう|やば|えも|好き|すき)(?:い|すぎ|さ|[.,\\s])*[.,\\s]$",
);

export const LAUGH_AFTER = jaRe("^(?:w+|笑|lol|わら|草)(?![a-z])");
export const LAUGH_BEFORE = jaRe("(?:笑|lol|w)\\s?$");

export const TASK_BEFORE = jaRe(
  "(?:通勤|通学|満員電車|渋滞|人混み|人ごみ|ラグ|回線|鯖落ち|課題|宿題|仕事|バイト|締め切り|締切|しめきり|テスト|試験|上司|部活|レポート|残業|家事|育児|推し|暑さ|寒さ|会議|授業|納期|勉強|練習|筋トレ|ボス|敵|ゲーム|キャラ|ゾンビ|モンスター|プレイヤー)(?:に|で|から)[^.,]{0,6}$",
);

// 面接死んだ, 検定オワタ: an exam or an interview that went badly.
export const EXAM_BEFORE = jaRe(
  "(?:面接|検定|テスト|試験|模試|受験|プレゼン|発表|レポート|課題|小テスト|中間|期末|実技|筆記|口が|舌が|喉が|足が|腕が|腰が)(?:が|は|も)?(?:完全に|普通に|マジで|まじで|もう)?$",
);
export const CAUGHT_BEFORE = jaRe(
  "(?:ばれ|見つか|みつか|知られ|しられ|見られ|みられ|見せ|みせ|遅刻し|ちこくし|忘れ|わすれ|落とし|壊し|こわし|失くし|なくし|負け|まけ|落ち|おち|サボっ|さぼっ|寝坊し|知っ|しっ|気づかれ|聞かれ|使いすぎ|食べ)(?:たら|れば|ると|ちゃったら)[^.]{0,15}$",
);

// 階段きつすぎて息切れした: the body after exercise.
export const EXERTION = jaRe(
  "階段|坂道|坂|息切れ|筋トレ|筋肉痛|ランニング|登山|ジム|腹筋|スクワット|マラソン",
);
export const FOOD_OR_CLOTHES = jaRe(
  "(?<![つわかさ])カレ(?![たてるま])|ラーメン|料理|味|激辛|辛口|唐辛子|スパイス|ソース|麺|ご飯|食べ|たべ|キムチ|わさび|からし|お腹いっぱい|満腹|服|ズボン|靴",
);

export const GAME_SENTENCE = jaRe(
  "ゲーム|キャラ|ボス|ラスボス|敵|ステージ|プレイ|ガチャ|ゾンビ|モンスター|残機|ざんき|リスポーン|復活|死にゲー|エルデン|ダクソ|マイクラ|全ロス|ロスト|クリーパー|ランクマ|デスゲ|ポケモン|フォートナイト|apex|fps|rpg|game|\\d+回|何回|なんかい|何度|なんど|ランク|バトル|対戦|ホラゲ|エペ|マリオ|スプラ|漫画の中|ドラマの中|アニメの中",
);

export const OBJECT_BEFORE = jaRe(
  "(?:スマホ|バッテリー|電池|でんち|充電|携帯|けいたい|パソコン|pc|車|くるま|エンジン|hdd|ssd|回線|wi ?fi|ネット|インターネット|lan|サーバー|鯖|ブラウザ|キーボード|マウス|スピーカー|ゲーム機|switch|スイッチ|ps\\d|エアコン|電球|時計|カメラ|電子レンジ|レンジ|炊飯器|自転車|バイク|ストーブ|ヒーター|ルーター|プリンター|テレビ|冷蔵庫|洗濯機|iphone|アイフォン|android|アプリ|電話|充電器|イヤホン|ヘッドホン|コントローラー|モニター|ディスプレイ|植物|花|観葉植物|サボテン|財布|さいふ|パン生地|生地|きじ|酵母|イースト|家計|口座|残高)(?:の[^,.]{0,8})?(?:が|は|も)?(?:もう|完全に|また)?$",
);

export const PERSON = anyOf([
  "友達",
  "友だち",
  "ともだち",
  "友人",
  "知り合い",
  "親友",
  "弟",
  "妹",
  "兄",
  "姉",
  "息子",
  "娘",
  "子ども",
  "子供",
  "こども",
  "うちの子",
  "彼氏",
  "彼女",
  "夫",
  "妻",
  "旦那",
  "嫁",
  "母",
  "父",
  "親",
  "両親",
  "母親",
  "父親",
  "お母さん",
  "お父さん",
  "祖母",
  "祖父",
  "おばあちゃん",
  "おじいちゃん",
  "同僚",
  "先輩",
  "後輩",
  "クラスメイト",
  "同級生",
  "あの子",
  "その子",
  "いとこ",
  "孫",
  "知人",
  "ネッ友",
  "ネット友達",
  "ネットの友達",
  "フォロワー",
  "相互さん",
  "相互",
  "推し",
  "my (?:best )?(?:friend|son|daughter|brother|sister|mom|mum|dad|boyfriend|girlfriend|husband|wife|kid|child)",
]);
export const PET = anyOf([
  "猫",
  "ねこ",
  "犬",
  "いぬ",
  "ペット",
  "ハムスター",
  "うさぎ",
  "鳥",
  "金魚",
  "飼ってた[^,.]{0,6}",
  "飼っていた[^,.]{0,6}",
]);

// A third party, then a particle, then at most a few characters without a first person or
// a turn of the sentence (けど, のに) before the risk phrase.
export const THIRD_PARTY_CLAUSE = jaRe(
  `${PERSON}\\s?(?:が|は|も|って)(?:[「『\\s]|最近|さいきん|よく|また|ずっと|毎日|いつも|時々|ときどき|急に|本気で|本当に|ほんとに|もう|しきりに|たまに|夜中に|夜になると)*$`,
);
export const THIRD_PARTY_SENTENCE = jaRe(`${PERSON}\\s?(?:が|は|も|って)`);
export const REPORTED_AFTER = jaRe(
  "^」?(?:って|と)(?:よく|いつも|最近|たまに|しきりに)?(?:言って(?:る|いる|います|た|ました)|言う|いう|ゆう|言います|話して|書いて|呟いて|つぶやいて|漏らして)|^[^.]{0,8}?(?:らしい|みたい|ようです|ようだ|そうです)",
);

export function thirdPartySubject(ctx: MatchContext): boolean {
  if (THIRD_PARTY_CLAUSE.test(clauseBefore(ctx))) return true;
  return THIRD_PARTY_SENTENCE.test(sentenceBefore(ctx)) && REPORTED_AFTER.test(ctx.after);
}

export const DEAD_SUBJECT = jaRe(`(?:${PERSON}|${PET})(?:が|は|も)[^,.]{0,8}$`);
export const COMPLETED = jaRe("死んだ|死んじゃった|死んで|亡くな");
export const COMPLETED_AFTER = jaRe(
  "^(?:した|しました|しちゃった|してしまった|して(?:しまい|亡くな))",
);

export const PAST_MARKER = jaRe(
  "(?:昔|むかし|以前|(?<![名午直手寸])前|学生の頃|学生時代|(?:中学|高校|小学|大学)生?|若い頃|子供の頃|子どもの頃|こどもの頃|\\d+代(?:前半|後半)?(?:の頃)?|\\d+年前|数年前|何年も前|去年|昨年|ひと頃|一時期|いちじき|当時|あの頃|あのころ)(?:は|の頃は|のころは|の頃|のころ|の時|のとき|とき|時)|(?:あの頃|あのころ|当時)の",
);
export const PAST_AFTER = jaRe(
  "^(?:と|って)?(?:思って(?:い)?た|思ってました|考えて(?:い)?た|した|して(?:い)?た)?(?:時期|頃|ころ|こと|とき|時)(?:も|が)(?:あった|ありました|ある|あります)",
);
export const RESOLVED = jaRe(
  "(?:最近|さいきん)は[^.]{0,6}?(?:落ち着|おちつ|大丈夫|平気|楽しい|少しずつ|元気|前向き)|今は[^.]{0,16}?(?:行って(?:る|います)|通って(?:る|います)|通えて|働いて|働けて|暮らして|元気に|通院して)|(?:今は|もう)[^.]{0,4}?そういう(?:の|こと|気持ち|考え)(?:は|も)?(?:もう)?(?:ない|無い|なくな|ありません)|今は[^.]{0,12}?(?:生きてる|生きていける|生きられる|楽しい|楽しく|楽しんで|大丈夫|平気)|(?:ちゃんと|いつか)(?:過ぎ|すぎ|明け|終わ)|今は(?:もう)?(?:大丈夫|だいじょうぶ|平気|へいき|落ち着|おちつ|そう(?:でもな|思わな|は思わな)|思わな|思ってな|ない|違う|元気|げんき|なんとか|まし|マシ|楽|幸せ|しあわせ|前向き|生きたい)|もう(?:大丈夫|平気|思わない|思ってない)|今はそう|乗り越え|克服|今は[^.]{0,16}?(?:穏やか|おだやか|暮らせて|過ごせて)|今は(?:もう)?(?:して(?:い)?ない|やって(?:い)?ない|やめ(?:た|られた|て))|落ち着い(?:た|てる|ている|てきた)|(?:過ぎ|すぎ|なっ|経っ|たっ)て(?:から)?[^.]{0,4}?(?:楽に|平気|大丈夫|まし|マシ)",
);
export const STILL = jaRe(
  "今も|今でも|いまも|いまでも|まだ|また|(?:最近|さいきん)(?!は?(?:落ち着|おちつ|大丈夫|平気|楽し|元気|少しずつ|まし|マシ|前向き))|再び|ぶり返|戻っ|もどっ|相変わらず|(?<!(?:昔|むかし|以前|当時|去年|昨年|代|頃|ころ|とき|時|時代|時期|年間)(?:は|の間は?)?)ずっと|今日も|昨日から|今は[^.]{0,24}?(?:高い|橋|屋上|崖|方法|やり方|場所|人がいない|人のいない|誰もいない)[^.]{0,16}?(?:調べて|探して|下見|検索して)|今は[^.]{0,8}?(?:薬|睡眠薬|ロープ|縄|練炭|七輪|刃物|包丁)(?:が|も|を)[^.]{0,4}?(?:ある|あります|買った|買いました|用意|揃え|そろえ|手に入|ためて|貯めて)",
);

/** Past ideation lowers ideation, and distress said of the past too. */
export const IDEATION_OR_DISTRESS = (rule: RiskRule): boolean =>
  IDEATION_LIKE(rule) || rule.category === "distress";

// A loss in a game: 全ロスした、もう無理ぽ.
export const GAME_LOSS = jaRe(
  "全ロス|ロスト|負け|まけ|[0-9]+回(?:くらい|ぐらい|ほど|以上|近く)?(?:は|も)?死ん|何回も死ん|何度も死ん|(?:ボス|ラスボス|裏ボス|敵|モンスター|ゾンビ|プレイヤー|キャラ|雑魚|ザコ)に[^.]{0,12}?(?:[0-9]+回|何回|何度|なんかい|なんど)[^.]{0,6}?(?:殺され|やられ|倒され)|爆破され|やられ|溶かされ|データ(?:が)?(?:消え|飛ん)|セーブ(?:が)?(?:消え|飛ん)|連敗|落ちた|ランク(?:が)?下が",
);

/**
 * Words of the feeling or the act: an earlier sentence with none of them (母がまたご飯をドアの前に
 * 置いてくれた) says nothing about whether a past wish is back, so its また is not read as one.
 */
const ABOUT_THE_FEELING = jaRe(
  "死|しに|消え|きえ|いなくな|つら|つ楽|辛|しんど|苦し|くるし|気持ち|思い|思う|思っ|考え|生き|終わ|薬|ロープ|縄|練炭|戻|もど|ぶり返|波|不安|落ち込|憂鬱|うつ|それ|あれ",
);

export const pastIdeation = perMatch((ctx: MatchContext): boolean => {
  const sentences = ctx.before.split(".");
  const current = sentences.pop() ?? "";
  const earlier = sentences.filter((sentence) => ABOUT_THE_FEELING.test(sentence)).join(".");
  const window = `${earlier}.${current}${ctx.match}${ctx.after}`;
  const marked = PAST_MARKER.test(sentenceBefore(ctx)) || PAST_AFTER.test(ctx.after);
  return marked && !STILL.test(window);
});

// A joyful "I could die now" (推しのライブ当たった！もう死んでもいい).
export const JOY_BEFORE = jaRe(
  "(?:推し|ライブ|当たっ|当選|最高|幸せ|しあわせ|嬉し|うれし|尊|神|やった|優勝|勝った|合格|会えた|握手|サイン|チケット|ファンサ|認知|夢が叶|夢かな)[^]{0,24}$",
);

// Someone else is the one who would be better gone: 上司がいないほうが楽.
export const OTHER_SUBJECT_END = jaRe(
  `(?:あなた|あんた|君|きみ|お前|おまえ|あいつ|こいつ|そいつ|あの人|あいつら|あの子|${PERSON}|上司|先生|店長|部長|課長|社長|客|アンチ|荒らし|他人|家族|みんな|皆|[^\\s.,]{1,10}(?:さん|くん|君|ちゃん|様))(?:が|は|も|って|なんて|なんか|さえ)?$`,
);

export function windowOf(ctx: MatchContext): string {
  return `${ctx.before}${ctx.match}${ctx.after}`;
}

// The sentence of the match with the one before and the one after it.
export function nearbySentences(ctx: MatchContext): string {
  const end = ctx.before.lastIndexOf(".");
  const start = end < 1 ? 0 : ctx.before.lastIndexOf(".", end - 1) + 1;
  const next = ctx.after.indexOf(".");
  const stop = next < 0 ? ctx.after.length : ctx.after.indexOf(".", next + 1);
  return (
    ctx.before.slice(start) + ctx.match + ctx.after.slice(0, stop < 0 ? ctx.after.length : stop)
  );
}

export const DECLUTTER = jaRe(
  "断捨離|引っ越|ひっこし|ミニマリスト|金欠|お金(?:が)?(?:ない|なく|ほしい|欲しい|必要)|生活費|買い替え|飽き|部屋が狭|スペース|高く売れ|売れた|整理整頓|推し変",
);
export const LETTER_OCCASION = jaRe(
  "母の日|父の日|誕生日|敬老|結婚|プレゼント|成人式|クリスマス|年賀|記念日|バレンタイン|文通",
);
export const ACCOUNT_REASON = jaRe(
  "荒らし|アンチ|炎上|乗っ取|スパム|誹謗|ストーカー|デトックス|ネット断ち|依存|晒さ|特定|身バレ|粘着|ブロック|新しいアカ|作り直|機種変|整理|容量|ストレージ|断捨離|スッキリ|すっきり",
);
export const HIGH_PLACE_ACTIVITY = jaRe(
  "弁当|お昼|昼ご飯|昼休み|ランチ|食べ|飲み|ビアガーデン|花火|星|天体|夜景|写真|撮影|洗濯|干し|布団|たばこ|タバコ|一服|休憩|授業|学校|会社|仕事|友達と|みんなで|バーベキュー|bbq|ライブ|デート|家族と|散歩|工事|点検|掃除|庭園|展望|観光|カフェ",
);
export const JUKAI_VISIT = jaRe(
  "観光|ツアー|散策|動画|心霊|ゲーム|撮影|キャンプ|探検|ハイキング|ガイド|洞窟|風穴|氷穴|ドライブ|友達と|みんなで|youtube|配信|取材|自然|紅葉",
);
export const LEAVING_FOR_LIFE = jaRe(
  "会社|職場|バイト|辞め|退職|引っ越|転勤|卒業|異動|引退|留学|実家に帰|旅行|出張|入院|グループ|サーバー|鯖|チーム|ギルド|クラン|配信|おやすみ|寝る",
);
export const SEE_YOU_AGAIN = jaRe(
  "これからも|今後とも|(?<!来世で)またね|また明日|また来週|また話そう|またよろしく|来年も|退職|卒業|引っ越|最終回|送別|異動|転勤|おつかれ|お疲れ",
);
/** A means named beside a goodbye: whatever the occasion, the goodbye is not only its own. */
export const MEANS_BESIDE_GOODBYE = jaRe(
  "薬|くすり|ロープ|ろぷ|縄|練炭|包丁|刃物|遺書|睡眠薬|眠剤",
);
export const DEATH_WORD = jaRe("来世|あの世|天国|さよう?なら|最後|最期|死|消え|いなくな");
export const ACCIDENT = jaRe(
  "気合|うっかり|誤って|間違えて|アイロンがけ|料理|野菜|紙で|転んで|怪我|けが|ケガ|調理|手術|ヒゲ|髭|工作|爪切|事故|ピーラー|スライサー",
);
export const NOT_EATING_REASON = jaRe(
  "ダイエット|断食|ファスティング|検査|手術|絶食|夏バテ|暑くて|風邪|熱が|胃|腹痛|二日酔い|歯|口内炎|お腹(?:が)?(?:すい|空い|へっ|減っ)|腹減",
);
export const NOT_SLEEPING_REASON = jaRe(
  "楽しみ|楽しかった|オール(?:した|して|明け|あけ|で)|遊|わくわく|興奮|ゲーム|徹夜で|イベント|締め切り|締切|テスト|試験|課題|レポート|仕事|夜勤|赤ちゃん|育児|配信|周回|旅行|遠足",
);
export const TASK_WINDOW = jaRe(
  "作業|仕事|課題|宿題|ゲーム|レポート|バイト|掃除|片付け|勉強|原稿|締め切り|締切|イベント|クエスト|周回|ダイエット|旅行|引っ越し|手続き|ミッション|作戦|計画を|プロジェクト|試合|ライブ|天気|晴れ|雨|雪|台風|食べ|飲み会|買い物|見に行|遊び",
);

export const BODILY_OR_LIFE_RELIEF = jaRe(
  "整体|マッサージ|腰|肩|頭痛|腹痛|湿布|病院|治療|風邪|熱|花粉|鼻|歯|生理|筋肉痛|仕事(?:を)?辞め|退職|休職|有給|合格|卒業|終わったし|片付いた",
);
export const ROPE_USE = jaRe(
  "荷造り|梱包|引っ越|引越|冷蔵庫|洗濯機|トラック|軽トラ|荷台|家具|積み込|積込|ルーフキャリア|カヤック|段ボール|キャンプ|テント|洗濯|物干し|ゴミ|新聞|雑誌|資源|工作|手芸|diy|園芸|リード|縄跳び|なわとび|ハンモック|ロープワーク|登山|ボルダリング|荷物|支柱|トマト|きゅうり|朝顔|ゴーヤ|プランター|家庭菜園|菜園|苗|つる|百均|干し柿",
);
/**
 * ...and what says a rope is for the writer, whatever else it was bought for: the neck, a beam or
 * a lintel, a door handle, one's weight, a wish or a way to die (not 死ぬ気はない, 死ぬ気で登る), a
 * noose's loop, a will, "for me".
 */
export const ROPE_FOR_ME = jaRe(
  "首|梁|はり(?:に|から)|鴨居|かもい|ドアノブ|体重|死に(?:たい|たく)|死ね(?:る|そう|た)|死の(?:う|)|死ぬ(?:ため|つもり|方法|しか|用)|自殺|消え(?:たい|たく|る)|遺書|輪っか|輪を|わっか|自分に(?:使|かけ)|自分用|本当は|ほんとは|最後",
);
/**
 * A suicide told as news: a report (ニュース, 報道, 記事, 速報) of someone named by their place in
 * the world (an entertainer, an actor, a man of 40), with the news's own wording after the word
 * (とみられる, と報じ, の可能性). Never with the writer in it: their own wish, 私も, a method or
 * "the same way", a wish to follow, envy, understanding the wish.
 */
export const NEWS_REPORT = jaRe(
  "ニュース|報道|記事|速報|ワイドショー|週刊誌|新聞|ネットで見|ヤフトピ|テレビで",
);
export const NEWS_SUBJECT = jaRe(
  "芸能人|俳優|女優|歌手|アイドル|タレント|有名人|芸人|選手|政治家|社長|作家|漫画家|声優|ユーチューバー|youtuber|配信者|男性|女性|男子生徒|女子生徒|中学生|高校生|小学生|大学生|容疑者|[0-9]+歳|[0-9]+代",
);
export const NEWS_WORDING_AFTER = jaRe(
  "^(?:と(?:み|見)られ|とみて|と(?:報じ|発表|伝え)|の(?:可能性|疑い|ニュース|報道)|だった(?:らしい|そう|って|と)|したらしい|したそう|した(?:と|って)(?:報道|ニュース|発表|いう)|した(?:可能性|疑い)|(?:を|で)?(?:図った|はかった)|未遂で)",
);
/** ...of someone the writer knows: then it is worry or grief, not news. */
export const NEWS_SOMEONE_KNOWN = jaRe(
  "同級生|クラスメイト|友達|友だち|友人|知り合い|兄|姉|弟|妹|息子|娘|母|父|彼氏|彼女|先輩|後輩|同僚|親戚|いとこ|近所の",
);
export const NEWS_WRITER_IN_IT = jaRe(
  "私も|わたしも|自分も|俺も|おれも|僕も|ぼくも|うちも|あたしも|死にたい|しにたい|消えたい|羨まし|うらやまし|後を追|あとを追|同じ方法|同じように|同じこと|やり方|方法|気持ち(?:が|は)?(?:わか|分か)|わかる気|楽になれ|次は|真似|まね",
);
/**
 * "Dead eyes" and "dying" from a team's loss, a commute or a day's work: カープ負けたけぇ、死んだ目で
 * 晩飯食いよる, 満員電車で死んだ目してる. Never with a low or a wish beside it.
 */
export const EVERYDAY_CAUSE = jaRe(
  "負け|まけ|連敗|試合|逆転|サヨナラ|カープ|阪神|巨人|ジャイアンツ|タイガース|ホークス|ドラゴンズ|ベイスターズ|スワローズ|ライオンズ|マリーンズ|ファイターズ|イーグルス|バファローズ|日本代表|ワールドカップ|リーグ|通勤|通学|満員電車|電車|渋滞|残業|月曜|会議|徹夜|締め切り|締切|テスト|試験|授業|バイト|シフト",
);
export const LOW_BESIDE = jaRe(
  "死にた|しにた|消えた|生きて(?:る|いる)?(?:意味|価値)|生きる(?:意味|価値)|人生|どうでもいい|もう無理|もうむり|限界|終わりにし|つら|辛|しんど|一人|ひとり|誰も|だれも|ずっと|何年|毎日",
);
// Writing a story: 小説書いてて、登場人物が遺書を残す場面.
/**
 * A jump watched: a video or a programme looked at, or a sport of jumping from a height into
 * water or air named. Not a stream (配信で「今から飛ぶ」 is someone going live from a roof), and
 * no short katakana word (ー is folded away: リール would read 降りる).
 */
export const JUMP_WATCHED = jaRe(
  "(?:動画|映像|youtube|ユーチューブ|ようつべ|tiktok|ティックトック|テレビ|番組|ドキュメンタリー)[^.]{0,12}?(?:見て|見た|見る|観て|観た|観る|みて|みた|みる|眺め)|クリフダイビング|クリフジャンプ|ダイビング|飛び込み競技|高飛び込み|バンジー|スカイダイビング|パラシュート|ベースジャンプ|ウィングスーツ",
);
/** ...and the writer's own wish or intent beside it. */
export const JUMP_WISHED = jaRe(
  "たい|たく|(?:私|わたし|俺|おれ|僕|ぼく|自分|うち|あたし)も|やってみ|しようかな|しよう|つもり|決め|楽になれ|楽になる",
);
/** Schoolwork on a text: homework, a report, a class, an analysis. */
export const STUDY_TASK = jaRe(
  "課題|宿題|レポート|読書感想文|感想文|考察|授業|ゼミ|論文|卒論|小論文|試験|(?:小|期末|中間|国語の|現代文の|古文の)テスト|国語|現代文|古文|古典|文学|要約|予習|復習",
);
/** A text and its figures: a novel, a play, a character, its author, a quoted title. */
export const STUDIED_WORK = jaRe(
  "主人公|登場人物|作者|作家|作品|小説|物語|戯曲|文豪|「[^」]{1,20}」(?:の|を読|読ん)|ハムレット|オフィーリア|ロミオ|ジュリエット|ウェルテル|太宰|芥川|漱石|夏目|三島|川端|人間失格|羅生門|走れメロス|舞姫|山月記",
);
/** A wish reported, not said: 死にたいと思っていたのか, 死にたい理由. */
export const WISH_REPORTED_AFTER = jaRe(
  "^(?:と|って|のか|か(?:どうか)?|という|っていう|理由|気持ち|心情|心理|んだろう|のだろう|んだと)",
);
/** The writer in the clause. */
export const SELF_IN_CLAUSE = jaRe("私|わたし|僕|ぼく|俺|おれ|自分|じぶん|うち|あたし|わし");
/** The writer relating it to themselves. */
export const WRITER_RELATES = jaRe(
  "(?:私|わたし|俺|おれ|僕|ぼく|自分|うち|あたし)も|共感|気持ち(?:が|は)?(?:わかる|分かる|わかりすぎ)|わかりみ|自分と重ね|自分のこと",
);
/** 遺書みたいな小説, 遺書のような歌詞: a work described as a note. */
export const WORK_LIKE_A_NOTE_AFTER = jaRe(
  "^(?:みたいな|みたいの|のような|のよーな|っぽい|的な|めいた|同然の|とも(?:言われる|いわれる|呼ばれる|よばれる))[^.,]{0,4}?(?:小説|作品|本|曲|歌(?!う)|歌詞|詩|映画|アルバム|随筆|エッセイ|私小説|遺作|物語|漫画|マンガ|アニメ)",
);
/** 人間失格は太宰の遺書と言われてる: a work said to be one... */
export const WORK_CALLED_A_NOTE_BEFORE = jaRe(
  "(?:小説|作品|本|曲|歌詞|詩|映画|アルバム|遺作|人間失格|太宰|芥川|作者|作家)[^.]{0,6}?(?:は|って|が|も)[^.]{0,8}?(?:の)?$",
);
/** ...by others (と言われる, と呼ばれる), or as its maker's (とも). */
export const CALLED_AFTER = jaRe(
  "^(?:とも|と|って)(?:言われ|いわれ|呼ばれ|よばれ|評され|される|書かれ|いう|言う|聞い)",
);
export const STORY_WRITING = jaRe(
  "(?:小説|漫画|マンガ|脚本|シナリオ|台本|ネーム|物語|同人誌)[^.]{0,6}?(?:書いて|書いてる|かいて|執筆|描いて|書き)|登場人物|作中|劇中",
);

export const FICTION_SENTENCE = jaRe(
  "アニメ|漫画|マンガ|ドラマ|映画|小説|主人公|ヒロイン|キャラ|最終回|原作|作中|ラノベ|登場人物|犯人|シーン(?=[がをはのにで.,!?]|$)|場面|展開|ネタバレ",
);
export const LAUGH_LATER = jaRe("^[^.]{0,12}?(?<![a-z])(?:w+|笑|lol|草)(?=$|[\\s.,])");
// 親が旅行に行く週末に: the family away is the moment, not the errand.
export const FAMILY_AWAY = jaRe(
  "(?:親|母|父|家族|両親|みんな|家の人|夫|妻)(?:が|は|たちが)[^.,]{0,8}?(?:旅行|出かけ|でかけ|留守|出張|帰省|いない|寝)",
);
export const SCHEDULE_WINDOW = jaRe(
  "予約|美容院|歯医者|病院|面接|買い物|旅行|遊び|映画|ライブ|デート|飲み会|引っ越|誕生日会|パーティ|ケーキ|髪|服|告白|手術|試験|受験|出発|帰省|配信を|投稿|動画|ゲーム|課題|宿題|仕事|バイト|作業|掃除|片付け|勉強|連載|ダイエット|禁煙|練習",
);
// A task named as what is ended: このゲーム、今日で終わりにする.
export const TASK_OBJECT_BEFORE = jaRe(
  "(?:ゲーム|連載|配信|バイト|仕事|ダイエット|禁煙|練習|勉強|部活|シリーズ|ブログ|アカウント|趣味|関係|付き合い|片思い|この話|話し合い|喧嘩|けんか|活動|チャンネル|サークル|ラジオ|番組|お店|店)(?:は|を|も|,)[^.,]{0,12}$",
);
export const COOKING = jaRe(
  "料理|調理|切って|切ってた|野菜|肉|魚|台所|キッチン|研い|研ぎ|りんご|リンゴ|皮を|捌|さばい|さばき|おろし方|三枚|刺身|夕飯|晩ご飯|ご飯を作|まな板",
);
export const DEPICTED = jaRe(
  "描写|小説|漫画|マンガ|映画|ドラマ|アニメ|ニュース|記事|事件|シーン(?=[がをはのにで.,!?]|$)|場面|歌詞|曲|作品|ゲーム",
);
export const AFFAIRS_REASON = jaRe(
  "結婚|出産|離婚|契約|見直し|更新|就職|転職|引っ越|手続き|年末調整|確定申告|親の|両親の|父の|母の|祖父|祖母|(?:親|父|母|義父|義母)(?:が|も)(?:入って|加入して|かけて|掛けて)",
);
export const REPORTED_BY_OTHER = jaRe(
  `^[^.]{0,6}?(?:って|と)(?:${PERSON}|ネッ友|フォロワー)(?:が|から|に)[^.]{0,4}?(?:言|聞|話|相談)`,
);
export const TASK_OBJECT_AFTER = jaRe(
  "^[^.]{0,3}?,(?![^.,]{0,12}?(?:人生|命|自分|俺|私|僕|全部|ぜんぶ|すべて|全て|この世|何もかも))[^.,]{1,12}?(?:は|を|も)(?=$|[.!])|^[^.]{0,4}?,(?:この|その|あの|今の)?(?:ゲーム|連載|配信|バイト|仕事|ダイエット|禁煙|練習|勉強|部活|シリーズ|ブログ|アカウント|趣味|関係|付き合い|話|会社|職場|店|アプリ)",
);
export const CHARCOAL_USE = jaRe(
  "キャンプ|バーベキュー|bbq|七輪|焼き肉|焼肉|炭火|こたつ|火鉢|アウトドア|暖房|ストーブ|餅",
);
// ...the same uses but the stove (七輪) itself, which is also what the act needs: 練炭と七輪 in a
// car or for tonight with no food, camp or heating said is not for grilling (the seventeenth pass).
export const CHARCOAL_USE_BUT_STOVE = jaRe(
  "キャンプ|バーベキュー|bbq|焼き肉|焼肉|炭火|こたつ|火鉢|アウトドア|暖房|ストーブ|餅|魚|さんま|秋刀魚|肉|焼き鳥|焼鳥|干物|友達|みんなで|家族で",
);
export const CHARCOAL_TAKEN_OFF = jaRe(
  "車|くるま|今夜|今晩|山奥|山の|山へ|山に|目張り|めばり|ガムテ",
);
// The height chosen for jumping, said beside a visit (飛び降りられそうな崖も下見してきた): the visit's
// everyday words elsewhere in the message (a dog walked, the sea at sunset) do not explain it.
export const JUMP_SAID = jaRe("飛び降り|とびおり|飛べそう|飛べる|死ねそう|死ねる");
export const STUDY_OR_SAFETY = jaRe(
  "研究|宿題|課題|レポート|観光|旅行|地図|建築|設計|測量|仕事で|防災|災害|常備|救急|発作|喘息|アレルギー|持ち歩",
);
export const PET_SUBJECT = jaRe(`${PET}(?:が|は|も)[^,.]{0,6}$`);
export const HYPERBOLE_CONTEXT = jaRe(
  "推し|結婚|引退|卒業|解散|サ終|サービス終了|ガチャ|ゲーム|ライブ|チケット|(?<![a-z])w(?![a-z])|笑(?!え)|草|lol",
);
export const ENDED_WITH_BEFORE = jaRe("(?:と|とは|には|にも|とも)$");
export const GREETING_CONTEXT = jaRe("先生|また|明日|来週|今日は|授業|お疲れ|おつかれ|帰り|下校");
export const BREAKUP = jaRe("別れ|振ら|振っ|恋|彼氏|彼女|元カレ|元カノ|付き合|好きな人|片思い");
export const CARE_REASON = jaRe(
  "入院|引っ越|転勤|留学|施設|仕事|忙し|アレルギー|一人暮らし|寮|出張|増えすぎ|売っ|売る|買い取|すっきり|スッキリ|ミニマリスト|断捨離",
);
export const GIVE_REASON = jaRe(
  "受験|試験|勉強|卒業|引退|飽き|やめた|辞めた|新しい|買い替|機種変|引っ越|断捨離|ミニマリスト|金欠|整理整頓|推し変|新作|続編|サ終|サービス終了|移行|乗り換え|別のゲーム|古い|壊れ",
);
export const FUTURE_PLANS = jaRe(
  "満喫|楽しむ|楽しみ|旅行|次は|これから|来週|明日から|新生活|引っ越|頑張|がんば|始め",
);
export const SURPRISE_OR_AWAY = jaRe(
  "プレゼント|サプライズ|誕生日|宝探し|クリスマス|お土産|おやつ|留守|旅行|出張|帰省|合鍵|宅配|置き配|ゲーム|謎解き|脱出",
);
export const GRAVE_VISIT = jaRe("墓|お参り|参り|法要|お盆|彼岸|仏壇|供え|線香");
export const FICTION_OR_JOKE = jaRe(
  "テレビ|番組|コント|ドラマ|漫画|マンガ|アニメ|芸人|映画|お笑い|冗談|ふざけ|ゲーム|キャッチボール|ボール|ゴキブリ|虫|蚊|ハエ|笑(?!え)|(?<![a-z])w(?![a-z])|lol|草",
);
export const LEAVING_POST = jaRe(
  "退職|卒業|異動|転勤|引退|閉店|閉院|最終回|番組|放送|連載|任期|転校|サービス終了|サ終|解散|活動休止|定年|部署|職場|ブログ|チャンネル|新しい",
);
/** Right after 飲んだ / 飲んでる: "whether they took it", checked (か確認, かチェック, か見てくる). */
export const DOSE_CHECKED_AFTER = jaRe(
  "^[^.]{0,3}?か(?:どうか)?[^.]{0,8}?(?:確認|確かめ|たしかめ|チェック|見て|みて|見に|数え)",
);
/** Anything that makes a dose checked a danger: a body giving way, help called, a death word (息, not 息子). */
export const DOSE_DANGER = jaRe(
  "死|消え|逝|意識|起きな|目を覚まさ|息(?!子)|呼吸|救急|119|倒れ|吐いて|けいれん|痙攣|遺書|空っぽ|からっぽ|空だった|なくなって|無くなって|お酒|酒と|飲みすぎ|多すぎ",
);
/** A game, a show or a favourite named right before "OD": what was taken too much of. */
export const PASTIME_BEFORE = jaRe(
  "(?:ゲーム|アニメ|ドラマ|漫画|マンガ|動画|配信|推し|youtube|ようつべ|実況|一気見|周回|ガチャ|ソシャゲ|ネトゲ|新作|エルデン|マイクラ|スプラ|ポケモン|apex|rpg|fps)[^.,]{0,8}$",
);
/** ...taken for hours on end, or all night, or played through. */
export const PASTIME_DOSE = jaRe(
  "ぶっ通し|ぶっとおし|ぶっつづけ|ぶっ続け|時間連続|時間ずっと|時間も|時間やって|時間プレイ|時間遊|徹夜|夜通し|朝まで|一気見|周回|全話|クリアまで|プレイ",
);
/** ...and never a medicine, drink or the body giving way beside it. */
export const PASTIME_OD_DANGER = jaRe(
  "薬|くすり|錠|市販薬|眠剤|睡眠|お酒|酒|アルコール|吐|救急|119|病院|意識|息が|呼吸|死|消え|逝|苦し|しんど",
);
/**
 * A party or a last day where goodbyes are the occasion's own words: 送別会の締め, 歓迎会の挨拶,
 * バイト最終日. Never with the writer's own going beside it (STRONG_DEATH, and PARTY_FAREWELL_MINE).
 */
export const PARTY_OCCASION = jaRe(
  "送別会|送別|歓迎会|壮行会|お別れ会|謝恩会|打ち上げ|飲み会|忘年会|新年会|最終日|最終出社|締めの挨拶|締めのあいさつ|乾杯の挨拶|スピーチ|寄せ書き|餞別|花束",
);
export const PARTY_FAREWELL_MINE = jaRe(
  "この世|最後の日|会うことは(?:ない|もう)|もう会えな|本当は|ほんとは|私が|わたしが|自分が|俺が|僕が|今夜|明日には|薬|ロープ|縄|練炭|包丁|刃物|遺書|終わりにし|楽にな",
);
export const STRONG_DEATH = jaRe("死|消え|いなくな|来世|あの世|天国|逝|亡き");
export const PARENT_CONTEXT = jaRe(
  "息子|娘|子ども|子供|うちの子|老後|遺言|相続|年金|施設|親亡き後",
);
export const JOY_OR_FEAT = jaRe(
  "推し|ライブ|優勝|完走|合格|試合|大会|引退|卒業|最高|幸せ|しあわせ|嬉し|うれし|会えた|行けた|見れた|観れた|食べれた|叶",
);

export const isJapanese = (id: string): boolean => id.startsWith("ja.");

// What keeps one awake for a night without distress: a horror film, caffeine, excitement.
export const AWAKE_CAUSE = jaRe(
  "ホラー(?:映画|ゲーム|ゲー|漫画|動画|小説)|ホラゲ|怖い(?:話|映画|動画|漫画)|怪談|心霊(?:動画|番組)|コーヒー|カフェイン|エナドリ|エナジードリンク|昼寝|楽しみ(?:で|すぎ)|わくわく|ワクワク|遠足",
);

// Sleep lost night after night, which stays distress whatever the cause.
export const NIGHTS_ON_END = jaRe("毎晩|毎日|ずっと|何日|何週|\\d+日|\\d+週|最近");

// What 切りたい / 切っちゃった cuts when it is not skin: hair, nails, a call, a tie.
export const CUT_NOT_SKIN_BEFORE = jaRe(
  "(?:髪|かみ|前髪|後ろ髪|毛|爪|つめ|ひげ|髭|枝毛|縁|電話|関係|ネイル|スイッチ|電源)(?:の毛)?(?:を|も|は)?(?:ばっさり|短く|少し|ちょっと)?$",
);

// バイトの面接落ちた、もう消えたい〜ｗ　まあ次いこ: the wish laughed at and turned to the next try.
export const LAUGHED_OFF_SETBACK = jaRe(
  "^(?:気分|きぶん)?(?:笑|わら|w|草)+,?\\s?(?:まあ|まぁ|ま|よし|さて|はい)?,?(?:次(?:いこ|行こ|がんば|頑張|こそ)|つぎ(?:いこ|がんば)|切り替え|きりかえ|気にしない|気にせん|寝て忘れ)",
);
// 歯医者で親知らず抜く。こわすぎて遺書書いとこかなｗ: a small ordeal feared in jest.
export const SMALL_ORDEAL = jaRe(
  "歯医者|親知らず|抜歯|虫歯|注射|採血|予防接種|健康診断|健診|胃カメラ|大腸カメラ|バンジー|ジェットコースター|絶叫|お化け屋敷|スカイダイビング|激辛|プレゼン|発表会|面接|テスト|試験|上司に|説教|怒られ",
);
// ホラー映画見た。最後みんな死んでて: the sentence before names the story that was watched.
export const STORY_WATCHED = jaRe(
  "(?:アニメ|漫画|マンガ|ドラマ|映画|小説|最終回|原作|ラノベ|ホラー|ほら映画|ほらげ|ゲーム)[^.]{0,12}?(?:見|観|読|視聴|やっ|クリア|終わ|泣)",
);
// The story's own people and ending, named in the sentence of the death.
export const STORY_EVENT = jaRe("最後|ラスト|結末|展開|キャラ|推し|主人公|登場人物|全員|みんな");
// Someone the writer knows, the writer, or their own life, in that sentence: real, not a story.
export const REAL_LIFE = jaRe(
  "父|母|親|兄|姉|弟|妹|夫|妻|祖父|祖母|じいちゃん|ばあちゃん|息子|娘|友達|友人|先生|自分|私|俺|僕|うち|犬|猫|ペット|仕事|学校|会社|人生|毎日|生きる|生きて",
);
// ワールド、今夜で消える。いままでありがとｗ, 鯖、もうすぐ閉じる: a server or a world closing at a
// time, its farewell to the game.
export const WORLD_CLOSING = jaRe(
  "(?:サーバー|鯖|ワールド|ゲーム|ネトゲ|アプリ)(?:が|も|は)?,?(?:今夜|今日|明日|もうすぐ|今月|月末|来月)(?:で|に|中に)?,?(?:閉|止|終|落|停|消え)",
);

/** A move or a clear-out: why things are given away in daily life. */
export const MOVE_OR_CLEAR_OUT = jaRe(
  "引っ越|引越|ひっこし|ひっこす|転居|転勤|断捨離|だんしゃり|ミニマリスト|留学|帰国|結婚|同棲|実家に戻|寮に入|大掃除|模様替え|リフォーム|メルカリ|フリマ|狭い部屋|部屋が狭",
);

/** A will or a notebook made as life planning: through a notary, a lawyer, a course. */
export const LIFE_PLANNING = jaRe(
  "公証役場|公証人|公正証書|弁護士|司法書士|行政書士|法務局|講座|セミナー|終活|相続対策|信託|銀行の窓口",
);

/** A child provided for after the parent's death: an heir, a beneficiary, "so he is not stuck". */
export const CHILD_PROVIDED_FOR = jaRe(
  "(?:息子|娘|子ども|子供|うちの子)[^.]{0,30}?(?:困らない|困らぬ|困ること|受取人|相続|遺産|後見|信託|生活費|残す|残し|遺す|託)|(?:受取人|相続人|後見人)[^.]{0,8}?(?:息子|娘|子ども|子供)",
);
/** Asked as a practical question: a way, a counter, whom to ask. */
export const PRACTICAL_QUESTION = jaRe(
  "方法|ありますか|あります?か|でしょうか|だろうか|教えて|どうすれば|どうしたら|相談|知りたい|窓口|手続き",
);
/** An intent, a day or a wish beside one's death: what estate planning does not say. */
export const INTENT_DAY_OR_WISH = jaRe(
  "つもり|決め|決心|覚悟|予定|今日|今夜|明日|今週|来週|今月|年内|までに|死にたい|死のう|消えたい|生きていけ|生きる意味|疲れ|限界|一緒に|連れて|道連れ|後を追|行こう|参り|参る|終わりに|終わらせ",
);

/** Right after 死 / 逝: a death closed in the past (逝けてよかった, 逝きました, 死んだ), not 逝けたら. */
export const TOLD_AS_OVER = jaRe(
  "^(?:(?:け|ね)(?:た(?!ら|い)|て(?!しまいたい|しまえ|ほしい))|き(?:まし)?た(?!ら|い)|っ(?:た(?!ら)|て(?!しまいたい|しまえ|ほしい))|ん(?:だ(?!ら)|で(?!しまいたい|しまえ|ほしい)))",
);
/** Who died, when it is not the writer: a pet, a vet's care, a relative. */
export const SOMEONE_WHO_DIED = jaRe(
  `${PET}|獣医|動物病院|老衰|父|母|祖父|祖母|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|夫|妻|兄|姉|弟|妹|叔父|叔母|伯父|伯母|友人|友達`,
);
/** The writer would go the same way (私も苦しまずに逝きたい). */
export const WRITER_TOO = jaRe(
  "(?:私|わたし|俺|おれ|僕|ぼく|自分|うち)も|(?:逝|死)(?:き|に)たい|(?:逝|死)(?:け|ね)たら",
);
