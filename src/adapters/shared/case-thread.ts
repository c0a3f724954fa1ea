/**
 * A case's thread on a staff channel where each case gets one (a Telegram forum topic, a Discord
 * thread or forum post): opened once, its card first and redrawn as the case changes, a post per
 * change. The same on every platform, so it lives here; each platform says how to make, find and
 * write in a thread, and how its errors say a thread or a card is gone.
 *
 * Two things the platforms leave to us:
 * - Staff may delete a case's thread. The next update then opens a new one, posts the card there
 *   again (drawn as the case is now: no text, as ever) and goes on there; the case remembers the
 *   new thread, and workers carry on in it.
 * - Opening a thread is not idempotent: a call that timed out or failed may have opened it. The
 *   intent is kept in the case (`opening`) before the call, and the thread's id right after it,
 *   before anything is posted; a platform that can look threads up finds the one an earlier
 *   attempt opened before opening another. Only the kept id ever receives updates.
 */
import type { CaseEvent, CaseRefs } from "../../core/staff-channel.js";
import type { StaffLocale, StaffPlace } from "../../core/staff-texts.js";
import { threadPosts } from "./staff-actions.js";

/** A thread as a platform opened or found it; `card` when its first message is the card. */
export interface OpenedThread<Id> {
  thread: Id;
  card?: Id;
}

/** What a platform does for a case's thread. */
export interface ThreadPlatform<Id extends string | number> {
  /** Reads an id kept in a case's refs (undefined when it is not this platform's kind). */
  idOf(value: unknown): Id | undefined;
  /** Opens a thread for the case (with the card in it where the platform does both at once). */
  open(event: CaseEvent): Promise<OpenedThread<Id>>;
  /**
   * The thread an earlier attempt opened without our hearing of it (the call timed out or
   * failed after the platform acted), where the platform can look it up.
   */
  find?(event: CaseEvent): Promise<OpenedThread<Id> | undefined>;
  postCard(thread: Id, event: CaseEvent): Promise<Id>;
  editCard(thread: Id, card: Id, event: CaseEvent): Promise<void>;
  /** One post after the card; `part` is stable for the event (a platform may dedupe by it). */
  post(thread: Id, text: string, event: CaseEvent, part: string): Promise<void>;
  /** The case closed: archive or close the thread (a failure here is only logged). */
  closed(thread: Id): Promise<void>;
  /** Whether an error from a call into a thread says the thread is no more (deleted). */
  threadGone(error: unknown): boolean;
  /** Whether an error from editing the card says the card is no more (the thread may remain). */
  cardGone(error: unknown): boolean;
}

/** A call into a thread failed because the thread is gone. */
class ThreadGone extends Error {
  constructor(readonly original: unknown) {
    super("the case's thread is gone");
  }
}

/** The refs a thread is kept by (`thread` is what finds the case again from a worker's message). */
const refsOf = <Id extends string | number>(thread: Id, card?: Id): CaseRefs => ({
  thread,
  ...(card !== undefined ? { card } : {}),
});

/**
 * Shows `event` in its case's thread, opening the thread (again) where needed. Resolves with the
 * refs to keep; throws the platform's error when it could not (the channel says whether to
 * retry), after keeping what it made with `keep`.
 */
export async function showInThread<Id extends string | number>(
  platform: ThreadPlatform<Id>,
  event: CaseEvent,
  refs: CaseRefs | undefined,
  keep: (refs: CaseRefs) => Promise<void>,
  locale: StaffLocale,
  place: StaffPlace,
): Promise<CaseRefs> {
  let thread = platform.idOf(refs?.thread);
  let card = thread === undefined ? undefined : platform.idOf(refs?.card);
  let opening = refs?.opening !== undefined;
  let reopened = false;
  let cardRedrawn = false;
  const inThread = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw platform.threadGone(error) ? new ThreadGone(error) : error;
    }
  };
  for (;;) {
    try {
      let cardIsNew = false;
      if (thread === undefined) {
        let made = opening ? await platform.find?.(event) : undefined;
        if (!made) {
          await keep({ opening: event.case.number });
          opening = true;
          made = await platform.open(event);
        }
        thread = made.thread;
        card = made.card;
        cardIsNew = card !== undefined;
        await keep(refsOf(thread, card));
      }
      const at = thread;
      if (card === undefined) {
        card = await inThread(() => platform.postCard(at, event));
        cardIsNew = true;
        await keep(refsOf(at, card));
      } else if (event.change.type !== "message" && !cardIsNew) {
        const drawn = card;
        try {
          await inThread(() => platform.editCard(at, drawn, event));
        } catch (error) {
          if (error instanceof ThreadGone || cardRedrawn || !platform.cardGone(error)) throw error;
          // The card was deleted but perhaps not the thread: a new card there (or a new thread).
          cardRedrawn = true;
          card = undefined;
          continue;
        }
      }
      for (const { part, text } of threadPosts(event, locale, place)) {
        await inThread(() => platform.post(at, text, event, part));
      }
      if (event.change.type === "closed") await platform.closed(at);
      return refsOf(at, card);
    } catch (error) {
      if (!(error instanceof ThreadGone)) throw error;
      // Once per delivery: a thread gone again at once is left to the channel's retry.
      if (reopened) throw error.original;
      reopened = true;
      thread = undefined;
      card = undefined;
      opening = false;
    }
  }
}
