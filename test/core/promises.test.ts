/**
 * What the bot says it will do, and where it leads, matches what this deployment has: a button
 * into the shared "talk to a person" flow comes back to where it was pressed (in a crisis too),
 * the crisis lines fit the person's language, "I can't call" lists what can be written to, and
 * the deletion message fits the channel. Through the real core, content and risk check.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { HandleResult } from "../../src/core/types.js";
import { createHarness, type Harness, lastChoices, textOf } from "../support/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(options: Parameters<typeof createHarness>[0]): Promise<Harness> {
  h = await createHarness(options);
  return h;
}

const labels = (result: HandleResult) =>
  lastChoices(result)?.choices.map((choice) => choice.label) ?? [];

describe("a button into the shared 'talk to a person' flow comes back to where it was pressed", () => {
  it("in a crisis, 'Talk to a person' then 'Not now' is back in the safety flow, then where they were", async () => {
    const h = await harness({ locale: "en", handoffAvailable: true });
    await h.send({ type: "start" });
    await h.press("Information and help");
    await h.text("I want to die");
    const answered = await h.text("yes");
    expect(labels(answered)).toContain("Talk to a person");
    const asked = await h.press("Talk to a person");
    expect(textOf(asked)).toContain("Shall I let them know?");
    const notNow = await h.press("Not now");
    // Still with the person in the crisis, not thrown back to the reading list.
    expect(textOf(notNow)).toContain("I'm here.");
    expect(textOf(notNow)).not.toContain("Which would you like to read?");
    expect(labels(notNow)).toContain("I'm not safe");
    expect((await h.state())?.position.flow).toBe("safety");
    // And "Go back" from there still leads to where the crisis began.
    const back = await h.press("Go back");
    expect(textOf(back)).toContain("Which would you like to read?");
  });

  it("from the family notes, 'Not now' goes back to the family notes, not the main menu", async () => {
    const h = await harness({ locale: "en", handoffAvailable: true });
    await h.send({ type: "start" });
    await h.press("For family members");
    await h.press("Talk to a person");
    const notNow = await h.press("Not now");
    expect(textOf(notNow)).toContain("Which would you like to read?");
    expect((await h.state())?.position).toEqual({ flow: "family", node: "topics" });
  });

  it("'where I went' names the family notes the button was pressed in, never the menu", async () => {
    const h = await harness({ locale: "en", handoffAvailable: true });
    await h.send({ type: "start" });
    await h.press("For family members");
    await h.press("Talk to a person");
    await h.press("Yes + where I went");
    const request = h.staff.find((event) => event.type === "handoff-request");
    expect(request?.share).toBe("path");
    expect(request?.path).toEqual(["family"]);
  });
});

describe("crisis lines in the person's language", () => {
  it("an English speaker in Japan gets TELL among the few lines of a crisis answer and in the full list", async () => {
    const h = await harness({ locale: "en", region: "JP" });
    await h.send({ type: "start" });
    const crisis = await h.text("I want to die");
    expect(textOf(crisis)).toContain("TELL Lifeline");
    expect(textOf(crisis)).toContain("03-5774-0992");
    // The Japanese lines are still there after it.
    expect(textOf(crisis)).toContain("Anata no Ibasho");
    const more = await h.press("More helplines");
    expect(textOf(more)).toContain("TELL Lifeline");
  });

  it("a Japanese speaker in Japan keeps the Japanese lines first", async () => {
    const h = await harness({ locale: "ja", region: "JP" });
    await h.send({ type: "start" });
    const crisis = textOf(await h.text("死にたい"));
    const lines = crisis.split("\n").filter((line) => line.startsWith("・"));
    expect(lines[0]).toContain("あなたのいばしょ");
    expect(lines.join("\n")).not.toContain("TELL");
  });
});

describe("'I can't call' lists what can be written to", () => {
  const overdose = "さっき薬を全部飲んだ";

  it("in Japan: the chat line, not phone numbers", async () => {
    const h = await harness({ locale: "ja", region: "JP" });
    await h.send({ type: "start" });
    await h.text(overdose);
    const cannot = textOf(await h.press("電話できない"));
    expect(cannot).toContain("文字で相談できる窓口があります");
    expect(cannot).toContain("https://talkme.jp/");
    expect(cannot).not.toMatch(/電話 0/);
  });

  it("in the US: the lines that take a text or a chat", async () => {
    const h = await harness({ locale: "en", region: "US" });
    await h.send({ type: "start" });
    await h.text("I just swallowed all my pills");
    const cannot = textOf(await h.press("I can't call"));
    expect(cannot).toContain("services you can write to");
    expect(cannot).toContain("text HOME to 741741");
  });

  it("where the region lists nothing to write to, it says so instead of promising it", async () => {
    const h = await harness({ locale: "en", region: "KR" });
    await h.send({ type: "start" });
    await h.text("I just swallowed all my pills");
    const cannot = textOf(await h.press("I can't call"));
    expect(cannot).not.toContain("services you can write to");
    expect(cannot).toContain("I don't have a service you can write to listed for your region");
    expect(cannot).toContain("If anyone is near you, ask them to call for you.");
    expect(cannot).toContain("109");
  });
});

describe("'I can't call' typed in other words, after an overdose", () => {
  it.each([
    ["ja", "電話できない。声が出ない"],
    ["ja", "無理"],
    ["en", "i can't call, i have no credit"],
    ["en", "I can't"],
  ] as const)("%s %s: what can be written to, and the staff hear", async (locale, typed) => {
    const h = await harness(locale === "en" ? { locale, region: "US" } : { locale, region: "JP" });
    await h.send({ type: "start" });
    await h.text(locale === "en" ? "I just swallowed all my pills" : "さっき薬を全部飲んだ");
    const before = h.staff.length;
    const cannot = textOf(await h.text(typed));
    expect(cannot).toContain(
      locale === "en" ? "services you can write to" : "文字で相談できる窓口",
    );
    expect(h.staff.length).toBe(before + 1);
  });

  it("'i called them' is the called answer", async () => {
    const h = await harness({ locale: "en", region: "US" });
    await h.send({ type: "start" });
    await h.text("I just swallowed all my pills");
    expect(textOf(await h.text("i called them"))).toContain("Thank you for calling");
  });

  it("'i can't, i'm okay now' is not the can't-call answer", async () => {
    const h = await harness({ locale: "en", region: "US" });
    await h.send({ type: "start" });
    await h.text("I just swallowed all my pills");
    expect(textOf(await h.text("i can't, i'm okay now"))).not.toContain(
      "services you can write to",
    );
  });
});

describe("the deletion message fits the channel", () => {
  async function deleteOn(channel: "web" | "line" | "discord") {
    const h = await harness({ locale: "en" });
    await h.send({ type: "start" }, { channel });
    await h.text("delete my data", { channel });
    return textOf(await h.press("Yes, delete it", { channel }));
  }

  it("on the web chat: no app to delete it in; the page is cleared", async () => {
    const said = await deleteOn("web");
    expect(said).toContain("Your data has been deleted");
    expect(said).not.toMatch(/app/);
    expect(said).toContain("The conversation on this page has been cleared too.");
  });

  it("on LINE: the messages stay in the app, which can delete the chat", async () => {
    expect(await deleteOn("line")).toContain("delete this chat in the app");
  });

  it("on Discord: the bot's messages cannot be deleted there, so it does not say they can", async () => {
    const said = await deleteOn("discord");
    expect(said).not.toContain("delete this chat");
    expect(said).toContain("close this DM");
  });
});

describe("who runs it", () => {
  it("names the organisation when the deployment names one", async () => {
    const h = await harness({ locale: "en" });
    expect(textOf(await h.send({ type: "start" }))).toContain("set up by Test Support Centre");
  });
});
