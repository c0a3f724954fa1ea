/**
 * What an operator meets when running komorebi: bad values stop it with one line naming the
 * variable, `.env` is read, one server per SQLite file, DATA_DIR holds the store, logs keep out
 * of the terminal chat and out of the safety flow. The built CLI in child processes (`npm test`
 * builds first, so this is the code under test).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";

const cli = join(process.cwd(), "dist", "cli", "index.js");
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "komorebi-ops-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh working directory: `.env` and `./data` there belong to one test. */
async function workdir(name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Options {
  cwd: string;
  env?: Record<string, string>;
  input?: string;
}

function launch(args: string[], options: Options): ChildProcess {
  return spawn(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...options.env },
  });
}

function collect(child: ChildProcess, input: string | undefined, timeoutMs = 15_000): Promise<Run> {
  return new Promise<Run>((resolve) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const began = Date.now();
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal) stderr += `[${signal} after ${Date.now() - began} ms]`;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

const run = (args: string[], options: Options) =>
  collect(launch(args, options), options.input ?? "");

/** `komorebi start` in the background, once it says where the web chat is (or has exited). */
async function serve(options: Options): Promise<{ child: ChildProcess; done: Promise<Run> }> {
  const child = launch(["start"], options);
  const done = collect(child, "", 30_000);
  await new Promise<void>((resolve) => {
    let seen = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("web chat at")) resolve();
    });
    child.on("close", () => resolve());
  });
  return { child, done };
}

/** One line on stderr, naming the variable, without a stack trace; exit code 1. */
function expectOneClearLine(result: Run, variable: string) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^komorebi: ${variable}: `));
  expect(result.stderr).not.toContain("    at ");
  expect(result.stderr).not.toContain("unexpected error");
}

describe("bad configuration stops komorebi with one line naming the variable", () => {
  it("an empty value counts as unset, for every variable", () => {
    const defaults = readConfig({});
    for (const name of Object.keys(defaults)) {
      for (const empty of ["", "  "]) {
        expect({ name, config: readConfig({ [name]: empty }) }).toEqual({
          name,
          config: defaults,
        });
      }
    }
  });

  it("PORT= (empty) serves the default port, not a random one", async () => {
    const dir = await workdir("empty-port");
    const { child, done } = await serve({
      cwd: dir,
      env: { PORT: "", STORE_URL: "memory://", PSEUDONYM_SECRET: "s".repeat(32) },
    });
    child.kill("SIGTERM");
    const result = await done;
    // 8787 may be taken on this machine: then the start says so, and that is right as well.
    expect(result.stderr).toMatch(
      /web chat at http:\/\/localhost:8787\/|PORT: 8787 is already in use/,
    );
  });

  it("PORT in the form of a number komorebi would misread is refused", async () => {
    for (const value of ["1e3", "0x1f90", "8787.5"]) {
      expect(() => readConfig({ PORT: value })).toThrow(/PORT: use a port number/);
    }
  });

  it("a HOST that does not resolve", async () => {
    const result = await run(["start"], {
      cwd: await workdir("bad-host"),
      env: {
        HOST: "notahost.invalid",
        PORT: "0",
        STORE_URL: "memory://",
        PSEUDONYM_SECRET: "s".repeat(32),
      },
    });
    expectOneClearLine(result, "HOST");
  });

  it("a PORT already in use", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const result = await run(["start"], {
        cwd: await workdir("port-in-use"),
        env: {
          HOST: "127.0.0.1",
          PORT: String(port),
          STORE_URL: "memory://",
          PSEUDONYM_SECRET: "s".repeat(32),
        },
      });
      expectOneClearLine(result, "PORT");
      expect(result.stderr).toContain(`${port} is already in use`);
    } finally {
      taken.close();
    }
  });

  it("a DATA_DIR that is a file", async () => {
    const dir = await workdir("data-dir-file");
    await writeFile(join(dir, "not-a-folder"), "x");
    const result = await run(["start"], {
      cwd: dir,
      env: { DATA_DIR: "not-a-folder", PORT: "0", STORE_URL: "memory://" },
    });
    expectOneClearLine(result, "DATA_DIR");
    expect(result.stderr).toContain("is a file, not a folder");
  });
});

describe(".env in the working directory", () => {
  it("is read, and the real environment wins over it", async () => {
    const dir = await workdir("dotenv");
    await writeFile(
      join(dir, ".env"),
      "# as in .env.example\nORG_NAME=Centre From File\nSTORE_URL=memory://\nDEFAULT_LOCALE=en\n",
    );
    const fromFile = await run(["chat"], { cwd: dir, input: "stop\n" });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain("set up by Centre From File");
    const overridden = await run(["chat"], {
      cwd: dir,
      input: "stop\n",
      env: { ORG_NAME: "Centre From Environment" },
    });
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain("set up by Centre From Environment");
    expect(overridden.stdout).not.toContain("Centre From File");
    // STORE_URL came from the file: nothing was written to a SQLite file.
    expect(existsSync(join(dir, "data", "komorebi.sqlite"))).toBe(false);
  });
});

describe("one komorebi start per SQLite file", () => {
  it("refuses a second start, lets the admin commands in, and survives a crash", async () => {
    const dir = await workdir("sqlite-lock");
    const env = { PORT: "0", HOST: "127.0.0.1", PSEUDONYM_SECRET: "s".repeat(32) };
    const first = await serve({ cwd: dir, env });
    try {
      const second = await run(["start"], { cwd: dir, env });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/^komorebi: Another komorebi process is serving the SQLite/);
      expect(second.stderr).toContain(join(dir, "data", "komorebi.sqlite"));
      expect(second.stderr).not.toContain("    at ");
      // Outreach workers' commands beside the running server.
      const list = await run(["link", "list"], { cwd: dir, env });
      expect(list.stderr).toBe("");
      expect(list.code).toBe(0);
      const stats = await run(["stats"], { cwd: dir, env });
      expect(stats.code).toBe(0);
    } finally {
      first.child.kill("SIGKILL");
      await first.done;
    }
    // A crashed server left no lock behind.
    const third = await serve({ cwd: dir, env });
    third.child.kill("SIGTERM");
    const result = await third.done;
    expect(result.stderr).toContain("web chat at");
    expect(result.code).toBe(0);
  }, 40_000);
});

describe("DATA_DIR", () => {
  it("holds the SQLite store unless STORE_URL says otherwise", async () => {
    const dir = await workdir("data-dir");
    const dataDir = join(root, "data-dir-elsewhere");
    const result = await run(["link", "list"], { cwd: dir, env: { DATA_DIR: dataDir } });
    expect(result.code).toBe(0);
    expect(existsSync(join(dataDir, "komorebi.sqlite"))).toBe(true);
    expect(existsSync(join(dir, "data"))).toBe(false);
    // The default did not move: ./data/komorebi.sqlite, as before.
    expect(readConfig({}).STORE_URL).toBe("sqlite://./data/komorebi.sqlite");
    expect(readConfig({ DATA_DIR: "/var/lib/k", STORE_URL: "memory://" }).STORE_URL).toBe(
      "memory://",
    );
  });
});

describe("logs", () => {
  it("an 'event handled' line looks the same whether or not the person is in the safety flow", async () => {
    const result = await run(["chat", "--lang", "en"], {
      cwd: await workdir("debug-log"),
      env: { LOG_LEVEL: "debug", STORE_URL: "memory://", PSEUDONYM_SECRET: "s".repeat(32) },
      input: "hello\nI want to die\nmenu\n",
    });
    expect(result.code).toBe(0);
    // The crisis message reached the safety flow (its answer offers crisis lines).
    expect(result.stdout).toMatch(/crisis|emergency|right now/i);
    const handled = result.stderr
      .split("\n")
      .filter((line) => line.includes('"event handled"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(handled.length).toBeGreaterThanOrEqual(4);
    const shapes = new Set(
      handled.map(({ time: _t, ms: _m, event: _e, ...rest }) => JSON.stringify(rest)),
    );
    // Same pseudonym, channel and fields on every line: nothing tells the safety turns apart.
    expect([...shapes]).toHaveLength(1);
    expect(result.stderr).not.toMatch(/withheld|"at":|safety/);
  });

  it("komorebi chat on a terminal keeps log lines out of the conversation", async () => {
    const dir = await workdir("chat-tty");
    // `script` gives the chat a terminal, as a person has; the first run warns (no secret yet).
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} chat --lang en`;
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", STORE_URL: "memory://", TERM: "dumb" },
    });
    // Typed once the chat asks, as a person would; the end of input closes it.
    let shown = "";
    child.stdout.on("data", (chunk: Buffer) => {
      const before = shown;
      shown += chunk.toString();
      if (!before.includes("you>") && shown.includes("you>")) child.stdin.write("stop\n");
      if (!before.includes("stop here") && shown.includes("stop here")) child.stdin.end();
    });
    const result = await collect(child, undefined, 20_000);
    const screen = result.stdout;
    expect(screen).toContain("I'll stop here");
    expect(screen).not.toContain('{"level"');
    expect(screen).toContain("komorebi: 1 log line written to data/chat.log");
    const log = await readFile(join(dir, "data", "chat.log"), "utf8");
    expect(log).toContain("PSEUDONYM_SECRET is not set");
  }, 30_000);
});

describe("komorebi link create", () => {
  it("warns that a link without PUBLIC_URL works only on this machine", async () => {
    const dir = await workdir("link-local");
    const env = { STORE_URL: "memory://", PSEUDONYM_SECRET: "s".repeat(32) };
    const local = await run(["link", "create", "--campaign", "flyers"], { cwd: dir, env });
    expect(local.code).toBe(0);
    expect(local.stderr).toMatch(/PUBLIC_URL is not set/);
    expect(local.stderr).toMatch(/works only on this machine/);
    const public_ = await run(["link", "create", "--campaign", "flyers"], {
      cwd: dir,
      env: { ...env, PUBLIC_URL: "https://bot.example.org" },
    });
    expect(public_.code).toBe(0);
    expect(public_.stderr).toBe("");
    expect(public_.stdout).toContain("https://bot.example.org/?ref=");
  });
});
