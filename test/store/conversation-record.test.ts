/** Reading stored conversation values: older shapes migrate, malformed ones read as missing. */
import { describe, expect, it } from "vitest";
import { readRecord } from "../../src/store/conversation-record.js";

const olderState = {
  schema: 1,
  revision: 4,
  position: { flow: "menu", node: "main" },
  locale: "ja",
  region: "JP",
  channel: "line",
  stopped: false,
  unreachable: false,
  paused: false,
  ended: false,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
};

describe("reading a stored conversation", () => {
  it("takes a bare state saved before records existed, filling the fields it lacks", () => {
    const record = readRecord(olderState);
    expect(record?.inbox).toEqual([]);
    expect(record?.outbox).toEqual([]);
    expect(record?.state).toMatchObject({
      revision: 4,
      answers: {},
      skipped: [],
      turns: 0,
      checkIn: "none",
      lifecycle: "active",
    });
  });

  it("turns the four flags of older states into one lifecycle, the strongest winning", () => {
    const lifecycleOf = (flags: Record<string, boolean>) => {
      const state = readRecord({ ...olderState, ...flags })?.state;
      expect(state).not.toHaveProperty("stopped");
      return state?.lifecycle;
    };
    expect(lifecycleOf({ stopped: true })).toBe("stopped");
    expect(lifecycleOf({ paused: true })).toBe("paused");
    expect(lifecycleOf({ ended: true })).toBe("ended");
    expect(lifecycleOf({ unreachable: true, stopped: true })).toBe("unreachable");
    expect(lifecycleOf({ stopped: true, paused: true })).toBe("stopped");
    // Inside a record too, as a state saved with the outbox would be.
    const inRecord = readRecord({
      v: 1,
      state: { ...olderState, paused: true },
      inbox: [],
      outbox: [],
      seen: [],
    });
    expect(inRecord?.state?.lifecycle).toBe("paused");
  });

  it("refuses a lifecycle it does not know", () => {
    expect(readRecord({ ...olderState, lifecycle: "asleep" })).toBeUndefined();
  });

  it("refuses a state it cannot trust: unknown channel, missing position, wrong schema", () => {
    expect(readRecord({ ...olderState, channel: "fax" })).toBeUndefined();
    expect(readRecord({ ...olderState, position: undefined })).toBeUndefined();
    expect(readRecord({ ...olderState, schema: 2 })).toBeUndefined();
    expect(
      readRecord({ v: 1, state: { ...olderState, revision: -1 }, inbox: [], outbox: [], seen: [] }),
    ).toBeUndefined();
    expect(readRecord("not a record")).toBeUndefined();
  });
});
