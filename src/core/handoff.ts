/**
 * A request to talk with a person, as the core sees it. While a request is under way and the
 * person is where it waits (or where they talk with a worker), what they write is passed on to
 * the staff: the risk check still reads it first, and stop, pause, menu and delete still work.
 * What the staff do (take the request, write, close the case, or leave it too long) arrives as a
 * {@link StaffAction} and is said to the person in their language; the worker's name and account
 * never reach the person, only the words they write.
 */
import { type Content, resolveTarget } from "../content/content.js";
import type { CommandName } from "../content/schema.js";
import type { Turn } from "./engine.js";
import type { RiskAssessment } from "./risk.js";
import type { SafetyResponder } from "./safety-response.js";
import { type ConversationState, type FlowPosition, wake } from "./state.js";
import { MAX_INPUT_LENGTH, sanitizeInput } from "./text.js";
import type { StaffAction } from "./types.js";

/** Commands that leave the place where messages are passed on. */
const LEAVING: ReadonlySet<CommandName> = new Set(["stop", "pause", "menu", "delete"]);

/** The core's handoff policy; see the module comment. */
export interface HandoffPolicy {
  /**
   * True while what the person writes goes to the staff: a request is under way and the person
   * is where it waits, or where they talk with a worker who joined.
   */
  relaying(state: ConversationState): boolean;
  /** A text written where messages are passed on. */
  text(
    turn: Turn,
    text: string,
    risk: RiskAssessment,
    command: CommandName | undefined,
    now: Date,
    runCommand: (name: CommandName) => void,
  ): void;
  /** A sticker or photo where messages are passed on: only words reach the staff. */
  media(turn: Turn): void;
  /** The person goes elsewhere (a channel menu's tap): a talk with a worker ends first. */
  leaveTalk(turn: Turn): void;
  /** Something the staff did, said to the person. */
  staff(turn: Turn, action: StaffAction): void;
}

/** Builds the handoff policy on the content's entry points (`handoffWaiting`, ...). */
export function createHandoffPolicy(content: Content, safety: SafetyResponder): HandoffPolicy {
  const entry = content.system.entry;
  const positionOf = (target: string | undefined): FlowPosition | undefined => {
    const resolved = target ? resolveTarget(content, "", target) : undefined;
    return resolved && "flow" in resolved ? resolved : undefined;
  };
  const waiting = positionOf(entry.handoffWaiting);
  const live = positionOf(entry.handoffLive);
  const at = (state: ConversationState, place: FlowPosition | undefined) =>
    place !== undefined && state.position.flow === place.flow && state.position.node === place.node;

  const relaying = (state: ConversationState) => {
    const stage = state.handoff?.stage;
    return (stage === "waiting" && at(state, waiting)) || (stage === "live" && at(state, live));
  };

  const leaveTalk = (turn: Turn, reason: "stopped" | "ended" = "ended") => {
    if (turn.state.handoff?.stage !== "live") return;
    // Talking with a worker while the bot runs a menu would confuse both: it ends first.
    turn.endHandoff(reason);
    turn.say("handoff-ended-by-you");
  };

  const leave = (turn: Turn, command: CommandName, runCommand: (name: CommandName) => void) => {
    leaveTalk(turn, command === "stop" ? "stopped" : "ended");
    // While waiting, pause and menu keep the request; stop ends it (command-meanings.ts).
    runCommand(command);
  };

  const text: HandoffPolicy["text"] = (turn, written, risk, command, now, runCommand) => {
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
    if (turn.takeTypedChoice(written)) return;
    const handoff = state.handoff;
    turn.tellStaff("relay", { text: sanitizeInput(written).slice(0, MAX_INPUT_LENGTH) });
    if (handoff?.stage === "live") {
      // The worker reads it too; the bot adds only what cannot wait: the lines for a crisis.
      if (risk.level === "crisis") safety.respondWithStaff(turn, risk, now);
      return;
    }
    if (safety.answerFirst(turn, risk, written, now, false)) return;
    if (handoff && !handoff.noted) {
      handoff.noted = true;
      turn.say("handoff-relay-note");
    }
  };

  const media = (turn: Turn) => {
    wake(turn.state);
    turn.say("handoff-text-only");
  };

  const staff = (turn: Turn, action: StaffAction) => {
    const state = turn.state;
    // After stop the bot sends nothing (stop ends any request; this holds if one survived).
    if (state.lifecycle === "stopped" || state.lifecycle === "unreachable") return;
    const handoff = state.handoff;
    const stage = handoff?.stage;
    switch (action.type) {
      case "claimed": {
        if (!handoff || stage !== "waiting") return;
        if (!handoff.askFirst && at(state, waiting) && entry.handoffLive) {
          handoff.stage = "live";
          wake(state);
          turn.go(entry.handoffLive, "");
          return;
        }
        // They heard that nobody could answer, or went on elsewhere: asked before anything.
        handoff.stage = "offered";
        if (entry.handoffOffer) turn.detour(entry.handoffOffer);
        return;
      }
      case "message": {
        const words = sanitizeInput(action.text).slice(0, MAX_INPUT_LENGTH);
        if (stage !== "live" || !words) return;
        turn.say("handoff-staff-says", { text: words });
        return;
      }
      case "closed": {
        if (!stage) return;
        state.handoff = undefined;
        // Either way the person hears it and is back at the menu with the bot.
        const target = stage === "waiting" ? entry.handoffWithdrawn : entry.handoffClosed;
        if (target) turn.go(target, "");
        else turn.goMenu();
        return;
      }
      case "unclaimed": {
        if (!handoff || stage !== "waiting" || handoff.askFirst) return;
        handoff.askFirst = true;
        if (entry.handoffUnclaimed) turn.detour(entry.handoffUnclaimed);
        return;
      }
    }
  };

  return { relaying, text, media, leaveTalk: (turn) => leaveTalk(turn), staff };
}
