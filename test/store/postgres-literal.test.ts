/** The SQL literals the Postgres store writes a lock task's values with. */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { sqlLiteral } from "../../src/store/postgres-session.js";

const POSTGRES_URL =
  process.env.KOMOREBI_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const samples = [
  "",
  "plain",
  "it's",
  "''",
  "a\\b",
  "\\'; DROP TABLE komorebi_kv; --",
  "ends with a backslash\\",
  JSON.stringify({ text: '改行\n\tと "引用" と \\ と \' と 😀', seen: ["a", "b"] }),
];

describe("sqlLiteral", () => {
  it("writes the same literal as pg's escapeLiteral", () => {
    const client = new pg.Client();
    for (const text of samples) expect(sqlLiteral(text)).toBe(client.escapeLiteral(text));
  });

  it("reads back from Postgres as the very text it was made of", async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      for (const text of samples) {
        const result = await client.query(`SELECT ${sqlLiteral(text)}::text AS value`);
        expect(result.rows[0]?.value).toBe(text);
      }
    } finally {
      await client.end();
    }
  });
});
