import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, locateSpecDir, type KlaviyoMock } from "../src/index.js";
import { API_KEY, REVISION } from "./helpers.js";
import { corpus, type Case } from "./prism-corpus.js";
import { prismPath, writePrismSpec } from "./prism-spec.js";

/**
 * The mock's verdict (valid or not) on a corpus of requests, against an independent one: Prism
 * (@stoplight/prism-cli) serving the same stable.json. Only what the OpenAPI document says is
 * compared: Klaviyo's filter grammar, required filters, unknown parameters and state are the
 * mock's alone.
 */

/** Where the verdicts differ, and why: each pattern names requests whose disagreement is explained. */
const KNOWN_DIFFERENCES: readonly { cases: RegExp; reason: string }[] = [
  {
    cases: /^POST \/api\/events: time without a zone$/,
    reason:
      "Klaviyo takes a datetime without a zone (https://developers.klaviyo.com/en/docs/datetimes_ lists 2023-08-15T12:30:00), and so does the mock; Prism's date-time is RFC 3339's, which requires one",
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const prismBin = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));
const headers = {
  authorization: `Klaviyo-API-Key ${API_KEY}`,
  revision: REVISION,
  accept: "application/vnd.api+json",
  "content-type": "application/vnd.api+json",
};

function init(c: Case): RequestInit {
  return {
    method: c.method,
    headers,
    ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
  };
}

function tally(cases: readonly Case[]): Record<string, string> {
  const counts: Record<string, { valid: number; invalid: number }> = {};
  for (const c of cases) {
    const count = (counts[c.rule] ??= { valid: 0, invalid: 0 });
    count[c.valid ? "valid" : "invalid"]++;
  }
  return Object.fromEntries(
    Object.entries(counts).map(([rule, n]) => [rule, `${n.valid} valid, ${n.invalid} invalid`]),
  );
}

describe("request verdicts agree with Prism's", () => {
  let prism: ChildProcess | undefined;
  let prismUrl = "";
  let specCopy = "";
  let mock: KlaviyoMock;

  beforeAll(async () => {
    mock = await createMock({ revision: REVISION, rateLimits: false });
    // A Prism already serving the translated spec (PRISM_URL) saves its start-up while iterating.
    if (process.env.PRISM_URL) {
      prismUrl = process.env.PRISM_URL;
      return;
    }
    specCopy = await mkdtemp(join(tmpdir(), "klaviyo-prism-"));
    const spec = await writePrismSpec(join(locateSpecDir(), REVISION, "stable.json"), specCopy);
    const port = await freePort();
    prism = spawn(prismBin, ["mock", "-h", "127.0.0.1", "-p", String(port), spec], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    prismUrl = `http://127.0.0.1:${port}`;
    // Prism reads and dereferences the 2.8 MB spec before it listens: tens of seconds.
    await new Promise<void>((resolve, reject) => {
      let output = "";
      prism!.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Prism is listening")) resolve();
      });
      prism!.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      prism!.once("exit", (code) => reject(new Error(`prism exited with ${code}: ${output}`)));
    });
  }, 240_000);
  afterAll(async () => {
    prism?.kill();
    if (specCopy) await rm(specCopy, { recursive: true, force: true });
  });

  it(`agrees on at least 99% of ${corpus.length} requests, each difference listed`, async () => {
    const disagreements: Record<string, string> = {};
    const mockAgainstSpec: string[] = [];
    for (const c of corpus) {
      const ours = await mock.handle(new Request(`https://a.klaviyo.com${c.path}`, init(c)));
      const theirs = await fetch(`${prismUrl}${prismPath(c.path)}`, init(c));
      await theirs.arrayBuffer();
      // Only a 400 is a verdict on the request: a 404 or 409 is about state.
      const oursValid = ours.status !== 400;
      // Prism answers 422 (or the spec's 400) with the violations in sl-violations.
      const violations = theirs.headers.get("sl-violations") ?? "";
      const theirsValid = theirs.status < 400 && !violations.includes('"Error"');
      const detail = `mock ${ours.status} ${oursValid ? "valid" : (await ours.text()).slice(0, 200)}; prism ${theirs.status} ${violations.slice(0, 200)}`;
      if (oursValid !== c.valid) mockAgainstSpec.push(`${c.name}: ${detail}`);
      if (oursValid !== theirsValid) disagreements[c.name] = detail;
    }
    const agreed = corpus.length - Object.keys(disagreements).length;
    const operations = new Set(mock.requests.map((r) => r.operationId)).size;
    console.log(
      `Prism agreement: ${agreed}/${corpus.length} (${((100 * agreed) / corpus.length).toFixed(1)}%) over ${operations} operations`,
      tally(corpus),
      disagreements,
    );
    // The corpus says what the spec allows; the mock follows it on every case.
    expect(mockAgainstSpec).toEqual([]);
    const unexplained = Object.keys(disagreements).filter(
      (name) => !KNOWN_DIFFERENCES.some(({ cases }) => cases.test(name)),
    );
    expect(unexplained).toEqual([]);
    // Every listed difference still occurs: a Prism that changes shows up here.
    for (const { cases } of KNOWN_DIFFERENCES) {
      expect(Object.keys(disagreements).some((name) => cases.test(name))).toBe(true);
    }
    expect(agreed / corpus.length).toBeGreaterThanOrEqual(0.99);
  }, 600_000);
});
