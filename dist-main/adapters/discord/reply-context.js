/**
 * The Discord meanings of an arrival's reply context (the dispatcher keeps it sealed with the
 * event and hands it back to `send` with the answer, never storing it as the address):
 *
 * - an **interaction**: the answer goes through the interaction's token while it lives (15
 *   minutes), which works wherever the person pressed or typed, even where the bot could not
 *   open a DM; after a slash command the first message replaces the "thinking…" reply;
 * - a **mention** in a server: the answer goes to the person's DM; only if Discord refuses that
 *   DM is the server message answered, with the one-line note about private chats.
 */
/** How long Discord accepts an interaction token, minus a margin for the call itself. */
export const INTERACTION_TOKEN_MS = 14 * 60 * 1000;
/** The reply context's token for `reply`. */
export function encodeReply(reply) {
    return reply.kind === "interaction"
        ? `interaction:${reply.applicationId}:${reply.fillsOriginal ? 1 : 0}:${reply.token}`
        : `mention:${reply.channelId}:${reply.messageId}`;
}
/** The reply a context token stands for; undefined for anything else (never thrown). */
export function decodeReply(token) {
    if (!token)
        return undefined;
    const interaction = /^interaction:(\d{1,20}):([01]):(\S{1,500})$/.exec(token);
    if (interaction) {
        const [, applicationId, fills, value] = interaction;
        return { kind: "interaction", applicationId, token: value, fillsOriginal: fills === "1" };
    }
    const mention = /^mention:(\d{1,20}):(\d{1,20})$/.exec(token);
    if (mention) {
        const [, channelId, messageId] = mention;
        return { kind: "mention", channelId, messageId };
    }
    return undefined;
}
//# sourceMappingURL=reply-context.js.map