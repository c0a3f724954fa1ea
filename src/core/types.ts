/**
 * The vocabulary every channel speaks with the core. Adapters turn platform payloads into an
 * {@link InboundEvent} and render {@link OutboundMessage}s back; nothing here knows a platform.
 */

import type { ChannelId } from "../content/channels.js";

export { CHANNEL_IDS, type ChannelId } from "../content/channels.js";

/** A media kind the bot cannot read; it gets a gentle answer instead. */
export type UnsupportedMedia =
  | "sticker"
  | "image"
  | "audio"
  | "video"
  | "file"
  | "location"
  | "contact"
  | "other";

/**
 * What the core learns about the campaign behind a start's referral code. A start arrives with
 * it once the code has been found live (`src/outreach` looks codes up before the core sees the
 * event, and drops an unknown or revoked code: the conversation goes on unattributed).
 */
export interface CampaignAttribution {
  /** Said after the welcome, per locale; nothing for a locale it was not written in. */
  greeting?: Readonly<Record<string, string>>;
}

/** What the person did, independent of the platform. */
export type InboundPayload =
  /** The person opened the bot (Telegram /start, web page load), maybe from a referral link. */
  | { type: "start"; referral?: string; campaign?: CampaignAttribution }
  /** Free text typed by the person. */
  | { type: "text"; text: string }
  /**
   * The person changed a message they had sent. The flow does not move for an edit, but the new
   * words pass the risk check: "I'm fine" edited into "I want to die" must still be answered.
   */
  | { type: "edit"; text: string }
  /** A button press; `choiceId` is the opaque token the core put on the button. */
  | { type: "choice"; choiceId: string }
  /**
   * A tap on a menu the channel always shows (LINE's rich menu): a command or a question's
   * choice, done at any step like typing its word; `token` is from `encodeShortcut`.
   */
  | { type: "shortcut"; token: string }
  /** The person added the bot (LINE follow) or unblocked it. */
  | { type: "follow" }
  /** The person removed or blocked the bot: nothing may be sent to them any more. */
  | { type: "unfollow" }
  /** A sticker, photo, voice note... that the bot cannot read. */
  | { type: "unsupported"; media: UnsupportedMedia };

/** One normalized event from one person on one channel. */
export interface InboundEvent {
  channel: ChannelId;
  /**
   * The platform's id for the person (or the web chat's session id). The core turns it into a
   * pseudonym at once and never stores or logs it.
   */
  userId: string;
  /** The platform's id for this event, if it has one; a repeated id is handled only once. */
  eventId?: string;
  /** The platform's language for the person (`ja`, `en-US`...), used for a new conversation. */
  localeHint?: string;
  payload: InboundPayload;
}

/** One button: `id` is an opaque token (at most 64 bytes) that comes back in a choice event. */
export interface Choice {
  id: string;
  label: string;
}

/** A link the person can open. */
export interface Link {
  label: string;
  url: string;
}

/** What the core asks a channel to show. Channels degrade gracefully to what they support. */
export type OutboundMessage =
  | { type: "text"; text: string }
  | { type: "choices"; text: string; choices: Choice[] }
  | { type: "links"; text: string; links: Link[] };

/** What a person agreed to show the staff with a request to talk: nothing more, or also the menu
 * items they went through, or also the last things they wrote. */
export type HandoffShare = "nothing" | "path" | "messages";

/**
 * Something the staff side should hear about. Carries the pseudonym, never a platform id, and
 * never message text except on `relay`: what the person writes during a handoff they asked for
 * (the relay is their consent), which is kept sealed at rest and never logged.
 */
export interface StaffEvent {
  /**
   * `crisis`: the risk check or a choice shows a crisis; `handoff-request`: the person asked to
   * talk with a person and said yes; `handoff-ended`: the person ended or cancelled it (or left);
   * `handoff-answer`: the person's answer when a worker came after they were told nobody could;
   * `relay`: a message the person wrote during the handoff.
   */
  type: "crisis" | "handoff-request" | "handoff-ended" | "handoff-answer" | "relay";
  conversation: string;
  channel: ChannelId;
  locale: string;
  region: string;
  referral?: string;
  /** Rule ids of the risk check, for a crisis; safe to log. */
  rules?: string[];
  /** Warning-sign categories of those rules (`passive-ideation`, `plan`...), for a crisis. */
  categories?: string[];
  /** A crisis happening now (an act under way). */
  urgent?: boolean;
  /** `handoff-request`: what the person agreed to show besides the request itself. */
  share?: HandoffShare;
  /** `handoff-request` with `share: path`: the flows the person went through, by id, oldest first. */
  path?: string[];
  /** `handoff-request`: asked outside staff hours (the person was told so). */
  outsideHours?: boolean;
  /** `handoff-ended`: why. */
  reason?: "ended" | "cancelled" | "stopped" | "left" | "deleted";
  /** `handoff-answer`: whether the person wants to talk now. */
  accepted?: boolean;
  /** `relay` only: the person's words. Never logged. */
  text?: string;
  at: string;
}

/**
 * Something the staff did that the person hears of, through the core (which says it in the
 * person's language and moves the conversation): a worker took the request, wrote a message,
 * closed the case; or nobody took it in time.
 */
export type StaffAction =
  | { type: "claimed" }
  | { type: "message"; text: string }
  | { type: "closed" }
  | { type: "unclaimed" };

/**
 * Something that happened in a conversation that campaign figures count. Reported only for a
 * conversation that came through a campaign link, and each at most once per conversation, so a
 * count is a number of conversations, never of one person's clicks. Carries no text.
 * `menu:<choice id>` is a choice on the main menu.
 */
export type Milestone =
  | "started"
  | "welcomed"
  | "asked-person"
  | "check-in-accepted"
  | "safety-response"
  | `menu:${string}`;

/** The answer of the core to one inbound event. */
export interface HandleResult {
  /** The pseudonymous conversation id; safe to log. */
  conversation: string;
  messages: OutboundMessage[];
  /** True when the event was a repeat of one already handled: nothing was done or sent. */
  duplicate: boolean;
  /**
   * False once the person unfollowed, blocked or deleted their data: the bot must start
   * nothing with them (check-ins, staff replies). The `messages` of this result are still the
   * answer to the person's own event and are sent (e.g. the deletion confirmation), except
   * after an unfollow, which has none.
   */
  reachable: boolean;
  /** Milestones reached in this event (see {@link Milestone}); empty or absent when none. */
  milestones?: Milestone[];
  /** The campaign code the conversation is attributed to, if any; safe to log. */
  referral?: string;
}
