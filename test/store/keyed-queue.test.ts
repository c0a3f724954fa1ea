import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createKeyedQueue } from "../../src/store/index.js";

describe("createKeyedQueue", () => {
  it("drops keys once idle, including after failures", async () => {
    const queue = createKeyedQueue();
    const runs = Array.from({ length: 50 }, (_, index) =>
      queue.run(`key-${index % 5}`, async () => {
        await sleep(index % 3);
        if (index % 7 === 0) throw new Error("boom");
        return index;
      }),
    );
    expect(queue.size).toBe(5);
    await Promise.allSettled(runs);
    expect(queue.size).toBe(0);
  });

  it("runs a task that throws synchronously without breaking the queue", async () => {
    const queue = createKeyedQueue();
    const failing = queue.run("k", () => {
      throw new Error("sync boom");
    });
    await expect(failing).rejects.toThrow("sync boom");
    await expect(queue.run("k", async () => 1)).resolves.toBe(1);
    expect(queue.size).toBe(0);
  });
});
