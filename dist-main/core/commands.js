import { matchKey } from "./text.js";
/** Builds the matcher; every locale's words work in every conversation (people switch). */
export function createCommandMatcher(content) {
    const words = new Map();
    for (const [name, command] of Object.entries(content.system.commands)) {
        for (const list of Object.values(command.words)) {
            for (const word of list) {
                const key = matchKey(word);
                if (key && !words.has(key))
                    words.set(key, name);
            }
        }
    }
    return (text) => {
        const key = matchKey(text);
        return key ? words.get(key) : undefined;
    };
}
//# sourceMappingURL=commands.js.map