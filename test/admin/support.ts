/** The admin app on a memory store, as the server mounts it, for `app.request()` tests. */
import { Hono } from "hono";
import { createAdminApp } from "../../src/admin/index.js";
import { loadContent } from "../../src/content/load.js";
import { createLogger } from "../../src/logger.js";
import { createOutreach, type Outreach } from "../../src/outreach/index.js";
import { createStore, type KomorebiStore } from "../../src/store/index.js";

/** The token the tests sign in with. */
export const TOKEN = "test-admin-token-0123456789abcdef";

/** An admin app and what it works on. */
export interface AdminFixture {
  app: Hono;
  outreach: Outreach;
  store: KomorebiStore;
  logs: string[];
  /** Signs in; returns the cookie header and the page's CSRF token. */
  signIn(): Promise<{ cookie: string; csrf: string }>;
  /** A same-site form post with the session. */
  post(
    path: string,
    fields: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** Builds the fixture. */
export async function adminFixture(): Promise<AdminFixture> {
  const store = await createStore("memory://");
  const logs: string[] = [];
  const logger = createLogger("debug", (line) => logs.push(line));
  const outreach = createOutreach({
    kv: store.kv,
    lock: (key, task) => store.conversations.withLock(key, task),
    content: await loadContent(),
    orgName: "Test Centre",
    logger,
    linkSettings: async () => ({
      webBase: "https://chat.example.org",
      telegramUsername: "komorebi_test_bot",
      lineId: "@komorebi-test",
    }),
  });
  const app = new Hono();
  app.route("/admin", createAdminApp({ outreach, kv: store.kv, token: TOKEN, logger }));
  let session: { cookie: string; csrf: string } | undefined;
  const signIn = async () => {
    const response = await app.request("/admin/login", {
      method: "POST",
      headers: { origin: "http://localhost", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: TOKEN, lang: "en" }),
    });
    const cookie = /komorebi_admin=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
    if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
    const page = await (await app.request("/admin?lang=en", { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    session = { cookie, csrf };
    return session;
  };
  return {
    app,
    outreach,
    store,
    logs,
    signIn,
    async post(path, fields, headers = {}) {
      const { cookie, csrf } = session ?? (await signIn());
      return app.request(path, {
        method: "POST",
        headers: {
          origin: "http://localhost",
          cookie,
          "content-type": "application/x-www-form-urlencoded",
          ...headers,
        },
        body: new URLSearchParams({ csrf, lang: "en", ...fields }),
      });
    },
  };
}
