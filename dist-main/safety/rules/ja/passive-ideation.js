/** The ja rules of category `passive-ideation`; each rule's examples are in test/safety/rule-examples.json. */
import { ja } from "../../rule-types.js";
import { LOVED_ONE, NOT_NEG, SELF } from "./patterns.js";
export const JA_PASSIVE_IDEATION_RULES = [
    // --------------------------------------------------------------- passive ideation
    {
        id: "ja.passive-ideation.shinitai",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(
        // 死にたか (Kyushu) is the plain form; 死にたかねえ says the opposite.
        `(?:死に|死んでしまい|死んじまい|死んじゃい)(?:たい|たく${NOT_NEG}|たか(?:っ|ろ|(?![なね]))|たみ|たさ|たすぎ|たがり|てえ|て(?=$|[.,!\\sわなよ])|てん(?:だ|です|の|よ))`),
    },
    {
        id: "ja.passive-ideation.kietai",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`消え(?:たい|たく${NOT_NEG}|たか(?:っ|ろ)|たみ|て(?:しま|ま)いたい|ち(?:ゃ|ま)いたい|てしまいて(?:え)?(?=$|[.,!\\sなよわ])|てえ(?=$|[.,!\\sなよわ])|てなくなりたい|去りたい|てしまえたら|られたら|れたら)`),
    },
    {
        id: "ja.passive-ideation.inakunaritai",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`いなくなり(?:たい|たく${NOT_NEG})|いなくなれたら|いなくなってしまいたい|存在(?:を|ごと)?消し(?:たい|てしまいたい)|存在したく${NOT_NEG}`),
    },
    {
        id: "ja.passive-ideation.ikitakunai",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja("生き(?:て(?:い)?)?たく(?:も|は)?(?:ない|ねえ|ありません|なくなっ)|生きる(?:の|こと)を?(?:やめ|止め|辞め|終わりにし)(?:たい|よう|る)"),
    },
    {
        id: "ja.passive-ideation.never-wake",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja("目が(?:覚め|さめ)(?:なければ|なきゃ|ないで|ませんように|なかったら|なくていい|たくない)|(?:明日|あした|朝)(?:なんて|なんか|は|が|も)?(?:来な|こな)(?:ければ|きゃ|いで|かったら|くていい|くても)|(?:明日|朝)が来ませんように|(?:ずっと|永遠に|このまま)(?:眠|ねむ)(?:り(?:たい|続けたい)|ったまま)|二度と(?:目覚め|起き)(?:たくない|なくていい|ませんように)"),
    },
    {
        id: "ja.passive-ideation.better-dead",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja("死ね(?:たら|れば|ば)(?:いい|楽|どんなに|幸せ)|死ねたら|死ねる(?:なら|もんなら)|死んで(?:しまいたい|しまえたら|楽に)|(?:死んで|死んじ)(?:しま|ま)い(?:たい|て(?:え)?(?=$|[.,!\\sなよわ]|ん(?:だ|です|よ)))|もう(?:いつ)?死んでも(?:いい|良い|かまわない)(?:や|かな|よね|と思|気がする|んだ)|死んじゃ(?:いたい|えたら|おう)|死んだ(?:ほう|方)が(?:まし|いい|楽)|死んだら(?:楽|みんな|全部)|死んで(?:い)?(?:れば|たら)(?:いい|良い|よかった)(?:のに|な)|死ねないから|死ぬの(?:も|が)(?:あり|いい|悪くない|楽|一番|いちばん|まし)"),
    },
    {
        id: "ja.passive-ideation.never-born",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja("(?:生|産)まれて(?:こなければ|来なければ|きたくなかった|こなきゃ|こなかったら|こない(?:ほう|方)が|こなかった(?:ほう|方)が|こなくて(?:よかった|良かった))|(?:生|産)まれな(?:ければ|きゃ)(?:よかった|良かった)|(?:生|産)まれたくなかった"),
    },
    {
        id: "ja.passive-ideation.die-myself",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja("(?:自分|私|俺|僕|わたし|おれ|ぼく)(?:なんか|なんて|は|が|も)?(?:もう|早く|はやく)?死ね(?!な|ば|たら|る)"),
    },
    {
        id: "ja.passive-ideation.iku-slang",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`逝き(?:たい|たく${NOT_NEG}|ます)|逝こう|逝くつもり|先に逝く`),
    },
    {
        // 存在ごとなくなりたい, 最初からいなかったことにしてほしい: to be erased, not only to die.
        id: "ja.passive-ideation.erase-existence",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`(?:存在|そんざい)(?:ごと|自体|そのもの|が|を|も|まるごと)?(?:なくなり|無くなり|消え|消し|消滅し|抹消し|消し去り)(?:たい|たく${NOT_NEG}|てしまいたい|ちゃいたい)|(?:最初|はじめ|初め|元)から${SELF}?(?:なんて|なんか|が|は|も|の存在)?(?:いなかった|居なかった|存在しなかった|生まれなかった|生まれてこなかった|産まれなかった|産まれてこなかった)(?:ことに(?:して|したい|なれば|なったら|なりたい|できたら|できれば)|ら(?:よかった|良かった|いい)|(?:ほう|方)が|なら(?:よかった|良かった))|${SELF}(?:の存在|という存在)?(?:を|ごと)?(?:なかったことに|消し去り)(?:したい|して(?:ほしい|しまいたい)|できたら)|(?:存在(?:して(?:い)?|し)なかった|生まれ(?:てこ)?なかった)ことに(?:したい|して(?:ほしい|しまいたい)|なりたい|なれば|できたら)`),
    },
    {
        // 自分が消えてしまえばいい: wishing oneself gone, with the person as the subject.
        id: "ja.passive-ideation.self-gone-would-be-good",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`${SELF}(?:なんか|なんて|が|は|も)?[^.,が]{0,10}?(?:消えて(?:しまえ|しまっ|くれ)?|消えれ|消え|いなくなれ|いなくなって(?:しまえ|しまっ)?|いなくなっ)(?:ば|たら)(?:いい|良い|よい|楽|どんなに)`),
    },
    {
        // 楽になりたい is distress; with a grave, heaven or "for good" it is the wish to die.
        id: "ja.passive-ideation.rest-for-good",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja("(?:楽になり(?:たい|てえ)|楽にな(?:れる|れた)(?:かな|なら|ら))[^]{0,10}?(?:coffin|rope|天国|あの世)|(?:coffin|rope|天国|あの世)[^]{0,10}?楽になり(?:たい|てえ)|(?:永遠に|完全に|一生)楽になり(?:たい|てえ)|(?:もう|いっそ)+楽に(?:なっても(?:いい|良い)(?:よね|かな|ですか|でしょうか)|なろう|なっちゃお)"),
    },
    {
        // Joining the dead: 天国に行きたい, ばあちゃんのとこに行きたい。向こうのほうが楽そう.
        id: "ja.passive-ideation.join-the-dead",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`(?:天国|あの世|向こうの世界|死後の世界|黄泉)(?:に|へ|まで)?(?:早く|はやく|もう|今すぐ|すぐ|そろそろ)?(?:行き|いき|逝き)(?:たい|たく${NOT_NEG})|(?:天国|あの世)の(?:ほう|方)が[^.]{0,4}?(?:楽(?!し)|まし|幸せ|いい)|(?:亡くなった|死んだ|先に逝った|天国の|天国にいる|あの世の)[^.]{0,8}?の(?:とこ|ところ|所|そば|もと|元)(?:に|へ)?[^.]{0,4}?(?:行き|いき|逝き)(?:たい|たく${NOT_NEG})|${LOVED_ONE}の(?:とこ|ところ|所|そば|もと|元)(?:に|へ)?[^.]{0,4}?(?:行き|いき|逝き)(?:たい|たく${NOT_NEG})[^]{0,24}?(?:向こう(?:の(?:ほう|方)|側|の世界)?(?:が|は)[^.]{0,4}?(?:楽(?!し)|幸せ|まし)|あの世|天国(?!みたい)|死んだら|亡くなっ)`),
    },
    {
        id: "ja.passive-ideation.eternal-sleep",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`永眠(?:したい|したく${NOT_NEG}|できたら|できれば|させて(?:ほしい|くれ)|しよう|しちゃいたい)|永遠の眠りに(?:つき|就き)(?:たい|たく${NOT_NEG})|(?:安楽死|尊厳死)(?:したい|したく${NOT_NEG}|させて(?:ほしい|くれ|ください)|できたら|できれば|を選びたい|を望)`),
    },
    {
        // 生きていたいとも思わない: not wanting to live, said through its negation.
        id: "ja.passive-ideation.no-wish-to-live",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja("生き(?:て(?:い)?)?たい(?:と|って)?(?:も|は|とも|とは|なんて)?(?:全然|ぜんぜん|まったく|別に|べつに|少しも|もう|あまり|特に|一度も)?(?:思わ|思え|おもわ|おもえ)(?:ない|ん|へん|ません|なく|ず)"),
    },
    {
        id: "ja.passive-ideation.mixed-english",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja("(?:die|suicide|kill ?myself|unalive|disappear) ?(?:したい|しよう|する(?:つもり|しか(?:ない|無い|ねえ|ありません|なくて|なさそう)?)|しちゃいたい)"),
    },
    {
        // それ以上生きるつもりはありません: no intention of living on.
        id: "ja.passive-ideation.no-intent-to-live",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja("(?<![でにとてら])生き(?:る|ていく|ている|てる|続ける|ながらえる)(?:つもり|気|予定|必要|資格)(?:は|が|も|なんて|なんか)?(?:もう|全然|さらさら|これっぽっちも)?(?:ない|無い|ありません|ねえ|ございません)"),
    },
    {
        // 眠るように逝ける: an imagined gentle death.
        id: "ja.passive-ideation.could-go",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja("逝け(?:る(?:の|なら|かな|かも|でしょう|だろう|んじゃ)|たら|れば)|眠るように(?:逝|死)(?:け|ね|き(?:たい|ます)|にたい)"),
    },
    {
        // 前にも一回、首を…ってしたことある。またあの時みたいになってきて: an attempt before (the
        // method often left as an ellipsis) and the same state coming back is a crisis now.
        id: "ja.passive-ideation.attempt-feeling-back",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja(`(?:首を(?!寝違|痛|傷め|いため|ひね|捻)|首つ|首吊|くびつ|(?:薬|くすり)(?:を)?(?:大量|たくさん|いっぱい|全部|まとめて|一気)?(?:に)?(?:飲|のん|OD)|OD|オーバードーズ|飛び降り|とびおり|リスカ|自殺|未遂|救急車|搬送|胃洗浄|死のうと)[^]{0,40}?(?:した|やった|しかけた|運ばれた|なった|された)こと(?:が|は|も)?(?:ある|あって|あります|あんの|あるん)[^]{0,80}?(?:また|再び|ふたたび|最近)[^.]{0,20}?(?:あの時|あのとき|あの頃|あのころ|その時|そのとき|あの日|あれ|あの感じ|前)(?:みたい|と同じ|とおなじ|のよう|っぽ|に戻|みたく)`),
    },
    {
        // 希死念慮えぐい, 希死念慮がある: the clinical word said of oneself is plainly stated ideation.
        id: "ja.passive-ideation.kishinenryo",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja("希死念慮"),
    },
    {
        // An older person's wish to be taken: お迎えが来てほしい, そろそろお迎えが来んかね,
        // 長生きしたくない, もう十分生きた; in 九州 dialect 早うお迎えが来てほしか (round 20).
        id: "ja.passive-ideation.waiting-to-be-taken",
        level: "crisis",
        category: "passive-ideation",
        pattern: ja(`お迎え(?:が|は)(?:早く|はよう|早う|はよ|そろそろ|もう)?(?:来て|きて|来ん|こん|来ない|こない|来ぬ|来る)(?:ほしい|欲しい|ほしか|欲しか|くれ|もらい|くれん|くれない|かね|かな|かのう|もんか|ものか|だろうか|のを待|を待)|(?:早く|はよう|はよ|そろそろ)お迎えが(?:来|き|こ)|(?:仏さん|仏様|ご先祖|神様|神さま)(?:が|に)?[^.]{0,6}?(?:呼んで|迎えに来て|連れて行って|連れていって)(?:ほしい|欲しい|くれ|くれん|もらい)|(?:これ以上|もう|そんなに)?長生き(?:なんか|など|は)?(?:したくない|しとうない|したくねえ|したないわ|せんでいい|しなくていい|したいと思わない)|もう(?:十分|じゅうぶん)生きた(?:[,.\\s]*(?:そろそろ|もう|早く)[^.]{0,8}?(?:終わり|おわり|逝き|いき|死に|しに))?`),
    },
    // ---------------------------------------- seventeenth pass (after round 22), gaps beside the everyday
    {
        // 獣医さんと相談して猫を安楽死させた。次は私の番かな: a pet put to sleep, then the writer turning it on
        // themselves (次は私の番, 私も同じ注射をしてほしい). The turn for chores, the bill or the next
        // appointment, or grief alone, are not this.
        id: "ja.passive-ideation.pet-euthanised-my-turn",
        level: "crisis",
        category: "passive-ideation",
        negatable: false,
        pattern: ja(`(?:安楽死|眠らせ|ねむらせ|注射で(?:送|逝|見送))[^]{0,80}?(?:(?:次は|つぎは|今度は|こんどは)(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分)(?:の番|のばん)(?:かな|かも|だ|だな|だね|な気がする|ならいい|がいい|にして|$|[.,!?…])|(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分)(?:も|にも)(?:同じ|おなじ)(?:ように|注射|ちゅうしゃ|薬|くすり)?(?:を|で)?[^.]{0,6}?(?:して|打って|うって|眠らせて|ねむらせて)(?:ほしい|欲しい|もらいたい|くれ|ください)|(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分)(?:も|にも)(?:眠らせて|ねむらせて|楽にして|らくにして)(?:ほしい|欲しい|もらいたい|くれ|ください))(?<=(?:猫|ねこ|犬|いぬ|うさぎ|ハムスター|フェレット|インコ|ペット|愛犬|愛猫|この子|あの子|獣医|動物病院)[^]{0,160})(?<!(?:ゴミ|ごみ|掃除|当番|洗い物|皿洗い|料理|買い物|支払|払う|会計|順番待ち|診察|受付|呼ばれ|トリミング|予防接種|健康診断|検診|ワクチン)[^.]{0,20})(?![^.]{0,20}(?:ゴミ|ごみ|掃除|当番|洗い物|皿洗い|料理|買い物|支払|払う|会計|順番待ち|診察|受付|呼ばれ|トリミング|予防接種|健康診断|検診|ワクチン|老後|年取|歳取))`),
    },
];
//# sourceMappingURL=passive-ideation.js.map