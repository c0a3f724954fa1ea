/**
 * How the learned layer is made: generated training messages, the held-out split the
 * thresholds are chosen on, the features (concepts, leetspeak) and reading a long message.
 */
import { describe, expect, it } from "vitest";
import { createRiskCheck, normalizeForRisk } from "../../src/safety/index.js";
import { seededRandom } from "../../src/safety/learned/augment.js";
import {
  expandTemplate,
  type Family,
  generate,
  type Persona,
  sampleTemplate,
} from "../../src/safety/learned/compose.js";
import { CONCEPTS, conceptsOf } from "../../src/safety/learned/concepts.js";
import { featureIndices } from "../../src/safety/learned/features.js";
import {
  chooseThresholds,
  DEFAULT_TRAIN_SETTINGS,
  type Gate,
  isHeldOut,
  type Scores,
  type TrainingExample,
  trainHeads,
} from "../../src/safety/learned/train.js";
import { generatedMessages } from "./synthetic/index.js";

describe("templates", () => {
  const banks = { who: ["my son", "my friend"] };

  it("pick one alternative of each brace, nested, and a phrase of each bank", () => {
    const seen = new Set<string>();
    const random = seededRandom(1);
    for (let i = 0; i < 50; i++)
      seen.add(expandTemplate("<who> {is {tired|sad}|left}", banks, random));
    expect([...seen].sort()).toEqual([
      "my friend is sad",
      "my friend is tired",
      "my friend left",
      "my son is sad",
      "my son is tired",
      "my son left",
    ]);
  });

  it("leave a '<' that names no bank as it is", () => {
    expect(expandTemplate("love you <3", banks, seededRandom(1))).toBe("love you <3");
  });

  it("draw distinct messages, the same ones from the same seed", () => {
    const a = sampleTemplate("{a|b|c} {x|y}", banks, 4, seededRandom(9));
    expect(new Set(a).size).toBe(a.length);
    expect(sampleTemplate("{a|b|c} {x|y}", banks, 4, seededRandom(9))).toEqual(a);
  });

  it("frame and style a message the same whatever its label (how one writes says nothing)", () => {
    const persona: Persona = {
      id: "test",
      lang: "en",
      subject: "self",
      frames: ["{sorry its late|hey}. @"],
      styles: [(text) => text.toUpperCase()],
    };
    const family = (label: Family["label"]): Family => ({
      id: "en.self.test",
      lang: "en",
      label,
      subject: "self",
      templates: ["{i am|im} {so |}{tired|done}"],
    });
    const settings = { per: 6, framed: 0.5, styled: 0.5 };
    const crisis = generate([family("crisis")], [persona], {}, settings, seededRandom(3));
    const ordinary = generate([family("ordinary")], [persona], {}, settings, seededRandom(3));
    expect(crisis.map((g) => g.text)).toEqual(ordinary.map((g) => g.text));
    expect(crisis.some((g) => g.text.includes("."))).toBe(true);
    expect(crisis.every((g) => g.group === "en.self.test#0")).toBe(true);
  });

  it("generate every label in both languages, the same messages on every run", () => {
    const messages = generatedMessages();
    for (const lang of ["ja", "en"]) {
      for (const label of ["crisis", "distress", "ordinary"]) {
        const n = messages.filter(
          (g) => g.family.startsWith(`${lang}.`) && g.label === label,
        ).length;
        expect(n, `${lang} ${label}`).toBeGreaterThan(200);
      }
    }
    expect(generatedMessages().map((g) => g.text)).toEqual(messages.map((g) => g.text));
  });
});

describe("the held-out split", () => {
  const example = (text: string, group?: string): TrainingExample => ({
    text,
    risk: 0,
    crisis: 0,
    source: "test",
    ...(group === undefined ? {} : { group }),
  });

  it("keeps every message of one template on the same side", () => {
    for (let t = 0; t < 40; t++) {
      const sides = new Set(
        [0, 1, 2, 3].map((i) => isHeldOut(example(`m${i}`, `fam#${t}`), i, 0.2)),
      );
      expect(sides.size).toBe(1);
    }
  });

  it("holds out about the share asked for", () => {
    const held = Array.from({ length: 2000 }, (_, i) => isHeldOut(example(`m${i}`), i, 0.2));
    const share = held.filter(Boolean).length / held.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });
});

describe("training on the parts of ordinary messages (ordinaryParts)", () => {
  const settings = { ...DEFAULT_TRAIN_SETTINGS, epochs: 1, variants: 0, generatedVariants: 0 };
  const vectors = (examples: TrainingExample[], ordinaryParts: boolean) =>
    trainHeads(examples, { ...settings, ordinaryParts }, seededRandom(1)).vectors;
  const long = "woke up at noon. had toast. played a game with my cousin. going to bed soon";

  it("adds the sentences and neighbouring pairs of an ordinary message of several", () => {
    const ordinary: TrainingExample = { text: long, risk: 0, crisis: 0, source: "t" };
    expect(vectors([ordinary], false)).toBe(1);
    // Four sentences and three pairs, as the check reads a message of a few sentences.
    expect(vectors([ordinary], true)).toBe(1 + 4 + 3);
  });

  it("never splits a message with risk: its other sentences are not the risk", () => {
    const crisis: TrainingExample = { text: long, risk: 1, crisis: 1, source: "t" };
    const short: TrainingExample = { text: "had toast", risk: 0, crisis: 0, source: "t" };
    expect(vectors([crisis, short], true)).toBe(2);
  });
});

describe("thresholds chosen on the split", () => {
  const settings = { ...DEFAULT_TRAIN_SETTINGS, ordinaryConcern: 0.1, ordinaryCrisis: 0.1 };
  // Ordinary messages scored 0.1..1.0 by the risk head; distress and a crisis above them.
  const examples: TrainingExample[] = [];
  const scores: Scores[] = [];
  for (let i = 1; i <= 10; i++) {
    examples.push({ text: `ordinary ${i}`, risk: 0, crisis: 0, source: "t" });
    scores.push({ risk: i / 10, crisis: i / 10 });
  }
  examples.push({ text: "distress", risk: 1, crisis: 0, source: "t" });
  scores.push({ risk: 0.95, crisis: 0.2 });

  it("let the model raise at most the budgeted share of ordinary messages", () => {
    const t = chooseThresholds(examples, scores, settings);
    // One ordinary message in ten (score 1.0) may be raised: the threshold sits above 0.9.
    expect(t.concern).toBeGreaterThan(0.9);
    expect(t.concern).toBeLessThanOrEqual(1);
  });

  it("do not charge the model for what the rules already called (no threshold mends it)", () => {
    const rulesFlagHigh: Gate = (text) => ({
      rules: text === "ordinary 10" || text === "ordinary 9" ? "concern" : "none",
      mayConcern: true,
      mayCrisis: true,
    });
    const t = chooseThresholds(examples, scores, settings, rulesFlagHigh);
    // The rules took the two highest; the model may now raise one more (0.8).
    expect(t.concern).toBeGreaterThan(0.7);
    expect(t.concern).toBeLessThanOrEqual(0.8);
  });
});

describe("features", () => {
  it("name the concepts a sentence holds, in both languages", () => {
    const names = (text: string) => conceptsOf(normalizeForRisk(text)).map((i) => CONCEPTS[i]?.[0]);
    expect(names("standing on the overpass right now")).toEqual(
      expect.arrayContaining(["height", "now"]),
    );
    expect(names("踏切の前にいる。今夜")).toEqual(expect.arrayContaining(["height", "soon"]));
    expect(names("bought a rope today")).toEqual(expect.arrayContaining(["means", "soon"]));
  });

  it("share features between wordings of one shape that share no word", () => {
    const a = new Set(featureIndices(normalizeForRisk("on the viaduct now")));
    const b = featureIndices(normalizeForRisk("at the overpass just")).filter((f) => a.has(f));
    expect(b.length).toBeGreaterThan(0);
  });

  it("read leetspeak the normaliser left as letters too", () => {
    const plain = new Set(featureIndices("no reason to stay anymore"));
    const leet = featureIndices("n0 r3ason t0 st4y anym0re");
    expect(leet.filter((f) => plain.has(f)).length / plain.size).toBeGreaterThan(0.9);
  });
});

describe("a long message with the danger in its middle", () => {
  it("is read as its strongest sentence, not diluted by the greeting around it", () => {
    const check = createRiskCheck();
    const padding =
      "はじめまして。70代の母です。息子は40代で、もう15年ほど家から出ていません。主人は去年亡くなり、今は二人で暮らしています。食事は部屋の前に置いています。";
    const letter = `${padding}昨日、息子の机の上に「ごめん、先にいく」と書いた紙がありました。${padding}どうしたらいいでしょうか。`;
    const a = check(letter);
    expect(a.level).not.toBe("none");
    expect(a.subject).toBe("other");
    expect(check(`${padding}どうしたらいいでしょうか。`).level).toBe("none");
  });
});
