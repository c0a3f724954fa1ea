/** Turns content (localized texts, nodes, resources) into outbound messages in one locale. */
import { type Content, resourcesFor } from "../content/content.js";
import type {
  LocalizedText,
  ResourceEntry,
  SystemTextKey,
  WaitingNode,
} from "../content/schema.js";
import { encodeChoice } from "./choice-token.js";
import type { FlowPosition } from "./state.js";
import type { Link, OutboundMessage } from "./types.js";

/** Values that texts may name as `{org}` and so on. */
export type TextVariables = Readonly<Record<string, string>>;

/** Localizes texts for one conversation. */
export class Presenter {
  constructor(
    private readonly content: Content,
    private readonly variables: TextVariables,
  ) {}

  /** The text in `locale`, falling back to the default locale (the checker forbids gaps). */
  text(text: LocalizedText, locale: string, extra: TextVariables = {}): string {
    const raw =
      text[locale] ?? text[this.content.system.defaultLocale] ?? Object.values(text)[0] ?? "";
    return raw.replace(
      /\{(\w+)\}/g,
      (whole, name: string) => extra[name] ?? this.variables[name] ?? whole,
    );
  }

  /** A text the core itself says. */
  system(key: SystemTextKey, locale: string, extra: TextVariables = {}): string {
    const text = this.content.system.texts[key];
    return text ? this.text(text, locale, extra) : "";
  }

  /** The message that asks a waiting node's question. */
  question(position: FlowPosition, node: WaitingNode, locale: string): OutboundMessage {
    const text = this.text(node.text, locale);
    if (node.type === "input") return { type: "text", text };
    return {
      type: "choices",
      text,
      choices: node.choices.map((choice) => ({
        id: encodeChoice({ flow: position.flow, node: position.node, choice: choice.id }),
        label: this.text(choice.label, locale),
      })),
    };
  }

  /** The resources of one kind for a region, as a text and (when there are any) links. */
  resources(
    kind: "crisis" | "emergency" | "support",
    region: string,
    locale: string,
  ): OutboundMessage[] {
    const regional = resourcesFor(this.content, region);
    const entries = regional?.[kind] ?? [];
    if (entries.length === 0) return [];
    const lines = entries.map((entry) => this.resourceLine(entry, locale));
    const links: Link[] = entries.flatMap((entry) => {
      const url = entry.chat ?? entry.url;
      return url ? [{ label: this.text(entry.name, locale), url }] : [];
    });
    const messages: OutboundMessage[] = [{ type: "text", text: lines.join("\n") }];
    if (links.length > 0) {
      messages.push({ type: "links", text: this.system("resource-web", locale), links });
    }
    return messages;
  }

  private resourceLine(entry: ResourceEntry, locale: string): string {
    const parts = [`・${this.text(entry.name, locale)}`];
    if (entry.phone) parts.push(this.system("resource-phone", locale, { phone: entry.phone }));
    if (entry.sms) {
      const key = entry.sms.keyword ? "resource-sms-keyword" : "resource-sms";
      parts.push(
        this.system(key, locale, { number: entry.sms.number, keyword: entry.sms.keyword ?? "" }),
      );
    }
    if (entry.chat) parts.push(this.system("resource-chat", locale));
    const hours = this.text(entry.hours, locale);
    const note = entry.note ? ` ${this.text(entry.note, locale)}` : "";
    return `${parts.join(" ")} (${hours})${note}`;
  }
}
