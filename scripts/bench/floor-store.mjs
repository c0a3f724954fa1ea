// The store of the Telegram floor: plain Keyv on the backend STORE_URL names, as a grammY user
// would set it up (SQLite with WAL and the synchronous level komorebi runs with).

import { KeyvPostgres } from "@keyv/postgres";
import KeyvRedis from "@keyv/redis";
import { KeyvSqlite } from "@keyv/sqlite";
import { Keyv } from "keyv";

/** A connected Keyv for `url` under `namespace`. */
export async function openFloorKeyv(url, namespace, synchronous = "normal") {
  if (url.startsWith("sqlite://")) {
    const adapter = new KeyvSqlite({ uri: url, table: "floor_kv", busyTimeout: 5000 });
    await adapter.query("PRAGMA journal_mode=WAL");
    await adapter.query(`PRAGMA synchronous=${synchronous === "full" ? "FULL" : "NORMAL"}`);
    return new Keyv({ store: adapter, namespace });
  }
  if (url.startsWith("redis://")) {
    return new Keyv({ store: new KeyvRedis(url), namespace, useKeyPrefix: false });
  }
  return new Keyv({ store: new KeyvPostgres({ uri: url, table: "floor_kv" }), namespace });
}
