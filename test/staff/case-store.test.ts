/**
 * Cases on every store backend (SQLite, Redis, Postgres, and memory): one open case per
 * conversation, numbers that never repeat, one claim winning when two stores (two processes)
 * race for it under the store's lock, the thread index, and a case retired once done.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CaseRecord } from "../../src/staff/case-record.js";
import { createCaseStore } from "../../src/staff/case-store.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";
import { uniqueNamespace } from "../store/store-contract.js";

const sqliteDir = mkdtempSync(join(tmpdir(), "komorebi-cases-"));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

const silent = { debug() {}, info() {}, warn() {}, error() {} };

const backends: [string, () => string][] = [
  ["memory", () => "memory://"],
  ["sqlite", () => `sqlite://${join(sqliteDir, "cases.sqlite")}`],
  ["redis", () => "redis://127.0.0.1:6379"],
  ["postgres", () => "postgresql://postgres@127.0.0.1:5432/test"],
];

const fresh =
  (conversation: string) =>
  (number: number): CaseRecord => ({
    v: 1,
    number,
    conversation,
    status: "open",
    announced: false,
    crisis: true,
    channel: "telegram",
    locale: "ja",
    region: "JP",
    categories: [],
    rules: [],
    alerts: 1,
    openedAt: "2026-05-04T02:00:00.000Z",
    updatedAt: "2026-05-04T02:00:00.000Z",
    relayed: [],
    applied: [],
    refs: {},
    outbox: [],
  });

describe.each(backends)("cases on %s", (kind, url) => {
  it("one open case per conversation; one claim wins between two stores", async () => {
    const namespace = uniqueNamespace(`cases-${kind}`);
    // Two stores on one backend, as two processes would open it. SQLite and memory serve one
    // process by design (no lock across processes): there both race inside one store.
    const single = kind === "memory" || kind === "sqlite";
    const first: KomorebiStore = await createStore(url(), { namespace, logger: silent });
    const second: KomorebiStore = single
      ? first
      : await createStore(url(), { namespace, logger: silent });
    const cases = [first, second].map((store) =>
      createCaseStore(store.kv, (key, task) => store.conversations.withLock(key, task), {
        logger: silent,
      }),
    );
    const [a, b] = cases as [(typeof cases)[0], (typeof cases)[0]];
    try {
      const opened = await Promise.all([
        a.openFor("conv-1", fresh("conv-1")),
        b.openFor("conv-1", fresh("conv-1")),
      ]);
      expect(opened.map((o) => o.number)).toEqual([1, 1]);
      expect(opened.filter((o) => o.created)).toHaveLength(1);
      expect((await b.openFor("conv-2", fresh("conv-2"))).number).toBe(2);
      expect(await a.active()).toEqual([1, 2]);

      const claim = (store: typeof a, worker: string) =>
        store.update(1, (record) => {
          if (record.status !== "open") return { result: record.worker };
          record.status = "claimed";
          record.worker = worker;
          return { record, result: worker };
        });
      const winners = await Promise.all([claim(a, "W-AAAAAA"), claim(b, "W-BBBBBB")]);
      expect(winners[0]).toBe(winners[1]);
      expect((await b.read(1))?.worker).toBe(winners[0]);

      await a.rememberThread("telegram", "501", 2);
      expect(await b.thread("telegram", "501")).toBe(2);

      // Closed: a new alert for the same conversation opens a new case with a new number.
      await a.update(1, (record) => ({ record: { ...record, status: "closed" }, result: true }));
      await a.forgetOpen("conv-1", 1);
      await a.retire(1);
      expect(await b.findOpen("conv-1")).toBeUndefined();
      expect((await b.openFor("conv-1", fresh("conv-1"))).number).toBe(3);
      expect(await a.active()).toEqual([2, 3]);
    } finally {
      await first.kv.clear();
      await first.close();
      if (second !== first) await second.close();
    }
  });
});
