/**
 * The real app started in this process for a test: its own temporary data folder, port 0 on
 * loopback, quiet logs, and `env` on top. `close()` stops it and removes the folder.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../../src/config.js";
import type { Logger } from "../../src/core/ports.js";
import { type AppOptions, type RunningApp, startApp } from "../../src/main.js";

/** A started app and how to stop it. */
export interface TestApp {
  app: RunningApp;
  /** `http://127.0.0.1:PORT` */
  base: string;
  close(): Promise<void>;
}

/** Starts komorebi on `memory://` unless `env` says otherwise. */
export async function startTestApp(
  env: Record<string, string> = {},
  logger?: Logger,
  options: AppOptions = {},
): Promise<TestApp> {
  const dir = await mkdtemp(join(tmpdir(), "komorebi-test-"));
  const app = await startApp(
    readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: "memory://",
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
      ...env,
    }),
    logger,
    options,
  );
  return {
    app,
    base: `http://127.0.0.1:${app.port}`,
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
