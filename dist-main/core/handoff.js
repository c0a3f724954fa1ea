/**
 * A request to talk with a person, as the core sees it. While a request is under way and the
 * person is where it waits (or where they talk with a worker), what they write is passed on to
 * the staff: the risk check still reads it first, and stop, pause, menu and delete still work.
 * What the staff do (take the request, write, close the case, or leave it too long) arrives as a
 * {@link StaffAction} and is said to the person in their language; the worker's name and account
 * never reach the person, only the words they write.
 */
import { resolveTarget } from "../content/content.js";
import { wake } from "./state.js";
import { MAX_INPUT_LENGTH, sanitizeInput } from "./text.js";
/** Commands that leave the place where messages are passed on. */
const LEAVING = new Set(["stop", "pause", "menu", "delete"]);
/** Builds the handoff policy on the content's entry points (`handoffWaiting`, ...). */
export function createHandoffPolicy(content, safety) {
    const entry = content.system.entry;
    const positionOf = (target) => {
        const resolved = target ? resolveTarget(content, "", target) : undefined;
        return resolved && "flow" in resolved ? resolved : undefined;
    };
    const waiting = positionOf(entry.handoffWaiting);
    const live = positionOf(entry.handoffLive);
    const at = (state, place) => place !== undefined && state.position.flow === place.flow && state.position.node === place.node;
    const relaying = (state) => {
        const stage = state.handoff?.stage;
        return (stage === "waiting" && at(state, waiting)) || (stage === "live" && at(state, live));
    };
    const leaveTalk = (turn, reason = "ended") => {
        if (turn.state.handoff?.stage !== "live")
            return;
        // Talking with a worker while the bot runs a menu would confuse both: it ends first.
        turn.endHandoff(reason);
        turn.say("handoff-ended-by-you");
    };
    const leave = (turn, command, runCommand) => {
        leaveTalk(turn, command === "stop" ? "stopped" : "ended");
        // While waiting, pause and menu keep the request; stop ends it (command-meanings.ts).
        runCommand(command);
    };
    const text = (turn, written, risk, command, now, runCommand) => {
        const state = turn.state;
        wake(state);
        if (command && LEAVING.has(command)) {
            leave(turn, command, runCommand);
            return;
        }
        if (!written) {
            turn.say("empty-text");
            return;
        }
        // A button's words typed out ("End the conversation") do what the button does.
        if (turn.takeTypedChoice(written))
            return;
        const handoff = state.handoff;
        turn.tellStaff("relay", { text: sanitizeInput(written).slice(0, MAX_INPUT_LENGTH) });
        if (handoff?.stage === "live") {
            // The worker reads it too; the bot adds only what cannot wait: the lines for a crisis.
            if (risk.level === "crisis")
                safety.respondWithStaff(turn, risk, now);
            return;
        }
        if (safety.answerFirst(turn, risk, written, now, false))
            return;
        if (handoff && !handoff.noted) {
            handoff.noted = true;
            turn.say("handoff-relay-note");
        }
    };
    const media = (turn) => {
        wake(turn.state);
        turn.say("handoff-text-only");
    };
    const staff = (turn, action) => {
        const state = turn.state;
        // After stop the bot sends nothing (stop ends any request; this holds if one survived).
        if (state.lifecycle === "stopped" || state.lifecycle === "unreachable")
            return;
        const handoff = state.handoff;
        const stage = handoff?.stage;
        switch (action.type) {
            case "claimed": {
                if (!handoff || stage !== "waiting")
                    return;
                if (!handoff.askFirst && at(state, waiting) && entry.handoffLive) {
                    handoff.stage = "live";
                    wake(state);
                    turn.go(entry.handoffLive, "");
                    return;
                }
                // They heard that nobody could answer, or went on elsewhere: asked before anything.
                handoff.stage = "offered";
                if (entry.handoffOffer)
                    turn.detour(entry.handoffOffer);
                return;
            }
            case "message": {
                const words = sanitizeInput(action.text).slice(0, MAX_INPUT_LENGTH);
                if (stage !== "live" || !words)
                    return;
                turn.say("handoff-staff-says", { text: words });
                return;
            }
            case "closed": {
                if (!stage)
                    return;
                state.handoff = undefined;
                // Either way the person hears it and is back at the menu with the bot.
                const target = stage === "waiting" ? entry.handoffWithdrawn : entry.handoffClosed;
                if (target)
                    turn.go(target, "");
                else
                    turn.goMenu();
                return;
            }
            case "unclaimed": {
                if (!handoff || stage !== "waiting" || handoff.askFirst)
                    return;
                handoff.askFirst = true;
                if (entry.handoffUnclaimed)
                    turn.detour(entry.handoffUnclaimed);
                return;
            }
        }
    };
    return { relaying, text, media, leaveTalk: (turn) => leaveTalk(turn), staff };
}
//# sourceMappingURL=handoff.js.map