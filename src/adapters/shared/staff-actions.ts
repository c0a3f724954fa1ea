/**
 * What a worker's action on a case means, the same on every staff channel where workers write
 * (a Telegram forum topic, a Discord thread): a Claim or Close press answered in the staff's
 * words, and a message in the case's thread, which is `/close <note>`, team talk (`//`, other
 * commands) or words for the person. Each channel only reads its platform's payloads and shows
 * the answer its own way (a callback answer, an ephemeral reply, a reply in the thread).
 */
import type { CaseEvent, StaffDesk, WorkerRef } from "../../core/staff-channel.js";
import {
  changeLine,
  type StaffLocale,
  type StaffPlace,
  type StaffWords,
  staffWords,
} from "../../core/staff-texts.js";

/** `/close`, `/close note`, `/close@bot note` (Telegram adds the bot's name in groups). */
const CLOSE_COMMAND = /^\/close(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/;

/** A card button: `staff:claim:12`, `staff:close:12`. */
export const STAFF_BUTTON = /^staff:(claim|close):(\d{1,9})$/;

/** The button ids of a case's card. */
export const staffButton = (action: "claim" | "close", number: number) =>
  `staff:${action}:${number}`;

/** What the person agreed to show with a request, as one post; undefined when nothing. */
function sharedText(event: CaseEvent, words: StaffWords): string | undefined {
  const shared = event.shared;
  if (shared?.path?.length) return `${words.sharedPath}\n${shared.path.join(" › ")}`;
  if (shared?.messages?.length) {
    return `${words.sharedMessages}\n${shared.messages.map((text) => `— ${text}`).join("\n")}`;
  }
  return undefined;
}

/**
 * The posts an event adds to its case's thread after the card, in order: what the person agreed
 * to show, then the change's line; each with a name stable for the event (for a nonce).
 */
export function threadPosts(
  event: CaseEvent,
  locale: StaffLocale,
  place: StaffPlace,
): { part: string; text: string }[] {
  const shared = sharedText(event, staffWords(locale));
  const line = changeLine(event.change, locale, place);
  return [
    ...(shared ? [{ part: "shared", text: shared }] : []),
    ...(line ? [{ part: "line", text: line }] : []),
  ];
}

/** What a press on a card's button did, in the staff's words; `alert` when it did not work. */
export async function pressButton(
  desk: StaffDesk,
  action: "claim" | "close",
  number: number,
  worker: WorkerRef,
  words: StaffWords,
): Promise<{ text: string; alert: boolean }> {
  const answer = words.answer;
  if (action === "claim") {
    const claimed = await desk.claim(number, worker);
    switch (claimed.status) {
      case "claimed":
        return { text: answer.claimed(number), alert: false };
      case "taken":
        return { text: answer.taken(number, claimed.worker), alert: true };
      case "closed":
        return { text: answer.closed, alert: true };
      case "unknown":
        return { text: answer.unknown, alert: true };
    }
  }
  const closed = await desk.close(number, worker, "");
  return closed.status === "closed"
    ? { text: answer.closedNow(number), alert: false }
    : { text: closed.status === "already-closed" ? answer.closed : answer.unknown, alert: false };
}

/**
 * A message a worker wrote in a case's thread: closes the case, passes words on to the person,
 * or stays in the team. Returns what to answer in the thread, or undefined for nothing. `text`
 * is undefined for a message without words (a sticker, a file); `key` is unique to the message,
 * so one seen twice is passed on once.
 */
export async function workerWrote(
  desk: StaffDesk,
  number: number,
  worker: WorkerRef,
  text: string | undefined,
  key: string,
  words: StaffWords,
): Promise<string | undefined> {
  const answer = words.answer;
  if (text === undefined) return answer.textOnly;
  const close = CLOSE_COMMAND.exec(text.trim());
  if (close) {
    const closed = await desk.close(number, worker, close[1] ?? "");
    if (closed.status === "closed") return undefined;
    return closed.status === "already-closed" ? answer.closed : answer.unknown;
  }
  // Team talk and other commands stay in the team.
  if (text.startsWith("//") || text.startsWith("/")) return undefined;
  const result = await desk.reply(number, worker, text, key);
  switch (result.status) {
    case "relayed":
    case "not-yours":
      return undefined;
    case "not-claimed":
      return answer.notClaimed;
    case "not-live":
      return answer.notLive;
    case "closed":
      return answer.closed;
    case "unknown":
      return answer.unknown;
  }
}
