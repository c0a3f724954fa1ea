/**
 * A small harness for the safety-content tests: the real core, the real memory store, the real
 * safety flow and resources, and a fixture flow with two questions so a crisis can arrive "in the
 * middle of a question". The fixture content is the shipped system.yaml, menu, safety flow (and
 * the flows it leads to, when they exist) and resources, copied to a temporary folder with the
 * welcome entry pointed at the fixture flow, so these tests do not depend on the rest of the
 * flows, which other people are still writing.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Content } from "../../src/content/content.js";
import { defaultContentDir, loadContent } from "../../src/content/load.js";
import { type ConversationCore, createConversationCore } from "../../src/core/conversation.js";
import type { Logger } from "../../src/core/ports.js";
import type { ConversationState } from "../../src/core/state.js";
import type {
  HandleResult,
  InboundPayload,
  OutboundMessage,
  StaffEvent,
} from "../../src/core/types.js";
import type { RiskCheck } from "../../src/safety/types.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";

/** Flows the safety flow leads to, written by others: copied when they exist. */
const SAFETY_NEIGHBOURS = ["ask-person", "just-talk"];

/** The fixture flow: two questions, then the menu. */
const QUIZ_FLOW = `
id: quiz
title: { ja: テスト用の質問, en: Test questions }
start: q1
nodes:
  q1:
    type: ask
    text: { ja: 好きな季節はどれですか。, en: Which season do you like? }
    choices:
      - { id: spring, label: { ja: 春, en: Spring }, next: q2 }
      - { id: autumn, label: { ja: 秋, en: Autumn }, next: q2 }
    skip: q2
  q2:
    type: ask
    text: { ja: 朝と夜、どちらが好きですか。, en: Morning or night? }
    choices:
      - { id: morning, label: { ja: 朝, en: Morning }, next: done }
      - { id: night, label: { ja: 夜, en: Night }, next: done }
    skip: done
  done:
    type: say
    text: { ja: 答えてくれてありがとうございます。, en: Thank you for answering. }
    next: "@menu"
`;

/** Copies the shipped content this suite needs into a temporary folder, plus the fixture flow. */
export async function createFixtureContent(): Promise<{ dir: string; content: Content }> {
  const dir = await mkdtemp(join(tmpdir(), "komorebi-safety-content-"));
  await cp(join(defaultContentDir, "resources"), join(dir, "resources"), { recursive: true });
  for (const flow of ["menu", "safety", ...SAFETY_NEIGHBOURS]) {
    const source = join(defaultContentDir, "flows", `${flow}.yaml`);
    if (SAFETY_NEIGHBOURS.includes(flow) && !existsSync(source)) continue;
    await cp(source, join(dir, "flows", `${flow}.yaml`));
  }
  await writeFile(join(dir, "flows", "quiz.yaml"), QUIZ_FLOW);
  const system = await readFile(join(defaultContentDir, "system.yaml"), "utf8");
  const pointed = system.replace(/^(\s+welcome:\s*)"@welcome"\s*$/m, '$1"@quiz"');
  if (pointed === system)
    throw new Error("system.yaml: could not point the welcome entry at the fixture");
  await writeFile(join(dir, "system.yaml"), pointed);
  // Other people's flows (ask-person, goodbye...) are not copied, so only the schema is checked
  // here; the content check of the safety files has its own test.
  const content = await loadContent(dir, { schemaOnly: true });
  return { dir, content };
}

const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Options for {@link createSafetyHarness}. */
export interface SafetyHarnessOptions {
  riskCheck: RiskCheck;
  region?: string;
  locale?: "ja" | "en";
  checkInAfterTurns?: number;
  handoffAvailable?: boolean;
}

/** One person talking to the real core. */
export interface SafetyHarness {
  core: ConversationCore;
  staff: StaffEvent[];
  send(payload: InboundPayload): Promise<HandleResult>;
  text(text: string): Promise<HandleResult>;
  /** Presses the button with this label on the last question the bot asked. */
  press(label: string): Promise<HandleResult>;
  state(): Promise<ConversationState | undefined>;
  close(): Promise<void>;
}

/** Builds the core on the fixture content and a fresh memory store. */
export async function createSafetyHarness(options: SafetyHarnessOptions): Promise<SafetyHarness> {
  const { dir, content } = await createFixtureContent();
  const store: KomorebiStore = await createStore("memory://", {
    namespace: `safety-content-${randomUUID()}`,
  });
  const staff: StaffEvent[] = [];
  const core = createConversationCore({
    content,
    store: store.conversations,
    riskCheck: options.riskCheck,
    notifier: {
      async notify(event) {
        staff.push(event);
      },
    },
    logger: silentLogger,
    settings: {
      pseudonymSecret: "safety-content-test-secret",
      orgName: "Test Support Centre",
      defaultLocale: "ja",
      defaultRegion: options.region ?? "JP",
      handoffAvailable: () => options.handoffAvailable ?? false,
      ...(options.checkInAfterTurns !== undefined
        ? { safetyCheckInAfterTurns: options.checkInAfterTurns }
        : {}),
    },
  });
  const userId = randomUUID();
  let lastQuestion: Extract<OutboundMessage, { type: "choices" }> | undefined;
  const send = async (payload: InboundPayload) => {
    const result = await core.handle({
      channel: "web",
      userId,
      eventId: randomUUID(),
      localeHint: options.locale ?? "ja",
      payload,
    });
    lastQuestion = lastChoices(result) ?? lastQuestion;
    return result;
  };
  return {
    core,
    staff,
    send,
    text: (text) => send({ type: "text", text }),
    press: (label) => {
      const choice = lastQuestion?.choices.find((c) => c.label === label);
      if (!choice) {
        const labels = lastQuestion?.choices.map((c) => c.label).join(", ") ?? "none";
        throw new Error(`no button "${label}" on the last question (buttons: ${labels})`);
      }
      return send({ type: "choice", choiceId: choice.id });
    },
    state: () => store.conversations.get(core.pseudonym("web", userId)),
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every text the bot sent, one message a line (links as their labels and addresses). */
export function textOf(result: HandleResult): string {
  return result.messages
    .map((message) =>
      message.type === "links"
        ? [message.text, ...message.links.map((link) => `${link.label} ${link.url}`)].join("\n")
        : message.text,
    )
    .join("\n");
}

/** The last question with buttons in a reply, if any. */
export function lastChoices(
  result: HandleResult,
): Extract<OutboundMessage, { type: "choices" }> | undefined {
  return result.messages.filter((m) => m.type === "choices").at(-1) as
    | Extract<OutboundMessage, { type: "choices" }>
    | undefined;
}

/** The button labels of the last question in a reply. */
export function labelsOf(result: HandleResult): string[] {
  return lastChoices(result)?.choices.map((choice) => choice.label) ?? [];
}
