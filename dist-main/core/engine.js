/**
 * The flow engine: moves one conversation through the flow graph for one inbound event. It runs
 * say, resources, handoff and goto nodes until it reaches a node that waits for the person (ask,
 * input) or an end, collecting the messages to send. Pure apart from the state it mutates.
 */
import { nodeAt, resolveTarget } from "../content/content.js";
import { choiceKeys } from "./choice-keys.js";
import { encodeChoice } from "./choice-token.js";
import { MAX_KEPT_ANSWER_LENGTH, matchKey, wordKeys } from "./text.js";
/** Nested detours remembered at most; deeper ones return to the outermost kept. */
const MAX_RETURN_DEPTH = 4;
/** Guards against a content loop the checker missed: no turn runs more nodes than this. */
const MAX_STEPS_PER_TURN = 40;
/** The ids of the two buttons every free-text question shows. */
const INPUT_SKIP = "skip";
const INPUT_DONE = "done";
/** One event's worth of work on one conversation. */
export class Turn {
    state;
    ctx;
    out = [];
    staff = [];
    /** Milestones for campaign figures reached in this turn (see {@link Turn.milestone}). */
    milestones = [];
    /** Set when the person confirmed deletion: the caller deletes instead of saving. */
    deleted = false;
    /** What the person agreed to share with a request to talk, chosen earlier in this turn. */
    share;
    constructor(state, ctx) {
        this.state = state;
        this.ctx = ctx;
    }
    get locale() {
        return this.state.locale;
    }
    /** Whether the deployment can keep what content that requires `capability` offers. */
    can(capability) {
        if (capability === undefined)
            return true;
        if (capability === "handoff")
            return this.ctx.handoffAvailable;
        if (capability === "staff-now")
            return this.ctx.handoffAvailable && this.ctx.staffNow === true;
        return this.ctx.capabilities?.has(capability) ?? false;
    }
    /** The choices of a question that this deployment can keep. */
    visibleChoices(node) {
        return node.choices.filter((choice) => this.can(choice.requires));
    }
    /**
     * The message that asks a waiting node's question: its choices without those the deployment
     * cannot keep; a free-text question with a visible way past it and a way to say "that's all".
     */
    question(position, node) {
        const { presenter } = this.ctx;
        if (node.type === "ask") {
            return presenter.question(position, { ...node, choices: this.visibleChoices(node) }, this.locale);
        }
        const button = (choice, key) => ({
            id: encodeChoice({ flow: position.flow, node: position.node, choice }),
            label: presenter.system(key, this.locale),
        });
        return {
            type: "choices",
            text: presenter.text(node.text, this.locale),
            choices: [button(INPUT_DONE, "input-done-label"), button(INPUT_SKIP, "input-skip-label")],
        };
    }
    /** One of several texts, in turn, so the bot does not say the same thing every time. */
    sayOneOf(texts) {
        const text = texts[this.state.turns % Math.max(texts.length, 1)];
        if (text)
            this.out.push({ type: "text", text: this.ctx.presenter.text(text, this.locale) });
    }
    /** The current position if it is a node that waits for the person. */
    waitingNode() {
        const node = nodeAt(this.ctx.content, this.state.position);
        return node && (node.type === "ask" || node.type === "input") ? node : undefined;
    }
    /** Says a system text, in the wording for the person's channel where content has one. */
    say(key, variables = {}) {
        const text = this.ctx.presenter.system(key, this.locale, variables, this.state.channel);
        if (text)
            this.out.push({ type: "text", text });
    }
    /**
     * Takes the choice of the current question whose label or alias is `text` (not its number:
     * where messages are passed on to a person, "1" is a message). False when none is.
     */
    takeTypedChoice(text) {
        const node = this.waitingNode();
        if (node?.type !== "ask")
            return false;
        const key = matchKey(text);
        const choice = this.visibleChoices(node).find((c) => choiceKeys(c).has(key));
        if (!key || !choice)
            return false;
        this.takeChoice(choice);
        return true;
    }
    /**
     * Notes a milestone for campaign figures: only in a conversation attributed to a campaign, and
     * once per conversation (counts are numbers of conversations, not of one person's presses).
     */
    milestone(name) {
        if (!this.state.referral)
            return;
        const counted = this.state.counted ?? [];
        if (counted.includes(name))
            return;
        this.state.counted = [...counted, name];
        this.milestones.push(name);
    }
    /**
     * Says a text right after the welcome: before the first question of this turn, so the buttons
     * stay last (a campaign's greeting for people who came through its link).
     */
    sayBeforeQuestion(text) {
        const question = this.out.findIndex((message) => message.type !== "text");
        this.out.splice(question === -1 ? this.out.length : question, 0, { type: "text", text });
    }
    /** Goes to a content target (`@flow.node`, `@return`...) and runs until the person is needed. */
    go(target, from = this.state.position.flow, options = {}) {
        const resolved = resolveTarget(this.ctx.content, from, target);
        if (!resolved) {
            this.goMenu();
            return;
        }
        if ("return" in resolved) {
            this.resume();
            return;
        }
        this.run(resolved, options);
    }
    /** Forgets every return point: the menu, an end or a stop closes all detours. */
    clearReturns() {
        this.state.returnTo = undefined;
        this.state.returnStack = undefined;
    }
    /** Goes to the menu; a detour ends there. */
    goMenu() {
        this.clearReturns();
        this.go(this.ctx.content.system.entry.menu, "");
    }
    /** Starts a detour (help, language, a safety response) that comes back with `@return`. */
    detour(target) {
        this.rememberHere();
        // A command always does what it says: its question is asked even if it was skipped before
        // (otherwise one skip at "delete my data?" would make that command do nothing for good).
        this.go(target, "", { reAsk: "first-question" });
    }
    /** Makes the question the person is at the place `@return` comes back to. */
    rememberHere() {
        const here = this.state.position;
        const back = this.state.returnTo;
        if (this.waitingNode() && !(back && back.flow === here.flow && back.node === here.node)) {
            if (back) {
                // A detour inside a detour: keep the outer return point underneath.
                this.state.returnStack = [...(this.state.returnStack ?? []), back].slice(-MAX_RETURN_DEPTH);
            }
            this.state.returnTo = { ...here };
        }
    }
    /**
     * Whether `target`, pressed at the current position, enters a flow marked `detour` (one that
     * many places share, such as asking for a person) from outside it.
     */
    entersDetourFlow(target) {
        const from = this.state.position.flow;
        const resolved = resolveTarget(this.ctx.content, from, target);
        if (!resolved || "return" in resolved || resolved.flow === from)
            return false;
        return this.ctx.content.flows.get(resolved.flow)?.detour === true;
    }
    /** Back to where a detour started, asking that question again; the menu if there is none. */
    resume() {
        const back = this.state.returnTo;
        const outer = this.state.returnStack ?? [];
        this.state.returnTo = outer.at(-1);
        this.state.returnStack = outer.length > 1 ? outer.slice(0, -1) : undefined;
        if (back && nodeAt(this.ctx.content, back)) {
            this.run(back, { reAsk: "target" });
        }
        else {
            this.goMenu();
        }
    }
    /** Asks the current question again (after a pause, a stale button, a sticker). */
    reAsk() {
        const node = this.waitingNode();
        if (node)
            this.out.push(this.question(this.state.position, node));
        else
            this.goMenu();
    }
    /**
     * Handles free text at the current position. Words are met with listening, never with an
     * error: at a question with choices the bot acknowledges them and offers the choices again (or
     * goes where `onText` leads). Only what cannot be read (a number that is no choice) gets the
     * gentle "not understood".
     */
    answerText(text) {
        const node = this.waitingNode();
        if (!node) {
            this.goMenu();
            return;
        }
        if (node.type === "input") {
            if (this.isDoneWord(text))
                this.done(node);
            else
                this.acceptInput(node, text);
            return;
        }
        const choices = this.visibleChoices(node);
        const choice = this.matchTypedChoice(choices, text);
        if (choice) {
            this.takeChoice(choice);
            return;
        }
        if (/^\d{1,3}$/.test(matchKey(text))) {
            // A number that is not one of the choices: the one thing here that really cannot be read.
            this.say("not-understood");
            this.reAsk();
            return;
        }
        // A node that `onText` leads to answers for itself, unless this one has its own words.
        const acks = node.acknowledgements ?? (node.onText ? [] : this.ctx.content.system.acknowledgements);
        this.sayOneOf(acks);
        if (node.onText)
            this.go(node.onText);
        else
            this.reAsk();
    }
    /** Handles a button press; a press on an old question is answered gently, not obeyed. */
    choose(ref) {
        const here = this.state.position;
        const node = this.waitingNode();
        const current = ref && ref.flow === here.flow && ref.node === here.node;
        if (current && node?.type === "input") {
            if (ref.choice === INPUT_SKIP) {
                this.skip();
                return;
            }
            if (ref.choice === INPUT_DONE) {
                this.done(node);
                return;
            }
        }
        const choice = current && node?.type === "ask"
            ? this.visibleChoices(node).find((c) => c.id === ref.choice)
            : undefined;
        if (!choice) {
            this.say("stale-choice");
            this.reAsk();
            return;
        }
        this.takeChoice(choice);
    }
    /**
     * A choice taken from a menu the channel always shows (LINE's rich menu): wherever the person
     * is, as if they had gone back to its question and picked it; detours end there, as they do
     * with "menu". False when content has no such choice or the deployment cannot keep it.
     */
    takeShortcut(ref) {
        const position = { flow: ref.flow, node: ref.node };
        const node = nodeAt(this.ctx.content, position);
        const choice = node?.type === "ask" && this.can(node.requires)
            ? this.visibleChoices(node).find((candidate) => candidate.id === ref.choice)
            : undefined;
        if (!choice)
            return false;
        this.clearReturns();
        this.state.position = position;
        this.takeChoice(choice);
        return true;
    }
    /** "That's all": the person has said what they wanted; nothing is remembered as skipped. */
    done(node) {
        this.go(node.done ?? node.skip ?? node.next);
    }
    isDoneWord(text) {
        const key = matchKey(text);
        if (!key)
            return false;
        const { system } = this.ctx.content;
        return wordKeys(system, () => [
            ...Object.values(system.doneWords).flat(),
            ...Object.values(system.texts["input-done-label"] ?? {}),
        ]).has(key);
    }
    /** "skip" / 答えたくない: the question is not asked again and nothing else changes. */
    skip() {
        const node = this.waitingNode();
        if (!node) {
            this.goMenu();
            return;
        }
        const target = node.skip ?? (node.type === "input" ? node.next : undefined);
        if (!target) {
            this.say("choose-number");
            this.reAsk();
            return;
        }
        this.rememberSkip(this.state.position);
        this.go(target);
    }
    rememberSkip(position) {
        const key = `${position.flow}.${position.node}`;
        if (!this.state.skipped.includes(key))
            this.state.skipped.push(key);
    }
    acceptInput(node, text) {
        if (node.keep)
            this.state.answers[node.keep] = text.slice(0, MAX_KEPT_ANSWER_LENGTH);
        this.sayOneOf(node.acknowledgements ?? []);
        this.go(node.next);
    }
    matchTypedChoice(choices, text) {
        const key = matchKey(text);
        if (!key)
            return undefined;
        const number = Number.parseInt(key, 10);
        if (String(number) === key && number >= 1 && number <= choices.length) {
            return choices[number - 1];
        }
        return choices.find((choice) => choiceKeys(choice).has(key));
    }
    takeChoice(choice) {
        if (this.isMenu(this.state.position))
            this.milestone(`menu:${choice.id}`);
        if (choice.set?.checkIn && choice.set.checkIn !== "none")
            this.milestone("check-in-accepted");
        if (choice.action === "alert-staff")
            this.milestone("safety-response");
        if (choice.set?.locale && this.ctx.content.system.locales.includes(choice.set.locale)) {
            this.state.locale = choice.set.locale;
        }
        if (choice.set?.region)
            this.state.region = choice.set.region;
        if (choice.set?.quietHours)
            this.state.quietHours = choice.set.quietHours;
        if (choice.set?.timeZone) {
            this.state.timeZone = choice.set.timeZone === "auto" ? undefined : choice.set.timeZone;
        }
        if (choice.set?.checkIn)
            this.state.checkIn = choice.set.checkIn;
        if (choice.action === "decline-check-in")
            this.state.checkIn = "none";
        if (choice.set || choice.action === "decline-check-in") {
            // A preference once given is not asked for again unprompted (the goodbye's check-in
            // offer); its settings button still opens the question, as any pressed button does.
            this.rememberSkip(this.state.position);
        }
        if (choice.action === "dismiss-safety" && this.state.safety) {
            this.state.safety.checkInAfterTurns = null;
        }
        if (choice.action === "alert-staff")
            this.alertStaff(`choice:${choice.id}`);
        if (choice.share)
            this.share = choice.share;
        if (choice.action === "end-handoff")
            this.endHandoff("ended");
        if (choice.action === "accept-handoff")
            this.answerHandoff(true);
        if (choice.action === "decline-handoff")
            this.answerHandoff(false);
        if (choice.action === "delete-data") {
            this.endHandoff("deleted");
            this.deleted = true;
            this.say("deleted");
            return;
        }
        // A button into a shared flow comes back to where it was pressed, as the typed command
        // does: "Go back" after "Talk to a person" in a crisis returns to the crisis, not to before.
        if (this.entersDetourFlow(choice.next))
            this.rememberHere();
        // A button the person pressed leads to its question even if they skipped it once before:
        // skipping means "don't ask me again", not "take this option away".
        this.go(choice.next, this.state.position.flow, { reAsk: "target" });
    }
    /**
     * Runs from a position until a node waits for the person or the conversation ends; see
     * {@link RunOptions} for when a question skipped before is asked anyway.
     */
    run(start, options = {}) {
        let position = start;
        for (let step = 0; step < MAX_STEPS_PER_TURN; step++) {
            const node = nodeAt(this.ctx.content, position);
            if (!node) {
                // Content changed under a saved conversation: the menu is always a safe place.
                if (this.isMenu(position))
                    return;
                this.goMenu();
                return;
            }
            this.state.position = { ...position };
            if (this.state.lifecycle === "ended")
                this.state.lifecycle = "active";
            if (this.isMenu(position))
                this.clearReturns();
            const reAsk = options.reAsk === "first-question" || (options.reAsk === "target" && step === 0);
            const next = this.step(position, node, reAsk);
            if (next === undefined)
                return;
            if ("return" in next) {
                this.resume();
                return;
            }
            position = next;
        }
        this.goMenu();
    }
    /** Performs one node; returns where to go next, or undefined when the turn waits or ends. */
    step(position, node, reAsk) {
        const { presenter, content } = this.ctx;
        const next = (target) => resolveTarget(content, position.flow, target) ?? this.menuPosition();
        // What the deployment cannot keep is not offered: the node is passed by without a word.
        if (!this.can(node.requires))
            return next(node.otherwise ?? "@return");
        switch (node.type) {
            case "say":
                this.out.push({ type: "text", text: presenter.text(node.text, this.locale) });
                return next(node.next);
            case "ask":
            case "input": {
                const key = `${position.flow}.${position.node}`;
                const answered = node.type === "input" && node.keep && this.state.answers[node.keep];
                // A skip is remembered for choices and for answers a flow keeps; a free-text prompt that
                // keeps nothing ("what's on your mind?") can be opened again. The menu is never passed by.
                const remembers = node.type === "ask" || node.keep !== undefined;
                const skipped = remembers && this.state.skipped.includes(key);
                if (!reAsk && !this.isMenu(position) && (skipped || answered)) {
                    // Asked before: never ask again; move on the way a skip would.
                    const onward = node.skip ?? (node.type === "input" ? node.next : undefined);
                    if (onward)
                        return next(onward);
                }
                this.out.push(this.question(position, node));
                return undefined;
            }
            case "resources": {
                const lines = presenter.resources(node.kind, this.state.region, this.locale, node);
                // Only some entries were asked for (what can be written to) and the region has none:
                // the text that introduces them would not be true, so the node says nothing.
                if (node.none && lines.length === 0)
                    return next(node.none);
                if (node.text)
                    this.out.push({ type: "text", text: presenter.text(node.text, this.locale) });
                this.out.push(...lines);
                return next(node.next);
            }
            case "handoff":
                return this.handoff(node, next);
            case "goto":
                return next(node.next);
            case "end":
                if (node.text)
                    this.out.push({ type: "text", text: presenter.text(node.text, this.locale) });
                this.state.lifecycle = "ended";
                this.clearReturns();
                return undefined;
        }
    }
    /**
     * Sends the request to talk with a person, with what the person chose to share. Only where a
     * staff channel can take it: otherwise the node says so and nothing is sent anywhere.
     */
    handoff(node, next) {
        const { presenter } = this.ctx;
        this.milestone("asked-person");
        if (this.ctx.handoffAvailable) {
            const share = this.share ?? "nothing";
            const outsideHours = this.ctx.staffNow !== true;
            const path = share === "path" ? this.pathSoFar() : undefined;
            this.state.handoff = {
                requestedAt: this.ctx.now.toISOString(),
                consent: true,
                stage: "waiting",
                share,
                // Told already that nobody answers now: whoever comes later asks before talking.
                ...(outsideHours ? { askFirst: true } : {}),
            };
            this.tellStaff("handoff-request", {
                share,
                ...(path ? { path } : {}),
                ...(outsideHours ? { outsideHours } : {}),
            });
        }
        const text = this.ctx.handoffAvailable ? node.text : node.unavailableText;
        this.out.push({ type: "text", text: presenter.text(text, this.locale) });
        return next(node.next);
    }
    /** The flows the person went through to get here, oldest first (no answers, no text). */
    pathSoFar() {
        const places = [
            ...(this.state.returnStack ?? []),
            ...(this.state.returnTo ? [this.state.returnTo] : []),
        ].map((position) => position.flow);
        if (this.state.safety)
            places.push(`safety:${this.state.safety.level}`);
        // The menu is where everyone starts, not a place they went (a menu button returns there).
        const menu = this.menuPosition().flow;
        return places.filter((flow, index) => flow && flow !== menu && places.indexOf(flow) === index);
    }
    /**
     * Ends a request to talk with a person from the person's side (a button, stop, deletion, a
     * block); the staff hear why. Nothing happens when no request is under way.
     */
    endHandoff(reason) {
        const stage = this.state.handoff?.stage;
        if (!stage)
            return;
        this.state.handoff = undefined;
        this.tellStaff("handoff-ended", { reason: stage === "live" ? reason : cancelled(reason) });
    }
    /** The person's answer to a worker who came after they were told nobody could. */
    answerHandoff(accepted) {
        const handoff = this.state.handoff;
        if (handoff?.stage !== "offered")
            return;
        if (accepted)
            handoff.stage = "live";
        else
            this.state.handoff = undefined;
        this.tellStaff("handoff-answer", { accepted });
    }
    /** Tells the staff channel that this conversation shows a crisis. */
    alertStaff(rule, rules = [rule], extra = {}) {
        this.tellStaff("crisis", {
            rules,
            ...(extra.categories?.length ? { categories: extra.categories } : {}),
            ...(extra.urgent ? { urgent: true } : {}),
        });
    }
    /** Adds a staff event about this conversation (pseudonym, channel, language, region). */
    tellStaff(type, fields = {}) {
        this.staff.push({
            type,
            conversation: this.ctx.conversation,
            channel: this.state.channel,
            locale: this.state.locale,
            region: this.state.region,
            ...(this.state.referral ? { referral: this.state.referral } : {}),
            ...fields,
            at: this.ctx.now.toISOString(),
        });
    }
    menuPosition() {
        const menu = resolveTarget(this.ctx.content, "", this.ctx.content.system.entry.menu);
        if (!menu || !("flow" in menu))
            throw new Error("content has no menu entry");
        return menu;
    }
    isMenu(position) {
        const menu = this.menuPosition();
        return menu.flow === position.flow && menu.node === position.node;
    }
}
/** A request that never became a conversation is cancelled, whatever ended it. */
function cancelled(reason) {
    return reason === "ended" ? "cancelled" : reason;
}
//# sourceMappingURL=engine.js.map