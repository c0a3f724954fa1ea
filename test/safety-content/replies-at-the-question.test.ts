/**
 * p19now (the nineteenth pass, after round 24): a yes with the moment at the direct question.
 * After a crisis message and "are you thinking about suicide right now?", "yes. tonight." or
 * はい、今夜です is a crisis with a moment now: the emergency number first (the urgent answer, as
 * for an act under way), not the listening answer for free text. Alone the same words are an
 * ordinary message; "no" with a time is not this.
 */
import { afterEach, describe, expect, it } from "vitest";
import { assessRisk, type RiskCheck } from "../../src/safety/index.js";
import { createSafetyHarness, type SafetyHarness, textOf } from "./support.js";

const riskCheck: RiskCheck = assessRisk;

let h: SafetyHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function atFirstQuestion(locale: "ja" | "en"): Promise<SafetyHarness> {
  h = await createSafetyHarness({
    riskCheck,
    ...(locale === "en" ? { region: "US", locale: "en" } : {}),
  });
  await h.send({ type: "start" });
  return h;
}

const CRISIS = { ja: "もう死にたい。消えたい", en: "I want to kill myself" } as const;
const QUESTION = { ja: "死にたい、死のうと考えていますか", en: "Are you thinking about suicide" };
const EMERGENCY = { ja: "119", en: "911" } as const;
const LISTENING = { ja: "書いてくれてありがとう", en: "Thank you for writing that" } as const;

describe("a yes with the moment at the direct question gets the emergency answer", () => {
  it.each([
    ["ja", "うん、今夜"],
    ["ja", "はい、今日です"],
    ["ja", "今から"],
    ["ja", "うん。いますぐ"],
    ["en", "yeah tonight"],
    ["en", "yes, right now"],
    ["en", "yep. in an hour"],
    ["en", "tonight."],
  ] as const)("%s %s", async (locale, answer) => {
    const c = await atFirstQuestion(locale);
    expect(textOf(await c.text(CRISIS[locale]))).toContain(QUESTION[locale]);
    const reply = await c.text(answer);
    expect(textOf(reply)).toContain(EMERGENCY[locale]);
    expect(textOf(reply)).not.toContain(LISTENING[locale]);
    // The staff hear of it as urgent.
    expect(c.staff.some((e) => (e as { urgent?: boolean }).urgent === true)).toBe(true);
  });

  it.each([
    ["ja", "生きるのがつらい", "うん、今夜"],
    ["en", "everything feels pointless and heavy lately", "yeah, tonight"],
  ] as const)("after a concern, asked the same question (%s %s / %s)", async (locale, concern, answer) => {
    const c = await atFirstQuestion(locale);
    expect(textOf(await c.text(concern))).toContain(QUESTION[locale]);
    const reply = await c.text(answer);
    expect(textOf(reply)).toContain(EMERGENCY[locale]);
    expect(c.staff.some((e) => (e as { urgent?: boolean }).urgent === true)).toBe(true);
  });

  it("the risk check reads it as urgent only after a crisis or a concern", () => {
    const now = new Date("2026-12-08T01:00:00Z");
    const first = riskCheck(CRISIS.en, "en", { recent: [], now });
    expect(first.level).toBe("crisis");
    const trace = first.trace;
    if (!trace) throw new Error("no trace");
    const reply = riskCheck("yes, tonight", "en", { recent: [trace], now });
    expect(reply).toMatchObject({ level: "crisis", urgent: true });
    // Alone, or after an ordinary message, it is nothing.
    expect(riskCheck("yes, tonight", "en", { recent: [], now }).level).toBe("none");
    const ordinary = riskCheck("are you coming to the party?", "en", { recent: [], now }).trace;
    if (!ordinary) throw new Error("no trace");
    expect(riskCheck("yes, tonight", "en", { recent: [ordinary], now }).level).toBe("none");
  });
});

describe("the same words with nothing before them, or with a no, are not an emergency", () => {
  it.each([
    ["ja", "うん、今夜"],
    ["en", "yeah tonight"],
  ] as const)("%s %s alone is an ordinary message", async (locale, answer) => {
    const c = await atFirstQuestion(locale);
    const reply = await c.text(answer);
    expect(textOf(reply)).not.toContain(EMERGENCY[locale]);
    expect(c.staff).toEqual([]);
  });

  it("no, with a time, is not read as a timed yes", () => {
    const now = new Date("2026-12-08T01:00:00Z");
    const trace = riskCheck(CRISIS.en, "en", { recent: [], now }).trace;
    if (!trace) throw new Error("no trace");
    const reply = riskCheck("no. not tonight.", "en", { recent: [trace], now });
    expect(reply.matches.some((m) => m.category === "timed-yes")).toBe(false);
  });
});
