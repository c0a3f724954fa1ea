/**
 * The handoff in the core, one conversation at a time: what the person writes during a request
 * is passed on (and nothing is said back while a worker is there), the commands that leave still
 * work and end a talk first, stop ends any request for good, and what the staff do reaches only
 * a person who is still there.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffAction } from "../../src/core/types.js";
import { createHarness, type Harness, textOf } from "../support/harness.js";

let h: Harness;

beforeEach(async () => {
  h = await createHarness({ handoffAvailable: true });
});
afterEach(async () => {
  await h.close();
});

const conversation = () => h.core.pseudonym("web", "alice");

/** Something the staff did, applied and saved as the dispatcher would. */
async function staff(action: StaffAction) {
  const state = await h.state();
  if (!state) throw new Error("no conversation");
  const outcome = h.core.staffTurn(conversation(), action, state, new Date());
  if (outcome.changed && outcome.state)
    await h.store.conversations.set(conversation(), outcome.state);
  return outcome;
}

async function requested() {
  await h.send({ type: "start" });
  await h.text("人と話したい");
  await h.press("伝える（ほかはなし）");
  expect((await h.state())?.handoff?.stage).toBe("waiting");
}

describe("a request to talk with a person", () => {
  it("while waiting, words are passed on with one note; stop cancels it for good", async () => {
    await requested();
    const first = await h.text("誰かいますか");
    expect(textOf(first)).toBe("書いたことは、スタッフが来たときに読めるように伝えておきます。");
    const second = await h.text("待っています");
    expect(second.messages).toEqual([]);
    expect(h.staff.filter((e) => e.type === "relay").map((e) => e.text)).toEqual([
      "誰かいますか",
      "待っています",
    ]);
    await h.text("やめる");
    expect(h.staff.at(-1)).toMatchObject({ type: "handoff-ended", reason: "stopped" });
    expect((await h.state())?.handoff).toBeUndefined();
    // Whatever the staff do now, the bot sends nothing.
    for (const action of [{ type: "claimed" }, { type: "closed" }] as const) {
      expect((await staff(action)).messages).toEqual([]);
    }
  });

  it("while talking, nothing is said back; a number is a message; menu ends the talk first", async () => {
    await requested();
    const joined = await staff({ type: "claimed" });
    expect(textOf(joined.messages)).toContain("スタッフが来ました");
    expect((await h.text("1")).messages).toEqual([]);
    expect(h.staff.at(-1)).toMatchObject({ type: "relay", text: "1" });
    const said = await staff({ type: "message", text: "こんにちは" });
    expect(textOf(said.messages)).toBe("Test Support Centreのスタッフより：\nこんにちは");
    const menu = await h.text("メニュー");
    expect(textOf(menu)).toContain("スタッフとの話を終えました。");
    expect(menu.messages.at(-1)?.type).toBe("choices");
    expect(h.staff.at(-1)).toMatchObject({ type: "handoff-ended", reason: "ended" });
    expect((await staff({ type: "message", text: "まだいますか" })).messages).toEqual([]);
  });

  it("a worker who comes after nobody could is offered first; a block ends the request", async () => {
    await requested();
    const told = await staff({ type: "unclaimed" });
    expect(textOf(told.messages)).toContain("お願いを受けられるスタッフがいない");
    expect((await staff({ type: "unclaimed" })).messages).toEqual([]);
    const offer = await staff({ type: "claimed" });
    expect(textOf(offer.messages)).toContain("いまなら話せるそうです");
    expect((await h.state())?.handoff?.stage).toBe("offered");
    await h.send({ type: "unfollow" });
    expect(h.staff.at(-1)).toMatchObject({ type: "handoff-ended", reason: "left" });
  });
});
