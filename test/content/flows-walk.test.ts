/**
 * Walks every path of every flow, in every locale, through the real core (memory store, real
 * risk check). A breadth-first search over conversation states: from each state it presses every
 * button the bot returned, types "skip", types free text (an answer at input nodes), and comes
 * back after an ending. Every turn must say something, stay in the conversation's language,
 * leave no `{placeholder}` unfilled, and stop at a node that waits for the person (or an end).
 *
 * At the first visit of each position it also tries the commands that work at every step (help,
 * "are you a bot", menu, pause, stop, talk to a person, language, delete my data): each must do
 * what it says, and the detours must come back to the same question.
 *
 * The walk runs twice: in a fresh conversation, and in one where every question has already been
 * skipped (a skipped question is never asked again, so skip targets are walked on their own).
 * Safety responses are entered from several places with a risk check that can be forced.
 *
 * It runs for a deployment that can do everything content may offer (check-ins, a person who
 * answers, staff alerts that reach someone) and for one that can do none of it (the web chat
 * alone, as `npm start` serves it): there, no offer it cannot keep may ever be shown. Where a
 * request to talk with a person is under way, what the staff can do (take it, write, close it,
 * leave it too long) is walked too, and a request made outside staff hours. At every question it
 * also types a painful message; words are met with listening, never with the error line or with
 * words that do not fit hard news (うれしい, "glad", 受け取りました, なるほど). Everything shown, including what
 * the core composes at run time, is held to the banned phrases of the content guide.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterFreeText, bannedPhrases, exclamation } from "../../src/content/banned-phrases.js";
import type { Content } from "../../src/content/content.js";
import { nodeAt, resolveTarget } from "../../src/content/content.js";
import { loadContent } from "../../src/content/load.js";
import type { Capability, Flow, FlowNode, LocalizedText } from "../../src/content/schema.js";
import { decodeChoice, encodeChoice } from "../../src/core/choice-token.js";
import { type ConversationCore, createConversationCore } from "../../src/core/conversation.js";
import type { Logger } from "../../src/core/ports.js";
import { Presenter } from "../../src/core/present.js";
import type { ConversationState } from "../../src/core/state.js";
import type { InboundPayload, OutboundMessage, StaffAction } from "../../src/core/types.js";
import { assessRisk, type RiskAssessment, type RiskCheck } from "../../src/safety/index.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";

const ORG = "Test Support Centre";
const USER = "walker";
/** More states than this means the walk no longer converges: a content or test bug. */
const MAX_STATES = 60_000;
/** A turn that sends more than this is probably looping through skipped questions. */
const MAX_MESSAGES_PER_TURN = 12;

/** What the walker types, per locale. */
const words: Record<
  string,
  { answer: string; free: string; skip: string; hello: string; pain: string }
> = {
  ja: {
    answer: "最近は好きなゲームを少しだけしています。",
    free: "うーん、どうかな",
    skip: "答えたくない",
    hello: "こんにちは",
    pain: "話を聞いてほしい。親がうるさくて、うまく話せない",
  },
  en: {
    answer: "I've been playing a game I like, a little.",
    free: "hmm, let me think",
    skip: "skip",
    hello: "hello",
    pain: "my parents keep asking when I'll get a job",
  },
};

/**
 * Offers that only a deployment with the capability can keep, as they would be worded: a test
 * that finds one shown without the capability fails, even if someone forgets `requires:`.
 */
const promises: Record<Capability, RegExp> = {
  "check-ins":
    /メッセージを送ります|あいさつ(を送|し)|send (you )?a (short )?message|say hello again|send a short hello/i,
  "staff-alerts":
    /スタッフ[にへ][^。]{0,30}(知らせ|伝え)ました|スタッフに伝わります|staff (are|were|have been) told|let the staff[^.]{0,30}know that someone/i,
  // A button or a line that offers a person here, as opposed to the helplines elsewhere.
  handoff:
    /スタッフに[^。]{0,30}(知らせ|伝え)ました|I've let the staff|^人と話したい$|^Talk to a person$|人と話すための案内|人と話したいときは|talk with a human|find a human/i,
  "staff-now": /スタッフの対応時間です|The staff are working now/i,
  // Who runs the bot, said of a deployment that left ORG_NAME as the bot's own name.
  "org-name": /komorebiが用意した|set up by komorebi/i,
};

/** ORG_NAME when nobody set it: the bot's own name. */
const DEFAULT_ORG = "komorebi";

/** Staff hours as the walk's deployment words them. */
const STAFF_HOURS = {
  ja: "月〜金 10:00〜18:00（Asia/Tokyo）",
  en: "Mon-Fri 10:00-18:00 (Asia/Tokyo)",
};

/** Commands tried at every position, with the words used (any locale's words work). */
const commandWords = {
  help: "help",
  bot: "are you a bot",
  menu: "menu",
  pause: "pause",
  stop: "stop",
  human: "talk to a person",
  language: "language",
  delete: "delete my data",
} as const;

/** Texts that make the forced risk check answer with a level, to enter the safety responses. */
const forcedRisk: Record<string, RiskAssessment> = {
  "__walk-crisis__": {
    level: "crisis",
    matches: [{ rule: "walk.crisis", level: "crisis", category: "test" }],
    overrides: [],
    dangerAtHome: false,
  },
  "__walk-concern__": {
    level: "concern",
    matches: [{ rule: "walk.concern", level: "concern", category: "test" }],
    overrides: [],
    dangerAtHome: false,
  },
  "__walk-danger__": {
    level: "crisis",
    matches: [{ rule: "walk.danger", level: "crisis", category: "danger-at-home" }],
    overrides: [],
    dangerAtHome: true,
  },
  "__walk-urgent__": {
    level: "crisis",
    matches: [{ rule: "walk.urgent", level: "crisis", category: "attempt-in-progress" }],
    overrides: [],
    dangerAtHome: false,
    urgent: true,
  },
  "__walk-other__": {
    level: "crisis",
    matches: [{ rule: "walk.other", level: "crisis", category: "test" }],
    overrides: [],
    dangerAtHome: false,
    subject: "other",
  },
  // Violence at home reported about someone else. Two Latin words, so the walk stays in its
  // locale (three would read as English).
  "__walk-violence__": {
    level: "crisis",
    matches: [{ rule: "walk.violence", level: "crisis", category: "danger-at-home" }],
    overrides: [],
    dangerAtHome: true,
    subject: "other",
  },
};
const riskCheck: RiskCheck = (text, hint) => forcedRisk[text] ?? assessRisk(text, hint);

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const JAPANESE =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u;
const URL_PATTERN = /https?:\/\/\S+/g;
const PLACEHOLDER = /\{[A-Za-z_]\w*\}/;

/** Why a text does not belong in a conversation in `locale`, or undefined when it does. */
function wrongLanguage(text: string, locale: string): string | undefined {
  const plain = text.replace(URL_PATTERN, " ");
  if (locale === "en") {
    const found = plain.match(JAPANESE);
    return found ? `Japanese "${found[0]}" in an English conversation` : undefined;
  }
  if (locale === "ja") {
    for (const sentence of plain.split(/[。！？!?\n]|\.\s/)) {
      if (JAPANESE.test(sentence)) continue;
      const englishWords = sentence.match(/[A-Za-z]{2,}/g) ?? [];
      if (englishWords.length >= 4) return `English sentence "${sentence.trim()}" in Japanese`;
    }
  }
  return undefined;
}

/** The one place where both languages are expected: the language choice itself. */
function isLanguageQuestion(message: OutboundMessage, content: Content): boolean {
  if (message.type !== "choices") return false;
  const ref = decodeChoice(message.choices[0]?.id ?? "");
  const language = resolveTarget(content, "", content.system.commands.language?.next ?? "");
  return (
    ref !== undefined &&
    language !== undefined &&
    "flow" in language &&
    ref.flow === language.flow &&
    ref.node === language.node
  );
}

/** Everything a message shows the person: its text, button labels and link labels. */
function shownTexts(message: OutboundMessage): string[] {
  switch (message.type) {
    case "text":
      return [message.text];
    case "choices":
      return [message.text, ...message.choices.map((choice) => choice.label)];
    case "links":
      return [message.text, ...message.links.map((link) => link.label)];
  }
}

const clone = <T>(value: T): T => structuredClone(value);

/** The set under `key`, created when missing. */
function setIn(map: Map<string, Set<string>>, key: string): Set<string> {
  const existing = map.get(key);
  if (existing) return existing;
  const created = new Set<string>();
  map.set(key, created);
  return created;
}

interface Config {
  region: string;
  handoffAvailable: boolean;
  /** Within staff hours (only matters with a handoff). */
  staffNow: boolean;
  checkIns: boolean;
  staffAlerts: boolean;
  /** Whether ORG_NAME names an organisation (otherwise it is left as the bot's own name). */
  orgNamed: boolean;
}

/** The organisation a walk's deployment names. */
const orgOf = (config: Config) => (config.orgNamed ? ORG : DEFAULT_ORG);

/** Whether a walk's deployment can keep what content that requires `capability` offers. */
function can(config: Config, capability: Capability | undefined): boolean {
  if (capability === undefined) return true;
  if (capability === "handoff") return config.handoffAvailable;
  if (capability === "staff-now") return config.handoffAvailable && config.staffNow;
  if (capability === "org-name") return config.orgNamed;
  return capability === "check-ins" ? config.checkIns : config.staffAlerts;
}

interface Walker {
  content: Content;
  config: Config;
  presenter: Presenter;
  core: ConversationCore;
  store: KomorebiStore;
  conversation: string;
  /** Runs one event from a saved state (or a new conversation when `from` is undefined). */
  step(
    from: ConversationState | undefined,
    payload: InboundPayload,
    localeHint?: string,
  ): Promise<{ messages: OutboundMessage[]; state: ConversationState | undefined }>;
  /** Runs something the staff did, from a saved state. */
  staff(
    from: ConversationState,
    action: StaffAction,
  ): { messages: OutboundMessage[]; state: ConversationState; changed: boolean };
}

async function createWalker(content: Content, config: Config): Promise<Walker> {
  const store = await createStore("memory://", {
    namespace: `walk-${Math.random().toString(36).slice(2)}`,
  });
  const core = createConversationCore({
    content,
    store: store.conversations,
    riskCheck,
    notifier: { notify: async () => {} },
    logger: silent,
    settings: {
      pseudonymSecret: "walk-secret-0123456789",
      orgName: orgOf(config),
      defaultLocale: content.system.defaultLocale,
      defaultRegion: config.region,
      handoffAvailable: () => config.handoffAvailable,
      staffAnswering: () => config.staffNow,
      staffHours: STAFF_HOURS,
      checkIns: config.checkIns,
      staffAlerts: config.staffAlerts,
    },
  });
  const conversation = core.pseudonym("web", USER);
  return {
    content,
    config,
    presenter: new Presenter(content, { org: orgOf(config), staffHours: STAFF_HOURS }),
    core,
    store,
    conversation,
    staff(from, action) {
      const outcome = core.staffTurn(conversation, action, clone(from), new Date());
      return {
        messages: outcome.messages,
        state: clone(outcome.state ?? from),
        changed: outcome.changed,
      };
    },
    async step(from, payload, localeHint) {
      if (from) await store.conversations.set(conversation, clone(from));
      else await store.conversations.delete(conversation);
      const result = await core.handle({
        channel: "web",
        userId: USER,
        ...(localeHint ? { localeHint } : {}),
        payload,
      });
      const state = await store.conversations.get(conversation);
      return { messages: result.messages, state: state ? clone(state) : undefined };
    },
  };
}

/** A state waiting to be explored, and how it was reached (for failure messages). */
interface Item {
  state: ConversationState;
  /** The buttons of the question the bot asked last. */
  buttons: { id: string; label: string }[];
  path: string[];
}

interface WalkResult {
  problems: string[];
  /** Every text shown, per locale, for the coverage check. */
  seen: Map<string, Set<string>>;
  /** Every position the conversation waited at, per locale. */
  positions: Map<string, Set<string>>;
  states: number;
}

const describePath = (path: string[]) => path.join(" → ");
const keyOf = (p: { flow: string; node: string }) => `${p.flow}.${p.node}`;

function isMenu(content: Content, position: { flow: string; node: string }): boolean {
  const menu = resolveTarget(content, "", content.system.entry.menu);
  return menu !== undefined && "flow" in menu && keyOf(menu) === keyOf(position);
}

/**
 * The first node that waits for the person when a flow target runs, skipping nothing but what
 * the deployment cannot keep.
 */
function firstWaitingNode(content: Content, config: Config, target: string): string | undefined {
  let resolved = resolveTarget(content, "", target);
  for (let steps = 0; steps < 40 && resolved && "flow" in resolved; steps++) {
    const node: FlowNode | undefined = nodeAt(content, resolved);
    if (!node) return undefined;
    if (!can(config, node.requires) && node.otherwise) {
      resolved = resolveTarget(content, resolved.flow, node.otherwise);
      continue;
    }
    if (node.type === "ask" || node.type === "input" || node.type === "end") {
      return keyOf(resolved);
    }
    resolved = resolveTarget(content, resolved.flow, node.next);
  }
  return undefined;
}

/**
 * The part of a state that decides what happens next. Skipped questions count only for the
 * flow the person is in (and the one a detour returns to): that keeps the walk finite, and the
 * "everything skipped" walk covers skip targets across flows.
 */
function stateKey(state: ConversationState): string {
  const flows = new Set([state.position.flow, state.returnTo?.flow, "menu"]);
  const safety = state.safety
    ? `${state.safety.level}:${
        state.safety.checkInAfterTurns === null
          ? "done"
          : state.safety.checkInAfterTurns > 0
            ? "pending"
            : "due"
      }`
    : "";
  return JSON.stringify([
    keyOf(state.position),
    state.locale,
    // The check-in preference changes nothing the bot says (the skip it leaves is counted below),
    // so it does not make a state new: four preferences would walk everything four times over.
    state.lifecycle,
    state.returnTo ? keyOf(state.returnTo) : "",
    safety,
    // A request under way changes what happens only where it waits and is talked on (and what
    // the staff can do, walked from there); elsewhere counting it would walk everything again.
    state.position.flow === "ask-person"
      ? [state.handoff?.stage, state.handoff?.askFirst, state.handoff?.noted]
      : [],
    state.skipped.filter((key) => flows.has(key.split(".")[0])).sort(),
  ]);
}

/** Checks one turn; returns the problems found. */
function checkTurn(
  walker: Walker,
  path: string[],
  before: ConversationState | undefined,
  messages: OutboundMessage[],
  after: ConversationState | undefined,
  seen: Map<string, Set<string>>,
): string[] {
  const { content } = walker;
  const problems: string[] = [];
  const where = describePath(path);
  const locale = after?.locale ?? before?.locale ?? content.system.defaultLocale;
  if (messages.length === 0) problems.push(`no messages at ${where}`);
  if (messages.length > MAX_MESSAGES_PER_TURN) {
    problems.push(`${messages.length} messages in one turn (a loop?) at ${where}`);
  }
  const texts = messages.flatMap((message) => (message.type === "text" ? [message.text] : []));
  const repeated = texts.find((text, index) => texts.indexOf(text) !== index);
  if (repeated) problems.push(`the same text twice in one turn (a loop?) at ${where}: ${repeated}`);
  for (const message of messages) {
    const bilingual = isLanguageQuestion(message, content);
    for (const text of shownTexts(message)) {
      setIn(seen, locale).add(text);
      if (PLACEHOLDER.test(text)) problems.push(`unfilled placeholder at ${where}: ${text}`);
      // What the person is shown, composed at run time too (resource lines, placeholders). The
      // bullet of a resource line is the core's today (src/core/present.ts); once its wording
      // moves into system.yaml, the content check holds it to the bullet rule there.
      const composed = (banned: { pattern: RegExp }) => banned.pattern.source === "・";
      for (const banned of [...(bannedPhrases[locale] ?? []), exclamation]) {
        if (composed(banned)) continue;
        const found = text.replace(URL_PATTERN, " ").match(banned.pattern);
        if (found) problems.push(`banned "${found[0]}" (${banned.why}) at ${where}: ${text}`);
      }
      for (const [capability, promise] of Object.entries(promises)) {
        if (!can(walker.config, capability as Capability) && promise.test(text)) {
          problems.push(`an offer the deployment cannot keep (${capability}) at ${where}: ${text}`);
        }
      }
      const wrong = bilingual ? undefined : wrongLanguage(text, locale);
      if (wrong) problems.push(`${wrong} at ${where}`);
    }
  }
  if (!after) return problems;
  const node = nodeAt(content, after.position);
  if (!node) {
    problems.push(`stopped at a missing node ${keyOf(after.position)} at ${where}`);
    return problems;
  }
  if (node.type !== "ask" && node.type !== "input" && node.type !== "end") {
    problems.push(`stopped at a ${node.type} node ${keyOf(after.position)} at ${where}`);
  }
  if ((after.lifecycle === "ended") !== (node.type === "end")) {
    problems.push(
      `lifecycle=${after.lifecycle} at ${node.type} node ${keyOf(after.position)}, ${where}`,
    );
  }
  if (after.lifecycle === "active") {
    // The question the conversation waits at must be the last thing the person saw.
    const last = messages.at(-1);
    // A free-text question is asked with its two buttons: "that's all" and "skip".
    const asked =
      (node.type === "ask" || node.type === "input") &&
      last?.type === "choices" &&
      last.choices.length > 0 &&
      last.choices.every((choice) => {
        const ref = decodeChoice(choice.id);
        return ref && ref.flow === after.position.flow && ref.node === after.position.node;
      }) &&
      (node.type === "ask" || last.text === walker.presenter.text(node.text, after.locale));
    if (!asked) {
      problems.push(`waits at ${keyOf(after.position)} without asking it last, at ${where}`);
    }
  }
  return problems;
}

/**
 * Problems with the answer to words typed at a question: the error line ("not understood") is
 * only for what cannot be read, and the first words said back must fit hard news.
 */
function listeningProblems(
  walker: Walker,
  locale: string,
  messages: OutboundMessage[],
  where: string,
): string[] {
  const problems: string[] = [];
  const notUnderstood = walker.presenter.system("not-understood", locale);
  if (messages.some((message) => message.text === notUnderstood)) {
    problems.push(`words were answered with the error line at ${where}`);
  }
  const first = messages[0]?.text ?? "";
  for (const unfit of afterFreeText[locale] ?? []) {
    const found = first.match(unfit.pattern);
    if (found) problems.push(`"${found[0]}" said straight after hard words at ${where}: ${first}`);
  }
  return problems;
}

/** Breadth-first walk from the given seeds. */
async function walk(
  walker: Walker,
  seeds: { state: ConversationState; messages: OutboundMessage[]; path: string[] }[],
  result: WalkResult,
): Promise<void> {
  const { content } = walker;
  const queue: Item[] = [];
  const visited = new Set<string>();
  const probed = new Set<string>();
  const enqueue = (
    state: ConversationState | undefined,
    messages: OutboundMessage[],
    path: string[],
  ) => {
    if (!state || state.lifecycle === "stopped" || state.lifecycle === "paused") return;
    const key = stateKey(state);
    if (visited.has(key)) return;
    visited.add(key);
    result.states += 1;
    if (result.states > MAX_STATES) throw new Error(`more than ${MAX_STATES} states`);
    const last = messages.at(-1);
    queue.push({ state, buttons: last?.type === "choices" ? last.choices : [], path });
  };
  for (const seed of seeds) enqueue(seed.state, seed.messages, seed.path);

  while (queue.length > 0) {
    const item = queue.shift()!;
    const { state, path } = item;
    const w = words[state.locale] ?? words.en!;
    const node = nodeAt(content, state.position);
    setIn(result.positions, state.locale).add(keyOf(state.position));
    if (state.handoff?.stage) walkStaffActions(walker, item, result, enqueue);

    const run = async (payload: InboundPayload, label: string) => {
      const turnPath = [...path, label];
      const { messages, state: after } = await walker.step(state, payload);
      result.problems.push(...checkTurn(walker, turnPath, state, messages, after, result.seen));
      return { messages, after, turnPath };
    };

    if (state.lifecycle === "ended") {
      // Coming back after an ending: welcomed back to the menu, nothing asked again.
      const back = await run({ type: "text", text: w.hello }, `"${w.hello}"`);
      if (back.after && !isMenu(content, back.after.position)) {
        result.problems.push(`a return did not reach the menu at ${describePath(back.turnPath)}`);
      }
      enqueue(back.after, back.messages, back.turnPath);
      continue;
    }

    if (node?.type === "ask" || node?.type === "input") {
      const expected =
        node.type === "ask"
          ? node.choices
              .filter((choice) => can(walker.config, choice.requires))
              .map((choice) => choice.id)
          : ["done", "skip"];
      const pressed = item.buttons.map((button) => decodeChoice(button.id)?.choice);
      if (JSON.stringify(expected) !== JSON.stringify(pressed)) {
        result.problems.push(
          `buttons ${pressed.join(",")} do not match ${keyOf(state.position)} at ${describePath(path)}`,
        );
      }
      for (const button of item.buttons) {
        const turn = await run({ type: "choice", choiceId: button.id }, `[${button.label}]`);
        const choice =
          node.type === "ask"
            ? node.choices.find((c) => c.id === decodeChoice(button.id)?.choice)
            : undefined;
        const goesBack = choice?.next === "@return" || choice?.next === content.system.entry.menu;
        // A button that leads somewhere must not just show the menu again (a skipped flow).
        if (
          choice &&
          !goesBack &&
          choice.action !== "delete-data" &&
          turn.after &&
          isMenu(content, turn.after.position) &&
          turn.messages.length === 1 &&
          !isMenu(content, state.position)
        ) {
          result.problems.push(
            `[${button.label}] only shows the menu again at ${describePath(turn.turnPath)}`,
          );
        }
        if (turn.after && isMenu(content, state.position) && isMenu(content, turn.after.position)) {
          if (turn.messages.length <= 1) {
            result.problems.push(
              `menu item [${button.label}] leads nowhere at ${describePath(turn.turnPath)}`,
            );
          }
        }
        enqueue(turn.after, turn.messages, turn.turnPath);
      }
    }
    if (isRelaying(content, state)) {
      await walkRelaying(walker, item, result, enqueue);
      continue;
    }
    if (node?.type === "ask" || node?.type === "input") {
      const skip = await run({ type: "text", text: w.skip }, `"${w.skip}"`);
      enqueue(skip.after, skip.messages, skip.turnPath);
      const text = node.type === "input" ? w.answer : w.free;
      const typed = await run({ type: "text", text }, `"${text}"`);
      result.problems.push(
        ...listeningProblems(walker, state.locale, typed.messages, describePath(typed.turnPath)),
      );
      enqueue(typed.after, typed.messages, typed.turnPath);
    }

    // Commands, once per position, locale and returnTo.
    const probeKey = `${keyOf(state.position)}|${state.locale}|${state.returnTo ? keyOf(state.returnTo) : ""}`;
    if (probed.has(probeKey)) continue;
    probed.add(probeKey);
    await probeCommands(walker, item, result, enqueue);
  }
}

type Enqueue = (
  state: ConversationState | undefined,
  messages: OutboundMessage[],
  path: string[],
) => void;

/** True where what the person writes is passed on to the staff (the handoff's two places). */
function isRelaying(content: Content, state: ConversationState): boolean {
  const place = (target: string | undefined) => {
    const resolved = target ? resolveTarget(content, "", target) : undefined;
    return resolved && "flow" in resolved ? keyOf(resolved) : undefined;
  };
  const stage = state.handoff?.stage;
  const here = keyOf(state.position);
  return (
    (stage === "waiting" && here === place(content.system.entry.handoffWaiting)) ||
    (stage === "live" && here === place(content.system.entry.handoffLive))
  );
}

/**
 * What the staff can do while a request is under way: take it (the person talks, or is asked
 * first), leave it too long, write, close it. Each is said to the person, in their language.
 */
function walkStaffActions(walker: Walker, item: Item, result: WalkResult, enqueue: Enqueue): void {
  const { state, path } = item;
  const stage = state.handoff?.stage;
  const words = { ja: "スタッフの田中です。", en: "This is Tanaka from the staff." };
  const staffWords = words[state.locale as keyof typeof words] ?? words.en;
  const actions: StaffAction[] =
    stage === "waiting"
      ? [{ type: "claimed" }, { type: "unclaimed" }, { type: "closed" }]
      : [{ type: "message", text: staffWords }, { type: "closed" }];
  for (const action of actions) {
    const turnPath = [...path, `(staff: ${action.type})`];
    const { messages, state: after, changed } = walker.staff(state, action);
    const where = describePath(turnPath);
    if (action.type === "message") {
      const said = messages.map((message) => message.text).join("\n");
      if (stage === "live" && (messages.length !== 1 || !said.includes(staffWords))) {
        result.problems.push(`a worker's message did not reach the person at ${where}`);
      }
      if (stage !== "live" && messages.length > 0) {
        result.problems.push(
          `a worker's message reached someone not talking with them at ${where}`,
        );
      }
      for (const message of messages) setIn(result.seen, state.locale).add(message.text);
      continue;
    }
    if (action.type === "unclaimed" && state.handoff?.askFirst) {
      if (changed) result.problems.push(`told twice that nobody came, at ${where}`);
      continue;
    }
    result.problems.push(...checkTurn(walker, turnPath, state, messages, after, result.seen));
    if (action.type === "closed" && after.handoff) {
      result.problems.push(`a closed case left the request open at ${where}`);
    }
    enqueue(after, messages, turnPath);
  }
}

/**
 * Where messages are passed on: words (commands that only say something too) go to the staff
 * and the conversation stays put; while waiting the first one gets a note. Stop, menu and pause
 * still work, and end a talk with a worker first.
 */
async function walkRelaying(
  walker: Walker,
  item: Item,
  result: WalkResult,
  enqueue: Enqueue,
): Promise<void> {
  const { content } = walker;
  const { state, path } = item;
  const w = words[state.locale] ?? words.en!;
  const live = state.handoff?.stage === "live";
  for (const text of [w.free, w.skip, commandWords.help, commandWords.human]) {
    const turnPath = [...path, `"${text}"`];
    const where = describePath(turnPath);
    const { messages, state: after } = await walker.step(state, { type: "text", text });
    const expected = live || state.handoff?.noted ? 0 : 1;
    if (messages.length !== expected) {
      result.problems.push(`${messages.length} answers to words passed on at ${where}`);
    }
    if (!after || keyOf(after.position) !== keyOf(state.position) || !after.handoff) {
      result.problems.push(`words passed on moved the conversation at ${where}`);
    }
    for (const message of messages) {
      setIn(result.seen, state.locale).add(message.text);
      const wrong = wrongLanguage(message.text, state.locale);
      if (wrong) result.problems.push(`${wrong} at ${where}`);
    }
    // The question still stands, with the buttons it had.
    enqueue(after, [{ type: "choices", text: "", choices: item.buttons }], turnPath);
  }
  if (live) {
    // A crisis while a worker is there: the lines that fit, then back to the talk.
    for (const text of ["__walk-crisis__", "__walk-urgent__"]) {
      const turnPath = [...path, text];
      const { messages, state: after } = await walker.step(state, { type: "text", text });
      result.problems.push(...checkTurn(walker, turnPath, state, messages, after, result.seen));
      if (!after || keyOf(after.position) !== keyOf(state.position)) {
        result.problems.push(
          `a crisis took the person away from the staff at ${describePath(turnPath)}`,
        );
      }
    }
  }
  for (const name of ["menu", "stop", "pause"] as const) {
    const turnPath = [...path, `"${commandWords[name]}"`];
    const where = describePath(turnPath);
    const { messages, state: after } = await walker.step(state, {
      type: "text",
      text: commandWords[name],
    });
    if (name === "menu") {
      result.problems.push(...checkTurn(walker, turnPath, state, messages, after, result.seen));
      if (!after || !isMenu(content, after.position)) {
        result.problems.push(`"menu" did not reach the menu at ${where}`);
      }
    }
    const expected = (live ? 1 : 0) + 1;
    if (name !== "menu" && messages.length !== expected) {
      result.problems.push(`"${name}" said ${messages.length} things at ${where}`);
    }
    if (after && (live || name === "stop") && after.handoff) {
      result.problems.push(`"${name}" left the request open at ${where}`);
    }
    for (const message of messages) setIn(result.seen, state.locale).add(message.text);
    if (name === "menu") enqueue(after, messages, turnPath);
  }
}

/**
 * A request made outside staff hours: the person hears when the staff work and gets the lines
 * that answer now; the states reached are walked further (a worker who comes later asks first).
 */
async function outsideHours(
  walker: Walker,
  seeds: { state: ConversationState; messages: OutboundMessage[]; path: string[] }[],
  result: WalkResult,
): Promise<void> {
  const { content, config } = walker;
  if (!config.handoffAvailable) return;
  config.staffNow = false;
  try {
    for (const locale of content.system.locales) {
      const start = await walker.step(undefined, { type: "start" }, locale);
      if (!start.state) continue;
      const basePath = [`start (${locale})`, "outside staff hours", `"${commandWords.human}"`];
      const asked = await walker.step(start.state, { type: "text", text: commandWords.human });
      result.problems.push(
        ...checkTurn(walker, basePath, start.state, asked.messages, asked.state, result.seen),
      );
      const consent = asked.messages.at(-1);
      if (!asked.state || consent?.type !== "choices") continue;
      for (const button of consent.choices) {
        const turnPath = [...basePath, `[${button.label}]`];
        const sent = await walker.step(asked.state, { type: "choice", choiceId: button.id });
        result.problems.push(
          ...checkTurn(walker, turnPath, asked.state, sent.messages, sent.state, result.seen),
        );
        if (sent.state?.handoff?.stage) {
          seeds.push({ state: sent.state, messages: sent.messages, path: turnPath });
        }
      }
    }
  } finally {
    config.staffNow = true;
  }
}

async function probeCommands(
  walker: Walker,
  item: Item,
  result: WalkResult,
  enqueue: (
    state: ConversationState | undefined,
    messages: OutboundMessage[],
    path: string[],
  ) => void,
): Promise<void> {
  const { content } = walker;
  const { state, path } = item;
  const here = keyOf(state.position);
  const w = words[state.locale] ?? words.en!;
  const fail = (what: string, turnPath: string[]) =>
    result.problems.push(`${what} at ${describePath(turnPath)}`);
  const run = async (from: ConversationState, text: string, turnPath: string[]) => {
    const { messages, state: after } = await walker.step(from, { type: "text", text });
    result.problems.push(...checkTurn(walker, turnPath, from, messages, after, result.seen));
    return { messages, after };
  };
  const target = (name: keyof typeof commandWords) =>
    firstWaitingNode(content, walker.config, content.system.commands[name]?.next ?? "");

  // Someone's first typed words, wherever they are: listened to, not corrected.
  const node = nodeAt(content, state.position);
  if (state.lifecycle !== "ended" && (node?.type === "ask" || node?.type === "input")) {
    const turnPath = [...path, `"${w.pain}"`];
    const { messages } = await run(state, w.pain, turnPath);
    result.problems.push(
      ...listeningProblems(walker, state.locale, messages, describePath(turnPath)),
    );
  }

  for (const name of Object.keys(commandWords) as (keyof typeof commandWords)[]) {
    const turnPath = [...path, `"${commandWords[name]}"`];
    const { messages, after } = await run(state, commandWords[name], turnPath);
    if (!after) {
      fail(`"${commandWords[name]}" lost the conversation`, turnPath);
      continue;
    }
    const at = keyOf(after.position);
    switch (name) {
      case "help":
      case "bot":
        // A detour: says its piece and asks the same question again. Inside another detour (a
        // safety response, "talk to a person"), the core has one return slot, so it goes back to
        // where the outer detour began; see the report on issue 5.
        if (
          at !== here &&
          at !== (state.returnTo && keyOf(state.returnTo)) &&
          !isMenu(content, after.position)
        ) {
          fail(`"${commandWords[name]}" did not come back (at ${at})`, turnPath);
        }
        if (messages.length < 2) fail(`"${commandWords[name]}" said too little`, turnPath);
        break;
      case "menu":
        if (!isMenu(content, after.position))
          fail(`"menu" did not reach the menu (at ${at})`, turnPath);
        break;
      case "pause":
      case "stop": {
        if (messages.length !== 1) fail(`"${name}" sent ${messages.length} messages`, turnPath);
        const back = await run(after, w.hello, [...turnPath, `"${w.hello}"`]);
        const resumed = back.after ? keyOf(back.after.position) : "";
        const expected = name === "pause" && state.lifecycle !== "ended" ? here : undefined;
        if (
          expected ? resumed !== expected : !back.after || !isMenu(content, back.after.position)
        ) {
          fail(`writing again after "${name}" went to ${resumed}`, [...turnPath, w.hello]);
        }
        break;
      }
      case "human":
      case "language":
      case "delete": {
        // A command always does what it says, even if its question was skipped before.
        const expected = target(name);
        if (at !== expected)
          fail(`"${commandWords[name]}" went to ${at}, not ${expected}`, turnPath);
        enqueue(after, messages, turnPath);
        break;
      }
    }
  }
}

/** Collects the texts of a flow node (and its labels) that a walk should have shown. */
function nodeTexts(node: FlowNode): LocalizedText[] {
  const texts: LocalizedText[] = [];
  if ("text" in node && node.text) texts.push(node.text);
  if (node.type === "handoff") texts.push(node.unavailableText);
  if (node.type === "ask") texts.push(...node.choices.map((choice) => choice.label));
  return texts;
}

/**
 * Staff stop answering between "talk to a person" and the yes (staff hours end): the request is
 * not sent, and the person is told so.
 */
async function handoffEndsMidway(walker: Walker, result: WalkResult): Promise<void> {
  const { content, config } = walker;
  const consent = resolveTarget(content, "", "@ask-person.consent");
  const consentNode = consent && "flow" in consent ? nodeAt(content, consent) : undefined;
  if (!consent || !("flow" in consent) || consentNode?.type !== "ask") return;
  const yes = consentNode.choices.find(
    (choice) => nodeAt(content, { flow: consent.flow, node: choice.next })?.type === "handoff",
  );
  if (!yes) return;
  for (const locale of content.system.locales) {
    const start = await walker.step(undefined, { type: "start" }, locale);
    if (!start.state) continue;
    const asked = clone(start.state);
    asked.position = consent;
    config.handoffAvailable = false;
    try {
      const path = [
        `start (${locale})`,
        "ask-person.consent",
        "staff stop answering",
        `[${yes.id}]`,
      ];
      const { messages, state } = await walker.step(asked, {
        type: "choice",
        choiceId: encodeChoice({ flow: consent.flow, node: consent.node, choice: yes.id }),
      });
      result.problems.push(...checkTurn(walker, path, asked, messages, state, result.seen));
      if (state) setIn(result.positions, locale).add(keyOf(state.position));
    } finally {
      config.handoffAvailable = true;
    }
  }
}

let content: Content;
const results: { config: Config; result: WalkResult }[] = [];

async function walkAll(config: Config): Promise<WalkResult> {
  const walker = await createWalker(content, config);
  const result: WalkResult = { problems: [], seen: new Map(), positions: new Map(), states: 0 };
  try {
    const seeds: { state: ConversationState; messages: OutboundMessage[]; path: string[] }[] = [];
    for (const locale of content.system.locales) {
      const start = await walker.step(undefined, { type: "start" }, locale);
      result.problems.push(
        ...checkTurn(
          walker,
          [`start (${locale})`],
          undefined,
          start.messages,
          start.state,
          result.seen,
        ),
      );
      if (!start.state) throw new Error("no state after start");
      seeds.push({ state: start.state, messages: start.messages, path: [`start (${locale})`] });

      // The same conversation with every question already skipped.
      const allSkipped = clone(start.state);
      for (const flow of content.flows.values() as Iterable<Flow>) {
        for (const [id, node] of Object.entries(flow.nodes)) {
          if ((node.type === "ask" || node.type === "input") && node.skip) {
            allSkipped.skipped.push(`${flow.id}.${id}`);
          }
        }
      }
      seeds.push({
        state: allSkipped,
        messages: start.messages,
        path: [`start (${locale}), all skipped`],
      });

      // Safety responses, entered from the menu and from the middle of other flows.
      const entryPoints = [start.state];
      for (const target of ["@just-talk.mind", "@information.topics", "@settings.region"]) {
        const resolved = resolveTarget(content, "", target);
        if (resolved && "flow" in resolved) {
          const mid = clone(start.state);
          mid.position = resolved;
          entryPoints.push(mid);
        }
      }
      for (const from of entryPoints) {
        for (const text of Object.keys(forcedRisk)) {
          const turnPath = [`start (${locale})`, keyOf(from.position), text];
          const { messages, state } = await walker.step(from, { type: "text", text });
          result.problems.push(...checkTurn(walker, turnPath, from, messages, state, result.seen));
          if (state) seeds.push({ state, messages, path: turnPath });
        }
      }

      // The one safety check-in: due, and the person is at the menu.
      const due = clone(start.state);
      due.safety = {
        level: "crisis",
        at: due.createdAt,
        returnTo: due.position,
        checkInAfterTurns: 1,
      };
      // Back at the menu from the settings (words typed at the menu are listened to in just-talk,
      // so the check-in waits for the next time the person is at the menu).
      due.position = { flow: "settings", node: "main" };
      const checkInPath = [`start (${locale})`, "settings", "safety check-in due", "[back]"];
      const checkIn = await walker.step(due, {
        type: "choice",
        choiceId: encodeChoice({ flow: "settings", node: "main", choice: "back" }),
      });
      result.problems.push(
        ...checkTurn(walker, checkInPath, due, checkIn.messages, checkIn.state, result.seen),
      );
      const expected = resolveTarget(content, "", content.system.entry.safetyCheckIn);
      if (
        !checkIn.state ||
        !expected ||
        !("flow" in expected) ||
        keyOf(checkIn.state.position) !== keyOf(expected)
      ) {
        result.problems.push(`the safety check-in was not asked at ${describePath(checkInPath)}`);
      }
      if (checkIn.state)
        seeds.push({ state: checkIn.state, messages: checkIn.messages, path: checkInPath });

      // The check-ins the person asked for, as the scheduler sends them: the first, and the last
      // (the one before went unanswered). Only a deployment that sends check-ins has them.
      for (const unanswered of [0, 1]) {
        const asked = clone(start.state);
        asked.checkIn = "in-3-days";
        asked.nextCheckIn = { at: asked.createdAt, sent: unanswered, unanswered };
        const sent = walker.core.checkIn(walker.conversation, asked, new Date(asked.createdAt));
        const sentPath = [`start (${locale})`, `check-in sent (${unanswered} unanswered before)`];
        if (!config.checkIns) {
          if (sent) result.problems.push(`a check-in was composed at ${describePath(sentPath)}`);
          continue;
        }
        if (!sent?.state) {
          result.problems.push(`no check-in at ${describePath(sentPath)}`);
          continue;
        }
        result.problems.push(
          ...checkTurn(walker, sentPath, asked, sent.messages, sent.state, result.seen),
        );
        seeds.push({ state: sent.state, messages: sent.messages, path: sentPath });
      }
    }
    await outsideHours(walker, seeds, result);
    await walk(walker, seeds, result);
    if (config.handoffAvailable) await handoffEndsMidway(walker, result);
  } finally {
    await walker.store.close();
  }
  return result;
}

beforeAll(async () => {
  content = await loadContent();
  for (const config of [
    // A deployment that can keep every offer, and one that can keep none (the web chat alone,
    // as `npm start` serves it, with ORG_NAME left as it is).
    {
      region: "JP",
      handoffAvailable: true,
      staffNow: true,
      checkIns: true,
      staffAlerts: true,
      orgNamed: true,
    },
    {
      region: "XX",
      handoffAvailable: false,
      staffNow: false,
      checkIns: false,
      staffAlerts: false,
      orgNamed: false,
    },
  ]) {
    results.push({ config, result: await walkAll(config) });
  }
}, 300_000);

afterAll(() => {
  for (const { config, result } of results) {
    // Useful when the content grows: how big the walk is.
    console.info(
      `walked ${result.states} states (${config.region}, handoff ${config.handoffAvailable})`,
    );
  }
});

describe("walking every flow through the core", () => {
  it("every turn says something, in the right language, and waits at a question or an end", () => {
    const problems = [...new Set(results.flatMap(({ result }) => result.problems))];
    expect(problems).toEqual([]);
  });

  it("reaches every waiting node of every flow, in every locale", () => {
    for (const locale of content.system.locales) {
      const reached = new Set(
        results.flatMap(({ result }) => [...(result.positions.get(locale) ?? [])]),
      );
      const missing: string[] = [];
      for (const flow of content.flows.values()) {
        for (const [id, node] of Object.entries(flow.nodes)) {
          if ((node.type === "ask" || node.type === "input") && !reached.has(`${flow.id}.${id}`)) {
            missing.push(`${flow.id}.${id}`);
          }
        }
      }
      expect(missing, locale).toEqual([]);
    }
  });

  it("shows every text and button of every flow, in every locale", () => {
    // Each walk's deployment names its organisation its own way.
    const presenters = results.map(
      ({ config }) => new Presenter(content, { org: orgOf(config), staffHours: STAFF_HOURS }),
    );
    for (const locale of content.system.locales) {
      const seen = new Set(results.flatMap(({ result }) => [...(result.seen.get(locale) ?? [])]));
      const shown = [...seen].join("\n");
      const missing: string[] = [];
      for (const flow of content.flows.values()) {
        for (const [id, node] of Object.entries(flow.nodes)) {
          for (const text of nodeTexts(node)) {
            const expected = presenters.map((presenter) => presenter.text(text, locale));
            if (!expected.some((one) => seen.has(one) || shown.includes(one)))
              missing.push(`${flow.id}.${id}: ${expected[0]}`);
          }
        }
      }
      expect(missing, locale).toEqual([]);
    }
  });
});

describe("promises", () => {
  it("nothing that requires what the deployment lacks is ever shown", () => {
    for (const { config, result } of results) {
      const presenter = new Presenter(content, { org: orgOf(config) });
      for (const locale of content.system.locales) {
        const allowed = new Set<string>();
        const gated = new Map<string, string>();
        for (const flow of content.flows.values()) {
          for (const [id, node] of Object.entries(flow.nodes)) {
            const add = (text: LocalizedText, ok: boolean, where: string) => {
              const shown = presenter.text(text, locale);
              if (ok) allowed.add(shown);
              else gated.set(shown, where);
            };
            const nodeOk = can(config, node.requires);
            for (const text of nodeTexts({
              ...node,
              ...(node.type === "ask" ? { choices: [] } : {}),
            } as FlowNode)) {
              add(text, nodeOk, `${flow.id}.${id}`);
            }
            if (node.type === "ask") {
              for (const choice of node.choices) {
                add(
                  choice.label,
                  nodeOk && can(config, choice.requires),
                  `${flow.id}.${id}.${choice.id}`,
                );
              }
            }
          }
        }
        const seen = result.seen.get(locale) ?? new Set<string>();
        const shown = [...gated].filter(([text]) => !allowed.has(text) && seen.has(text));
        expect(
          shown.map(([text, where]) => `${where}: ${text}`),
          `${config.region} ${locale}`,
        ).toEqual([]);
      }
    }
  });

  it("a deployment that cannot keep them offers no check-in and claims no staff alert", () => {
    const none = results.find(({ config }) => !config.checkIns && !config.staffAlerts);
    expect(none).toBeDefined();
    // The walk checked every turn against `promises`; make sure the patterns still catch the
    // offers they guard, so this cannot pass by matching nothing.
    const presenter = new Presenter(content, { org: ORG });
    const offer = nodeAt(content, { flow: "goodbye", node: "offer" });
    expect(offer?.requires).toBe("check-ins");
    for (const locale of content.system.locales) {
      const set = nodeAt(content, { flow: "goodbye", node: "bye-hello" });
      expect(set && "text" in set && set.text ? presenter.text(set.text, locale) : "").toMatch(
        promises["check-ins"],
      );
      const told = nodeAt(content, { flow: "menu", node: "very-hard-told" });
      expect(told && "text" in told && told.text ? presenter.text(told.text, locale) : "").toMatch(
        promises["staff-alerts"],
      );
    }
  });
});

describe("texts are written in their own language", () => {
  it("every flow text, label and acknowledgement", () => {
    const problems: string[] = [];
    const language = resolveTarget(content, "", content.system.commands.language?.next ?? "");
    const check = (where: string, text: LocalizedText) => {
      for (const [locale, value] of Object.entries(text)) {
        const wrong = wrongLanguage(value, locale);
        if (wrong) problems.push(`${where}.${locale}: ${wrong}`);
      }
    };
    for (const flow of content.flows.values()) {
      for (const [id, node] of Object.entries(flow.nodes)) {
        if (language && "flow" in language && language.flow === flow.id && language.node === id)
          continue;
        for (const text of nodeTexts(node)) check(`${flow.id}.${id}`, text);
        if (node.type === "input") {
          for (const [index, ack] of (node.acknowledgements ?? []).entries()) {
            check(`${flow.id}.${id}.ack${index}`, ack);
          }
        }
      }
      check(`${flow.id}.title`, flow.title);
    }
    for (const [key, text] of Object.entries(content.system.texts)) check(`system.${key}`, text);
    expect(problems).toEqual([]);
  });

  it("every region's resources, as the core shows them in every locale", () => {
    const presenter = new Presenter(content, { org: ORG });
    const problems: string[] = [];
    for (const region of content.resources.keys()) {
      for (const locale of content.system.locales) {
        for (const kind of ["emergency", "crisis", "support"] as const) {
          for (const message of presenter.resources(kind, region, locale)) {
            for (const text of shownTexts(message)) {
              const wrong = wrongLanguage(text, locale);
              if (wrong) problems.push(`${region} ${kind} (${locale}): ${wrong}`);
              if (PLACEHOLDER.test(text)) problems.push(`${region} ${kind} (${locale}): ${text}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
