import { fileURLToPath } from "node:url";
import { startServerProcess, type ServerProcess } from "./child.js";

const serverScript = fileURLToPath(new URL("../servers/jsonapi-server.js", import.meta.url));

/** The quota both pacing benchmarks run against: Klaviyo's tier for most profile endpoints. */
export const burst = 75;
export const steady = 750;

/** The loopback server that enforces `burst`/s and `steady` per window the way Klaviyo counts them. */
export function startLimitedServer(windowMs: number): Promise<ServerProcess> {
  return startServerProcess(serverScript, [
    "--burst",
    String(burst),
    "--steady",
    String(steady),
    "--window-ms",
    String(windowMs),
  ]);
}
