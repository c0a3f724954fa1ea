/**
 * `komorebi stats`: anonymous figures per campaign and channel. Counts below 5 show as `<5`, and
 * no hidden count can be worked out from a total (see src/outreach/suppress.ts).
 */
import { parseArgs } from "node:util";
import { table } from "./link.js";
const USAGE = "Usage: komorebi stats [--since YYYY-MM-DD] [--campaign NAME] [--format table|csv|json]";
/** Runs `komorebi stats ...`. */
export async function runStatsCommand(args, open, io) {
    const { values } = parseArgs({
        args,
        options: {
            since: { type: "string" },
            campaign: { type: "string" },
            format: { type: "string" },
        },
    });
    const format = values.format ?? "table";
    if (format !== "table" && format !== "csv" && format !== "json") {
        io.stderr.write(`--format is table, csv or json\n${USAGE}\n`);
        return 1;
    }
    if (values.since && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) {
        io.stderr.write(`--since is a date: YYYY-MM-DD\n${USAGE}\n`);
        return 1;
    }
    const app = await open();
    try {
        const figures = await app.outreach.figures({
            ...(values.since ? { since: values.since } : {}),
            ...(values.campaign ? { campaign: values.campaign } : {}),
        });
        const rows = figures.rows.map((row) => ({
            campaign: row.campaign,
            code: row.code,
            channel: row.channel,
            ...row.counts,
        }));
        if (format === "json") {
            io.stdout.write(`${JSON.stringify({ since: figures.since, until: figures.until, rows, weekly: figures.weekly })}\n`);
            return 0;
        }
        const header = ["campaign", "code", "channel", ...figures.metrics];
        const cells = rows.map((row) => header.map((h) => String(row[h] ?? "")));
        if (format === "csv") {
            io.stdout.write(`${[header, ...cells].map((r) => r.map(csvField).join(",")).join("\n")}\n`);
            return 0;
        }
        io.stdout.write(`Figures from ${figures.since} to ${figures.until} (UTC). <5 is a hidden count: below 5, or hidden with one so it cannot be worked out from a total.\n`);
        io.stdout.write(rows.length > 0 ? table(header, cells) : "No campaign links yet.\n");
        return 0;
    }
    finally {
        await app.store.close();
    }
}
function csvField(value) {
    // A leading = + - @ would run as a formula in a spreadsheet; quote and neutralise it.
    const safe = /^[=+\-@]/.test(value) && value !== "<5" ? `'${value}` : value;
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
//# sourceMappingURL=stats.js.map