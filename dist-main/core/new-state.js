/** Creating a conversation's state, and reading one saved by an earlier version. */
import { resolveTarget } from "../content/content.js";
/** A new conversation, at the welcome. */
export function createState(content, start) {
    const welcome = resolveTarget(content, "", content.system.entry.welcome);
    return {
        schema: 1,
        revision: 0,
        position: welcome && "flow" in welcome ? welcome : { flow: "", node: "" },
        locale: start.locale,
        region: start.region,
        channel: start.channel,
        answers: {},
        skipped: [],
        checkIn: "none",
        lifecycle: "active",
        turns: 0,
        createdAt: start.now.toISOString(),
        updatedAt: start.now.toISOString(),
    };
}
/**
 * Fills fields a saved state may lack (saved by an older version of the same schema), so a
 * deploy never breaks a conversation that is under way.
 */
export function withDefaults(saved, fresh) {
    return {
        ...fresh,
        ...saved,
        answers: saved.answers ?? {},
        skipped: Array.isArray(saved.skipped) ? saved.skipped : [],
        turns: typeof saved.turns === "number" ? saved.turns : 0,
    };
}
//# sourceMappingURL=new-state.js.map