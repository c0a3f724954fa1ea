/**
 * LINE's monthly push budget: check-ins use it only while more than a tenth is left; then they
 * wait (they are not lost, and they do not fail against LINE's limit), the operator is warned
 * once, and they go out when the next month begins. The limit is `LINE_MONTHLY_PUSH_LIMIT` or
 * what LINE's quota endpoint reports (here its fake), whichever is lower; what has been used is
 * komorebi's own count or LINE's, whichever is higher.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fakeClock, lineWorld, type Person, pushedTo } from "./support.js";

type LineWorld = Awaited<ReturnType<typeof lineWorld>>;

const WARNING = "line push budget running low";
const warnings = (world: LineWorld) =>
  world.logs.filter((line) => line.includes(WARNING)).map((line) => JSON.parse(line));

async function askForCheckIns(people: Person[]): Promise<void> {
  for (const person of people) {
    await person.open();
    await person.press("今日はここまで");
    await person.press("数日後に");
  }
}

describe("LINE's push budget", () => {
  let world: LineWorld;
  afterEach(async () => {
    await world?.close();
  });

  it("lets check-ins wait when it runs low, warns once, and sends them next month", async () => {
    const clock = fakeClock("2031-03-24T10:00:00+09:00");
    // Ten pushes a month: check-ins may use nine, one stays for answers and staff.
    world = await lineWorld({ clock, env: { LINE_MONTHLY_PUSH_LIMIT: "10" } });
    world.fake.channel.quota = undefined;
    world.fake.channel.usage = 6;
    world.fake.channel.enforceQuota = true;
    const people = Array.from({ length: 5 }, () => world.person("ja"));
    await askForCheckIns(people);

    clock.set("2031-03-27T10:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 3, waiting: 2, failed: 0 });
    expect(people.map((person) => pushedTo(person).length).sort()).toEqual([0, 0, 1, 1, 1]);
    expect(await world.app.pushBudget.figures("line")).toEqual({
      month: "2031-03",
      counted: 3,
      limit: 10,
    });
    // LINE was never asked for more than the budget allows: nothing was refused.
    expect(world.fake.callsTo("/v2/bot/message/push").every((call) => call.status === 200)).toBe(
      true,
    );

    // They wait; ticking again and again warns no more.
    clock.set("2031-03-28T12:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 0, waiting: 2 });
    clock.set("2031-03-29T12:00:00+09:00");
    await world.tick();
    expect(warnings(world)).toHaveLength(1);
    expect(warnings(world)[0]).toMatchObject({ level: "warn", month: "2031-03", limit: 10 });
    // The warning names no one.
    expect(JSON.stringify(warnings(world))).not.toMatch(/U[0-9a-f]{32}/);

    // April in Japan: LINE starts counting again, and so does komorebi.
    world.fake.channel.usage = 0;
    world.fake.channel.pushes = 0;
    clock.set("2031-04-01T10:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 2 });
    expect(people.map((person) => pushedTo(person).length)).toEqual([1, 1, 1, 1, 1]);
  });

  it("reads the limit and what is used from LINE's quota endpoints", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await lineWorld({ clock });
    // Someone sent a broadcast from LINE's manager app: 195 of the free plan's 200 are gone.
    world.fake.channel.quota = 200;
    world.fake.channel.usage = 195;
    world.fake.channel.enforceQuota = true;
    const person = world.person("ja");
    await askForCheckIns([person]);

    clock.set("2031-03-06T10:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 0, waiting: 1 });
    expect(pushedTo(person)).toEqual([]);
    expect(warnings(world)).toHaveLength(1);
    expect((await person.state())?.nextCheckIn?.at).toBe("2031-03-06T07:00:00.000Z");
    expect(world.fake.callsTo("/v2/bot/message/quota").length).toBeGreaterThan(0);
  });

  it("does not hold back check-ins on a plan without a limit", async () => {
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    world = await lineWorld({ clock });
    world.fake.channel.quota = undefined;
    world.fake.channel.usage = 100_000;
    const person = world.person("ja");
    await askForCheckIns([person]);
    clock.set("2031-03-06T10:00:00+09:00");
    expect(await world.tick()).toMatchObject({ sent: 1 });
    expect(warnings(world)).toEqual([]);
  });
});
