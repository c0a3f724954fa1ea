/**
 * The one pipeline every channel shares. An event is kept in its conversation's inbox in the
 * store before the platform hears "200"; then, under the conversation's lock, the core handles
 * the inbox in arrival order and the new state, the events marked done and the answers (the
 * outbox) are saved in one write; delivery works from the outbox, one conversation's answers in
 * order, with retry, and marks each sent. A crash at any point leaves either the event in the
 * inbox or the answer in the outbox, and both are worked off at the next start.
 *
 * Handling never waits on delivery: a crisis typed while an earlier answer is still being
 * retried is handled at once, and the older answer, if it has not gone out, is dropped rather
 * than sent after the newer one.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type {
  AcceptStatus,
  Arrival,
  ChannelAdapter,
  Destination,
  EventSink,
  SendOutcome,
} from "../adapters/shared/adapter.js";
import { abortableSleep } from "../adapters/shared/sleep.js";
import type { ConversationCore, TurnOutcome } from "../core/conversation.js";
import { errorText } from "../core/error-text.js";
import type { Logger } from "../core/ports.js";
import type { ChannelId, InboundEvent, OutboundMessage, StaffEvent } from "../core/types.js";
import {
  type ConversationRecord,
  emptyRecord,
  type OutboxItem,
} from "../store/conversation-record.js";
import type { ConversationRecords } from "../store/conversation-store.js";
import { createKeyedQueue } from "../store/keyed-queue.js";
import type { SealedBox } from "./sealed-box.js";

/** Tuning; the defaults suit production. */
export interface DispatcherLimits {
  /** Events one conversation may have waiting before new ones are refused (503). */
  maxInbox: number;
  /** Platform event ids remembered per conversation to recognise redeliveries. */
  maxSeen: number;
  /** Failed sends of one answer before it is given up. */
  maxAttempts: number;
  /** An answer older than this is not sent any more: it would arrive out of its moment. */
  maxAnswerAgeMs: number;
  /** How long a process's claim on delivering an answer holds without news from it. */
  claimMs: number;
  /** How often conversations left pending (by a crashed process) are looked for. */
  recoverEveryMs: number;
}

/** Options of {@link createDispatcher}. */
export interface DispatcherOptions {
  core: Pick<ConversationCore, "turn" | "notifyStaff" | "pseudonym">;
  records: ConversationRecords;
  box: SealedBox;
  logger: Logger;
  /**
   * True when this process is the only one using the store (SQLite, memory): claims left by an
   * earlier run are stale at once instead of after `claimMs`.
   */
  exclusive: boolean;
  /**
   * Called with each outcome that reached a milestone, once it is saved (campaign figures count
   * them); awaited before the work counts as done. Must not throw.
   */
  onMilestones?: (channel: ChannelId, outcome: TurnOutcome) => Promise<void>;
  clock?: () => number;
  limits?: Partial<DispatcherLimits>;
}

/** What {@link Dispatcher.push} did. */
export type PushResult = "queued" | "unreachable" | "no-address" | "cannot-push";

/** The dispatcher: the {@link EventSink} of every adapter, and the way to write first. */
export interface Dispatcher extends EventSink {
  /** Adds a channel: its `send` delivers the answers for its conversations. */
  register(adapter: ChannelAdapter): void;
  /**
   * Queues messages the bot starts (a check-in, a worker's reply) to a conversation's stored
   * address. Nothing is queued for a person who left, blocked or deleted their data.
   */
  push(conversation: string, messages: OutboundMessage[]): Promise<PushResult>;
  /** Works off what an earlier run left pending, and keeps looking every `recoverEveryMs`. */
  start(): Promise<void>;
  /** Refuses new events, then waits up to `graceMs` for work in flight before cutting it short. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when this process has nothing in flight (for tests and shutdown). */
  idle(): Promise<void>;
}

/** Thrown by `accept` when the events cannot be kept; adapters answer 503. */
export class NotAcceptedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
    this.name = "NotAcceptedError";
  }
}

const DEFAULT_LIMITS: DispatcherLimits = {
  maxInbox: 100,
  maxSeen: 200,
  maxAttempts: 8,
  maxAnswerAgeMs: 24 * 60 * 60 * 1000,
  claimMs: 120_000,
  recoverEveryMs: 30_000,
};

// What an inbox item holds once opened; checked, because a store is not trusted blindly.
const sealedArrivalSchema = z.object({
  event: z.custom<InboundEvent>(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      typeof (value as InboundEvent).userId === "string" &&
      typeof (value as InboundEvent).payload?.type === "string",
  ),
  address: z.record(z.string(), z.union([z.string(), z.number()])),
  reply: z.object({ token: z.string(), receivedAt: z.number() }).optional(),
  silent: z.boolean().optional(),
});

const destinationSchema = sealedArrivalSchema
  .pick({ address: true, reply: true })
  .extend({ channel: z.string(), userId: z.string() });

/** Creates the dispatcher. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { core, records, box, logger } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.clock ?? Date.now;
  const instance = randomUUID();
  const channels = new Map<ChannelId, ChannelAdapter>();
  const workQueue = createKeyedQueue();
  const deliveries = new Map<string, DeliveryLoop>();
  const workScheduled = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<unknown>>();
  const shutdown = new AbortController();
  // Answers taken over from a stopped process: an earlier attempt may have gone out.
  const recovered = new Set<string>();
  let stopping = false;
  let recoverTimer: NodeJS.Timeout | undefined;

  const track = <T>(promise: Promise<T>): Promise<T> => {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => {});
    return promise;
  };

  const hasPending = (record: ConversationRecord) =>
    record.inbox.length > 0 || record.outbox.length > 0;

  /** Writes under the lock, keeping the "pending" mark true whenever work is left. */
  const save = async (
    conversation: string,
    before: ConversationRecord | undefined,
    after: ConversationRecord,
  ) => {
    const pendingBefore = before ? hasPending(before) : false;
    if (hasPending(after) && !pendingBefore) await records.markPending(conversation);
    await records.write(conversation, after);
    if (!hasPending(after) && pendingBefore) await records.clearPending(conversation);
  };

  const acceptOne = async (arrival: Arrival): Promise<{ status: AcceptStatus; id: string }> => {
    const { event } = arrival;
    const conversation = core.pseudonym(event.channel, event.userId);
    const id = event.eventId ?? randomUUID();
    const status = await records.withLock(conversation, async () => {
      const before = await records.read(conversation);
      const record = before ? structuredClone(before) : emptyRecord();
      if (record.seen.includes(id) || record.inbox.some((item) => item.id === id)) {
        return "duplicate" as const;
      }
      if (record.inbox.length >= limits.maxInbox) {
        throw new NotAcceptedError("this conversation has too many events waiting");
      }
      const sealed = box.seal({
        event,
        address: arrival.address,
        ...(arrival.reply ? { reply: arrival.reply } : {}),
        ...(arrival.silent ? { silent: true } : {}),
      });
      record.inbox.push({ id, at: now(), sealed });
      await save(conversation, before, record);
      return "accepted" as const;
    });
    if (status === "duplicate") {
      logger.info("duplicate event ignored", { conversation, channel: event.channel });
    }
    return { status, id: conversation };
  };

  const accept: Dispatcher["accept"] = async (arrivals, acceptOptions = {}) => {
    if (stopping) throw new NotAcceptedError("shutting down");
    // One conversation's arrivals are kept in their order; different conversations side by side.
    const byConversation = new Map<string, number[]>();
    arrivals.forEach((arrival, index) => {
      const key = core.pseudonym(arrival.event.channel, arrival.event.userId);
      byConversation.set(key, [...(byConversation.get(key) ?? []), index]);
    });
    const statuses: AcceptStatus[] = new Array(arrivals.length);
    const touched = new Set<string>();
    try {
      await Promise.all(
        [...byConversation.values()].map(async (indexes) => {
          for (const index of indexes) {
            const arrival = arrivals[index] as Arrival;
            const { status, id } = await acceptOne(arrival);
            statuses[index] = status;
            touched.add(id);
          }
        }),
      );
    } catch (error) {
      // What was kept before the failure is worked off; the platform redelivers the rest (and
      // the kept ones again, which are then recognised as duplicates).
      for (const conversation of touched) void schedule(conversation);
      if (error instanceof NotAcceptedError) throw error;
      logger.error("events could not be kept; answering 503", { error: errorText(error) });
      throw new NotAcceptedError("the store is unavailable");
    }
    const handled = [...touched].map((conversation) => schedule(conversation));
    if (acceptOptions.wait) {
      await Promise.all(handled);
      await Promise.all([...touched].map((conversation) => deliveries.get(conversation)?.done));
    }
    return statuses;
  };

  /** Queues one run of the inbox of `conversation` (at most one waiting run at a time). */
  const schedule = (conversation: string): Promise<void> => {
    const waiting = workScheduled.get(conversation);
    if (waiting) return waiting;
    let started = false;
    const run = track(
      workQueue
        .run(conversation, async () => {
          // From here on a new event needs a new run: this one may have read the inbox already.
          started = true;
          workScheduled.delete(conversation);
          await work(conversation);
        })
        .catch((error: unknown) => {
          logger.error("conversation work failed; it stays pending", {
            conversation,
            error: errorText(error),
          });
          retryWorkLater(conversation);
        }),
    );
    if (!started) workScheduled.set(conversation, run);
    return run;
  };

  // The store failed mid-work: the inbox is intact, so the same run is tried again shortly
  // (the periodic recovery would find it too, but later).
  const workRetries = new Map<string, number>();
  const retryWorkLater = (conversation: string) => {
    if (shutdown.signal.aborted) return;
    const attempt = (workRetries.get(conversation) ?? 0) + 1;
    workRetries.set(conversation, attempt);
    const timer = setTimeout(
      () => {
        void schedule(conversation).then(() => workRetries.delete(conversation));
      },
      Math.min(limits.recoverEveryMs, backoff(attempt)),
    );
    timer.unref();
  };

  /** Handles every event in the inbox, in order, and saves the outcome in one write. */
  const work = async (conversation: string) => {
    const staff: StaffEvent[] = [];
    const reached: [ChannelId, TurnOutcome][] = [];
    const handled = await records.withLock(conversation, async () => {
      const before = await records.read(conversation);
      if (!before || before.inbox.length === 0) return false;
      const record = structuredClone(before);
      for (const item of record.inbox) {
        rememberSeen(record, item.id);
        const opened = sealedArrivalSchema.safeParse(box.open(item.sealed));
        if (!opened.success) {
          // Sealed under another key (ADDRESS_KEY changed) or altered: nothing can be done.
          logger.error("pending event unreadable; dropped", { conversation });
          continue;
        }
        const { event, address, reply, silent } = opened.data;
        const outcome = core.turn(event, record.state, new Date(now()));
        if (outcome.changed) record.state = outcome.state;
        staff.push(...outcome.staff);
        if (outcome.milestones.length > 0) reached.push([event.channel, outcome]);
        if (event.payload.type === "unfollow" || record.state?.unreachable) {
          // This person left: nothing more is sent, not even what was waiting.
          record.address = undefined;
          if (record.outbox.length > 0) {
            logger.info("answers dropped: the person left", {
              conversation,
              count: record.outbox.length,
            });
          }
          record.outbox = [];
          continue;
        }
        const destination: Destination = {
          channel: event.channel,
          userId: event.userId,
          address,
          ...(reply ? { reply } : {}),
        };
        if (record.state) record.address = box.seal({ ...destination, reply: undefined });
        else {
          // Deleted: the address goes, and nothing the bot started is sent any more; the
          // answer to this event (the confirmation) still goes out below.
          record.address = undefined;
          record.outbox = record.outbox.filter((waiting) => !waiting.push);
        }
        if (outcome.messages.length > 0 && !silent) {
          const answer = newOutboxItem(box.seal(destination), outcome.messages, false);
          if (!record.state) answer.deleted = true;
          record.outbox.push(answer);
        }
      }
      record.inbox = [];
      claimHead(record);
      await save(conversation, before, record);
      return true;
    });
    if (!handled) return;
    core.notifyStaff(conversation, staff);
    deliverSoon(conversation);
    for (const [channel, outcome] of reached) await options.onMilestones?.(channel, outcome);
  };

  const rememberSeen = (record: ConversationRecord, id: string) => {
    record.seen.push(id);
    if (record.seen.length > limits.maxSeen)
      record.seen.splice(0, record.seen.length - limits.maxSeen);
  };

  const newOutboxItem = (to: string, messages: OutboundMessage[], push: boolean): OutboxItem => ({
    id: randomUUID(),
    at: now(),
    to,
    messages,
    push,
    attempts: 0,
    notBefore: now(),
  });

  /** Claims the head of the outbox for this process when nobody holds it. */
  const claimHead = (record: ConversationRecord): boolean => {
    const head = record.outbox[0];
    if (!head) return false;
    if (head.claim && head.claim.by !== instance && !claimExpired(head)) return false;
    head.claim = { by: instance, until: now() + limits.claimMs };
    return true;
  };

  const claimExpired = (item: OutboxItem) =>
    !item.claim || item.claim.until <= now() || (options.exclusive && item.claim.by !== instance);

  /** Starts (or wakes) the delivery loop of one conversation. */
  const deliverSoon = (conversation: string) => {
    const running = deliveries.get(conversation);
    if (running) {
      running.wake.abort();
      return;
    }
    const entry: DeliveryLoop = { wake: new AbortController(), done: Promise.resolve() };
    // In the map before the loop starts: a loop that ends at once must not leave it behind.
    deliveries.set(conversation, entry);
    entry.done = track(
      deliverLoop(conversation, entry)
        .catch((error: unknown) => {
          logger.error("delivery failed; the answer stays pending", {
            conversation,
            error: errorText(error),
          });
        })
        .finally(() => {
          if (deliveries.get(conversation) === entry) deliveries.delete(conversation);
        }),
    );
  };

  const deliverLoop = async (conversation: string, entry: DeliveryLoop): Promise<void> => {
    // Leaving is decided synchronously with the wake check, so an answer queued while the last
    // read was under way is never left behind.
    const leave = () => {
      if (entry.wake.signal.aborted) return false;
      deliveries.delete(conversation);
      return true;
    };
    for (;;) {
      if (shutdown.signal.aborted) return;
      if (entry.wake.signal.aborted) entry.wake = new AbortController();
      const record = await records.read(conversation);
      const head = record?.outbox[0];
      if (!record || !head) {
        if (leave()) return;
        continue;
      }
      if (head.claim?.by !== instance) {
        // Another process is delivering it.
        if (head.claim && !claimExpired(head)) {
          if (leave()) return;
          continue;
        }
        // A claim left by a process that stopped: it may have sent this before it could record it.
        const leftBehind = head.claim !== undefined;
        const claimed = await update(conversation, head.id, (item) =>
          item.claim && item.claim.by !== instance && !claimExpired(item)
            ? false
            : { ...item, claim: { by: instance, until: now() + limits.claimMs } },
        );
        if (claimed && leftBehind) recovered.add(head.id);
        continue;
      }
      const stale = head.attempts > 0 && record.outbox.length > 1;
      const tooOld = now() - head.at > limits.maxAnswerAgeMs;
      const leftAlone = head.push && (!record.state || record.state.unreachable);
      if (stale || tooOld || leftAlone) {
        const reason = stale ? "a newer answer is waiting" : tooOld ? "too old" : "unreachable";
        logger.warn("answer dropped", { conversation, reason });
        await update(conversation, head.id, () => undefined);
        continue;
      }
      const wait = head.notBefore - now();
      if (wait > 0) {
        await abortableSleep(wait, anySignal(entry.wake.signal, shutdown.signal));
        continue;
      }
      const destination = destinationSchema.safeParse(box.open(head.to));
      const adapter = destination.success
        ? channels.get(destination.data.channel as ChannelId)
        : undefined;
      if (!destination.success || !adapter) {
        logger.error("answer dropped: its channel is not available", { conversation });
        await update(conversation, head.id, () => undefined);
        continue;
      }
      const target = destination.data as Destination;
      const outcome = await safeSend(adapter, target, head, conversation, recovered.has(head.id));
      recovered.delete(head.id);
      await settleSurely(conversation, head, target, outcome);
    }
  };

  const safeSend = async (
    adapter: ChannelAdapter,
    target: Destination,
    item: OutboxItem,
    conversation: string,
    recovered: boolean,
  ): Promise<SendOutcome> => {
    try {
      return await adapter.send(target, item.messages, {
        key: item.id,
        conversation,
        recovered,
        signal: shutdown.signal,
        conversationDeleted: item.deleted === true,
      });
    } catch (error) {
      return { status: "retry", reason: errorText(error) };
    }
  };

  /**
   * Records a send's outcome, retrying the write while the store is down: what went out must
   * be marked, or it would be sent again. Only a stopped process leaves it to the next start.
   */
  const settleSurely = async (
    conversation: string,
    item: OutboxItem,
    target: Destination,
    outcome: SendOutcome,
  ) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await settle(conversation, item, target, outcome);
        return;
      } catch (error) {
        if (shutdown.signal.aborted) throw error;
        logger.warn("outcome of a send not recorded yet; retrying", {
          conversation,
          error: errorText(error),
        });
        await abortableSleep(Math.min(5000, backoff(attempt)), shutdown.signal);
      }
    }
  };

  const settle = async (
    conversation: string,
    item: OutboxItem,
    target: Destination,
    outcome: SendOutcome,
  ) => {
    switch (outcome.status) {
      case "sent":
        logger.info("answer delivered", { conversation, channel: target.channel });
        await update(conversation, item.id, () => undefined);
        return;
      case "failed":
        logger.error("answer could not be delivered", { conversation, reason: outcome.reason });
        await update(conversation, item.id, () => undefined);
        return;
      case "gone":
        logger.info("the person blocked the bot or left; nothing more is sent", { conversation });
        await update(conversation, item.id, () => undefined);
        // The core hears it as an unfollow, so the conversation is marked unreachable.
        await accept([
          {
            event: {
              channel: target.channel,
              userId: target.userId,
              payload: { type: "unfollow" },
            },
            address: target.address,
          },
        ]).catch(() => {});
        return;
      case "retry": {
        const attempts = item.attempts + 1;
        if (attempts >= limits.maxAttempts) {
          logger.error("answer given up after retries", { conversation, reason: outcome.reason });
          await update(conversation, item.id, () => undefined);
          return;
        }
        const delay = outcome.afterMs ?? backoff(attempts);
        logger.warn("answer will be retried", {
          conversation,
          attempts,
          delay,
          reason: outcome.reason,
        });
        await update(conversation, item.id, (current) => ({
          ...current,
          messages: current.messages.slice(outcome.sent ?? 0),
          attempts,
          notBefore: now() + delay,
          claim: { by: instance, until: now() + delay + limits.claimMs },
        }));
      }
    }
  };

  /**
   * Replaces (or with undefined removes) one outbox item under the lock, and claims the next
   * head for this process in the same write. False when the item is gone already.
   */
  const update = (
    conversation: string,
    id: string,
    change: (item: OutboxItem, record: ConversationRecord) => OutboxItem | false | undefined,
  ): Promise<boolean> =>
    records.withLock(conversation, async () => {
      const before = await records.read(conversation);
      if (!before) return false;
      const record = structuredClone(before);
      const index = record.outbox.findIndex((item) => item.id === id);
      const current = record.outbox[index];
      if (!current) return false;
      const next = change(current, record);
      if (next === false) return false;
      if (next === undefined) {
        record.outbox.splice(index, 1);
        claimHead(record);
      } else record.outbox[index] = next;
      await save(conversation, before, record);
      return true;
    });

  const push: Dispatcher["push"] = async (conversation, messages) => {
    const result = await records.withLock(conversation, async (): Promise<PushResult> => {
      const before = await records.read(conversation);
      if (!before?.state || before.state.unreachable) return "unreachable";
      if (!before.address) return "no-address";
      const destination = destinationSchema.safeParse(box.open(before.address));
      const adapter = destination.success
        ? channels.get(destination.data.channel as ChannelId)
        : undefined;
      if (!adapter?.capabilities.canPush) return "cannot-push";
      const record = structuredClone(before);
      record.outbox.push(newOutboxItem(before.address, messages, true));
      claimHead(record);
      await save(conversation, before, record);
      return "queued";
    });
    if (result === "queued") deliverSoon(conversation);
    else logger.info("push not queued", { conversation, reason: result });
    return result;
  };

  const recover = async () => {
    let found = 0;
    for await (const conversation of records.pending()) {
      if (shutdown.signal.aborted) return;
      found += 1;
      const record = await records.read(conversation);
      if (!record || (record.inbox.length === 0 && record.outbox.length === 0)) {
        await records.withLock(conversation, async () => {
          const current = await records.read(conversation);
          if (!current || (current.inbox.length === 0 && current.outbox.length === 0)) {
            await records.clearPending(conversation);
          }
        });
        continue;
      }
      if (record.inbox.length > 0) await schedule(conversation);
      else deliverSoon(conversation);
    }
    if (found > 0) logger.info("pending conversations picked up", { count: found });
  };

  const runRecovery = () =>
    track(
      recover().catch((error: unknown) => {
        logger.warn("looking for pending conversations failed", { error: errorText(error) });
      }),
    );

  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  /** True when idle within `ms`; the timer is cleared either way, so it holds no process open. */
  const idleWithin = async (ms: number) => {
    const timer = new AbortController();
    try {
      return await Promise.race([
        idle().then(() => true),
        abortableSleep(ms, timer.signal).then(() => false),
      ]);
    } finally {
      timer.abort();
    }
  };

  return {
    accept,
    push,
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
        await idleWithin(2000);
        logger.warn("stopped with work left in the store", { inFlight: inFlight.size });
      }
      shutdown.abort();
    },
    idle,
  };
}

/** One conversation's running delivery; aborting `wake` makes it look at the outbox again. */
interface DeliveryLoop {
  wake: AbortController;
  done: Promise<void>;
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s... capped at 5 minutes. */
function backoff(attempt: number): number {
  const base = Math.min(300_000, 1000 * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + Math.random() / 2));
}

function anySignal(...signals: AbortSignal[]): AbortSignal {
  return AbortSignal.any(signals);
}
