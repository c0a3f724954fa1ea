/**
 * Campaigns and their codes, kept in the store through Keyv under `campaign:` (one record per
 * code) and `campaigns` (the list of codes). A code attributes a conversation to a campaign,
 * never to a person; revoking a code keeps its record and figures, and people who arrive with it
 * afterwards go on unattributed.
 */
import { randomBytes } from "node:crypto";
import type { Keyv } from "keyv";
import { REFERRAL_PATTERN } from "../core/referral.js";
import type { CampaignAttribution } from "../core/types.js";

/** One campaign link, as stored. */
export interface Campaign {
  code: string;
  /** The worker's name for it ("Kobe family meeting, spring"). */
  campaign: string;
  note?: string;
  /** Said after the welcome to people who came through the link, per locale. */
  greeting?: Record<string, string>;
  createdAt: string;
  revokedAt?: string;
}

/** What a new campaign link needs. */
export interface NewCampaign {
  campaign: string;
  note?: string;
  greeting?: Record<string, string>;
  /**
   * A code chosen by the worker (to register one already printed); a fresh unguessable one
   * when absent.
   */
  code?: string;
}

/** Runs a task while no other process changes the same key (the store's lock). */
export type KeyLock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/** Campaign records in the store. */
export interface CampaignStore {
  create(input: NewCampaign, now?: Date): Promise<Campaign>;
  get(code: string): Promise<Campaign | undefined>;
  /** Every campaign, newest first. */
  list(): Promise<Campaign[]>;
  /** Revokes a code; undefined when there is no such code. Revoking twice changes nothing. */
  revoke(code: string, now?: Date): Promise<Campaign | undefined>;
  /** The live campaign behind a code, for attribution; undefined when unknown or revoked. */
  find(code: string): Promise<CampaignAttribution | undefined>;
}

/** A campaign name or code the store refuses, with a message for the worker. */
export class CampaignInputError extends Error {
  override readonly name = "CampaignInputError";
}

/** Longest campaign name and note. */
export const MAX_CAMPAIGN_NAME = 80;
export const MAX_CAMPAIGN_NOTE = 500;

const LIST_KEY = "campaigns";
const recordKey = (code: string) => `campaign:${code}`;

/**
 * A fresh code: 9 random bytes as base64url, 12 characters (72 bits: not guessable, and far
 * inside Telegram's 64-character start payload and a LINE message).
 */
export function newCampaignCode(): string {
  return randomBytes(9).toString("base64url");
}

/** Creates the campaign store on `kv`; `lock` keeps the list of codes whole across processes. */
export function createCampaignStore(kv: Keyv<unknown>, lock: KeyLock): CampaignStore {
  const get = async (code: string): Promise<Campaign | undefined> => {
    if (!REFERRAL_PATTERN.test(code)) return undefined;
    const value = await kv.get(recordKey(code));
    return isCampaign(value) ? value : undefined;
  };

  const codes = async (): Promise<string[]> => {
    const value = await kv.get(LIST_KEY);
    return Array.isArray(value) ? value.filter((code) => typeof code === "string") : [];
  };

  return {
    get,
    async create(input, now = new Date()) {
      const campaign = input.campaign.trim();
      if (!campaign || campaign.length > MAX_CAMPAIGN_NAME) {
        throw new CampaignInputError(`a campaign name is 1-${MAX_CAMPAIGN_NAME} characters`);
      }
      const note = input.note?.trim();
      if (note && note.length > MAX_CAMPAIGN_NOTE) {
        throw new CampaignInputError(`a note is at most ${MAX_CAMPAIGN_NOTE} characters`);
      }
      const code = input.code ?? newCampaignCode();
      if (!REFERRAL_PATTERN.test(code)) {
        throw new CampaignInputError("a code is 1-64 letters, digits, _ or -");
      }
      const greeting = Object.fromEntries(
        Object.entries(input.greeting ?? {})
          .map(([locale, text]) => [locale, text.trim()] as const)
          .filter(([, text]) => text !== ""),
      );
      const record: Campaign = {
        code,
        campaign,
        ...(note ? { note } : {}),
        ...(Object.keys(greeting).length > 0 ? { greeting } : {}),
        createdAt: now.toISOString(),
      };
      return lock(`outreach:${LIST_KEY}`, async () => {
        if (await kv.get(recordKey(code))) {
          throw new CampaignInputError(`the code ${code} is already in use`);
        }
        await kv.set(recordKey(code), record);
        await kv.set(LIST_KEY, [...(await codes()), code]);
        return record;
      });
    },
    async list() {
      const all = await Promise.all((await codes()).map(get));
      return all
        .filter((campaign): campaign is Campaign => campaign !== undefined)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async revoke(code, now = new Date()) {
      return lock(`outreach:${recordKey(code)}`, async () => {
        const campaign = await get(code);
        if (!campaign || campaign.revokedAt) return campaign;
        const revoked = { ...campaign, revokedAt: now.toISOString() };
        await kv.set(recordKey(code), revoked);
        return revoked;
      });
    },
    async find(code) {
      const campaign = await get(code);
      if (!campaign || campaign.revokedAt) return undefined;
      return campaign.greeting ? { greeting: campaign.greeting } : {};
    },
  };
}

function isCampaign(value: unknown): value is Campaign {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Partial<Campaign>;
  return (
    typeof record.code === "string" &&
    typeof record.campaign === "string" &&
    typeof record.createdAt === "string"
  );
}
