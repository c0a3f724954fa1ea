/** The ja rules of category `distress`; each rule's examples are in test/safety/rule-examples.json. */
import { ja, type RiskRule } from "../../rule-types.js";
import { FAMILY, SELF } from "./patterns.js";

export const JA_DISTRESS_RULES: readonly RiskRule[] = [
  {
    // Wide on purpose: it gives idiom, game and bereavement overrides something to lower.
    id: "ja.distress.shinu",
    level: "concern",
    category: "distress",
    pattern: ja(
      "死(?:にそう|ぬ(?!つもり|予定|よてい|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?|ことに|って決|と決|覚悟|準備|方法|場所|日を|のが|のも|の[はを]?怖|べき|まで|前|時|とき)|ん(?:だ(?!ほう|方|ら)|じゃった|じゃう|でる|で(?!しまいたい|ほしい))|ね(?!る|ない|たら))",
    ),
  },
  {
    id: "ja.distress.korosareru",
    level: "concern",
    category: "distress",
    pattern: ja("殺され(?:る|そう|た|かけ)"),
  },
  {
    // 自分が何をするか怖い: afraid of losing control (a question, not a crisis alone).
    id: "ja.distress.losing-control",
    level: "concern",
    category: "distress",
    pattern: ja(
      "何を(?:する|しでかす|してしまう)か(?:わから|分から|わかん)?[^.]{0,4}?(?:怖|こわ|不安)",
    ),
  },
  {
    // 親が亡くなった後、自分がどうなるのか, 親が死んだあとどうやって生きていけばいいのか: the 8050
    // fear of life after the parents, said with or without the writer named.
    id: "ja.distress.after-parents",
    level: "concern",
    category: "distress",
    pattern: ja(
      `(?:${FAMILY}|親)が(?:亡くなった|死んだ|いなくなった)(?:後|あと|ら)(?:[^.]{0,4}?${SELF}(?:が|は)?(?:どうなる|どうやって|どう生き|生きていけ)|,?(?:一人で|ひとりで)?(?:どうやって|どう)(?:生き|いき|暮らし|くらし|食べ|食っ)て(?:いけ|いく|いった|行け))`,
    ),
  },
  // --------------------------------------------------------------- distress (concern)
  {
    // "I'm not safe", in words rather than with the safety question's button, or unprompted.
    // A road, a medicine or a building that is not safe has its noun before 安全.
    id: "ja.distress.not-safe",
    level: "crisis",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:^|[.,\\s]|(?:わたし|私|僕|ぼく|俺|おれ|自分|うち|あたし)(?:は|、|,)?|(?:今|いま)(?:は|、|,)?|ぜんぜん|全然|まったく|全く)安全(?:じゃない|じゃありません|ではない|ではありません|じゃねえ|ちゃう)",
    ),
  },
  {
    id: "ja.distress.tsurai",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:つらい|辛い|つれえ|しんどい|くるしい|苦しい|きつい|(?:つら|辛|しんど|苦し|くるし|きつ)(?:すぎ|過ぎ)|(?:つら|辛|しんど|苦し|きつ)か(?=$|[.,!\\s]|よ|ね|ばい|けん|わ)|限界|げんかい|もう無理|もうむり|もう駄目|もうだめ|もうあかん|もう(?:耐えられない|たえられない|耐えられん|もたない|持たない)|たすけて|助けて|疲れ果て|つかれはて|絶望|ぜつぼう|楽になりたい|楽にして|もう(?:疲れ|つかれ)(?:た|ちゃった|ました))",
    ),
  },
  {
    // 同級生の結婚式の招待状来た。行けるわけない。みじめすぎる: feeling wretched, said of oneself. Someone
    // else's plight (みじめな思いをさせた) or a team's loss is not this.
    id: "ja.distress.mijime",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?<!(?:思いを|思いをさせ|試合|負け|チーム|選手|映画|ドラマ|小説|主人公|犬|猫)[^.]{0,8})(?:みじめ|惨め|ミジメ)(?:すぎ|過ぎ|だ(?=$|[.,!\\s]|な|よ|わ)|で(?:たまらな|仕方な|しかたな|泣|なきそう|情けな)|な(?:気持ち|気分|自分|人生|俺|私|僕)|になる|になって|に(?:思|感じ)|(?=$|[.,!\\s]))(?![^.]{0,12}(?:思いをさせ|試合|負け|チーム|笑|w(?![a-z])))",
    ),
  },
  {
    id: "ja.distress.worthless",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:誰にも|だれにも|誰からも)(?:必要とされ|ひつようとされ|愛され|あいされ|求められ)(?:て|てい)?(?:ない|ません)|(?:自分|私|僕|俺)(?:なんて|なんか)(?:価値|かち)(?:が)?(?:ない|無い)|(?:自分|私|僕|俺)(?:が|は)?(?:嫌い|きらい|大嫌い)|存在価値(?:が|は)?(?:ない|無い)",
    ),
  },
  {
    // Days without sleep: a warning sign worth a question, not a crisis alone.
    id: "ja.distress.no-sleep",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:\\d+|何|数|一|二|三|四|五|六|七)(?:日|晩|週間)(?:くらい|ぐらい|ほど|以上|も|間|連続)?(?:で)?,?(?:まともに|ろくに|ほとんど|ほぼ|全然|ぜんぜん|ちゃんと|まとまって|あまり)?(?:寝て|寝れて|眠れて|ねれて|寝られて|眠って|ねむれて)(?:い|おり)?(?:ない|ねえ|ません)|一睡も(?:でき|して|し)(?:ない|てない|なかった|ません)|(?:寝れ|眠れ|ねむれ|ねれ|寝られ)なく(?:なった|なってる|なって(?:きた|る|いる))|(?:全然|ぜんぜん|まったく|ずっと|毎晩|ほとんど|まともに|ろくに)(?:寝れ|眠れ|ねむれ|ねれ|寝られ)(?:ない|てない|ていない|ません)",
    ),
  },
  {
    // Days without eating.
    id: "ja.distress.not-eating",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:\\d+|何|数|一|二|三)(?:日|食)(?:くらい|ぐらい|ほど|以上|も|間|連続)?,?(?:まともに|ろくに|ほとんど|何も|なにも|(?:ご飯|ごはん|飯|食事)(?:を|も)?)?(?:食べて|食べれて|食べられて|食って|口にして)(?:い)?(?:ない|ねえ|ません)|(?:ほとんど|ろくに|まともに|全然|ぜんぜん|まったく|(?<!まだ|今日は?|朝から|朝は|昼は)何も|(?<!まだ|今日は?|朝から|朝は|昼は)なにも)(?:ご飯|ごはん|飯|食事)?(?:を|も)?(?:食べて(?:い)?ない|食べれて(?:い)?ない|食べられて(?:い)?ない|食べられない|食べれない|食って(?:い)?ない|食べる気(?:が|も)?(?:しない|起きない)|喉を通らない|のどを通らない)|食欲(?:が|も)?(?:全然|ぜんぜん|まったく|ずっと|一切)(?:ない|無い|わかない|湧かない|出ない)|食欲(?:が|も)?(?:わかない|湧かない)|(?:ご飯|ごはん|食べ物|食事|何も)(?:が|も)?(?:喉|のど)を通らない",
    ),
  },
  {
    // Nothing is enjoyable any more.
    id: "ja.distress.anhedonia",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "何も(?:楽しくない|たのしくない|楽しめない|楽しいと思えない|感じない|感じられない|心が動かない)|何(?:を|に)?(?:しても|やっても)楽しくない",
    ),
  },
  {
    // 息子がもう8年部屋から出てきません。最近は食事もあまりとらなくなって: a withdrawn person
    // now eating less (a parent's worry; years out of the room alone stays ordinary).
    id: "ja.distress.withdrawn-eating-less",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:部屋から出て(?:こない|こなく|来ない|来なく|きません|いない|いません|おりません)|部屋に(?:こも|閉じこも|引きこも)って|引きこもって|ひきこもって|閉じこもって)[^]{0,40}?(?:食事|ご飯|ごはん|食べる量|食べるもの)(?:も|を|が|の量(?:が|も)?)?(?:あまり|ほとんど|全然|ろくに|だんだん|めっきり)?(?:とらなく|取らなく|食べなく|口にしなく|減って|へって|減り|へり)",
    ),
  },
  {
    // ばあちゃん亡くなってから、家で話せる人おらんくなった: no one left to talk to.
    id: "ja.distress.no-one-to-talk-to",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:家で|もう|周りに|身近に|から,?|誰も)[^.]{0,4}?(?:話せる|話す|相談できる|頼れる)(?:人|相手)(?:が|も)?(?:いなくなった|いなくなりました|ひとりもいない|一人もいない|誰もいない|いない(?![かの]))",
    ),
  },
  {
    // 夫は息子を甘やかしたお前のせいだと言います: blamed by one's family for a child's withdrawal.
    id: "ja.distress.blamed-for-child",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:夫|主人|旦那|妻|義母|姑|義父|舅|家族)(?:に|は|から)[^.]{0,16}?(?:息子|娘|子ども|子供|育て方|甘やかし|しつけ)[^.]{0,16}?(?:せい|悪い|悪かった)(?:だ|や)?(?:と|って)(?:言|責め|いわ|なじ)",
    ),
  },
  // ------------------------------------------------- distress (eleventh pass, after round 16)
  {
    // 督促の電話が怖くて電源切ってる: fear of debt collectors, hiding from the phone.
    id: "ja.distress.debt-collectors",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:督促|とくそく|取り立て|取立て|とりたて|借金取り|催促)(?:の)?(?:電話|でんわ|連絡|状|通知|手紙)?[^.]{0,12}?(?:怖|こわ|震え|ふるえ|出られない|出れない|でれない|電源(?:を)?(?:ずっと)?(?:切|オフ)|眠れない|ねむれない)",
    ),
  },
  {
    // 彼女のこと、家族には絶対言えない. ここでしか話せない. 息が詰まる: something that cannot be told
    // to family, carried alone.
    id: "ja.distress.cannot-tell-family",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:家族|かぞく|親|両親|誰|だれ)(?:に|には|にも)(?:絶対|ぜったい|絶対に|とても|どうしても)?(?:言えない|いえない|言えん|話せない|はなせない|打ち明けられない)[^]{0,50}?(?:息が詰ま|いきがつま|息苦し|苦し|くるし|ここでしか|一人で抱え|ひとりで抱え|誰にも)(?![^]{0,40}(?:サプライズ|誕生日|プレゼント|笑|内緒の計画))(?<!(?:サプライズ|誕生日|プレゼント|笑)[^]{0,100})",
    ),
  },
  {
    // 日本に来て2年、友だちゼロ. さびしいです: no friends at all and lonely, either order.
    id: "ja.distress.no-friends-lonely",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:(?:友だち|友達|ともだち|友人|知り合い|話し相手)(?:が|は|も)?(?:ゼロ|0人|0|一人もいない|ひとりもいない|1人もいない|誰もいない|いない|できない|いません|できません)[^]{0,60}?(?:さびし|寂し|淋し|孤独|こどく|ひとりぼっち|一人ぼっち)(?!くない|くは|くなんか)|(?:さびし|寂し|淋し|孤独|ひとりぼっち)[^]{0,40}?(?:友だち|友達|ともだち|友人|話し相手)(?:が|は|も)?(?:ゼロ|0人|一人もいない|ひとりもいない|誰もいない|いない|いません))",
    ),
  },
  {
    // 愛犬が亡くなって一ヶ月. 散歩の時間になると涙が出る: grief for a pet, now.
    id: "ja.distress.pet-grief",
    level: "concern",
    category: "distress",
    // The "no" is what is reported (立ち直れない, "can't get over it"): not a negation.
    negatable: false,
    pattern: ja(
      "(?:愛犬|愛猫|犬|いぬ|猫|ねこ|うちの子|ペット|わんこ|にゃんこ|うさぎ|インコ)(?:が|の)?(?:亡くなって|なくなって|死んで|しんで|旅立って|虹の橋を渡って|いなくなって)[^]{0,50}?(?:涙が|なみだが|泣いて|泣いちゃ|泣け|泣き|つらい|辛い|寂しく|さびしく|寂しい|さびしい|立ち直れ)(?![^]{0,30}(?:もう大丈夫|笑顔|元気|懐かしい|平気))",
    ),
  },
  {
    // 息子が引きこもって10年、私のほうが先に壊れそう: the carer near breaking.
    id: "ja.distress.carer-breaking",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?<!(?:暑|寒|笑|スマホ|すまほ|パソコン|pc|機械)[^]{0,20})(?:私|わたし|あたし|自分|じぶん|こっち|こちら|僕|俺)(?:の方|のほう)?(?:が|も)(?:先に|さきに)?(?:壊れ|こわれ|潰れ|つぶれ|参っちゃい|おかしくなり)そう(?![^]{0,20}(?:笑|暑|寒|w|パソコン|スマホ|pc|機械|車|家電))",
    ),
  },
  {
    // 4年ひきこもってて、もう人とどうしゃべるかわかんない。さびしい: years withdrawn, and lonely.
    // Not lonely (寂しくはない), or a place for lonely people asked about, is not this.
    id: "ja.distress.withdrawn-lonely",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:ひきこも|引きこも|引き籠|ひきこもり|ヒッキー)[^]{0,50}?(?:さびし|寂し|淋し|孤独|こどく)(?!くない|くは|くなんか|くな|い人|い方|い時|いとき|い思いを|がり)|(?:さびし|寂し|淋し)(?:い|くて)[^]{0,30}?(?:ひきこも|引きこも|引き籠)(?:って|りで|り\\d|り生活)",
    ),
  },
  {
    // 鬱すぎて風呂にも入れない: too low to bathe or brush one's teeth. A broken boiler, a water
    // cut or a cast on an arm is not this.
    id: "ja.distress.too-low-to-bathe",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:鬱(?!陶)|うつ(?:病|っぽ|すぎ|状態|がひど)|抑うつ|無気力|気力がな|しんど(?:すぎ|くて))[^.]{0,12}?(?:風呂|ふろ|シャワー|歯磨き|歯みがき|はみがき|着替え)(?:に|を|も|すら|さえ)*(?:入れない|入れてない|入ってない|はいれない|はいってない|浴びれない|浴びれてない|浴びられない|浴びてない|できない|できてない|無理)(?<!(?:断水|給湯器|工事|ケガ|怪我|骨折|手術|ギプス|停電)[^]{0,60})",
    ),
  },
  {
    // 40代、職歴なし、ひきこもり歴15年。詰んでますよね: one's situation counted (age, no work history,
    // years withdrawn) and "it's checkmate". Shogi, a puzzle or a game are not this.
    id: "ja.distress.situation-checkmate",
    level: "concern",
    category: "distress",
    pattern: ja(
      String.raw`(?:職歴(?:なし|無し|がない|もない|ゼロ)|無職|ニート|ひきこもり歴|引きこもり歴|ひきこもって\d+年|引きこもって\d+年|\d+代[^.]{0,6}?(?:無職|職歴|ひきこもり|引きこもり|ニート|実家|独身|貯金ゼロ|貯金なし))[^]{0,30}?(?:詰んで|つんで|詰み|詰んだ|オワタ|おわた|終わってる|おわってる|人生終了)(?<!(?:将棋|詰将棋|詰め将棋|パズル|ゲーム|ステージ|チェス|麻雀)[^]{0,40})(?![^]{0,20}(?:将棋|パズル|ゲーム|ステージ|チェス|w(?![a-z])|笑))`,
    ),
  },
  {
    // せっかく予約した面談、当日になってキャンセルしてしまった。また逃げた: a step out made and taken
    // back, with shame (the sixteenth pass, after round 21). A rescheduled meeting or a cancelled
    // trip said lightly is not this.
    id: "ja.distress.ran-from-appointment",
    level: "concern",
    category: "distress",
    pattern: ja(
      String.raw`(?:面談|面接|予約|相談|診察|受診|カウンセリング|説明会|見学)[^]{0,30}?(?:キャンセル|ドタキャン|行けなかった|いけなかった|行かなかった|すっぽかし)[^]{0,24}?(?:また逃げ|また にげ|逃げてしまった|逃げちゃった|逃げた自分|情けない|なさけない|自分が嫌|最低だ)(?<!(?:台風|雨|熱|仕事|急用|日程|振替|リスケ)[^]{0,60})`,
    ),
  },
  // ---------------------------------------------- seventeenth pass (after round 22), distress
  {
    // 退院して一週間。…家は静かすぎて、時計の音ばっかり聞いてる, 離婚して一人になった。部屋が静かすぎて
    // 冷蔵庫の音しか聞こえない: a house gone silent after a ward, a divorce or a death, with only a
    // clock or a fridge to hear. A quiet house enjoyed (集中できる, 最高, 落ち着く) is not this.
    id: "ja.distress.house-silent-after",
    level: "concern",
    category: "distress",
    // 音しかしない, 聞こえない are what is reported: not a negation.
    negatable: false,
    pattern: ja(
      "(?:退院|離婚|別居|別れ|一人になっ|ひとりになっ|亡くなっ|なくなっ|死んで|いなくなっ|出て行っ|出ていっ|出てっ)[^]{0,60}?(?:家|部屋|うち|実家|アパート)(?:の中)?(?:が|は|も)?(?:静かすぎ|しずかすぎ|静か(?:で|すぎ|過ぎ)|しーんと)[^]{0,30}?(?:時計|秒針|冷蔵庫|換気扇|エアコン|自分の息)(?:の音)?(?:ばっかり|ばかり|しか|だけ)(?![^]{0,30}(?:集中|最高|快適|落ち着|のんびり|ほっと|いい感じ|幸せ))",
    ),
  },
  {
    // 本日の実績：起床、カップ麺。…ほんとは誰かとちょっとしゃべりたかっただけ: the wish for someone to
    // talk to, owned after a joke. 誰かと話したかったから電話した (and it went well) is not this.
    id: "ja.distress.just-wanted-to-talk",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:ほんとは|本当は|ほんとうは|実は|じつは|ただ)[^.]{0,8}?(?:誰か|だれか|人)と[^.]{0,6}?(?:しゃべり|喋り|話し|はなし|おしゃべりし|お喋りし)たかった(?!から|ので)|(?:誰か|だれか)と(?:ちょっと|少し|すこし)?(?:しゃべり|喋り|話し|はなし)たかった(?:だけ)",
    ),
  },
  {
    // 『あそこの息子はまだ家におるらしか』って言われると。だけん余計に出られんごとなった, 近所の噂が
    // 怖くて、ますます外に出られない: talk about the writer keeping them in. Rain, a cold or a
    // virus keeping one in is not this.
    id: "ja.distress.talk-keeps-me-in",
    level: "concern",
    category: "distress",
    // 出られない is what is reported: not a negation.
    negatable: false,
    pattern: ja(
      "(?:噂|うわさ|陰口|かげぐち|近所の目|人目|世間体|ひそひそ|(?:まだ家に|家にいる|家におる|家におん|ひきこもり|引きこもり|ニート|無職|いい歳して|いい年して|働かない|働いてない|部屋にこもって)[^.]{0,20}?(?:って|と)(?:言われ|いわれ|噂され|思われ|見られ))[^]{0,30}?(?:余計に|よけいに|余計|よけい|ますます|なおさら|もう)[^.]{0,6}?(?:外に|そとに|家から|表に|外へ)?(?:出られ|でられ|出れ|出にく|出らん|出れん)",
    ),
  },
  {
    // 唯一の居場所だったDiscordのサーバーが今日閉鎖された。また誰とも話さない毎日に戻る: the one place
    // online gone, and days of talking to no one again. A server closed for maintenance, or a
    // new place found, is not this.
    id: "ja.distress.only-place-gone",
    level: "concern",
    category: "distress",
    pattern: ja(
      "唯一の(?:居場所|話し相手|友達|友だち|つながり|繋がり|拠り所|よりどころ)[^]{0,40}?(?:閉鎖|なくな|無くな|消え|終わ|解散|閉じ|サ終|サービス終了|消滅)(?![^]{0,40}(?:メンテ|新しい(?:サーバー|鯖|場所|居場所)|移転|引っ越し))|(?:また)?(?:誰とも|だれとも)(?:話さない|話せない|しゃべらない|喋らない|話さん|しゃべらん)(?:毎日|日々|生活)に(?:戻る|もどる|逆戻り)",
    ),
  },
  {
    // じいちゃん、ばあちゃんが亡くなってから毎日ぼーっとテレビ見てるだけで、話しかけても『うん』しか言わない:
    // someone at home gone silent after a death (about them: subject.ts). A grief said to be
    // easing (少しずつ元気に) is not this.
    id: "ja.distress.gone-silent-since-a-death",
    level: "concern",
    category: "distress",
    // しか言わない, 返事しない are what is reported: not a negation.
    negatable: false,
    pattern: ja(
      "(?:亡くなって|死んで|旅立って|いなくなって)から[^]{0,30}?(?:ぼーっと|ぼけっと|ぼんやり|テレビ見てる(?:だけ)?|話しかけても|口数が|しゃべらなく|喋らなく|笑わなく|元気がな)[^]{0,30}?(?:だけ|しか(?:言わ|話さ|返さ|返事し)|返事しか|返事(?:も|が)?(?:ない|しない|なく)|返事(?:も|が)?(?:ない|しない|なく)|しゃべらな|話さな|笑わな|食べな)(?![^]{0,30}(?:元気になって|少しずつ|だいぶ|前向き))",
    ),
  },
  {
    // みーちゃんは今日もおふとんから出られませんでした。…なにをやってもだめです。…さびしいです, 布団から
    // 出られない日が続いてる…さびしい: unable to get out of bed, and low or lonely with it. The cold,
    // a cat on the futon or a lie-in enjoyed is not this.
    id: "ja.distress.cant-get-up-and-low",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?<!(?:寒|さむ|眠|ねむ|ぬくぬく|猫|ねこ|休み|休日|日曜)[^.]{0,10})(?:布団|ふとん|ベッド)から(?:出られ|でられ|出れ|起き上がれ|起きあがれ|起きられ)(?:ない|なかった|ません|ませんでした|ず|ん)[^]{0,60}?(?:さびし|寂し|淋し|だめ|駄目|ダメ|情けな|つらい|辛い|しんど|価値がな|消えたい)(?!くな|くは|じゃな|では|[^]{0,20}(?:笑|w(?![a-z])|寒))",
    ),
  },
  {
    // レジの人に「お疲れさまです」って言われただけで泣いた, 配達の人が「良い一日を」って笑ってくれて、
    // 帰ってから涙が止まらなかった: undone by a small kindness from a stranger. A film, a child's
    // tears, or being told off is not this.
    id: "ja.distress.cried-at-small-kindness",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:店員|配達|宅配|レジの|コンビニの|知らない人|見知らぬ人|運転手|郵便屋|お店の人|受付の人|薬剤師|看護師|おばちゃん|おじちゃん|おばあさん|おじいさん)[^.]{0,30}?(?:ありがと|優しく|やさしく|お疲れ|おつかれ|いい一日|良い一日|よい一日|気をつけて|気を付けて|声をかけ|声かけ|笑顔|笑いかけ|微笑|大丈夫(?:です)?か)[^]{0,40}?(?:泣いた|泣いて|泣けた|泣けて|泣き出|泣いちゃ|泣きそう|涙(?:が)?(?:出|で|止まら|とまら|こぼれ|あふれ)|号泣)(?![^]{0,30}(?:笑|w(?![a-z])|感動した映画|嬉し泣き|うれし泣き))",
    ),
  },
  {
    // 大晦日。カップ麺。近所の家はどこも明るい。別にいいけど, 誕生日、誰からも連絡なし。毎年のこと: a
    // holiday alone, with the shrug said. A quiet one enjoyed (のんびり, 最高, 満喫) is not this.
    id: "ja.distress.holiday-alone",
    level: "concern",
    category: "distress",
    // 気にしてない, 平気だし are the shrug itself: not a negation.
    negatable: false,
    pattern: ja(
      "(?:クリスマス|イブ|正月|お正月|大晦日|おおみそか|元日|元旦|誕生日|年末年始|お盆|盆休み|連休)[^]{0,60}?(?:ひとり|一人|独り|ぼっち|誰も|だれも|誰から|だれから|家族連れ|どこの家|近所の家|よその家|外は(?:にぎやか|賑やか)|みんな(?:は)?(?:実家|家族|楽しそう|出かけ))[^]{0,60}?(?:別にいい|べつにいい|別に(?:平気|どうでも)|どうでもいい|いつものこと|毎年のこと|毎年こう|慣れてる|なれてる|慣れっこ|知らん|しらん|まあいい|平気だし|気にしてない|どうせ)(?![^]{0,40}(?:楽し|たのし|最高|のんびり|満喫|気楽|快適|笑|w(?![a-z])))",
    ),
  },
  {
    // 復職して一か月でまた行けなくなった。妹にまだ言えてない。恥ずかしくて: back at work or study,
    // then stopped, and the shame or the secret of it. A new job after, or a laugh, is not this.
    id: "ja.distress.relapse-shame",
    level: "concern",
    category: "distress",
    // 言えてない, 行けなくなった are what is reported: not a negation.
    negatable: false,
    pattern: ja(
      "(?:復職|職場復帰|仕事に戻|仕事復帰|学校に戻|復学|再登校|再就職|バイト(?:を)?始め|働き(?:始め|だし|出し)|登校(?:を)?再開|また(?:働き|通い)(?:始め|出し))[^]{0,60}?(?:また(?:行けなく|いけなく|行かなく|休み(?:がち|始め|だし)|辞め|やめ|引きこも|ひきこも|部屋に)|続かな|(?:[0-9]+|一|二|三|ひと|ふた)(?:週間|ヶ月|か月|カ月|ヵ月|日)(?:で|しか)(?:辞め|やめ|行けなく|いけなく|もたな|持たな|続かな))[^]{0,80}?(?:恥ずかし|はずかし|情けな|なさけな|言えてない|言えない|言い出せ|いいだせ|顔向け|合わせる顔|みっともな|自己嫌悪|(?:まだ)?(?:行ってる|通ってる|働いてる)(?:と|って)(?:思って|思われ))(?![^]{0,30}(?:笑|w(?![a-z])|次の(?:仕事|バイト|職場)|転職先|新しい(?:仕事|職場|バイト)))",
    ),
  },
  {
    // 夜中に低血糖、一人で床でブドウ糖かじってた。もう一人で全部やるの疲れた: a long illness carried
    // alone, and worn out by it. A chore done alone is not this.
    id: "ja.distress.ill-and-alone",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:低血糖|発作|持病|透析|インスリン|血糖|抗がん剤|通院|偏頭痛|片頭痛|喘息|難病|病気|慢性|てんかん|リウマチ|痛み止め)[^]{0,100}?(?:一人で|ひとりで|独りで|誰もいな|だれもいな|誰にも頼れ|誰も頼れ)[^]{0,60}?(?:疲れた|つかれた|疲れる|つかれる|もう嫌|もういや|うんざり|しんどい|やってられ|嫌になる|いやになる|心が折れ)(?![^]{0,30}(?:笑|w(?![a-z])))",
    ),
  },
  {
    // 久しぶりに家族の前で夕飯食べた。吐かなかったけど、罪悪感で気持ち悪い: guilt or disgust after a
    // meal, with tears or the urge to purge held back. A treat regretted with a laugh, or food
    // poisoning, is not this.
    id: "ja.distress.guilt-after-eating",
    level: "concern",
    category: "distress",
    // 吐かなかった is what is reported: not a negation.
    negatable: false,
    pattern: ja(
      "(?:食べ|完食|ご飯|ごはん|夕飯|晩ご飯|晩飯|朝ご飯|昼ご飯|ケーキ)[^]{0,60}?(?:吐かなかった|吐かずに|吐かないで|吐くの(?:を)?(?:我慢|がまん|こらえ)|吐きに行|トイレで泣|トイレにこも|泣いた|泣いて|泣けて|涙)[^]{0,60}?(?:罪悪感|ざいあくかん|気持ち悪|きもちわる|汚い|太る|太った|デブ|自己嫌悪|最低|醜い|自分が(?:嫌|いや|気持ち悪))(?![^]{0,30}(?:笑|w(?![a-z])|美味しかった|おいしかった))",
    ),
  },
  {
    // 毎日なんもせんで一日終わる。情けのうて涙出るわ, 今日も何もしないまま夜。情けなくて泣けてくる:
    // tears of shame at oneself, a day or days of nothing. A team's loss, a film, or a laugh is
    // not this.
    id: "ja.distress.shame-tears",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?<!(?:試合|負け|チーム|選手|映画|ドラマ|漫画|子供|子ども|息子|娘)[^.]{0,12})(?:情けな|なさけな|情けの|不甲斐な|ふがいな|自分が(?:嫌|いや|情けな)|自分に(?:腹が立|呆れ))(?:く|うて|くて|すぎて|さ(?:に|で)|い)?[^.]{0,10}?(?:涙|泣け|泣い|泣き|なけて|なける)(?![^]{0,30}(?:笑|w(?![a-z])|感動))",
    ),
  },
  {
    // 親マジでうぜぇ。ドアの前で毎朝ため息つくのやめろ, 母がドア越しに聞こえよがしに嫌味言ってくる: a
    // parent's sighs or remarks aimed at the writer's door. A parent tired from work, or a
    // laugh, is not this.
    id: "ja.distress.sighs-at-my-door",
    level: "concern",
    category: "distress",
    pattern: ja(
      "(?:(?:ドア|部屋|扉|ふすま|襖)の(?:前|外)|ドア越し|扉越し|ふすま越し|襖越し|廊下で|部屋の前で)[^]{0,30}?(?:ため息|溜息|溜め息|舌打ち|嫌味|いやみ|イヤミ|聞こえよがし|ぶつぶつ|ブツブツ|独り言|ひとりごと|文句)|(?:親|母|父|おかん|おとん|おふくろ|親父|おやじ|ばばあ|くそ親|じじい|母親|父親)[^]{0,40}?(?:ため息|溜息|溜め息|舌打ち|嫌味|いやみ|聞こえよがし|ぶつぶつ|独り言|文句)[^]{0,40}?(?:聞こえてん|聞こえてる|聞こえるように|聞こえよがし|わざと|ドアの前|部屋の前|ドア越し)(?![^]{0,30}(?:笑|w(?![a-z])|心配してくれ|優しい|ありがたい))",
    ),
  },
  /** The nineteenth pass's distress kinds (after round 24). */
  {
    // 母の介護でもう何か月もまともに寝てない。誰にも頼れない, 主人を一人で看ていて、私の体ももう
    // もたない: a family carer worn out. A carer's job or exam (介護士, 介護職, 資格), the
    // insurance asked about, or things getting easier is not this.
    id: "ja.distress.carer-worn-out",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?<!(?:仕事|職場|施設|介護士|介護職|ヘルパー|資格|試験|研修|夜勤)[^.]{0,12})(?:夫|妻|主人|旦那|家内|嫁|母|父|親|義母|義父|姑|舅|祖母|祖父|ばあちゃん|じいちゃん|息子|娘)(?:さん|ちゃん)?(?:の|を)(?:介護|看病|介助|世話|面倒を見|看て|みて)[^]{0,60}?(?:眠れ|ねむれ|寝れ|ねれ|寝られ|寝てな|寝てい?ない|休めな|休みがな|限界|疲れ果て|くたくた|クタクタ|へとへと|ヘトヘト|もたな|持たな|腰が|膝が|体が(?:言うこと|いうこと|きかな|動かな|もた|持た|悲鳴)|倒れそう|誰にも頼れ|頼る人が|一人で(?:抱え|看|見)|話を聞いてほし|話を聞いてもらいたい|誰かに聞いてほし)(?![^]{0,30}(?:笑|w$|楽しい|元気になって|よくなって|良くなって))",
    ),
  },
  {
    // 自撮りを勝手に加工されてクラスのグループで回されてた。トイレで泣いた, ネットで晒されて、
    // もう学校行きたくない: mocked online, and the tears or the dread of going in. A meme the
    // writer laughed at is not this.
    id: "ja.distress.mocked-online",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:(?:自撮り|写真|顔|画像|動画|プリ)(?:を|が)?[^.]{0,8}?(?:加工され|コラにされ|コラされ|ネタにされ|晒され|さらされ|拡散され|回され|貼られ|笑いものにされ|いじられ)|(?:ネット|SNS|グループ|グル|ライン|LINE|インスタ|ツイッター|X|TikTok|ティックトック|掲示板|裏垢)(?:で|に)[^.]{0,10}?(?:晒され|さらされ|叩かれ|笑われ|ネタにされ|悪口|陰口|いじられ|バカにされ|馬鹿にされ))[^]{0,60}?(?:泣い|泣け|泣き|涙|行きたくな|いきたくな|行けな|いけな|顔を出せな|学校が怖|会社が怖)(?![^]{0,20}(?:笑|w$|ｗ|面白|おもしろ))",
    ),
  },
  {
    // 国の息子に会いたくて、毎晩布団で泣いてる, 仕事終わると子どもの顔を思い出して涙が止まらない:
    // missing family far away, with tears. Happy tears, a wedding or a film is not this.
    id: "ja.distress.missing-family-far-away",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:(?:子ども|子供|こども|息子|娘|家族|母|父|妻|夫|両親|赤ちゃん|孫)(?:たち|達)?(?:に会いたくて|にあいたくて|に会いたい|が恋しくて|が恋しい|がこいしい|のことを思(?:って|うと|い出)|の顔を思い出|の声を聞くと|の写真を見て)[^]{0,40}?(?:泣|涙)|(?:毎晩|毎日|夜になると|夜は|寝る前)[^.]{0,10}?(?:泣|涙)[^]{0,40}?(?:子ども|子供|こども|息子|娘|家族|両親)(?:たち|達)?(?:に会いたい|が恋しい|に会えな))(?<!(?:嬉し|うれし|感動|結婚式|卒業式|映画|ドラマ)[^]{0,60})(?![^]{0,20}(?:嬉し|うれし|感動|笑))",
    ),
  },
  {
    // 死にたいとかじゃないけど、ずっと心が空っぽ, 何週間も中身が空っぽな感じ: empty inside for a
    // long while. An empty fridge, wallet or stomach, or a blank head before a test, is not this.
    id: "ja.distress.empty-inside",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:心が|こころが|気持ちが|胸が|中身が|自分が|内側が|ずっと|毎日|最近|何週間も|何か月も|何ヶ月も)[^.]{0,6}?(?:空っぽ|からっぽ|空虚|虚無感|むなしい|虚しい)(?<!(?:冷蔵庫|財布|口座|お腹|おなか|腹|タンク|箱|棚|ゴミ箱|バッテリ|電池|頭|部屋|胃)[^.]{0,8})",
    ),
  },
  {
    // 姉が自殺して半年。最後のLINEを何度も読み返してしまう, 親友が自死してから眠れない。なんで
    // 気づけなかったんだろう: grief after a suicide, and the pain of it now. Not the writer's own
    // crisis: distress, with the loss.
    id: "ja.distress.grief-after-suicide",
    level: "concern",
    category: "distress",
    negatable: false,
    pattern: ja(
      "(?:父|母|兄|弟|姉|妹|夫|妻|主人|息子|娘|祖父|祖母|友人|友達|親友|彼|彼女|恋人|いとこ)(?:さん|ちゃん)?(?:が|は|の)(?:自殺|自死)[^]{0,80}?(?:読み返|見返|何度も|頭から離れ|眠れ|ねむれ|寝れ|泣いて(?!い?た)|泣きそう|涙が止まら|自分のせい|私のせい|気づけなかった|気付けなかった|止められなかった|なんで|どうして|受け入れられ|信じられ|忘れられ|夢に出)",
    ),
  },
];
