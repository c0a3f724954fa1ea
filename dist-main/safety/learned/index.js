/** The learned layer: the committed model, decoded once on first use. */
import { RiskModel } from "./model.js";
import { RISK_MODEL } from "./risk-model.js";
let loaded;
/** The committed model (scripts/train-risk-model.mjs), decoded on first use. */
export function defaultRiskModel() {
    loaded ??= new RiskModel(RISK_MODEL);
    return loaded;
}
export { RiskModel } from "./model.js";
//# sourceMappingURL=index.js.map