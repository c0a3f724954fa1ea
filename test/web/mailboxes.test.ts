/** What waits for an open web chat page, and when a page counts as closed. */
import { describe, expect, it } from "vitest";
import { createMailboxes } from "../../src/adapters/web/mailboxes.js";

const text = (value: string) => ({ type: "text" as const, text: value });

describe("web chat mailboxes", () => {
  it("keeps messages for an open page until it takes them, and refuses a page never opened", () => {
    const boxes = createMailboxes();
    expect(boxes.put("never-opened-page", [text("hello")])).toBe(false);
    boxes.open("page-a");
    expect(boxes.put("page-a", [text("one")])).toBe(true);
    expect(boxes.put("page-a", [text("two")], true)).toBe(true);
    expect(boxes.take("page-a")).toEqual({ messages: [text("one"), text("two")], forget: true });
    expect(boxes.take("page-a")).toEqual({ messages: [], forget: false });
  });

  it("closes a page not heard from for the idle time, and keeps at most maxPages", () => {
    let now = 0;
    const boxes = createMailboxes({ idleMs: 1000, maxPages: 2, now: () => now });
    boxes.open("a");
    now = 900;
    boxes.open("a"); // a visit renews the page
    now = 1500;
    expect(boxes.put("a", [text("still open")])).toBe(true);
    now = 2000;
    expect(boxes.put("a", [text("gone")])).toBe(false);
    boxes.open("b");
    boxes.open("c");
    boxes.open("d");
    expect(boxes.put("b", [text("pushed out")])).toBe(false);
    expect(boxes.put("d", [text("kept")])).toBe(true);
  });
});
