/**
 * The admin page's HTML, rendered on the server: no scripts, every value escaped, readable on a
 * phone (one column, large tap targets) and on a desk.
 */
import { escapeHtml as e } from "../outreach/html.js";
import { QR_CHANNELS } from "../outreach/index.js";
import { HIDDEN } from "../outreach/suppress.js";
import { adminTexts } from "./texts.js";
/** Where the admin app is mounted; links and forms point under it. */
export const ADMIN_BASE = "/admin";
const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Noto Sans CJK JP", sans-serif; color: #233023;
  background: #f6f8f4; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
  justify-content: space-between; padding: .75rem 1rem; background: #fff;
  border-bottom: 1px solid #dde5d8; }
header h1 { font-size: 1.1rem; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; display: grid;
  grid-template-columns: minmax(0, 1fr); gap: 1.25rem; }
section { background: #fff; border: 1px solid #dde5d8; border-radius: .5rem; padding: 1rem; }
h2 { font-size: 1.1rem; margin: 0 0 .75rem; }
label { display: block; font-weight: 600; margin-top: .75rem; }
input[type=text], input[type=password], textarea { width: 100%; font: inherit; padding: .6rem;
  border: 1px solid #b9c7b2; border-radius: .35rem; }
button, .button { display: inline-block; font: inherit; padding: .6rem 1rem; margin-top: .75rem;
  border-radius: .35rem; border: 1px solid #4d6b4d; background: #4d6b4d; color: #fff;
  text-decoration: none; min-height: 44px; cursor: pointer; }
button.quiet { background: #fff; color: #4d6b4d; }
.help { color: #5a6a5a; font-size: .9rem; margin: .25rem 0 0; }
.notice { background: #eef6ea; border-color: #9fc49f; }
.error { background: #fbecec; border-color: #d9a0a0; }
.campaign { border-top: 1px solid #dde5d8; padding-top: .75rem; margin-top: .75rem; }
.campaign h3 { margin: 0; font-size: 1rem; overflow-wrap: anywhere; }
.meta { color: #5a6a5a; font-size: .9rem; overflow-wrap: anywhere; }
.links { list-style: none; padding: 0; margin: .5rem 0; font-size: .9rem; }
.links li { overflow-wrap: anywhere; margin: .25rem 0; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.row a { padding: .4rem .2rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #dde5d8; padding: .35rem .5rem; text-align: right; white-space: nowrap; }
th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
svg.chart { width: 100%; max-width: 36rem; height: auto; }
`;
function page(lang, title, body, header = "") {
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${e(adminTexts[lang].title)}</h1>${header}</header>
<main>
${body}
</main>
</body>
</html>
`;
}
const other = (lang) => (lang === "ja" ? "en" : "ja");
/** The sign-in page, with an optional message (wrong token, too many attempts). */
export function signInPage(lang, message) {
    const t = adminTexts[lang];
    return page(lang, t.signInTitle, `${message ? `<section class="error" role="alert">${e(message)}</section>` : ""}
<section>
<h2>${e(t.signInTitle)}</h2>
<form method="post" action="${ADMIN_BASE}/login">
<input type="hidden" name="lang" value="${lang}">
<label for="token">${e(t.token)}</label>
<input type="password" id="token" name="token" autocomplete="current-password" required>
<button type="submit">${e(t.signIn)}</button>
</form>
</section>`, `<a href="${ADMIN_BASE}?lang=${other(lang)}">${e(t.language)}</a>`);
}
/** The signed-in page: create a link, the campaigns, the figures. */
export function dashboardPage(view) {
    const { lang, csrf } = view;
    const t = adminTexts[lang];
    const hidden = `<input type="hidden" name="csrf" value="${e(csrf)}"><input type="hidden" name="lang" value="${lang}">`;
    const header = `<div class="row"><a href="${ADMIN_BASE}?lang=${other(lang)}">${e(t.language)}</a>
<form method="post" action="${ADMIN_BASE}/logout">${hidden}<button class="quiet" type="submit">${e(t.signOut)}</button></form></div>`;
    const form = view.form ?? {};
    return page(lang, t.title, `${view.notice ? `<section class="notice" role="status">${e(view.notice)}</section>` : ""}
${view.error ? `<section class="error" role="alert">${e(view.error)}</section>` : ""}
<section>
<h2>${e(t.newLink)}</h2>
<form method="post" action="${ADMIN_BASE}/campaigns">
${hidden}
<label for="campaign">${e(t.campaign)}</label>
<input type="text" id="campaign" name="campaign" maxlength="80" required value="${e(form.campaign ?? "")}">
<p class="help">${e(t.campaignHelp)}</p>
<label for="note">${e(t.note)}</label>
<input type="text" id="note" name="note" maxlength="500" value="${e(form.note ?? "")}">
<label for="greeting-ja">${e(t.greetingJa)}</label>
<input type="text" id="greeting-ja" name="greetingJa" maxlength="120" value="${e(form.greetingJa ?? "")}">
<label for="greeting-en">${e(t.greetingEn)}</label>
<input type="text" id="greeting-en" name="greetingEn" maxlength="120" value="${e(form.greetingEn ?? "")}">
<p class="help">${e(t.greetingHelp)}</p>
<button type="submit">${e(t.create)}</button>
</form>
</section>
<section>
<h2>${e(t.campaigns)}</h2>
${view.campaigns.length === 0 ? `<p>${e(t.noCampaigns)}</p>` : view.campaigns.map((c) => campaignBlock(c, t, hidden)).join("\n")}
</section>
${figuresSection(view, t)}`, header);
}
function campaignBlock({ campaign, links }, t, hidden) {
    const code = encodeURIComponent(campaign.code);
    const base = `${ADMIN_BASE}/campaigns/${code}`;
    const linkItems = [
        ...QR_CHANNELS.map((channel) => {
            const link = links[channel];
            return link
                ? `<li><strong>${channel}</strong>: <a href="${e(link)}" rel="noreferrer">${e(link)}</a></li>`
                : "";
        }),
        links.lineAddFriend
            ? `<li>${e(t.lineAddFriend)}: <a href="${e(links.lineAddFriend)}" rel="noreferrer">${e(links.lineAddFriend)}</a></li>`
            : "",
    ].join("");
    const qr = QR_CHANNELS.filter((channel) => links[channel])
        .map((channel) => `<a href="${base}/qr/${channel}.png">${channel} PNG</a> <a href="${base}/qr/${channel}.svg">${channel} SVG</a>`)
        .join(" ");
    const cards = ["a6", "a4"]
        .flatMap((size) => ["ja", "en"].map((locale) => `<a href="${base}/card?size=${size}&amp;locale=${locale}" target="_blank" rel="noopener">${e(size === "a6" ? t.cardA6 : t.cardA4)} (${locale})</a>`))
        .join(" ");
    return `<article class="campaign" id="c-${e(campaign.code)}">
<h3>${e(campaign.campaign)}</h3>
<p class="meta">${e(t.code)}: <code>${e(campaign.code)}</code> · ${e(t.createdAt)} ${e(campaign.createdAt.slice(0, 10))} · ${campaign.revokedAt ? `${e(t.revokedAt)} ${e(campaign.revokedAt.slice(0, 10))}` : e(t.active)}${campaign.note ? ` · ${e(campaign.note)}` : ""}</p>
${campaign.revokedAt
        ? ""
        : `<ul class="links">${linkItems}</ul>
<p class="row">${e(t.qr)}: ${qr || e(t.noLink)}</p>
<p class="row">${e(t.card)}: ${cards}</p>
<form method="post" action="${base}/revoke">${hidden}<button class="quiet" type="submit">${e(t.revoke)}</button></form>`}
</article>`;
}
function figuresSection(view, t) {
    const { figures } = view;
    const head = [t.campaign, t.channel, ...figures.metrics.map(view.metricLabel)];
    const rows = figures.rows.map((row) => `<tr><td>${e(row.campaign)}</td><td>${e(row.channel === "all" ? t.all : row.channel)}</td>${figures.metrics
        .map((m) => `<td>${e(String(row.counts[m] ?? HIDDEN))}</td>`)
        .join("")}</tr>`);
    const charts = figures.weekly
        .map((series) => `<figure><figcaption>${e(series.campaign)}</figcaption>${weeklyChart(series.weeks)}</figure>`)
        .join("\n");
    return `<section>
<h2>${e(t.figures)}</h2>
<p class="help">${e(t.figuresHelp)}</p>
<p class="meta">${e(t.period)}: ${e(figures.since)} – ${e(figures.until)} (UTC)</p>
<div class="table"><table>
<thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table></div>
<h2>${e(t.weekly)}</h2>
${charts}
</section>`;
}
/** A small bar chart of weekly starts; a hidden week is a short pale bar marked <5. */
export function weeklyChart(weeks) {
    // About a phone's width in CSS pixels, so the labels stay readable there.
    const width = 360;
    const height = 150;
    const top = 20;
    const bottom = 30;
    const values = weeks.map((w) => (typeof w.started === "number" ? w.started : 0));
    const max = Math.max(5, ...values);
    const slot = width / Math.max(weeks.length, 1);
    const bars = weeks
        .map((w, i) => {
        const x = i * slot + slot * 0.15;
        const barWidth = slot * 0.7;
        const hidden = typeof w.started !== "number";
        // A hidden week is a short pale bar of no particular height: "few", not how many.
        const value = hidden ? max * 0.08 : w.started;
        const h = ((height - top - bottom) * value) / max;
        const y = height - bottom - h;
        const label = hidden ? HIDDEN : String(w.started);
        return `<g><title>${e(`${w.week}: ${label}`)}</title><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${hidden ? "#c9d6c3" : "#4d6b4d"}"/><text x="${(x + barWidth / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" font-size="11" text-anchor="middle">${e(label)}</text><text x="${(x + barWidth / 2).toFixed(1)}" y="${height - 10}" font-size="10" text-anchor="middle">${e(w.week.slice(5))}</text></g>`;
    })
        .join("");
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}
//# sourceMappingURL=pages.js.map