/**
 * Campaigns and their codes, kept in the store through Keyv under `campaign:` (one record per
 * code) and `campaigns` (the list of codes). A code attributes a conversation to a campaign,
 * never to a person; revoking a code keeps its record and figures, and people who arrive with it
 * afterwards go on unattributed.
 */
import { randomBytes } from "node:crypto";
import { REFERRAL_PATTERN } from "../core/referral.js";
/** A campaign name or code the store refuses, with a message for the worker. */
export class CampaignInputError extends Error {
    name = "CampaignInputError";
}
/** Longest campaign name and note. */
export const MAX_CAMPAIGN_NAME = 80;
export const MAX_CAMPAIGN_NOTE = 500;
const LIST_KEY = "campaigns";
const recordKey = (code) => `campaign:${code}`;
/**
 * A fresh code: 9 random bytes as base64url, 12 characters (72 bits: not guessable, and far
 * inside Telegram's 64-character start payload and a LINE message).
 */
export function newCampaignCode() {
    return randomBytes(9).toString("base64url");
}
/** Creates the campaign store on `kv`; `lock` keeps the list of codes whole across processes. */
export function createCampaignStore(kv, lock) {
    const get = async (code) => {
        if (!REFERRAL_PATTERN.test(code))
            return undefined;
        const value = await kv.get(recordKey(code));
        return isCampaign(value) ? value : undefined;
    };
    const codes = async () => {
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
            const greeting = Object.fromEntries(Object.entries(input.greeting ?? {})
                .map(([locale, text]) => [locale, text.trim()])
                .filter(([, text]) => text !== ""));
            const record = {
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
                .filter((campaign) => campaign !== undefined)
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        },
        async revoke(code, now = new Date()) {
            return lock(`outreach:${recordKey(code)}`, async () => {
                const campaign = await get(code);
                if (!campaign || campaign.revokedAt)
                    return campaign;
                const revoked = { ...campaign, revokedAt: now.toISOString() };
                await kv.set(recordKey(code), revoked);
                return revoked;
            });
        },
        async find(code) {
            const campaign = await get(code);
            if (!campaign || campaign.revokedAt)
                return undefined;
            return campaign.greeting ? { greeting: campaign.greeting } : {};
        },
    };
}
function isCampaign(value) {
    if (typeof value !== "object" || value === null)
        return false;
    const record = value;
    return (typeof record.code === "string" &&
        typeof record.campaign === "string" &&
        typeof record.createdAt === "string");
}
//# sourceMappingURL=campaigns.js.map