/** Quiet hours: the first moment the bot may write first, in one or several time zones. */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUIET_HOURS,
  nextOutsideQuietHours,
  zonesFor,
} from "../../src/checkins/quiet-hours.js";

const at = (time: string) => Date.parse(time);
const next = (time: string, zones: string[], quiet = DEFAULT_QUIET_HOURS) =>
  new Date(nextOutsideQuietHours(at(time), quiet, zones)).toISOString();

describe("quiet hours", () => {
  it("lets a time between 09:00 and 21:00 through, and moves a night-time one to 09:00", () => {
    const tokyo = ["Asia/Tokyo"];
    expect(next("2031-03-03T10:00:00+09:00", tokyo)).toBe("2031-03-03T01:00:00.000Z");
    expect(next("2031-03-03T20:59:30+09:00", tokyo)).toBe("2031-03-03T11:59:30.000Z");
    expect(next("2031-03-03T21:00:00+09:00", tokyo)).toBe("2031-03-04T00:00:00.000Z");
    expect(next("2031-03-04T03:17:45+09:00", tokyo)).toBe("2031-03-04T00:00:00.000Z");
  });

  it("counts in local time across a change to summer time", () => {
    // Europe moves its clocks on 30 March 2031: 09:00 in Paris is 08:00 UTC before, 07:00 after.
    expect(next("2031-03-29T23:00:00+01:00", ["Europe/Paris"])).toBe("2031-03-30T07:00:00.000Z");
    expect(next("2031-03-28T23:00:00+01:00", ["Europe/Paris"])).toBe("2031-03-29T08:00:00.000Z");
    // And back on 26 October: 09:00 is 07:00 UTC before, 08:00 after.
    expect(next("2031-10-25T23:00:00+02:00", ["Europe/Paris"])).toBe("2031-10-26T08:00:00.000Z");
    // Quiet hours that end in the hour the clock skips end when the clock is past it.
    expect(next("2031-03-30T01:00:00+01:00", ["Europe/Paris"], "21:00-02:30")).toBe(
      "2031-03-30T01:00:00.000Z",
    );
  });

  it("keeps the hours a person chose, across midnight or not", () => {
    const tokyo = ["Asia/Tokyo"];
    expect(next("2031-03-03T10:00:00+09:00", tokyo, "00:00-18:00")).toBe(
      "2031-03-03T09:00:00.000Z",
    );
    expect(next("2031-03-03T23:30:00+09:00", tokyo, "00:00-18:00")).toBe(
      "2031-03-03T14:30:00.000Z",
    );
    expect(next("2031-03-03T23:30:00+09:00", tokyo, "23:00-15:00")).toBe(
      "2031-03-04T06:00:00.000Z",
    );
  });

  it("in a region of several zones, waits until it is day in all of them", () => {
    const us = zonesFor({ region: "US" }, ["UTC"]);
    expect(us.length).toBeGreaterThan(1);
    // 10:00 in New York is 05:00 in Honolulu: not yet. 09:00 in Honolulu is 14:00 in New York
    // (winter), and still before 21:00 there.
    expect(next("2031-01-15T10:00:00-05:00", [...us])).toBe("2031-01-15T19:00:00.000Z");
    // Hours whose waking times never meet across the zones fall back to the first zone.
    const late = next("2031-07-15T10:00:00-04:00", [...us], "00:00-18:00");
    expect(late).toBe("2031-07-15T22:00:00.000Z");
  });

  it("uses the person's own zone, else their region's, else the deployment's", () => {
    expect(zonesFor({ region: "JP", timeZone: "Europe/Rome" }, ["UTC"])).toEqual(["Europe/Rome"]);
    expect(zonesFor({ region: "KR" }, ["UTC"])).toEqual(["Asia/Seoul"]);
    expect(zonesFor({ region: "XX" }, ["Asia/Tokyo"])).toEqual(["Asia/Tokyo"]);
    // A zone this runtime does not know is passed over, not trusted.
    expect(zonesFor({ region: "GB", timeZone: "Mars/Olympus" }, ["UTC"])).toEqual([
      "Europe/London",
    ]);
  });
});
