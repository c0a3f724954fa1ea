// Draws the default LINE rich menu images from src/content/rich-menu.yaml: one PNG per locale
// and per layout (with and without the areas a deployment may lack), into src/content/rich-menu/.
//   npm run render-rich-menu            (CONTENT_DIR=... for your own content folder)
// The HTML below is the images' source; Debian's chromium draws it (CHROMIUM_PATH, default
// /usr/bin/chromium) with the Noto CJK fonts (apt-get install -y chromium fonts-noto-cjk). The
// same chromium and fonts give the same pixels; the PNGs are committed, so a deployment never
// needs a browser. Locales with their own image (`images:` in the YAML) are left alone.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { defaultContentDir, loadContent } from "../src/content/load.ts";
import {
  RICH_MENU_DRAWN_FROM,
  RICH_MENU_MAX_IMAGE_BYTES,
  richMenuDrawingKey,
  richMenuImagePath,
  richMenuLayout,
  richMenuVariants,
} from "../src/content/rich-menu.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const dir = process.env.CONTENT_DIR ?? defaultContentDir;

// Calm: warm paper, soft sage tiles, dark moss text; the area for a hard moment in soft peach.
const COLOURS = {
  paper: "#f3efe4",
  calm: { tile: "#e1e9dc", ink: "#2f3d2c", soft: "#55654f", line: "#6f8a66" },
  warm: { tile: "#f4dfd0", ink: "#4a2f22", soft: "#6e5043", line: "#b07a5c" },
};

// Line drawings on a 100x100 grid, drawn with the tile's line colour.
const ICONS = {
  heart: '<path d="M50 84C22 64 12 48 12 34a19 19 0 0 1 38-7 19 19 0 0 1 38 7c0 14-10 30-38 50z"/>',
  person: '<circle cx="50" cy="32" r="15"/><path d="M20 86c3-20 15-31 30-31s27 11 30 31"/>',
  menu: '<path d="M18 28h64M18 50h64M18 72h64"/>',
  info: '<circle cx="50" cy="50" r="38"/><path d="M50 46v26"/><circle cx="50" cy="31" r="2" fill="currentColor"/>',
  settings:
    '<path d="M16 28h68M16 50h68M16 72h68"/><circle cx="34" cy="28" r="8" fill="var(--tile)"/><circle cx="64" cy="50" r="8" fill="var(--tile)"/><circle cx="42" cy="72" r="8" fill="var(--tile)"/>',
  stop: '<circle cx="50" cy="50" r="38"/><rect x="36" y="36" width="28" height="28" rx="4"/>',
};

const GAP = 20;

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );
}

function html(layout, locale) {
  const tiles = layout.areas
    .map(({ area, bounds }) => {
      const colours = COLOURS[area.tone ?? "calm"];
      const icon = area.icon ? ICONS[area.icon] : "";
      const hint = area.hint?.[locale];
      return `<div class="tile" style="left:${bounds.x + GAP / 2}px;top:${bounds.y + GAP / 2}px;width:${bounds.width - GAP}px;height:${bounds.height - GAP}px;--tile:${colours.tile};--ink:${colours.ink};--soft:${colours.soft};--line:${colours.line}">
        ${icon ? `<svg viewBox="0 0 100 100" aria-hidden="true">${icon}</svg>` : ""}
        <div class="label">${escapeHtml(area.label[locale] ?? "")}</div>
        ${hint ? `<div class="hint">${escapeHtml(hint)}</div>` : ""}
      </div>`;
    })
    .join("\n");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${layout.width}px; height: ${layout.height}px; background: ${COLOURS.paper}; overflow: hidden; }
    body { font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
    .tile { position: absolute; box-sizing: border-box; padding: 40px 48px; border-radius: 40px;
      background: var(--tile); color: var(--ink); display: flex; flex-direction: column;
      align-items: center; justify-content: center; gap: 28px; text-align: center; }
    svg { width: 150px; height: 150px; fill: none; stroke: var(--line); color: var(--line);
      stroke-width: 6; stroke-linecap: round; stroke-linejoin: round; flex: none; }
    .label { font-size: 104px; font-weight: 700; line-height: 1.15; white-space: nowrap; }
    .hint { font-size: 54px; font-weight: 500; line-height: 1.35; color: var(--soft); max-width: 100%;
      word-break: auto-phrase; text-wrap: balance; }
  </style></head><body>${tiles}
  <script>
    // Shrink a label until it fits on one line, and a hint until it fits on two.
    for (const tile of document.querySelectorAll(".tile")) {
      const room = tile.clientWidth - 96;
      const label = tile.querySelector(".label");
      let size = 104;
      while (label.scrollWidth > room && size > 48) label.style.fontSize = (size -= 2) + "px";
      const hint = tile.querySelector(".hint");
      if (hint) {
        let small = 54;
        while (hint.getBoundingClientRect().height > small * 1.35 * 2 + 2 && small > 32)
          hint.style.fontSize = (small -= 2) + "px";
      }
    }
  </script></body></html>`;
}

const content = await loadContent(dir, { schemaOnly: true });
const menu = content.richMenu?.menu;
if (!menu) {
  console.error(`no rich-menu.yaml in ${dir}`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
let failed = false;
// What each image shows, so `content check` can tell when one is older than the YAML.
const drawnFromFile = join(dir, RICH_MENU_DRAWN_FROM);
const drawnFrom = JSON.parse(await readFile(drawnFromFile, "utf8").catch(() => "{}"));
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const locale of content.system.locales) {
    if (menu.images?.[locale]) {
      console.log(`${locale}: your own image (${menu.images[locale]}), not drawn`);
      continue;
    }
    for (const hidden of richMenuVariants(menu)) {
      const layout = richMenuLayout(menu, (capability) => !hidden.includes(capability));
      const file = join(dir, richMenuImagePath(menu, locale, layout.hidden));
      await page.setViewportSize({ width: layout.width, height: layout.height });
      await page.setContent(html(layout, locale), { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      await mkdir(dirname(file), { recursive: true });
      await page.screenshot({ path: file, type: "png", fullPage: false });
      drawnFrom[richMenuImagePath(menu, locale, layout.hidden)] = richMenuDrawingKey(
        layout,
        locale,
      );
      const { size } = await stat(file);
      const tooBig = size > RICH_MENU_MAX_IMAGE_BYTES;
      failed ||= tooBig;
      console.log(
        `${file}: ${layout.width}x${layout.height}, ${Math.round(size / 1024)} KB${tooBig ? " (over LINE's 1 MB)" : ""}`,
      );
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(drawnFrom).sort(([a], [b]) => a.localeCompare(b)),
  );
  await writeFile(drawnFromFile, `${JSON.stringify(sorted, null, 2)}\n`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
