import { errorText } from "../core/error-text.js";
/**
 * Discord's REST API, when DISCORD_API_BASE does not say otherwise. The base has no version, as
 * the adapter's (discord.js adds it), so one setting serves both.
 */
export const DISCORD_API_DEFAULT = "https://discord.com/api";
/** Checks the Discord token; `config.DISCORD_BOT_TOKEN` must be set. */
export async function checkDiscord(config) {
    const name = "discord token";
    const base = (config.DISCORD_API_BASE ?? DISCORD_API_DEFAULT).replace(/\/+$/, "");
    try {
        const response = await fetch(`${base}/v10/applications/@me`, {
            headers: { authorization: `Bot ${config.DISCORD_BOT_TOKEN ?? ""}` },
            signal: AbortSignal.timeout(10_000),
        });
        const body = (await response.json().catch(() => ({})));
        if (response.ok) {
            return { name, status: "ok", detail: `application ${body.name ?? "?"} (${body.id ?? "?"})` };
        }
        return {
            name,
            status: "fail",
            detail: `Discord refused DISCORD_BOT_TOKEN (HTTP ${response.status}${body.message ? `: ${body.message}` : ""})`,
            fix: response.status === 401
                ? "Discord Developer Portal → your application → Bot → Reset Token, and set DISCORD_BOT_TOKEN to the new token"
                : "check DISCORD_API_BASE and Discord's status page",
        };
    }
    catch (error) {
        const code = error?.cause?.code;
        return {
            name,
            status: "fail",
            detail: `Discord did not answer (${errorText(error)}${typeof code === "string" ? `, ${code}` : ""})`,
            fix: "check the network and DISCORD_API_BASE",
        };
    }
}
//# sourceMappingURL=discord-check.js.map