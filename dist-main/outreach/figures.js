import { dayOf } from "./counters.js";
import { cell, shown, suppressComplementary, } from "./suppress.js";
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_WEEKS = 12;
/** The Monday (UTC) of the week a day is in. */
export function weekOf(day) {
    const time = Date.parse(`${day}T00:00:00Z`);
    const weekday = (new Date(time).getUTCDay() + 6) % 7;
    return dayOf(new Date(time - weekday * DAY_MS));
}
/** Computes suppressed figures from the store. */
export async function computeFigures(campaigns, counters, query = {}) {
    const until = dayOf(query.now ?? new Date());
    const since = weekOf(query.since ?? dayOf(new Date(Date.parse(until) - (DEFAULT_WEEKS * 7 - 1) * DAY_MS)));
    const wanted = (await campaigns.list()).filter((c) => !query.campaign || c.campaign === query.campaign || c.code === query.campaign);
    const relations = [];
    const metricsSeen = new Set();
    const built = [];
    for (const campaign of wanted) {
        const first = since > dayOf(new Date(campaign.createdAt))
            ? since
            : weekOf(dayOf(new Date(campaign.createdAt)));
        const days = first <= until ? await counters.days(campaign.code, first, until) : [];
        const totals = new Map();
        const weekTotals = new Map();
        for (let week = first; week <= until; week = dayOf(new Date(Date.parse(week) + 7 * DAY_MS))) {
            weekTotals.set(week, 0);
        }
        for (const { day, counts } of days) {
            for (const [channel, row] of Object.entries(counts)) {
                const channelTotals = totals.get(channel) ?? new Map();
                for (const [metric, value] of Object.entries(row)) {
                    metricsSeen.add(metric);
                    channelTotals.set(metric, (channelTotals.get(metric) ?? 0) + value);
                }
                totals.set(channel, channelTotals);
                const week = weekOf(day);
                weekTotals.set(week, (weekTotals.get(week) ?? 0) + (row.started ?? 0));
            }
        }
        built.push({
            campaign,
            channels: new Map([...totals].map(([channel, values]) => [
                channel,
                new Map([...values].map(([metric, value]) => [metric, cell(value)])),
            ])),
            weeks: new Map([...weekTotals].map(([week, value]) => [week, cell(value)])),
        });
    }
    const metrics = metricOrder(metricsSeen, query.menuChoices ?? []);
    const rows = [];
    const weekly = [];
    for (const { campaign, channels, weeks } of built) {
        const channelCells = [...channels].sort(([a], [b]) => a.localeCompare(b));
        const ensure = (cells) => {
            for (const metric of metrics)
                if (!cells.has(metric))
                    cells.set(metric, cell(0));
            return cells;
        };
        for (const [, cells] of channelCells)
            ensure(cells);
        const all = ensure(new Map());
        for (const metric of metrics) {
            const parts = channelCells.map(([, cells]) => cells.get(metric));
            const total = cell(parts.reduce((sum, part) => sum + part.value, 0));
            all.set(metric, total);
            if (parts.length > 0)
                relations.push({ total, parts });
        }
        // Started per week and the period's started total are the same sum, shown side by side.
        const weekCells = [...weeks];
        relations.push({ total: all.get("started"), parts: weekCells.map(([, c]) => c) });
        const row = (channel, cells) => ({
            row: { campaign: campaign.campaign, code: campaign.code, channel, counts: {} },
            cells,
        });
        for (const [channel, cells] of channelCells)
            rows.push(row(channel, cells));
        if (channelCells.length !== 1)
            rows.push(row("all", all));
        weekly.push({
            series: { campaign: campaign.campaign, code: campaign.code, weeks: [] },
            cells: weekCells,
        });
    }
    suppressComplementary(relations);
    for (const { row, cells } of rows) {
        for (const metric of metrics)
            row.counts[metric] = shown(cells.get(metric) ?? cell(0));
    }
    for (const { series, cells } of weekly) {
        series.weeks = cells.map(([week, c]) => ({ week, started: shown(c) }));
    }
    return {
        since,
        until,
        metrics,
        rows: rows.map((r) => r.row),
        weekly: weekly.map((w) => w.series),
    };
}
/** started, welcomed, menu choices (content order, then any others), then the rest. */
function metricOrder(seen, menuChoices) {
    const menu = [
        ...menuChoices.map((id) => `menu:${id}`),
        ...[...seen].filter((m) => m.startsWith("menu:") && !menuChoices.includes(m.slice(5))).sort(),
    ];
    return ["started", "welcomed", ...menu, "asked-person", "check-in-accepted", "safety-response"];
}
//# sourceMappingURL=figures.js.map