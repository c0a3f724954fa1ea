/**
 * `komorebi chat`: the same conversation in a terminal. Choices print as a numbered list; typing
 * a number presses that button, anything else is sent as text. The person is identified by a
 * session name, so a restarted chat resumes where it stopped.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { fitToChannel } from "../../core/render.js";
/** A terminal shows numbered choices, never buttons. */
export const terminalCapabilities = {
    maxChoices: 13,
    maxLabelLength: 200,
    maxTextLength: 2000,
    maxChoiceIdBytes: 64,
    canEdit: false,
    canPush: false,
};
/** Runs an interactive chat until the input ends. */
export async function runTerminalChat(options) {
    const { core, output } = options;
    let choices = [];
    const write = (line) => output.write(`${line}\n`);
    const show = (messages) => {
        // Numbers press buttons only while the latest question has buttons.
        choices = [];
        for (const message of fitToChannel(messages, terminalCapabilities)) {
            write(`\nkomorebi> ${message.text}`);
            if (message.type === "choices") {
                choices = message.choices;
                for (const [index, choice] of message.choices.entries())
                    write(`  [${index + 1}] ${choice.label}`);
            }
            else if (message.type === "links") {
                for (const link of message.links)
                    write(`  ${link.label}: ${link.url}`);
            }
        }
    };
    const send = async (payload) => {
        const result = await core.handle({
            channel: "terminal",
            userId: options.session,
            eventId: randomUUID(),
            ...(options.locale ? { localeHint: options.locale } : {}),
            payload,
        });
        show(result.messages);
    };
    await send(options.referral ? { type: "start", referral: options.referral } : { type: "start" });
    const lines = createInterface({ input: options.input, terminal: false });
    output.write("\nyou> ");
    for await (const line of lines) {
        const trimmed = line.trim();
        const number = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
        const choice = choices[number - 1];
        if (choice) {
            choices = [];
            await send({ type: "choice", choiceId: choice.id });
        }
        else {
            await send({ type: "text", text: line });
        }
        output.write("\nyou> ");
    }
    write("");
}
//# sourceMappingURL=index.js.map