/**
 * `pnpm test:runtimes`: the packed tarballs of core and the latest revision package, installed
 * into a scratch project per runtime, each running the smoke test in its own process against
 * @klaviyo-ts/mock on loopback. Node 22/24 and Chromium also check the mock's MSW handlers with
 * the newest msw (setupServer, setupWorker) and the client on its default base URL. Ends with "N passed, M failed" and a non-zero exit on any failure.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runCommand } from "../lib/child.js";
import {
  corePackage,
  latestRevision,
  mockPackage,
  repoRoot,
  revisionPackage,
} from "../lib/workspace.js";
import { runInChromium, runMswInChromium } from "./browser.js";
import { bundleEntry } from "./bundle.js";
import { packTarballs, scratchProject, type Tarballs } from "./scratch.js";
import { ensureTools, smokeDir, tools } from "./tools.js";

interface Runtime {
  name: string;
  /** resolves with the smoke script's "ok: ..." line; rejects with what went wrong */
  run(dir: string, mockUrl: string): Promise<string>;
  /** resolves with the MSW check's "ok: ..." line, run after `run` in the same scratch project */
  msw?(dir: string, specPath: string): Promise<string>;
}

const perRuntimeTimeoutMs = 120_000;

async function runProcess(command: string, args: string[], cwd: string): Promise<string> {
  const result = await runCommand(
    "timeout",
    [String(perRuntimeTimeoutMs / 1000), command, ...args],
    {
      cwd,
      env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
    },
  );
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.code !== 0)
    throw new Error(`exit ${result.code}: ${output.split("\n").slice(-12).join("\n")}`);
  return output.split("\n").find((line) => line.startsWith("ok:")) ?? output;
}

const serverEntry =
  (runtime: string, args: (url: string) => string[]): Runtime["run"] =>
  (dir, url) =>
    runProcess(runtime, args(url), dir);

const runtimes: Runtime[] = [
  { name: "node20", run: serverEntry(process.execPath, (url) => ["server-entry.mjs", url]) },
  {
    name: "node22",
    run: serverEntry(tools.node22, (url) => ["server-entry.mjs", url]),
    msw: (dir, spec) => runProcess(tools.node22, ["msw-entry.mjs", spec], dir),
  },
  {
    name: "node24",
    run: serverEntry(tools.node24, (url) => ["server-entry.mjs", url]),
    msw: (dir, spec) => runProcess(tools.node24, ["msw-entry.mjs", spec], dir),
  },
  { name: "bun", run: serverEntry(tools.bun, (url) => ["server-entry.mjs", url]) },
  {
    name: "deno",
    run: serverEntry(tools.deno, (url) => [
      "run",
      "--allow-net=127.0.0.1",
      "--allow-read",
      "--allow-env",
      "server-entry.mjs",
      url,
    ]),
  },
  {
    name: "workerd",
    async run(dir, url) {
      const worker = await bundleEntry(dir, "worker-entry.mjs", ["workerd", "worker", "browser"]);
      // miniflare 4 needs Node >= 22, so its host process runs on the pinned Node 24.
      return runProcess(tools.node24, [join(smokeDir, "miniflare-host.mjs"), worker, url], dir);
    },
  },
  { name: "chromium", run: runInChromium, msw: runMswInChromium },
];

/** The runtime's smoke test, then its MSW check if it has one; one combined "ok: ..." line. */
async function runSmoke(
  runtime: Runtime,
  revision: string,
  tarballs: Tarballs,
  mockUrl: string,
): Promise<string> {
  const dir = await scratchProject(runtime.name, revision, tarballs, runtime.msw !== undefined);
  const verdicts = [await runtime.run(dir, mockUrl)];
  if (runtime.msw)
    verdicts.push(await runtime.msw(dir, join(repoRoot, "spec", revision, "stable.json")));
  const failure = verdicts.find((verdict) => !verdict.startsWith("ok:"));
  if (failure) throw new Error(failure);
  return `ok: ${verdicts.map((verdict) => verdict.slice("ok:".length).trim()).join("; ")}`;
}

async function main(): Promise<number> {
  const revision = latestRevision();
  const missing = [corePackage(), revisionPackage(revision), mockPackage()].filter((p) => !p.built);
  if (missing.length > 0) {
    console.error(`not built: ${missing.map((p) => p.name).join(", ")} (run pnpm build first)`);
    console.log(`0 passed, ${runtimes.length} failed`);
    return 1;
  }
  await ensureTools();
  const tarballs = await packTarballs(revision);
  const { startMock } = (await import(pathToFileURL(mockPackage().entry).href)) as {
    startMock(o: { revision: string }): Promise<{ url: string; close(): Promise<void> }>;
  };
  const mock = await startMock({ revision });
  const only = process.argv.slice(2).filter((arg) => arg !== "--");
  let passed = 0;
  let failed = 0;
  try {
    for (const runtime of runtimes.filter((r) => only.length === 0 || only.includes(r.name))) {
      const started = performance.now();
      try {
        const verdict = await runSmoke(runtime, revision, tarballs, mock.url);
        passed++;
        console.log(
          `PASS ${runtime.name} (${Math.round(performance.now() - started)} ms) ${verdict}`,
        );
      } catch (error) {
        failed++;
        console.log(
          `FAIL ${runtime.name} (${Math.round(performance.now() - started)} ms)\n${(error as Error).message}`,
        );
      }
    }
  } finally {
    await mock.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
