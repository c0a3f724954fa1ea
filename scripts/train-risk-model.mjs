// Trains the risk check's learned layer and writes src/safety/learned/risk-model.ts.
//   npm run train-risk-model
// Reproducible: fixed seed, fixed order, no downloads; test/safety/learned.test.ts checks that
// the committed model is what a fresh run produces. The thresholds are chosen on a held-out
// split of the training data for the check as a whole (rules and model); the split's figures
// are fit, not blind: `scripts/evaluate-risk-model.mjs split` prints them.
import { writeFileSync } from "node:fs";
import { learnedGate } from "../src/safety/assess.ts";
import { renderModelModule } from "../src/safety/learned/model-file.ts";
import { trainRiskModel } from "../src/safety/learned/train.ts";
import { trainingExamples } from "../test/safety/training-data.ts";

const started = Date.now();
const model = trainRiskModel(trainingExamples(), undefined, learnedGate);
writeFileSync("src/safety/learned/risk-model.ts", renderModelModule(model));
console.log(
  `risk model: ${JSON.stringify(model.trainedOn)} thresholds ${JSON.stringify(model.thresholds)}`,
  `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
