/**
 * The arrow points one way: the composition root wires `src/safety` into the core through the
 * `riskCheck` port (`src/core/risk.ts`); the core never imports the implementation, and the
 * risk check knows nothing of conversations, content or channels.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  return [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("module boundaries", () => {
  it("the core talks to the risk check only through its port", () => {
    const offending = sources("core").flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)safety\//.test(spec) && !spec.endsWith("safety-response.js"))
        .map((spec) => `${file} -> ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("the risk check imports nothing of the core but the port's types", () => {
    const offending = sources("safety").flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\.\.\/(?:\.\.\/)*(?:core|content|adapters|dispatch|store)\//.test(spec))
        .filter((spec) => !spec.endsWith("core/risk.js"))
        .map((spec) => `${file} -> ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
