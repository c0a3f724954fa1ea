/**
 * A Discord forum's tags, for a case's post: a forum with "Require tags" on refuses a post
 * without one (40067), so the staff side applies a tag: the one `STAFF_DISCORD_FORUM_TAG` names,
 * or else (only where a tag is required) the first the bot may apply. `komorebi doctor` says the
 * same choice in words.
 */
/** The forum flag "Require tags" (`REQUIRE_TAG`, 1 << 4). */
export const REQUIRE_TAG = 1 << 4;
/**
 * Chooses the tag: the configured one (by name, case and spaces aside, or by id), else where the
 * forum requires a tag the first that is not moderated, else the first.
 */
export function chooseForumTag(channel, configured) {
    const required = ((channel.flags ?? 0) & REQUIRE_TAG) !== 0;
    const tags = channel.available_tags ?? [];
    const wanted = configured?.trim();
    if (wanted) {
        const key = wanted.toLowerCase();
        const named = tags.find((tag) => tag.id === wanted || tag.name.trim().toLowerCase() === key);
        if (named)
            return { required, tag: named };
        const problem = `the forum has no tag "${wanted}" (STAFF_DISCORD_FORUM_TAG); it has ${tags.length > 0 ? tags.map((tag) => `"${tag.name}"`).join(", ") : "none"}`;
        if (!required)
            return { required, problem };
        const fallback = tags.find((tag) => !tag.moderated) ?? tags[0];
        return { required, problem, ...(fallback ? { tag: fallback } : {}) };
    }
    if (!required)
        return { required };
    const first = tags.find((tag) => !tag.moderated) ?? tags[0];
    if (first)
        return { required, tag: first };
    return { required, problem: "the forum requires a tag on each post but has no tags" };
}
//# sourceMappingURL=forum-tags.js.map