/** `STORE_URL` -> which backend to open and where; the only place that knows the URL forms. */
import { StoreConfigError } from "./errors.js";
/** What an empty or unset `STORE_URL` means: one process, one file, no services to run. */
export const DEFAULT_STORE_URL = "sqlite://./data/komorebi.sqlite";
const ACCEPTED_FORMS = "Accepted forms: sqlite://<path> (sqlite://./data/komorebi.sqlite or " +
    "sqlite:///var/lib/komorebi/komorebi.sqlite), redis://[user:password@]host[:port][/db], " +
    "rediss://... (Redis over TLS), postgres://[user:password@]host[:port]/database " +
    "(or postgresql://...), memory:// (tests only; nothing survives a restart).";
/**
 * Parses and validates `STORE_URL`. Empty or undefined means {@link DEFAULT_STORE_URL}.
 * @throws {StoreConfigError} for anything else than the accepted forms; the message does not
 *   repeat the value, since a malformed URL may still carry a password.
 */
export function parseStoreUrl(raw) {
    const value = raw?.trim() ?? "";
    if (value === "")
        return parseStoreUrl(DEFAULT_STORE_URL);
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]{0,19}):\/\//.exec(value)?.[1]?.toLowerCase();
    switch (scheme) {
        case "sqlite":
            return parseSqlite(value.slice("sqlite://".length));
        case "redis":
        case "rediss":
            return parseNetworkUrl("redis", scheme, value);
        case "postgres":
        case "postgresql":
            return parseNetworkUrl("postgres", scheme, value);
        case "memory":
            if (value.length > "memory://".length) {
                throw invalid("STORE_URL memory:// takes nothing after the scheme.");
            }
            return { kind: "memory", display: "memory://" };
        case undefined:
            throw invalid("STORE_URL is not a URL of the form <scheme>://...");
        default:
            throw invalid(`STORE_URL has an unsupported scheme "${scheme}://".`);
    }
}
/**
 * Replaces the password of `url` (raw and percent-decoded) wherever it appears in `text`, for
 * error messages that quote a driver's words.
 */
export function redactPassword(text, url) {
    let password = "";
    try {
        password = new URL(url).password;
    }
    catch {
        return text;
    }
    if (password === "")
        return text;
    let decoded = password;
    try {
        decoded = decodeURIComponent(password);
    }
    catch {
        // A stray % in the password: only the raw form can appear then.
    }
    return text.split(password).join("***").split(decoded).join("***");
}
function parseSqlite(rest) {
    if (rest === "")
        throw invalid("STORE_URL sqlite:// needs a file path.");
    // A query or fragment would silently become part of the file name.
    if (/[?#]/.test(rest)) {
        throw invalid("STORE_URL sqlite:// takes a plain file path, without ?query or #fragment.");
    }
    let path;
    try {
        path = decodeURIComponent(rest);
    }
    catch {
        throw invalid("STORE_URL sqlite:// has a malformed %-escape in its path.");
    }
    if (path === ":memory:") {
        throw invalid("STORE_URL sqlite://:memory: is not supported; use memory:// instead.");
    }
    return { kind: "sqlite", path, display: path };
}
function parseNetworkUrl(kind, scheme, value) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw invalid(`STORE_URL is not a valid ${scheme}:// URL (percent-encode special characters in the user name or password).`);
    }
    const port = parsed.port === "" ? "" : `:${parsed.port}`;
    if (kind === "redis") {
        if (parsed.hostname === "")
            throw invalid(`STORE_URL ${scheme}:// needs a host.`);
        if (!/^\/?\d*$/.test(parsed.pathname)) {
            throw invalid(`STORE_URL ${scheme}:// takes a database number as its path, as in /0.`);
        }
        return { kind, url: value, display: `${scheme}://${parsed.hostname}${port}${parsed.pathname}` };
    }
    // libpq lets the host come from ?host= (a Unix socket directory) or the environment.
    const host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
    return { kind, url: value, display: `${scheme}://${host}${port}${parsed.pathname}` };
}
function invalid(reason) {
    return new StoreConfigError(`${reason} ${ACCEPTED_FORMS}`);
}
//# sourceMappingURL=store-url.js.map