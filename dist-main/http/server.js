/**
 * The one HTTP server: web chat, health check, channel webhooks and the admin page share it.
 * Routes get the raw body (webhook signatures cover it); the body size is limited before
 * anything is read; security headers go on every answer; a route that throws gets a 500 and a
 * log line in one place, never a crash.
 *
 * Hono serves the admin page, unknown paths and wrong methods. The routes themselves (webhooks,
 * probes, the web chat) are answered straight from Node's request: Hono's Node adapter builds a
 * web Request, a body stream and a Response around every request, which cost a webhook more CPU
 * than the HMAC and the JSON together. Both ways answer alike (test/http/server.test.ts).
 */
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorText } from "../core/error-text.js";
/** Largest request body accepted (LINE batches events; nothing legitimate comes near this). */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Security headers on every answer (those of Hono's `secureHeaders` defaults that suit an API
 * and pages alike). Pages set their own stricter policies (the web chat's CSP, the admin page's
 * referrer policy, which its same-origin form checks rely on); these are the defaults under
 * them, and win over a route's header of the same name.
 */
const SECURITY_HEADERS = [
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Origin-Agent-Cluster", "?1"],
    ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-DNS-Prefetch-Control", "off"],
    ["X-Download-Options", "noopen"],
    ["X-Frame-Options", "SAMEORIGIN"],
    ["X-Permitted-Cross-Domain-Policies", "none"],
    ["X-XSS-Protection", "0"],
];
/** The same as one flat name, value list, for `writeHead`. */
const SECURITY_HEADER_LIST = SECURITY_HEADERS.flat();
const SECURITY_HEADER_NAMES = new Set(SECURITY_HEADERS.map(([name]) => name.toLowerCase()));
const TOO_LARGE = JSON.stringify({ error: "request body too large" });
const INTERNAL_ERROR = JSON.stringify({ error: "internal error" });
const JSON_TYPE = "application/json; charset=utf-8";
/** The Hono app: tests call `app.request()`; {@link createHttpServer} serves it. */
export function createHttpApp(options) {
    const { routes, logger } = options;
    const app = new Hono();
    app.use(async (c, next) => {
        await next();
        for (const [name, value] of SECURITY_HEADERS)
            c.res.headers.set(name, value);
        c.res.headers.delete("X-Powered-By");
    }, bodyLimit({
        maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
        onError: (c) => c.json({ error: "request body too large" }, 413),
    }));
    for (const mount of options.mounts ?? [])
        app.route(mount.prefix, mount.app);
    const byPath = new Map();
    for (const route of routes)
        byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
    for (const [path, candidates] of byPath) {
        for (const route of candidates) {
            app.on(route.method, path, async (c) => {
                const url = new URL(c.req.url);
                let rawBody;
                try {
                    rawBody = Buffer.from(await c.req.arrayBuffer());
                }
                catch (error) {
                    // A client that gives up mid-upload is not our error; nobody reads the answer anyway.
                    if (!clientWentAway(c.env))
                        throw error;
                    logger.debug("request body not received: the client went away", { path });
                    return c.body(null, 400);
                }
                const request = {
                    method: c.req.method,
                    path: url.pathname,
                    query: url.searchParams,
                    headers: Object.fromEntries(c.req.raw.headers),
                    rawBody,
                    ...remoteAddressOf(c.env?.incoming?.socket?.remoteAddress, c.req.header("x-forwarded-for"), options.trustProxy ?? 0),
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
export function createHttpServer(options) {
    const { logger } = options;
    const listener = getRequestListener(createHttpApp(options).fetch);
    const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const trustProxy = options.trustProxy ?? 0;
    // Routes answered without Hono: by method and exact path, unless a mount owns the path.
    const mounted = (options.mounts ?? []).map((mount) => mount.prefix.replace(/\/+$/, ""));
    const direct = new Map();
    for (const route of options.routes) {
        const underMount = mounted.some((prefix) => route.path === prefix || route.path.startsWith(`${prefix}/`));
        const key = `${route.method} ${route.path}`;
        if (!underMount && !direct.has(key))
            direct.set(key, route);
    }
    const serve = async (route, req, res, path, query) => {
        const body = await readBody(req, maxBody);
        if (body === "too large") {
            answer(res, 413, undefined, TOO_LARGE, JSON_TYPE);
            return;
        }
        if (body === "gone") {
            // A client that gives up mid-upload is not our error; nobody reads the answer anyway.
            logger.debug("request body not received: the client went away", { path: route.path });
            answer(res, 400, undefined, undefined);
            return;
        }
        let parsedQuery;
        const request = {
            method: route.method,
            path,
            // Most routes (the webhooks) never read it.
            get query() {
                parsedQuery ??= new URLSearchParams(query);
                return parsedQuery;
            },
            headers: req.headers,
            rawBody: body,
            ...remoteAddressOf(req.socket.remoteAddress, forwardedFor(req), trustProxy),
        };
        let response;
        try {
            response = await route.handle(request);
        }
        catch (error) {
            logger.error("http handler failed", { error: errorText(error) });
            answer(res, 500, undefined, INTERNAL_ERROR, JSON_TYPE);
            return;
        }
        const { type, body: payload } = encodeBody(response.body);
        answer(res, response.status, response.headers, payload, type);
    };
    return createServer((req, res) => {
        // A body announced too large is refused before anything reads it, and drained, so the
        // client reads the 413 instead of a connection closed under it.
        if (Number(req.headers["content-length"] ?? 0) > maxBody) {
            answer(res, 413, undefined, TOO_LARGE, JSON_TYPE);
            req.resume();
            return;
        }
        const url = req.url ?? "/";
        const mark = url.indexOf("?");
        const path = mark === -1 ? url : url.slice(0, mark);
        const route = direct.get(`${req.method} ${path}`);
        if (route) {
            serve(route, req, res, path, mark === -1 ? "" : url.slice(mark + 1)).catch((error) => {
                logger.error("http handler failed", { error: errorText(error) });
                if (!res.headersSent)
                    answer(res, 500, undefined, INTERNAL_ERROR, JSON_TYPE);
                else
                    res.destroy();
            });
            return;
        }
        void listener(req, res);
    });
}
/** The whole body, or why there is none: over `limit` bytes, or the client went away. */
function readBody(req, limit) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            resolve(result);
        };
        req.on("data", (chunk) => {
            size += chunk.length;
            // Past the limit the rest is read and dropped, so the client gets to read the 413.
            if (size > limit)
                finish("too large");
            else if (!settled)
                chunks.push(chunk);
        });
        req.on("end", () => finish(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
        req.on("error", () => finish("gone"));
        req.on("close", () => {
            if (!req.complete)
                finish("gone");
        });
    });
}
/**
 * Writes an answer with the security headers (which win over a route's of the same name), and
 * `defaultType` as the content type unless the route gave one. The headers go to `writeHead` as
 * one list: setting them one by one costs a webhook more than the answer's bytes.
 */
function answer(res, status, headers, body, defaultType) {
    if (res.headersSent || res.destroyed)
        return;
    const list = [];
    let hasType = false;
    for (const name in headers) {
        const lower = name.toLowerCase();
        if (lower === "content-type")
            hasType = true;
        // The length is the body's own, below.
        if (SECURITY_HEADER_NAMES.has(lower) || (body !== undefined && lower === "content-length")) {
            continue;
        }
        list.push(name, headers[name]);
    }
    if (!hasType && defaultType !== undefined)
        list.push("content-type", defaultType);
    list.push(...SECURITY_HEADER_LIST);
    if (body !== undefined) {
        const length = typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
        list.push("content-length", String(length));
    }
    res.writeHead(status, list);
    res.end(body);
}
/** A route's body as bytes, and the content type it implies (as {@link toResponse} makes it). */
function encodeBody(body) {
    // What a web Response gives a string body.
    if (typeof body === "string")
        return { type: "text/plain;charset=UTF-8", body };
    if (Buffer.isBuffer(body) || body === undefined)
        return { body };
    return { type: JSON_TYPE, body: JSON.stringify(body) };
}
function forwardedFor(req) {
    const value = req.headers["x-forwarded-for"];
    return Array.isArray(value) ? value.join(", ") : value;
}
/**
 * The client's address: the socket's peer, or with `trustProxy` proxies in front, the address
 * the outermost trusted proxy saw (entries further left can be forged by the client).
 */
function remoteAddressOf(peer, forwardedFor, trustProxy) {
    if (trustProxy === 0)
        return peer ? { remoteAddress: peer } : {};
    const hops = (forwardedFor ?? "")
        .split(",")
        .map((hop) => hop.trim())
        .filter(Boolean);
    const client = hops[hops.length - trustProxy] ?? hops[0] ?? peer;
    return client ? { remoteAddress: client } : {};
}
/** True when the Node request behind a Hono context was aborted or destroyed by the client. */
function clientWentAway(env) {
    const incoming = env?.incoming;
    return incoming !== undefined && (incoming.destroyed || incoming.readableAborted);
}
function toResponse(response) {
    const headers = new Headers(response.headers);
    let body = null;
    if (typeof response.body === "string")
        body = response.body;
    else if (Buffer.isBuffer(response.body))
        body = new Uint8Array(response.body);
    else if (response.body !== undefined) {
        body = JSON.stringify(response.body);
        if (!headers.has("content-type"))
            headers.set("content-type", "application/json; charset=utf-8");
    }
    return new Response(body, { status: response.status, headers });
}
export { errorText } from "../core/error-text.js";
//# sourceMappingURL=server.js.map