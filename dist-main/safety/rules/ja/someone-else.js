/**
 * The ja rules for emergencies reported about someone else: what a crisis worker hears in a
 * family member's or a supporter's message (a body behind a locked door, someone gone with the
 * means, a fall heard in a call, a client who closed his affairs and no longer answers). Each
 * rule's examples are in test/safety/rule-examples.json. They are `attempt-in-progress`, so
 * `urgent`: the supporter is given the emergency numbers first.
 */
import { ja } from "../../rule-types.js";
// No answer from someone, in standard speech or dialect (返事せん, 返事がねえ, 応答なし).
const NO_ANSWER = "(?:返事|へんじ|応答|反応|返答)(?:が|も|は|を)?(?:ない|なく|無い|ありません|ございません|しない|しません|せん|せえへん|しよらん|しとらん|ねえ|ねぇ|あらへん|なし)";
// ...or a sign that no one has seen them or can get in.
const UNREACHED = `(?:${NO_ANSWER}|出てこ(?:ない|なく|ん)|姿を(?:見|みかけ|見かけ)(?:ない|なく|ません)|見かけ(?:ない|なく|ません)|鍵が(?:かかって|掛かって)|(?:開け|あけ)(?:られ)?(?:ない|ん|へん|ません)|開かない|あかない|郵便(?:物)?が(?:たまって|溜まって|あふれ)|新聞が(?:たまって|溜まって))`;
// A smell named as wrong: not the kitchen's or a bin's (those are excluded after the match).
const BAD_SMELL = "(?:(?:変な|へんな|異様な|いやな|嫌な|ひどい|酷い|妙な|腐った(?:ような)?|甘ったるい|すごい|きつい)(?:匂|臭|におい|にほい)|異臭|悪臭|腐敗臭|死臭)";
// What the same words are in daily life, said beside them.
const EVERYDAY_SMELL = "(?:生ごみ|生ゴミ|ごみ|ゴミ|排水|下水|冷蔵庫|料理|カレー|焼き|魚|トースト|猫|ねこ|犬|いぬ|ペット|芳香剤|香水|タバコ|たばこ|煙草|洗濯|靴下|カビ|かび|寝てた|寝てる|イヤホン|無事|大丈夫|掃除)";
// "I'll go to where Dad is", said by the old person (お父さんのところに行く, 主人の元へ逝きたい).
const JOIN_DEAD = "(?:お父さん|おとうさん|お母さん|おかあさん|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|主人|夫|妻|父|母|パパ|ママ|あの人|旦那)(?:さん|ちゃん)?(?:の)?(?:ところ|とこ|所|元|もと|側|そば)(?:に|へ)(?:行く|いく|行き|いき|逝く|逝き)";
// ...beside food refused or a keepsake handed over.
const LETTING_GO = "(?:食べ(?:ない|なく|ようとしない|ません|て(?:い)?な)|食事(?:を|も|は)?(?:とらな|取らな|しな|とって(?:い)?な|とってくれな)|(?:指輪|ゆびわ|形見|着物|通帳|時計|宝石)(?:を)?[^.]{0,8}?(?:くれ|渡し|渡され|預け|譲))";
// Silence behind the door: not a sound, no sign of life (物音ひとつしない, しーんとしてる).
const SILENT = "(?:物音|ものおと|音)(?:ひとつ|一つ|ひとつも|一つも|も|が)?(?:しない|しません|せん|せえへん|聞こえない|きこえない|聞こえません|しなくなっ)|静まり返|しずまりかえ|(?:中から|なかから|部屋から|向こうから)(?:は)?(?:何も|なにも)(?:聞こえ|きこえ)(?:ない|ません|へん|ん)";
// Days without an answer on the phone or by message.
const DAYS_UNANSWERED = `(?:[0-9０-９一二三四五六七八九十何数]+日|一週間|1週間|しばらく|ずっと)(?:間|も|くらい|ほど|以上)?[^.]{0,6}?(?:電話に出(?:ない|ません|ん|てくれない)|でんわにでない|連絡(?:が)?(?:つかない|取れない|とれない|つかん|ない)|既読(?:が)?(?:つかない|つかん)|${NO_ANSWER})`;
// Post or papers piling up at the door.
const POST_PILING = "(?:新聞|しんぶん|郵便物|郵便|ゆうびん|ポスト|チラシ)(?:も|が)?[^.,]{0,8}?(?:たまって|溜まって|たまっとる|溜まっとる|あふれ|溢れ|いっぱい|パンパン|ぱんぱん)";
// What the same signs are in daily life.
const AWAY_OR_FINE = "(?:旅行|りょこう|出張|帰省|入院|留守|るす|不在|外出|出かけ|でかけ|寝て|ねて|寝とる|ゲーム|イヤホン|ヘッドホン|音楽|大丈夫|無事|元気|スマホ(?:を)?(?:なくし|落とし|壊)|携帯(?:を)?(?:なくし|落とし|壊)|海外|旅)";
// Medicine found used up: empty sheets, shells or boxes (空の薬のシートが大量に, 睡眠薬の空き箱).
const MED = "(?:薬|くすり|睡眠薬|睡眠導入剤|眠剤|錠剤|安定剤|精神薬|向精神薬|鎮痛剤|痛み止め|風邪薬|頭痛薬|市販薬|処方薬)";
const EMPTY_MEDS = `(?:(?:空|から|空っぽ)(?:の|っぽの|になった|になってる|になっている)[^.]{0,4}?${MED}|${MED}(?:の)?(?:シート|殻|から|空き箱|空箱|空き瓶|空瓶|ゴミ|ごみ|包装|箱|瓶)(?:が|も|は)?[^.]{0,8}?(?:空|から|大量|たくさん|いっぱい|山ほど|散らば|何枚|何箱|何個|いくつも|全部|ぜんぶ))`;
// ...and someone who cannot be woken or breathes strangely (呼んでも起きない, いびきみたいな変な息).
// ...or barely roused: the response dulled (揺すっても反応がにぶい), only a groan, eyes that do not open
// (the seventeenth pass, after round 22).
const UNWAKEABLE = "(?:(?:呼んでも|揺すっても|ゆすっても|起こしても|叩いても|たたいても|声をかけても|話しかけても|呼びかけても|肩を(?:叩|たた|揺す|ゆす)いても|つねっても)[^.]{0,6}?(?:起きない|起きん|起きへん|起きひん|起きません|目を覚まさない|目を開けない|目をあけない|反応(?:が|も)?(?:ない|しない|なし|ほとんどない|にぶい|鈍い|うすい|薄い|弱い|鈍くて|にぶくて)|返事(?:が)?(?:ない|しない)|(?:うう|う)ん(?:と|って)?(?:唸る|うなる|言う)だけ|唸るだけ|うなるだけ)|目を覚まさない|意識が(?:ない|なく|もうろう|朦朧)|いびき(?:みたいな|のような|をかいて|かいて)?[^.]{0,6}?(?:息|呼吸)|(?:変な|へんな|おかしな|苦しそうな|ぜえぜえ|ごろごろ)(?:息|呼吸)|(?:息|呼吸)(?:が|の仕方が)(?:変|へん|おかしい|浅い|弱い))";
// What the same words are in daily life: supplements, a lie-in, a hangover, a pet.
const EVERYDAY_SLEEP = "(?:ビタミン|サプリ|鉄剤|整腸剤|漢方|のど飴|ガム|寝坊|二日酔い|飲み会|夜勤|昼まで|休みの日|猫|ねこ|犬|いぬ|ペット)";
// Shut in with a blade or the means (包丁持って風呂場に閉じこもって), in standard speech or dialect.
const SHUT_IN = "(?:閉じこも|閉じ籠|とじこも|立てこも|立て籠|たてこも|籠城|こもって|こもっと|こもっち|籠もって|籠って|鍵(?:を)?(?:かけて|掛けて|閉めて)(?:入っ|こも|閉じ|出てこ))";
const SHUT_MEANS = "(?:包丁|ほうちょう|ナイフ|カッター|刃物|剃刀|カミソリ|ロープ|縄|練炭|七輪|睡眠薬|眠剤|薬を(?:全部|大量))";
// ...and words of ending it said (「もう終わりにする」言うて, 死んだる, さよなら).
const ENDING_SAID = "(?:終わりにする|終わりにしたる|終わりや|おわりにする|終わらせる|終わらしたる|もう終わり|死ぬ|死んだる|死んでやる|死にたい|消える|消えたる|さよなら|さようなら|ばいばい|今までありがとう|ごめんな|楽になる|生きて(?:い)?たくない|もうええ|もういい)";
// A threat to whoever comes in is danger at home, not this; cooking, a film or a game are not.
const SHUT_EVERYDAY = "(?:(?:入ってきたら|入ったら|近づいたら|来たら|開けたら|寄ったら)[^.]{0,8}?(?:殺|刺)|料理|調理|魚|さばい|捌い|研い|研ぎ|ゲーム|映画|ドラマ|漫画|アニメ|小説|撮影|ハロウィン|かぼちゃ|工作)";
// Up high (屋上, ビルの上, 橋の上), a farewell (さよなら, みんなありがとう, addio) and no way to reach
// them (電話がつながらない, 電源が切れてる, 既読がつかない): someone who may be about to jump.
const HIGH = "(?:線路|せんろ|踏切|ホームの端|駅のホーム|屋上|おくじょう|ビルの上|ビルのてっぺん|マンションの上|団地の上|橋の上|鉄橋|歩道橋|崖|がけ|断崖|ベランダの柵|手すりの外|柵の外|フェンスの外|高いところ|高い所|[0-9]+階(?:の窓|から|の上|の手すり)|最上階|てっぺん)";
const FAREWELL_POSTED = 
// A bare apology is a farewell only as the whole of what was sent (「ごめんなさい」, 「ごめん、先生」).
"(?:「(?:ごめん|ごめんね|ごめんな|ごめんなさい|すみません)(?:,?(?:先生|せんせい|お母さん|お父さん|母さん|父さん|みんな))?」|さよなら|さようなら|ばいばい|お別れ|おわかれ|みんなありがとう|今までありがとう|いままでありがとう|じゃあね|元気でね|もう会えない|goodbye|good bye|bye bye|addio|adios|adieu|farewell)";
const UNREACHABLE = "(?:電話(?:に|が|も)?(?:出ない|出ん|出へん|でない|出ません|繋がらない|つながらない|つながらん|繋がらん|つながりません|繋がりません)|電源(?:が)?(?:切れて|入って(?:い)?ない|入ってへん|入っていません|オフ)|連絡(?:が|も)?(?:つかない|取れない|とれない|つかん|つかへん|つきません|取れません|とれません)|既読(?:が|も)?(?:つかない|つかん|付かない|つきません)|返信(?:が|も)?(?:ない|こない|来ない)|応答(?:が)?ない|居場所(?:が)?(?:わからない|分からない))";
// A move, a trip, a party or a view explain a farewell from up high.
const FAREWELL_EVERYDAY = "(?:遅延|遅れ|運休|見合わせ|乗り遅れ|寝坊|引っ越|引越|留学|海外|転勤|転校|卒業|送別|パーティ|飲み会|ライブ|花火|夜景|旅行|結婚式|誕生日|退職|イベント|バーベキュー|bbq|撮影会|充電|電池|圏外)";
// A notebook, diary or calendar of theirs, found with a day to die written in it (娘の手帳に
// 「〇日に死ぬ」と書いてある): the plan is written, with its date.
const NOTEBOOK = "(?:手帳|日記|ノート|メモ|スケジュール帳|カレンダー|予定表|スマホのメモ|メモ帳)";
const DATE_SET = "(?:[0-9〇○×xX]+月[0-9〇○×xX]*日?|[0-9〇○×xX]+日|[月火水木金土日]曜|来週|来月|明日|明後日|あさって|誕生日|今週末|週末|今夜|今晩|この日|その日|決行日|xデ)";
const DEATH_WRITTEN = "(?:死ぬ|死にます|しぬ|死のう|死ね(?:る|ますように)|死んで|終わりにする|終わらせる|決行|最期|さよなら|消える|いなくなる|自殺|この世を去)";
const NOTEBOOK_EVERYDAY = "(?:試験|テスト|受験|模試|締め切り|締切|面接|発表|提出|ライブ|推し|誕生日会|予約|歯医者|病院|バイト|シフト|ゲーム|小説|漫画|台本|ドラマ|映画|キャラ)";
// A weapon taken up and carried at someone named (父が包丁を持って弟を追いかけてる): violence at
// home under way, reported by someone who is not its target.
const WEAPON = "(?:包丁|ナイフ|刃物|バット|金属バット|ハンマー|金槌|木刀|ゴルフクラブ|斧|鉈|なた|鎌)";
const ARMED_AT = "(?:持って|もって|持ち出して|手にして|握って|振り回して|振りかざして|構えて)";
const TARGET_NAMED = "(?:息子|娘|子ども|子供|こども|うちの子|孫|弟|妹|兄|姉|母|妻|嫁|夫|父|祖母|祖父)(?:さん|くん|君|ちゃん)?";
// A farewell or a wish to die said (「今までありがとう」ってLINEしてきて), a locked door, and no answer
// or no sound behind it: someone who may be unable to answer now.
const FAREWELL_OR_WISH = "(?:今までありがと|いままでありがと|ありがとう|ありがとな|さよなら|さようなら|ばいばい|ごめんね|ごめんなさい|ごめん|お世話になりました|死にたい|死ぬ|消えたい|もう終わり|終わりにする)";
const LOCKED = "(?:鍵が(?:かかって|掛かって|しまって|閉まって)|鍵(?:を)?(?:かけて|掛けて|閉めて|かけた|掛けた|閉めた|かけとる|かけてる|かけとう)|(?:ドア|扉|戸)が(?:開かない|あかない|開きません))";
// ...or a message of theirs left unread since (さよならってLINEが来て、それから既読がつかない).
const UNREAD = "既読(?:が|も)?(?:つかない|つかん|付かない|つきません|にならない)";
const BEHIND_DOOR_EVERYDAY = "(?:寝て|ねて|寝とる|イヤホン|ヘッドホン|ゲーム|喧嘩|けんか|ケンカ|反抗期|いつものこと|大丈夫|無事|出てきた|出てきました|風呂|シャワー|着替え|トイレ中)";
// Words of dying now, heard through a door or from inside a room (中から「入ってくるな、今から死ぬ」,
// 玄関越しに「もう終わりにする、今日が最後」): said by someone the writer cannot reach.
const THROUGH_DOOR = "(?:中から|なかから|部屋から|室内から|奥から|(?:ドア|扉|玄関|戸|壁|窓|ふすま|襖)(?:越しに|ごしに|の向こうから|の奥から|の内側から))";
const DYING_NOW = "(?:(?:今から|いまから|これから|今すぐ|もう|今夜|今日で)[^」]{0,12}?(?:死ぬ|しぬ|死んでやる|しんでやる|死にます|終わりにする|おわりにする|終わらせる)(?!ほど|かと|みたい|くらい|ぐらい)|(?:今日|今夜|これ)が最後(?!の))";
// A game, a film, a joke, a quarrel or a chat about something ending explains it.
const DOOR_WORDS_EVERYDAY = "(?:ゲーム|げーむ|ドラマ|映画|テレビ|配信|動画|漫画|小説|冗談|笑|喧嘩|けんか|ケンカ|話は|宿題|課題|片付け|掃除|ダイエット|締め切り|締切)";
// Fuel smelt, and someone saying they will set fire to the place or to themselves: 灯油の臭い +
// 「部屋に火をつけて死ぬ」.
const FUEL_SMELL = "(?:ガソリン|灯油|ライターオイル|オイル|シンナー)(?:の)?(?:臭い|におい|匂い|臭|匂)(?:が|も)?";
const FIRE_SELF = "(?:火を(?:つけ|付け|放)|火(?:つけ|付け)|燃や|放火|焼け死|焼身|自分ごと|一緒に燃)";
const FUEL_EVERYDAY = "(?:ストーブ|ファンヒーター|給油|ガソリンスタンド|スタンド|セルフ|車|バイク|草刈|芝刈|発電機|キャンプ|バーベキュー|BBQ|焚き火|花火|料理|ゲーム)";
// Words of ending said, and then out onto a balcony or a roof and not back, or shut out (「明日の朝には
// もういないから」と言ってベランダに出たまま、三十分戻ってこない): someone at a height, now.
const OUT_TO_HEIGHT = "(?:ベランダ|バルコニー|屋上|非常階段|外階段|窓の外)(?:に|へ|まで)(?:出|上がっ|あがっ|上っ|のぼっ|登っ|行っ|いっ)(?:た|て|ていった|ていきました|たまま|たきり|ました)";
const NOT_BACK_IN = "(?:戻ってこ(?:ない|ん|なく)|戻って(?:き|こ)ません|戻らない|戻りません|帰ってこない|入ってこない|返事(?:が)?(?:ない|ありません)|鍵を(?:かけ|掛け|閉め)(?:られ|た)|(?:窓|戸|ドア)(?:に|の)?鍵)";
const ENDING_WORDS = "(?:もういない|もう居ない|いなくなる|最後|さよなら|さようなら|ばいばい|死ぬ|終わりにする|終わらせる|消える|今までありがと|飛ぶ|飛び降り)";
const HEIGHT_EVERYDAY = "(?:洗濯|布団|タバコ|たばこ|煙草|一服|電話|星|花火|月を|涼|植物|水やり|猫|ねこ|ストレッチ|喧嘩|けんか|ケンカ|バーベキュー|bbq|日光浴)";
// Many pills shown with a goodbye, and no answer since (ネッ友が「ばいばい」って薬の写真を送ってきて、
// 既読がつかない): an overdose that may be under way.
const PILLS_SHOWN = "(?:(?:薬|くすり|錠剤|睡眠薬|眠剤|市販薬)(?:の)?(?:写真|画像|山)|(?:大量|たくさん|いっぱい|山ほど)の(?:薬|くすり|錠剤|睡眠薬|眠剤)|(?:薬|くすり|錠剤|睡眠薬|眠剤)(?:を|が)?(?:大量に|たくさん|山ほど|いっぱい|ずらっと|並べ))";
const PILLS_EVERYDAY = "(?:薬局|ドラッグストア|処方箋|サプリ|ビタミン|飲み忘れ|整理|ピルケース|お薬カレンダー|ペット|猫|ねこ|犬|いぬ|動物病院|旅行|留学|引っ越|引越|充電|電池|圏外|おやすみ|寝落ち)";
// Somewhere far away said with a goodbye, and then gone from the server, the group or the account
// (ネッ友が「今から遠くに行く、じゃあね」って書いてサーバーを抜けた): a vague farewell, asked about.
const FAR_AWAY = "(?:遠く|とおく|遠い(?:ところ|とこ|所)|遠いとこ)(?:に|へ)(?:行|い|逝)";
const GOODBYE_WORD = "(?:じゃあね|じゃあな|さよなら|さようなら|ばいばい|バイバイ|今までありがと|いままでありがと|お別れ|元気でね|元気でな|またね(?!.{0,6}明日))";
const LEFT_ONLINE = "(?:(?:サーバー|サーバ|鯖|グループ|グル|ディスコ|discord|ライン|line|チャンネル|ギルド|クラン)(?:を|から)?[^.]{0,4}?(?:抜け|ぬけ|退出|脱退|消え|きえ)|垢(?:を)?消|アカ(?:ウント)?(?:を)?(?:消|削除)|退会)";
const LEFT_EVERYDAY = "(?:引っ越|引越|留学|受験|転校|転勤|引退|卒業|飽き|別ゲー|他のゲーム|新しい(?:サーバー|鯖|アカ|グループ)|移行|サブ垢|喧嘩|けんか|荒らし|旅行|海外|単身赴任|入院|バイト|仕事|明日)";
// A farewell written on a note left at their door (「今までありがとう、ごめんなさい」と書かれた紙), and
// no answer: someone who may be unable to answer now.
const NOTE = "(?:紙|手紙|メモ|置き手紙|書き置き|便箋|びんせん|ノート|カード)";
const FAREWELL_NOTE = `(?:「[^」]{0,30}?${FAREWELL_OR_WISH}[^」]{0,30}」(?:と|って)?[^.]{0,8}?(?:書かれた|書いた|書いてある|書いてあった|書かれている|書かれていた)?[^.]{0,4}?${NOTE}|${NOTE}(?:に|が|には)[^.]{0,8}?「[^」]{0,30}?${FAREWELL_OR_WISH})`;
const NOTE_EVERYDAY = "(?:誕生日|母の日|父の日|敬老|寄せ書き|卒業|送別|退職|引っ越|引越|旅行|留学|プレゼント|嬉し|うれし|感謝の|お礼の|バレンタイン|クリスマス)";
// Food refused for a week or more (ごはん たべない もう10日), and little water or a body gone thin.
const NO_FOOD = "(?:(?:ご飯|ごはん|食事|何も|なにも)?(?:を|も)?(?:食べ|たべ)(?:ない|なく|ません|て(?:い)?な(?:い|く)|ようとしない)|食事(?:を|も)?(?:とらない|取らない|とって(?:い)?な(?:い|く)|しない))";
const WEEK_OR_MORE = "(?:(?:[7-9]|[1-9][0-9])日|十日|[一1１]週間|[2-9２-９二三]週間|何週間|(?:7|8|9|10|七|八|九|十)日間?)";
const LITTLE_WATER = "(?:(?:水|みず|飲み物|のみもの)(?:も|は)(?:すこし|少し|ちょっと|ほとんど|あまり|ひとくち|一口)|(?:水|みず)(?:も|は)?(?:飲まない|のまない|飲んでない|のんでない|飲もうとしない)|やせ|痩せ|(?:病院|びょういん|医者)(?:は|に)?(?:いや|嫌|行かない|いかない|行きたくない|拒))";
const NO_FOOD_EVERYDAY = "(?:風邪|熱が|胃腸|検査|手術|断食|ファスティング|ダイエット|減量|つわり|ラマダン|吐き気|点滴して)";
// Their searches found, asking how much of a medicine kills or how to die (退院したばかりの息子のパソコン
// に「睡眠薬 何錠 死ねる」という検索が残っていました): a method asked, by them. Revision, a report, a
// mystery novel or a child who swallowed something are not this.
const SEARCHES_FOUND = "(?:検索履歴|検索|履歴|調べた|調べてた|調べていた|ググって|ぐぐって|検索して)";
const LETHAL_SEARCHED = "「[^」]{0,30}?(?:致死量|何錠(?:で|飲めば|のめば)?\\s?(?:死|しね|しぬ)|何粒(?:で)?\\s?(?:死|しね)|(?:死ね|しね)る(?:薬|量|方法)|楽に(?:死|しね)|自殺\\s?(?:方法|やり方)|死に方|(?:死|しね)(?:ぬ|る)\\s?方法|首吊り|練炭\\s?やり方)[^」]{0,30}」";
const SEARCHES_EVERYDAY = "(?:薬学|看護|医学部|国試|国家試験|試験|テスト|レポート|課題|授業|勉強|ドラマ|小説|推理|ミステリ|漫画|ゲーム|子ども|子供|こども|赤ちゃん|誤飲|ペット|犬|猫|いぬ|ねこ)";
// Treasured things given to the writer by someone, with "I won't use it any more" (大事にしてた腕時計
// くれた。『もう使わんから』): giving away, a warning sign about them. A new one bought, a move, a
// clear-out, a hobby given up or a gift are not this.
const TREASURED_GIVEN = "(?:(?:大事|大切|だいじ|たいせつ)(?:に)?(?:してた|していた|してる|している|な)|愛用(?:の|してた|していた)|宝物(?:の|だった)|形見(?:の|だった)|いつも(?:つけてた|つけていた|していた|してた|使ってた|持ってた))[^.。]{0,14}?(?:くれた|くれました|くれて|もらった|もらいました|譲ってくれ|渡してきた|渡された)";
const GIVING_OUT = "(?:私物|持ち物|物|もの|コレクション|服|本|ゲーム)(?:を|も)[^.。]{0,8}?(?:配って|くばって|配り|あげまくって|人にあげて|みんなにあげて|譲って回って)";
const NO_LONGER_USE = "(?:もう|今後)(?:使わ|つかわ|いら|要ら|必要(?:ない|なくな|ねえ)|使うこと(?:も)?ない|使うことないし|持ってて(?:も)?しょうがな|持ってても意味)";
const TREASURED_EVERYDAY = "(?:新しい|新品|買い替え|買いかえ|買い換え|機種変|新型|最新|引っ越|引越|断捨離|片付け|片づけ|整理|卒業|辞めた|辞める|引退|飽き|趣味|お下がり|おさがり|誕生日|プレゼント|サイズ|太った|痩せた|似合う|老眼|目が悪く|膝|腰|結婚|出産|留学|転勤)";
// A parent's words that they cannot die leaving someone behind and will take them along
// (残して死ねない…一緒に連れて行く, 道連れにする, 一緒に死のう), the eighteenth pass (after round 23).
const LEAVE_BEHIND = "(?:(?:一人|ひとり|独り)?(?:残して|のこして|置いて|おいて)(?:は)?(?:死ね|しね|逝け|いけ|行け)(?:ない|ん|へん|ません)|(?:残して|のこして|置いて|おいて)(?:いく|行く|逝く)(?:のは|わけには)[^」]{0,6}?(?:できない|いかない|いかん|無理))";
const TAKE_ALONG = `(?:${LEAVE_BEHIND}[^」]{0,30}?(?:一緒に|いっしょに|連れて|つれて)[^」]{0,6}?(?:行|い|逝|死)|道連れ|みちづれ|(?:一緒に|いっしょに)(?:連れて|つれて)(?:行く|いく|逝く)(?:から|よ|わ|ね|しかない)[^」]{0,4}」[^.]{0,20}?(?:死|しぬ|しね|逝))`;
const TAKE_ALONG_EVERYDAY = "(?:旅行|りょこう|引っ越|引越|海外|留学|転勤|入院|施設|買い物|温泉|帰省|ドラマ|映画|ゲーム|冗談|笑|ｗｗ|ww|ペット|猫|犬)";
export const JA_SOMEONE_ELSE_RULES = [
    {
        // 息子の部屋の前に「今までありがとう、ごめんなさい」と書かれた紙。何度声をかけても返事がございません:
        // a farewell note left, and no answer. A birthday card or a leaving card is not this.
        id: "ja.attempt-in-progress.farewell-note-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${FAREWELL_NOTE}(?=[^]{0,100}?${NO_ANSWER})(?<!${NOTE_EVERYDAY}[^]{0,120})(?![^]{0,100}${NOTE_EVERYDAY})`),
    },
    {
        // ネッ友が「今から遠くに行く、じゃあね」って書いてサーバーを抜けた: far away, a goodbye, and gone
        // from where they talked. A move, exams, another game or a quarrel are not this. A concern:
        // the supporter is asked to check in, the words alone do not say an act.
        id: "ja.farewell.far-away-and-gone-offline",
        level: "concern",
        category: "farewell",
        negatable: false,
        pattern: ja(`${FAR_AWAY}(?:(?<=${GOODBYE_WORD}[^]{0,40})|(?=[^]{0,40}${GOODBYE_WORD}))(?=[^]{0,60}${LEFT_ONLINE})(?<!${LEFT_EVERYDAY}[^]{0,80})(?![^]{0,80}${LEFT_EVERYDAY})`),
    },
    {
        // 息子が呼んでも返事がない。ドアの隙間から変な匂い, お隣が何週間も見かけない、異臭がする: someone
        // unanswering or unseen behind a door, and a smell named as wrong, either order.
        id: "ja.attempt-in-progress.unanswered-smell",
        level: "crisis",
        category: "attempt-in-progress",
        // The "no" is what is reported (返事がない, "not answering"): not a negation of the act.
        negatable: false,
        pattern: ja(`(?:${UNREACHED}[^]{0,60}?${BAD_SMELL}|${BAD_SMELL}[^]{0,60}?${UNREACHED})(?<!${EVERYDAY_SMELL}[^]{0,80})(?![^]{0,40}${EVERYDAY_SMELL})`),
    },
    {
        // 夫が車で出ていったまま戻りません。トランクに七輪を積んでいた: someone gone, not back or not
        // answering, and the means taken with them, either order.
        id: "ja.attempt-in-progress.gone-with-means",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja("(?:(?:出ていった|出て行った|出てった|出ていき|出て行き|出かけた|でかけた|出たきり|出たまま|家を出|車で出|飛び出し|いなくなっ)[^]{0,30}?(?:戻ら|戻ってこ|戻って(?:き|こ)ませ|戻りませ|もどら|帰ら|帰りませ|帰ってこ|帰って(?:き|こ)ませ|かえってこ|連絡(?:が)?(?:つかない|取れない|とれない|ない)|電話に出(?:ない|ません|ん)|既読(?:が)?(?:つかない|つかん)|行方)[^]{0,80}?(?:七輪|練炭|炭|ロープ|縄|ホース|目張り|ガムテ|農薬|除草剤|睡眠薬|眠剤|薬を(?:全部|大量)|包丁|猟銃|遺書)|(?:七輪|練炭|炭|ロープ|縄|ホース|目張り|ガムテ|農薬|除草剤|睡眠薬|眠剤|薬を(?:全部|大量)|包丁|猟銃|遺書)[^]{0,80}?(?:出ていった|出て行った|出てった|出かけた|でかけた|出たきり|出たまま|家を出|車で出|飛び出し|いなくなっ)[^]{0,30}?(?:戻ら|戻ってこ|戻って(?:き|こ)ませ|戻りませ|もどら|帰ら|帰りませ|帰ってこ|帰って(?:き|こ)ませ|かえってこ|連絡(?:が)?(?:つかない|取れない|とれない|ない)|電話に出(?:ない|ません|ん)|既読(?:が)?(?:つかない|つかん)|行方))(?<!(?:キャンプ|バーベキュー|bbq|焼肉|焼き肉|釣り|庭|畑|田んぼ|仕事|出張|引っ越|引越|草刈|洗車|登山)[^]{0,150})(?![^]{0,60}(?:キャンプ|バーベキュー|bbq|焼肉|焼き肉|釣り|庭|畑|田んぼ|仕事|出張|引っ越|引越|草刈|洗車|登山))"),
    },
    {
        // 通話中に「じゃ、行ってくるわ」のあと倒れる音がして無言のまま: in a call, a fall heard and then
        // silence: the one on the other end cannot answer.
        id: "ja.attempt-in-progress.fall-heard-in-call",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja("(?:通話|つうわ|ボイチャ|ぼいちゃ|vc|電話|でんわ|ディスコ|discord|配信|マイク|まいく)[^]{0,80}?(?:倒れる音|倒れた音|たおれる音|落ちる音|落ちた音|崩れる音|どさっ|ドサッ|ドサ|がたん|ガタン|どすん|ドスン|ばたん|バタン|ごとん|ゴトン|大きな音|物音)[^]{0,40}?(?:無言|むごん|何も(?:聞こえ|言わ|いわ)|なにも(?:聞こえ|言わ|いわ)|静か|しずか|シーン|しーん|呼んでも|呼びかけても|声をかけても|反応(?:が)?(?:ない|なし|ありません)|返事(?:が)?(?:ない|なし|ありません)|応答(?:が)?(?:ない|なし|ありません))(?![^]{0,40}(?:寝落ち|笑|椅子|いす|大丈夫|無事|猫|ねこ|犬|戻ってき|もどってき|トイレ|離席|ふざけ|冗談|ミュート))"),
    },
    {
        // 息子が部屋で倒れとるみたいで、戸を叩いても返事せん: someone collapsed, and no answer or no way
        // in, in standard speech or dialect (倒れとる, 倒れちょる, 倒れてはる).
        id: "ja.attempt-in-progress.collapsed-no-answer",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?<!(?:本棚|棚|自転車|木|ドミノ|花瓶|看板|植木|鉢|ボトル|ペットボトル|ゴミ箱|傘|家具|椅子|テレビ)(?:が|は|も)?)(?:倒れ|たおれ)(?:て|と|ちょ|てはる|てい)(?:る|い|った|おる|お|ん|ます)?[^]{0,50}?(?:${NO_ANSWER}|(?:開け|あけ)(?:られ)?(?:ない|ん|へん|ません)|開かない|あかない|動かない|うごかない|起きない|起きん)(?![^]{0,30}(?:寝てた|寝とった|大丈夫|無事|治った|元気|回復|退院))`),
    },
    {
        // 担当の方が「支援はもういらない、持ち物は処分した」と話していて、今日は応答がありません: affairs
        // closed (support refused, things disposed of, keepsakes handed over) and now no answer.
        id: "ja.attempt-in-progress.affairs-closed-unreachable",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:(?:支援|訪問|予約|面談|通院|病院|カウンセリング|デイケア|次回|次の約束)(?:は|も)?(?:もう)?(?:いらない|要らない|必要ない|いりません|要りません|不要|行かない|来なくていい|こなくていい)|(?:持ち物|荷物|家財|身の回りの(?:物|もの)|私物|服|家具)(?:を|は|も)?(?:全部|ぜんぶ|すべて|ほとんど)?(?:処分|整理し|手放|人にあげ|あげてしま)|形見)[^]{0,120}?(?:${UNREACHED}|連絡(?:が)?(?:つかない|取れない|とれない)|電話に出(?:ない|ません|ん)|既読(?:が)?(?:つかない|つかん))(?<!(?:引っ越|引越|転居|入院|施設に入|旅行|帰省|就職|卒業|断捨離|結婚)[^]{0,160})(?![^]{0,60}(?:引っ越|引越|転居|入院|施設に入|旅行|帰省|就職|卒業|断捨離|結婚))`),
    },
    {
        // 母が何も食べなくなって「お父さんのところに行く」と言い、結婚指輪をくれた: an old person's "I'll
        // go to my husband" beside food refused or a keepsake handed over, either order.
        id: "ja.attempt-in-progress.join-the-dead",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${JOIN_DEAD}[^]{0,100}?${LETTING_GO}|${LETTING_GO}[^]{0,100}?${JOIN_DEAD})(?<!(?:病院|施設|ホーム|お見舞い|見舞い|実家|面会|墓参り|お墓|旅行|ダイエット)[^]{0,160})(?![^]{0,30}(?:病院|施設|ホーム|お見舞い|見舞い|実家|面会|墓参り|お墓|旅行))`),
    },
    {
        // 息子が部屋から出てこない. 呼んでも返事がない. 鍵がかかってて物音ひとつしない: no answer behind a
        // locked door and silence, either order: someone who may be unable to answer.
        id: "ja.attempt-in-progress.unanswered-silent",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:(?:${NO_ANSWER}|鍵が(?:かかって|掛かって)|出てこ(?:ない|なく|ん))[^]{0,60}?(?:${SILENT})|(?:${SILENT})[^]{0,60}?(?:${NO_ANSWER}|鍵が(?:かかって|掛かって)|出てこ(?:ない|なく|ん)))(?<!${AWAY_OR_FINE}[^]{0,120})(?![^]{0,60}${AWAY_OR_FINE})`),
    },
    {
        // 一人暮らしの叔父が三日電話に出ない. 新聞もたまってるらしい: days without an answer and the post
        // piling up at the door, either order: a welfare check is due now.
        id: "ja.attempt-in-progress.days-unanswered-post-piling",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${DAYS_UNANSWERED}[^]{0,80}?${POST_PILING}|${POST_PILING}[^]{0,80}?${DAYS_UNANSWERED})(?<!${AWAY_OR_FINE}[^]{0,160})(?![^]{0,60}${AWAY_OR_FINE})`),
    },
    {
        // 息子が部屋から出てこない。返事もない。薬の空き箱があった: shut in and not answering, and the
        // medicine's empty box or sheets found. An empty box alone is daily life; with the silence
        // behind a door it is an overdose to check on now.
        id: "ja.attempt-in-progress.no-answer-beside-empty-meds",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:部屋|へや)(?:から)?[^.]{0,8}?(?:出てこない|出てこん|出てきません|出てこなくて)[^]{0,30}?返事(?:も|が)?(?:ない|しない|ありません|なくて)[^]{0,40}?${MED}(?:の)?(?:空き箱|空箱|空き瓶|空瓶|シート|殻|ゴミ|ごみ|包装)(?:が|も)?[^.]{0,6}?(?:あった|ありました|落ちて|捨てて|散らば)(?<!${EVERYDAY_SLEEP}[^]{0,140})`),
    },
    {
        // 妹の部屋のゴミ箱に空の薬のシートが大量にあった。呼んでも起きない。いびきみたいな変な息してる:
        // medicine found used up, and someone who cannot be woken or breathes strangely, either order:
        // an overdose taken, whoever took it.
        id: "ja.attempt-in-progress.unwakeable-beside-pills",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${EMPTY_MEDS}[^]{0,60}?${UNWAKEABLE}|${UNWAKEABLE}[^]{0,60}?${EMPTY_MEDS})(?<!${EVERYDAY_SLEEP}[^]{0,140})(?![^]{0,40}${EVERYDAY_SLEEP})`),
    },
    {
        // うちの兄ちゃん、さっき包丁持って風呂場に閉じこもってしもてん。「もう終わりにする」言うて出て
        // こおへん: someone shut in with a blade or the means, and words of ending it said.
        id: "ja.attempt-in-progress.shut-in-with-means",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${SHUT_MEANS}[^]{0,24}?${SHUT_IN}|${SHUT_IN}[^]{0,30}?${SHUT_MEANS})(?:(?<=${ENDING_SAID}[^]{0,140})|(?=[^]{0,100}${ENDING_SAID}))(?<!${SHUT_EVERYDAY}[^]{0,160})(?![^]{0,80}${SHUT_EVERYDAY})`),
    },
    {
        // いとこがインスタのストーリーに「みんなさよなら」って屋上からの写真を上げてて、電話もつながらない:
        // a farewell posted from up high, and no way to reach them, in any order.
        id: "ja.attempt-in-progress.farewell-from-high-unreachable",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${FAREWELL_POSTED}(?:(?<=${HIGH}[^]{0,140})|(?=[^]{0,140}${HIGH}))(?:(?<=${UNREACHABLE}[^]{0,140})|(?=[^]{0,140}${UNREACHABLE}))(?<!${FAREWELL_EVERYDAY}[^]{0,200})(?![^]{0,160}${FAREWELL_EVERYDAY})`),
    },
    {
        // 娘の手帳に「〇日に死ぬ」と書いてあるのを見つけました: a notebook, diary or calendar with a day
        // to die written in it. A plan with a date, whoever wrote it; an exam or a deadline is not this.
        id: "ja.plan.written-date-found",
        level: "crisis",
        category: "plan",
        pattern: ja(`${NOTEBOOK}(?:に|には|の(?:中|なか|最後の(?:ぺじ|ページ))に?|を見たら|を見ると)[^.]{0,12}?(?:「[^」]{0,20}?${DATE_SET}[^」]{0,12}?${DEATH_WRITTEN}|${DATE_SET}[^.]{0,12}?${DEATH_WRITTEN})(?<!${NOTEBOOK_EVERYDAY}[^]{0,60})(?![^]{0,30}${NOTEBOOK_EVERYDAY})`),
    },
    {
        // 父が包丁を持って弟の部屋に向かっていきました, 夫が木刀を持って二階の息子の部屋に上がっていった:
        // a weapon carried at someone named, or into their room: violence at home under way.
        id: "ja.danger-at-home.armed-going-at-someone",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${WEAPON}[^.]{0,6}?${ARMED_AT}[^.]{0,10}?${TARGET_NAMED}(?:の(?:部屋|へや|ところ|とこ|方|ほう)(?:に|へ|まで)?|を|に向かって|めがけて)[^.]{0,8}?(?:上がっ|上がり|行っ|いっ|向か|入っ|押し入|乗り込|追いかけ|追っかけ|追い回|迫っ|来)(?![^]{0,40}(?:料理|調理|魚|さばい|捌い|練習|素振り|稽古|部活|剣道|ゲーム|冗談|笑))`),
    },
    {
        // 息子が部屋から「今までありがとう」ってLINEしてきて、ドアを叩いても返事がない。鍵がかかってる:
        // a farewell or a wish to die said, a locked door, and no answer or no sound, in any order.
        id: "ja.attempt-in-progress.farewell-behind-locked-door",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${LOCKED}(?:(?<=${FAREWELL_OR_WISH}[^]{0,120})|(?=[^]{0,120}${FAREWELL_OR_WISH}))(?:(?<=(?:${NO_ANSWER}|${SILENT}|${UNREAD})[^]{0,120})|(?=[^]{0,120}(?:${NO_ANSWER}|${SILENT}|${UNREAD})))(?<!${BEHIND_DOOR_EVERYDAY}[^]{0,160})(?![^]{0,80}${BEHIND_DOOR_EVERYDAY})`),
    },
    {
        // 大家です。入居者の部屋を訪ねたら、中から「入ってくるな、今から死ぬ」と叫ぶ声がしました:
        // words of dying now, heard through a door or from inside a room.
        id: "ja.attempt-in-progress.dying-words-through-door",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${THROUGH_DOOR}[^.「」]{0,12}?「[^」]{0,40}?${DYING_NOW}[^」]{0,30}」(?<!${DOOR_WORDS_EVERYDAY}[^]{0,120})(?![^]{0,60}${DOOR_WORDS_EVERYDAY})`),
    },
    {
        // 入居者が「部屋に火をつけて死ぬ」と叫んでいて、廊下まで灯油の臭いがします: fuel smelt and
        // fire set to the place or to oneself said, in either order.
        id: "ja.attempt-in-progress.fuel-and-fire",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${FUEL_SMELL}(?:(?<=${FIRE_SELF}[^]{0,120})|(?=[^]{0,120}${FIRE_SELF}))(?<!${FUEL_EVERYDAY}[^]{0,160})(?![^]{0,120}${FUEL_EVERYDAY})`),
    },
    {
        // 姉が「明日の朝にはもういないから」と言ってベランダに出たまま、三十分戻ってこない: words of ending,
        // then out onto a height and not back in. Laundry, a smoke, the stars or a quarrel are not this.
        id: "ja.attempt-in-progress.ending-words-out-to-height",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:(?<=${ENDING_WORDS}[^]{0,60})${OUT_TO_HEIGHT}|${OUT_TO_HEIGHT}(?=[^]{0,40}?${ENDING_WORDS}))(?=[^]{0,80}?${NOT_BACK_IN})(?<!${HEIGHT_EVERYDAY}[^]{0,120})(?![^]{0,80}${HEIGHT_EVERYDAY})`),
    },
    {
        // ネッ友が「ばいばい」って薬の写真を送ってきて、それから既読がつかない: a goodbye, pills shown, and
        // no way to reach them, in any order. A pharmacy, vitamins, a pet or a flat battery are not this.
        id: "ja.attempt-in-progress.farewell-pills-unreachable",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${PILLS_SHOWN}(?:(?<=${FAREWELL_POSTED}[^]{0,140})|(?=[^]{0,140}${FAREWELL_POSTED}))(?:(?<=${UNREACHABLE}[^]{0,140})|(?=[^]{0,140}${UNREACHABLE}))(?<!${PILLS_EVERYDAY}[^]{0,160})(?![^]{0,120}${PILLS_EVERYDAY})`),
    },
    {
        // ルームメイトが2週間部屋から出てこなくて、話しかけてもほとんど返事がない: shut in for days or
        // weeks, not years, and gone quiet: distress about them, for the supporter's gentle answer. A
        // cold, exams or a game are not this.
        id: "ja.distress.shut-in-lately-gone-quiet",
        level: "concern",
        category: "distress",
        pattern: ja("(?:[0-9０-９一二三四五六七八九十何数]+)(?:日|週間)(?:くらい|ぐらい|ほど|も|間)?[^.]{0,8}?(?:部屋|へや)から(?:出てこ|出て来|でてこ)(?:ない|なく|ず|ん)[^]{0,30}?(?:ほとんど|あまり|ろくに)(?:返事|へんじ|返信|口をきか|話さ|しゃべら)(?:が|も)?(?:ない|なく|しない|くれない|ありません|ん)(?<!(?:風邪|インフル|コロナ|発熱|熱が|試験|テスト|受験|ゲーム|げーむ|反抗期|隔離)[^]{0,80})(?![^]{0,40}(?:風邪|インフル|コロナ|試験|テスト|受験|ゲーム|げーむ|反抗期|隔離))"),
    },
    // ----------------------------------------------- sixteenth pass (after round 21)
    {
        // むすこ 25さい、へやで ごはん たべない もう10日。水も すこしだけ。とても やせました: a week or more
        // without food and little water, or thin and refusing a doctor: a body giving out, whoever it
        // is. A fast, a stomach bug, a check-up or a diet are not this.
        id: "ja.attempt-in-progress.no-food-week-little-water",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${NO_FOOD}[^.]{0,12}?${WEEK_OR_MORE}|${WEEK_OR_MORE}[^.]{0,12}?${NO_FOOD})[^]{0,40}?${LITTLE_WATER}(?<!${NO_FOOD_EVERYDAY}[^]{0,140})(?![^]{0,60}${NO_FOOD_EVERYDAY})`),
    },
    // ----------------------------------------------- seventeenth pass (after round 22)
    {
        // 退院したばかりの息子のパソコンに「睡眠薬 何錠 死ねる」という検索が残っていました: their searches
        // found, asking how much kills or how to die. Revision, a report or a child's accident are not.
        id: "ja.method-question.searches-found-lethal",
        level: "crisis",
        category: "method-question",
        negatable: false,
        pattern: ja(`(?:${SEARCHES_FOUND}[^.]{0,16}?${LETHAL_SEARCHED}|${LETHAL_SEARCHED}[^.]{0,6}?(?:という|って|と|の|を)?[^.]{0,4}?(?:検索|履歴|調べ|ぐぐ))(?<!${SEARCHES_EVERYDAY}[^]{0,100})(?![^]{0,60}${SEARCHES_EVERYDAY})`),
    },
    {
        // 夜勤の先輩が、最近やたら私物を配ってる。昨日は大事にしてた腕時計くれた。『もう使わんから』: a
        // treasured thing given, or things handed out, and "I won't use it any more". A new one bought, a
        // move, a clear-out or a hobby given up are not this.
        id: "ja.preparation.treasured-given-no-longer-needed",
        level: "crisis",
        category: "preparation",
        negatable: false,
        pattern: ja(`(?:${TREASURED_GIVEN}|${GIVING_OUT})[^]{0,40}?${NO_LONGER_USE}(?<!${TREASURED_EVERYDAY}[^]{0,120})(?![^]{0,60}${TREASURED_EVERYDAY})`),
    },
    // ----------------------------------------------- eighteenth pass (after round 23)
    {
        // 母が兄に『あんたを一人残して死ねないから、その時は一緒に連れて行く』, 父が弟に「お前を残して死ねん、
        // 一緒に連れていく」: a parent who says they cannot die leaving someone behind and will take them
        // along (無理心中), said to someone named (said to the writer, it is the writer's own danger and
        // not read here). A trip, a move, a hospital stay or a joke are not this.
        id: "ja.plan.parent-takes-them-along",
        level: "crisis",
        category: "plan",
        negatable: false,
        pattern: ja(`(?:兄|姉|弟|妹|息子|娘|孫|夫|妻|父|母|いとこ|叔父|伯父|叔母|伯母|おじ|おば)(?:さん|ちゃん|くん)?に(?:向かって|むかって)?[^「.]{0,8}?「[^」]{0,40}?${TAKE_ALONG}[^」]{0,40}」(?!(?:って|と)[^.]{0,6}?(?:言われ|いわれ))(?<!${TAKE_ALONG_EVERYDAY}[^]{0,80})(?![^]{0,40}${TAKE_ALONG_EVERYDAY})`),
    },
];
//# sourceMappingURL=someone-else.js.map