/**
 * Prometheus metrics (prom-client), served at `/metrics`: events in and answers out per
 * channel, handling and delivery latency, risk levels (counts only, never per person), events
 * waiting, retries, undelivered answers, staff events and handoffs, check-ins, rejected
 * webhooks, and the process's own figures (memory, event loop lag). One registry per app, so tests can run
 * several apps in one process.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
// Handling is milliseconds; delivery includes the platform's answer and any retries.
const HANDLING_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const DELIVERY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
/** Creates the registry and every metric in it. */
export function createMetrics() {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: "komorebi_" });
    const registers = [registry];
    const eventsIn = new Counter({
        name: "komorebi_events_received_total",
        help: "Platform events kept in the store (duplicates not counted).",
        labelNames: ["channel"],
        registers,
    });
    const handled = new Histogram({
        name: "komorebi_event_handling_seconds",
        help: "From an event being accepted to its turn being saved.",
        labelNames: ["channel"],
        buckets: HANDLING_BUCKETS,
        registers,
    });
    const risk = new Counter({
        name: "komorebi_risk_assessments_total",
        help: "Texts assessed by the risk check, by level (counts only).",
        labelNames: ["level"],
        registers,
    });
    const staff = new Counter({
        name: "komorebi_staff_events_total",
        help: "Staff events raised by conversations (crisis, handoff request).",
        labelNames: ["type", "channel"],
        registers,
    });
    const handoffs = new Counter({
        name: "komorebi_handoffs_total",
        help: "Conversations handed to a person on the staff side.",
        labelNames: ["channel"],
        registers,
    });
    const inbox = new Gauge({
        name: "komorebi_inbox_events",
        help: "Events kept but not handled yet, in this process.",
        registers,
    });
    const repliesOut = new Counter({
        name: "komorebi_replies_sent_total",
        help: "Answers (and pushes) delivered to the platform.",
        labelNames: ["channel"],
        registers,
    });
    const delivery = new Histogram({
        name: "komorebi_delivery_seconds",
        help: "From an answer being queued to the platform accepting it.",
        labelNames: ["channel"],
        buckets: DELIVERY_BUCKETS,
        registers,
    });
    const retries = new Counter({
        name: "komorebi_send_retries_total",
        help: "Sends that failed and will be tried again.",
        labelNames: ["channel"],
        registers,
    });
    const undelivered = new Counter({
        name: "komorebi_send_failures_total",
        help: "Answers not delivered: failed, given up after retries, person gone, or dropped.",
        labelNames: ["channel", "reason"],
        registers,
    });
    const checkIns = new Counter({
        name: "komorebi_check_ins_total",
        help: "Check-ins: series scheduled (the person asked), sent, waiting for LINE's push budget, cancelled (stop, no more, delete, unfollow, block), ended after two unanswered.",
        labelNames: ["event", "channel"],
        registers,
    });
    const rejected = new Counter({
        name: "komorebi_webhooks_rejected_total",
        help: "Webhook requests refused before they were read (bad signature or secret).",
        labelNames: ["channel", "reason"],
        registers,
    });
    for (const level of ["none", "concern", "crisis"])
        risk.inc({ level }, 0);
    return {
        observer: {
            received: (channel, count) => eventsIn.inc({ channel }, count),
            handled: (channel, ms, level) => {
                handled.observe({ channel }, ms / 1000);
                if (level)
                    risk.inc({ level });
            },
            staff: (type, channel) => staff.inc({ type, channel }),
            inbox: (delta) => inbox.inc(delta),
            delivered: (channel, ms) => {
                repliesOut.inc({ channel });
                delivery.observe({ channel }, ms / 1000);
            },
            retried: (channel) => retries.inc({ channel }),
            undelivered: (channel, reason) => undelivered.inc({ channel, reason }),
            checkIn: (event, channel) => checkIns.inc({ event, channel }),
        },
        webhookRejected: (channel, reason) => rejected.inc({ channel, reason }),
        handoffs,
        async render() {
            return { body: await registry.metrics(), contentType: registry.contentType };
        },
    };
}
//# sourceMappingURL=metrics.js.map