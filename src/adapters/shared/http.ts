import type { IncomingMessage } from "node:http";

/** A request as routes see it: the raw body is kept because webhook signatures cover it. */
export interface HttpRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  rawBody: Buffer;
  /** The client's address (behind TRUST_PROXY proxies, from X-Forwarded-For); for limits. */
  remoteAddress?: string;
}

/** What a route answers. `body` objects are sent as JSON. */
export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
}

/** One HTTP route a channel (or the server itself) mounts. */
export interface HttpRoute {
  method: "GET" | "POST";
  path: string;
  handle(request: HttpRequest): Promise<HttpResponse>;
}
