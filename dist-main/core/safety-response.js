/**
 * The core's safety policy: what it does with the risk check's verdict. It keeps the fading
 * score across messages (traces in the state, never text), picks the safety response (the
 * emergency number first when it is happening now, a supporter's answer for someone else,
 * violence at home reported about someone else, danger at home, crisis, concern), reads typed
 * answers to the direct question (a hedged "うん", "maybe" or "idk" is yes), and checks in once
 * later. The flow engine does the rest.
 */
import { resolveTarget } from "../content/content.js";
import { choiceKeys } from "./choice-keys.js";
import { wake } from "./state.js";
import { matchKey, sanitizeInput, scriptLanguage } from "./text.js";
/** Messages whose traces the state keeps for the score across messages. */
const KEPT_TRACES = 5;
/** How long a trace is kept at all (the risk check fades it well before). */
const TRACE_TTL_MS = 60 * 60 * 1000;
/** After a safety response, a concern alone is not asked about again for this long. */
const REASK_AFTER_MS = 30 * 60 * 1000;
/** "That's not what I meant" halves what earlier messages count for, but never below this. */
const DISMISSED_FLOOR = 0.1;
// A hedged or partial yes to "are you thinking about suicide?": answered as yes. A message
// that also holds a no ("たぶんない", "maybe not", "大丈夫") is not one.
const HEDGED_YES_RE = /^(?:よく|うーん|んー|えっと|まあ|まぁ|well|um+|uh+|hmm+|[、,.\s])*(?:うん|ん+|はい|たぶん|多分|たまに|時々|ときどき|ちょっと|少し|すこし|かも|わから|わかん|分から|思う|おもう|考え|maybe|kinda|kind of|sort of|sorta|idk|i dunno|dunno|i don'?t know|sometimes|probably|i guess|i think|yeah|yea|ya|a little|a bit|not sure|perhaps|possibly)/i;
const HEDGED_NO_RE = /(?<!わから|わかん|分から)ない|無い|ません|いいえ|ううん|大丈夫|だいじょうぶ|平気|\bnot?\b(?! sure)|\bnah\b|\bnope\b|\bnever\b|\bfine\b|\bok(?:ay)?\b/i;
/** Tells the staff of a crisis the risk check found: rule ids and categories, never text. */
function alertStaff(turn, risk) {
    const counted = risk.matches.filter((match) => !match.overruledBy);
    turn.alertStaff("risk-check", risk.matches.map((match) => match.rule), {
        categories: [...new Set(counted.map((match) => match.category))],
        ...(risk.urgent ? { urgent: true } : {}),
    });
}
/** Builds the safety policy. */
export function createSafetyResponder(deps) {
    const { content, riskCheck } = deps;
    const entry = content.system.entry;
    const flowOf = (target) => {
        const resolved = resolveTarget(content, "", target);
        return resolved && "flow" in resolved ? resolved.flow : "";
    };
    const safetyFlow = flowOf(entry.crisis);
    const inSafetyFlow = (state) => state.position.flow === safetyFlow;
    const recentOf = (state, now) => (state.recentRisk ?? []).filter((t) => now.getTime() - Date.parse(t.at) < TRACE_TTL_MS);
    const assess = (state, text, now) => {
        const risk = riskCheck(text, state.locale, { recent: recentOf(state, now), now });
        if (risk.trace)
            state.recentRisk = [...recentOf(state, now), risk.trace].slice(-KEPT_TRACES);
        return risk;
    };
    const lowerEarlierSigns = (state) => {
        if (!state.recentRisk)
            return;
        state.recentRisk = state.recentRisk.map((t) => ({
            ...t,
            weight: Math.max(DISMISSED_FLOOR, t.weight / 2),
        }));
    };
    const entryFor = (risk) => {
        // Someone else's danger (a family member's overdose too) gets the supporter's answer;
        // violence or threats at home reported about someone else get the police and the abuse
        // lines instead of advice about medicines and cords, happening now too (that answer says
        // to call the police straight away, from somewhere safe). An attempt under way in the same
        // message (a family member's overdose) is urgent and gets the supporter's emergency answer.
        if (risk.subject === "other") {
            const attempt = risk.matches.some((m) => m.overruledBy === undefined &&
                (m.category === "attempt-in-progress" || m.rule.endsWith(".family-attempt")));
            const violence = risk.dangerAtHome && !(risk.urgent && attempt) ? entry.dangerAtHomeOther : undefined;
            const target = violence ?? (risk.urgent ? (entry.supporterUrgent ?? entry.supporter) : entry.supporter);
            if (target)
                return { target, supporter: true };
        }
        if (risk.dangerAtHome)
            return { target: entry.dangerAtHome, supporter: false };
        if (risk.urgent && entry.urgent)
            return { target: entry.urgent, supporter: false };
        return { target: risk.level === "crisis" ? entry.crisis : entry.concern, supporter: false };
    };
    const respond = (turn, risk, now, text) => {
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
        if (level === "crisis")
            alertStaff(turn, risk);
    };
    const respondWithStaff = (turn, risk, now) => {
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
    const safetyQuestion = (turn) => {
        const node = turn.waitingNode();
        if (!inSafetyFlow(turn.state) || node?.type !== "ask")
            return undefined;
        return node;
    };
    const choiceFor = (choices, text) => {
        const key = matchKey(text);
        if (!key)
            return undefined;
        return choices.find((choice) => choiceKeys(choice).has(key));
    };
    const take = (turn, choice) => {
        const { flow, node } = turn.state.position;
        if (choice.id === "not-meant")
            lowerEarlierSigns(turn.state);
        turn.choose({ flow, node, choice: choice.id });
    };
    const answerTyped = (turn, text) => {
        const node = safetyQuestion(turn);
        if (!node)
            return false;
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
        return false;
    };
    const answerFirst = (turn, risk, text, now, isNew) => {
        const state = turn.state;
        const node = safetyQuestion(turn);
        // A choice's own words typed at a safety question answer it ("not safe" at "are you somewhere
        // safe?"), though they read as a crisis alone: the choice leads to the answer that fits the
        // question, and its action tells the staff. Anything more than the words is read afresh; words
        // with no risk in them go the usual way (commands first, then the choice).
        const offered = node?.choices.filter((choice) => turn.can(choice.requires));
        const typedChoice = offered && !isNew && risk.level !== "none" ? choiceFor(offered, text) : undefined;
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
        const askedLately = state.safety !== undefined && now.getTime() - Date.parse(state.safety.at) < REASK_AFTER_MS;
        const concernToAsk = risk.level === "concern" && (isNew || (!inSafetyFlow(state) && !askedLately));
        if (risk.level === "crisis" || concernToAsk) {
            respond(turn, risk, now, text);
            return true;
        }
        return false;
    };
    const noteChoice = (state, ref) => {
        if (ref && ref.flow === safetyFlow && ref.choice === "not-meant")
            lowerEarlierSigns(state);
    };
    const maybeCheckIn = (turn) => {
        const safety = turn.state.safety;
        if (!safety || safety.checkInAfterTurns === null)
            return;
        safety.checkInAfterTurns -= 1;
        const menu = resolveTarget(content, "", entry.menu);
        const atMenu = menu &&
            "flow" in menu &&
            menu.flow === turn.state.position.flow &&
            menu.node === turn.state.position.node;
        if (safety.checkInAfterTurns > 0 || !atMenu)
            return;
        safety.checkInAfterTurns = null;
        turn.out.pop();
        turn.detour(entry.safetyCheckIn);
    };
    const answerableEditRisk = (text, existing, locale, now) => {
        const recent = existing ? recentOf(existing, now) : [];
        const risk = riskCheck(sanitizeInput(text), existing?.locale ?? locale, { recent, now });
        if (risk.level === "crisis")
            return risk;
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
//# sourceMappingURL=safety-response.js.map