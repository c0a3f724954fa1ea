/**
 * The one pipeline every channel shares. An event is kept in its conversation's inbox in the
 * store before the platform hears "200"; then, under the conversation's lock, the core handles
 * the inbox in arrival order and the new state, the events marked done and the answers (the
 * outbox) are saved in one write; delivery (delivery.ts) works from the outbox, one
 * conversation's answers in order, with retry, and marks each sent. A crash at any point leaves
 * either the event in the inbox or the answer in the outbox, and both are worked off at the next
 * start (or by another process's periodic recovery).
 *
 * Handling never waits on delivery: a crisis typed while an earlier answer is still being
 * retried is handled at once, and the older answer, if it has not gone out, is dropped rather
 * than sent after the newer one.
 */
import { randomUUID } from "node:crypto";
import { abortableSleep } from "../adapters/shared/sleep.js";
import { errorText } from "../core/error-text.js";
import { emptyRecord } from "../store/conversation-record.js";
import { createKeyedQueue } from "../store/keyed-queue.js";
import { createDelivery } from "./delivery.js";
import { ignoringObserver } from "./observer.js";
import { backoff, claimHead, DEFAULT_LIMITS, destinationSchema, hasPending, marksOf, newOutboxItem, save, saveFrom, sealedArrivalSchema, } from "./record-rules.js";
import { rememberSeen, seenEntry, wasSeen } from "./seen-ids.js";
/** Thrown by `accept` when the events cannot be kept; adapters answer 503. */
export class NotAcceptedError extends Error {
    retryAfterSeconds;
    constructor(message, retryAfterSeconds = 5) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
        this.name = "NotAcceptedError";
    }
}
/** Creates the dispatcher. */
export function createDispatcher(options) {
    const { core, records, box, logger } = options;
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const now = options.clock ?? Date.now;
    const observer = options.observer ?? ignoringObserver;
    const channels = new Map();
    const workQueue = createKeyedQueue();
    const workScheduled = new Map();
    const workRetries = new Map();
    const inFlight = new Set();
    const shutdown = new AbortController();
    let stopping = false;
    let recoverTimer;
    const context = {
        records,
        box,
        logger,
        limits,
        now,
        instance: randomUUID(),
        exclusive: options.exclusive,
        channels,
        observer,
        shutdown: shutdown.signal,
        track(promise) {
            inFlight.add(promise);
            void promise.finally(() => inFlight.delete(promise)).catch(() => { });
            return promise;
        },
    };
    // A send that finds the person gone (blocked) is told to the core as an unfollow, so the
    // conversation is marked unreachable.
    const delivery = createDelivery(context, async (target) => {
        await accept([
            {
                event: { channel: target.channel, userId: target.userId, payload: { type: "unfollow" } },
                address: target.address,
            },
        ]).catch(() => { });
    });
    /**
     * Keeps one arrival. When nothing waits before it in the inbox, it is handled at once and its
     * outcome saved in the same write that keeps it (one lock, one read, one write a turn);
     * otherwise it joins the inbox behind the others, sealed, for {@link work}.
     */
    const acceptOne = async (arrival, conversation) => {
        const { event } = arrival;
        const id = event.eventId ?? randomUUID();
        const acceptedAt = now();
        const entry = seenEntry(id);
        const result = await records.withLock(conversation, async () => {
            const before = await records.read(conversation);
            if ((before && wasSeen(before.seen, id, entry)) ||
                before?.inbox.some((item) => item.id === id)) {
                return { status: "duplicate" };
            }
            if (!before || before.inbox.length === 0) {
                // A record read is this call's own copy: changed in place, its marks noted first.
                const marks = marksOf(before);
                const record = before ?? emptyRecord();
                const effects = { staff: [], reached: [], risks: [], handled: [], checkIns: [] };
                try {
                    handleArrival(record, conversation, entry, arrival, effects);
                    record.inbox = [];
                }
                catch (error) {
                    // A turn that fails is kept for a later run instead, like any event that cannot be
                    // handled yet; the platform still hears that it is kept. The record is read again:
                    // the failed turn may have changed the copy halfway.
                    logger.error("handling failed; the event stays pending", {
                        conversation,
                        error: errorText(error),
                    });
                    return keepInInbox(await records.read(conversation), conversation, id, arrival);
                }
                claimHead(context, record);
                await saveFrom(records, conversation, marks, record);
                effects.saved = record;
                observer.handled(event.channel, now() - acceptedAt, effects.risks[0]);
                return { status: "accepted", effects };
            }
            return keepInInbox(before, conversation, id, arrival);
        });
        if (result.status === "duplicate") {
            logger.info("duplicate event ignored", { conversation, channel: event.channel });
        }
        return result;
    };
    /** Seals an arrival into the inbox behind what waits there (the caller holds the lock). */
    const keepInInbox = async (before, conversation, id, arrival) => {
        const record = before ? structuredClone(before) : emptyRecord();
        if (record.inbox.length >= limits.maxInbox) {
            throw new NotAcceptedError("this conversation has too many events waiting");
        }
        const sealed = box.seal({
            event: arrival.event,
            address: arrival.address,
            ...(arrival.reply ? { reply: arrival.reply } : {}),
            ...(arrival.silent ? { silent: true } : {}),
        });
        record.inbox.push({ id, at: now(), sealed });
        await save(records, conversation, before, record);
        observer.inbox(1);
        return { status: "accepted" };
    };
    /** What a saved turn leaves to do: tell staff, start delivery, count milestones. */
    const afterTurns = async (conversation, effects) => {
        for (const event of effects.staff)
            observer.staff(event.type, event.channel);
        for (const [kind, channel] of effects.checkIns)
            observer.checkIn(kind, channel);
        for (const [event, outcome] of effects.handled) {
            await options.onHandled?.(conversation, event, outcome);
        }
        if (options.staff)
            options.staff.arrived(conversation);
        else
            core.notifyStaff(conversation, effects.staff);
        delivery.soon(conversation, effects.saved);
        for (const [channel, outcome] of effects.reached)
            await options.onMilestones?.(channel, outcome);
    };
    const accept = (arrivals, acceptOptions = {}) => context.track(acceptAll(arrivals, acceptOptions));
    const acceptAll = async (arrivals, acceptOptions) => {
        if (stopping)
            throw new NotAcceptedError("shutting down");
        // One conversation's arrivals are kept in their order; different conversations side by side.
        const byConversation = new Map();
        arrivals.forEach((arrival, index) => {
            const key = core.pseudonym(arrival.event.channel, arrival.event.userId);
            byConversation.set(key, [...(byConversation.get(key) ?? []), index]);
        });
        const statuses = new Array(arrivals.length);
        const queued = new Set();
        const handledNow = new Map();
        try {
            await Promise.all([...byConversation].map(async ([conversation, indexes]) => {
                for (const index of indexes) {
                    const { status, effects } = await acceptOne(arrivals[index], conversation);
                    statuses[index] = status;
                    if (status === "accepted")
                        observer.received(arrivals[index]?.event.channel ?? "web", 1);
                    if (effects)
                        handledNow.set(conversation, [...(handledNow.get(conversation) ?? []), effects]);
                    else if (status === "accepted")
                        queued.add(conversation);
                }
            }));
        }
        catch (error) {
            // What was kept before the failure is worked off; the platform redelivers the rest (and
            // the kept ones again, which are then recognised as duplicates).
            for (const conversation of queued)
                void schedule(conversation);
            for (const [conversation, list] of handledNow) {
                for (const effects of list)
                    void afterTurns(conversation, effects);
            }
            if (error instanceof NotAcceptedError)
                throw error;
            logger.error("events could not be kept; answering 503", { error: errorText(error) });
            throw new NotAcceptedError("the store is unavailable");
        }
        const finished = [
            ...[...queued].map((conversation) => schedule(conversation)),
            ...[...handledNow].map(async ([conversation, list]) => {
                for (const effects of list)
                    await afterTurns(conversation, effects);
            }),
        ];
        if (acceptOptions.wait) {
            await Promise.all(finished);
            const touched = new Set([...queued, ...handledNow.keys()]);
            await Promise.all([...touched].map((conversation) => delivery.done(conversation)));
        }
        return statuses;
    };
    /** Queues one run of the inbox of `conversation` (at most one waiting run at a time). */
    const schedule = (conversation) => {
        const waiting = workScheduled.get(conversation);
        if (waiting)
            return waiting;
        let started = false;
        const run = context.track(workQueue
            .run(conversation, async () => {
            // From here on a new event needs a new run: this one may have read the inbox already.
            started = true;
            workScheduled.delete(conversation);
            await work(conversation);
            workRetries.delete(conversation);
        })
            .catch((error) => {
            logger.error("conversation work failed; it stays pending", {
                conversation,
                error: errorText(error),
            });
            retryWorkLater(conversation);
        }));
        if (!started)
            workScheduled.set(conversation, run);
        return run;
    };
    // The store failed mid-work: the inbox is intact, so the same run is tried again shortly
    // (the periodic recovery would find it too, but later).
    const retryWorkLater = (conversation) => {
        if (shutdown.signal.aborted)
            return;
        const attempt = (workRetries.get(conversation) ?? 0) + 1;
        workRetries.set(conversation, attempt);
        const delay = Math.min(limits.recoverEveryMs, backoff(attempt));
        setTimeout(() => void schedule(conversation), delay).unref();
    };
    /** Handles every event in the inbox, in order, and saves the outcome in one write. */
    const work = async (conversation) => {
        const effects = { staff: [], reached: [], risks: [], handled: [], checkIns: [] };
        const timings = [];
        const handled = await records.withLock(conversation, async () => {
            const record = await records.read(conversation);
            if (!record || record.inbox.length === 0)
                return false;
            // The read is this run's own copy: changed in place, its marks noted first.
            const marks = marksOf(record);
            for (const item of [...record.inbox]) {
                const opened = sealedArrivalSchema.safeParse(box.open(item.sealed));
                if (!opened.success) {
                    // Sealed under another key (ADDRESS_KEY changed) or altered: nothing can be done.
                    remember(record, seenEntry(item.id));
                    logger.error("pending event unreadable; dropped", { conversation });
                    continue;
                }
                const arrival = opened.data;
                handleArrival(record, conversation, seenEntry(item.id), arrival, effects);
                timings.push([arrival.event.channel, item.at]);
            }
            const count = record.inbox.length;
            record.inbox = [];
            claimHead(context, record);
            await saveFrom(records, conversation, marks, record);
            effects.saved = record;
            observer.inbox(-count);
            return true;
        });
        if (!handled)
            return;
        timings.forEach(([channel, at], index) => {
            observer.handled(channel, now() - at, effects.risks[index]);
        });
        await afterTurns(conversation, effects);
    };
    /**
     * Runs one event through the core and applies the outcome to `record` (state, seen ids,
     * address, outbox); no I/O. Staff events and milestones are collected in `effects`.
     * `seenAs` is the event id as `seen` keeps it ({@link seenEntry}).
     */
    const handleArrival = (record, conversation, seenAs, arrival, effects) => {
        const { event, address, reply, silent } = arrival;
        const outcome = core.turn(event, record.state, new Date(now()));
        remember(record, seenAs);
        const series = checkInChange(record.state, outcome.changed ? outcome.state : record.state);
        if (series)
            effects.checkIns.push([series, event.channel]);
        effects.risks.push(outcome.risk);
        if (outcome.changed)
            record.state = outcome.state;
        effects.staff.push(...outcome.staff);
        // With a staff side, its events are kept in the turn's own write and taken from there.
        if (options.staff)
            keepStaff(record, outcome.staff);
        if (options.onHandled)
            effects.handled.push([event, outcome]);
        if (outcome.milestones.length > 0)
            effects.reached.push([event.channel, outcome]);
        if (event.payload.type === "unfollow" || record.state?.lifecycle === "unreachable") {
            // This person left: nothing more is sent, not even what was waiting.
            record.address = undefined;
            if (record.outbox.length > 0) {
                logger.info("answers dropped: the person left", {
                    conversation,
                    count: record.outbox.length,
                });
            }
            record.outbox = [];
            return;
        }
        const destination = {
            channel: event.channel,
            userId: event.userId,
            address,
            ...(reply ? { reply } : {}),
        };
        // The address is the same turn after turn: the sealed one is kept when it still holds it.
        if (record.state)
            record.address = box.sealOrKeep({ ...destination, reply: undefined }, record.address);
        else {
            // Deleted: the address goes, and nothing the bot started is sent any more; the answer to
            // this event (the confirmation) still goes out below.
            record.address = undefined;
            record.outbox = record.outbox.filter((waiting) => !waiting.push);
        }
        if (outcome.messages.length > 0 && !silent) {
            const answer = newOutboxItem(context, box.seal(destination), outcome.messages, false);
            if (!record.state)
                answer.deleted = true;
            record.outbox.push(answer);
        }
    };
    /** Staff events go into the record's own write, sealed (a message passed on holds text). */
    const keepStaff = (record, events) => {
        if (events.length === 0)
            return;
        record.staff = [
            ...(record.staff ?? []),
            ...events.map((event) => ({ id: randomUUID(), at: now(), sealed: box.seal(event) })),
        ];
    };
    const act = async (conversation, action, actOptions = {}) => {
        const { key } = actOptions;
        let pushedOn;
        const result = await records.withLock(conversation, async () => {
            const before = await records.read(conversation);
            if (!before?.state || before.state.lifecycle === "unreachable") {
                return { status: "unreachable" };
            }
            const keyEntry = key ? seenEntry(key) : undefined;
            if (key && keyEntry && wasSeen(before.seen, key, keyEntry))
                return { status: "duplicate" };
            const outcome = core.staffTurn(conversation, action, before.state, new Date(now()));
            const record = structuredClone(before);
            if (keyEntry)
                remember(record, keyEntry);
            if (outcome.messages.length > 0) {
                // What the bot would say decides whether it can act at all: a state that moves while
                // the person cannot hear of it would leave them somewhere they never saw.
                if (!before.address)
                    return { status: "no-address" };
                const destination = destinationSchema.safeParse(box.open(before.address));
                const adapter = destination.success
                    ? channels.get(destination.data.channel)
                    : undefined;
                if (!adapter?.capabilities.canPush)
                    return { status: "cannot-push" };
                record.outbox.push(newOutboxItem(context, before.address, outcome.messages, true));
                claimHead(context, record);
                pushedOn = destination.success ? destination.data.channel : undefined;
            }
            if (outcome.changed && outcome.state)
                record.state = outcome.state;
            if (options.staff)
                keepStaff(record, outcome.staff);
            await save(records, conversation, before, record);
            const stage = record.state?.handoff?.stage;
            return { status: "done", said: outcome.messages.length > 0, ...(stage ? { stage } : {}) };
        });
        if (result.status === "done") {
            if (result.said)
                delivery.soon(conversation);
            if (result.said && pushedOn)
                await options.onPushQueued?.(pushedOn);
            options.staff?.arrived(conversation);
        }
        else if (result.status !== "duplicate") {
            logger.info("staff action not carried out", { conversation, reason: result.status });
        }
        return result;
    };
    const takeStaff = async (conversation, take) => {
        const record = await records.read(conversation);
        const kept = record?.staff ?? [];
        if (kept.length === 0)
            return;
        const events = [];
        const unreadable = [];
        for (const item of kept) {
            const event = box.open(item.sealed);
            if (event && typeof event === "object" && typeof event.type === "string") {
                events.push({ id: item.id, event });
            }
            else
                unreadable.push(item.id);
        }
        if (unreadable.length > 0) {
            logger.error("staff events unreadable; dropped", { conversation, count: unreadable.length });
        }
        const taken = new Set([...unreadable, ...(await take(events))]);
        if (taken.size === 0)
            return;
        await records.withLock(conversation, async () => {
            const before = await records.read(conversation);
            if (!before?.staff?.some((item) => taken.has(item.id)))
                return;
            const after = structuredClone(before);
            after.staff = before.staff.filter((item) => !taken.has(item.id));
            if (after.staff.length === 0)
                delete after.staff;
            await save(records, conversation, before, after);
        });
    };
    const remember = (record, entry) => rememberSeen(record.seen, entry, limits.maxSeen);
    const push = async (conversation, what) => {
        let queuedOn;
        const result = await records.withLock(conversation, async () => {
            const before = await records.read(conversation);
            if (!before?.state || before.state.lifecycle === "unreachable")
                return "unreachable";
            if (!before.address)
                return "no-address";
            const destination = destinationSchema.safeParse(box.open(before.address));
            const channel = destination.success ? destination.data.channel : undefined;
            const adapter = channel ? channels.get(channel) : undefined;
            if (!channel || !adapter?.capabilities.canPush)
                return "cannot-push";
            const planned = typeof what === "function"
                ? what(structuredClone(before.state), channel)
                : { state: before.state, messages: what };
            if (!planned)
                return "declined";
            const record = structuredClone(before);
            record.state = planned.state;
            if (planned.messages.length > 0) {
                record.outbox.push(newOutboxItem(context, before.address, planned.messages, true));
                claimHead(context, record);
            }
            await save(records, conversation, before, record);
            if (planned.messages.length === 0)
                return "saved";
            queuedOn = channel;
            return "queued";
        });
        if (queuedOn) {
            delivery.soon(conversation);
            await options.onPushQueued?.(queuedOn);
        }
        else if (result !== "saved" && result !== "declined") {
            logger.info("push not queued", { conversation, reason: result });
        }
        return result;
    };
    /** Finds conversations with work left (by a stopped process, or a failed write) and works it. */
    const recover = async () => {
        let found = 0;
        for await (const conversation of records.pending()) {
            if (shutdown.signal.aborted)
                return;
            found += 1;
            const record = await records.read(conversation);
            if (!record || !hasPending(record)) {
                await records.withLock(conversation, async () => {
                    const current = await records.read(conversation);
                    if (!current || !hasPending(current))
                        await records.clearPending(conversation);
                });
                continue;
            }
            if (record.staff?.length)
                options.staff?.arrived(conversation);
            if (record.inbox.length > 0)
                await schedule(conversation);
            else if (record.outbox.length > 0)
                delivery.soon(conversation);
        }
        if (found > 0)
            logger.info("pending conversations picked up", { count: found });
    };
    const runRecovery = () => context.track(recover().catch((error) => {
        logger.warn("looking for pending conversations failed", { error: errorText(error) });
    }));
    const idle = async () => {
        while (inFlight.size > 0)
            await Promise.allSettled([...inFlight]);
    };
    /** True when idle within `ms`; the timer is cleared either way, so it holds no process open. */
    const idleWithin = async (ms) => {
        const timer = new AbortController();
        try {
            return await Promise.race([
                idle().then(() => true),
                abortableSleep(ms, timer.signal).then(() => false),
            ]);
        }
        finally {
            timer.abort();
        }
    };
    return {
        accept,
        push,
        act,
        takeStaff,
        register(adapter) {
            channels.set(adapter.channel, adapter);
        },
        async start() {
            await runRecovery();
            recoverTimer = setInterval(() => void runRecovery(), limits.recoverEveryMs);
            recoverTimer.unref();
        },
        async stop(graceMs = 15_000) {
            stopping = true;
            clearInterval(recoverTimer);
            if (!(await idleWithin(graceMs))) {
                // Waits for Retry-After end now; what is left stays in the store for the next start.
                shutdown.abort();
                await idleWithin(1000);
                logger.warn("stopped with work left in the store", { inFlight: inFlight.size });
            }
            shutdown.abort();
        },
        idle,
    };
}
/** Whether a turn started a check-in series or ended one the person had (for metrics). */
function checkInChange(before, after) {
    const next = after?.nextCheckIn;
    if (next && (!before?.nextCheckIn || before.checkIn !== after?.checkIn))
        return "scheduled";
    if (before?.nextCheckIn && !next)
        return "cancelled";
    return undefined;
}
//# sourceMappingURL=dispatcher.js.map