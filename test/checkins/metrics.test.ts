/**
 * Check-ins in `/metrics`, read over HTTP as Prometheus would: series the people asked for,
 * check-ins sent, ones waiting for LINE's monthly push budget, series the person cancelled, and
 * series that ended after two check-ins went unanswered. Counts per channel, never per person.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fakeClock, lineWorld, type Person, pushedTo } from "./support.js";

type LineWorld = Awaited<ReturnType<typeof lineWorld>>;

async function askForCheckIns(people: Person[]): Promise<void> {
  for (const person of people) {
    await person.open();
    await person.press("今日はここまで");
    await person.press("数日後に");
  }
}

/** The check-in counters as /metrics shows them, by event. */
async function checkInMetrics(world: LineWorld): Promise<Record<string, number>> {
  const response = await fetch(`http://127.0.0.1:${world.app.port}/metrics`);
  expect(response.status).toBe(200);
  const counts: Record<string, number> = {};
  for (const line of (await response.text()).split("\n")) {
    const match = /^komorebi_check_ins_total\{event="([a-z-]+)",channel="line"\} (\d+)$/.exec(line);
    if (match?.[1]) counts[match[1]] = Number(match[2]);
  }
  return counts;
}

describe("check-ins in /metrics", () => {
  let world: LineWorld;
  afterEach(async () => {
    await world?.close();
  });

  it("counts series scheduled, check-ins sent, series cancelled and series ended unanswered", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await lineWorld({ clock });
    const [aki, ben] = [world.person("ja"), world.person("ja")];
    await askForCheckIns([aki, ben]);
    expect(await checkInMetrics(world)).toEqual({ scheduled: 2 });

    clock.set("2031-03-06T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(2);
    expect(await checkInMetrics(world)).toEqual({ scheduled: 2, sent: 2 });

    // Ben says no more; Aki does not answer, and the next one is the last.
    await ben.press("もう送らなくていい");
    expect(await checkInMetrics(world)).toEqual({ scheduled: 2, sent: 2, cancelled: 1 });
    clock.set("2031-03-13T10:00:00+09:00");
    expect((await world.tick()).sent).toBe(1);
    expect(pushedTo(aki)).toHaveLength(2);
    expect(await checkInMetrics(world)).toEqual({
      scheduled: 2,
      sent: 3,
      cancelled: 1,
      ended: 1,
    });
  });

  it("counts check-ins waiting for LINE's push budget", async () => {
    const clock = fakeClock("2031-03-24T10:00:00+09:00");
    world = await lineWorld({ clock, env: { LINE_MONTHLY_PUSH_LIMIT: "10" } });
    world.fake.channel.quota = undefined;
    world.fake.channel.usage = 6;
    world.fake.channel.enforceQuota = true;
    await askForCheckIns(Array.from({ length: 5 }, () => world.person("ja")));
    clock.set("2031-03-27T10:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 3, waiting: 2 });
    expect(await checkInMetrics(world)).toEqual({ scheduled: 5, sent: 3, "waiting-budget": 2 });
  });
});
