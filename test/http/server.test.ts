/** The HTTP layer through Hono's `app.request()`: limits, headers and errors in one place. */
import { describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/server.js";
import { createRecordingLogger } from "../store/store-contract.js";

function app() {
  const logger = createRecordingLogger();
  const http = createHttpApp({
    logger,
    maxBodyBytes: 1000,
    routes: [
      {
        method: "POST",
        path: "/echo",
        handle: async (request) => ({ status: 200, body: { bytes: request.rawBody.length } }),
      },
      {
        method: "GET",
        path: "/boom",
        handle: async () => {
          throw new Error("secret detail that must not reach the client");
        },
      },
    ],
  });
  return { http, logger };
}

describe("the HTTP server", () => {
  it("hands routes the raw body and answers JSON with security headers", async () => {
    const { http } = app();
    const response = await http.request("/echo", { method: "POST", body: "hello" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ bytes: 5 });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("refuses a body over the limit, unknown paths and wrong methods", async () => {
    const { http } = app();
    expect((await http.request("/echo", { method: "POST", body: "x".repeat(2000) })).status).toBe(
      413,
    );
    expect((await http.request("/nowhere")).status).toBe(404);
    const wrong = await http.request("/echo");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
  });

  it("answers 500 without details when a route throws, and logs it once", async () => {
    const { http, logger } = app();
    const response = await http.request("/boom");
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secret detail");
    expect(logger.entries.filter((entry) => entry.message === "http handler failed")).toHaveLength(
      1,
    );
  });
});
