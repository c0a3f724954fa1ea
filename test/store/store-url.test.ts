import { describe, expect, it } from "vitest";
import {
  DEFAULT_STORE_URL,
  parseStoreUrl,
  redactPassword,
  StoreConfigError,
} from "../../src/store/index.js";

function configError(raw: string): StoreConfigError {
  try {
    parseStoreUrl(raw);
  } catch (error) {
    if (error instanceof StoreConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${raw} to be rejected`);
}

describe("parseStoreUrl", () => {
  it("defaults to the sqlite file when empty or unset", () => {
    const expected = { kind: "sqlite", path: "./data/komorebi.sqlite" };
    expect(DEFAULT_STORE_URL).toBe("sqlite://./data/komorebi.sqlite");
    expect(parseStoreUrl(undefined)).toMatchObject(expected);
    expect(parseStoreUrl("")).toMatchObject(expected);
    expect(parseStoreUrl("   ")).toMatchObject(expected);
  });

  it("reads relative and absolute sqlite paths", () => {
    expect(parseStoreUrl("sqlite://./data/komorebi.sqlite")).toEqual({
      kind: "sqlite",
      path: "./data/komorebi.sqlite",
      display: "./data/komorebi.sqlite",
    });
    expect(parseStoreUrl("sqlite:///var/lib/komorebi/komorebi.sqlite")).toMatchObject({
      kind: "sqlite",
      path: "/var/lib/komorebi/komorebi.sqlite",
    });
    expect(parseStoreUrl("sqlite://./my%20data/k.sqlite")).toMatchObject({
      path: "./my data/k.sqlite",
    });
  });

  it("reads redis and rediss URLs, keeping credentials out of display", () => {
    expect(parseStoreUrl("redis://127.0.0.1:6379")).toEqual({
      kind: "redis",
      url: "redis://127.0.0.1:6379",
      display: "redis://127.0.0.1:6379",
    });
    const tls = parseStoreUrl("rediss://default:hunter2@cache.example.com:6380/2");
    expect(tls).toMatchObject({
      kind: "redis",
      url: "rediss://default:hunter2@cache.example.com:6380/2",
    });
    expect(tls.display).toBe("rediss://cache.example.com:6380/2");
  });

  it("reads postgres and postgresql URLs, keeping credentials and query out of display", () => {
    expect(
      parseStoreUrl("postgres://u:hunter2@db.example.com:5432/komorebi?sslmode=require"),
    ).toEqual({
      kind: "postgres",
      url: "postgres://u:hunter2@db.example.com:5432/komorebi?sslmode=require",
      display: "postgres://db.example.com:5432/komorebi",
    });
    expect(parseStoreUrl("postgresql://127.0.0.1/test")).toMatchObject({ kind: "postgres" });
    expect(parseStoreUrl("postgresql:///test?host=/var/run/postgresql").display).toBe(
      "postgresql:///var/run/postgresql/test",
    );
  });

  it("reads memory://", () => {
    expect(parseStoreUrl("memory://")).toEqual({ kind: "memory", display: "memory://" });
  });

  it.each([
    "mysql://root:pw@localhost/db",
    "mongodb://localhost",
    "http://localhost:6379",
    "./data/komorebi.sqlite",
    "sqlite:data.db",
    "sqlite://",
    "sqlite://./data.db?mode=ro",
    "sqlite://:memory:",
    "memory://anything",
    "redis://",
    "redis://localhost:6379/not-a-number",
  ])("rejects %s naming STORE_URL and the accepted forms", (raw) => {
    const error = configError(raw);
    expect(error.name).toBe("StoreConfigError");
    expect(error.message).toContain("STORE_URL");
    expect(error.message).toContain("sqlite://");
    expect(error.message).toContain("redis://");
    expect(error.message).toContain("postgres://");
    expect(error.message).toContain("memory://");
  });

  it.each([
    "mysql://admin:hunter2-secret@db.example.com/komorebi",
    "redis://:hunter2-secret@host:notaport",
    "postgres://admin:hunter2-secret@[bad-host/komorebi",
    "redis//admin:hunter2-secret@localhost",
  ])("never repeats a password in its message: %s", (raw) => {
    expect(configError(raw).message).not.toContain("hunter2-secret");
  });
});

describe("redactPassword", () => {
  it("masks the raw and the decoded password", () => {
    const url = "redis://user:p%40ss@host:6379";
    expect(redactPassword("auth p%40ss and p@ss failed", url)).toBe("auth *** and *** failed");
    expect(redactPassword("nothing to hide", "redis://host")).toBe("nothing to hide");
  });
});
