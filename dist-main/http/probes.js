/**
 * The routes an orchestrator and a monitoring system read: `/healthz` (the process is alive and
 * serving), `/readyz` (it can take events: the store answers, the channels started, and it is
 * not draining; 503 otherwise, so a load balancer sends traffic elsewhere), and `/metrics`
 * (Prometheus text), optionally behind a bearer token.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { errorText } from "../core/error-text.js";
/** Creates `/healthz`, `/readyz` and (with `metrics`) `/metrics`. */
export function createProbeRoutes(options) {
    const { logger } = options;
    let lastFailure = 0;
    const routes = [
        {
            method: "GET",
            path: "/healthz",
            // Alive only: a store outage must not make an orchestrator restart every process.
            handle: async () => ({ status: 200, body: { status: "ok", store: options.storeKind } }),
        },
        {
            method: "GET",
            path: "/readyz",
            async handle() {
                const reason = options.notReadyBecause();
                const store = options.storeKind;
                if (reason)
                    return { status: 503, body: { status: "not ready", reason, store } };
                try {
                    await options.pingStore();
                    return { status: 200, body: { status: "ready", store } };
                }
                catch (error) {
                    // A probe runs every few seconds: one line a minute says enough.
                    if (Date.now() - lastFailure > 60_000) {
                        lastFailure = Date.now();
                        logger.warn("readiness: the store does not answer", { error: errorText(error) });
                    }
                    return { status: 503, body: { status: "not ready", reason: "store unavailable", store } };
                }
            },
        },
    ];
    const { metrics, metricsToken } = options;
    if (metrics) {
        const expected = metricsToken ? digest(`Bearer ${metricsToken}`) : undefined;
        routes.push({
            method: "GET",
            path: "/metrics",
            async handle(request) {
                const given = request.headers.authorization;
                if (expected && (typeof given !== "string" || !timingSafeEqual(digest(given), expected))) {
                    return {
                        status: 401,
                        headers: { "www-authenticate": "Bearer" },
                        body: { error: "unauthorized" },
                    };
                }
                const { body, contentType } = await metrics();
                return {
                    status: 200,
                    headers: { "content-type": contentType, "cache-control": "no-store" },
                    body,
                };
            },
        });
    }
    return routes;
}
function digest(value) {
    return createHash("sha256").update(value, "utf8").digest();
}
//# sourceMappingURL=probes.js.map