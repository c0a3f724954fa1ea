import { wake } from "./state.js";
/** Carries out one command in `turn`. */
export function runCommandIn(content, turn, name) {
    const state = turn.state;
    const next = content.system.commands[name]?.next;
    switch (name) {
        case "stop":
            // "Send me nothing": a request to talk would have someone write to them later.
            turn.endHandoff("stopped");
            state.lifecycle = "stopped";
            turn.clearReturns();
            turn.say("stopped");
            return;
        case "pause":
            state.lifecycle = "paused";
            turn.say("paused");
            return;
        case "menu":
            turn.goMenu();
            return;
        case "skip":
            turn.skip();
            return;
        case "back":
            if (state.returnTo)
                turn.resume();
            else
                turn.reAsk();
            return;
        default:
            if (next)
                turn.detour(next);
            else
                turn.goMenu();
    }
}
/**
 * A command the person asked for (typed, or tapped in a channel's menu), at whatever step they
 * are. After stop, pause or an ending it brings them back and does what it says; skip and back
 * have nothing to act on there, so the person is welcomed back instead.
 */
export function runCommandAtAnyStep(content, turn, name) {
    const state = turn.state;
    if (state.lifecycle !== "active") {
        if (name === "skip" || name === "back") {
            welcomeBack(turn);
            return;
        }
        wake(state);
    }
    runCommandIn(content, turn, name);
}
/** A person who returns after stop, pause or an ending is welcomed back, not interviewed. */
export function welcomeBack(turn) {
    const state = turn.state;
    const resumeHere = state.lifecycle === "paused";
    wake(state);
    turn.say("welcome-back");
    if (resumeHere && turn.waitingNode())
        turn.reAsk();
    else
        turn.goMenu();
}
//# sourceMappingURL=command-meanings.js.map