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
const reopen = () =>
  openSqliteAdapter({
    path: join(dir, `db-${file}.sqlite`),
    table: "kv",
    keySize: 255,
    busyTimeoutMs: 1000,
    synchronous: "normal",
  });
beforeEach(async () => {
  file += 1;
  adapter = await reopen();
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
    // A new adapter knows none of the rows: every read goes to the file, many at once.
    await adapter.disconnect?.();
    adapter = await reopen();
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

describe("the rows the SQLite adapter wrote itself", () => {
  it("are read back from memory, as the file's only writer; others come from the file", async () => {
    await adapter.set("mine", "written here");
    // Another connection changes the file behind the adapter's back, which in a deployment
    // nothing does (one process owns a SQLite store): the adapter still reads what it wrote.
    const other = await reopen();
    try {
      await other.query("UPDATE kv SET value = 'changed elsewhere' WHERE key = 'mine'");
      await other.query("INSERT INTO kv (key, value) VALUES ('theirs', 'from the file')");
      expect(await adapter.get("mine")).toBe("written here");
      expect(await adapter.get("theirs")).toBe("from the file");
    } finally {
      await other.disconnect?.();
    }
    await adapter.delete("mine");
    expect(await adapter.get("mine")).toBeUndefined();
  });

  it("are read from the file again after a write that failed halfway", async () => {
    await adapter.set("record", "r1");
    await adapter.set("mark", "pending");
    // The upsert goes in; the delete after it is refused.
    await adapter.query(
      "CREATE TRIGGER keep BEFORE DELETE ON kv WHEN OLD.key = 'mark' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    await expect(adapter.setThenDelete("record", "r2", "mark")).rejects.toThrow();
    expect(await adapter.get("record")).toBe("r2");
    expect(await adapter.get("mark")).toBe("pending");
  });

  it("are forgotten when the namespace is cleared", async () => {
    adapter.namespace = "ns";
    await adapter.set("ns:a", "1");
    await adapter.clear();
    expect(await adapter.get("ns:a")).toBeUndefined();
  });
});
