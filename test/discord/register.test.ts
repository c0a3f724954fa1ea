/**
 * `komorebi discord register` as an operator runs it: the built CLI in a child process, with the
 * REST API pointed at the fake. What Discord receives is what the tests read.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.js";

const cli = join(process.cwd(), "dist", "cli", "index.js");
let fake: FakeDiscord;
let dir: string;

function register(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, "discord", ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", DATA_DIR: dir, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const withFake = () => ({ DISCORD_BOT_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
// Discord's rule for command and option names (lower case where a script has case).
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Definition {
  name: string;
  name_localizations?: Record<string, string>;
  description: string;
  description_localizations?: Record<string, string>;
  options?: Definition[];
  integration_types?: number[];
  contexts?: number[];
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  dir = await mkdtemp(join(tmpdir(), "komorebi-discord-register-"));
});
afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("komorebi discord register", () => {
  it("registers the commands globally: DM commands for the private chat, /komorebi for servers", async () => {
    const run = await register(["register"], withFake());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const put = fake.callsTo("PUT", new RegExp(`^/applications/${fake.applicationId}/commands$`));
    expect(put).toHaveLength(1);
    const definitions = put[0]?.body as Definition[];
    expect(definitions.map((definition) => definition.name)).toEqual([
      "start",
      "menu",
      "stop",
      "forget",
      "komorebi",
    ]);
    for (const definition of definitions) {
      expect(definition.name).toMatch(NAME);
      for (const name of Object.values(definition.name_localizations ?? {})) {
        expect(name).toMatch(NAME);
      }
      for (const text of [
        definition.description,
        ...Object.values(definition.description_localizations ?? {}),
      ]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(100);
      }
      // Added to a server or to a person's own account, both work.
      expect(definition.integration_types).toEqual([0, 1]);
      expect(definition.contexts).toEqual(definition.name === "komorebi" ? [0, 2] : [1]);
    }
    const forget = definitions.find((definition) => definition.name === "forget");
    expect(forget?.name_localizations?.ja).toBe("データを消す");
    expect(forget?.description_localizations?.ja).toContain("データ");
    expect(forget?.description_localizations?.["en-US"]).toBe("Delete my data");
    // The default locale is ja here: the description Discord shows everyone else.
    expect(forget?.description).toBe(forget?.description_localizations?.ja);
    const code = definitions.find((definition) => definition.name === "start")?.options?.[0];
    expect(code?.name).toBe("code");
    expect(code?.description_localizations?.["en-GB"]).toContain("code");

    expect(run.stdout).toContain(
      `https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&integration_type=1&scope=applications.commands`,
    );
    expect(run.stdout).toContain(
      `https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&integration_type=0&scope=bot+applications.commands`,
    );
  });

  it("registers in one server with --guild, where Discord takes no install contexts", async () => {
    const guild = "123456789012345678";
    const run = await register(["register", "--guild", guild], withFake());
    expect(run.code).toBe(0);
    const put = fake.callsTo(
      "PUT",
      new RegExp(`^/applications/${fake.applicationId}/guilds/${guild}/commands$`),
    );
    expect(put).toHaveLength(1);
    for (const definition of put[0]?.body as Definition[]) {
      expect(definition.contexts).toBeUndefined();
      expect(definition.integration_types).toBeUndefined();
    }
    expect(run.stdout).toContain(`in server ${guild}`);
  });

  it("says what is missing, and what Discord refused, with exit code 1", async () => {
    const missing = await register(["register"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("DISCORD_BOT_TOKEN is not set");

    const badGuild = await register(["register", "--guild", "my-server"], withFake());
    expect(badGuild.code).toBe(1);
    expect(badGuild.stderr).toContain("--guild");

    fake.failNext("PUT", /commands$/, {
      status: 400,
      body: { code: 50035, message: "Invalid Form Body" },
    });
    const refused = await register(["register"], withFake());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("50035");
    expect(refused.stderr).not.toContain(fake.token);
  });
});
