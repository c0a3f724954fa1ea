/**
 * `komorebi link create | list | revoke`: campaign links for outreach workers, their QR codes
 * (PNG and SVG) and printable cards, written to a folder.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CampaignInputError, QR_CHANNELS, } from "../outreach/index.js";
const USAGE = `Usage:
  komorebi link create --campaign NAME [--note TEXT] [--greeting-ja TEXT] [--greeting-en TEXT]
                       [--code CODE] [--out DIR] [--json]
  komorebi link list [--json]
  komorebi link revoke CODE`;
const CARD_SIZES = ["a6", "a4"];
const CARD_LOCALES = ["ja", "en"];
/** Runs `komorebi link ...` with an app opened by `open` (closed again before returning). */
export async function runLinkCommand(args, open, io) {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            campaign: { type: "string" },
            note: { type: "string" },
            "greeting-ja": { type: "string" },
            "greeting-en": { type: "string" },
            code: { type: "string" },
            out: { type: "string" },
            json: { type: "boolean" },
        },
    });
    const [sub, code] = positionals;
    if (sub !== "create" && sub !== "list" && sub !== "revoke") {
        io.stderr.write(`${USAGE}\n`);
        return 1;
    }
    if (sub === "create" && !values.campaign) {
        io.stderr.write(`link create needs --campaign NAME\n${USAGE}\n`);
        return 1;
    }
    if (sub === "revoke" && !code) {
        io.stderr.write(`link revoke needs the CODE\n${USAGE}\n`);
        return 1;
    }
    const app = await open();
    try {
        if (sub === "create")
            return await create(app, values, io);
        if (sub === "list")
            return await list(app, values.json === true, io);
        return await revoke(app, code ?? "", io);
    }
    catch (error) {
        if (error instanceof CampaignInputError) {
            io.stderr.write(`komorebi: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
    finally {
        await app.store.close();
    }
}
async function create(app, values, io) {
    const { outreach } = app;
    const greeting = {
        ...(values["greeting-ja"] ? { ja: values["greeting-ja"] } : {}),
        ...(values["greeting-en"] ? { en: values["greeting-en"] } : {}),
    };
    const campaign = await outreach.createLink({
        campaign: values.campaign ?? "",
        ...(values.note ? { note: values.note } : {}),
        ...(Object.keys(greeting).length > 0 ? { greeting } : {}),
        ...(values.code ? { code: values.code } : {}),
    });
    const links = await outreach.links(campaign.code);
    const dir = resolve(values.out ?? "links");
    await mkdir(dir, { recursive: true });
    const files = {};
    for (const channel of QR_CHANNELS) {
        const png = await outreach.qr(campaign.code, channel, "png");
        const svg = await outreach.qr(campaign.code, channel, "svg");
        if (!png || !svg)
            continue;
        const base = join(dir, `${campaign.code}-${channel}`);
        await writeFile(`${base}.png`, png);
        await writeFile(`${base}.svg`, svg);
        files[channel] = { png: `${base}.png`, svg: `${base}.svg` };
    }
    const cards = {};
    for (const size of CARD_SIZES) {
        cards[size] = {};
        for (const locale of CARD_LOCALES) {
            const path = join(dir, `${campaign.code}-card-${size}-${locale}.html`);
            await writeFile(path, await outreach.card(campaign.code, size, locale));
            cards[size][locale] = path;
        }
    }
    if (app.config.WEB_CHAT === "on" && !app.config.PUBLIC_URL && links.web) {
        // Cards get printed and handed out: a link to localhost works on no one else's phone.
        io.stderr.write(`komorebi: warning: PUBLIC_URL is not set, so the web chat link, its QR codes and the cards point to ${links.web}, which works only on this machine. Before you print or share a card, set PUBLIC_URL to the address people reach (e.g. PUBLIC_URL=https://bot.example.org in .env) and make the link again.\n`);
    }
    if (values.json) {
        io.stdout.write(`${JSON.stringify({ code: campaign.code, campaign: campaign.campaign, links, files, cards })}\n`);
        return 0;
    }
    const lines = [
        `Campaign: ${campaign.campaign}`,
        `Code:     ${campaign.code}`,
        "",
        "Links to share:",
        ...Object.entries(links).map(([channel, link]) => channel === "lineAddFriend"
            ? `  LINE add-friend (not counted: carries no code): ${link}`
            : `  ${channel.padEnd(9)}${link}`),
        "",
        `QR codes and cards in ${dir}:`,
        ...Object.values(files).flatMap((file) => [`  ${file.png}`, `  ${file.svg}`]),
        ...Object.values(cards).flatMap((byLocale) => Object.values(byLocale).map((p) => `  ${p}`)),
        "",
        "Open a card in a browser and print it (A6 postcard, A4 flyer).",
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
}
async function list(app, json, io) {
    const campaigns = await app.outreach.campaigns.list();
    const earliest = campaigns.map((c) => c.createdAt.slice(0, 10)).sort()[0];
    const figures = await app.outreach.figures(earliest ? { since: earliest } : {});
    // One count a campaign: its started conversations over all channels, suppressed like any figure.
    const started = new Map();
    for (const row of figures.rows) {
        if (!started.has(row.code) || row.channel === "all")
            started.set(row.code, row.counts.started ?? "<5");
    }
    const entry = (c) => ({
        campaign: c.campaign,
        code: c.code,
        created: c.createdAt,
        revoked: c.revokedAt ?? null,
        started: started.get(c.code) ?? "<5",
        ...(c.note ? { note: c.note } : {}),
    });
    if (json) {
        io.stdout.write(`${JSON.stringify({ campaigns: campaigns.map(entry) })}\n`);
        return 0;
    }
    if (campaigns.length === 0) {
        io.stdout.write("No campaign links yet. Make one with: komorebi link create --campaign NAME\n");
        return 0;
    }
    const rows = campaigns.map((c) => {
        const e = entry(c);
        return [
            e.campaign,
            e.code,
            e.created.slice(0, 10),
            e.revoked ? e.revoked.slice(0, 10) : "-",
            String(e.started),
        ];
    });
    io.stdout.write(table(["campaign", "code", "created", "revoked", "started"], rows));
    return 0;
}
async function revoke(app, code, io) {
    const campaign = await app.outreach.campaigns.revoke(code);
    if (!campaign) {
        io.stderr.write(`komorebi: no campaign has the code ${code}\n`);
        return 1;
    }
    io.stdout.write(`Revoked ${campaign.code} (${campaign.campaign}). People who open its link now start without a campaign; its figures stay.\n`);
    return 0;
}
/** A plain text table with aligned columns. */
export function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd();
    return `${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
}
//# sourceMappingURL=link.js.map