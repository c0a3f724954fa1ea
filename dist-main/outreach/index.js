import { nodeAt, resolveTarget } from "../content/content.js";
import { Presenter } from "../core/present.js";
import { CampaignInputError, createCampaignStore, } from "./campaigns.js";
import { renderCard } from "./card.js";
import { createCounterStore } from "./counters.js";
import { computeFigures } from "./figures.js";
import { greetingProblems } from "./greeting.js";
import { campaignLinks, QR_CHANNELS, } from "./links.js";
import { qrPng, qrSvg } from "./qr.js";
export { CampaignInputError } from "./campaigns.js";
export { QR_CHANNELS } from "./links.js";
/** Builds the outreach tools on a store. */
export function createOutreach(deps) {
    const { kv, lock, content, logger } = deps;
    const campaigns = createCampaignStore(kv, lock);
    const counters = createCounterStore(kv, lock);
    const presenter = new Presenter(content, { org: deps.orgName });
    const menu = menuChoices(content);
    const links = async (code) => campaignLinks(code, await deps.linkSettings());
    async function qr(code, channel, format) {
        const link = (await links(code))[channel];
        if (!link)
            return undefined;
        return format === "png" ? qrPng(link) : qrSvg(link);
    }
    const attribute = async (event) => {
        const payload = event.payload;
        if (payload.type !== "start")
            return event;
        // Only this function says what a campaign greets with: nothing from outside is passed on.
        if (payload.referral === undefined)
            return { ...event, payload: { type: "start" } };
        let campaign;
        try {
            campaign = await campaigns.find(payload.referral);
        }
        catch (error) {
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
    const count = async (channel, result, now = new Date()) => {
        if (!result.referral || !result.milestones?.length)
            return;
        try {
            await counters.add(result.referral, channel, result.milestones, now);
        }
        catch (error) {
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
            const problems = Object.entries(request.greeting ?? {}).flatMap(([locale, text]) => text
                ? greetingProblems(text, locale).map((problem) => `greeting (${locale}): ${problem}`)
                : []);
            if (problems.length > 0)
                throw new CampaignInputError(problems.join("; "));
            return campaigns.create({
                campaign: request.campaign,
                ...(request.note ? { note: request.note } : {}),
                ...(request.greeting
                    ? { greeting: { ...request.greeting } }
                    : {}),
                ...(request.code ? { code: request.code } : {}),
            }, now);
        },
        links,
        qr,
        async card(code, size, locale) {
            const found = await links(code);
            const codes = [];
            for (const channel of QR_CHANNELS) {
                const link = found[channel];
                if (link)
                    codes.push({ channel, link, svg: await qrSvg(link) });
            }
            const text = (key) => presenter.system(key, locale);
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
        figures: (query = {}) => computeFigures(campaigns, counters, {
            ...query,
            menuChoices: menu.map((choice) => choice.id),
        }),
        attribute,
        count,
        attributing(sink) {
            return {
                ...sink,
                accept: async (arrivals, options) => sink.accept(await Promise.all(arrivals.map(async (arrival) => ({
                    ...arrival,
                    event: await attribute(arrival.event),
                }))), options),
            };
        },
    };
}
/** The main menu's choices, in order: stable figure columns and their labels. */
function menuChoices(content) {
    const menu = resolveTarget(content, "", content.system.entry.menu);
    const node = menu && "flow" in menu ? nodeAt(content, menu) : undefined;
    return node?.type === "ask" ? node.choices : [];
}
//# sourceMappingURL=index.js.map