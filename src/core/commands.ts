/**
 * Commands that work at every step (stop, pause, menu, help, a person, delete, language, "are
 * you a bot", skip, back). A command is the whole message, compared after {@link matchKey}, so
 * "I want to stop feeling like this" is never mistaken for "stop".
 */
import type { Content } from "../content/content.js";
import type { CommandName } from "../content/schema.js";
import { matchKey } from "./text.js";

/** A lookup from typed text to command, built once from content. */
export type CommandMatcher = (text: string) => CommandName | undefined;

/** Builds the matcher; every locale's words work in every conversation (people switch). */
export function createCommandMatcher(content: Content): CommandMatcher {
  const words = new Map<string, CommandName>();
  for (const [name, command] of Object.entries(content.system.commands)) {
    for (const list of Object.values(command.words)) {
      for (const word of list) {
        const key = matchKey(word);
        if (key && !words.has(key)) words.set(key, name as CommandName);
      }
    }
  }
  return (text) => {
    const key = matchKey(text);
    return key ? words.get(key) : undefined;
  };
}
