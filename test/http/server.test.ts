/** The HTTP layer through Hono's `app.request()`: limits, headers and errors in one place. */
import { describe, expect, it } from "vitest";
import { createHttpApp, createHttpServer } from "../../src/http/server.js";
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

/**
 * The same over a real socket: routes are answered without Hono there, everything else through
 * it, and both must keep the rules above.
 */
describe("the HTTP server on a socket", () => {
  async function serve() {
    const logger = createRecordingLogger();
    const server = createHttpServer({
      logger,
      maxBodyBytes: 1000,
      trustProxy: 1,
      routes: [
        {
          method: "POST",
          path: "/echo",
          handle: async (request) => ({
            status: 200,
            body: {
              bytes: request.rawBody.length,
              signature: request.headers["x-signature"],
              query: request.query.get("q"),
              from: request.remoteAddress,
            },
          }),
        },
        {
          method: "GET",
          path: "/page",
          handle: async () => ({
            status: 200,
            headers: {
              "Content-Security-Policy": "default-src 'self'",
              "X-Frame-Options": "ALLOW",
            },
            body: "<p>hi</p>",
          }),
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
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return {
      base,
      logger,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  it("hands routes the raw body, headers, query and address, and answers with security headers", async () => {
    const { base, close } = await serve();
    try {
      const response = await fetch(`${base}/echo?q=1`, {
        method: "POST",
        body: "hello",
        headers: { "x-signature": "abc", "x-forwarded-for": "203.0.113.9" },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await response.json()).toEqual({
        bytes: 5,
        signature: "abc",
        query: "1",
        from: "203.0.113.9",
      });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      const page = await fetch(`${base}/page`);
      expect(await page.text()).toBe("<p>hi</p>");
      expect(page.headers.get("content-security-policy")).toBe("default-src 'self'");
      // The default wins over a route's weaker value, as on the Hono side.
      expect(page.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(page.headers.get("content-type")).toBe("text/plain;charset=UTF-8");
    } finally {
      await close();
    }
  });

  it("refuses a body over the limit (announced or streamed), unknown paths and wrong methods", async () => {
    const { base, close } = await serve();
    try {
      const announced = await fetch(`${base}/echo`, { method: "POST", body: "x".repeat(2000) });
      expect(announced.status).toBe(413);
      expect(announced.headers.get("x-content-type-options")).toBe("nosniff");
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 4; i += 1)
            controller.enqueue(new TextEncoder().encode("y".repeat(400)));
          controller.close();
        },
      });
      const streamed = await fetch(`${base}/echo`, {
        method: "POST",
        body: chunks,
        duplex: "half",
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(await streamed.json()).toEqual({ error: "request body too large" });
      const missing = await fetch(`${base}/nowhere`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
      const wrong = await fetch(`${base}/echo`);
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get("allow")).toBe("POST");
    } finally {
      await close();
    }
  });

  it("answers 500 without details when a route throws, and logs it once", async () => {
    const { base, logger, close } = await serve();
    try {
      const response = await fetch(`${base}/boom`);
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain("secret detail");
      expect(
        logger.entries.filter((entry) => entry.message === "http handler failed"),
      ).toHaveLength(1);
    } finally {
      await close();
    }
  });
});
