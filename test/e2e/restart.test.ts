import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { buildApp } from "../../src/main.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("restarting the process mid-conversation (SQLite)", () => {
  it("resumes at the same step with the same pseudonym", async () => {
    const dir = await mkdtemp(join(tmpdir(), "komorebi-restart-"));
    dirs.push(dir);
    const env = {
      STORE_URL: `sqlite://${join(dir, "k.sqlite")}`,
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
    };
    const first = await buildApp(readConfig(env));
    const user = { channel: "web" as const, userId: "restart-user-0001" };
    const start = await first.core.handle({ ...user, payload: { type: "start" } });
    const menu = start.messages.find((m) => m.type === "choices");
    const settings =
      menu?.type === "choices" ? menu.choices.find((c) => c.label === "設定") : undefined;
    await first.core.handle({ ...user, payload: { type: "choice", choiceId: settings!.id } });
    await first.store.close();

    const second = await buildApp(readConfig(env));
    try {
      const resumed = await second.core.handle({ ...user, payload: { type: "text", text: "2" } });
      expect(resumed.messages.map((m) => m.text).join("\n")).toContain("住んでいる");
      const state = await second.store.conversations.get(second.core.pseudonym("web", user.userId));
      expect(state?.position).toEqual({ flow: "settings", node: "region" });
    } finally {
      await second.store.close();
    }
  });
});
