/**
 * `komorebi chat`: the same conversation in a terminal. Choices print as a numbered list; typing
 * a number presses that button, anything else is sent as text. The person is identified by a
 * session name, so a restarted chat resumes where it stopped.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { ConversationCore } from "../../core/core-api.js";
import { fitToChannel } from "../../core/render.js";
import type { Choice, InboundPayload, OutboundMessage } from "../../core/types.js";
import type { ChannelCapabilities } from "../shared/capabilities.js";

/** A terminal shows numbered choices, never buttons. */
export const terminalCapabilities: ChannelCapabilities = {
  maxChoices: 13,
  maxLabelLength: 200,
  maxTextLength: 2000,
  maxChoiceIdBytes: 64,
  canEdit: false,
  canPush: false,
};

/** Options for {@link runTerminalChat}. */
export interface TerminalChatOptions {
  core: ConversationCore;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  locale?: string;
  referral?: string;
  /** Names the person; the same session resumes the same conversation. */
  session: string;
}

/** Runs an interactive chat until the input ends. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { core, output } = options;
  let choices: Choice[] = [];
  const write = (line: string) => output.write(`${line}\n`);
  const show = (messages: OutboundMessage[]) => {
    // Numbers press buttons only while the latest question has buttons.
    choices = [];
    for (const message of fitToChannel(messages, terminalCapabilities)) {
      write(`\nkomorebi> ${message.text}`);
      if (message.type === "choices") {
        choices = message.choices;
        for (const [index, choice] of message.choices.entries())
          write(`  [${index + 1}] ${choice.label}`);
      } else if (message.type === "links") {
        for (const link of message.links) write(`  ${link.label}: ${link.url}`);
      }
    }
  };
  const send = async (payload: InboundPayload) => {
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
    } else {
      await send({ type: "text", text: line });
    }
    output.write("\nyou> ");
  }
  write("");
}
