import { MAX_RELAYED } from "./case-record.js";
/**
 * Applies `event` to `record` (mutated) and returns the change to show, or undefined when there
 * is nothing to show. `seal` encrypts the words of a message passed on.
 */
export function applyStaffEvent(record, event, seal) {
    const underWay = record.handoff?.stage === "waiting" ||
        record.handoff?.stage === "offered" ||
        record.handoff?.stage === "live";
    switch (event.type) {
        case "crisis": {
            const categories = event.categories ?? [];
            record.crisis = true;
            record.alerts += 1;
            record.lastAlertAt = event.at;
            record.categories = [...new Set([...record.categories, ...categories])];
            record.rules = [...new Set([...record.rules, ...(event.rules ?? [])])];
            if (!record.announced)
                return { type: "opened" };
            // During a request the worker must see it at once; otherwise the card counts it.
            return underWay
                ? { type: "flagged", categories, urgent: event.urgent === true }
                : { type: "alert" };
        }
        case "handoff-request": {
            record.handoff = {
                stage: "waiting",
                requestedAt: event.at,
                share: event.share ?? "nothing",
                outsideHours: event.outsideHours === true,
            };
            if (record.status === "claimed") {
                // Whoever took the alert may have left hours ago: the request is claimed afresh.
                record.status = "open";
                record.worker = undefined;
            }
            return { type: record.announced ? "requested" : "opened" };
        }
        case "relay": {
            if (!event.text)
                return undefined;
            record.relayed = [
                ...record.relayed,
                { at: event.at, from: "person", sealed: seal(event.text) },
            ].slice(-MAX_RELAYED);
            return { type: "message", from: "person", text: event.text };
        }
        case "handoff-ended": {
            if (!record.handoff)
                return undefined;
            record.handoff.stage = "ended";
            return { type: "ended", reason: event.reason ?? "ended" };
        }
        case "handoff-answer": {
            if (!record.handoff)
                return undefined;
            record.handoff.stage = event.accepted ? "live" : "declined";
            return { type: "answered", accepted: event.accepted === true };
        }
    }
}
//# sourceMappingURL=case-changes.js.map