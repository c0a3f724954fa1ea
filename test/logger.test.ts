/** Logs carry pseudonyms and positions only: the logger's own line of defence. */
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";

describe("the logger", () => {
  it("writes JSON lines and drops fields that could hold text or platform ids", () => {
    const lines: string[] = [];
    const logger = createLogger("info", (line) => lines.push(line));
    logger.debug("below the level");
    logger.info("event handled", {
      conversation: "pseudo-1",
      text: "死にたい",
      userId: "U123",
      nested: { replyToken: "abc", kept: 1 },
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ level: "info", msg: "event handled", conversation: "pseudo-1" });
    expect(typeof entry.time).toBe("string");
    expect(lines[0]).not.toContain("死にたい");
    expect(lines[0]).not.toContain("U123");
    expect(entry.nested).toEqual({ kept: 1 });
  });

  it("renders an error by name and message only", () => {
    const lines: string[] = [];
    const logger = createLogger("debug", (line) => lines.push(line));
    const error = new TypeError("boom");
    logger.error("failed", { error });
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry.error).toBe("TypeError: boom");
    expect(lines[0]).not.toContain("at ");
  });

  it("is quiet when silent", () => {
    const lines: string[] = [];
    createLogger("silent", (line) => lines.push(line)).error("anything");
    expect(lines).toEqual([]);
  });
});
