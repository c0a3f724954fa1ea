/**
 * The LINE rich menu as content: the shipped one passes the check with its images, each rule
 * fires on a broken copy (an in-memory change to the loaded content), and the layout leaves out
 * what a deployment cannot keep while its row widens.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent, type Finding } from "../../src/content/check.js";
import type { Content } from "../../src/content/content.js";
import { type ImageInfo, imageSize, readImageInfo } from "../../src/content/image-info.js";
import { defaultContentDir, loadContent } from "../../src/content/load.js";
import {
  richMenuImagePath,
  richMenuLayout,
  richMenuVariants,
} from "../../src/content/rich-menu.js";
import { type RichMenu, richMenuSchema } from "../../src/content/rich-menu-schema.js";

let shipped: Content;

beforeAll(async () => {
  shipped = await loadContent(undefined, { schemaOnly: true });
});

/** The shipped content with its rich menu changed by `change`. */
function withMenu(
  change: (menu: RichMenu, images: Map<string, ImageInfo | undefined>) => void,
): Content {
  const rich = shipped.richMenu;
  if (!rich) throw new Error("the shipped content has no rich menu");
  const menu = structuredClone(rich.menu);
  const images = new Map(rich.images);
  change(menu, images);
  return { ...shipped, richMenu: { ...rich, menu, images } };
}

const findings = (content: Content, rule: string) =>
  checkContent(content)
    .filter((finding: Finding) => finding.rule === rule)
    .map((finding) => `${finding.file}: ${finding.path}: ${finding.message}`);

describe("the shipped rich menu", () => {
  it("has an image for every locale and layout: PNG, 2500x1686, under LINE's 1 MB", async () => {
    const menu = shipped.richMenu?.menu;
    expect(menu).toBeDefined();
    const files = (await readdir(join(defaultContentDir, "rich-menu"))).sort();
    expect(files).toEqual([
      "drawn-from.json",
      "en.no-handoff.png",
      "en.png",
      "ja.no-handoff.png",
      "ja.png",
    ]);
    for (const file of files.filter((name) => name.endsWith(".png"))) {
      const info = await readImageInfo(join(defaultContentDir, "rich-menu", file));
      expect(info, file).toMatchObject({ type: "png", width: 2500, height: 1686 });
      expect(info?.bytes, file).toBeLessThan(1024 * 1024);
    }
    expect(checkContent(shipped).filter((f) => f.file === "rich-menu.yaml")).toEqual([]);
  });

  it("offers 'talk to a person' only where staff answer, and the hard-moment area widens", () => {
    const menu = shipped.richMenu?.menu as RichMenu;
    const staffed = richMenuLayout(menu, () => true);
    const alone = richMenuLayout(menu, (capability) => capability !== "handoff");
    expect(staffed.areas.map((area) => area.id)).toEqual([
      "very-hard",
      "person",
      "menu",
      "information",
      "settings",
      "stop",
    ]);
    expect(alone.areas.map((area) => area.id)).not.toContain("person");
    expect(alone.hidden).toEqual(["handoff"]);
    expect(alone.areas[0]?.bounds).toEqual({ x: 0, y: 0, width: 1250, height: 843 });
    expect(staffed.areas[0]?.bounds).toEqual({ x: 0, y: 0, width: 833, height: 843 });
    // Every pixel belongs to exactly one area.
    for (const layout of [staffed, alone]) {
      const area = layout.areas.reduce((sum, a) => sum + a.bounds.width * a.bounds.height, 0);
      expect(area).toBe(2500 * 1686);
    }
    expect(richMenuVariants(menu)).toEqual([[], ["handoff"]]);
    expect(richMenuImagePath(menu, "ja", alone.hidden)).toBe("rich-menu/ja.no-handoff.png");
    expect(richMenuImagePath({ ...menu, images: { ja: "own/ja.jpg" } }, "ja", [])).toBe(
      "own/ja.jpg",
    );
  });
});

describe("each rich menu rule fires on a broken copy", () => {
  it("'talk to a person' without `requires: handoff` is a promise the deployment may not keep", () => {
    const content = withMenu((menu) => {
      delete menu.areas.person?.requires;
    });
    expect(findings(content, "unkept-promise")).toEqual([
      'rich-menu.yaml: areas.person.action: "human" is only true where the deployment has handoff: add `requires: handoff`',
    ]);
  });

  it("a choice that requires something needs the same on its area", () => {
    const content = withMenu((menu) => {
      if (menu.areas.settings) menu.areas.settings.action = { choice: "settings.main.check-in" };
    });
    expect(findings(content, "unkept-promise")).toEqual([
      "rich-menu.yaml: areas.settings.action: that choice requires check-ins: add `requires: check-ins` to the area",
    ]);
  });

  it("a choice that does not exist, an area in no row, a row naming no area", () => {
    const content = withMenu((menu) => {
      if (menu.areas.settings) menu.areas.settings.action = { choice: "menu.main.nowhere" };
      menu.rows[1] = ["information", "stop", "ghost"];
    });
    expect(findings(content, "unknown-target")).toEqual([
      'rich-menu.yaml: areas.settings.action: "menu.main.nowhere" is not a choice of a question (flow.node.choice)',
    ]);
    expect(findings(content, "area-placement")).toEqual([
      "rich-menu.yaml: areas.settings: not in any row: add it to `rows`",
    ]);
    expect(findings(content, "unknown-area")).toEqual([
      'rich-menu.yaml: rows.1.2: no area "ghost" under areas',
    ]);
  });

  it("labels LINE would refuse, a missing translation, and words the guide rules out", () => {
    const content = withMenu((menu) => {
      menu.chatBarText.en = "Open the menu of komorebi";
      if (menu.areas.stop) menu.areas.stop.label = { ja: "やめる" };
      if (menu.areas.menu) menu.areas.menu.label.en = "Everything this bot can do";
      if (menu.areas.information)
        menu.areas.information.hint = { ja: "頑張って読んでください", en: "Read it" };
    });
    expect(findings(content, "label-length")).toEqual([
      "rich-menu.yaml: chatBarText.en: 25 characters; LINE allows 14",
      "rich-menu.yaml: areas.menu.label.en: 26 characters; LINE allows 20",
    ]);
    expect(findings(content, "missing-translation")).toEqual([
      'rich-menu.yaml: areas.stop.label: no "en" text',
    ]);
    expect(findings(content, "banned-phrase").join("\n")).toContain(
      "rich-menu.yaml: areas.information.hint.ja",
    );
  });

  it("an image that is missing, the wrong size, or over 1 MB", () => {
    const content = withMenu((_menu, images) => {
      images.set("rich-menu/ja.png", undefined);
      images.set("rich-menu/en.png", { type: "png", width: 2500, height: 843, bytes: 100_000 });
      images.set("rich-menu/en.no-handoff.png", {
        type: "png",
        width: 2500,
        height: 1686,
        bytes: 2 * 1024 * 1024,
      });
    });
    expect(findings(content, "rich-menu-image")).toEqual([
      "rich-menu.yaml: images.ja: rich-menu/ja.png: missing (run `npm run render-rich-menu`, or give your own under `images`)",
      "rich-menu.yaml: images.en: rich-menu/en.png: 2500x843; a large menu needs 2500x1686",
      "rich-menu.yaml: images.en: rich-menu/en.no-handoff.png (the layout without handoff): 2048 KB; LINE allows 1 MB",
    ]);
  });

  it("an image drawn before the areas moved or their words changed: a tap could land elsewhere", () => {
    const swapped = withMenu((menu) => {
      menu.rows = [
        ["stop", "person", "menu"],
        ["information", "settings", "very-hard"],
      ];
    });
    const problems = findings(swapped, "rich-menu-image");
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain(
      "rich-menu/ja.png: drawn before the areas, their places or their words last changed",
    );
    const relabelled = withMenu((menu) => {
      if (menu.areas.stop) menu.areas.stop.label.en = "Stop for now";
    });
    expect(findings(relabelled, "rich-menu-image")).toEqual([
      expect.stringContaining("images.en: rich-menu/en.png: drawn before"),
      expect.stringContaining(
        "images.en: rich-menu/en.no-handoff.png (the layout without handoff): drawn before",
      ),
    ]);
    // The operator's own image is theirs to keep in step.
    const own = withMenu((menu, images) => {
      menu.images = { en: "own/en.png" };
      images.set("own/en.png", { type: "png", width: 2500, height: 1686, bytes: 100_000 });
      if (menu.areas.stop) menu.areas.stop.label.en = "Stop for now";
    });
    expect(findings(own, "rich-menu-image")).toEqual([]);
  });

  it("the schema: a compact menu has one row, an action names a real command", () => {
    const menu = structuredClone(shipped.richMenu?.menu) as RichMenu;
    expect(richMenuSchema.safeParse({ ...menu, size: "compact" }).success).toBe(false);
    const unknown = structuredClone(menu);
    (unknown.areas.stop as { action: unknown }).action = { command: "explode" };
    expect(richMenuSchema.safeParse(unknown).success).toBe(false);
    expect(richMenuSchema.safeParse(menu).success).toBe(true);
  });
});

describe("image headers", () => {
  it("reads a PNG's and a JPEG's size, and knows neither from other bytes", () => {
    const png = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    png.writeUInt32BE(2500, 16);
    png.writeUInt32BE(843, 20);
    expect(imageSize(png)).toEqual({ type: "png", width: 2500, height: 843 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 1686 and width 2500.
    const jpeg = Buffer.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x00,
      0x10,
      ...new Array(14).fill(0),
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x06,
      0x96,
      0x09,
      0xc4,
      0x03,
    ]);
    expect(imageSize(jpeg)).toEqual({ type: "jpeg", width: 2500, height: 1686 });
    expect(imageSize(Buffer.from("GIF89a....")).type).toBe("other");
  });
});
