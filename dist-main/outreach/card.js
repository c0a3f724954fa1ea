/**
 * The printable card of a campaign link: an A6 postcard to leave in a letterbox or an A4 flyer
 * for a notice board. The QR codes, the bot's name and a few gentle lines from content; nothing
 * about the campaign itself (the person should not read "Kobe outreach, door-to-door"). One
 * self-contained HTML page that prints well from a browser and reads well on a phone.
 */
import { escapeHtml } from "./html.js";
const CHANNEL_NAMES = {
    web: { ja: "ブラウザで", en: "In your browser" },
    telegram: { ja: "Telegram で", en: "On Telegram" },
    line: { ja: "LINE で", en: "On LINE" },
};
const PAGE = {
    a6: { page: "105mm 148mm", qr: "30mm", title: "15pt", body: "9.5pt", pad: "7mm" },
    a4: { page: "210mm 297mm", qr: "55mm", title: "30pt", body: "16pt", pad: "18mm" },
};
/** Renders the card as one HTML page (inline SVG, no scripts, no outside requests). */
export function renderCard(input) {
    const size = PAGE[input.size];
    const lang = input.locale === "en" ? "en" : "ja";
    const codes = input.codes
        .map(({ channel, svg, link }) => `<figure class="qr">
  <div class="code" role="img" aria-label="${escapeHtml(`QR: ${link}`)}">${stripXmlProlog(svg)}</div>
  <figcaption>${escapeHtml(CHANNEL_NAMES[channel][lang] ?? channel)}</figcaption>
  <a class="link" href="${escapeHtml(link)}">${escapeHtml(shortLink(link))}</a>
</figure>`)
        .join("\n");
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${input.botName}: ${input.texts.title}`)}</title>
<style>
@page { size: ${size.page}; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; color: #2f3a2f; background: #fff;
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; }
.card { width: 100%; max-width: ${size.page.split(" ")[0]}; min-height: 100vh; margin: 0 auto;
  padding: ${size.pad}; display: flex; flex-direction: column; gap: 0.8em; font-size: ${size.body};
  line-height: 1.6; }
.name { font-size: 0.9em; letter-spacing: 0.1em; color: #5d7a5d; margin: 0; }
h1 { font-size: ${size.title}; font-weight: 500; margin: 0; }
p { margin: 0; }
.codes { display: flex; flex-wrap: wrap; gap: 1em; justify-content: center; margin-top: auto; }
.qr { margin: 0; text-align: center; width: ${size.qr}; max-width: 40vw; }
.code svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.9em; }
.link { display: block; font-size: 0.6em; color: #5d7a5d; word-break: break-all; }
@media print { .card { min-height: auto; height: ${size.page.split(" ")[1]}; } }
</style>
</head>
<body>
<main class="card card-${input.size}">
<p class="name">${escapeHtml(input.botName)}</p>
<h1>${escapeHtml(input.texts.title)}</h1>
<p>${escapeHtml(input.texts.invite)}</p>
<p>${escapeHtml(input.texts.how)}</p>
<p>${escapeHtml(input.texts.noPressure)}</p>
<div class="codes">
${codes}
</div>
</main>
</body>
</html>
`;
}
function stripXmlProlog(svg) {
    return svg.replace(/^<\?xml[^>]*>\s*/, "");
}
/** A link as printed under its code: without the scheme, and the LINE message left out. */
function shortLink(link) {
    const url = new URL(link);
    const shown = url.hostname === "line.me"
        ? `${url.host}${url.pathname}`
        : `${url.host}${url.pathname}${url.search}`;
    return shown.replace(/\/$/, "");
}
//# sourceMappingURL=card.js.map