/**
 * JSON-lines logging to stderr. The core only ever passes pseudonyms, rule ids and positions;
 * as a second line of defence, fields whose names suggest message text or platform ids are
 * dropped here, so a careless call cannot leak them.
 */
import type { Logger } from "./core/ports.js";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
/** A log level, or `silent`. */
export type LogLevel = keyof typeof LEVELS;

const FORBIDDEN_FIELDS =
  /^(text|message|body|userid|user_id|chatid|chat_id|from|payload|rawbody|replytoken)$/i;

/** Creates a logger that writes JSON lines at or above `level`. */
export function createLogger(
  level: LogLevel = "info",
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  base: Record<string, unknown> = {},
): Logger {
  const threshold = LEVELS[level];
  const log =
    (at: Exclude<LogLevel, "silent">) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (LEVELS[at] < threshold) return;
      const safe: Record<string, unknown> = {};
      for (const [key, value] of Object.entries({ ...base, ...fields })) {
        if (!FORBIDDEN_FIELDS.test(key)) safe[key] = value;
      }
      write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...safe }));
    };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}
