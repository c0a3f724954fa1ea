/** Command-line argument errors, said in one short sentence. */

/** True for the errors `node:util` parseArgs throws for unknown or malformed options. */
export function isArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | undefined)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/** The first sentence of parseArgs's message ("Unknown option '--bogus'."), or the message. */
export function argsProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return isArgsError(error) ? (message.split(/(?<=\.)\s/)[0] ?? message) : message;
}
