import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStore, StoreConfigError, StoreConnectionError } from "../../src/store/index.js";

async function connectionError(url: string): Promise<StoreConnectionError> {
  const error: unknown = await createStore(url).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (reason: unknown) => reason,
  );
  if (error instanceof StoreConnectionError) return error;
  throw new Error(`expected a StoreConnectionError, got ${String(error)}`);
}

describe("createStore failing fast", () => {
  const dir = mkdtempSync(join(tmpdir(), "komorebi-store-fail-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rejects an unreachable redis within a few seconds, naming host but not password", async () => {
    const startedAt = Date.now();
    const error = await connectionError("redis://:hunter2-secret@127.0.0.1:1");
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(error.backend).toBe("redis");
    expect(error.message).toContain("redis");
    expect(error.message).toContain("127.0.0.1:1");
    expect(error.message).toContain("STORE_URL");
    expect(error.message).not.toContain("hunter2-secret");
  });

  it("rejects an unreachable postgres within a few seconds, naming host but not password", async () => {
    const startedAt = Date.now();
    const error = await connectionError("postgresql://admin:hunter2-secret@127.0.0.1:1/test");
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(error.backend).toBe("postgres");
    expect(error.message).toContain("127.0.0.1:1");
    expect(error.message).not.toContain("hunter2-secret");
  });

  it("rejects a sqlite path whose directory cannot be created", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const error = await connectionError(`sqlite://${file}/komorebi.sqlite`);
    expect(error.backend).toBe("sqlite");
    expect(error.message).toContain(file);
  });

  it("rejects a sqlite path that is a directory", async () => {
    const error = await connectionError(`sqlite://${dir}`);
    expect(error.backend).toBe("sqlite");
  });

  it("rejects a malformed namespace", async () => {
    await expect(createStore("memory://", { namespace: "has:colon" })).rejects.toThrow(
      StoreConfigError,
    );
    await expect(createStore("memory://", { namespace: "" })).rejects.toThrow(StoreConfigError);
  });

  it("rejects a bad STORE_URL before touching any backend", async () => {
    await expect(createStore("mysql://localhost/db")).rejects.toThrow(StoreConfigError);
  });
});
