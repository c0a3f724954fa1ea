/**
 * The ja rules for means set up or used now, whoever says it (the writer or someone who sees
 * it): fumes smelt and a room sealed, a noose hung up, a wound bleeding beside a farewell. They
 * are `attempt-in-progress`, so `urgent`; unlike the reports in someone-else.ts they are not read
 * as someone else's by themselves (ドアの隙間にテープを貼った, "I've tied a noose up" are the
 * writer's own). Each rule's examples are in test/safety/rule-examples.json.
 */
import { ja } from "../../rule-types.js";
// Gas or fumes smelt, and the gaps of a door or a window taped or sealed from inside (ガスの臭いがして、
// ドアの隙間に内側からテープが貼ってあります): a room being filled, now.
const GAS_SMELT = "(?:ガス|練炭|炭|一酸化炭素|硫化水素|卵の腐った|薬品)(?:の|みたいな|っぽい|のような)?(?:臭い|におい|匂い|ニオイ|臭|匂)";
const SEALED = "(?:目張り|めばり|(?:ドア|扉|戸|隙間|すきま|窓|換気扇|通気口|玄関)[^.]{0,14}?(?:テープ|ガムテ|タオル)(?:が|を|で)?[^.]{0,6}?(?:貼|張|塞|ふさ|詰め|つめ))";
const SEALED_EVERYDAY = "(?:台風|点検|業者|ガス会社|工事|コンロ|料理|台所|キッチン|引っ越|引越|塗装|ペンキ|隙間風|寒さ|防寒|虫|ゴキブリ|花粉|防音|diy|ストーブ|バーベキュー|bbq|焼肉|焼き肉)";
// Blood on a wrist or an arm seen, and a farewell said (「これが最後の荷物だから」…手首にタオルを巻いていて、
// 血がにじんでいました): a wound that may be deep, and someone saying goodbye.
const WRIST_BLOOD = "(?:手首|てくび|腕|うで)(?:に|を|から|が)?[^.]{0,14}?(?:血が(?:にじ|滲|出て|出てい|垂れ|たれ|流れ|したた|滴|止まら|とまら)|血だらけ|血まみれ|真っ赤|まっか)";
const FAREWELL_SAID = "(?:最後だから|最後の(?:荷物|お願い|挨拶|あいさつ|配達)|これが最後|もう最後|さよなら|さようなら|お世話になりました|今までありがと|いままでありがと|もう会えない|もう(?:荷物|支援|訪問|薬)(?:は|も)?(?:いらない|要らない))";
const WOUND_EVERYDAY = "(?:転ん|転倒|怪我|けが|料理|包丁で指|自転車|事故|献血|採血|点滴|手術|猫|ねこ|犬|いぬ|引っかか|ひっかか|ガラス|鼻血|生理|卒業|退職|引っ越|引越|異動|転勤|部活|試合)";
// A noose seen hanging, or a cord tied in a loop and hung up (天井からロープが輪になってぶら下がってた):
// the means set up.
const NOOSE_HUNG = "(?:(?:首吊り|首つり)(?:用)?の(?:輪|ロープ|縄|紐|ひも)(?:が|を)?[^.]{0,16}?(?:吊る|つる|ぶら下が|ぶらさが|かけて|掛けて|かかって|掛かって|下がって|さがって|結んで|結ばれ)|(?:ロープ|縄|なわ|紐|ひも|ベルト|コード|延長コード)(?:が|を)?[^.]{0,8}?(?:輪|わっか)(?:に|っかに|の形に)(?:なって|して|結んで|した|なった)[^.]{0,16}?(?:吊る|つる|ぶら下が|ぶらさが|かけて|掛けて|下がって|さがって|結んで|結ばれ))";
const NOOSE_EVERYDAY = "(?:ハンモック|ブランコ|洗濯|荷物|キャンプ|テント|筋トレ|トレーニング|映画|ドラマ|劇|舞台|お化け屋敷|ハロウィン|小道具|西部劇|投げ縄|ゲーム|縄跳び|なわとび|登山|クライミング|ヨット|リード|園芸|植木|観葉植物|プランター|飾り)";
// A cord hung up and only the last step left (ロープかけた　あとは台にのるだけ): the act about to happen.
const CORD_HUNG = "(?:ロープ|縄|なわ|紐|ひも|ベルト|コード|延長コード)(?:を|は|も)?[^.]{0,8}?(?:かけた|掛けた|かけました|掛けました|吊るした|つるした|結んだ|むすんだ|くくった|括った|かけてある|掛けてある|吊るしてある)";
const LAST_STEP = "(?:あとは|後は|あと)[^.]{0,8}?(?:(?:台|椅子|いす|イス|踏み台|ふみだい|脚立|箱)(?:に|を|から)?(?:のる|乗る|のぼる|登る|上がる|あがる|蹴る|ける|けとばす|蹴飛ばす|外す|はずす|降りる|おりる)|首を?(?:入れる|いれる|かける|掛ける|通す|とおす))(?:だけ|のみ)";
const CORD_EVERYDAY = "(?:洗濯|物干し|ものほし|布団|ふとん|カーテン|照明|電球|ライト|飾り|かざり|ツリー|ハンモック|ブランコ|テント|タープ|キャンプ|荷物|荷台|トラック|引っ越|引越|ペンキ|塗装|剪定|植木|diy|工作|撮影|舞台|小道具)";
// A carbon monoxide or fire alarm stopped, unplugged or sounding, and charcoal lit in a room.
const CO_ALARM_JA = "(?:一酸化炭素|co|ガス|火災)?(?:の)?(?:警報器|警報機|報知器|報知機|検知器|アラーム|センサー)(?:を|が|の|は)?[^.]{0,10}?(?:止め|とめ|切っ|きっ|外し|はずし|止まらな|黙らせ|鳴って|鳴り|なって|電池(?:を)?(?:抜い|ぬい|外し|はずし))";
const ROOM_FIRE_JA = "(?:部屋|へや|室内|車内|車の中|風呂|浴室|トイレ|押し入れ|押入れ|クローゼット|テント)(?:で|の中で|に)?[^.]{0,10}?(?:七輪|しちりん|練炭|れんたん|炭|すみ|火)(?:に|を|で|も)?(?:火を)?(?:つけ|付け|点け|おこし|起こし|熾し|焚い|たい|入れ)";
const CO_EVERYDAY_JA = "(?:換気|窓(?:を)?(?:開け|あけ)|料理|焼肉|焼き肉|焼い|焼き|魚|さんま|秋刀魚|誤作動|誤報|電池切れ|電池(?:を)?交換|交換|期限|寿命|庭|ベランダ|キャンプ場|屋外|外で|点検|業者)";
export const JA_MEANS_SET_UP_RULES = [
    {
        // ロープかけた　あとは台にのるだけ: a cord hung up, and only the step off a stool or a chair left.
        // Washing lines, curtains, lights, a hammock or a tent hung before a step up are not this.
        id: "ja.attempt-in-progress.cord-hung-last-step",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${CORD_HUNG}[^]{0,24}?${LAST_STEP}(?<!${CORD_EVERYDAY}[^]{0,120})(?![^]{0,60}${CORD_EVERYDAY})`),
    },
    {
        // 隣の部屋からガスの臭いがして、ドアの隙間に内側からテープが貼ってあります: fumes smelt and a door or
        // window sealed, either order. A stove, a typhoon, a gas inspection or painting are not this.
        id: "ja.attempt-in-progress.gas-sealed-room",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${GAS_SMELT}[^]{0,80}?${SEALED}|${SEALED}[^]{0,80}?${GAS_SMELT})(?<!${SEALED_EVERYDAY}[^]{0,160})(?![^]{0,80}${SEALED_EVERYDAY})`),
    },
    {
        // 「これが最後の荷物だから」と言いました。手首にタオルを巻いていて、血がにじんでいました: blood on a
        // wrist or an arm, and a farewell said, either order. A fall, a cooking cut, a blood test are not this.
        id: "ja.attempt-in-progress.wrist-blood-farewell",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${WRIST_BLOOD}(?:(?<=${FAREWELL_SAID}[^]{0,140})|(?=[^]{0,140}${FAREWELL_SAID}))(?<!${WOUND_EVERYDAY}[^]{0,160})(?![^]{0,80}${WOUND_EVERYDAY})`),
    },
    {
        // 兄の部屋の天井からロープが輪になってぶら下がってた: a noose hung up, seen. A hammock, a swing, a
        // play's prop or a lasso are not this.
        id: "ja.attempt-in-progress.noose-hung",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`${NOOSE_HUNG}(?<!${NOOSE_EVERYDAY}[^]{0,120})(?![^]{0,60}${NOOSE_EVERYDAY})`),
    },
    // ---------------------------------------- seventeenth pass (after round 22), gaps beside the everyday
    {
        // 一酸化炭素の警報器を止めて、部屋で七輪に火をつけた: a carbon monoxide (or fire) alarm stopped or
        // sounding, and charcoal lit in a room, either order. Grilling fish on a shichirin, a window
        // open, a false alarm, a battery or an expired alarm are not this.
        id: "ja.attempt-in-progress.co-alarm-stopped-fire-lit",
        level: "crisis",
        category: "attempt-in-progress",
        negatable: false,
        pattern: ja(`(?:${CO_ALARM_JA}[^]{0,60}?${ROOM_FIRE_JA}|${ROOM_FIRE_JA}[^]{0,60}?${CO_ALARM_JA})(?<!${CO_EVERYDAY_JA}[^]{0,150})(?![^]{0,60}${CO_EVERYDAY_JA})`),
    },
];
//# sourceMappingURL=means-set-up.js.map