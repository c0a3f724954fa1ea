/**
 * The adapters' shared JSON POST client against a local HTTP server standing in for a platform's
 * API: what it sends, what it hands back, and the failures a network has: an API that hangs, a
 * body too large, a reset connection, nobody listening. The platforms' readings of its answers
 * are tested with each transport (test/line, test/telegram).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CallTimeout } from "../../src/adapters/shared/call-timeout.js";
import {
  createJsonPoster,
  type JsonPoster,
  type JsonPosterOptions,
} from "../../src/adapters/shared/json-post.js";

/** A request as the stand-in received it. */
interface Seen {
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Which connection it came on. */
  connection: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let origin: URL;
let handler: Handler;
const seen: Seen[] = [];
const sockets = new Map<Socket, number>();
const closedConnections: number[] = [];
const clients: JsonPoster[] = [];

const answer =
  (status: number, body: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body);
  };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        connection: sockets.get(req.socket) ?? -1,
      });
      handler(req, res);
    });
  });
  server.on("connection", (socket: Socket) => {
    const id = sockets.size;
    sockets.set(socket, id);
    socket.on("close", () => closedConnections.push(id));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  server.closeAllConnections();
  seen.length = 0;
  handler = answer(200, "{}");
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function poster(options: Partial<JsonPosterOptions> = {}): JsonPoster {
  const client = createJsonPoster({
    origin,
    headers: ["content-type", "application/json", "authorization", "Bearer t"],
    timeoutMs: 5000,
    what: "test call",
    ...options,
  });
  clients.push(client);
  return client;
}

/** The error a call rejects with (failing the test when it resolves). */
async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.unreachable("the call should have failed"),
    (error: unknown) => error,
  );
}

/** Resolves once the stand-in has seen the connection of its first request closed. */
async function firstConnectionClosed(): Promise<void> {
  const connection = seen[0]?.connection ?? -2;
  await expect.poll(() => closedConnections.includes(connection)).toBe(true);
}

describe("a call", () => {
  it("posts the JSON with the fixed headers and its own, and hands back status, headers and text", async () => {
    handler = answer(403, '{"ok":false,"error_code":403}', { "retry-after": "3" });
    const json = JSON.stringify({ text: "今日は少し外に出られました" });
    const response = await poster().post("/v1/send", json, ["x-retry-key", "k-1"]);
    expect(seen[0]).toMatchObject({ url: "/v1/send", body: json });
    expect(seen[0]?.headers).toMatchObject({
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(json)),
      authorization: "Bearer t",
      "x-retry-key": "k-1",
    });
    expect(response).toMatchObject({ status: 403, text: '{"ok":false,"error_code":403}' });
    expect(response.cutShort).toBeUndefined();
    const headers = response.rawHeaders.map((part) => part.toString("latin1"));
    expect(headers[headers.indexOf("retry-after") + 1]).toBe("3");
  });

  it("refuses an origin that is not http(s)", () => {
    expect(() => poster({ origin: new URL("ftp://127.0.0.1/") })).toThrow(/http\(s\)/);
  });
});

describe("the time limit", () => {
  it("gives up on an API that does not answer, and closes the connection", async () => {
    handler = () => {};
    const error = await failure(poster({ timeoutMs: 300 }).post("/", "{}"));
    expect(error).toBeInstanceOf(CallTimeout);
    expect((error as Error).message).toBe("test call took longer than 300 ms");
    await firstConnectionClosed();
  });

  it("gives up on an answer whose body never ends", async () => {
    handler = (_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.write('{"message":');
    };
    const error = await failure(poster({ timeoutMs: 300 }).post("/", "{}"));
    expect(error).toBeInstanceOf(CallTimeout);
    await firstConnectionClosed();
  });

  it("does not take back a status that is the answer when its body never ends", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"sentMessages":');
    };
    const response = await poster({ timeoutMs: 300, statusIsAnswer: (s) => s === 200 }).post(
      "/",
      "{}",
    );
    expect(response).toMatchObject({ status: 200, text: "" });
    expect(response.cutShort).toBeInstanceOf(CallTimeout);
    await firstConnectionClosed();
  });
});

describe("the size bound", () => {
  const huge = Buffer.alloc(8 * 1024 * 1024, "x");

  it("reads no more than its limit of a huge body, and closes the connection", async () => {
    handler = (_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(huge);
    };
    const response = await poster({ maxResponseBytes: 4096 }).post("/", "{}");
    expect(response.status).toBe(500);
    expect(response.text).toBe("x".repeat(4096));
    expect(response.cutShort?.message).toBe("response body over 4096 bytes");
    await firstConnectionClosed();
  });

  it("reads a body of exactly its limit whole, and keeps the connection", async () => {
    handler = answer(200, "y".repeat(4096));
    const client = poster({ maxResponseBytes: 4096 });
    const response = await client.post("/", "{}");
    expect(response).toMatchObject({ status: 200, text: "y".repeat(4096) });
    expect(response.cutShort).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    await client.post("/", "{}");
    expect(seen[1]?.connection).toBe(seen[0]?.connection);
  });

  it("drops the body of a status that is the answer without reading it all", async () => {
    handler = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(Buffer.alloc(8 * 1024 * 1024, " "));
    };
    const response = await poster({ maxResponseBytes: 4096, statusIsAnswer: () => true }).post(
      "/",
      "{}",
    );
    expect(response).toMatchObject({ status: 200, text: "" });
    await firstConnectionClosed();
  });
});

describe("a network that fails", () => {
  it("rejects a connection reset before the status with the socket's error", async () => {
    handler = (req) => req.socket.destroy();
    const error = await failure(poster().post("/", "{}"));
    expect((error as { code?: unknown }).code).toBe("UND_ERR_SOCKET");
  });

  it("hands back what came of a body when the connection breaks after the status", async () => {
    handler = (req, res) => {
      res.writeHead(500, { "content-type": "application/json", "content-length": "100" });
      res.write('{"message":', () => req.socket.destroy());
    };
    const response = await poster().post("/", "{}");
    expect(response).toMatchObject({ status: 500, text: '{"message":' });
    expect((response.cutShort as { code?: unknown } | undefined)?.code).toBe("UND_ERR_SOCKET");
  });

  it("says when nobody listens (a connection never made)", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(
      poster({ origin: new URL(`http://127.0.0.1:${port}`) }).post("/", "{}"),
    );
    expect((error as { code?: unknown }).code).toBe("ECONNREFUSED");
  });
});

describe("closing", () => {
  it("closes the idle kept-alive connection and refuses a call after it at once", async () => {
    const client = poster();
    await client.post("/", "{}");
    await client.close();
    await firstConnectionClosed();
    const error = await failure(client.post("/", "{}"));
    expect((error as { code?: unknown }).code).toMatch(/^UND_ERR_(CLOSED|DESTROYED)$/);
    expect(seen).toHaveLength(1);
  });

  it("lets a call under way finish within the grace, then closes its connection", async () => {
    let release = () => {};
    handler = (_req, res) => {
      release = () => answer(200, '{"ok":true}')(_req, res);
    };
    const client = poster();
    const call = client.post("/", "{}");
    await expect.poll(() => seen.length).toBe(1);
    const closed = client.close(60_000);
    release();
    expect((await call).text).toBe('{"ok":true}');
    await closed;
    await firstConnectionClosed();
  });

  it("cuts a call still under way when the grace is over", async () => {
    handler = () => {};
    const client = poster();
    const call = failure(client.post("/", "{}"));
    await expect.poll(() => seen.length).toBe(1);
    await client.close(50);
    expect(((await call) as { code?: unknown }).code).toBe("UND_ERR_DESTROYED");
    await firstConnectionClosed();
  });
});
