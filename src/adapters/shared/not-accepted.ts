import type { HttpResponse } from "./http.js";

/**
 * The webhook answer when events could not be kept (store unavailable, shutting down, too much
 * waiting): 503 with Retry-After, so the platform delivers them again.
 */
export function notAccepted(reason: string, retryAfterSeconds = 5): HttpResponse {
  return {
    status: 503,
    headers: { "retry-after": String(retryAfterSeconds) },
    body: { error: "not accepted, please retry", reason },
  };
}
