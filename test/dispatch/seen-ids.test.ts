/** What `seen` keeps of an id: a fixed-length digest, or a short id as it is. */
import { describe, expect, it } from "vitest";
import {
  rememberSeen,
  SEEN_DIGEST_LENGTH,
  seenEntry,
  wasSeen,
} from "../../src/dispatch/seen-ids.js";

describe("seen entries", () => {
  it("keep an id of 12 characters or more as a 12-character digest, the same every time", () => {
    const line = "01H8ZK3Q4R5S6T7V8W9X0Y1Z2A";
    const uuid = "3f0c2a9e-1b7d-4c8e-9f6a-2d5b8e1c7a40";
    for (const id of [line, uuid, "staff-close:12", "123456789012"]) {
      expect(seenEntry(id)).toMatch(/^[A-Za-z0-9_-]{12}$/);
      expect(seenEntry(id)).toBe(seenEntry(id));
      expect(seenEntry(id)).not.toBe(id);
    }
    expect(seenEntry(line)).not.toBe(seenEntry(`${line.slice(0, -1)}B`));
  });

  it("keep a shorter id (Telegram's update_id) as it is", () => {
    expect(seenEntry("873452119")).toBe("873452119");
    expect(seenEntry("x".repeat(SEEN_DIGEST_LENGTH - 1))).toBe("x".repeat(SEEN_DIGEST_LENGTH - 1));
  });

  it("recognise an id kept as its entry or kept raw, and forget the oldest beyond the window", () => {
    const seen = ["01H8ZK3Q4R5S6T7V8W9X0Y1Z2A"];
    const id = "3f0c2a9e-1b7d-4c8e-9f6a-2d5b8e1c7a40";
    rememberSeen(seen, seenEntry(id), 2);
    expect(wasSeen(seen, id, seenEntry(id))).toBe(true);
    const raw = "01H8ZK3Q4R5S6T7V8W9X0Y1Z2A";
    expect(wasSeen(seen, raw, seenEntry(raw))).toBe(true);
    rememberSeen(seen, seenEntry("another-event-id"), 2);
    expect(wasSeen(seen, raw, seenEntry(raw))).toBe(false);
    expect(seen).toHaveLength(2);
  });
});
