/**
 * The links a worker shares for a campaign code, one per configured channel: the web chat
 * (`?ref=CODE`), a Telegram deep link (`t.me/<bot>?start=CODE`) and LINE (a link that opens the
 * chat with the code message typed in, and the plain add-friend link).
 */
import { referralLink } from "../adapters/line/referral.js";
import type { Logger } from "../core/ports.js";

/** Where each channel lives, as far as links need it. */
export interface LinkSettings {
  /** The web chat's public address (PUBLIC_URL, or http://localhost:PORT); none when off. */
  webBase?: string;
  /** The Telegram bot's username, without `@`. */
  telegramUsername?: string;
  /** The LINE account's basic or premium ID (`@abc1234d`). */
  lineId?: string;
}

/** The links of one code; each present only for a configured channel. */
export interface CampaignLinks {
  web?: string;
  telegram?: string;
  /** Opens the LINE chat with the code message typed in: the link that attributes. */
  line?: string;
  /** LINE's add-friend link (carries no code: a person who adds the bot this way is not counted). */
  lineAddFriend?: string;
}

/** The channels that get a QR code, in the order cards show them. */
export const QR_CHANNELS = ["web", "telegram", "line"] as const;
/** A channel with a QR code. */
export type QrChannel = (typeof QR_CHANNELS)[number];

/** The links for `code`. */
export function campaignLinks(
  code: string,
  settings: LinkSettings,
  locale: "ja" | "en" = "ja",
): CampaignLinks {
  const links: CampaignLinks = {};
  if (settings.webBase) {
    links.web = `${settings.webBase.replace(/\/+$/, "")}/?ref=${encodeURIComponent(code)}`;
  }
  if (settings.telegramUsername) {
    links.telegram = `https://t.me/${settings.telegramUsername}?start=${encodeURIComponent(code)}`;
  }
  if (settings.lineId) {
    links.line = referralLink(settings.lineId, code, locale);
    const id = settings.lineId.startsWith("@") ? settings.lineId : `@${settings.lineId}`;
    links.lineAddFriend = `https://line.me/R/ti/p/${id}`;
  }
  return links;
}

/** What {@link telegramUsername} needs. */
export interface TelegramIdentity {
  /** A username from configuration wins: no network call. */
  configured?: string;
  token?: string;
  apiRoot?: string;
}

/**
 * The bot's username: from configuration, or asked once with getMe. Undefined (and a warning)
 * when Telegram is not configured or does not answer: the other links still work.
 */
export async function telegramUsername(
  identity: TelegramIdentity,
  logger: Logger,
): Promise<string | undefined> {
  if (identity.configured) return identity.configured.replace(/^@/, "");
  if (!identity.token) return undefined;
  try {
    // grammY is loaded only for this question, so a deployment without Telegram never loads it.
    const { Api } = await import("grammy");
    const api = new Api(identity.token, identity.apiRoot ? { apiRoot: identity.apiRoot } : {});
    return (await api.getMe()).username;
  } catch (error) {
    logger.warn("telegram getMe failed; no Telegram link this time", {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}
