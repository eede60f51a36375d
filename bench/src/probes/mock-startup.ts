/**
 * One cold start of the mock in a fresh process: prints the ms from import to listening, and to
 * its first answered request (in case the mock defers work such as reading the spec until then).
 * Arguments: <mock entry> <revision>.
 */
import { pathToFileURL } from "node:url";
import { benchApiKey } from "../lib/sides.js";

const [entry, revision] = process.argv.slice(2) as [string, string];
const started = performance.now();
const { startMock } = (await import(pathToFileURL(entry).href)) as typeof import("./mock-types.js");
const mock = await startMock({ revision });
const listeningMs = performance.now() - started;
const response = await fetch(`${mock.url}/api/profiles`, {
  headers: { authorization: `Klaviyo-API-Key ${benchApiKey}`, revision },
});
if (response.status !== 200) throw new Error(`first request: ${response.status}`);
await response.arrayBuffer();
const firstAnswerMs = performance.now() - started;
await mock.close();
console.log(JSON.stringify({ listeningMs, firstAnswerMs }));
