/**
 * The few words only Telegram needs: the commands menu and the note in group chats. They live
 * with the adapter because no other channel says them; like content texts, every one exists in
 * Japanese and English.
 */
import type { BotCommand } from "grammy/types";

/** Locales these texts are written in. */
export type TelegramLocale = "ja" | "en";

/**
 * The commands menu. Each name is a word the core already knows (system.yaml's command words),
 * so `/stop` or `/delete` typed or tapped works through the core's matcher; `/start` is the
 * adapter's own.
 */
export const COMMANDS: Record<TelegramLocale, BotCommand[]> = {
  ja: [
    { command: "start", description: "はじめる" },
    { command: "menu", description: "メニューを開く" },
    { command: "stop", description: "やめる（こちらからは送らなくなります）" },
    { command: "help", description: "使い方" },
    { command: "delete", description: "わたしのデータを消す" },
  ],
  en: [
    { command: "start", description: "Start" },
    { command: "menu", description: "Open the menu" },
    { command: "stop", description: "Stop (I won't write to you first)" },
    { command: "help", description: "How this works" },
    { command: "delete", description: "Delete my data" },
  ],
};

/** The note a group gets once: the bot talks one-to-one, and here is where. */
export function groupNote(locale: TelegramLocale, link: string | undefined): string {
  if (locale === "ja") {
    const where = link ? `\n${link}` : "";
    return `わたしは1対1でだけお話しします。グループでのやりとりは読んでいません。話したいときは、個別のチャットで話しかけてください。${where}`;
  }
  const where = link ? `\n${link}` : "";
  return `I only talk one-to-one and don't read group conversations. If you'd like to talk, please message me in a private chat.${where}`;
}

/** The locale for a platform language hint, or `fallback` when it is neither ja nor en. */
export function telegramLocale(hint: string | undefined, fallback: string): TelegramLocale {
  const base = hint?.toLowerCase().split(/[-_]/)[0] ?? fallback;
  if (base === "ja" || base === "en") return base;
  return fallback === "en" ? "en" : "ja";
}
