/** A referral code as outreach links carry it (Telegram's deep-link alphabet, 1-64 characters). */
export const REFERRAL_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
//# sourceMappingURL=referral.js.map