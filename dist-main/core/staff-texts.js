/** The staff locale for a configured default locale. */
export function staffLocale(locale) {
    return locale === "en" ? "en" : "ja";
}
const words = {
    ja: {
        crisis: "危機の知らせ",
        handoff: "人と話したい",
        status: { open: "未対応", claimed: "対応中", closed: "終了" },
        statusLine: "状態",
        app: "アプリ",
        language: "言語",
        region: "地域",
        campaign: "リンク",
        risk: "リスク",
        rules: "ルール",
        alerts: (count, last) => `知らせ：${count}回（最後 ${last}）`,
        asked: "人と話したい",
        outsideHours: "対応時間外",
        share: {
            nothing: "共有：なし",
            path: "共有：選んだ項目",
            messages: "共有：最近のメッセージ",
        },
        stage: {
            waiting: "担当を待っています",
            offered: "本人に確認中",
            live: "会話中",
            ended: "本人が終了",
            declined: "本人は今は話さない",
        },
        opened: "開始",
        place: { topic: "このトピック", thread: "このスレッド" },
        claim: "担当する",
        close: "終了する",
        sharedPath: "本人が見せてよいとした、選んだ項目：",
        sharedMessages: "本人が見せてよいとした、最近のメッセージ：",
        line: {
            requested: "本人が「人と話したい」を選びました。対応する人は、カードの「担当する」を押してください。",
            claimed: (worker) => `${worker} が担当します。`,
            connected: (where) => `本人とつながりました。${where}に書いたことが本人に届きます（// で始めると届きません）。終えるときは /close と短いメモを送ってください。`,
            askedFirst: "本人に、いま話すかどうかを聞いています。",
            person: "本人：",
            staff: (worker) => `${worker}（ほかのスタッフ窓口から）：`,
            flagged: (categories, urgent) => `${urgent ? "⚠ いま起きているおそれ" : "⚠ 危機の知らせ"}（${categories}）。本人には相談先を伝えました。`,
            ended: {
                ended: "本人が会話を終えました。",
                cancelled: "本人がお願いを取り消しました。",
                stopped: "本人が「やめる」を選びました。ボットからは何も送りません。",
                left: "本人がボットをブロックしたか、友だちから外しました。",
                deleted: "本人がデータを削除しました。",
            },
            accepted: (where) => `本人が話すことを選びました。${where}に書いたことが本人に届きます。`,
            declined: "本人は、いまは話さないことを選びました。",
            unclaimed: (minutes) => `${minutes}分たっても担当がいなかったため、本人にそう伝え、相談先を案内しました。お願いは残っています。担当すると、話すかどうかを先に本人に聞きます。`,
            closed: (worker, note) => `${worker} が終了しました。${note ? `メモ：${note}` : ""}`,
        },
        answer: {
            claimed: (n) => `ケース#${n}を担当します。`,
            taken: (n, worker) => `ケース#${n}は ${worker} が担当しています。`,
            closed: "このケースは終了しています。",
            closedNow: (n) => `ケース#${n}を終了しました。`,
            unknown: "このケースは見つかりません。",
            notMember: "スタッフグループのメンバーだけが操作できます。",
            notStaff: "スタッフ用チャンネルのスタッフだけが操作できます。",
            notKept: "いまは本人に届けられませんでした。少ししてから、もう一度送ってください。",
            tryAgain: "いまはできませんでした。少ししてから、もう一度押してください。",
            notClaimed: "まだ誰も担当していません。本人に書くには、カードの「担当する」を押してください。",
            notLive: "本人には届いていません（本人がまだ話すことを選んでいないか、会話が終わっています）。",
            textOnly: "本人に届けられるのは文字だけです。",
        },
    },
    en: {
        crisis: "Crisis alert",
        handoff: "Asks for a person",
        status: { open: "Open", claimed: "Claimed", closed: "Closed" },
        statusLine: "Status",
        app: "App",
        language: "Language",
        region: "Region",
        campaign: "Link",
        risk: "Risk",
        rules: "Rules",
        alerts: (count, last) => `Alerts: ${count} (last ${last})`,
        asked: "Asks for a person",
        outsideHours: "outside staff hours",
        share: {
            nothing: "shares: nothing more",
            path: "shares: menu items chosen",
            messages: "shares: last messages",
        },
        stage: {
            waiting: "waiting for someone to claim it",
            offered: "asking the person first",
            live: "talking",
            ended: "ended by the person",
            declined: "the person would rather not talk now",
        },
        opened: "Opened",
        place: { topic: "this topic", thread: "this thread" },
        claim: "Claim",
        close: "Close",
        sharedPath: "Menu items the person agreed to show:",
        sharedMessages: "Last messages the person agreed to show:",
        line: {
            requested: "The person asked to talk with a person. Whoever takes it, press Claim on the card.",
            claimed: (worker) => `${worker} claimed this case.`,
            connected: (where) => `Connected. What you write in ${where} reaches the person (start a message with // to keep it in the team). To finish, send /close and a short note.`,
            askedFirst: "The person is being asked whether they want to talk now.",
            person: "Person:",
            staff: (worker) => `${worker} (through another staff channel):`,
            flagged: (categories, urgent) => `${urgent ? "⚠ Possibly happening now" : "⚠ Crisis alert"} (${categories}). The person was given the helplines.`,
            ended: {
                ended: "The person ended the conversation.",
                cancelled: "The person cancelled their request.",
                stopped: "The person said stop. The bot sends them nothing more.",
                left: "The person blocked or removed the bot.",
                deleted: "The person deleted their data.",
            },
            accepted: (where) => `The person chose to talk. What you write in ${where} reaches them.`,
            declined: "The person would rather not talk now.",
            unclaimed: (minutes) => `Nobody claimed this within ${minutes} minutes, so the person was told and given helplines. The request stays open; claiming it asks the person first.`,
            closed: (worker, note) => `${worker} closed this case.${note ? ` Note: ${note}` : ""}`,
        },
        answer: {
            claimed: (n) => `You claimed case #${n}.`,
            taken: (n, worker) => `Case #${n} is claimed by ${worker}.`,
            closed: "This case is closed.",
            closedNow: (n) => `Case #${n} closed.`,
            unknown: "This case was not found.",
            notMember: "Only members of the staff group can do that.",
            notStaff: "Only staff of the staff channel can do that.",
            notKept: "This could not be passed on just now. Please send it again in a moment.",
            tryAgain: "That did not work just now. Please press it again in a moment.",
            notClaimed: "Nobody has claimed this yet. To write to the person, press Claim on the card.",
            notLive: "Not passed on: the person has not chosen to talk yet, or the conversation has ended.",
            textOnly: "Only text can be passed on to the person.",
        },
    },
};
/** The staff words in `locale`. */
export function staffWords(locale) {
    return words[locale];
}
/** A time as the staff read it, in their zone. */
export function staffTime(iso, locale, timeZone) {
    return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
        timeZone,
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
    }).format(new Date(iso));
}
/** The case card's text. */
export function caseCard(view, locale, timeZone) {
    const w = words[locale];
    const sep = locale === "ja" ? "：" : ": ";
    const kinds = [view.crisis ? w.crisis : "", view.handoff ? w.handoff : ""].filter(Boolean);
    const status = view.status === "claimed" && view.worker
        ? `${w.status.claimed} (${view.worker})`
        : w.status[view.status];
    const lines = [
        `#${view.number} · ${kinds.join(" · ")}`,
        `${w.statusLine}${sep}${status}`,
        [
            `${w.app}${sep}${view.channel}`,
            `${w.language}${sep}${view.locale}`,
            `${w.region}${sep}${view.region}`,
            ...(view.campaign ? [`${w.campaign}${sep}${view.campaign}`] : []),
        ].join(" · "),
    ];
    if (view.crisis) {
        if (view.categories.length > 0)
            lines.push(`${w.risk}${sep}${view.categories.join(", ")}`);
        if (view.rules.length > 0)
            lines.push(`${w.rules}${sep}${view.rules.join(", ")}`);
        lines.push(w.alerts(view.alerts, staffTime(view.lastAlertAt ?? view.openedAt, locale, timeZone)));
    }
    if (view.handoff) {
        const h = view.handoff;
        lines.push([
            `${w.asked}${sep}${staffTime(h.requestedAt, locale, timeZone)}`,
            ...(h.outsideHours ? [w.outsideHours] : []),
            w.share[h.share],
            w.stage[h.stage],
        ].join(" · "));
    }
    lines.push(`${w.opened}${sep}${staffTime(view.openedAt, locale, timeZone)} (${timeZone})`);
    return lines.join("\n");
}
/** The topic (thread) name of a case. */
export function caseTitle(view, locale) {
    const w = words[locale];
    return `#${view.number} ${view.crisis ? w.crisis : w.handoff} · ${view.channel} · ${view.locale}`;
}
/** The line a change adds to the case's thread; undefined when only the card changes. */
export function changeLine(change, locale, place = "topic") {
    const line = words[locale].line;
    const where = words[locale].place[place];
    switch (change.type) {
        case "opened":
        case "alert":
            return undefined;
        case "requested":
            return line.requested;
        case "claimed":
            return line.claimed(change.worker);
        case "connected":
            return line.connected(where);
        case "asked-first":
            return line.askedFirst;
        case "message":
            return `${change.from === "person" ? line.person : line.staff(change.worker ?? "")}\n${change.text}`;
        case "flagged":
            return line.flagged(change.categories.join(", ") || "-", change.urgent);
        case "ended":
            return line.ended[change.reason];
        case "answered":
            return change.accepted ? line.accepted(where) : line.declined;
        case "unclaimed":
            return line.unclaimed(change.minutes);
        case "closed":
            return line.closed(change.worker ?? "", change.note ?? "");
    }
}
//# sourceMappingURL=staff-texts.js.map