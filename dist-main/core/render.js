/** Sentence ends in Japanese and English; a split prefers these, then line breaks, then spaces. */
const SENTENCE_END = /(?<=[。！？!?．.])\s*|\n+/g;
/** Splits a text into parts of at most `limit` characters, at sentence boundaries where it can. */
export function splitText(text, limit) {
    if ([...text].length <= limit)
        return [text];
    const sentences = text.split(SENTENCE_END).filter((part) => part.length > 0);
    const parts = [];
    let current = "";
    const flush = () => {
        if (current.trim())
            parts.push(current.trim());
        current = "";
    };
    for (const sentence of sentences) {
        for (const piece of hardSplit(sentence, limit)) {
            const joined = current
                ? `${current}${/[\u3000-\u9fff\uff00-\uffef]$/.test(current) ? "" : " "}${piece}`
                : piece;
            if ([...joined].length > limit) {
                flush();
                current = piece;
            }
            else {
                current = joined;
            }
        }
    }
    flush();
    return parts;
}
/** A sentence longer than the limit is cut at spaces, or at the limit when there are none. */
function hardSplit(sentence, limit) {
    const chars = [...sentence];
    if (chars.length <= limit)
        return [sentence];
    const out = [];
    let rest = chars;
    while (rest.length > limit) {
        const window = rest.slice(0, limit).join("");
        const space = window.lastIndexOf(" ");
        const cut = space > limit / 2 ? space : limit;
        out.push(rest.slice(0, cut).join("").trim());
        rest = rest.slice(cut);
    }
    if (rest.length > 0)
        out.push(rest.join("").trim());
    return out.filter((part) => part.length > 0);
}
/** Renders messages within a channel's capabilities. */
export function fitToChannel(messages, caps) {
    const out = [];
    for (const message of messages) {
        if (message.type === "text") {
            for (const part of splitText(message.text, caps.maxTextLength))
                out.push({ type: "text", text: part });
            continue;
        }
        if (message.type === "links") {
            const lines = message.links.map((link) => `${link.label}: ${link.url}`).join("\n");
            const text = message.text ? `${message.text}\n${lines}` : lines;
            for (const part of splitText(text, caps.maxTextLength))
                out.push({ type: "text", text: part });
            continue;
        }
        const fits = message.choices.length <= caps.maxChoices &&
            message.choices.every((choice) => [...choice.label].length <= caps.maxLabelLength &&
                Buffer.byteLength(choice.id) <= caps.maxChoiceIdBytes);
        if (fits) {
            const parts = splitText(message.text, caps.maxTextLength);
            for (const part of parts.slice(0, -1))
                out.push({ type: "text", text: part });
            out.push({ ...message, text: parts.at(-1) ?? message.text });
            continue;
        }
        const list = message.choices.map((choice, index) => `${index + 1}. ${choice.label}`).join("\n");
        for (const part of splitText(`${message.text}\n\n${list}`, caps.maxTextLength)) {
            out.push({ type: "text", text: part });
        }
    }
    return out;
}
//# sourceMappingURL=render.js.map