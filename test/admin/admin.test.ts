/**
 * The admin page through `app.request()`: sign-in, the attempt limit, the session cookie, CSRF
 * and cross-site posts, escaping, QR downloads. The browser test drives the same page for real.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { startApp } from "../../src/main.js";
import { decodePng, decodeSvg } from "../outreach/qr-decode.js";
import { type AdminFixture, adminFixture, TOKEN } from "./support.js";

let f: AdminFixture;
beforeEach(async () => {
  f = await adminFixture();
});
afterEach(async () => {
  await f.store.close();
});

const login = (token: string, headers: Record<string, string> = {}) =>
  f.app.request("/admin/login", {
    method: "POST",
    headers: {
      origin: "http://localhost",
      "content-type": "application/x-www-form-urlencoded",
      ...headers,
    },
    body: new URLSearchParams({ token, lang: "en" }),
  });

describe("signing in", () => {
  it("shows the sign-in form, in Japanese by default and English on request", async () => {
    const ja = await f.app.request("/admin");
    expect(ja.status).toBe(200);
    expect(await ja.text()).toContain("管理トークン");
    const en = await (await f.app.request("/admin?lang=en")).text();
    expect(en).toContain("Admin token");
    expect(en).toContain('name="viewport"');
  });

  it("refuses a wrong token, and gives a strict, HttpOnly session cookie for the right one", async () => {
    const wrong = await login("not-the-token");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(await wrong.text()).toContain("That token is not right.");

    const right = await login(TOKEN);
    expect(right.status).toBe(303);
    const cookie = right.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^komorebi_admin=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/admin");
    // The token itself never appears in logs or cookies.
    expect(f.logs.join("\n")).not.toContain(TOKEN);
    expect(cookie).not.toContain(TOKEN);
  });

  it("stops answering after five failures from one client, even to the right token", async () => {
    for (let i = 0; i < 5; i++) expect((await login(`guess-${i}`)).status).toBe(401);
    const blocked = await login(TOKEN);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a sign-in posted from another site", async () => {
    const response = await login(TOKEN, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("sends headers that forbid scripts, framing and caching", async () => {
    const response = await f.app.request("/admin");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("content-security-policy")).not.toContain("script-src");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("campaigns on the admin page", () => {
  it("creates a link and shows a name with markup as text", async () => {
    const name = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const created = await f.post("/admin/campaigns", { campaign: name, note: "<b>note</b>" });
    expect(created.status).toBe(303);
    const [campaign] = await f.outreach.campaigns.list();
    expect(campaign?.campaign).toBe(name);
    const page = await (
      await f.app.request("/admin?lang=en", { headers: { cookie: (await f.signIn()).cookie } })
    ).text();
    expect(page).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;",
    );
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;b&gt;note&lt;/b&gt;");
    expect(page).toContain(`https://chat.example.org/?ref=${campaign?.code}`);
  });

  it("refuses a post without the session's CSRF token, or from another site", async () => {
    await f.signIn();
    const noToken = await f.post("/admin/campaigns", { campaign: "a", csrf: "" });
    expect(noToken.status).toBe(403);
    const forged = await f.post("/admin/campaigns", { campaign: "b", csrf: "forged-token-value" });
    expect(forged.status).toBe(403);
    const crossSite = await f.post(
      "/admin/campaigns",
      { campaign: "c" },
      { origin: "https://evil.example" },
    );
    expect(crossSite.status).toBe(403);
    const fetchMetadata = await f.post(
      "/admin/campaigns",
      { campaign: "d" },
      { "sec-fetch-site": "cross-site" },
    );
    expect(fetchMetadata.status).toBe(403);
    expect(await f.outreach.campaigns.list()).toEqual([]);
    // Without a session cookie at all.
    const anonymous = await f.app.request("/admin/campaigns", {
      method: "POST",
      headers: { origin: "http://localhost", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ campaign: "e" }),
    });
    expect(anonymous.status).toBe(403);
    expect(await f.outreach.campaigns.list()).toEqual([]);
  });

  it("refuses a greeting the content guide rules out, keeping what was typed", async () => {
    const response = await f.post("/admin/campaigns", {
      campaign: "family meeting",
      greetingEn: "You should try harder!",
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("You should");
    expect(page).toContain('value="family meeting"');
    expect(await f.outreach.campaigns.list()).toEqual([]);
  });

  it("serves QR codes that read back as the links, only when signed in", async () => {
    await f.post("/admin/campaigns", { campaign: "qr" });
    const [campaign] = await f.outreach.campaigns.list();
    const code = campaign?.code ?? "";
    const links = await f.outreach.links(code);
    expect((await f.app.request(`/admin/campaigns/${code}/qr/web.png`)).status).toBe(303);
    const { cookie } = await f.signIn();
    for (const channel of ["web", "telegram", "line"] as const) {
      const png = await f.app.request(`/admin/campaigns/${code}/qr/${channel}.png`, {
        headers: { cookie },
      });
      expect(png.headers.get("content-type")).toBe("image/png");
      expect(png.headers.get("content-disposition")).toContain(`${code}-${channel}.png`);
      expect(decodePng(Buffer.from(await png.arrayBuffer()))).toBe(links[channel]);
      const svg = await f.app.request(`/admin/campaigns/${code}/qr/${channel}.svg`, {
        headers: { cookie },
      });
      expect(decodeSvg(await svg.text())).toBe(links[channel]);
    }
    expect(
      (await f.app.request(`/admin/campaigns/${code}/qr/x.png`, { headers: { cookie } })).status,
    ).toBe(404);
  });

  it("revokes a link; its card is gone and attribution stops", async () => {
    await f.post("/admin/campaigns", { campaign: "to stop" });
    const [campaign] = await f.outreach.campaigns.list();
    const code = campaign?.code ?? "";
    expect(await f.outreach.campaigns.find(code)).toEqual({});
    const { cookie } = await f.signIn();
    expect(
      (await f.app.request(`/admin/campaigns/${code}/card?size=a4`, { headers: { cookie } }))
        .status,
    ).toBe(200);
    const revoked = await f.post(`/admin/campaigns/${code}/revoke`, {});
    expect(revoked.status).toBe(303);
    expect(await f.outreach.campaigns.find(code)).toBeUndefined();
    expect(
      (await f.app.request(`/admin/campaigns/${code}/card`, { headers: { cookie } })).status,
    ).toBe(404);
  });
});

describe("the figures on the admin page", () => {
  it("shows <5 until five conversations started, then the number", async () => {
    await f.post("/admin/campaigns", { campaign: "flyer" });
    const [campaign] = await f.outreach.campaigns.list();
    const code = campaign?.code ?? "";
    const { cookie } = await f.signIn();
    const startedCell = async () => {
      const page = await (await f.app.request("/admin?lang=en", { headers: { cookie } })).text();
      return /<tr><td>flyer<\/td><td>web<\/td><td>([^<]+)<\/td>/.exec(page)?.[1];
    };
    await f.outreach.counters.add(code, "web", ["started"]);
    expect(await startedCell()).toBe("&lt;5");
    for (let i = 0; i < 4; i++) await f.outreach.counters.add(code, "web", ["started"]);
    expect(await startedCell()).toBe("5");
  });
});

describe("mounting", () => {
  it("serves /admin only when ADMIN_TOKEN is set", async () => {
    const dir = await mkdtemp(join(tmpdir(), "komorebi-admin-mount-"));
    const base = {
      PORT: "0",
      HOST: "127.0.0.1",
      STORE_URL: "memory://",
      DATA_DIR: dir,
      LOG_LEVEL: "silent",
    };
    const off = await startApp(readConfig(base));
    const on = await startApp(readConfig({ ...base, ADMIN_TOKEN: TOKEN }));
    try {
      expect((await fetch(`http://127.0.0.1:${off.port}/admin`)).status).toBe(404);
      const page = await fetch(`http://127.0.0.1:${on.port}/admin?lang=en`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Admin token");
      // The page's own policies win over the server's defaults.
      // No framing at all (CSP frame-ancestors; X-Frame-Options is the server's default).
      expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(page.headers.get("referrer-policy")).toBe("same-origin");
      expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(page.headers.get("cache-control")).toBe("no-store");
      // The rest of the server is untouched by the mount.
      expect((await fetch(`http://127.0.0.1:${on.port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${on.port}/administrator`)).status).toBe(404);
    } finally {
      await off.close();
      await on.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
