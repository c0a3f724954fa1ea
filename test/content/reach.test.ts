/**
 * What the seeds and the content guide say people need must be close at hand: from the menu, a
 * parent, a young person and an English speaker living in Japan each reach their help in at most
 * three taps. Walked through the real core by pressing the buttons it shows, in both languages,
 * for the deployment as komorebi ships it (no check-ins, no staff who answer).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeChoice } from "../../src/core/choice-token.js";
import type { ConversationState } from "../../src/core/state.js";
import type { OutboundMessage } from "../../src/core/types.js";
import { createHarness, type Harness } from "../support/harness.js";

const MAX_TAPS = 3;

/** Who needs what: a node each must be able to reach from the menu. */
const needs: Record<string, string[]> = {
  parent: [
    "family.contact", // keeping in touch without pressure
    "family.door", // through a closed door: a note, a LINE message
    "family.words", // CRAFT in plain words
    "family.self", // the parent's own distress
    "family.future", // money and the future: 8050, 親亡き後, 自立相談支援
    "family.siblings",
    "family.violence", // violence at home, either way
    "family.dying", // when the child says 死にたい
    "family.care", // 精神保健福祉センター, 保健所, home visits
    "family.groups",
    "family.warning", // 引き出し屋
  ],
  "young person": [
    "just-talk.topic",
    "small-steps.rhythm", // daily rhythm and sleep
    "small-steps.breathe", // a breathing exercise, stoppable
    "small-steps.ground", // grounding
    "small-steps.hands", // something to do with one's hands
    "places.online", // online places to belong
    "places.list", // concrete 居場所 and 当事者会 of the region
    "places.peer",
    "information.care", // 精神保健福祉センター, 保健所, a doctor, home visits with consent
    "information.school", // 不登校, 学び直し
    "information.money",
  ],
  "English speaker in Japan": ["information.english", "information.kinds"],
};

/** Every position reached within MAX_TAPS button presses from the menu, with what was shown. */
async function reachable(h: Harness, locale: string): Promise<Map<string, string>> {
  const reached = new Map<string, string>();
  const start = await h.send({ type: "start" }, { localeHint: locale, user: `reach-${locale}` });
  let frontier: { state: ConversationState; messages: OutboundMessage[] }[] = [];
  const first = await h.state(`reach-${locale}`);
  if (first) frontier.push({ state: first, messages: start.messages });
  for (let tap = 1; tap <= MAX_TAPS; tap++) {
    const next: typeof frontier = [];
    for (const { state, messages } of frontier) {
      const last = messages.at(-1);
      if (last?.type !== "choices") continue;
      for (const button of last.choices) {
        const user = `reach-${locale}`;
        await h.store.conversations.set(h.core.pseudonym("web", user), structuredClone(state));
        const result = await h.send({ type: "choice", choiceId: button.id }, { user });
        const after = await h.state(user);
        if (!after) continue;
        // Every node the tap passed through counts: a say node's text was shown on the way.
        const ref = decodeChoice(button.id);
        const shown = result.messages.map((m) => m.text).join("\n");
        reached.set(`${after.position.flow}.${after.position.node}`, shown);
        for (const message of result.messages) {
          if (message.type !== "choices") continue;
          const at = decodeChoice(message.choices[0]?.id ?? "");
          if (at) reached.set(`${at.flow}.${at.node}`, shown);
        }
        if (ref) reached.set(`${ref.flow}.${ref.node}>${ref.choice}`, shown);
        next.push({ state: after, messages: result.messages });
      }
    }
    frontier = next;
  }
  return reached;
}

let h: Harness;
const byLocale = new Map<string, Map<string, string>>();
beforeAll(async () => {
  h = await createHarness({ region: "JP" });
  for (const locale of ["ja", "en"]) byLocale.set(locale, await reachable(h, locale));
}, 60_000);
afterAll(() => h.close());

/** Whether a node's text was shown, or the person stood at it, within the taps. */
function found(reached: Map<string, string>, key: string, h: Harness, locale: string): boolean {
  if (reached.has(key)) return true;
  const [flow, node] = key.split(".") as [string, string];
  const target = h.core.content.flows.get(flow)?.nodes[node];
  if (!target) return false;
  const text = "text" in target && target.text ? target.text[locale] : undefined;
  if (!text) return false;
  const shown = text.replace("{org}", "Test Support Centre");
  return [...reached.values()].some((all) => all.includes(shown));
}

describe("help is at most three taps from the menu", () => {
  for (const [who, keys] of Object.entries(needs)) {
    it(`for a ${who}, in both languages`, () => {
      for (const locale of ["ja", "en"]) {
        const reached = byLocale.get(locale)!;
        const missing = keys.filter((key) => !found(reached, key, h, locale));
        expect(missing, `${who} (${locale})`).toEqual([]);
      }
    });
  }

  it("an English speaker in Japan sees an English-language line beside the Japanese ones", () => {
    const reached = byLocale.get("en")!;
    const shown = [...reached.values()].join("\n");
    expect(shown).toContain("TELL");
    expect(shown).toContain("03-5774-0992");
  });
});
