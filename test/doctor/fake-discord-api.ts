/**
 * A local stand-in for the one Discord REST call `komorebi doctor` makes: `GET
 * /applications/@me` with `Authorization: Bot <token>`, answered as Discord does (the
 * application, or 401 `{"message": "401: Unauthorized", "code": 0}`).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** The running fake; `url` is what DISCORD_API_BASE takes (the `/api/v10` part included). */
export interface FakeDiscordApi {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/** Starts the fake on a free port. */
export async function startFakeDiscordApi(
  token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-discord-token",
): Promise<FakeDiscordApi> {
  const server = createServer((req, res) => {
    const send = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "GET" || req.url !== "/api/v10/applications/@me") {
      send(404, { message: "404: Not Found", code: 0 });
    } else if (req.headers.authorization !== `Bot ${token}`) {
      send(401, { message: "401: Unauthorized", code: 0 });
    } else {
      send(200, { id: "123456789012345678", name: "komorebi", bot_public: false });
    }
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v10`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
