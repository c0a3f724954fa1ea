import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { learnedGate } from "../../src/safety/assess.js";
import { createRiskCheck, normalizeForRisk } from "../../src/safety/index.js";
import { seededRandom, variantsOf } from "../../src/safety/learned/augment.js";
import { FEATURE_BUCKETS, featureIndices } from "../../src/safety/learned/features.js";
import { defaultRiskModel } from "../../src/safety/learned/index.js";
import { renderModelModule } from "../../src/safety/learned/model-file.js";
import { trainRiskModel } from "../../src/safety/learned/train.js";
import { trainingExamples } from "./training-data.js";

describe("the learned layer", () => {
  it("is exactly what a fresh training run gives (reproducible, nothing downloaded)", () => {
    const committed = readFileSync(
      new URL("../../src/safety/learned/risk-model.ts", import.meta.url),
      "utf8",
    );
    const fresh = renderModelModule(trainRiskModel(trainingExamples(), undefined, learnedGate));
    // Compare without printing 170 KB of base64 when it fails.
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  }, 120_000);

  it("hashes the same text to the same features, within the buckets", () => {
    const text = normalizeForRisk("もう消えたい. i want to disappear");
    const a = featureIndices(text);
    expect(featureIndices(text)).toEqual(a);
    expect(a.length).toBeGreaterThan(20);
    expect(a.every((i) => i >= 0 && i < FEATURE_BUCKETS)).toBe(true);
  });

  it("makes the same variants from the same seed, and changes the text", () => {
    const one = variantsOf("薬を全部飲んでしまおうと思ってる", 6, seededRandom(7));
    const two = variantsOf("薬を全部飲んでしまおうと思ってる", 6, seededRandom(7));
    expect(one).toEqual(two);
    expect(one.length).toBeGreaterThan(2);
    expect(one).not.toContain("薬を全部飲んでしまおうと思ってる");
  });

  it("raises what the rules alone miss, and leaves plain messages alone", () => {
    const rulesOnly = createRiskCheck({ model: null });
    const withModel = createRiskCheck();
    // Training-set wording: this shows the wiring, not how well it generalises (docs/safety.md).
    const missed = "処方の薬、飲まずにためてる。もう２か月分くらいになった";
    expect(rulesOnly(missed).level).toBe("none");
    expect(withModel(missed).level).not.toBe("none");
    expect(withModel(missed).matches.map((m) => m.rule)).toContain("any.learned.score");
    for (const plain of ["こんにちは", "今日はコンビニに行けた", "show me the menu"]) {
      expect(withModel(plain).level).toBe("none");
    }
  });

  it("does not overturn an idiom or a game the rules recognised", () => {
    const check = createRiskCheck();
    expect(check("死ぬほど眠い").level).toBe("none");
    expect(check("this boss keeps killing me lol").level).toBe("none");
  });

  it("scores in well under a millisecond for a short message", () => {
    const model = defaultRiskModel();
    const started = performance.now();
    for (let i = 0; i < 200; i++) model.evidence(normalizeForRisk(`もう全部いやになった ${i}`));
    expect((performance.now() - started) / 200).toBeLessThan(1);
  });
});
