/**
 * The small error family komorebi throws on purpose (after grammY's habit). Each is caught and
 * logged in one place, the composition root, with a message a person can act on.
 */

/** Configuration is missing or invalid; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Content data is broken; the message names the file and the path inside it. */
export class ContentError extends Error {
  override readonly name = "ContentError";
  constructor(
    message: string,
    /** Every problem found, one line each, as `file: path: message`. */
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n  ${problems.join("\n  ")}` : message);
  }
}

/** A platform call failed in a way the channel could not absorb. */
export class ChannelError extends Error {
  override readonly name = "ChannelError";
  constructor(
    message: string,
    readonly channel: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
