/** Turns content (localized texts, nodes, resources) into outbound messages in one locale. */
import { resourcesFor } from "../content/content.js";
import { encodeChoice } from "./choice-token.js";
/**
 * The entries whose service speaks `locale` first, the others after, each group in file order:
 * the few lines a crisis shows should include one the person can talk to.
 */
function inLanguageFirst(entries, locale) {
    const speaks = (entry) => entry.languages?.includes(locale) === true;
    return [...entries.filter(speaks), ...entries.filter((entry) => !speaks(entry))];
}
/** Localizes texts for one conversation. */
export class Presenter {
    content;
    variables;
    constructor(content, variables) {
        this.content = content;
        this.variables = variables;
    }
    /** The text in `locale`, falling back to the default locale (the checker forbids gaps). */
    text(text, locale, extra = {}) {
        const raw = text[locale] ?? text[this.content.system.defaultLocale] ?? Object.values(text)[0] ?? "";
        return raw.replace(/\{(\w+)\}/g, (whole, name) => {
            const value = extra[name] ?? this.variables[name];
            if (value === undefined || typeof value === "string")
                return value ?? whole;
            return value[locale] ?? value[this.content.system.defaultLocale] ?? whole;
        });
    }
    /** A text the core itself says; on `channel`, its own wording of it if content has one. */
    system(key, locale, extra = {}, channel) {
        const { texts, channelTexts } = this.content.system;
        const text = (channel && channelTexts?.[channel]?.[key]) ?? texts[key];
        return text ? this.text(text, locale, extra) : "";
    }
    /** The message that asks a waiting node's question. */
    question(position, node, locale) {
        const text = this.text(node.text, locale);
        if (node.type === "input")
            return { type: "text", text };
        return {
            type: "choices",
            text,
            choices: node.choices.map((choice) => ({
                id: encodeChoice({ flow: position.flow, node: position.node, choice: choice.id }),
                label: this.text(choice.label, locale),
            })),
        };
    }
    /**
     * The resources of one kind for a region as one message, headed with the region's name
     * ("相談先（日本）"). Services in the person's language come first. With a `limit`, only the
     * first entries, with their chat addresses in the text (a short crisis turn); without, every
     * entry and the links as buttons. With `ways`, only entries that can be reached one of those
     * ways; nothing at all when none can.
     */
    resources(kind, region, locale, options = {}) {
        const { limit, ways } = options;
        const regional = resourcesFor(this.content, region);
        // A region without its own abuse lines still has its emergency numbers.
        const listed = regional?.[kind] ?? [];
        const fallback = kind === "abuse" && listed.length === 0 ? (regional?.emergency ?? []) : listed;
        const reachable = ways ? fallback.filter((entry) => ways.some((way) => entry[way])) : fallback;
        const all = inLanguageFirst(reachable, locale);
        if (!regional || all.length === 0)
            return [];
        const entries = limit === undefined ? all : all.slice(0, limit);
        const heading = this.system(`resource-heading-${kind}`, locale, {
            region: this.text(regional.name, locale),
        });
        const lines = entries.map((entry) => this.resourceLine(entry, locale, limit !== undefined));
        const messages = [{ type: "text", text: [heading, ...lines].join("\n") }];
        if (limit !== undefined)
            return messages;
        const links = entries.flatMap((entry) => {
            const url = entry.chat ?? entry.url;
            return url ? [{ label: this.text(entry.name, locale), url }] : [];
        });
        if (links.length > 0) {
            messages.push({ type: "links", text: this.system("resource-web", locale), links });
        }
        return messages;
    }
    /** One entry as content words it: name, ways to reach it, hours, note. */
    resourceLine(entry, locale, inlineChat) {
        const ways = [];
        // Chat first: many people in crisis will not phone.
        if (entry.chat) {
            ways.push(this.system("resource-chat", locale, { url: inlineChat ? entry.chat : "" }).trim());
        }
        if (entry.phone)
            ways.push(this.system("resource-phone", locale, { phone: entry.phone }));
        if (entry.sms) {
            const key = entry.sms.keyword ? "resource-sms-keyword" : "resource-sms";
            ways.push(this.system(key, locale, { number: entry.sms.number, keyword: entry.sms.keyword ?? "" }));
        }
        if (ways.length === 0 && entry.url) {
            ways.push(this.system("resource-site", locale, { url: inlineChat ? entry.url : "" }).trim());
        }
        return this.system("resource-line", locale, {
            name: this.text(entry.name, locale),
            ways: ways.length === 0
                ? ""
                : ways.reduce((a, b) => this.system("resource-join", locale, { a, b })),
            hours: this.text(entry.hours, locale),
            note: entry.note ? this.text(entry.note, locale) : "",
        }).trimEnd();
    }
}
//# sourceMappingURL=present.js.map