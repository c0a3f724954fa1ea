/**
 * POSTs a JSON body to a platform's API over one keep-alive connection pool (undici's): the one
 * client under the calls every answer makes (LINE's reply, push and loading animation; Telegram's
 * sendMessage and button answers). The channel's transport on top of it is the platform's part:
 * paths, credentials, and what an answer means.
 *
 * It goes through undici's dispatcher interface with a handler of its own rather than `request`
 * or `fetch`: no body stream, AbortSignal or Headers object a call, only the status, the raw
 * headers and the body's bytes. One timer limits the whole call, from waiting for a connection to
 * the body's last byte; a body larger than the bound is cut there and its connection closed.
 */
import type { Dispatcher } from "undici";
import { Pool } from "undici";
import { CallTimeout } from "./call-timeout.js";
import { closeDispatcher } from "./close-dispatcher.js";

/** Options for {@link createJsonPoster}. */
export interface JsonPosterOptions {
  /** The API's origin, `https:` (or `http:` for tests and proxies); a path in it is ignored. */
  origin: URL;
  /** Headers every call carries, as a flat list: name, value, name, value... */
  headers: readonly string[];
  /** A call not done by then is abandoned, its connection closed, with {@link CallTimeout}. */
  timeoutMs: number;
  /** Names the calls in the timeout's message (never a path: Telegram's holds the token). */
  what: string;
  /** Longest response body read; one larger is cut there and its connection closed. */
  maxResponseBytes?: number;
  /**
   * Statuses whose answer is the status itself: the body is read (within the bound) and dropped,
   * and the call resolves with an empty text when it ends, however it ends: a broken connection
   * or the timeout then only cut it short.
   */
  statusIsAnswer?: (status: number) => boolean;
}

/** What the API answered. */
export interface JsonPostResponse {
  status: number;
  statusText: string;
  /** As they came: name, value, name, value... (latin1). */
  rawHeaders: readonly Buffer[];
  /** The body as UTF-8 text, at most the bound's bytes of it. */
  text: string;
  /**
   * Why the body may be shorter than what the API sent: it passed the bound, or the connection
   * broke after the status came.
   */
  cutShort?: Error;
}

/** The client; `close()` ends its connections. */
export interface JsonPoster {
  /** POSTs `json` (already serialised) to `path`, with `headers` after the fixed ones. */
  post(path: string, json: string, headers?: readonly string[]): Promise<JsonPostResponse>;
  /**
   * Refuses new calls from now on (they reject at once, with undici's closed or destroyed
   * error), lets the calls under way finish for up to `graceMs` (default 0), then cuts what is
   * left and closes every connection. Resolves once they are closed; calling it again returns
   * the same promise.
   */
  close(graceMs?: number): Promise<void>;
}

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
/** Connections open at once; a burst beyond this waits for a free one (within the timeout). */
const MAX_CONNECTIONS = 256;

/** Creates the client. Idle connections do not keep the process alive (undici unrefs them). */
export function createJsonPoster(options: JsonPosterOptions): JsonPoster {
  const { origin } = options;
  if (origin.protocol !== "https:" && origin.protocol !== "http:") {
    throw new Error(`API URL must be http(s), not ${origin.protocol}`);
  }
  // undici closes an idle connection after a few seconds (or what the server's Keep-Alive says,
  // less a margin), before the server would: a call on a connection the server has just closed
  // could not safely be repeated.
  const pool = new Pool(origin.origin, { connections: MAX_CONNECTIONS });
  const limits: CallLimits = {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    what: options.what,
    statusIsAnswer: options.statusIsAnswer,
  };
  const fixedHeaders = [...options.headers];
  let closing: Promise<void> | undefined;
  return {
    post: (path, json, headers) =>
      new Promise((resolve, reject) => {
        const call = new PostCall(limits, resolve, reject);
        pool.dispatch(
          {
            origin: origin.origin,
            path,
            method: "POST",
            headers: headers === undefined ? fixedHeaders : [...fixedHeaders, ...headers],
            body: json,
          },
          call,
        );
      }),
    close: (graceMs = 0) => {
      closing ??= closeDispatcher(pool, graceMs);
      return closing;
    },
  };
}

interface CallLimits {
  timeoutMs: number;
  maxBytes: number;
  what: string;
  statusIsAnswer: ((status: number) => boolean) | undefined;
}

/** One call as undici's dispatcher drives it; it settles once. */
class PostCall implements Dispatcher.DispatchHandlers {
  private settled = false;
  private done = false;
  private abort: ((error?: Error) => void) | undefined;
  private readonly timer: NodeJS.Timeout;
  private status = 0;
  private statusOnly = false;
  private statusText = "";
  private rawHeaders: Buffer[] = [];
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly limits: CallLimits,
    private readonly resolve: (response: JsonPostResponse) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.timer = setTimeout(() => this.timeOut(), limits.timeoutMs);
  }

  onConnect(abort: (error?: Error) => void): void {
    // Timed out while waiting for a connection: it must not be sent late.
    if (this.done) abort(new CallTimeout("abandoned"));
    else this.abort = abort;
  }

  onHeaders(status: number, rawHeaders: Buffer[], _resume: () => void, statusText: string) {
    if (status < 200) return true; // 100 Continue and the like: the answer is still to come
    this.status = status;
    this.statusText = statusText;
    this.rawHeaders = rawHeaders;
    this.statusOnly = this.limits.statusIsAnswer?.(status) === true;
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.done) return true;
    this.size += chunk.length;
    if (!this.statusOnly) this.chunks.push(chunk);
    if (this.size > this.limits.maxBytes) {
      // Settled first: the abort comes back as an error, which then only ends the call.
      this.answer(new Error(`response body over ${this.limits.maxBytes} bytes`));
      this.finish();
      this.abort?.(new Error("response body over the bound"));
    }
    return true;
  }

  onComplete(): void {
    this.answer(undefined);
    this.finish();
  }

  onError(error: Error): void {
    // After the status, a broken connection cuts the body short; before it, the call failed.
    if (this.status !== 0) this.answer(error);
    else this.fail(error);
    this.finish();
  }

  private timeOut(): void {
    const late = new CallTimeout(
      `${this.limits.what} took longer than ${this.limits.timeoutMs} ms`,
    );
    if (this.statusOnly) this.answer(late);
    else this.fail(late);
    this.done = true;
    this.abort?.(new CallTimeout("abandoned"));
  }

  private answer(cutShort: Error | undefined): void {
    if (this.settled) return;
    this.settled = true;
    const text = this.statusOnly
      ? ""
      : Buffer.concat(this.chunks).subarray(0, this.limits.maxBytes).toString("utf8");
    this.chunks.length = 0;
    const response: JsonPostResponse = {
      status: this.status,
      statusText: this.statusText,
      rawHeaders: this.rawHeaders,
      text,
    };
    if (cutShort) response.cutShort = cutShort;
    this.resolve(response);
  }

  private fail(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  private finish(): void {
    this.done = true;
    clearTimeout(this.timer);
  }
}
