import { afterCheckIn, isLastCheckIn, keepCheckIns } from "./check-in-series.js";
import { decodeChoice } from "./choice-token.js";
import { runCommandAtAnyStep, welcomeBack } from "./command-meanings.js";
import { createCommandMatcher } from "./commands.js";
import { Turn } from "./engine.js";
import { createHandoffPolicy } from "./handoff.js";
import { createState, withDefaults } from "./new-state.js";
import { namesOrganisation } from "./org-name.js";
import { Presenter } from "./present.js";
import { pseudonymFor } from "./pseudonym.js";
import { REFERRAL_PATTERN } from "./referral.js";
import { createSafetyResponder } from "./safety-response.js";
import { decodeShortcut } from "./shortcut.js";
import { wake } from "./state.js";
import { MAX_INPUT_LENGTH, sanitizeInput } from "./text.js";
export { REFERRAL_PATTERN } from "./referral.js";
const DAY_MS = 24 * 60 * 60 * 1000;
/** Builds the core. */
export function createConversationCore(deps) {
    const { content, store, riskCheck, notifier, logger, settings } = deps;
    const clock = deps.clock ?? (() => new Date());
    const matchCommand = createCommandMatcher(content);
    const presenter = new Presenter(content, {
        org: settings.orgName,
        ...(settings.staffHours ? { staffHours: settings.staffHours } : {}),
    });
    const eventTtlMs = settings.eventTtlMs ?? DAY_MS;
    const safety = createSafetyResponder({
        content,
        riskCheck,
        checkInAfterTurns: settings.safetyCheckInAfterTurns ?? 6,
    });
    const handoff = createHandoffPolicy(content, safety);
    // Check-ins need a check-in text in the content and a channel that can still reach the person.
    const sendsCheckIns = (channel) => content.system.entry.checkIn !== undefined &&
        (settings.checkIns === true ||
            (Array.isArray(settings.checkIns) && settings.checkIns.includes(channel)));
    const capabilitiesFor = (channel) => new Set([
        ...(sendsCheckIns(channel) ? ["check-ins"] : []),
        ...(settings.staffAlerts ? ["staff-alerts"] : []),
        ...(namesOrganisation(settings.orgName) ? ["org-name"] : []),
    ]);
    const defaultLocale = content.system.locales.includes(settings.defaultLocale)
        ? settings.defaultLocale
        : content.system.defaultLocale;
    const pseudonym = (channel, userId) => pseudonymFor(settings.pseudonymSecret, channel, userId);
    const localeFor = (hint) => {
        const base = hint?.toLowerCase().split(/[-_]/)[0];
        return base && content.system.locales.includes(base) ? base : defaultLocale;
    };
    const newState = (event, now) => createState(content, {
        locale: localeFor(event.localeHint),
        region: settings.defaultRegion,
        channel: event.channel,
        now,
    });
    /**
     * A tap on a channel's always-visible menu. A first tap (after a deletion, or when the follow
     * was lost) does what it says too: "I'm struggling" must never be answered with a welcome.
     * Only the menu itself starts with the welcome, which says what this is and ends at the menu.
     */
    const handleShortcut = (turn, token, isNew) => {
        const shortcut = decodeShortcut(token);
        const toMenu = !shortcut || ("command" in shortcut && shortcut.command === "menu");
        if (isNew && toMenu) {
            turn.go(content.system.entry.welcome, "");
            return;
        }
        if (!isNew)
            turn.milestone("welcomed");
        // A tap on the channel's menu goes somewhere else: a talk with a worker ends first.
        handoff.leaveTalk(turn);
        if (!shortcut) {
            // Content changed since the channel's menu was set up: the menu is always a safe place.
            wake(turn.state);
            turn.goMenu();
            return;
        }
        if ("command" in shortcut) {
            runCommandAtAnyStep(content, turn, shortcut.command);
            return;
        }
        wake(turn.state);
        if (!turn.takeShortcut(shortcut.choice))
            turn.goMenu();
        safety.maybeCheckIn(turn);
    };
    const handleText = (turn, raw, isNew, now) => {
        const state = turn.state;
        const text = sanitizeInput(raw);
        // Risk first: a crisis, or a concern in the first message, is answered before the welcome.
        const risk = safety.assess(state, text, now);
        const command = text ? matchCommand(text.slice(0, MAX_INPUT_LENGTH)) : undefined;
        if (!isNew && handoff.relaying(state)) {
            // Passed on to the staff; the handoff policy still answers a crisis first.
            handoff.text(turn, text, risk, command, now, (name) => runCommandAtAnyStep(content, turn, name));
            return risk;
        }
        if (safety.answerFirst(turn, risk, text, now, isNew))
            return risk;
        if (isNew) {
            turn.go(content.system.entry.welcome, "");
            return risk;
        }
        if (!text) {
            turn.say("empty-text");
            return risk;
        }
        if (command) {
            runCommandAtAnyStep(content, turn, command);
            return risk;
        }
        if (state.lifecycle !== "active") {
            welcomeBack(turn);
            return risk;
        }
        if (!safety.answerTyped(turn, text.slice(0, MAX_INPUT_LENGTH))) {
            turn.answerText(text.slice(0, MAX_INPUT_LENGTH));
        }
        safety.maybeCheckIn(turn);
        return risk;
    };
    const dispatch = (turn, event, isNew, now, editRisk) => {
        const state = turn.state;
        const payload = event.payload;
        // Anything but an unfollow comes from a person who can be reached again.
        if (payload.type !== "unfollow" && state.lifecycle === "unreachable")
            state.lifecycle = "active";
        switch (payload.type) {
            case "unfollow":
                // Keep only what a return needs: the place, the language, the attribution.
                turn.endHandoff("left");
                state.lifecycle = "unreachable";
                state.answers = {};
                state.handoff = undefined;
                turn.clearReturns();
                return undefined;
            case "start":
            case "follow": {
                const referral = payload.type === "start" ? payload.referral : undefined;
                const attributes = referral !== undefined && REFERRAL_PATTERN.test(referral) && !state.referral;
                if (attributes) {
                    state.referral = referral;
                    turn.milestone("started");
                }
                if (isNew)
                    turn.go(content.system.entry.welcome, "");
                else if (attributes && state.lifecycle === "active" && turn.waitingNode()) {
                    // A code sent just after following (LINE, a Telegram client that dropped the payload)
                    // is recorded quietly; a "welcome back" right after the welcome would read oddly.
                    turn.reAsk();
                }
                else
                    welcomeBack(turn);
                // A campaign's greeting follows the welcome, for people who came through its link.
                const greeting = attributes && payload.type === "start" ? payload.campaign?.greeting?.[state.locale] : "";
                if (greeting)
                    turn.sayBeforeQuestion(greeting);
                return undefined;
            }
            case "text":
                if (!isNew)
                    turn.milestone("welcomed");
                return handleText(turn, payload.text, isNew, now);
            case "edit":
                // handle() has already checked the edit and answers only one that shows risk.
                if (editRisk)
                    safety.respond(turn, editRisk, now, sanitizeInput(payload.text));
                return editRisk;
            case "choice":
                if (isNew) {
                    turn.go(content.system.entry.welcome, "");
                    return undefined;
                }
                wake(state);
                turn.milestone("welcomed");
                safety.noteChoice(state, decodeChoice(payload.choiceId));
                turn.choose(decodeChoice(payload.choiceId));
                safety.maybeCheckIn(turn);
                return undefined;
            case "shortcut":
                handleShortcut(turn, payload.token, isNew);
                return undefined;
            case "unsupported":
                if (isNew) {
                    turn.go(content.system.entry.welcome, "");
                    return undefined;
                }
                if (handoff.relaying(state)) {
                    handoff.media(turn);
                    return undefined;
                }
                turn.say("unsupported-media");
                if (turn.waitingNode()?.type === "ask" && state.lifecycle !== "stopped")
                    turn.reAsk();
                return undefined;
        }
    };
    /**
     * One event's effect on one conversation, without any I/O: the dispatcher and {@link handle}
     * both run it under the conversation's lock and save what it returns in one write.
     */
    const turn = (event, existing, now) => {
        const started = performance.now();
        const conversation = pseudonym(event.channel, event.userId);
        if (!existing && event.payload.type === "unfollow") {
            return {
                conversation,
                state: undefined,
                changed: false,
                messages: [],
                staff: [],
                milestones: [],
            };
        }
        const editRisk = event.payload.type === "edit"
            ? safety.answerableEditRisk(event.payload.text, existing, localeFor(event.localeHint), now)
            : undefined;
        if (event.payload.type === "edit" && !editRisk) {
            // An ordinary correction changes nothing: no reply, and no conversation is created.
            return {
                conversation,
                state: existing,
                changed: false,
                messages: [],
                staff: [],
                milestones: [],
            };
        }
        const state = existing ? withDefaults(existing, newState(event, now)) : newState(event, now);
        const step = new Turn(state, engineContext(now, conversation, state.channel));
        const risk = dispatch(step, event, !existing, now, editRisk);
        if (!step.deleted) {
            keepCheckIns(state, existing?.checkIn ?? "none", event.payload.type, now);
            state.turns += 1;
            state.revision += 1;
            state.updatedAt = now.toISOString();
        }
        // Debug, not info: a synchronous line per event cost a tenth of the throughput, and
        // /metrics counts events and their latency.
        logger.debug("event handled", {
            conversation,
            channel: event.channel,
            event: event.payload.type,
            // No position, in any flow: where a person is in the safety flow says what the risk check
            // found, and a marker only for those positions would say it as well. The risk level and
            // rules are health data too: never in a log line beside the pseudonym (logs outlive
            // conversations); they are counted in metrics and go to the staff case.
            ms: Math.round((performance.now() - started) * 10) / 10,
        });
        return {
            conversation,
            state: step.deleted ? undefined : state,
            changed: true,
            messages: step.out,
            staff: step.staff,
            milestones: step.milestones,
            ...(state.referral ? { referral: state.referral } : {}),
            ...(risk ? { risk: risk.level } : {}),
        };
    };
    const engineContext = (now, conversation, channel) => {
        const handoffAvailable = settings.handoffAvailable();
        return {
            content,
            presenter,
            handoffAvailable,
            staffNow: handoffAvailable && (settings.staffAnswering?.(now) ?? true),
            capabilities: capabilitiesFor(channel),
            now,
            conversation,
        };
    };
    const staffTurn = (conversation, action, existing, now) => {
        const fresh = createState(content, {
            locale: existing.locale,
            region: existing.region,
            channel: existing.channel,
            now,
        });
        const state = withDefaults(structuredClone(existing), fresh);
        const before = JSON.stringify(state);
        const step = new Turn(state, engineContext(now, conversation, state.channel));
        handoff.staff(step, action);
        const changed = step.out.length > 0 || JSON.stringify(state) !== before;
        if (changed) {
            state.revision += 1;
            state.updatedAt = now.toISOString();
        }
        logger.info("staff action handled", {
            conversation,
            action: action.type,
            said: step.out.length > 0,
            at: `${state.position.flow}.${state.position.node}`,
        });
        return {
            conversation,
            state: changed ? state : existing,
            changed,
            messages: step.out,
            staff: step.staff,
            milestones: step.milestones,
            ...(state.referral ? { referral: state.referral } : {}),
        };
    };
    const checkIn = (conversation, existing, now) => {
        const { checkIn: first, checkInLast } = content.system.entry;
        const series = existing.nextCheckIn;
        const preference = existing.checkIn;
        const quiet = existing.lifecycle === "stopped" || existing.lifecycle === "unreachable";
        if (!series || preference === "none" || quiet || !first || !sendsCheckIns(existing.channel)) {
            return undefined;
        }
        const state = structuredClone(existing);
        const last = isLastCheckIn(series);
        const step = new Turn(state, engineContext(now, conversation, state.channel));
        // Days later, the old question is not waiting any more: the check-in is where they are now.
        wake(state);
        step.clearReturns();
        // Asked even if the person once said "skip" to a check-in: each one is new.
        step.go(last ? (checkInLast ?? first) : first, "", { reAsk: "target" });
        state.nextCheckIn = afterCheckIn(series, preference, now);
        if (!state.nextCheckIn)
            state.checkIn = "none";
        state.revision += 1;
        state.updatedAt = now.toISOString();
        logger.info("check-in composed", {
            conversation,
            channel: state.channel,
            number: series.sent + 1,
            last,
            at: `${state.position.flow}.${state.position.node}`,
        });
        return {
            conversation,
            state,
            changed: true,
            messages: step.out,
            staff: [],
            milestones: [],
            ...(state.referral ? { referral: state.referral } : {}),
        };
    };
    const notifyStaff = (conversation, events) => {
        for (const staffEvent of events) {
            notifier.notify(staffEvent).catch((error) => {
                logger.error("staff notification failed", { conversation, error: String(error) });
            });
        }
    };
    const handle = async (event) => {
        const conversation = pseudonym(event.channel, event.userId);
        return store.withLock(conversation, async () => {
            const existing = await store.get(conversation);
            if (event.eventId && (await store.seenEvent(event.channel, event.eventId))) {
                logger.info("duplicate event ignored", { conversation, channel: event.channel });
                return {
                    conversation,
                    messages: [],
                    duplicate: true,
                    reachable: existing?.lifecycle !== "unreachable",
                };
            }
            const outcome = turn(event, existing, clock());
            if (outcome.changed) {
                if (outcome.state)
                    await store.set(conversation, outcome.state);
                else
                    await store.delete(conversation);
            }
            if (event.eventId)
                await store.rememberEvent(event.channel, event.eventId, eventTtlMs);
            notifyStaff(conversation, outcome.staff);
            return {
                conversation,
                messages: outcome.messages,
                duplicate: false,
                reachable: outcome.state !== undefined && outcome.state.lifecycle !== "unreachable",
                milestones: outcome.milestones,
                ...(outcome.referral ? { referral: outcome.referral } : {}),
            };
        });
    };
    const systemText = (key, locale, variables = {}) => presenter.system(key, localeFor(locale), variables).trim();
    return {
        handle,
        turn,
        checkIn,
        staffTurn,
        notifyStaff,
        pseudonym,
        localeFor,
        systemText,
        content,
    };
}
//# sourceMappingURL=conversation.js.map