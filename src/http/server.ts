/**
 * The one HTTP server, on Hono: web chat, health check, channel webhooks and the admin page
 * share it. Routes get the raw body (webhook signatures cover it); the body size is limited
 * before anything is read; security headers go on every answer; a route that throws gets a 500
 * and a log line in one place, never a crash.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { HttpRequest, HttpResponse, HttpRoute } from "../adapters/shared/http.js";
import { errorText } from "../core/error-text.js";
import type { Logger } from "../core/ports.js";

/** Largest request body accepted (LINE batches events; nothing legitimate comes near this). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Options for {@link createHttpApp}. */
export interface HttpAppOptions {
  routes: HttpRoute[];
  logger: Logger;
  /** Hono apps that answer a whole path prefix themselves (the admin page at `/admin`). */
  mounts?: { prefix: string; app: Hono }[];
  maxBodyBytes?: number;
  /**
   * Proxies in front of this server (TRUST_PROXY): the client's address is then the entry that
   * many places from the end of X-Forwarded-For. 0: the connection's own address.
   */
  trustProxy?: number;
}

/** The Hono app: tests call `app.request()`; {@link createHttpServer} serves it. */
export function createHttpApp(options: HttpAppOptions): Hono {
  const { routes, logger } = options;
  const app = new Hono();
  app.use(
    // Pages set their own stricter policies (the web chat's CSP, the admin page's referrer
    // policy, which its same-origin form checks rely on); these are the defaults under them.
    secureHeaders({ referrerPolicy: false, crossOriginResourcePolicy: false }),
    bodyLimit({
      maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: (c) => c.json({ error: "request body too large" }, 413),
    }),
  );
  for (const mount of options.mounts ?? []) app.route(mount.prefix, mount.app);
  const byPath = new Map<string, HttpRoute[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  for (const [path, candidates] of byPath) {
    for (const route of candidates) {
      app.on(route.method, path, async (c) => {
        const url = new URL(c.req.url);
        let rawBody: Buffer;
        try {
          rawBody = Buffer.from(await c.req.arrayBuffer());
        } catch (error) {
          // A client that gives up mid-upload is not our error; nobody reads the answer anyway.
          if (!clientWentAway(c.env)) throw error;
          logger.debug("request body not received: the client went away", { path });
          return c.body(null, 400);
        }
        const request: HttpRequest = {
          method: c.req.method,
          path: url.pathname,
          query: url.searchParams,
          headers: Object.fromEntries(c.req.raw.headers),
          rawBody,
          ...remoteAddressOf(c.env, c.req.header("x-forwarded-for"), options.trustProxy ?? 0),
        };
        return toResponse(await route.handle(request));
      });
    }
    const allowed = candidates.map((route) => route.method).join(", ");
    app.all(path, (c) => c.json({ error: "method not allowed" }, 405, { allow: allowed }));
  }
  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    logger.error("http handler failed", { error: errorText(error) });
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

/** Creates (but does not start) a Node HTTP server for the app. */
export function createHttpServer(options: HttpAppOptions): Server {
  const listener = getRequestListener(createHttpApp(options).fetch);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  return createServer((req, res) => {
    // A body announced too large is refused before Hono sees it, and drained, so the client
    // reads the 413 instead of a connection closed under it.
    if (Number(req.headers["content-length"] ?? 0) > maxBody) {
      res.writeHead(413, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ error: "request body too large" }));
      req.resume();
      return;
    }
    void listener(req, res);
  });
}

/**
 * The client's address: the socket's peer, or with `trustProxy` proxies in front, the address
 * the outermost trusted proxy saw (entries further left can be forged by the client).
 */
function remoteAddressOf(
  env: unknown,
  forwardedFor: string | undefined,
  trustProxy: number,
): { remoteAddress?: string } {
  const peer = (env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress;
  if (trustProxy === 0) return peer ? { remoteAddress: peer } : {};
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const client = hops[hops.length - trustProxy] ?? hops[0] ?? peer;
  return client ? { remoteAddress: client } : {};
}

/** True when the Node request behind a Hono context was aborted or destroyed by the client. */
function clientWentAway(env: unknown): boolean {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming !== undefined && (incoming.destroyed || incoming.readableAborted);
}

function toResponse(response: HttpResponse): Response {
  const headers = new Headers(response.headers);
  let body: string | Uint8Array | null = null;
  if (typeof response.body === "string") body = response.body;
  else if (Buffer.isBuffer(response.body)) body = new Uint8Array(response.body);
  else if (response.body !== undefined) {
    body = JSON.stringify(response.body);
    if (!headers.has("content-type"))
      headers.set("content-type", "application/json; charset=utf-8");
  }
  return new Response(body, { status: response.status, headers });
}

export { errorText } from "../core/error-text.js";
