/**
 * The core's safety policy: what it does with the risk check's verdict. It keeps the fading
 * score across messages (traces in the state, never text), picks the safety response (the
 * emergency number first when it is happening now, a supporter's answer for someone else,
 * violence at home reported about someone else, danger at home, crisis, concern), reads typed
 * answers to the direct question (a hedged "うん", "maybe" or "idk" is yes), and checks in once
 * later. The flow engine does the rest.
 */
import { type Content, resolveTarget } from "../content/content.js";
import type { FlowChoice } from "../content/schema.js";
import { choiceKeys } from "./choice-keys.js";
import type { ChoiceRef } from "./choice-token.js";
import type { Turn } from "./engine.js";
import type { RiskAssessment, RiskCheck, RiskTrace } from "./risk.js";
import { type ConversationState, wake } from "./state.js";
import { matchKey, sanitizeInput, scriptLanguage } from "./text.js";

/** Messages whose traces the state keeps for the score across messages. */
const KEPT_TRACES = 5;
/** How long a trace is kept at all (the risk check fades it well before). */
const TRACE_TTL_MS = 60 * 60 * 1000;
/** After a safety response, a concern alone is not asked about again for this long. */
const REASK_AFTER_MS = 30 * 60 * 1000;
/** "That's not what I meant" halves what earlier messages count for, but never below this. */
const DISMISSED_FLOOR = 0.1;

// A hedged or partial yes to "are you thinking about suicide?", or a yes with more said after
// it ("yes i am", "yep. every day", "yes. tonight."): answered as yes. A message that also holds
// a no ("たぶんない", "maybe not", "yes but i'm ok", "大丈夫") is not one.
const HEDGED_YES_RE =
  /^(?:よく|うーん|んー|えっと|まあ|まぁ|well|um+|uh+|hmm+|[、,.\s])*(?:(?:yes|yep|yup|yeah|aye|yass?)(?![a-z])|うん|ん+|はい|たぶん|多分|たまに|時々|ときどき|ちょっと|少し|すこし|かも|わから|わかん|分から|思う|おもう|考え|maybe|kinda|kind of|sort of|sorta|idk|i dunno|dunno|i don'?t know|sometimes|probably|i guess|i think|yeah|yea|ya|a little|a bit|not sure|perhaps|possibly)/i;
const HEDGED_NO_RE =
  /(?<!わから|わかん|分から)ない|無い|ません|いいえ|ううん|大丈夫|だいじょうぶ|平気|\bnot?\b(?! sure)|\bnah\b|\bnope\b|\bnever\b|\bfine\b|\bok(?:ay)?\b/i;

// What may follow a choice's words that open a longer answer: a space or a mark, not a letter
// ("no" opens "no he's still here", not "nothing").
const LEAD_BOUNDARY_RE = /^[\s\p{P}\p{S}]/u;

// Words that say things are all right after all ("no, i'm fine now", いいえ、大丈夫です).
const CALM_RE =
  /大丈夫|だいじょうぶ|平気|安全(?!じゃ|では|で(?:は)?ない)|落ち着い|\b(?:fine|ok|okay|alright|all right|safe now|better now|calm now|i'?m safe|we'?re safe|not (?:in danger|unsafe))\b/i;

/** What the safety policy needs. */
export interface SafetyResponseDependencies {
  content: Content;
  riskCheck: RiskCheck;
  /** After a safety response, how many turns until the bot checks in once more. */
  checkInAfterTurns: number;
}

/** The safety policy of the core; see the module comment. */
export interface SafetyResponder {
  /** The risk of a text in its conversation, keeping its trace for the next messages. */
  assess(state: ConversationState, text: string, now: Date): RiskAssessment;
  /**
   * Answers a risk before anything else when it must be: a crisis at any time, a concern
   * outside a safety response or in the first message of a conversation (before the welcome),
   * and a risky or hedged reply to the direct question as its answer. True when it answered.
   */
  answerFirst(turn: Turn, risk: RiskAssessment, text: string, now: Date, isNew: boolean): boolean;
  /** Reads a typed answer at a safety question (aliases, hedges); true when it took one. */
  answerTyped(turn: Turn, text: string): boolean;
  /** A pressed button: "that's not what I meant" lowers the earlier signs. */
  noteChoice(state: ConversationState, ref: ChoiceRef | undefined): void;
  /** Starts the safety response that fits the risk. */
  respond(turn: Turn, risk: RiskAssessment, now: Date, text: string): void;
  /**
   * A crisis while the person talks with a worker: a short answer (the lines that fit, the
   * emergency number first when it is happening now) and back to the conversation with them.
   */
  respondWithStaff(turn: Turn, risk: RiskAssessment, now: Date): void;
  /** After the check-in countdown, the next time the person is at the menu the bot asks once. */
  maybeCheckIn(turn: Turn): void;
  /** True while the conversation is inside the safety flow. */
  inSafetyFlow(state: ConversationState): boolean;
  /**
   * The risk in an edited message when it needs an answer (a crisis, or a concern outside the
   * safety responses); undefined for an ordinary correction, which changes nothing.
   */
  answerableEditRisk(
    text: string,
    existing: ConversationState | undefined,
    locale: string,
    now: Date,
  ): RiskAssessment | undefined;
}

/** Tells the staff of a crisis the risk check found: rule ids and categories, never text. */
function alertStaff(turn: Turn, risk: RiskAssessment): void {
  const counted = risk.matches.filter((match) => !match.overruledBy);
  turn.alertStaff(
    "risk-check",
    risk.matches.map((match) => match.rule),
    {
      categories: [...new Set(counted.map((match) => match.category))],
      ...(risk.urgent ? { urgent: true } : {}),
    },
  );
}

/** Builds the safety policy. */
export function createSafetyResponder(deps: SafetyResponseDependencies): SafetyResponder {
  const { content, riskCheck } = deps;
  const entry = content.system.entry;

  const flowOf = (target: string) => {
    const resolved = resolveTarget(content, "", target);
    return resolved && "flow" in resolved ? resolved.flow : "";
  };
  const safetyFlow = flowOf(entry.crisis);

  const inSafetyFlow = (state: ConversationState) => state.position.flow === safetyFlow;

  const recentOf = (state: ConversationState, now: Date): RiskTrace[] =>
    (state.recentRisk ?? []).filter((t) => now.getTime() - Date.parse(t.at) < TRACE_TTL_MS);

  const assess = (state: ConversationState, text: string, now: Date) => {
    const risk = riskCheck(text, state.locale, { recent: recentOf(state, now), now });
    if (risk.trace) state.recentRisk = [...recentOf(state, now), risk.trace].slice(-KEPT_TRACES);
    return risk;
  };

  const lowerEarlierSigns = (state: ConversationState) => {
    if (!state.recentRisk) return;
    state.recentRisk = state.recentRisk.map((t) => ({
      ...t,
      weight: Math.max(DISMISSED_FLOOR, t.weight / 2),
    }));
  };

  const entryFor = (risk: RiskAssessment): { target: string; supporter: boolean } => {
    // Someone else's danger (a family member's overdose too) gets the supporter's answer;
    // violence or threats at home reported about someone else get the police and the abuse
    // lines instead of advice about medicines and cords, happening now too (that answer says
    // to call the police straight away, from somewhere safe). An attempt under way in the same
    // message (a family member's overdose) is urgent and gets the supporter's emergency answer.
    if (risk.subject === "other") {
      const attempt = risk.matches.some(
        (m) =>
          m.overruledBy === undefined &&
          (m.category === "attempt-in-progress" || m.rule.endsWith(".family-attempt")),
      );
      const violence =
        risk.dangerAtHome && !(risk.urgent && attempt) ? entry.dangerAtHomeOther : undefined;
      const target =
        violence ?? (risk.urgent ? (entry.supporterUrgent ?? entry.supporter) : entry.supporter);
      if (target) return { target, supporter: true };
    }
    if (risk.dangerAtHome) return { target: entry.dangerAtHome, supporter: false };
    if (risk.urgent && entry.urgent) return { target: entry.urgent, supporter: false };
    return { target: risk.level === "crisis" ? entry.crisis : entry.concern, supporter: false };
  };

  const respond = (turn: Turn, risk: RiskAssessment, now: Date, text: string) => {
    const state = turn.state;
    // Help in a language the person may not read is no help: someone who writes in crisis in
    // the other language is answered in the language they wrote in, from here on.
    const written = scriptLanguage(text);
    if (written && written !== state.locale && content.system.locales.includes(written)) {
      state.locale = written;
    }
    const level = risk.level === "crisis" ? "crisis" : "concern";
    const { target, supporter } = entryFor(risk);
    // A safety question skipped in an earlier crisis must be asked again in this one.
    state.skipped = state.skipped.filter((key) => !key.startsWith(`${safetyFlow}.`));
    wake(state);
    const returnTo = state.returnTo ?? (turn.waitingNode() ? { ...state.position } : undefined);
    turn.detour(target);
    turn.milestone("safety-response");
    state.safety = {
      level,
      at: now.toISOString(),
      returnTo: returnTo ?? state.position,
      // A supporter is not asked later how they themselves are doing.
      checkInAfterTurns: supporter ? null : deps.checkInAfterTurns,
    };
    if (level === "crisis") alertStaff(turn, risk);
  };

  const respondWithStaff = (turn: Turn, risk: RiskAssessment, now: Date) => {
    const state = turn.state;
    const urgent = risk.urgent && entry.handoffUrgent ? entry.handoffUrgent : undefined;
    const target = urgent ?? entry.handoffCrisis;
    if (!target) {
      respond(turn, risk, now, "");
      return;
    }
    turn.detour(target);
    turn.milestone("safety-response");
    state.safety = {
      level: "crisis",
      at: now.toISOString(),
      returnTo: state.returnTo ?? state.position,
      // The worker is there: the bot does not check in on top of them.
      checkInAfterTurns: null,
    };
    alertStaff(turn, risk);
  };

  /** The current question when it is a safety question with choices. */
  const safetyQuestion = (turn: Turn) => {
    const node = turn.waitingNode();
    if (!inSafetyFlow(turn.state) || node?.type !== "ask") return undefined;
    return node;
  };

  const choiceFor = (choices: readonly FlowChoice[], text: string) => {
    const key = matchKey(text);
    if (!key) return undefined;
    return choices.find((choice) => choiceKeys(choice).has(key));
  };

  /**
   * A choice whose own words open a longer answer ("no he's still here" at "are you somewhere
   * safe?", いいえ、まだ家にいる). Only a choice that tells the staff (the answer that errs towards
   * danger) is taken this way ("i can't call, i have no credit" too), and not when the rest
   * undoes it ("yes but i'm okay now", いいえ、大丈夫です): a calm answer with more said after it is
   * read as free text, which keeps the lines close and offers "I'm not safe".
   */
  const leadingChoice = (choices: readonly FlowChoice[], text: string) => {
    const said = sanitizeInput(text).normalize("NFKC").toLowerCase().trimStart();
    return choices.find((choice) => {
      if (choice.action !== "alert-staff") return false;
      const words = [...Object.values(choice.label), ...Object.values(choice.aliases ?? {}).flat()];
      return words.some((word) => {
        const lead = word.normalize("NFKC").toLowerCase();
        if (!lead || !said.startsWith(lead)) return false;
        const rest = said.slice(lead.length);
        // After a yes, any no undoes it; after "not safe" or "I can't call" a no is part of the
        // answer ("i can't call, i have no credit"), and only a calm word undoes it.
        const undone = choice.id === "yes" ? HEDGED_NO_RE : CALM_RE;
        return LEAD_BOUNDARY_RE.test(rest) && rest.trim() !== "" && !undone.test(rest);
      });
    });
  };

  const take = (turn: Turn, choice: FlowChoice) => {
    const { flow, node } = turn.state.position;
    if (choice.id === "not-meant") lowerEarlierSigns(turn.state);
    turn.choose({ flow, node, choice: choice.id });
  };

  const answerTyped = (turn: Turn, text: string) => {
    const node = safetyQuestion(turn);
    if (!node) return false;
    const typed = choiceFor(node.choices, text);
    if (typed) {
      take(turn, typed);
      return true;
    }
    const yes = node.choices.find((choice) => choice.id === "yes");
    const t = sanitizeInput(text);
    if (yes && HEDGED_YES_RE.test(t) && !HEDGED_NO_RE.test(t)) {
      take(turn, yes);
      return true;
    }
    const leading = leadingChoice(
      node.choices.filter((choice) => turn.can(choice.requires)),
      text,
    );
    if (leading) {
      take(turn, leading);
      return true;
    }
    return false;
  };

  const answerFirst = (
    turn: Turn,
    risk: RiskAssessment,
    text: string,
    now: Date,
    isNew: boolean,
  ) => {
    const state = turn.state;
    const node = safetyQuestion(turn);
    // A choice's own words typed at a safety question answer it ("not safe" at "are you somewhere
    // safe?"), though they read as a crisis alone: the choice leads to the answer that fits the
    // question, and its action tells the staff. Anything more than the words is read afresh; words
    // with no risk in them go the usual way (commands first, then the choice).
    const offered = node?.choices.filter((choice) => turn.can(choice.requires));
    // A choice's words opening a longer answer count too, unless the message is urgent on its
    // own ("yes. I took them all"): that gets the answer for happening now.
    const typedChoice =
      offered && !isNew && risk.level !== "none"
        ? (choiceFor(offered, text) ?? (risk.urgent ? undefined : leadingChoice(offered, text)))
        : undefined;
    if (typedChoice) {
      take(turn, typedChoice);
      return true;
    }
    const yes = node?.choices.find((choice) => choice.id === "yes");
    if (node && yes && risk.level !== "none" && !risk.urgent && risk.subject !== "other") {
      // At the direct question, "死にたい" or "たまに思う" is its answer, not a new crisis;
      // "no, just tired" is a no, whatever else it shows.
      const hedgedNo = risk.level === "concern" && HEDGED_NO_RE.test(sanitizeInput(text));
      if (!hedgedNo) {
        take(turn, yes);
        return true;
      }
    }
    // A concern is asked about once in a while, not at every sad message: the person sets the
    // pace. A crisis is always answered.
    const askedLately =
      state.safety !== undefined && now.getTime() - Date.parse(state.safety.at) < REASK_AFTER_MS;
    const concernToAsk =
      risk.level === "concern" && (isNew || (!inSafetyFlow(state) && !askedLately));
    if (risk.level === "crisis" || concernToAsk) {
      respond(turn, risk, now, text);
      return true;
    }
    return false;
  };

  const noteChoice = (state: ConversationState, ref: ChoiceRef | undefined) => {
    if (ref && ref.flow === safetyFlow && ref.choice === "not-meant") lowerEarlierSigns(state);
  };

  const maybeCheckIn = (turn: Turn) => {
    const safety = turn.state.safety;
    if (!safety || safety.checkInAfterTurns === null) return;
    safety.checkInAfterTurns -= 1;
    const menu = resolveTarget(content, "", entry.menu);
    const atMenu =
      menu &&
      "flow" in menu &&
      menu.flow === turn.state.position.flow &&
      menu.node === turn.state.position.node;
    if (safety.checkInAfterTurns > 0 || !atMenu) return;
    safety.checkInAfterTurns = null;
    turn.out.pop();
    turn.detour(entry.safetyCheckIn);
  };

  const answerableEditRisk = (
    text: string,
    existing: ConversationState | undefined,
    locale: string,
    now: Date,
  ) => {
    const recent = existing ? recentOf(existing, now) : [];
    const risk = riskCheck(sanitizeInput(text), existing?.locale ?? locale, { recent, now });
    if (risk.level === "crisis") return risk;
    return risk.level === "concern" && !(existing && inSafetyFlow(existing)) ? risk : undefined;
  };

  return {
    assess,
    answerFirst,
    answerTyped,
    noteChoice,
    respond,
    respondWithStaff,
    maybeCheckIn,
    inSafetyFlow,
    answerableEditRisk,
  };
}
