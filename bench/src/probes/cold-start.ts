/**
 * One cold start, in a fresh process: import a client, make its first request, print the
 * milliseconds since the process started. Arguments: <ours|official|baseline> <baseUrl> [entry].
 */
import { bareFetchCall, officialCall, ourCalls } from "../lib/sides.js";

const [side, baseUrl, entry] = process.argv.slice(2) as [string, string, string | undefined];

const call =
  side === "ours"
    ? (await ourCalls(entry!, baseUrl)).operation
    : side === "official"
      ? await officialCall(baseUrl)
      : bareFetchCall(baseUrl);
await call();
console.log(JSON.stringify({ ms: performance.now() }));
