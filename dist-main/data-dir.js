/** DATA_DIR: whether this process keeps files there, and making sure it can. */
import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { defaultStoreUrl } from "./config.js";
import { errorText } from "./core/error-text.js";
import { ConfigError } from "./core/errors.js";
/** True when this process keeps files in DATA_DIR: the development secret, a SQLite store there. */
export function usesDataDir(config) {
    if (!config.PSEUDONYM_SECRET)
        return true;
    return config.STORE_URL === defaultStoreUrl(config.DATA_DIR);
}
/**
 * Creates DATA_DIR when missing and checks that komorebi may write in it.
 * @throws {ConfigError} naming DATA_DIR, in one line that says what is wrong.
 */
export async function prepareDataDir(dataDir) {
    try {
        await mkdir(dataDir, { recursive: true });
        await access(dataDir, constants.W_OK | constants.X_OK);
    }
    catch (error) {
        throw dataDirError(dataDir, error);
    }
}
/** Why DATA_DIR cannot be used, from a file system error. */
export function dataDirError(dataDir, error) {
    const code = error?.code;
    const path = resolve(dataDir);
    const why = code === "EEXIST" || code === "ENOTDIR"
        ? `${path} is a file, not a folder`
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
            ? `this user may not write in ${path}`
            : `${path} cannot be used (${code ?? errorText(error)})`;
    return new ConfigError(`DATA_DIR: ${why}. Set DATA_DIR to a folder komorebi may write in (it is created if missing).`);
}
//# sourceMappingURL=data-dir.js.map