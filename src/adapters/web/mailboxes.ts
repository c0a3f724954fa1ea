/**
 * What the bot has sent to open web chat pages and they have not fetched yet. A page that has
 * not been seen for a while is closed: its session's address no longer leads anywhere.
 */
import type { OutboundMessage } from "../../core/types.js";

/** Options of {@link createMailboxes}. */
export interface MailboxOptions {
  /** A page not heard from for this long counts as closed. */
  idleMs?: number;
  /** Most open pages kept; the longest idle go first. */
  maxPages?: number;
  /** Most messages waiting for one page. */
  maxMessages?: number;
  now?: () => number;
}

/** The mailboxes of open pages. */
export interface Mailboxes {
  /** The page of `session` is open now (it posted or polled). */
  open(session: string): void;
  /**
   * Leaves messages for an open page; false when the page is not open. `forget`: they confirm a
   * deletion, and the page is told to clear its transcript.
   */
  put(session: string, messages: readonly OutboundMessage[], forget?: boolean): boolean;
  /** Takes what waits for the page. */
  take(session: string): { messages: OutboundMessage[]; forget: boolean };
}

interface Page {
  seen: number;
  messages: OutboundMessage[];
  forget: boolean;
}

/** Creates the mailboxes. */
export function createMailboxes(options: MailboxOptions = {}): Mailboxes {
  const idleMs = options.idleMs ?? 10 * 60 * 1000;
  const maxPages = options.maxPages ?? 10_000;
  const maxMessages = options.maxMessages ?? 200;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order: re-inserting on every visit makes the first entry the idlest.
  const pages = new Map<string, Page>();

  const live = (session: string) => {
    const page = pages.get(session);
    if (page && now() - page.seen > idleMs) {
      pages.delete(session);
      return undefined;
    }
    return page;
  };

  return {
    open(session) {
      const page = live(session) ?? { seen: now(), messages: [], forget: false };
      pages.delete(session);
      pages.set(session, { ...page, seen: now() });
      for (const oldest of pages.keys()) {
        if (pages.size <= maxPages) break;
        pages.delete(oldest);
      }
    },
    put(session, messages, forget = false) {
      const page = live(session);
      if (!page) return false;
      if (forget) page.forget = true;
      page.messages.push(...messages);
      if (page.messages.length > maxMessages)
        page.messages.splice(0, page.messages.length - maxMessages);
      return true;
    },
    take(session) {
      const page = live(session);
      if (!page) return { messages: [], forget: false };
      const taken = { messages: page.messages, forget: page.forget };
      page.messages = [];
      page.forget = false;
      return taken;
    },
  };
}
