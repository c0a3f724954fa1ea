/**
 * What the commands that work at every step mean (stop, pause, menu, skip, back, and the ones
 * content routes to a flow), and how a person who returns after stop, pause or an ending is met.
 */
import type { Content } from "../content/content.js";
import type { CommandName } from "../content/schema.js";
import type { Turn } from "./engine.js";

/** Carries out one command in `turn`. */
export function runCommandIn(content: Content, turn: Turn, name: CommandName): void {
  const state = turn.state;
  const next = content.system.commands[name]?.next;
  switch (name) {
    case "stop":
      // "Send me nothing": a request to talk would have someone write to them later.
      turn.endHandoff("stopped");
      state.stopped = true;
      turn.clearReturns();
      turn.say("stopped");
      return;
    case "pause":
      state.paused = true;
      turn.say("paused");
      return;
    case "menu":
      turn.goMenu();
      return;
    case "skip":
      turn.skip();
      return;
    case "back":
      if (state.returnTo) turn.resume();
      else turn.reAsk();
      return;
    default:
      if (next) turn.detour(next);
      else turn.goMenu();
  }
}

/** A person who returns after stop, pause or an ending is welcomed back, not interviewed. */
export function welcomeBack(turn: Turn): void {
  const state = turn.state;
  const resumeHere = state.paused && !state.stopped && !state.ended;
  state.stopped = false;
  state.paused = false;
  turn.say("welcome-back");
  if (resumeHere && turn.waitingNode()) turn.reAsk();
  else turn.goMenu();
}
