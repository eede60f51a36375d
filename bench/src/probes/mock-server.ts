/**
 * Serves @klaviyo-ts/mock from its build in this process, for benchmarks that need the mock out of
 * the measured process. Arguments: <mock entry> <revision> <profiles>. Prints `listening <url>`.
 */
import { pathToFileURL } from "node:url";

const [entry, revision, profiles] = process.argv.slice(2) as [string, string, string];
const { startMock } = (await import(pathToFileURL(entry).href)) as typeof import("./mock-types.js");
const mock = await startMock({
  revision,
  rateLimits: false,
  state: { profiles: Number(profiles) },
});
console.log(`listening ${mock.url}`);
process.on("SIGTERM", () => void mock.close().then(() => process.exit(0)));
