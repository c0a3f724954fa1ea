/**
 * When LINE's loading animation starts: one timer serves everyone waiting, so these check that
 * each late answer still gets its animation once, at its own moment, in order, and that an
 * answer on time or a repeat gets none. Time is the fake timers' clock, never the wall's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLoadingAnimations } from "../../src/adapters/line/loading-animation.js";

const AFTER_MS = 1000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});
afterEach(() => {
  vi.useRealTimers();
});

function schedule() {
  const shown: { userId: string; at: number }[] = [];
  const animations = createLoadingAnimations(async (userId) => {
    shown.push({ userId, at: performance.now() });
  }, AFTER_MS);
  return { animations, shown };
}

describe("the loading animation", () => {
  it("starts for each late answer at its own moment, once, in order", async () => {
    const { animations, shown } = schedule();
    const start = performance.now();
    animations.expect("a");
    await vi.advanceTimersByTimeAsync(300);
    animations.expect("b");
    animations.expect("a");
    await vi.advanceTimersByTimeAsync(400);
    animations.expect("c");
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown.map((entry) => [entry.userId, entry.at - start])).toEqual([
      ["a", 1000],
      ["b", 1300],
      ["c", 1700],
    ]);
  });

  it("does not start for an answer on time, and keeps the others' moments", async () => {
    const { animations, shown } = schedule();
    const start = performance.now();
    animations.expect("first");
    await vi.advanceTimersByTimeAsync(200);
    animations.expect("second");
    await vi.advanceTimersByTimeAsync(200);
    await animations.answered("first");
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown.map((entry) => [entry.userId, entry.at - start])).toEqual([["second", 1200]]);
  });

  it("lets the answer go only once the animation has started", async () => {
    let started = false;
    let release: () => void = () => {};
    const animations = createLoadingAnimations(
      (userId) =>
        new Promise<void>((resolve) => {
          expect(userId).toBe("slow");
          release = () => {
            started = true;
            resolve();
          };
        }),
      AFTER_MS,
    );
    animations.expect("slow");
    await vi.advanceTimersByTimeAsync(AFTER_MS);
    let answered = false;
    const answering = animations.answered("slow").then(() => {
      answered = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(answered).toBe(false);
    release();
    await answering;
    expect(started).toBe(true);
  });

  it("starts again for a person whose earlier animation was answered", async () => {
    const { animations, shown } = schedule();
    animations.expect("p");
    await vi.advanceTimersByTimeAsync(AFTER_MS);
    await animations.answered("p");
    animations.expect("p");
    await vi.advanceTimersByTimeAsync(AFTER_MS);
    expect(shown.map((entry) => entry.userId)).toEqual(["p", "p"]);
  });
});
