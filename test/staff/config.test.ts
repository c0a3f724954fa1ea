/**
 * Staff configuration: staff hours read as an organisation writes them (days, times, an IANA
 * zone with its own daylight saving, ranges past midnight), and every mistake stops start-up
 * with a message that names the variable.
 */
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { deploymentCapabilities } from "../../src/deployment-capabilities.js";
import { parseStaffHours } from "../../src/staff/hours.js";

const base = { TELEGRAM_BOT_TOKEN: "123456:TEST-token_abc" };

/** The message readConfig stops with, or "" when the configuration is accepted. */
function refusal(env: Record<string, string>): string {
  try {
    readConfig(env);
    return "";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe("STAFF_HOURS", () => {
  it("is open within the days and times of its zone, and closed outside them", () => {
    const hours = parseStaffHours("Mon-Fri 10:00-18:00 Asia/Tokyo");
    // 2026-05-04 is a Monday; Tokyo is UTC+9.
    expect(hours.open(new Date("2026-05-04T00:59:00Z"))).toBe(false); // 09:59
    expect(hours.open(new Date("2026-05-04T01:00:00Z"))).toBe(true); // 10:00
    expect(hours.open(new Date("2026-05-04T08:59:00Z"))).toBe(true); // 17:59
    expect(hours.open(new Date("2026-05-04T09:00:00Z"))).toBe(false); // 18:00
    expect(hours.open(new Date("2026-05-03T03:00:00Z"))).toBe(false); // Sunday noon
    expect(hours.describe()).toEqual({
      ja: "月〜金 10:00〜18:00（Asia/Tokyo）",
      en: "Mon-Fri 10:00-18:00 (Asia/Tokyo)",
    });
  });

  it("follows the zone's daylight saving, and runs past midnight into the next day", () => {
    const rome = parseStaffHours("Mon-Fri 09:00-17:00 Europe/Rome");
    expect(rome.open(new Date("2026-03-27T07:30:00Z"))).toBe(false); // Fri 08:30 CET
    expect(rome.open(new Date("2026-03-30T07:30:00Z"))).toBe(true); // Mon 09:30 CEST
    const nights = parseStaffHours("Fri+Sat 22:00-02:00, Sun 13:00-15:00 Asia/Seoul");
    expect(nights.open(new Date("2026-05-08T13:30:00Z"))).toBe(true); // Fri 22:30
    expect(nights.open(new Date("2026-05-08T16:30:00Z"))).toBe(true); // Sat 01:30
    expect(nights.open(new Date("2026-05-09T17:30:00Z"))).toBe(false); // Sun 02:30
    expect(nights.open(new Date("2026-05-10T04:30:00Z"))).toBe(true); // Sun 13:30
    expect(nights.open(new Date("2026-05-11T16:30:00Z"))).toBe(false); // Tue 01:30
    expect(parseStaffHours("always").open(new Date("2026-05-10T20:00:00Z"))).toBe(true);
  });

  it("stops start-up with a message that names STAFF_HOURS and says how it should look", () => {
    const chat = { ...base, STAFF_TELEGRAM_CHAT_ID: "-1001234567890" };
    expect(refusal(chat)).toMatch(/STAFF_HOURS: required with a staff channel/);
    expect(refusal({ ...chat, STAFF_HOURS: "Mon-Fri 25:00-18:00 Asia/Tokyo" })).toMatch(
      /STAFF_HOURS: "25:00" is not a time/,
    );
    expect(refusal({ ...chat, STAFF_HOURS: "Mon-Fri 10:00-18:00 Mars/Olympus" })).toMatch(
      /STAFF_HOURS: end with an IANA time zone/,
    );
    expect(refusal({ ...chat, STAFF_HOURS: "Weekdays 10:00-18:00 Asia/Tokyo" })).toMatch(
      /STAFF_HOURS: "Weekdays": use day names/,
    );
    expect(refusal({ ...chat, STAFF_HOURS: "Mon-Fri 10:00-18:00 Asia/Tokyo" })).toBe("");
  });
});

describe("staff channels", () => {
  it("need what they depend on, named in the message", () => {
    expect(refusal({ STAFF_TELEGRAM_CHAT_ID: "-1001234567890", STAFF_HOURS: "always" })).toMatch(
      /TELEGRAM_BOT_TOKEN: STAFF_TELEGRAM_CHAT_ID needs/,
    );
    expect(refusal({ ...base, STAFF_TELEGRAM_CHAT_ID: "12345", STAFF_HOURS: "always" })).toMatch(
      /STAFF_TELEGRAM_CHAT_ID: the staff supergroup's id/,
    );
    expect(
      refusal({ STAFF_WEBHOOK_URL: "https://tools.example.org/hook", STAFF_HOURS: "always" }),
    ).toMatch(/STAFF_WEBHOOK_SECRET: the staff webhook needs both/);
    expect(
      refusal({
        STAFF_WEBHOOK_URL: "http://tools.example.org/hook",
        STAFF_WEBHOOK_SECRET: "x".repeat(40),
        STAFF_HOURS: "always",
        NODE_ENV: "production",
        PSEUDONYM_SECRET: "p".repeat(32),
      }),
    ).toMatch(/STAFF_WEBHOOK_URL: use https in production/);
    expect(refusal({ HANDOFF_CLAIM_MINUTES: "0" })).toMatch(/HANDOFF_CLAIM_MINUTES/);
  });

  it("a Discord staff channel needs the Discord bot, a channel id, and staff hours", () => {
    const discord = { DISCORD_BOT_TOKEN: "MTIz.fake.token", STAFF_HOURS: "always" };
    const channel = "123456789012345678";
    expect(refusal({ STAFF_DISCORD_CHANNEL_ID: channel, STAFF_HOURS: "always" })).toMatch(
      /DISCORD_BOT_TOKEN: STAFF_DISCORD_CHANNEL_ID needs/,
    );
    expect(refusal({ ...discord, STAFF_DISCORD_CHANNEL_ID: "#staff" })).toMatch(
      /STAFF_DISCORD_CHANNEL_ID: the staff channel's id/,
    );
    expect(refusal({ ...discord, STAFF_DISCORD_ROLE_ID: channel })).toMatch(
      /STAFF_DISCORD_CHANNEL_ID: STAFF_DISCORD_ROLE_ID only narrows/,
    );
    expect(
      refusal({ DISCORD_BOT_TOKEN: "MTIz.fake.token", STAFF_DISCORD_CHANNEL_ID: channel }),
    ).toMatch(/STAFF_HOURS: required with a staff channel/);
    expect(refusal({ ...discord, STAFF_DISCORD_FORUM_TAG: "ケース" })).toMatch(
      /STAFF_DISCORD_CHANNEL_ID: STAFF_DISCORD_FORUM_TAG tags the posts/,
    );
    expect(
      refusal({
        ...discord,
        STAFF_DISCORD_CHANNEL_ID: channel,
        STAFF_DISCORD_FORUM_TAG: "x".repeat(51),
      }),
    ).toMatch(/STAFF_DISCORD_FORUM_TAG: a forum tag's name/);
    expect(
      refusal({ ...discord, STAFF_DISCORD_CHANNEL_ID: channel, STAFF_DISCORD_FORUM_TAG: "ケース" }),
    ).toBe("");
    expect(refusal({ ...discord, STAFF_DISCORD_CHANNEL_ID: channel })).toBe("");
  });
});

describe("what a deployment offers", () => {
  const offers = (env: Record<string, string>) => {
    const can = deploymentCapabilities(readConfig(env));
    return { handoff: can.handoffAvailable(), alerts: can.staffAlerts };
  };

  it("a person to talk with only where workers can take the request: a Telegram group or a Discord channel", () => {
    const discord = { DISCORD_BOT_TOKEN: "MTIz.fake.token", STAFF_HOURS: "always" };
    expect(offers({ ...discord })).toEqual({ handoff: false, alerts: false });
    expect(offers({ ...discord, STAFF_DISCORD_CHANNEL_ID: "123456789012345678" })).toEqual({
      handoff: true,
      alerts: true,
    });
    expect(
      offers({ ...base, STAFF_TELEGRAM_CHAT_ID: "-1001234567890", STAFF_HOURS: "always" }),
    ).toEqual({ handoff: true, alerts: true });
    // A webhook only receives: alerts reach someone, but nobody can take over a conversation.
    expect(
      offers({
        STAFF_WEBHOOK_URL: "https://tools.example.org/hook",
        STAFF_WEBHOOK_SECRET: "x".repeat(40),
        STAFF_HOURS: "always",
      }),
    ).toEqual({ handoff: false, alerts: true });
  });
});
