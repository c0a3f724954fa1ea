/** What a channel can show; the core's renderer degrades messages to fit. */
export interface ChannelCapabilities {
  /** Most buttons one message can carry (0: none, choices become a numbered list). */
  maxChoices: number;
  /** Longest button label, in characters. */
  maxLabelLength: number;
  /** Longest text of one message, in characters. */
  maxTextLength: number;
  /** Longest opaque choice token the platform carries back (Telegram callback data: 64 bytes). */
  maxChoiceIdBytes: number;
  /** Whether the bot can edit a sent message (e.g. to remove an answered keyboard). */
  canEdit: boolean;
  /** Whether the bot can send without a fresh inbound event (check-ins, staff replies). */
  canPush: boolean;
  /**
   * Whether a push still reaches the person days after they last wrote (a chat app, not a page
   * that must be open): what a check-in needs. Default false.
   */
  canPushLater?: boolean;
  /** Whether the channel can show that the bot is "typing" (LINE's loading animation). */
  canShowTyping?: boolean;
  /** Whether a message can be shown to one person only in a shared space (Discord). */
  canSendEphemeral?: boolean;
}
