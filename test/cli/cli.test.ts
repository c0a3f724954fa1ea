/**
 * The `komorebi` command as a person runs it: the built CLI in a child process (`npm test`
 * builds first, so this is the code under test).
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultContentDir } from "../../src/content/load.js";

const cli = join(process.cwd(), "dist", "cli", "index.js");
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  args: string[],
  options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
) {
  return new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        DATA_DIR: join(dir, "data"),
        LOG_LEVEL: "warn",
        ...options.env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 15_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "komorebi-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("komorebi content", () => {
  it("check passes on the shipped content", async () => {
    const result = await run(["content", "check"]);
    expect(result.stdout).toContain("content ok");
    expect(result.code).toBe(0);
  });

  it("check exits 1 naming the file and path of a broken flow", async () => {
    const broken = join(dir, "content-broken");
    await cp(defaultContentDir, broken, { recursive: true });
    await writeFile(
      join(broken, "flows", "about.yaml"),
      "id: about\ntitle: { ja: あ, en: a }\nstart: bot\nnodes:\n  bot:\n    type: say\n    text: { ja: ボットです。 }\n    next: nowhere\n",
    );
    const result = await run(["content", "check", "--dir", broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/about\.yaml: nodes\.bot\.text: no "en" text/);
    expect(result.stdout).toMatch(/about\.yaml: nodes\.bot\.next: "nowhere" does not exist/);
  });

  it("a malformed file stops start-up with the file and the path", async () => {
    const broken = join(dir, "content-malformed");
    await cp(defaultContentDir, broken, { recursive: true });
    await writeFile(join(broken, "flows", "help.yaml"), "id: help\nstart: [unclosed\n");
    const result = await run(["start"], {
      env: { CONTENT_DIR: broken, PORT: "0", STORE_URL: "memory://" },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("help.yaml");
    expect(result.stderr).not.toContain("    at ");
  });

  it("graph draws a flow as Mermaid", async () => {
    const result = await run(["content", "graph", "menu"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("flowchart TD");
    expect(result.stdout).toContain("menu_main");
  });
});

describe("komorebi start with bad configuration", () => {
  it("a bad STORE_URL stops start-up with a clear message", async () => {
    const result = await run(["start"], {
      env: { STORE_URL: "mongodb://user:hunter2@db/x", PORT: "0" },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("STORE_URL");
    expect(result.stderr).not.toContain("hunter2");
  });

  it("a bad PORT names the variable", async () => {
    const result = await run(["start"], { env: { PORT: "eighty" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("PORT");
  });
});

describe("komorebi chat", () => {
  it("holds a conversation in the terminal, in English, with numbered choices", async () => {
    const result = await run(["chat", "--lang", "en", "--ref", "flyer", "--session", "t1"], {
      env: { STORE_URL: "memory://" },
      input: "are you a bot?\nmenu\nstop\n",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("I'm a chatbot");
    expect(result.stdout).toMatch(/\[1\] /);
    expect(result.stdout).toContain("I'm a bot, not a person");
    expect(result.stdout).toContain("I'll stop here");
  });
});

describe("komorebi risk", () => {
  it("prints one JSON verdict a line without echoing the text", async () => {
    const result = await run(["risk"], { input: "死にたい\n死ぬほど疲れた\n" });
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { level: string });
    expect(lines.map((line) => line.level)).toEqual(["crisis", "none"]);
    expect(result.stdout).not.toContain("死にたい");
  });
});

describe("komorebi with a command it does not know", () => {
  it("answers an unknown command, or a subcommand's missing value, with its usage", async () => {
    for (const args of [["frobnicate"], ["stats", "--since"]]) {
      const result = await run(args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toContain("Usage:");
      expect(result.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
      expect(result.stderr, args.join(" ")).not.toContain("unexpected error");
    }
  });
});

describe("komorebi with an option it does not know", () => {
  it.each([
    [["chat", "--bogus"], "Usage:\n  komorebi start"],
    [["doctor", "--bogus"], "komorebi doctor [--json]"],
    [["line", "setup", "--bogus"], "komorebi line setup"],
    [["telegram", "setup", "--verbose"], "komorebi telegram setup"],
    [["link", "list", "--bogus"], "Usage:\n  komorebi start"],
  ])("%j says which option and prints the usage, without a stack trace", async (args, usage) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Unknown option '--(bogus|verbose)'/);
    expect(result.stderr).toContain(usage);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("komorebi doctor", () => {
  it("exits 1 with what to do when the store is down, and prints JSON with --json", async () => {
    const env = { STORE_URL: "redis://127.0.0.1:9", PSEUDONYM_SECRET: "0123456789abcdef0123" };
    const result = await run(["doctor"], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL {2}store: .*127\.0\.0\.1:9/m);
    expect(result.stdout).toMatch(/^ {6}→ start the database or Redis that STORE_URL names/m);
    expect(result.stdout).toMatch(/^ok {4}content: /m);
    const json = await run(["doctor", "--json"], { env });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; checks: { name: string }[] };
    expect(report.ok).toBe(false);
    expect(report.checks.map((check) => check.name)).toContain("store");
  });

  it("exits 0 on the default set-up (web chat on SQLite)", async () => {
    const result = await run(["doctor"], { env: { PSEUDONYM_SECRET: "0123456789abcdef0123" } });
    expect(result.stdout).toMatch(/^ok {4}store: sqlite: read, write and lock work/m);
    expect(result.code).toBe(0);
  });
});

describe("komorebi line setup and telegram setup without their tokens", () => {
  it.each([
    [["line", "setup"], "LINE is not configured"],
    [["telegram", "setup"], "Telegram is not configured"],
  ])("%j says what to set", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
