/**
 * What the bot has sent to open web chat pages and they have not fetched yet. A page that has
 * not been seen for a while is closed: its session's address no longer leads anywhere.
 */
import { LRUCache } from "lru-cache";
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
  /** True while the page of `session` counts as open (seen recently by this process). */
  isOpen(session: string): boolean;
  /**
   * Leaves messages for an open page; false when the page is not open. `forget`: they confirm a
   * deletion, and the page is told to clear its transcript.
   */
  put(session: string, messages: readonly OutboundMessage[], forget?: boolean): boolean;
  /** Takes what waits for the page. */
  take(session: string): { messages: OutboundMessage[]; forget: boolean };
}

interface Page {
  messages: OutboundMessage[];
  forget: boolean;
}

/** Creates the mailboxes. */
export function createMailboxes(options: MailboxOptions = {}): Mailboxes {
  const maxMessages = options.maxMessages ?? 200;
  const now = options.now;
  // Only a visit (open) renews a page's time; reading or writing its mailbox does not.
  const pages = new LRUCache<string, Page>({
    max: options.maxPages ?? 10_000,
    ttl: options.idleMs ?? 10 * 60 * 1000,
    ...(now ? { perf: { now: () => now() + 1 }, ttlResolution: 0 } : {}),
  });

  return {
    open(session) {
      pages.set(session, pages.get(session) ?? { messages: [], forget: false });
    },
    isOpen: (session) => pages.has(session),
    put(session, messages, forget = false) {
      const page = pages.get(session);
      if (!page) return false;
      if (forget) page.forget = true;
      page.messages.push(...messages);
      if (page.messages.length > maxMessages) {
        page.messages.splice(0, page.messages.length - maxMessages);
      }
      return true;
    },
    take(session) {
      const page = pages.get(session);
      if (!page) return { messages: [], forget: false };
      const taken = { messages: page.messages, forget: page.forget };
      page.messages = [];
      page.forget = false;
      return taken;
    },
  };
}
