/**
 * The SQLite adapter groups what callers ask for at the same time into few statements; each
 * caller must still see its own outcome, in the order it asked, as if it had been alone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteAdapter, type SqliteAdapter } from "../../src/store/sqlite-adapter.js";

const dir = mkdtempSync(join(tmpdir(), "komorebi-sqlite-adapter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let adapter: SqliteAdapter;
let file = 0;
beforeEach(async () => {
  file += 1;
  adapter = await openSqliteAdapter({
    path: join(dir, `db-${file}.sqlite`),
    table: "kv",
    keySize: 255,
    busyTimeoutMs: 1000,
    synchronous: "normal",
  });
});
afterEach(async () => {
  await adapter.disconnect?.();
});

describe("the SQLite adapter under concurrent callers", () => {
  it("keeps the order of writes to one key asked for at once", async () => {
    await Promise.all([
      adapter.set("a", "1"),
      adapter.delete("a"),
      adapter.set("a", "2"),
      adapter.set("b", "1"),
      adapter.delete("b"),
    ]);
    expect(await adapter.get("a")).toBe("2");
    expect(await adapter.get("b")).toBeUndefined();
  });

  it("deletes after setting in one request, in order with other callers' writes", async () => {
    await adapter.set("mark", "old");
    // The mark is set again by a caller that asked later: its write must land after the delete.
    await Promise.all([
      adapter.setThenDelete("record", "r1", "mark"),
      adapter.set("mark", "new"),
      adapter.setThenDelete("other", "o1", "missing"),
    ]);
    expect(await adapter.get("record")).toBe("r1");
    expect(await adapter.get("other")).toBe("o1");
    expect(await adapter.get("mark")).toBe("new");
    await adapter.setThenDelete("record", "r2", "mark");
    expect(await adapter.get("record")).toBe("r2");
    expect(await adapter.get("mark")).toBeUndefined();
  });

  it("tells each delete whether its own key was there", async () => {
    await adapter.set("present", "x");
    const [present, absent] = await Promise.all([
      adapter.delete("present"),
      adapter.delete("absent"),
    ]);
    expect(present).toBe(true);
    expect(absent).toBe(false);
    expect(await adapter.deleteMany?.(["absent", "also-absent"])).toBe(false);
  });

  it("answers many reads and writes at once, more than one statement holds", async () => {
    const keys = Array.from({ length: 100 }, (_, index) => `k${index}`);
    await Promise.all([
      ...keys.map((key) => adapter.set(key, key.toUpperCase())),
      adapter.setMany?.(
        Array.from({ length: 40 }, (_, index) => ({ key: `many${index}`, value: String(index) })),
      ),
    ]);
    const values = await Promise.all(
      [...keys, "many0", "many39", "none"].map((key) => adapter.get(key)),
    );
    expect(values).toEqual([...keys.map((key) => key.toUpperCase()), "0", "39", undefined]);
  });

  it("fails the callers of a batch that cannot be written, and goes on with the next", async () => {
    // The database refuses one row (as a full disk or a constraint would).
    await adapter.query(
      "CREATE TRIGGER refuse BEFORE INSERT ON kv WHEN NEW.key = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const failing = adapter.set("bad", "1");
    const sameBatch = adapter.set("good", "1");
    await expect(failing).rejects.toThrow();
    await expect(sameBatch).rejects.toThrow();
    await adapter.set("later", "2");
    expect(await adapter.get("later")).toBe("2");
    expect(await adapter.get("good")).toBeUndefined();
  });
});
