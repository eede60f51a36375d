import { fileURLToPath } from "node:url";
import { startServerProcess, type ServerProcess } from "./child.js";

const serverScript = fileURLToPath(new URL("../servers/jsonapi-server.js", import.meta.url));

/** The quota both pacing benchmarks run against: Klaviyo's tier for most profile endpoints. */
export const burst = 75;
export const steady = 750;

/** What the limited server counted for one account (API key). */
export interface AccountStats {
  ok: number;
  throttled: number;
  first: number;
  lastOk: number;
  /** requests admitted in each steady window, from the first request's */
  windows: number[];
}

export interface LimitedServer extends ServerProcess {
  /** per Authorization header */
  stats(): Promise<Record<string, AccountStats>>;
}

/**
 * The loopback server that enforces `burst`/s and `steady`/min per account the way Klaviyo counts
 * them, with its windows starting `offsetMs` after the clock's whole minute, where the client cannot
 * know them.
 */
export async function startLimitedServer(offsetMs: number): Promise<LimitedServer> {
  const server = await startServerProcess(serverScript, [
    "--burst",
    String(burst),
    "--steady",
    String(steady),
    "--window-offset-ms",
    String(offsetMs),
  ]);
  return {
    ...server,
    stats: async () =>
      (await (await fetch(`${server.url}/__stats`)).json()) as Record<string, AccountStats>,
  };
}
