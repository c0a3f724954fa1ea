/**
 * How long komorebi keeps things: RETENTION_DAYS as configuration, and the sweep that clears
 * expired values out of the SQLite file when the process starts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { ConfigError } from "../../src/core/errors.js";
import { startApp } from "../../src/main.js";
import { createStore } from "../../src/store/index.js";
import { createRecordingLogger } from "../store/store-contract.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("RETENTION_DAYS", () => {
  it("keeps conversations 180 days after their last message unless told otherwise", () => {
    expect(readConfig({}).RETENTION_DAYS).toBe(180);
    expect(readConfig({ RETENTION_DAYS: " " }).RETENTION_DAYS).toBe(180);
    expect(readConfig({ RETENTION_DAYS: "30" }).RETENTION_DAYS).toBe(30);
    expect(readConfig({ RETENTION_DAYS: "0" }).RETENTION_DAYS).toBe(0);
  });

  it.each(["-1", "1.5", "a year", "100000"])("refuses %s and names the variable", (value) => {
    expect(() => readConfig({ RETENTION_DAYS: value })).toThrow(ConfigError);
    expect(() => readConfig({ RETENTION_DAYS: value })).toThrow(/RETENTION_DAYS/);
  });
});

describe("start-up", () => {
  it("clears expired event ids out of the SQLite store, keeping the conversations", async () => {
    const dir = await mkdtemp(join(tmpdir(), "komorebi-retention-"));
    dirs.push(dir);
    const storeUrl = `sqlite://${join(dir, "k.sqlite")}`;
    const before = await createStore(storeUrl);
    for (const id of ["old-1", "old-2", "old-3"]) {
      await before.conversations.rememberEvent("line", id, 50);
    }
    await before.conversations.rememberEvent("line", "recent", 60_000);
    await sleep(120);
    await before.close();

    const logger = createRecordingLogger();
    const app = await startApp(
      readConfig({ STORE_URL: storeUrl, DATA_DIR: dir, PORT: "0", HOST: "127.0.0.1" }),
      logger,
    );
    try {
      await expect
        .poll(() => logger.entries.find((e) => e.message === "store: expired values removed"))
        .toMatchObject({ fields: { removed: 3 } });
      expect(await app.store.conversations.seenEvent("line", "recent")).toBe(true);
    } finally {
      await app.close();
    }
  });
});
