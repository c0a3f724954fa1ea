import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { CampaignInputError, QR_CHANNELS, } from "../outreach/index.js";
import { createAdminAuth, secretsEqual, tokenMatches } from "./auth.js";
import { ADMIN_BASE, dashboardPage, signInPage } from "./pages.js";
import { adminTexts, metricNames } from "./texts.js";
const COOKIE = "komorebi_admin";
const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    // same-origin, not no-referrer: with no-referrer a browser posts forms with `Origin: null`.
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
};
/** Creates the admin app; mount it with `app.route("/admin", createAdminApp(deps))`. */
export function createAdminApp(deps) {
    const { outreach, logger } = deps;
    const clock = deps.clock ?? (() => new Date());
    const sessionTtlMs = deps.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    const auth = createAdminAuth(deps.kv, { sessionTtlMs, now: () => clock().getTime() });
    const app = new Hono();
    app.use("*", async (c, next) => {
        await next();
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
            c.header(name, value);
    });
    const langOf = (c, form) => {
        const asked = form?.lang ?? c.req.query("lang");
        if (asked === "ja" || asked === "en")
            return asked;
        const accept = c.req.header("accept-language") ?? "";
        return /^en\b/i.test(accept) ? "en" : "ja";
    };
    const clientOf = (c) => c.env?.incoming?.socket?.remoteAddress ?? "local";
    /**
     * A post must come from this site: no cross-site Fetch Metadata, and an Origin (when the
     * browser sends one) that is this host or the public address.
     */
    const sameSite = (c) => {
        const site = c.req.header("sec-fetch-site");
        if (site && site !== "same-origin" && site !== "none")
            return false;
        // Browsers send Origin with every form post; a client without it (curl) still needs the
        // session cookie and the form's CSRF token.
        const origin = c.req.header("origin");
        return origin === undefined || sameHost(c, origin);
    };
    const sameHost = (c, address) => {
        let host;
        try {
            host = new URL(address).host;
        }
        catch {
            return false;
        }
        const publicHost = deps.publicUrl ? new URL(deps.publicUrl).host : undefined;
        return host === (c.req.header("host") ?? new URL(c.req.url).host) || host === publicHost;
    };
    const sessionOf = async (c) => {
        const id = getCookie(c, COOKIE);
        return { id, session: await auth.find(id) };
    };
    const refuse = (c, lang) => c.html(signInPage(lang, adminTexts[lang].refused), 403);
    /** Checks a signed-in post: same site, a live session, its CSRF token. */
    const guardedPost = async (c) => {
        const form = textFields(await c.req.parseBody());
        const lang = langOf(c, form);
        if (!sameSite(c)) {
            logger.warn("admin: cross-site post refused", { path: c.req.path });
            return refuse(c, lang);
        }
        const { session } = await sessionOf(c);
        if (!session || !secretsEqual(form.csrf ?? "", session.csrf)) {
            logger.warn("admin: post without a valid session refused", { path: c.req.path });
            return refuse(c, lang);
        }
        return { session, form, lang };
    };
    const dashboard = async (c, session, lang, extra = {}, status = 200) => {
        const campaigns = await outreach.campaigns.list();
        const withLinks = await Promise.all(campaigns.map(async (campaign) => ({ campaign, links: await outreach.links(campaign.code) })));
        const figures = await outreach.figures({ now: clock() });
        return c.html(dashboardPage({
            lang,
            csrf: session.csrf,
            campaigns: withLinks,
            figures,
            metricLabel: (metric) => metricNames[lang][metric] ?? outreach.metricLabel(metric, lang) ?? metric,
            ...extra,
        }), status);
    };
    app.get("/", async (c) => {
        const lang = langOf(c);
        const { session } = await sessionOf(c);
        if (!session)
            return c.html(signInPage(lang));
        const notice = c.req.query("done");
        const t = adminTexts[lang];
        return dashboard(c, session, lang, {
            ...(notice === "created"
                ? { notice: t.created }
                : notice === "revoked"
                    ? { notice: t.revoked }
                    : {}),
        });
    });
    app.post("/login", async (c) => {
        const form = textFields(await c.req.parseBody());
        const lang = langOf(c, form);
        const t = adminTexts[lang];
        if (!sameSite(c))
            return refuse(c, lang);
        const client = clientOf(c);
        if (await auth.blocked(client)) {
            logger.warn("admin: sign-in refused, too many failures");
            return c.html(signInPage(lang, t.tooMany), 429);
        }
        if (!tokenMatches(form.token ?? "", deps.token)) {
            await auth.recordFailure(client);
            logger.warn("admin: wrong token");
            return c.html(signInPage(lang, t.wrongToken), 401);
        }
        const previous = getCookie(c, COOKIE);
        await auth.close(previous);
        const { id } = await auth.open();
        setCookie(c, COOKIE, id, {
            httpOnly: true,
            sameSite: "Strict",
            path: ADMIN_BASE,
            secure: deps.secureCookie === true,
            maxAge: Math.floor(sessionTtlMs / 1000),
        });
        logger.info("admin: signed in");
        return c.redirect(`${ADMIN_BASE}?lang=${lang}`, 303);
    });
    app.post("/logout", async (c) => {
        const checked = await guardedPost(c);
        if (checked instanceof Response)
            return checked;
        await auth.close(getCookie(c, COOKIE));
        deleteCookie(c, COOKIE, { path: ADMIN_BASE });
        return c.redirect(`${ADMIN_BASE}?lang=${checked.lang}`, 303);
    });
    app.post("/campaigns", async (c) => {
        const checked = await guardedPost(c);
        if (checked instanceof Response)
            return checked;
        const { form, lang, session } = checked;
        try {
            const campaign = await outreach.createLink({
                campaign: form.campaign ?? "",
                ...(form.note ? { note: form.note } : {}),
                greeting: {
                    ...(form.greetingJa ? { ja: form.greetingJa } : {}),
                    ...(form.greetingEn ? { en: form.greetingEn } : {}),
                },
            });
            logger.info("admin: campaign link created", { code: campaign.code });
            return c.redirect(`${ADMIN_BASE}?lang=${lang}&done=created#c-${campaign.code}`, 303);
        }
        catch (error) {
            if (!(error instanceof CampaignInputError))
                throw error;
            return dashboard(c, session, lang, { error: error.message, form }, 400);
        }
    });
    app.post("/campaigns/:code/revoke", async (c) => {
        const checked = await guardedPost(c);
        if (checked instanceof Response)
            return checked;
        const campaign = await outreach.campaigns.revoke(c.req.param("code"));
        if (!campaign)
            return c.notFound();
        logger.info("admin: campaign link revoked", { code: campaign.code });
        return c.redirect(`${ADMIN_BASE}?lang=${checked.lang}&done=revoked`, 303);
    });
    app.get("/campaigns/:code/qr/:file", async (c) => {
        const { session } = await sessionOf(c);
        if (!session)
            return c.redirect(ADMIN_BASE, 303);
        const code = c.req.param("code");
        const [channel, format] = c.req.param("file").split(".");
        if (!(await outreach.campaigns.get(code)))
            return c.notFound();
        if (!QR_CHANNELS.includes(channel) || (format !== "png" && format !== "svg")) {
            return c.notFound();
        }
        const disposition = `attachment; filename="${code}-${channel}.${format}"`;
        if (format === "png") {
            const png = await outreach.qr(code, channel, "png");
            if (!png)
                return c.notFound();
            return c.body(new Uint8Array(png), 200, {
                "content-type": "image/png",
                "content-disposition": disposition,
            });
        }
        const svg = await outreach.qr(code, channel, "svg");
        if (!svg)
            return c.notFound();
        return c.body(svg, 200, {
            "content-type": "image/svg+xml",
            "content-disposition": disposition,
        });
    });
    app.get("/campaigns/:code/card", async (c) => {
        const { session } = await sessionOf(c);
        if (!session)
            return c.redirect(ADMIN_BASE, 303);
        const code = c.req.param("code");
        const campaign = await outreach.campaigns.get(code);
        if (!campaign || campaign.revokedAt)
            return c.notFound();
        const size = c.req.query("size") === "a4" ? "a4" : "a6";
        const locale = c.req.query("locale") === "en" ? "en" : "ja";
        return c.html(await outreach.card(code, size, locale));
    });
    app.onError((error, c) => {
        logger.error("admin: request failed", {
            path: c.req.path,
            error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
        return c.text("internal error", 500);
    });
    return app;
}
/** Only the string fields of a form (a file upload is ignored). */
function textFields(body) {
    return Object.fromEntries(Object.entries(body).filter((entry) => typeof entry[1] === "string"));
}
//# sourceMappingURL=index.js.map