/**
 * The staff desk: turns what happens in conversations into cases, and what workers do into
 * things the person hears. A crisis opens a case (or counts on the open one: grouped, not posted
 * again); a request to talk opens or updates it with what the person agreed to show; what they
 * write during the handoff is passed on. A worker claims the case (one claim wins, across
 * processes), writes through the bot, and closes it with a note; nobody claiming it within
 * `claimMinutes` is said plainly to the person. Workers are known by a pseudonymous handle, the
 * person by their conversation's pseudonym: neither side ever sees the other's account.
 */
import { createHmac } from "node:crypto";
import { errorText } from "../core/error-text.js";
import { createKeyedQueue } from "../store/keyed-queue.js";
import { applyStaffEvent } from "./case-changes.js";
import { createCaseDeliveries } from "./case-delivery.js";
import { MAX_APPLIED, MAX_RELAYED } from "./case-record.js";
/** How often the desk looks for requests nobody took and updates left to show. */
const TICK_MS = 30_000;
/** Longest closing note kept. */
const MAX_NOTE = 500;
/** Creates the desk. */
export function createStaffDesk(options) {
    const { store, dispatcher, box, recent, notifier, logger } = options;
    const clock = options.clock ?? (() => new Date());
    const now = () => clock().getTime();
    const deliveries = createCaseDeliveries({
        store,
        channels: options.channels,
        box,
        logger,
        now,
    });
    const drains = createKeyedQueue();
    const inFlight = new Set();
    let timer;
    const track = (promise) => {
        inFlight.add(promise);
        void promise.finally(() => inFlight.delete(promise)).catch(() => { });
        return promise;
    };
    const handleOf = (worker) => `W-${createHmac("sha256", options.secret)
        .update(`staff\u0000${worker.channel}\u0000${worker.id}`)
        .digest("hex")
        .slice(0, 6)
        .toUpperCase()}`;
    const fresh = (event) => (number) => ({
        v: 1,
        number,
        conversation: event.conversation,
        status: "open",
        announced: false,
        crisis: false,
        ...(event.referral ? { campaign: event.referral } : {}),
        channel: event.channel,
        locale: event.locale,
        region: event.region,
        categories: [],
        rules: [],
        alerts: 0,
        openedAt: event.at,
        updatedAt: event.at,
        relayed: [],
        applied: [],
        refs: {},
        outbox: [],
    });
    /** What the person agreed to show with a request, read before the case's lock is taken. */
    const sharedWith = async (event) => {
        if (event.type !== "handoff-request")
            return undefined;
        if (event.share === "path" && event.path?.length) {
            return { path: event.path.map((flow) => options.flowTitle(flow)) };
        }
        if (event.share === "messages" && recent) {
            const messages = await recent.take(event.conversation, now());
            return messages.length > 0 ? { messages } : undefined;
        }
        return undefined;
    };
    /** Applies one staff event to its case; resolves once it is in the case (or never will be). */
    const applyOne = async ({ id, event }) => {
        const opens = event.type === "crisis" || event.type === "handoff-request";
        const shared = await sharedWith(event);
        for (let attempt = 0; attempt < 3; attempt += 1) {
            const number = opens
                ? (await store.openFor(event.conversation, fresh(event))).number
                : await store.findOpen(event.conversation);
            if (number === undefined) {
                logger.info("staff: nothing to update (no open case)", {
                    conversation: event.conversation,
                    event: event.type,
                });
                return;
            }
            const result = await store.update(number, (record) => {
                if (record.applied.includes(id))
                    return { result: "seen" };
                if (record.status === "closed")
                    return { result: "closed" };
                const shown = applyStaffEvent(record, event, (text) => box.seal(text));
                record.applied = [...record.applied, id].slice(-MAX_APPLIED);
                record.updatedAt = event.at;
                if (shown) {
                    record.announced = true;
                    deliveries.enqueue(record, shown, shared ? { shared } : {});
                }
                return { record, result: "applied" };
            });
            if (result === "closed") {
                // Closed since it was found: a crisis or a request opens a new case; the rest is moot.
                await store.forgetOpen(event.conversation, number);
                if (opens)
                    continue;
                return;
            }
            if (result === "applied") {
                deliveries.soon(number);
                if (event.type === "crisis" || event.type === "handoff-request") {
                    await notifier.notify(event);
                    logger.info("staff: case updated", { case: number, event: event.type });
                }
            }
            return;
        }
    };
    const take = async (events) => {
        const taken = [];
        for (const kept of events) {
            try {
                await applyOne(kept);
                taken.push(kept.id);
            }
            catch (error) {
                // Stop here: the rest waits in the record, in order, for the next look.
                logger.error("staff: a staff event could not be kept in its case; it stays pending", {
                    conversation: kept.event.conversation,
                    error: errorText(error),
                });
                break;
            }
        }
        return taken;
    };
    const arrived = (conversation) => {
        void track(drains
            .run(conversation, () => dispatcher.takeStaff(conversation, take))
            .catch((error) => {
            logger.error("staff: taking staff events failed; they stay pending", {
                conversation,
                error: errorText(error),
            });
        }));
    };
    /** Tells the person a worker took their request; the case shows what became of it. */
    const connect = async (number, conversation, worker) => {
        const acted = await dispatcher.act(conversation, { type: "claimed" }, { key: `staff-claim:${number}:${worker}` });
        const line = acted.status === "done"
            ? acted.stage === "live"
                ? { type: "connected" }
                : acted.stage === "offered"
                    ? { type: "asked-first" }
                    : undefined
            : acted.status === "duplicate"
                ? undefined
                : { type: "ended", reason: "left" };
        if (!line)
            return;
        await store.update(number, (record) => {
            if (record.handoff && acted.status === "done" && acted.stage) {
                record.handoff.stage = acted.stage;
            }
            else if (record.handoff && line.type === "ended")
                record.handoff.stage = "ended";
            record.updatedAt = clock().toISOString();
            deliveries.enqueue(record, line);
            return { record, result: true };
        });
        deliveries.soon(number);
    };
    const claim = async (number, workerRef) => {
        const worker = handleOf(workerRef);
        const at = clock().toISOString();
        const outcome = await store.update(number, (record) => {
            if (record.status === "closed")
                return { result: { status: "closed" } };
            if (record.status === "claimed" && record.worker) {
                return record.worker === worker
                    ? { result: { status: "claimed", worker } }
                    : { result: { status: "taken", worker: record.worker } };
            }
            record.status = "claimed";
            record.worker = worker;
            record.claimedAt = at;
            record.updatedAt = at;
            deliveries.enqueue(record, { type: "claimed", worker });
            return {
                record,
                result: {
                    status: "claimed",
                    worker,
                    ...(record.handoff?.stage === "waiting" ? { waiting: record.conversation } : {}),
                    of: record.channel,
                },
            };
        });
        if (!outcome)
            return { status: "unknown" };
        if (outcome.status !== "claimed")
            return outcome;
        logger.info("staff: case claimed", { case: number, worker });
        if (outcome.of)
            options.onClaimed?.(outcome.of);
        deliveries.soon(number);
        if (outcome.waiting)
            await connect(number, outcome.waiting, worker);
        return { status: "claimed", worker };
    };
    const close = async (number, workerRef, note) => {
        const worker = handleOf(workerRef);
        const at = clock().toISOString();
        const kept = note.trim().slice(0, MAX_NOTE);
        const outcome = await store.update(number, (record) => {
            if (record.status === "closed")
                return { result: { status: "already-closed" } };
            const stage = record.handoff?.stage;
            record.status = "closed";
            record.closedAt = at;
            record.updatedAt = at;
            record.worker ??= worker;
            if (kept)
                record.closeNote = box.seal(kept);
            // What was passed on is kept only while the case is open.
            record.relayed = [];
            deliveries.enqueue(record, { type: "closed", worker, ...(kept ? { note: kept } : {}) });
            return {
                record,
                result: {
                    status: "closed",
                    of: record.conversation,
                    tell: stage === "waiting" || stage === "offered" || stage === "live",
                },
            };
        });
        if (!outcome)
            return { status: "unknown" };
        if (outcome.status !== "closed")
            return outcome;
        logger.info("staff: case closed", { case: number, worker });
        deliveries.soon(number);
        if (outcome.of) {
            await store.forgetOpen(outcome.of, number);
            if (outcome.tell) {
                await dispatcher.act(outcome.of, { type: "closed" }, { key: `staff-close:${number}` });
            }
        }
        return { status: "closed" };
    };
    const reply = async (number, workerRef, text, key) => {
        const worker = handleOf(workerRef);
        const record = await store.read(number);
        if (!record)
            return { status: "unknown" };
        if (record.status === "closed")
            return { status: "closed" };
        if (record.status !== "claimed")
            return { status: "not-claimed" };
        if (record.worker !== worker)
            return { status: "not-yours" };
        if (record.handoff?.stage !== "live")
            return { status: "not-live" };
        const acted = await dispatcher.act(record.conversation, { type: "message", text }, { key: `staff-reply:${key}` });
        if (acted.status === "duplicate")
            return { status: "relayed" };
        if (acted.status !== "done" || !acted.said)
            return { status: "not-live" };
        await store.update(number, (current) => {
            current.relayed = [
                ...current.relayed,
                { at: clock().toISOString(), from: "staff", sealed: box.seal(text) },
            ].slice(-MAX_RELAYED);
            deliveries.enqueue(current, { type: "message", from: "staff", text, worker }, { origin: workerRef.channel });
            return { record: current, result: true };
        });
        deliveries.soon(number);
        return { status: "relayed" };
    };
    /** Requests that waited `claimMinutes` within staff hours: the person hears it plainly. */
    const unclaimed = async (number) => {
        const minutes = options.claimMinutes;
        const due = await store.update(number, (record) => {
            const handoff = record.handoff;
            const waited = handoff ? now() - Date.parse(handoff.requestedAt) : 0;
            if (record.status !== "open" ||
                !handoff ||
                handoff.stage !== "waiting" ||
                handoff.outsideHours ||
                handoff.unclaimedAt ||
                waited < minutes * 60_000) {
                return { result: undefined };
            }
            handoff.unclaimedAt = clock().toISOString();
            deliveries.enqueue(record, { type: "unclaimed", minutes });
            return { record, result: record.conversation };
        });
        if (!due)
            return;
        logger.info("staff: request not claimed in time; the person is told", { case: number });
        deliveries.soon(number);
        await dispatcher.act(due, { type: "unclaimed" }, { key: `staff-unclaimed:${number}` });
    };
    const tick = async () => {
        for (const number of await store.active()) {
            try {
                if (!(await store.read(number))) {
                    // Past its retention (or unreadable): nothing left to look at.
                    await store.retire(number);
                    continue;
                }
                await unclaimed(number);
                deliveries.soon(number);
            }
            catch (error) {
                logger.warn("staff: looking at a case failed", { case: number, error: errorText(error) });
            }
        }
    };
    const onHandled = async (conversation, event, outcome) => {
        if (!recent)
            return;
        try {
            if (!outcome.state || outcome.state.lifecycle === "unreachable") {
                await recent.forget(conversation);
                return;
            }
            // Words passed on during a handoff are the staff's already; they are not kept again.
            if (event.payload.type !== "text" || outcome.staff.some((e) => e.type === "relay"))
                return;
            await recent.remember(conversation, event.payload.text, now());
        }
        catch (error) {
            logger.warn("staff: last messages not kept", { conversation, error: errorText(error) });
        }
    };
    const desk = {
        arrived,
        onHandled,
        caseForThread: (channel, thread) => store.thread(channel, thread),
        claim,
        close,
        reply,
        handleOf,
        tick,
        async start() {
            for (const channel of options.channels)
                await channel.start(desk);
            await tick();
            timer = setInterval(() => void track(tick()), TICK_MS);
            timer.unref();
        },
        async stop() {
            clearInterval(timer);
            for (const channel of options.channels) {
                await channel.stop().catch((error) => {
                    logger.warn("staff channel failed to stop", {
                        channel: channel.name,
                        error: errorText(error),
                    });
                });
            }
            await Promise.allSettled([...inFlight]);
            await deliveries.idle();
            deliveries.stop();
            for (const channel of options.channels) {
                await channel.close().catch((error) => {
                    logger.warn("staff channel failed to close", {
                        channel: channel.name,
                        error: errorText(error),
                    });
                });
            }
        },
        async idle() {
            while (inFlight.size > 0)
                await Promise.allSettled([...inFlight]);
            await deliveries.idle();
        },
    };
    return desk;
}
//# sourceMappingURL=desk.js.map