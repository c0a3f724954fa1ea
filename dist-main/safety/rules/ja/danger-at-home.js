/** The ja rules of category `danger-at-home`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { FAMILY, MANY, MEDS } from "./patterns.js";
// A character of the same clause: a family member's が/は does not reach across てから, ので,
// のに, けど (母が入院してから毎晩手首を切っています is the writer's own self-harm).
const SAME_CLAUSE = "(?:(?!てから|でから|ので|のに|けど|けれど|せいで|ため)[^.])";
export const JA_DANGER_AT_HOME_RULES = [
    // --------------------------------------------------------------- danger at home
    {
        id: "ja.danger-at-home.hurt-by-family",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:に|から)(?:[^.]{0,8}?(?:殴|叩か|蹴ら|殺され|首(?:を)?(?:絞め|締め|しめ)|絞められ|締められ|しめられ|脅さ|おどさ|刺さ|暴力|虐待|閉じ込め|鍵を?(?:かけられ|掛けられ)|物を投げ|ものを投げ|(?:包丁|ナイフ|刃物|ハサミ|はさみ|カッター|バット|ゴルフクラブ|木刀|凶器)を(?:向け|突きつけ|振り上げ|振り回)|襲わ|熱湯を?(?:かけ|浴びせ)られ|灯油を?(?:かけ|浴びせ)られ|(?:タバコ|煙草|たばこ)(?:の火)?を?(?:押しつけ|押し付け)られ|やけどさせられ|突き飛ばされ|押し倒され|髪を(?:引っ張|つかま|掴ま)れ|引きずられ)|けら)`),
    },
    {
        id: "ja.danger-at-home.family-violent",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:が|は|も)[^.]{0,12}?(?:包丁|ナイフ|刃物|はもの|バット|凶器)(?:を|で)?[^.]{0,4}?(?:持|も|向け|むけ|振り回|ふりまわ|突きつけ|脅|出してくる|だしてくる|出してきた|だしてきた|取り出)|${FAMILY}(?:が|は)[^.]{0,6}?(?:暴れ|あばれ|殴りかか|襲っ|「?(?<!自)殺す|殺してやる)`),
    },
    {
        // 父が私を殴る, 母がわたしを叩いてくる: the writer hit, said with the family member as the
        // subject (hurt-by-family has the passive, 父に殴られる).
        id: "ja.danger-at-home.hits-me",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:が|は)${SAME_CLAUSE}{0,10}?(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分|うち)(?:を|に)[^.]{0,6}?(?:殴|なぐ|叩|たた|蹴|ける|けって|けった|首を?(?:絞|締|しめ)|脅|おど)(?!.{0,4}(?:こと(?:は|が|も)?(?:一度も|いちども|今まで)?(?:ない|無い|ありません|なかった)|わけじゃ|わけでは|ふり|真似|まね|夢))`),
    },
    {
        id: "ja.danger-at-home.violence-at-home",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`(?:家|うち|自宅|家庭|実家)(?:で|の中で|では|内)[^.]{0,8}?(?:暴力|虐待|殴られ|叩かれ|蹴られ)|${FAMILY}(?:の|から)(?:暴力|虐待|dv)|家庭内暴力|(?<![a-z])dv(?![a-z])|(?:家|うち)に帰る(?:の|こと)が(?:怖|こわ)[^.]{0,12}?(?:殴|叩|蹴|暴力|殺)|(?:殴られ|叩かれ|蹴られ)[^.]{0,10}?(?:家に帰|うちに帰)`),
    },
    {
        // Locked in from outside, kept from the toilet or food: confinement at home.
        id: "ja.danger-at-home.confined",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja("(?:外から|外側から)(?:鍵|カギ|南京錠)(?:を)?(?:かけられ|掛けられ|閉められ|つけられ)|(?:部屋|自室|物置|押し入れ|押入れ|納戸|倉庫|蔵)(?:に|の中に)閉じ込められ(?!(?:て(?:い)?る)?(?:感じ|気分|気が|みたい|よう))|(?:部屋|家)から出(?:して|させて)もらえ(?:ない|なく)|トイレ(?:に|にも)?行かせてもらえ(?:ない|なく)|(?:ご飯|ごはん|食事)(?:を|も)?(?:食べさせてもらえ|与えられ)(?:ない|なく)"),
    },
    {
        id: "ja.danger-at-home.harm-to-family",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:を|のこと)[^.]{0,4}?(?:殺し(?:たい|そう|てしまいそう|てやる|てしまう)|殺す(?:つもり|かも)|刺し(?:たい|そう)|殴り殺)`),
    },
    {
        // 母親を殴ってしまいそう: the person afraid of hurting someone at home.
        id: "ja.danger-at-home.hitting-family",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:を|に)[^.]{0,4}?(?:殴っ|殴り|叩い|叩き|蹴っ|蹴り|刺し|手を(?:上|あ)げ|手を出し|暴力を(?:振る|ふる)っ|傷つけ)(?:て|ちゃ|ちま)?(?:しまいそう|しまう(?:かも)?|しまった|しまいました|しまって|いそう|そう(?:で|に|だ)|たくなる|かけた|ちゃった)`),
    },
    {
        // Not when a clause of the writer's comes between (妹が泣いてるのを見て、自分の手首を切った is the
        // writer's own cut: the seventeenth pass).
        id: "ja.danger-at-home.family-attempt",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`(?:息子|娘|夫|妻|旦那|父|母|兄|姉|弟|妹|子ども|子供|うちの子|祖父|祖母|おじいちゃん|おばあちゃん)(?:が|は)(?:(?!のを見|を見て|を見たら|のを聞|を聞いて|横で|隣で|前で)${SAME_CLAUSE}){0,16}?(?:${MEDS}[^.]{0,8}?${MANY}[^.]{0,4}?(?:飲ん|のん)|首を吊|首吊|飛び降り|手首を切|意識がない|意識が無い|息をしてない|倒れて動かない|od)`),
    },
    {
        // 兄が「お前なんか殺してやる」と言って物を投げてきます: threats and things thrown.
        id: "ja.danger-at-home.threats-and-throwing",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:が|は|に|から)[^.]{0,30}?(?:殺してやる|殺すぞ|ぶっ殺|ぶち殺|殺されたいのか|殺す」|殺すって)|${FAMILY}(?:が|は|に|から)[^.]{0,24}?(?:物|もの|皿|食器|椅子|いす|灰皿|リモコン|茶碗|コップ|瓶|缶|ペットボトル|時計|スマホ|包丁)(?:を|が)?[^.]{0,3}?(?:投げ(?:て(?:くる|きます|きた|きて|こられ)|つけ(?:て|られ|る)|られ)|ぶつけ(?:て(?:くる|きた|きます)|られ))`),
    },
    {
        // 夜中に家から追い出された: shut out of the home.
        id: "ja.danger-at-home.shut-out",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`(?:家|うち|実家|自宅|玄関)(?:から|の外に|の外へ|を)?(?:追い出され|締め出され|閉め出され|放り出され|叩き出され)(?!そう|ない|たら|ると|かけ)|${FAMILY}(?:に|から)(?:家から)?(?:追い出され|締め出され|閉め出され)(?!そう|ない|たら|ると|かけ)`),
    },
    {
        // 寝ている母の首に手をかけそうになりました: the urge to harm a parent.
        id: "ja.danger-at-home.urge-to-harm",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}の(?:首|喉|のど)(?:に|を)[^.]{0,4}?(?:手をかけ|手を掛け|絞め|締め|しめ)(?:そう|て(?:しま)?いそう|たくな|かけ|てしまっ|ちゃっ)|${FAMILY}(?:に|を)手を(?:かけ|掛け)(?:そう|てしま|たくな|かけ)`),
    },
    {
        // 父が酔って首を絞めてきた: a family member's violence, from their side.
        id: "ja.danger-at-home.family-attacks",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:が|は)[^.]{0,20}?(?:首を(?:絞め|締め)|殴(?:って|り(?:かか|つけ))|蹴(?:って|り(?:つけ|飛ばし))|(?:怒鳴り?ながら|怒鳴って)[^.]{0,4}?(?:叩いて|殴って|蹴って)|突き飛ばし|押し倒し|髪を(?:つかん|掴ん|引っ張)|胸ぐらを(?:つかん|掴ん))(?:て)?(?:きた|くる|きます|きました|きて|ます|ました|た(?=$|[.,!]))`),
    },
    {
        // 父が母を殴る: violence between others at home, witnessed.
        id: "ja.danger-at-home.witnessed",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`${FAMILY}(?:が|は)[^.]{0,12}?${FAMILY}(?:を|に)[^.]{0,4}?(?:殴(?:る|っ|り)|蹴(?:る|っ|り)|首を(?:絞め|締め)|突き飛ばし|暴力)`),
    },
    {
        // 「殺してやる」っていう怒鳴り声がずっとしてる: a threat heard through a wall or a door.
        id: "ja.danger-at-home.threat-heard",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja("(?:殺してやる|殺すぞ|ぶっ殺|ぶち殺|刺してやる|刺すぞ|燃やしてやる|火を(?:つけ|付け)てやる)[」』]?(?:って|という|っていう|と)?[^.]{0,12}?(?:怒鳴|どな|叫び|叫ん|叫ぶ|さけ|わめ|悲鳴|暴れ|割れる|壊す音|物音)"),
    },
    {
        // 息子（35）が…私の顔を殴りました: a family member struck the writer, said in the past tense.
        id: "ja.danger-at-home.struck-me",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`(?:${FAMILY}|息子|娘)(?:\\s?\\d+\\s?)?(?:が|は|に)[^.]{0,40}?(?:私|わたし|僕|俺|うち|自分|母|妻)(?:の(?:顔|頭|体|腕|お腹|背中|足))?(?:を|に)[^.]{0,6}?(?:殴り(?:ました|まし|つけ)|殴った|蹴り(?:ました|つけ)|蹴った|叩きました|首を(?:絞め|締め)(?:ました|た))`),
    },
    {
        // 夫が息子の部屋のドア蹴破って怒鳴ってる: a door broken in, or a weapon taken up, by someone
        // at home who is raging now.
        id: "ja.danger-at-home.rampage-now",
        level: "crisis",
        category: "danger-at-home",
        pattern: ja(`(?:${FAMILY}|孫)(?:が|は)[^.]{0,20}?(?:(?:ドア|扉|戸|ふすま|襖|部屋)(?:を)?(?:蹴破|蹴り破|けやぶ|蹴り壊|叩き壊|ぶち破|壊して|破って)|(?:包丁|ナイフ|刃物|金槌|かなづち|ハンマー|バット|ゴルフクラブ|木刀)(?:を)?(?:持って|もって|持ち出|握って|手に))(?!る勢い)(?=[^]{0,60}?(?:怒鳴|どな|叫|悲鳴|暴れ|殴|こわくて|怖くて|隠れ))`),
    },
];
//# sourceMappingURL=danger-at-home.js.map