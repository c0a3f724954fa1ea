/**
 * The shape of content data (flows, system texts, crisis resources), as zod schemas. Content is
 * reviewed by people who do not read TypeScript, so every rule here turns into an error message
 * that names the file and the path of the mistake.
 */
import { z } from "zod";
import { CHANNEL_IDS } from "./channels.js";
/** Ids of flows, nodes and choices: short, stable, safe in a 64-byte button token. */
export const idSchema = z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,19}$/, "use 1-20 lowercase letters, digits or '-'");
/** A locale code such as `ja` or `en`. */
export const localeSchema = z.string().regex(/^[a-z]{2,3}$/, "use a code such as ja or en");
/** A text in every supported locale: `{ ja: "...", en: "..." }`. */
export const localizedTextSchema = z.record(localeSchema, z.string().trim().min(1));
/**
 * Where to go next: `node` (same flow), `@flow` (a flow's start), `@flow.node`, or `@return`
 * (back to where the person was before a detour such as help or a safety response).
 */
export const targetSchema = z
    .string()
    .regex(/^(@return|@[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)?|[a-z0-9][a-z0-9-]*)$/, "use node, @flow, @flow.node or @return");
/**
 * What a deployment can do, so that content offers only what will really happen: `check-ins`
 * (something sends the hello a person asks for), `handoff` (staff answer "talk to a person"
 * requests: a staff channel that can relay messages both ways), `staff-now` (and it is within
 * staff hours now), `staff-alerts` (a staff channel where a person reads crisis alerts; a log
 * line is not one), `org-name` (it names the organisation that runs it: ORG_NAME is set, not
 * left as the bot's own name). A choice or node that `requires` one is left out when the
 * deployment cannot.
 */
export const capabilityNames = [
    "check-ins",
    "handoff",
    "staff-now",
    "staff-alerts",
    "org-name",
];
/** A capability name, as written in content. */
export const capabilitySchema = z.enum(capabilityNames);
/** When the bot must not write first, in the person's local time: `HH:MM-HH:MM` (from-to). */
export const quietHoursSchema = z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, "use HH:MM-HH:MM, such as 21:00-09:00")
    .refine((value) => value.slice(0, 5) !== value.slice(6), "the quiet hours must not start and end at the same time");
/** An IANA time zone the runtime knows, such as `Asia/Tokyo`. */
export const timeZoneSchema = z
    .string()
    .refine(isKnownTimeZone, "use an IANA time zone such as Asia/Tokyo");
/** Whether `zone` names a time zone this runtime can compute with. */
export function isKnownTimeZone(zone) {
    try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return zone.length > 0;
    }
    catch {
        return false;
    }
}
/** Preferences a choice can set. */
export const preferenceSchema = z
    .object({
    locale: localeSchema.optional(),
    region: z
        .string()
        .regex(/^[A-Z]{2}$|^XX$/, "use a two-letter region such as JP")
        .optional(),
    checkIn: z.enum(["none", "in-3-days", "in-a-week", "in-2-weeks"]).optional(),
    /** When check-ins may not arrive (see {@link quietHoursSchema}). */
    quietHours: quietHoursSchema.optional(),
    /** The person's time zone for quiet hours; `auto` goes back to their region's. */
    timeZone: z.union([z.literal("auto"), timeZoneSchema]).optional(),
})
    .strict();
/** One button of an ask node. */
export const choiceSchema = z
    .object({
    id: idSchema,
    label: localizedTextSchema,
    next: targetSchema,
    /** Preferences to store when this choice is taken. */
    set: preferenceSchema.optional(),
    /**
     * A side effect: `delete-data` erases the conversation (only ever after a confirmation);
     * `decline-check-in` turns check-ins off; `alert-staff` tells the staff channel that the
     * person's answer shows a crisis (e.g. "I'm not safe"); `dismiss-safety` records that a
     * safety response was a misunderstanding, so the later check-in is not sent;
     * `end-handoff` ends (or cancels) the person's request to talk with a person;
     * `accept-handoff` / `decline-handoff` answer a worker who came later ("talk now?").
     */
    action: z
        .enum([
        "delete-data",
        "decline-check-in",
        "alert-staff",
        "dismiss-safety",
        "end-handoff",
        "accept-handoff",
        "decline-handoff",
    ])
        .optional(),
    /**
     * Before a `handoff` node: what the person agrees to show the staff with the request
     * (`nothing` more, the `path` of menu items they took, or their last `messages`). Taking the
     * choice is the consent; the request is sent by the handoff node it leads to.
     */
    share: z.enum(["nothing", "path", "messages"]).optional(),
    /** Extra words that pick this choice when typed (besides the label and its number). */
    aliases: z.record(localeSchema, z.array(z.string().min(1))).optional(),
    /** Shown only when the deployment can keep what the choice offers. */
    requires: capabilitySchema.optional(),
})
    .strict();
/**
 * Any node can depend on a capability: without it, the node is passed by to `otherwise` (it says
 * nothing and asks nothing), so an offer the deployment cannot keep is never made.
 */
const conditional = {
    requires: capabilitySchema.optional(),
    otherwise: targetSchema.optional(),
};
const sayNode = z
    .object({
    type: z.literal("say"),
    text: localizedTextSchema,
    next: targetSchema,
    ...conditional,
})
    .strict();
const askNode = z
    .object({
    type: z.literal("ask"),
    text: localizedTextSchema,
    choices: z.array(choiceSchema).min(1),
    /**
     * Where free text goes when it matches no choice; without it the bot acknowledges what was
     * written and offers the choices again. Free text is never answered with an error.
     */
    onText: targetSchema.optional(),
    /**
     * What the bot says to free text here, one in turn. Without them: the shared ones in
     * system.yaml, or nothing when `onText` leads to a node that answers itself.
     */
    acknowledgements: z.array(localizedTextSchema).min(1).optional(),
    /** Where "skip" / "答えたくない" goes. Every question needs a skip or a way-out choice. */
    skip: targetSchema.optional(),
    ...conditional,
})
    .strict();
const inputNode = z
    .object({
    type: z.literal("input"),
    text: localizedTextSchema,
    next: targetSchema,
    /** Where the "skip" button and "答えたくない" lead: "I don't want to answer". */
    skip: targetSchema.optional(),
    /** Where the "that's all" button leads: "I've said what I wanted" (default: `skip`). */
    done: targetSchema.optional(),
    /** Keep the answer under this key; without it the answer is read and not stored. */
    keep: idSchema.optional(),
    /** Acknowledgements, one picked in turn so the bot does not repeat itself. */
    acknowledgements: z.array(localizedTextSchema).optional(),
    ...conditional,
})
    .strict();
/** How a person can reach a service without speaking: a chat, or a text message. */
export const writtenWays = ["chat", "sms"];
const resourcesNode = z
    .object({
    type: z.literal("resources"),
    kind: z.enum(["crisis", "emergency", "support", "abuse"]),
    text: localizedTextSchema.optional(),
    /** Show only the first entries (a short crisis turn); a "more lines" choice shows the rest. */
    limit: z.number().int().min(1).max(10).optional(),
    /**
     * Only the entries that can be reached one of these ways (`chat`, `sms`): for someone who
     * cannot phone. Needs `none`, where the person goes when the region lists no such entry, so
     * the text never promises what the list does not have.
     */
    ways: z.array(z.enum(writtenWays)).min(1).optional(),
    /** Where to go, saying nothing, when `ways` leaves no entry for the person's region. */
    none: targetSchema.optional(),
    next: targetSchema,
    ...conditional,
})
    .strict()
    .refine((node) => (node.ways === undefined) === (node.none === undefined), {
    message: "`ways` and `none` go together: where to go when the region has no such entry",
    path: ["none"],
});
const handoffNode = z
    .object({
    type: z.literal("handoff"),
    /** Said when a person can be reached. */
    text: localizedTextSchema,
    /** Said when no one is available (no staff channel configured or outside hours). */
    unavailableText: localizedTextSchema,
    next: targetSchema,
    ...conditional,
})
    .strict();
const gotoNode = z.object({ type: z.literal("goto"), next: targetSchema, ...conditional }).strict();
const endNode = z
    .object({ type: z.literal("end"), text: localizedTextSchema.optional(), ...conditional })
    .strict();
/** One node of a flow graph. */
export const nodeSchema = z
    .discriminatedUnion("type", [
    sayNode,
    askNode,
    inputNode,
    resourcesNode,
    handoffNode,
    gotoNode,
    endNode,
])
    .superRefine((node, ctx) => {
    if ((node.requires === undefined) !== (node.otherwise === undefined)) {
        ctx.addIssue({
            code: "custom",
            path: [node.requires === undefined ? "requires" : "otherwise"],
            message: "`requires` and `otherwise` go together: where to go when the deployment cannot",
        });
    }
});
/** A flow file. */
export const flowSchema = z
    .object({
    id: idSchema,
    title: localizedTextSchema,
    description: z.string().optional(),
    /**
     * A flow many places lead to (asking for a person): a button from another flow that leads
     * into it remembers where it was pressed, so its `@return` comes back there, as a command
     * that leads to a flow does. Without it, `@return` goes back past the button, to where the
     * last detour began.
     */
    detour: z.boolean().optional(),
    start: idSchema,
    nodes: z.record(idSchema, nodeSchema),
})
    .strict();
/** The names of the commands that work at every step. */
export const commandNames = [
    "stop",
    "pause",
    "menu",
    "help",
    "human",
    "delete",
    "language",
    "bot",
    "skip",
    "back",
];
const commandSchema = z
    .object({
    words: z.record(localeSchema, z.array(z.string().min(1)).min(1)),
    /** Where the command leads; detours come back with @return. */
    next: targetSchema.optional(),
})
    .strict();
/** The keys of texts the core itself says (outside any flow). */
export const systemTextKeys = [
    "stale-choice",
    "unsupported-media",
    "empty-text",
    "not-understood",
    "welcome-back",
    "paused",
    "stopped",
    "deleted",
    "nothing-to-delete",
    "check-in-later",
    "input-acknowledged",
    "choose-number",
    "input-skip-label",
    "input-done-label",
    "resource-phone",
    "resource-sms",
    "resource-sms-keyword",
    "resource-chat",
    "resource-web",
    "resource-line",
    "resource-join",
    "resource-site",
    "resource-heading-crisis",
    "resource-heading-emergency",
    "resource-heading-support",
    "resource-heading-abuse",
    "group-chat-note",
    // The web chat's answer to messages sent faster than a person types (the page sends again),
    // and to a first visit held back because many chats were opened from the same address.
    "web-rate-limited",
    "web-rate-limited-first",
    "command-start",
    "command-menu",
    "command-stop",
    "command-help",
    "command-delete",
    // Discord: the option of /start that carries a campaign code, and /komorebi in a server.
    "command-start-code",
    "command-private-chat",
    // A handoff: a worker's message as the person sees it ({text}), the note on the first message
    // written while waiting, what a command that ends a live handoff says first, and media.
    "handoff-staff-says",
    "handoff-relay-note",
    "handoff-ended-by-you",
    "handoff-text-only",
    // A printable campaign card (outreach workers print it; the person reads it before any chat).
    "card-title",
    "card-invite",
    "card-how",
    "card-no-pressure",
];
/** `system.yaml`: locales, entry points, commands and the core's own texts. */
export const systemSchema = z
    .object({
    locales: z.array(localeSchema).min(1),
    defaultLocale: localeSchema,
    /** Names of the locales in themselves (日本語, English), for the language menu. */
    localeNames: z.record(localeSchema, z.string().min(1)),
    entry: z
        .object({
        welcome: targetSchema,
        menu: targetSchema,
        crisis: targetSchema,
        concern: targetSchema,
        dangerAtHome: targetSchema,
        safetyCheckIn: targetSchema,
        /** A crisis happening now (an act under way): the emergency number first. */
        urgent: targetSchema.optional(),
        /** Worry about someone else's danger: the answer for a supporter. */
        supporter: targetSchema.optional(),
        /** Someone else's danger happening now: the emergency number first, for a supporter. */
        supporterUrgent: targetSchema.optional(),
        /**
         * Violence or threats at home reported about someone else (a neighbour, a parent, a
         * sibling): the police and the abuse lines, how to support the person, for the writer.
         */
        dangerAtHomeOther: targetSchema.optional(),
        /**
         * The check-in a person asked for, as the bot sends it; without it a deployment offers no
         * check-ins. `checkInLast` is the one after which no more come (two unanswered).
         */
        checkIn: targetSchema.optional(),
        checkInLast: targetSchema.optional(),
        /**
         * A handoff (`src/staff`): where the person waits after asking (what they write there is
         * passed on), where they talk with a worker once one joins, where a worker who came
         * later is offered ("talk now?"), what they hear when a worker closes the case (while
         * talking, or before they talked), when nobody took the request in time, and the short
         * crisis answer while a worker is there (urgent: the emergency number first).
         */
        handoffWaiting: targetSchema.optional(),
        handoffLive: targetSchema.optional(),
        handoffOffer: targetSchema.optional(),
        handoffClosed: targetSchema.optional(),
        handoffWithdrawn: targetSchema.optional(),
        handoffUnclaimed: targetSchema.optional(),
        handoffCrisis: targetSchema.optional(),
        handoffUrgent: targetSchema.optional(),
    })
        .strict(),
    commands: z.record(z.enum(commandNames), commandSchema),
    /**
     * Words that mean "that's all" at a free-text question (besides the button): the person has
     * said what they wanted, which is not the same as "I don't want to answer".
     */
    doneWords: z.record(localeSchema, z.array(z.string().min(1)).min(1)),
    /**
     * What the bot says, one in turn, when someone writes at a question with choices. They must
     * fit anything, a hard thing too: no うれしい, no "glad", no repeating the person's words.
     */
    acknowledgements: z.array(localizedTextSchema).min(2),
    texts: z.record(z.enum(systemTextKeys), localizedTextSchema),
    /**
     * Texts that read differently on one channel, by channel (`web`, `line`...): what is true
     * of one app is not of another ("delete this chat in the app" means nothing on a web page).
     * A text not given here is the one in `texts`.
     */
    channelTexts: z
        .partialRecord(z.enum(CHANNEL_IDS), z.partialRecord(z.enum(systemTextKeys), localizedTextSchema))
        .optional(),
})
    .strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");
/** One helpline or service. */
export const resourceEntrySchema = z
    .object({
    name: localizedTextSchema,
    phone: z.string().optional(),
    /** A text-message option: number and what to send. */
    sms: z.object({ number: z.string(), keyword: z.string().optional() }).strict().optional(),
    chat: z.url().optional(),
    url: z.url().optional(),
    hours: localizedTextSchema,
    note: localizedTextSchema.optional(),
    /**
     * The languages a person can talk to the service in (`ja`, `en`, `ko`...), as far as checked.
     * In a conversation in one of them, the entry comes first in its list, so an English speaker
     * in Japan sees the English line among the few a crisis shows. Leave it out where it says
     * nothing (an emergency number, a directory).
     */
    languages: z.array(localeSchema).min(1).optional(),
    checked: isoDate,
})
    .strict()
    .refine((entry) => entry.phone || entry.sms || entry.chat || entry.url, {
    message: "give at least one of phone, sms, chat or url",
});
/** A region's resources file. */
export const regionResourcesSchema = z
    .object({
    region: z.string().regex(/^[A-Z]{2}$|^XX$/, "use a two-letter region code, or XX for fallback"),
    name: localizedTextSchema,
    emergency: z.array(resourceEntrySchema),
    crisis: z.array(resourceEntrySchema).min(1),
    support: z.array(resourceEntrySchema).default([]),
    /** Violence and abuse at home (police consultation, DV and child-abuse lines). */
    abuse: z.array(resourceEntrySchema).optional(),
})
    .strict();
//# sourceMappingURL=schema.js.map