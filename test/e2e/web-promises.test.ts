/**
 * The web chat as `npm start` serves it (no staff channel, ORG_NAME left as it is), through its
 * HTTP API: nothing offers a person where nobody can answer, the bot does not name itself as
 * its own organisation, and the deletion message fits a web page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

interface WebMessage {
  type: string;
  text: string;
  choices?: { id: string; label: string }[];
}
interface WebReply {
  messages: WebMessage[];
  forget?: boolean;
}

let running: TestApp;
beforeAll(async () => {
  running = await startTestApp();
});
afterAll(async () => {
  await running?.close();
});

/** One person in the web chat, in English; `press` takes a button of the last question. */
function person(session: string) {
  let last: WebReply = { messages: [] };
  const post = async (event: object): Promise<WebReply> => {
    const response = await fetch(`${running.base}/api/web/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ session, locale: "en", event }),
    });
    expect(response.status).toBe(200);
    last = (await response.json()) as WebReply;
    return last;
  };
  return {
    start: () => post({ type: "start" }),
    say: (text: string) => post({ type: "text", text }),
    press: (label: string) => {
      const choices = last.messages.filter((m) => m.type === "choices").at(-1)?.choices ?? [];
      const choice = choices.find((c) => c.label === label);
      if (!choice) throw new Error(`no "${label}" in ${choices.map((c) => c.label).join(" | ")}`);
      return post({ type: "choice", choiceId: choice.id });
    },
  };
}

const textOf = (reply: WebReply) => reply.messages.map((m) => m.text).join("\n");
const labelsOf = (reply: WebReply) =>
  reply.messages.flatMap((m) => m.choices ?? []).map((c) => c.label);

/** What would offer a person here: the button, and the words of the about and help texts. */
const offersPerson = /talk with a human|find a human/i;

describe("with no staff channel, nothing offers a person", () => {
  it("not the menu, a crisis answer, the family notes, 'are you a bot' or 'help'", async () => {
    const someone = person("promises-no-staff-0001");
    const replies: WebReply[] = [];
    replies.push(await someone.start());
    replies.push(await someone.press("Information and help"));
    replies.push(await someone.say("I want to die"));
    replies.push(await someone.say("yes"));
    replies.push(await someone.say("are you a bot"));
    replies.push(await someone.say("help"));
    replies.push(await someone.say("menu"));
    replies.push(await someone.press("For family members"));
    for (const reply of replies) {
      expect(labelsOf(reply)).not.toContain("Talk to a person");
      expect(textOf(reply)).not.toMatch(offersPerson);
    }
    // The way to helplines is still there, said truthfully.
    expect(textOf(replies[4]!)).toContain("services where a person will listen");
    expect(labelsOf(replies[3]!)).toContain("More helplines");
  });
});

describe("the organisation behind the bot", () => {
  it("left as the bot's own name, the welcome and the page do not say komorebi twice", async () => {
    const welcome = textOf(await person("promises-org-name-0001").start());
    expect(welcome).toContain("Hello, I'm komorebi. I'm a chatbot with scripted replies. I'm not");
    expect(welcome).not.toMatch(/set up by komorebi/i);
    const page = await (await fetch(`${running.base}/`)).text();
    expect(page).toContain("<title>komorebi</title>");
    expect(page).not.toContain("komorebi · komorebi");
  });
});

describe("deleting in the web chat", () => {
  it("confirms without sending the person to an app, and tells the page to forget", async () => {
    const someone = person("promises-delete-000001");
    await someone.start();
    await someone.say("delete my data");
    const done = await someone.press("Yes, delete it");
    expect(done.forget).toBe(true);
    expect(textOf(done)).toContain("The conversation on this page has been cleared too.");
    expect(textOf(done)).not.toMatch(/in the app|your own app/);
  });
});
