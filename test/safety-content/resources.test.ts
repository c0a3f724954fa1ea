/**
 * The regional crisis resources are data a person may dial at 3 a.m.: every file must load, every
 * crisis or emergency entry must be reachable directly, the regions that have a text or chat
 * line must list one, and nothing may go more than a year without being checked again.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { defaultContentDir } from "../../src/content/load.js";
import {
  type RegionResources,
  type ResourceEntry,
  regionResourcesSchema,
} from "../../src/content/schema.js";

const resourcesDir = join(defaultContentDir, "resources");
/** The regions the issue asks for (GB is the United Kingdom; XX is the fallback). */
const REQUIRED_REGIONS = ["JP", "US", "GB", "KR", "IT", "ES", "FR", "XX"];
/** Regions where a text or chat crisis line exists and must be listed. */
const REGIONS_WITH_TEXT_OR_CHAT = ["JP", "US", "GB"];
const LOCALES = ["ja", "en"];
const GROUPS = ["emergency", "crisis", "support", "abuse"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

async function loadRegions(): Promise<Map<string, { file: string; data: RegionResources }>> {
  const regions = new Map<string, { file: string; data: RegionResources }>();
  const files = (await readdir(resourcesDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  for (const file of files) {
    const raw: unknown = parseYaml(await readFile(join(resourcesDir, file), "utf8"));
    const result = regionResourcesSchema.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`resources/${file} does not load:\n${problems.join("\n")}`);
    }
    regions.set(result.data.region, { file, data: result.data });
  }
  return regions;
}

function entriesOf(data: RegionResources): { where: string; entry: ResourceEntry }[] {
  return GROUPS.flatMap((group) =>
    (data[group] ?? []).map((entry, index) => ({
      where: `${data.region} ${group}.${index}`,
      entry,
    })),
  );
}

const direct = (entry: ResourceEntry) => Boolean(entry.phone || entry.sms || entry.chat);
const textOrChat = (entry: ResourceEntry) => Boolean(entry.sms || entry.chat);

describe("regional resources", () => {
  it("every region file loads, names its own region, and the required regions exist", async () => {
    const regions = await loadRegions();
    for (const [region, { file }] of regions) {
      expect(file, `${region} lives in ${region.toLowerCase()}.yaml`).toBe(
        `${region.toLowerCase()}.yaml`,
      );
    }
    expect([...regions.keys()].sort()).toEqual(expect.arrayContaining(REQUIRED_REGIONS));
  });

  it("every text is there in ja and en", async () => {
    const problems: string[] = [];
    for (const { data } of (await loadRegions()).values()) {
      for (const locale of LOCALES) {
        if (!data.name[locale]) problems.push(`${data.region} name.${locale}`);
      }
      for (const { where, entry } of entriesOf(data)) {
        for (const locale of LOCALES) {
          if (!entry.name[locale]) problems.push(`${where} name.${locale}`);
          if (!entry.hours[locale]) problems.push(`${where} hours.${locale}`);
          if (entry.note && !entry.note[locale]) problems.push(`${where} note.${locale}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every crisis and emergency entry can be phoned, texted or chatted to", async () => {
    const problems: string[] = [];
    for (const { data } of (await loadRegions()).values()) {
      for (const entry of data.emergency) {
        if (!entry.phone) problems.push(`${data.region} emergency "${entry.name.en}" has no phone`);
      }
      // A directory of helplines (a url only, such as Find A Helpline) may accompany a region's
      // lines but never replace them. The fallback region has no line of its own, so there a
      // directory is all an honest list can offer; support entries are often websites.
      if (data.region !== "XX" && !data.crisis.some(direct)) {
        problems.push(`${data.region} has no crisis line to phone, text or chat`);
      }
      for (const { where, entry } of entriesOf(data)) {
        if (!direct(entry) && !entry.url) problems.push(`${where} has no phone, sms, chat or url`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every region has crisis entries and an emergency number", async () => {
    for (const { data } of (await loadRegions()).values()) {
      expect(data.crisis.length, `${data.region} crisis`).toBeGreaterThan(0);
      expect(data.emergency.length, `${data.region} emergency`).toBeGreaterThan(0);
    }
  });

  it.each(
    REGIONS_WITH_TEXT_OR_CHAT,
  )("%s lists a crisis line that does not need a phone call", async (region) => {
    const data = (await loadRegions()).get(region)?.data;
    expect(data?.crisis.filter(textOrChat).length ?? 0).toBeGreaterThan(0);
  });

  it("lists the numbers of the content guide", async () => {
    const regions = await loadRegions();
    const numbers = (region: string) =>
      entriesOf(regions.get(region)!.data)
        .flatMap(({ entry }) => [entry.phone, entry.sms?.number])
        .filter(Boolean);
    expect(numbers("JP")).toEqual(
      expect.arrayContaining([
        "110",
        "119",
        "0570-783-556",
        "0120-783-556",
        "0120-279-338",
        "0120-061-338",
        "0570-064-556",
      ]),
    );
    expect(numbers("US")).toEqual(expect.arrayContaining(["911", "988", "741741"]));
    expect(numbers("GB")).toEqual(expect.arrayContaining(["999", "116 123", "85258", "111"]));
    expect(numbers("KR")).toEqual(expect.arrayContaining(["109", "112", "119"]));
    expect(numbers("IT")).toEqual(expect.arrayContaining(["02 2327 2327", "112"]));
    expect(numbers("ES")).toEqual(expect.arrayContaining(["024", "112"]));
    expect(numbers("FR")).toEqual(expect.arrayContaining(["3114", "112"]));
  });

  it("no entry was last checked more than a year ago (or in the future)", async () => {
    const now = Date.now();
    const stale: string[] = [];
    for (const { data } of (await loadRegions()).values()) {
      for (const { where, entry } of entriesOf(data)) {
        const checked = Date.parse(`${entry.checked}T00:00:00Z`);
        if (Number.isNaN(checked)) {
          stale.push(`${where} "${entry.name.en}": checked "${entry.checked}" is not a date`);
        } else if (now - checked > 365 * DAY_MS) {
          stale.push(`${where} "${entry.name.en}": last checked ${entry.checked}; check it again`);
        } else if (checked - now > DAY_MS) {
          stale.push(`${where} "${entry.name.en}": checked ${entry.checked} is in the future`);
        }
      }
    }
    expect(stale).toEqual([]);
  });
});
