/** The ja rules of category `self-harm`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
export const JA_SELF_HARM_RULES = [
    // --------------------------------------------------------------- self-harm
    {
        id: "ja.self-harm.act",
        // Issue 12: a self-harm act is a crisis (the bot gives the lines and asks directly).
        level: "crisis",
        category: "self-harm",
        pattern: ja("リスカ|アムカ|レグカ|自傷|瀉血|自分を(?:傷つけ|きずつけ|殴|痛めつけ|いためつけ)|自分の(?:顔|頭|腕|脚|体|身体|お腹|腹|手|太もも)(?:を|に|も)?[^.で]{0,2}?(?:殴っ|殴り|殴る|叩い|叩き(?!直)|ぶっ叩|引っかい|ひっかい|引っ掻い|掻きむし|かきむし|つねっ|噛ん|噛み|切っ|切り|刺し|傷つけ|傷付け|痛めつけ)|(?:腕|うで|手首|てくび|太もも|ふともも|肌|脚|二の腕|手の甲)(?:を|に)?(?:切|きっ|きり|傷|刺|やけど|火傷|焼い|針)|(?:タバコ|煙草|たばこ|ライター|アイロン|線香|火)(?:の火)?(?:を)?[^.]{0,6}?(?:腕|手|肌|脚|太もも|手首|自分|体|身体)(?:に)?[^.]{0,2}?(?:押し(?:つけ|付け|あて|当て))|根性焼き|頭を[^.]{0,6}?(?:打ちつけ|打ち付け|ぶつけ)|切りたい|切っちゃ(?:った|う)"),
    },
    {
        id: "ja.self-harm.escalating",
        level: "crisis",
        category: "self-harm",
        negatable: false,
        pattern: ja("(?:リスカ|アムカ|自傷|傷|きず(?!な)|切る|切っ|切り)(?:(?!涙|なみだ|鼻水|はなみず|笑い|わらい|くしゃみ|咳|せき|汗|あせ|玉ねぎ|たまねぎ|タマネギ)[^.]){0,16}?(?:深く|ふかく|ひどく|酷く|悪化|エスカレート|縫|ぬっ|ぬわ|止まらな|とまらな|増え|ふえ|回数が)|(?:どんどん)[^.]{0,6}?(?:切|傷)|(?:切っ(?:た|てる|ちゃった)(?:とこ|ところ|傷|跡)?|切り傷|(?:リスカ|アムカ|レグカ|自傷)の(?:傷|跡))(?:が|は|も)?[^.]{0,8}?(?:深い|ふかい|深くなっ|深すぎ|ぱっくり|骨|脂肪)|(?:自傷|リスカ|アムカ|レグカ|切るの|切ること)(?:が|を)?(?:やめられない|止められない|とめられない|やめられん|やめれない)"),
    },
    {
        // 腕をカッターで少しだけ切った: a cut with the tool named.
        id: "ja.self-harm.cut-with",
        level: "concern",
        category: "self-harm",
        pattern: ja("(?:腕|うで|手首|てくび|太もも|ふともも|二の腕|脚)を(?:カッター|カミソリ|剃刀|ナイフ|刃|はさみ|ハサミ|針|コンパス)で[^.]{0,8}?(?:切っ|切り|傷つけ|刺し)"),
    },
    {
        // 止血してもじわじわ出てくる: bleeding that comes back after it was pressed.
        id: "ja.self-harm.bleeding-back",
        level: "crisis",
        category: "self-harm",
        pattern: ja("止血(?:しても|したのに|してるのに|してもまだ)[^.]{0,10}?(?:出て|止まらな(?:い|くて)|とまらな(?:い|くて)|止まらん|とまらん|にじ|じわじわ|溢れ|あふれ)|(?:押さえても|巻いても|あてても)[^.]{0,6}?(?:血|ち)[^.]{0,4}?(?:止まらな(?:い|くて)|とまらな(?:い|くて)|止まらん|とまらん|にじ|溢れ)"),
    },
    {
        // きのうは ふかく きりすぎて ぬわないと だめかも。びょういん いってない (kana only): a cut too
        // deep, needing stitches, and not seen by a doctor. A finger cut cooking, a fall or glass
        // are not this.
        id: "ja.self-harm.needs-stitches-untreated",
        level: "crisis",
        category: "self-harm",
        pattern: ja(String.raw `(?:(?:深く|ふかく)(?:切|き)(?:りすぎ|っちゃ|った|れ)|(?:切|き)(?:りすぎ|すぎ))[^]{0,20}?(?:縫わ(?:ない|なきゃ)|ぬわ(?:ない|なきゃ)|縫う(?:レベル|くらい|ほど)|ぬう(?:れべる|くらい|ほど)|縫った(?:方|ほう)|ぬったほう)[^]{0,30}?(?:病院|びょういん|医者|いしゃ)(?:に|には|にも)?(?:行って|いって|行ってない|行けて|いけて|行か|いか)(?:ない|ません|ねえ|ん|ず)?(?<!(?:料理|包丁で指|指を|ゆび|ガラス|転ん|ころん|仕事中|工作|猫に|犬に|ひげ|前髪|髪)[^]{0,60})`),
    },
    {
        // 昔リスカしてた。昨日カミソリ買った: blades bought after self-harm said to be in the past. A
        // razor for shaving, a cutter for work or crafts, is not this.
        id: "ja.self-harm.blades-bought-after",
        level: "crisis",
        category: "self-harm",
        pattern: ja(String.raw `(?:リスカ|りすか|自傷|切って(?:た|いた)|切るの(?:やめ|止め)て)[^]{0,40}?(?:カミソリ|かみそり|剃刀|刃|替え刃|カッター)(?:を|も)?(?:また)?(?:買った|買って|かった|買っちゃった|かっちゃった|買ってしまった|買いました|手に入れた)(?<!(?:ひげ|髭|ムダ毛|工作|仕事|段ボール|工具)[^]{0,60})`),
    },
    {
        // maiban kitteru. dandan fukaku natte kita. tsugi wa doumyaku made iku kamo (romaji, read as
        // kana): cuts growing deeper towards an artery. 動脈硬化, a lecture or cooking are not this.
        id: "ja.self-harm.cuts-deeper-to-artery",
        level: "crisis",
        category: "self-harm",
        pattern: ja(String.raw `(?:切|き)(?:って|っ)?(?:る|てる|ている|た)[^]{0,40}?(?:深く|ふかく)[^]{0,40}?(?:動脈|どうみゃく)(?:まで|を|に)(?!硬化|こうか)(?<!(?:授業|講義|解剖|試験|料理|魚|肉)[^]{0,100})`),
    },
    {
        // もう9日なにも食べてない。わたしは食べる資格ない。病院はいや: food refused for days as
        // undeserved or on purpose. A fast, a stomach bug or a check-up are not this.
        id: "ja.self-harm.food-refused-undeserved",
        level: "crisis",
        category: "self-harm",
        // 食べる資格ない is the refusal itself, not a negation of it.
        negatable: false,
        pattern: ja(String.raw `(?:[0-9０-９]+日|何日も|なんにちも)(?:間)?[^.]{0,8}?(?:食べて(?:い)?ない|たべて(?:い)?ない|食べてません|ごはん(?:を)?(?:食べて|たべて)(?:い)?ない)[^]{0,40}?(?:食べる資格|たべる資格|食べちゃいけない|食べてはいけない|わざと|病院(?:は|に)?(?:いや|嫌|行かない|いかない))(?<!(?:断食|ファスティング|ラマダン|手術|検査|胃腸炎|風邪|ダイエット)[^]{0,80})`),
    },
];
//# sourceMappingURL=self-harm.js.map