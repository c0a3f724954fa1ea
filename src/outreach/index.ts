/**
 * Outreach workers' tools, put together: campaign links and their QR codes and cards, the
 * attribution of conversations to live codes, anonymous counters and the figures built on them.
 * The CLI (`komorebi link`, `komorebi stats`) and the admin page both work through this.
 */
import type { Keyv } from "keyv";
import type { EventSink } from "../adapters/shared/adapter.js";
import { type Content, nodeAt, resolveTarget } from "../content/content.js";
import type { FlowChoice } from "../content/schema.js";
import type { Logger } from "../core/ports.js";
import { Presenter } from "../core/present.js";
import type { ChannelId, HandleResult, InboundEvent } from "../core/types.js";

/** What counting needs from a handled event (a core result or a dispatcher's turn outcome). */
export type Counted = Pick<HandleResult, "conversation" | "milestones" | "referral">;

import {
  type Campaign,
  CampaignInputError,
  type CampaignStore,
  createCampaignStore,
  type KeyLock,
} from "./campaigns.js";
import { type CardSize, renderCard } from "./card.js";
import { type CounterStore, createCounterStore } from "./counters.js";
import { computeFigures, type FigureQuery, type Figures } from "./figures.js";
import { greetingProblems } from "./greeting.js";
import {
  type CampaignLinks,
  campaignLinks,
  type LinkSettings,
  QR_CHANNELS,
  type QrChannel,
} from "./links.js";
import { qrPng, qrSvg } from "./qr.js";

export { type Campaign, CampaignInputError } from "./campaigns.js";
export type { CardSize } from "./card.js";
export type { FigureRow, Figures } from "./figures.js";
export { type CampaignLinks, type LinkSettings, QR_CHANNELS, type QrChannel } from "./links.js";

/** What the outreach tools are built from. */
export interface OutreachDependencies {
  kv: Keyv<unknown>;
  /** The store's lock (`store.conversations.withLock`): keeps counts whole across processes. */
  lock: KeyLock;
  content: Content;
  orgName: string;
  logger: Logger;
  /** Where links point; read when a link is made (a Telegram username may come from getMe). */
  linkSettings: () => Promise<LinkSettings>;
}

/** A new link as a worker asks for it. */
export interface LinkRequest {
  campaign: string;
  note?: string;
  greeting?: { ja?: string; en?: string };
  code?: string;
}

/** The outreach tools. */
export interface Outreach {
  campaigns: CampaignStore;
  counters: CounterStore;
  /** Checks the greeting against the content guide, then stores the campaign. */
  createLink(request: LinkRequest, now?: Date): Promise<Campaign>;
  links(code: string): Promise<CampaignLinks>;
  /** A QR code of one channel's link; undefined when that channel has no link. */
  qr(code: string, channel: QrChannel, format: "png"): Promise<Buffer | undefined>;
  qr(code: string, channel: QrChannel, format: "svg"): Promise<string | undefined>;
  /** The printable card in one size and locale. */
  card(code: string, size: CardSize, locale: string): Promise<string>;
  figures(query?: Omit<FigureQuery, "menuChoices">): Promise<Figures>;
  /**
   * A start's referral code checked against the live campaigns: an unknown or revoked code is
   * dropped (the conversation goes on, unattributed); a live one brings its greeting.
   */
  attribute(event: InboundEvent): Promise<InboundEvent>;
  /** Counts the milestones of a handled event; never throws (a lost count is only logged). */
  count(channel: ChannelId, result: Counted, now?: Date): Promise<void>;
  /** A figure column's name for people: a menu choice's label in `locale`, else the metric. */
  metricLabel(metric: string, locale: string): string | undefined;
  /**
   * The event sink (the dispatcher) with attribution in front: every start is checked against
   * the live campaigns before it is kept, so the core sees a resolved code.
   */
  attributing<T extends EventSink>(sink: T): T;
}

/** Builds the outreach tools on a store. */
export function createOutreach(deps: OutreachDependencies): Outreach {
  const { kv, lock, content, logger } = deps;
  const campaigns = createCampaignStore(kv, lock);
  const counters = createCounterStore(kv, lock);
  const presenter = new Presenter(content, { org: deps.orgName });
  const menu = menuChoices(content);

  const links = async (code: string) => campaignLinks(code, await deps.linkSettings());

  async function qr(code: string, channel: QrChannel, format: "png"): Promise<Buffer | undefined>;
  async function qr(code: string, channel: QrChannel, format: "svg"): Promise<string | undefined>;
  async function qr(code: string, channel: QrChannel, format: "png" | "svg") {
    const link = (await links(code))[channel];
    if (!link) return undefined;
    return format === "png" ? qrPng(link) : qrSvg(link);
  }

  const attribute = async (event: InboundEvent): Promise<InboundEvent> => {
    const payload = event.payload;
    if (payload.type !== "start") return event;
    // Only this function says what a campaign greets with: nothing from outside is passed on.
    if (payload.referral === undefined) return { ...event, payload: { type: "start" } };
    let campaign: Awaited<ReturnType<CampaignStore["find"]>>;
    try {
      campaign = await campaigns.find(payload.referral);
    } catch (error) {
      logger.warn("campaign lookup failed; the conversation goes on unattributed", {
        channel: event.channel,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    return {
      ...event,
      payload: campaign ? { ...payload, campaign } : { type: "start" },
    };
  };

  const count = async (channel: ChannelId, result: Counted, now = new Date()) => {
    if (!result.referral || !result.milestones?.length) return;
    try {
      await counters.add(result.referral, channel, result.milestones, now);
    } catch (error) {
      logger.warn("campaign count lost", {
        conversation: result.conversation,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return {
    campaigns,
    counters,
    async createLink(request, now) {
      const problems = Object.entries(request.greeting ?? {}).flatMap(([locale, text]) =>
        text
          ? greetingProblems(text, locale).map((problem) => `greeting (${locale}): ${problem}`)
          : [],
      );
      if (problems.length > 0) throw new CampaignInputError(problems.join("; "));
      return campaigns.create(
        {
          campaign: request.campaign,
          ...(request.note ? { note: request.note } : {}),
          ...(request.greeting
            ? { greeting: { ...request.greeting } as Record<string, string> }
            : {}),
          ...(request.code ? { code: request.code } : {}),
        },
        now,
      );
    },
    links,
    qr,
    async card(code, size, locale) {
      const found = await links(code);
      const codes = [];
      for (const channel of QR_CHANNELS) {
        const link = found[channel];
        if (link) codes.push({ channel, link, svg: await qrSvg(link) });
      }
      const text = (key: Parameters<Presenter["system"]>[0]) => presenter.system(key, locale);
      return renderCard({
        size,
        locale,
        botName: `komorebi（こもれび）・${deps.orgName}`,
        texts: {
          title: text("card-title"),
          invite: text("card-invite"),
          how: text("card-how"),
          noPressure: text("card-no-pressure"),
        },
        codes,
      });
    },
    metricLabel(metric, locale) {
      const choice = metric.startsWith("menu:")
        ? menu.find((c) => c.id === metric.slice("menu:".length))
        : undefined;
      return choice ? presenter.text(choice.label, locale) : undefined;
    },
    figures: (query = {}) =>
      computeFigures(campaigns, counters, {
        ...query,
        menuChoices: menu.map((choice) => choice.id),
      }),
    attribute,
    count,
    attributing(sink) {
      return {
        ...sink,
        accept: async (arrivals, options) =>
          sink.accept(
            await Promise.all(
              arrivals.map(async (arrival) => ({
                ...arrival,
                event: await attribute(arrival.event),
              })),
            ),
            options,
          ),
      };
    },
  };
}

/** The main menu's choices, in order: stable figure columns and their labels. */
function menuChoices(content: Content): readonly FlowChoice[] {
  const menu = resolveTarget(content, "", content.system.entry.menu);
  const node = menu && "flow" in menu ? nodeAt(content, menu) : undefined;
  return node?.type === "ask" ? node.choices : [];
}
