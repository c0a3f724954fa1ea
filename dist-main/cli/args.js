/** Command-line argument errors, said in one short sentence. */
import { parseArgs } from "node:util";
/** True for the errors `node:util` parseArgs throws for unknown or malformed options. */
export function isArgsError(error) {
    const code = error?.code;
    return error instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
/** The first sentence of parseArgs's message ("Unknown option '--bogus'."), or the message. */
export function argsProblem(error) {
    const message = error instanceof Error ? error.message : String(error);
    return isArgsError(error) ? (message.split(/(?<=\.)\s/)[0] ?? message) : message;
}
/**
 * True when `args` is exactly `setup` with no options (the platform set-up commands); otherwise
 * writes what was wrong and `usage` to `stderr` and returns false.
 */
export function isBareSetup(args, usage, stderr) {
    let positionals;
    try {
        ({ positionals } = parseArgs({ args, allowPositionals: true, options: {} }));
    }
    catch (error) {
        stderr.write(`${argsProblem(error)}\n${usage}\n`);
        return false;
    }
    if (positionals[0] !== "setup" || positionals.length > 1) {
        stderr.write(`${usage}\n`);
        return false;
    }
    return true;
}
//# sourceMappingURL=args.js.map