import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runRiskCommand } from "../../src/cli/risk.js";

async function run(input: string): Promise<{ code: number; lines: string[] }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const code = await runRiskCommand(Readable.from([input]), output);
  output.end();
  const text = chunks.join("");
  return { code, lines: text.split("\n").filter((l) => l.length > 0) };
}

describe("runRiskCommand", () => {
  it("writes one JSON verdict a line and returns 0", async () => {
    const { code, lines } = await run(
      "死にたい\n死ぬほど疲れた\nmy father hits me\n友達が死にたいって言ってる\n",
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(4);
    const [crisis, idiom, home, friend] = lines.map((l) => JSON.parse(l));
    expect(crisis).toMatchObject({
      level: "crisis",
      rules: ["ja.passive-ideation.shinitai"],
      categories: ["passive-ideation"],
      dangerAtHome: false,
      overrides: [],
      subject: "self",
      urgent: false,
    });
    expect(Object.keys(crisis).sort()).toEqual([
      "categories",
      "dangerAtHome",
      "level",
      "overrides",
      "rules",
      "score",
      "subject",
      "urgent",
    ]);
    expect(idiom).toMatchObject({ level: "none", rules: [], categories: [] });
    expect(idiom.overrides).toContain("ja.idiom.degree");
    expect(home).toMatchObject({
      level: "crisis",
      categories: ["danger-at-home"],
      dangerAtHome: true,
    });
    expect(friend).toMatchObject({ level: "crisis", subject: "other" });
    expect(friend.overrides).toContain("ja.third-party-worry.someone-else");
  });

  it("marks a parent's report about a son as a crisis about someone else", async () => {
    const { lines } = await run("息子が「死にたい」と言っています\nさっき薬を全部飲んだ\n");
    const [son, overdose] = lines.map((l) => JSON.parse(l));
    expect(son).toMatchObject({ level: "crisis", subject: "other" });
    expect(overdose).toMatchObject({ level: "crisis", subject: "self", urgent: true });
  });

  it("never echoes the message text", async () => {
    const { lines } = await run("I want to die\nsecret-word-42\n");
    for (const line of lines) {
      expect(line).not.toContain("want to die");
      expect(line).not.toContain("secret-word-42");
    }
  });

  it("answers empty lines too, so line n of the output is line n of the input", async () => {
    const { lines } = await run("hello\n\n消えたい\r\n");
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(["none", "none", "crisis"]);
  });

  it("returns 0 on empty input", async () => {
    expect(await run("")).toEqual({ code: 0, lines: [] });
  });
});
