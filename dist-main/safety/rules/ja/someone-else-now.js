/**
 * The ja rules for someone else's danger that is happening now, by kind (the fourteenth pass,
 * after round 19): a farewell and then silence, shut in with a sound of harm and no answer, the
 * means gone missing after a farewell, a farewell or a last broadcast from a place of danger,
 * water refused after days without food. Each needs a sign of risk and a sign that it is now;
 * each has its look-alikes excluded beside it (asleep, headphones, a phone with no battery, a
 * move, a streaming career ending, vitamins). They are `attempt-in-progress`, so `urgent`: the
 * supporter is given the emergency numbers first. Examples in test/safety/rule-examples.json.
 * The seventeenth pass (after round 22) added a blade or a cord at their own body now, "いま屋上"
 * sent and silence since, and the means ready with the writer sent away for tonight; only the
 * second is reported only (the other two may be the writer's own).
 */
import { ja } from "../../rule-types.js";
// Words of ending (「もう終わりにする」, 今までありがとう, 母さんをよろしく): a farewell, not "おやすみ" or
// "またね", and not a wish (死にたい), which said before a silence is worry, not yet an emergency.
const FAREWELL_WORDS = "(?:今までありがと|いままでありがと|さよなら|さようなら|もう会えない|もうあえない|お別れ|おわかれ|終わりにする|おわりにする|終わらせる|死ぬ|消える|いなくなる|お世話になりました|ご迷惑をおかけしました|これが最後|最後の(?:投稿|配信|メッセージ)|迷惑(?:を)?かけてごめん|(?:母|お母さん|母さん|おかん|父|親|家族|みんな|猫|犬|妹|弟)(?:のこと)?(?:を)?(?:よろしく|頼む|たのむ|頼んだ)" +
    // ...and "it's not your fault" said as a goodbye (「お前のせいじゃない、さよなら」: the eighteenth pass).
    "|(?:お前|おまえ|あなた|あんた|君|きみ)の(?:せい|所為)じゃ(?:ない|ねえ|ねー|ありません)|誰の(?:せい|所為)でもない)";
// Said by them, not sent by the writer (彼女に「さよなら」って送った is the writer's own): quoted after
// someone named (弟が「…」, 兄から「…」) or received (「…」ってLINEしてきて, と言われ, 書き置き), or a
// farewell letter of theirs found (遺書のような紙を見つけ).
const FIRST_PERSON = "(?:私|わたし|僕|ぼく|俺|おれ|自分|あたし|うち)";
const RECEIVED = "(?:って|と)(?:だけ)?(?:line|LINE|メッセージ|メール|電話|dm|DM)?(?:で)?(?:が)?(?:来|き|届|送ってき|してき|言ってき|書いてき|くれ|言われ|いわれ|書き置き|投稿|言った(?:きり|あと)|言って(?:出|部屋|家|電話)|(?:書かれた|書いた|書いてある)(?:紙|手紙|メモ|便箋|ノート))";
const theirWords = (words) => `(?:(?<!${FIRST_PERSON})(?:が|から|は)(?:[^「.]{0,12}?(?:line|LINE|メッセージ|メール|dm|DM)で)?「[^」]{0,40}?${words}[^」]{0,30}」|「[^」]{0,40}?${words}[^」]{0,30}」${RECEIVED}|(?<!${FIRST_PERSON})(?:が|から)${words}(?:って|と|の)(?:言って|言い|line|LINE|メッセージ|メール|連絡)(?!し(?:た|て)))`;
const LETTER_FOUND = "(?:遺書|ゆいしょ)(?:のような|みたいな|らしき)?(?:紙|手紙|もの|メモ|文章|文面|書き置き|ノート)?(?:を|が)[^.]{0,6}?(?:見つけ|見つか|あった|あり|置いて)";
const FAREWELL = `(?:${theirWords(FAREWELL_WORDS)}|${LETTER_FOUND})`;
// Silence since then: no answer, no reply, unread, no sound, a door that does not open.
const SILENCE = "(?:(?:返事|へんじ|返信|応答|反応)(?:が|も|は)?(?:ない|なく|無い|ありません|ございません|しない|しません|こない|来ない)|既読(?:が|も)?(?:つかない|つかん|付かない|つきません|にならない)|電話(?:に|も)?(?:出ない|出ません|でない|出てくれない|繋がらない|つながらない)|連絡(?:が|も)?(?:つかない|取れない|とれない|つきません)|物音(?:が|も|ひとつ|一つ)?(?:しない|しません|聞こえない)|(?:どあ|扉|戸)(?:も|が)(?:開かない|あかない|開きません)|おふらいん" +
    // ...or the phone switched off since (電話したけど電源切れてる: the eighteenth pass).
    "|電源(?:が)?(?:切れて|切られて|入って(?:い)?ない|落ちて|おふ))";
// What explains a silence in daily life: asleep, headphones, a dead battery, work, a trip.
const SILENCE_EVERYDAY = "(?:ブロック|ぶろっく|別れ話|寝た|寝て|寝落ち|ねてる|ねた|いやほん|へっどほん|充電|電池|圏外|仕事中|バイト中|出張|電波|旅行|引っ越|引越|大丈夫だった|無事|元気|喧嘩|けんか|ケンカ|反抗期|いつものこと|げえむ|ゲーム|冗談|笑|ｗｗ|ww|おやすみ)";
// Shut in (閉じこもって, 鍵をかけて), a sound of harm inside (割れる音, 倒れる音), and no answer.
const SHUT_IN = "(?:閉じこも|閉じ籠|とじこも|立てこも|立て籠|こもって|籠もって|鍵(?:を)?(?:かけて|掛けて|閉めて))";
const HARM_SOUND = "(?:(?:何か|なにか|物|もの|ガラス|鏡|瓶|びん)?(?:が)?(?:割れる|われる|割れた|われた|倒れる|たおれる|倒れた|たおれた|落ちる|落ちた)(?:ような)?音|がしゃん|ガシャン|どさっ|ドサッ|どすん|ドスン|うめき声|うめく声|呻き声|叫び声)";
const NO_ANSWER = "(?:(?:呼んでも|ノックしても|叩いても|たたいても|声をかけても|話しかけても)[^.]{0,6}?)?(?:返事|へんじ|応答|反応)(?:が|も)?(?:ない|なく|無い|ありません|しない|しません|なし)";
const SHUT_EVERYDAY = "(?:いやほん|へっどほん|イヤホン|ヘッドホン|音楽|シャワー中|しゃわ中|寝て|ねて|寝とる|ゲーム|げえむ|料理|皿を|お皿|笑|大丈夫|無事|出てきた|出てきました)";
// The means gone missing (練炭の箱がなくなってる, 薬の瓶が消えてる) after a farewell or a word of
// being a burden (いないほうが楽, 迷惑かけてごめん) said by them.
// Named by where it was kept or whose it was (物置の練炭, 母の睡眠薬の瓶), or by its box or bottle: a
// bare 薬がなくなって is medicine run out.
const MEANS_GONE = "(?:(?:の|にあった|に置いてた|に置いてあった)(?:練炭|れんたん|七輪|しちりん|ろぷ|縄|なわ|ひも|紐|睡眠薬|眠剤|薬|くすり|包丁|ナイフ|農薬|除草剤|がむてぷ|ガムテ)(?:の箱|の瓶|のしと|の袋|の束|のケース)?|(?:練炭|れんたん|七輪|睡眠薬|眠剤|薬|くすり|農薬|除草剤)(?:の箱|の瓶|のしと|の袋|のケース))(?:が|も)(?:なくなって|なくなっ|無くなって|消えて|きえて|見当たらな|みあたらな)";
const BURDEN_OR_FAREWELL = `(?:${FAREWELL}|${theirWords("(?:いない(?:ほう|方)が|いなくなれば|迷惑(?:を)?かけ|楽だろ|楽になる|楽になれる)")})`;
const MEANS_EVERYDAY = "(?:買い足|使い切|使いきっ|飲み終わ|処方|ビタミン|びたみん|サプリ|さぷり|キャンプ|きゃんぷ|バーベキュー|ばべきゅ|bbq|料理|片付け|片づけ|捨てた|物置の整理|引っ越|引越)";
// Up high or by the water, there now (橋の上から配信してる, 屋上にいる, 海に来てる): a place of danger
// and a farewell or a last time said (「今日が最後の配信」, 今までありがとう).
const PLACE_NOW = "(?:橋|鉄橋|歩道橋|屋上|線路|踏切|崖|がけ|海|湖|川|ほむの端|ダム|だむ)(?:の上|の端|のふち|の縁|の近く|の前)?(?:から|に|で)[^.]{0,6}?(?:配信して(?:る|い(?:る|ます))|配信中|いる|います|(?:立って|来て|座って)(?:る|い(?:る|ます)))(?!らし)";
const LAST_TIME = `(?:${FAREWELL}|(?:今日|今夜|これ)が最後|最後の(?:配信|投稿|動画|写真|ライブ))`;
const PLACE_EVERYDAY = "(?:花火|夜景|撮影|観光|旅行|散歩|ジョギング|釣り|つり|海水浴|泳|サーフィン|ばべきゅ|バーベキュー|キャンプ|きゃんぷ|卒業|引退|最終回|ライブ会場|夕日|朝日|初日の出|笑|ｗｗ|ww)";
// Days without food, and now water refused too (「もう飲まなくていいよね」って水も拒否しだした).
const NO_FOOD_DAYS = "(?:[0-9０-９一二三四五六七八九十何数]+日|何日も|しばらく)(?:くらい|ぐらい|間|も|以上)?[^.]{0,10}?(?:何も|なにも|ご飯も|ごはんも|食事も)?(?:食べて|たべて|口にして)(?:ない|なくて|いない|いなくて|ません)";
const WATER_REFUSED = "(?:水|みず|飲み物|のみもの)(?:も|まで|を)(?:拒否|拒ん|こばん|飲まなく|のまなく|飲まない|のまない|飲もうとしない|口にしない|とらなく|取らなく)";
const FOOD_EVERYDAY = "(?:風邪|熱が|胃腸|検査|手術|断食|ファスティング|ダイエット|減量|吐き気|つわり|病院で点滴|点滴して)";
// A note of apology left on a door or with the rent (『大家さんへ ご迷惑をおかけします』と書いた紙,
// 「掃除代にしてください」), and no answer at the door: only someone outside reports it.
const APOLOGY_NOTE = "(?:「[^」]{0,40}?(?:ご迷惑を(?:おかけ|お掛け)|迷惑をかけて|ご迷惑|お世話になりました|すみません|ごめんなさい|申し訳|掃除代|清掃費|片付け(?:代|費)|後始末)[^」]{0,40}」(?:と|って)?(?:書いた|書かれた|書いてある|の)?(?:紙|手紙|メモ|書き置き|封筒|便箋)|(?:紙|手紙|メモ|書き置き|封筒|便箋)(?:に|が|を)[^.]{0,12}?「[^」]{0,40}?(?:ご迷惑|迷惑をかけ|お世話になりました|すみません|ごめんなさい|申し訳|掃除代|清掃費|後始末)[^」]{0,40}」)";
const DOOR_NO_ANSWER = "(?:(?:のっく|ノック|呼び鈴|インターホン|いんたほん|チャイム|ちゃいむ|呼んで|声をかけて)(?:を鳴らして|鳴らして|して)?(?:も)[^.]{0,6}?(?:応答|返事|反応|へんじ)(?:が|も)?(?:ない|なく|ありません|ございません|しない|しません|せん|なし)|(?:部屋|へや|中)から(?:の)?(?:応答|返事|反応)(?:が|も)?(?:ない|ありません))";
const NOTE_EVERYDAY = "(?:旅行|帰省|出張|入院|引っ越|引越|退去|解約|転勤|留守|不在票|宅配|工事|騒音|ペット|壊して|割って|汚して|弁償|笑)";
// A blade held, or a cord put round the neck, by someone at home now (息子が包丁を自分の首に当てて,
// 娘がベルトを自分の首に巻いて「もう終わりにしたい」と泣いています): harm under way. A blade needs no
// words beside it; a cord needs words of ending (a towel round the neck after a run is not this).
const BLADE = "(?:包丁|果物ナイフ|ナイフ|カッター|刃物|剃刀|かみそり|カミソリ|ハサミ|はさみ|割れたガラス|ガラスの破片)";
const TO_BODY = "(?:自分の)?(?:首|くび|喉|のど|手首|胸|腹|お腹|おなか)(?:に|へ|元に)";
const HELD_NOW = "(?:当て|あて|押し当て|押しあて|押しつけ|押し付け|向け|突きつけ|突き付け)(?:て(?!た|いた|ました)|てる|ている|ています|ながら|たまま)";
const BLADE_HELD = `(?:${BLADE}(?:を|の刃を)?[^.。]{0,8}?${TO_BODY}|${TO_BODY}${BLADE}(?:を)?)${HELD_NOW}`;
const CORD_ROUND_NECK = "(?:ロープ|縄|なわ|ベルト|紐|ひも|コード|延長コード|ケーブル|充電コード)(?:を)?[^.。]{0,6}?(?:自分の)?首に(?:巻いて|巻き付けて|巻きつけて|まいて|かけて|掛けて)(?:る|いる|います|たまま|て)?";
const ENDING_NOW = "(?:終わり|おわり|死|しぬ|しにた|消え|きえ|いなくな|生きて|いきて|楽にな|しょうがない|しかたない|仕方ない|もう無理|もうむり|さよなら|さようなら|迷惑)";
const AT_BODY_EVERYDAY = "(?:ドラマ|映画|漫画|アニメ|シーン|ゲーム|小説|まね|真似|ごっこ|遊んで|遊び|冗談|笑|ｗｗ|ww|マジック|手品|劇|芝居|撮影|コスプレ|料理|調理|髭|ひげ|剃って|マッサージ|湿布|保冷剤|散髪|ランニング|ジョギング|汗|寒|防寒|おしゃれ|ファッション)";
// "いま屋上" or "今、橋の上" sent by them with only a view (夜景の写真だけ), and no word since, and the
// writer asking for the police or unable to reach them: someone at a height now, gone quiet. A
// rooftop bar, fireworks, sightseeing or sleep explain it.
const AT_HEIGHT_SENT = "「[^」]{0,12}?(?:屋上|おくじょう|橋の上|橋にいる|鉄橋|歩道橋|ビルの上|線路|踏切|崖|がけ|ほむの端|ホームの端|ダム|展望台の柵)[^」]{0,12}」(?:って|と)?(?:だけ)?[^.。]{0,24}?(?:送って|送られて|来て|きて|届いて|投稿|あげて|上げて|載せて|のせて)";
const SILENT_SINCE = "(?:既読(?:が|も|に)?(?:つかない|つかん|付かない|つきません|ならない)|(?:電話|通話)(?:に|も)?(?:出ない|出ません|でない|出てくれない|つながらない|繋がらない)|(?:返信|返事|連絡)(?:が|も)?(?:ない|来ない|こない|つかない|取れない|とれない)|おふらいん)";
const AT_HEIGHT_ALARM = "(?:警察|けいさつ|救急|通報|110|119|捜索|だけ)";
const AT_HEIGHT_EVERYDAY = "(?:花火|撮影会|ビアガーデン|びあがでん|バーベキュー|ばべきゅ|bbq|飲み会|観光|旅行中|デート|夕日|朝日|初日の出|寝た|寝て|寝落ち|充電|電池|圏外|仕事中|バイト中|笑|ｗｗ|ww)";
// The means said as bought or ready, and the writer sent away for the night (「練炭買ってきたから、
// 今日はおばさんの家に泊まってきて」): the act set for tonight, with no one home. A barbecue,
// camping or a party is not this.
const MEANS_READY = "(?:練炭|れんたん|七輪|しちりん|炭|ロープ|縄|睡眠薬|眠剤|薬|くすり|農薬|除草剤|ガムテ|目張り)(?:を|は|も)?[^.。「」]{0,8}?(?:買った|買ってきた|かった|買いました|用意した|用意できた|準備した|集めた|ためた|溜めた|揃えた|そろえた|手に入れた|ある)";
const SENT_AWAY_TONIGHT = "(?:今夜|今晩|今日|こんや)(?:は|だけは)?[^.。]{0,16}?(?:家|うち|実家|ホテル|ところ|とこ|所)(?:に|へ|で)(?:泊まって|とまって|行って|いって|帰って|かえって|いて|おって|寝て)(?:きて|て|てくれ|てほしい|ください|下さい|ろ|こい)|(?:今夜|今晩|今日|こんや)(?:は|だけは)?[^.。]{0,8}?(?:帰ってくるな|帰ってこないで|帰ってこなくていい|戻ってくるな|家にいないで|うちにいないで|出かけてきて|出ていって)";
const SENT_AWAY_EVERYDAY = "(?:バーベキュー|ばべきゅ|bbq|焼肉|焼き肉|キャンプ|きゃんぷ|釣り|パーティ|飲み会|友達が来る|友だちが来る|彼女が来る|彼女を呼ぶ|サプライズ|誕生日|リフォーム|工事|燻煙|くんえん|バルサン|害虫|ゴキブリ|引っ越|引越|片付け|冗談|笑)";
/**
 * The rules above only someone else can report (a silence, a sound behind a door, the means gone
 * missing): a match makes the message about someone else (see subject.ts). From a place of danger
 * or water refused may be the writer's own.
 */
export const JA_REPORTED_ONLY_NOW = [
    "ja.attempt-in-progress.farewell-then-silence",
    "ja.attempt-in-progress.shut-in-sound-no-answer",
    "ja.attempt-in-progress.means-gone-after-farewell",
    "ja.attempt-in-progress.apology-note-no-answer",
    // "いま屋上" sent to the writer, and silence since (the seventeenth pass).
    "ja.attempt-in-progress.at-height-sent-then-silent",
];
export const JA_SOMEONE_ELSE_NOW_RULES = [
    {
        // 弟が「もう終わりにする」ってLINEしてきてから返事がない, 遺書のような紙を見つけた。今日は朝から
        // 物音がしません: a farewell said or left, and silence after it.
        id: "ja.attempt-in-progress.farewell-then-silence",
        level: "crisis",
        category: "attempt-in-progress",
        // The "no" is what is reported (返事がない): not a negation of the act.
        negatable: false,
        pattern: ja(`${FAREWELL}[^]{0,80}?${SILENCE}(?<!${SILENCE_EVERYDAY}[^]{0,140})(?![^]{0,60}${SILENCE_EVERYDAY})`),
    },
    {
        // 娘が浴室に閉じこもって出てきません。中で何か割れる音がして、呼んでも返事がない: shut in, a
        // sound of harm inside, and no answer.
        id: "ja.attempt-in-progress.shut-in-sound-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${SHUT_IN}[^]{0,60}?${HARM_SOUND}[^]{0,40}?${NO_ANSWER}(?<!${SHUT_EVERYDAY}[^]{0,140})(?![^]{0,60}${SHUT_EVERYDAY})`),
    },
    {
        // 「俺がいないほうが楽だろ」ってメッセージのあと…物置の練炭の箱がなくなってる: a farewell or a
        // word of being a burden, and the means gone missing, either order.
        id: "ja.attempt-in-progress.means-gone-after-farewell",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${BURDEN_OR_FAREWELL}[^]{0,120}?${MEANS_GONE}|${MEANS_GONE}[^]{0,120}?${BURDEN_OR_FAREWELL})(?<!${MEANS_EVERYDAY}[^]{0,160})(?![^]{0,60}${MEANS_EVERYDAY})`),
    },
    {
        // 配信者の友達が「今日が最後の配信」って言って、橋の上から配信してる: a farewell or a last time
        // said, from a place of danger, there now; either order.
        id: "ja.attempt-in-progress.last-time-from-danger-place",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${LAST_TIME}[^]{0,60}?${PLACE_NOW}|${PLACE_NOW}[^]{0,60}?${LAST_TIME})(?<!${PLACE_EVERYDAY}[^]{0,140})(?![^]{0,60}${PLACE_EVERYDAY})`),
    },
    {
        // ルームメイトが3日くらい何も食べてなくて、今日から水も拒否しだした: days without food, and now
        // water refused: someone whose body is giving out, whoever reports it.
        id: "ja.attempt-in-progress.water-refused-after-days",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${NO_FOOD_DAYS}[^]{0,60}?${WATER_REFUSED}(?<!${FOOD_EVERYDAY}[^]{0,120})(?![^]{0,60}${FOOD_EVERYDAY})`),
    },
    {
        // ドアに『大家さんへ ご迷惑をおかけします』と書いた紙が貼ってあります。ノックしても応答がありません:
        // a note of apology left at the door, and no answer (the sixteenth pass, after round 21).
        // A trip, a move out, a noise complaint or a parcel note are not this.
        id: "ja.attempt-in-progress.apology-note-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${APOLOGY_NOTE}[^]{0,80}?${DOOR_NO_ANSWER}|${DOOR_NO_ANSWER}[^]{0,80}?${APOLOGY_NOTE})(?<!${NOTE_EVERYDAY}[^]{0,160})(?![^]{0,60}${NOTE_EVERYDAY})`),
    },
    // ----------------------------------------------- seventeenth pass (after round 22)
    {
        // 息子（47）が果物ナイフを自分の喉に当てて「もう生きててもしょうがない」と言っています, 娘がベルトを
        // 自分の首に巻いて「もう終わりにしたい」と泣いています: a blade held to the body, or a cord round the
        // neck with words of ending, now. A drama copied in play, cooking, a towel after a run are not.
        id: "ja.attempt-in-progress.blade-or-cord-at-own-body",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${BLADE_HELD}|${CORD_ROUND_NECK}(?:(?<=${ENDING_NOW}[^]{0,60})|(?=[^]{0,60}${ENDING_NOW})))(?<!${AT_BODY_EVERYDAY}[^]{0,80})(?![^]{0,40}${AT_BODY_EVERYDAY})`),
    },
    {
        // 台湾のネッ友が「今、橋の上」って川の写真だけ送ってきて、それっきり既読にならない。向こうの警察に
        // 連絡できる？: "now at a height" sent by them, only that, and no word since. A rooftop beer
        // garden, fireworks, sightseeing or a friend asleep are not this.
        id: "ja.attempt-in-progress.at-height-sent-then-silent",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${AT_HEIGHT_SENT}(?=[^]{0,60}?${SILENT_SINCE})(?:(?<=${AT_HEIGHT_ALARM}[^]{0,120})|(?=[^]{0,120}${AT_HEIGHT_ALARM}))(?<!${AT_HEIGHT_EVERYDAY}[^]{0,120})(?![^]{0,120}${AT_HEIGHT_EVERYDAY})`),
    },
    {
        // 息子（46）が今夜、「練炭買ってきたから、今日はおばさんの家に泊まってきて」と言いました: the means
        // ready and the writer sent away for tonight, either order: the act set for when no one is home.
        // A barbecue, camping, friends coming over or a fumigation are not this.
        id: "ja.attempt-in-progress.means-ready-sent-away-tonight",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${MEANS_READY}[^]{0,60}?${SENT_AWAY_TONIGHT}|${SENT_AWAY_TONIGHT}[^]{0,60}?${MEANS_READY})(?<!${SENT_AWAY_EVERYDAY}[^]{0,140})(?![^]{0,60}${SENT_AWAY_EVERYDAY})`),
    },
];
//# sourceMappingURL=someone-else-now.js.map