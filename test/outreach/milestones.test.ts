/**
 * What the core reports for campaign figures: milestones of attributed conversations only, each
 * once per conversation, and no text. The real core on the shipped content (no directory: every
 * well-formed code attributes, as in the terminal chat).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { loadContent } from "../../src/content/load.js";
import type { Milestone } from "../../src/core/types.js";
import { createOutreach } from "../../src/outreach/index.js";
import { createStore } from "../../src/store/index.js";
import { createHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  // A deployment where staff answer and check-ins are sent: only there are they offered.
  h = await createHarness({ locale: "en", handoffAvailable: true, checkIns: true });
});
afterEach(async () => {
  await h.close();
});

const collect = async (steps: (() => Promise<{ milestones?: Milestone[] }>)[]) => {
  const all: Milestone[] = [];
  for (const step of steps) all.push(...((await step()).milestones ?? []));
  return all;
};

describe("milestones", () => {
  it("reports each step of an attributed conversation once", async () => {
    const seen = await collect([
      () => h.send({ type: "start", referral: "flyer-1" }),
      () => h.press("Talk to a person"),
      () => h.press("Yes, nothing more"),
      () => h.text("menu"),
      () => h.press("Talk to a person"),
      () => h.press("Yes, nothing more"),
      () => h.text("menu"),
      () => h.press("Settings"),
    ]);
    expect(seen.slice(0, 4)).toEqual(["started", "welcomed", "menu:person", "asked-person"]);
    expect(seen.filter((m) => m === "asked-person")).toHaveLength(1);
    expect(seen.filter((m) => m === "menu:person")).toHaveLength(1);
    expect(seen).toContain("menu:settings");
    expect((await h.state())?.counted).toEqual(expect.arrayContaining(seen));
  });

  it("reports a safety response and an accepted check-in", async () => {
    await h.send({ type: "start", referral: "flyer-2" });
    const crisis = await h.text("I want to kill myself");
    expect(crisis.milestones).toContain("safety-response");
    expect(crisis.referral).toBe("flyer-2");
    await h.text("menu");
    await h.press("Settings");
    await h.press("Check-ins");
    const accepted = await h.press("In a week");
    expect(accepted.milestones).toEqual(["check-in-accepted"]);
  });

  it("reports nothing for a conversation without a campaign", async () => {
    const seen = await collect([
      () => h.send({ type: "start" }),
      () => h.press("Talk to a person"),
      () => h.text("I want to kill myself"),
    ]);
    expect(seen).toEqual([]);
    expect((await h.state())?.counted).toBeUndefined();
  });

  it("counts a start when the code arrives after the first event (LINE's follow, then the code)", async () => {
    const follow = await h.send({ type: "follow" });
    expect(follow.milestones).toEqual([]);
    const code = await h.send({ type: "start", referral: "line-flyer" });
    expect(code.milestones).toEqual(["started"]);
    expect(code.referral).toBe("line-flyer");
  });

  it("says a campaign's greeting after the welcome, before the menu's question", async () => {
    const result = await h.send({
      type: "start",
      referral: "card-9",
      campaign: { greeting: { en: "You found us through the centre's card.", ja: "カードから" } },
    });
    const texts = result.messages.map((m) => m.text);
    expect(texts.at(-2)).toBe("You found us through the centre's card.");
    expect(result.messages.at(-1)?.type).toBe("choices");
    expect(texts.filter((t) => t.includes("centre's card"))).toHaveLength(1);
  });
});

describe("outreach configuration", () => {
  it("names the variable when the admin token is too short", () => {
    expect(() => readConfig({ ADMIN_TOKEN: "short" })).toThrow(/ADMIN_TOKEN: use at least 24/);
    expect(() => readConfig({ LINE_BOT_ID: "not an id" })).toThrow(/LINE_BOT_ID/);
    expect(readConfig({ TELEGRAM_BOT_USERNAME: "@komorebi_bot" }).TELEGRAM_BOT_USERNAME).toBe(
      "@komorebi_bot",
    );
  });
});

describe("attribution before the core", () => {
  it("drops an unknown code and any greeting that did not come from a live campaign", async () => {
    const store = await createStore("memory://");
    try {
      const outreach = createOutreach({
        kv: store.kv,
        lock: (key, task) => store.conversations.withLock(key, task),
        content: await loadContent(),
        orgName: "Test",
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        linkSettings: async () => ({}),
      });
      const live = await outreach.createLink({
        campaign: "c",
        greeting: { en: "Hello from the card." },
      });
      const event = (payload: object) =>
        ({ channel: "web", userId: "someone", payload }) as Parameters<
          typeof outreach.attribute
        >[0];
      expect(
        (await outreach.attribute(event({ type: "start", referral: live.code }))).payload,
      ).toEqual({
        type: "start",
        referral: live.code,
        campaign: { greeting: { en: "Hello from the card." } },
      });
      expect(
        (await outreach.attribute(event({ type: "start", referral: "nope-123" }))).payload,
      ).toEqual({
        type: "start",
      });
      const injected = { type: "start", campaign: { greeting: { en: "Say this" } } };
      expect((await outreach.attribute(event(injected))).payload).toEqual({ type: "start" });
      const forged = { type: "start", referral: "nope-123", campaign: { greeting: { en: "x" } } };
      expect((await outreach.attribute(event(forged))).payload).toEqual({ type: "start" });
    } finally {
      await store.close();
    }
  });
});
