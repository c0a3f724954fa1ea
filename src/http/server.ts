/**
 * The one HTTP server: web chat, health check and channel webhooks share it. Routes get the raw
 * body (webhook signatures cover it); a route that throws gets a 500 and a log line, never a
 * crash.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { HttpRequest, HttpResponse, HttpRoute, RawHandler } from "../adapters/shared/http.js";
import type { Logger } from "../core/ports.js";

/** Largest request body accepted (LINE batches events; nothing legitimate comes near this). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Options for {@link createHttpServer}. */
export interface HttpServerOptions {
  routes: HttpRoute[];
  logger: Logger;
  /**
   * Whole path prefixes handed to a raw handler (a Hono app through @hono/node-server's
   * request listener): the admin page at `/admin`.
   */
  mounts?: { prefix: string; handler: RawHandler }[];
  maxBodyBytes?: number;
}

class BodyTooLarge extends Error {}

/** Creates (but does not start) the HTTP server. */
export function createHttpServer(options: HttpServerOptions): Server {
  const { routes, logger } = options;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  return createServer((req, res) => {
    void dispatch(req, res).catch((error: unknown) => {
      logger.error("http handler failed", { error: errorText(error) });
      if (!res.headersSent) send(res, { status: 500, body: { error: "internal error" } });
      else res.end();
    });
  });

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const mount = options.mounts?.find(
      ({ prefix }) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`),
    );
    if (mount) {
      mount.handler(req, res);
      return;
    }
    const method = req.method ?? "GET";
    const candidates = routes.filter((route) => route.path === url.pathname);
    if (candidates.length === 0) {
      send(res, { status: 404, body: { error: "not found" } });
      return;
    }
    const route = candidates.find(
      (r) => r.method === method || (method === "HEAD" && r.method === "GET"),
    );
    if (!route) {
      send(res, {
        status: 405,
        headers: { allow: candidates.map((r) => r.method).join(", ") },
        body: { error: "method not allowed" },
      });
      return;
    }
    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(res, { status: 413, body: { error: "request body too large" } });
        req.resume();
        return;
      }
      throw error;
    }
    const request: HttpRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      rawBody,
    };
    send(res, await route.handle(request), method === "HEAD");
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, response: HttpResponse, headOnly = false): void {
  const headers: Record<string, string> = { ...response.headers };
  let body: string | Buffer | undefined;
  if (response.body === undefined) body = undefined;
  else if (typeof response.body === "string" || Buffer.isBuffer(response.body))
    body = response.body;
  else {
    body = JSON.stringify(response.body);
    headers["content-type"] ??= "application/json; charset=utf-8";
  }
  headers["x-content-type-options"] = "nosniff";
  res.writeHead(response.status, headers);
  res.end(headOnly ? undefined : body);
}

/** An error's message without stack or payload, for logs. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
