/**
 * A conversation harness for tests: the real core, content, risk check and store (memory by
 * default), with a logger and staff notifier that record what they receive.
 */
import { loadContent } from "../../src/content/load.js";
import { type ConversationCore, createConversationCore } from "../../src/core/conversation.js";
import type { Logger } from "../../src/core/ports.js";
import type {
  ChannelId,
  HandleResult,
  InboundPayload,
  OutboundMessage,
  StaffEvent,
} from "../../src/core/types.js";
import { createLogger } from "../../src/logger.js";
import { assessRisk } from "../../src/safety/index.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";

/** A test harness around one core. */
export interface Harness {
  core: ConversationCore;
  store: KomorebiStore;
  logs: string[];
  staff: StaffEvent[];
  /** Sends one event as `user` (default "alice") and returns the result. */
  send(payload: InboundPayload, options?: SendOptions): Promise<HandleResult>;
  text(text: string, options?: SendOptions): Promise<HandleResult>;
  /** Presses the button with this label in the most recent choices message. */
  press(label: string, options?: SendOptions): Promise<HandleResult>;
  state(user?: string): ReturnType<KomorebiStore["conversations"]["get"]>;
  close(): Promise<void>;
}

/** Per-event options. */
export interface SendOptions {
  user?: string;
  channel?: ChannelId;
  eventId?: string;
  localeHint?: string;
}

/** Options for {@link createHarness}. */
export interface HarnessOptions {
  storeUrl?: string;
  namespace?: string;
  region?: string;
  locale?: string;
  handoffAvailable?: boolean;
  /** Whether the deployment sends check-ins (default false, as on the web chat alone). */
  checkIns?: boolean;
}

/** All texts of a result joined, for `toContain` checks. */
export const textOf = (result: HandleResult | OutboundMessage[]): string =>
  (Array.isArray(result) ? result : result.messages).map((message) => message.text).join("\n");

/** The last choices message of a result. */
export function lastChoices(
  result: HandleResult,
): Extract<OutboundMessage, { type: "choices" }> | undefined {
  return result.messages
    .filter((m): m is Extract<OutboundMessage, { type: "choices" }> => m.type === "choices")
    .at(-1);
}

/** Builds a harness on the shipped content. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const content = await loadContent();
  const store = await createStore(options.storeUrl ?? "memory://", {
    namespace: options.namespace ?? `test-${Math.random().toString(36).slice(2)}`,
  });
  const logs: string[] = [];
  const logger: Logger = createLogger("debug", (line) => logs.push(line));
  const staff: StaffEvent[] = [];
  const core = createConversationCore({
    content,
    store: store.conversations,
    riskCheck: assessRisk,
    notifier: { notify: async (event) => void staff.push(event) },
    logger,
    settings: {
      pseudonymSecret: "test-secret-0123456789",
      orgName: "Test Support Centre",
      defaultLocale: options.locale ?? "ja",
      defaultRegion: options.region ?? "JP",
      handoffAvailable: () => options.handoffAvailable ?? false,
      checkIns: options.checkIns ?? false,
    },
  });
  let last: HandleResult | undefined;
  const send = async (payload: InboundPayload, o: SendOptions = {}) => {
    last = await core.handle({
      channel: o.channel ?? "web",
      userId: o.user ?? "alice",
      ...(o.eventId ? { eventId: o.eventId } : {}),
      ...(o.localeHint ? { localeHint: o.localeHint } : {}),
      payload,
    });
    return last;
  };
  return {
    core,
    store,
    logs,
    staff,
    send,
    text: (text, o) => send({ type: "text", text }, o),
    press: async (label, o) => {
      const choices = last ? lastChoices(last) : undefined;
      const choice = choices?.choices.find((c) => c.label === label);
      if (!choice) {
        const shown = choices?.choices.map((c) => c.label).join(" | ") ?? "(no choices)";
        throw new Error(`No button "${label}"; shown: ${shown}`);
      }
      return send({ type: "choice", choiceId: choice.id }, o);
    },
    state: (user = "alice") => store.conversations.get(core.pseudonym("web", user)),
    close: () => store.close(),
  };
}
