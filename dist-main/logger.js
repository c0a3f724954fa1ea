/**
 * JSON-lines logging to stderr, on pino. The core only ever passes pseudonyms, rule ids and
 * positions; as a second line of defence, pino's redaction removes fields whose names suggest
 * message text or platform ids, at the top level and one level down, so a careless call cannot
 * leak them. Errors go through one serializer: name and message, never a payload or stack.
 */
import { pino } from "pino";
import { errorText } from "./core/error-text.js";
const FORBIDDEN_FIELDS = [
    "text",
    "message",
    "body",
    "userId",
    "userid",
    "user_id",
    "chatId",
    "chatid",
    "chat_id",
    "from",
    "payload",
    "rawBody",
    "rawbody",
    "replyToken",
    "replytoken",
];
/** Creates a logger that writes JSON lines at or above `level`. */
export function createLogger(level = "info", write = (line) => process.stderr.write(`${line}\n`), base = {}) {
    const log = pino({
        level,
        base,
        messageKey: "msg",
        timestamp: () => `,"time":"${new Date().toISOString()}"`,
        formatters: { level: (label) => ({ level: label }) },
        serializers: { error: errorText, err: errorText },
        redact: { paths: FORBIDDEN_FIELDS.flatMap((field) => [field, `*.${field}`]), remove: true },
    }, { write: (line) => write(line.trimEnd()) });
    return {
        debug: (msg, fields = {}) => log.debug(fields, msg),
        info: (msg, fields = {}) => log.info(fields, msg),
        warn: (msg, fields = {}) => log.warn(fields, msg),
        error: (msg, fields = {}) => log.error(fields, msg),
    };
}
//# sourceMappingURL=logger.js.map