/** Runs the built `komorebi` CLI in a child process, as a worker would type it. */
import { spawn } from "node:child_process";
import { join } from "node:path";

const cli = join(process.cwd(), "dist", "cli", "index.js");

/** What a run printed. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `komorebi ...args` in `cwd` with exactly `env` (plus PATH). */
export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string>,
  input = "",
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "error", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), 20_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
