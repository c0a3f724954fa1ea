/**
 * Check-ins are kept in the store: a check-in asked for before a restart is sent after it, once;
 * and two processes sharing the real Redis (or Postgres), ticking at the same moment, send each
 * check-in once. Each "process" is a whole app with its own store connection, dispatcher and
 * scheduler, started in this test process so that both share the test's clock.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeMessagingApi, startFakeMessagingApi } from "../line/fake-messaging-api.js";
import { CHANNEL_ACCESS_TOKEN } from "../line/fixtures.js";
import { fakeClock, lineWorld, pushedTo, textsOf } from "./support.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const HELLO = "前に「メッセージを送ってもいい」と言ってもらったので";

describe("check-ins across a restart (SQLite)", () => {
  it("a check-in asked for before the restart is sent after it, once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "komorebi-checkins-"));
    dirs.push(dir);
    const fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    const env = {
      STORE_URL: `sqlite://${join(dir, "k.sqlite")}`,
      PSEUDONYM_SECRET: "restart-secret-0123456789",
    };
    try {
      const first = await lineWorld({ clock, env, line: fake });
      const person = first.person("ja");
      await person.open();
      await person.press("今日はここまで");
      await person.press("数日後に");
      await first.close();

      // Three days later, a new process on the same file: it looks at once when it starts.
      clock.set("2031-03-06T10:00:00+09:00");
      const second = await lineWorld({ clock, env, line: fake });
      await second.tick();
      expect(pushedTo(person)).toHaveLength(1);
      await second.tick();
      await second.close();
      const third = await lineWorld({ clock, env, line: fake });
      await third.tick();
      await third.close();

      expect(pushedTo(person)).toHaveLength(1);
      expect(textsOf(pushedTo(person))).toContain(HELLO);
    } finally {
      await fake.close();
    }
  });
});

describe.each([
  ["Redis", "redis://127.0.0.1:6379"],
  ["Postgres", "postgresql://postgres@127.0.0.1:5432/test"],
])("check-ins with two processes on the real %s", (_name, storeUrl) => {
  let fake: FakeMessagingApi | undefined;
  afterAll(async () => {
    await fake?.close();
  });

  it("each check-in is sent once, however the two tick", async () => {
    fake = await startFakeMessagingApi(CHANNEL_ACCESS_TOKEN);
    const clock = fakeClock("2031-03-03T10:00:00+09:00");
    const env = {
      STORE_URL: storeUrl,
      STORE_NAMESPACE: `checkins-${randomUUID().slice(0, 8)}`,
      PSEUDONYM_SECRET: "two-processes-secret-0123456789",
    };
    const one = await lineWorld({ clock, env, line: fake });
    const two = await lineWorld({ clock, env, line: fake });
    try {
      // Half the people came in through each process, as a load balancer would send them.
      const people = Array.from({ length: 12 }, (_, index) =>
        (index % 2 === 0 ? one : two).person("ja"),
      );
      for (const [index, person] of people.entries()) {
        await person.open();
        await person.press("今日はここまで");
        await person.press(index % 3 === 0 ? "1週間後に" : "数日後に");
      }
      clock.set("2031-03-06T10:00:00+09:00");
      await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
      clock.set("2031-03-10T10:00:00+09:00");
      await Promise.all([two.tick(), one.tick(), two.tick(), one.tick()]);
      await Promise.all([one.app.dispatcher.idle(), two.app.dispatcher.idle()]);
      for (const person of people) {
        const pushed = pushedTo(person);
        expect(pushed).toHaveLength(1);
        expect(pushed[0]?.text).toContain(HELLO);
      }
    } finally {
      await one.close();
      await two.close();
    }
  });
});
