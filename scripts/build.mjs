// Compiles src/ to dist/ and marks the CLI executable. Runs on `npm ci` (prepare) and before
// `npm start`, so `npx komorebi` always has a fresh build. Flow and resource files are data and
// stay in src/content, where the loader reads them (and where organisations edit them).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
rmSync("dist", { recursive: true, force: true });
const tsc = require.resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
if (existsSync("dist/cli/index.js")) chmodSync("dist/cli/index.js", 0o755);
