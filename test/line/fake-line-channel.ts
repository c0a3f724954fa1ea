/**
 * The channel-level part of the fake Messaging API: rich menus (create, list, image upload on
 * the data API's path, delete), rich menu aliases, the default menu, per-user links, the webhook
 * endpoint and LINE's endpoint test, bot info, and the monthly quota. It keeps what LINE keeps
 * and checks what LINE checks (sizes, areas inside the image, an image before a menu can be
 * used, one image per menu, 1 MB), so `line setup` and `doctor` fail here where LINE would fail.
 *
 * One allowance a test needs: LINE only accepts `https://` webhook endpoints; the fake also takes
 * `http://127.0.0.1`, so a test can point it at a local app and run the endpoint test for real.
 */
import { createHmac, randomBytes } from "node:crypto";

/** A request as the fake sees it. */
export interface ChannelCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  raw: Buffer;
}

/** An answer. */
export interface ChannelAnswer {
  status: number;
  body?: object;
  raw?: { contentType: string; bytes: Buffer };
}

/** A rich menu as stored. */
export interface StoredRichMenu {
  richMenuId: string;
  size: { width: number; height: number };
  selected: boolean;
  name: string;
  chatBarText: string;
  areas: {
    bounds: { x: number; y: number; width: number; height: number };
    action: Record<string, unknown>;
  }[];
  image?: { contentType: string; bytes: Buffer };
}

/** The channel's state, for tests to read and set. */
export interface FakeLineChannel {
  readonly richMenus: Map<string, StoredRichMenu>;
  readonly aliases: Map<string, string>;
  readonly userMenus: Map<string, string>;
  defaultMenu: string | undefined;
  webhook: { endpoint: string; active: boolean };
  /** Messages counted this month besides the pushes the fake accepted. */
  usage: number;
  /** The plan's monthly limit; undefined for a plan without one. */
  quota: number | undefined;
  /** Pushes accepted so far (counted against the quota). */
  pushes: number;
  /** Refuse pushes past the quota, as LINE does (off by default: most tests push freely). */
  enforceQuota: boolean;
  readonly botUserId: string;
  readonly basicId: string;
  /** Answers a channel-level call, or undefined when the path is not one of these. */
  answer(call: ChannelCall): Promise<ChannelAnswer | undefined>;
}

const SIZES = new Set(["2500x1686", "2500x843", "1200x810", "1200x405", "800x540", "800x270"]);
const MAX_IMAGE_BYTES = 1024 * 1024;
const notFound = (message = "Not found"): ChannelAnswer => ({ status: 404, body: { message } });
const bad = (message: string): ChannelAnswer => ({ status: 400, body: { message } });
const ok = (body: object = {}): ChannelAnswer => ({ status: 200, body });

/** Creates the channel state; `channelSecret` signs the endpoint test's webhook. */
export function createFakeLineChannel(channelSecret: string): FakeLineChannel {
  const richMenus = new Map<string, StoredRichMenu>();
  const aliases = new Map<string, string>();
  const userMenus = new Map<string, string>();
  const withImage = (id: string) => richMenus.get(id)?.image !== undefined;

  const channel: FakeLineChannel = {
    richMenus,
    aliases,
    userMenus,
    defaultMenu: undefined,
    webhook: { endpoint: "", active: true },
    usage: 0,
    quota: 200,
    pushes: 0,
    enforceQuota: false,
    botUserId: `U${randomBytes(16).toString("hex")}`,
    basicId: "@123abcde",
    async answer(call) {
      const { method, path } = call;
      const route = (pattern: RegExp) => pattern.exec(path)?.slice(1).map(decodeURIComponent);
      if (method === "POST" && path === "/v2/bot/richmenu") return createMenu(call.body);
      if (method === "POST" && path === "/v2/bot/richmenu/validate") {
        const problem = menuProblem(call.body);
        return problem ? bad(problem) : ok();
      }
      if (method === "GET" && path === "/v2/bot/richmenu/list") {
        return ok({ richmenus: [...richMenus.values()].map(withoutImage) });
      }
      if (method === "GET" && path === "/v2/bot/richmenu/alias/list") {
        return ok({
          aliases: [...aliases].map(([richMenuAliasId, richMenuId]) => ({
            richMenuAliasId,
            richMenuId,
          })),
        });
      }
      if (method === "POST" && path === "/v2/bot/richmenu/alias") {
        const aliasId = String(call.body.richMenuAliasId ?? "");
        const menuId = String(call.body.richMenuId ?? "");
        if (!/^[A-Za-z0-9_-]{1,32}$/.test(aliasId)) return bad("richMenuAliasId is invalid");
        if (aliases.has(aliasId)) return bad("conflict richmenu alias id");
        if (!withImage(menuId)) return bad("richmenu not found or no image");
        aliases.set(aliasId, menuId);
        return ok();
      }
      const alias = route(/^\/v2\/bot\/richmenu\/alias\/([^/]+)$/);
      if (alias) {
        const [aliasId = ""] = alias;
        if (method === "GET") {
          const menuId = aliases.get(aliasId);
          return menuId
            ? ok({ richMenuAliasId: aliasId, richMenuId: menuId })
            : notFound("richmenu alias not found");
        }
        if (method === "POST") {
          if (!aliases.has(aliasId)) return notFound("richmenu alias not found");
          const menuId = String(call.body.richMenuId ?? "");
          if (!withImage(menuId)) return bad("richmenu not found or no image");
          aliases.set(aliasId, menuId);
          return ok();
        }
        if (method === "DELETE") {
          return aliases.delete(aliasId) ? ok() : notFound("richmenu alias not found");
        }
      }
      const content = route(/^\/v2\/bot\/richmenu\/([^/]+)\/content$/);
      if (content) {
        const menu = richMenus.get(content[0] ?? "");
        if (!menu) return notFound("richmenu not found");
        if (method === "GET") return menu.image ? { status: 200, raw: menu.image } : notFound();
        if (method === "POST") return upload(menu, call);
      }
      const menuPath = route(/^\/v2\/bot\/richmenu\/([^/]+)$/);
      if (menuPath) {
        const [id = ""] = menuPath;
        const menu = richMenus.get(id);
        if (!menu) return notFound("richmenu not found");
        if (method === "GET") return ok(withoutImage(menu));
        if (method === "DELETE") {
          richMenus.delete(id);
          if (channel.defaultMenu === id) channel.defaultMenu = undefined;
          for (const [user, linked] of userMenus) if (linked === id) userMenus.delete(user);
          return ok();
        }
      }
      if (path === "/v2/bot/user/all/richmenu") {
        if (method === "GET") {
          return channel.defaultMenu ? ok({ richMenuId: channel.defaultMenu }) : notFound();
        }
        if (method === "DELETE") {
          channel.defaultMenu = undefined;
          return ok();
        }
      }
      const setDefault = route(/^\/v2\/bot\/user\/all\/richmenu\/([^/]+)$/);
      if (setDefault && method === "POST") {
        const [id = ""] = setDefault;
        if (!withImage(id)) return bad("must upload richmenu image before applying it to user");
        channel.defaultMenu = id;
        return ok();
      }
      const link = route(/^\/v2\/bot\/user\/([^/]+)\/richmenu\/([^/]+)$/);
      if (link && method === "POST") {
        const [user = "", id = ""] = link;
        if (!withImage(id)) return bad("must upload richmenu image before applying it to user");
        userMenus.set(user, id);
        return ok();
      }
      const userMenu = route(/^\/v2\/bot\/user\/([^/]+)\/richmenu$/);
      if (userMenu) {
        const [user = ""] = userMenu;
        if (method === "GET") {
          const id = userMenus.get(user);
          return id ? ok({ richMenuId: id }) : notFound("the user has no richmenu");
        }
        if (method === "DELETE") {
          userMenus.delete(user);
          return ok();
        }
      }
      if (path === "/v2/bot/channel/webhook/endpoint") {
        if (method === "GET") return ok(channel.webhook);
        if (method === "PUT") {
          const endpoint = String(call.body.endpoint ?? "");
          if (!acceptableEndpoint(endpoint)) return bad("Invalid webhook endpoint URL");
          channel.webhook = { ...channel.webhook, endpoint };
          return ok();
        }
      }
      if (method === "POST" && path === "/v2/bot/channel/webhook/test") {
        return ok(await testEndpoint(String(call.body.endpoint ?? channel.webhook.endpoint)));
      }
      if (method === "GET" && path === "/v2/bot/info") {
        return ok({
          userId: channel.botUserId,
          basicId: channel.basicId,
          displayName: "komorebi",
          chatMode: "bot",
          markAsReadMode: "auto",
        });
      }
      if (method === "GET" && path === "/v2/bot/message/quota") {
        return ok(
          channel.quota === undefined
            ? { type: "none" }
            : { type: "limited", value: channel.quota },
        );
      }
      if (method === "GET" && path === "/v2/bot/message/quota/consumption") {
        return ok({ totalUsage: channel.usage + channel.pushes });
      }
      return undefined;
    },
  };

  function createMenu(body: Record<string, unknown>): ChannelAnswer {
    const problem = menuProblem(body);
    if (problem) return bad(problem);
    if (richMenus.size >= 1000) return bad("too many richmenus");
    const richMenuId = `richmenu-${randomBytes(16).toString("hex")}`;
    const menu = body as unknown as Omit<StoredRichMenu, "richMenuId">;
    richMenus.set(richMenuId, {
      richMenuId,
      size: menu.size,
      selected: menu.selected ?? false,
      name: menu.name,
      chatBarText: menu.chatBarText,
      areas: menu.areas,
    });
    return ok({ richMenuId });
  }

  function upload(menu: StoredRichMenu, call: ChannelCall): ChannelAnswer {
    if (menu.image) return bad("An image has already been uploaded to the richmenu");
    const contentType = String(call.headers["content-type"] ?? "");
    if (contentType !== "image/png" && contentType !== "image/jpeg") {
      return { status: 415, body: { message: "Unsupported Media Type" } };
    }
    if (call.raw.length > MAX_IMAGE_BYTES) return { status: 413, body: { message: "Too large" } };
    const size = pngSize(call.raw);
    if (
      contentType === "image/png" &&
      (!size || size.width !== menu.size.width || size.height !== menu.size.height)
    ) {
      return bad("Image size doesn't match the size of the rich menu");
    }
    menu.image = { contentType, bytes: call.raw };
    return ok();
  }

  async function testEndpoint(endpoint: string) {
    const timestamp = new Date().toISOString();
    if (!acceptableEndpoint(endpoint)) {
      return { success: false, timestamp, statusCode: 0, reason: "INVALID_URL", detail: "" };
    }
    const body = JSON.stringify({ destination: channel.botUserId, events: [] });
    const signature = createHmac("sha256", channelSecret).update(body).digest("base64");
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "LineBotWebhook/2.0",
          "x-line-signature": signature,
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
      await response.arrayBuffer();
      const success = response.status === 200;
      return {
        success,
        timestamp,
        statusCode: response.status,
        reason: success ? "OK" : "ERROR_STATUS_CODE",
        detail: `${response.status}`,
      };
    } catch (error) {
      return {
        success: false,
        timestamp,
        statusCode: 0,
        reason: "COULD_NOT_CONNECT",
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }

  return channel;
}

function withoutImage(menu: StoredRichMenu): Omit<StoredRichMenu, "image"> {
  const { image: _image, ...rest } = menu;
  return rest;
}

function acceptableEndpoint(endpoint: string): boolean {
  return /^https:\/\/[^\s/]+/.test(endpoint) || /^http:\/\/127\.0\.0\.1:\d+\//.test(endpoint);
}

/** LINE's validation of a rich menu object, as far as setup could get it wrong. */
function menuProblem(body: Record<string, unknown>): string | undefined {
  const size = body.size as { width?: number; height?: number } | undefined;
  if (!size || !SIZES.has(`${size.width}x${size.height}`)) return "size: invalid";
  if (typeof body.name !== "string" || body.name.length === 0 || body.name.length > 300) {
    return "name: Length must be between 1 and 300";
  }
  if (typeof body.chatBarText !== "string" || [...body.chatBarText].length > 14) {
    return "chatBarText: Length must be between 0 and 14";
  }
  if (typeof body.selected !== "boolean") return "selected: must not be null";
  const areas = body.areas;
  if (!Array.isArray(areas) || areas.length === 0 || areas.length > 20) {
    return "areas: Size must be between 1 and 20";
  }
  for (const area of areas as StoredRichMenu["areas"]) {
    const b = area?.bounds;
    if (!b || b.x < 0 || b.y < 0 || b.width <= 0 || b.height <= 0) return "areas[].bounds: invalid";
    if (b.x + b.width > (size.width ?? 0) || b.y + b.height > (size.height ?? 0)) {
      return "areas[].bounds: must be inside the rich menu";
    }
    const action = area.action as {
      type?: string;
      data?: string;
      label?: string;
      displayText?: string;
    };
    if (action?.type !== "postback") continue;
    if (typeof action.data !== "string" || action.data.length > 300) {
      return "areas[].action.data: Length must be between 0 and 300";
    }
    if (action.label !== undefined && [...action.label].length > 20) {
      return "areas[].action.label: Length must be between 0 and 20";
    }
    if (action.displayText !== undefined && [...action.displayText].length > 300) {
      return "areas[].action.displayText: Length must be between 0 and 300";
    }
  }
  return undefined;
}

function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
