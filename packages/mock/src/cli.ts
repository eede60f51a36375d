import { parseArgs } from "node:util";
import packageJson from "../package.json" with { type: "json" };
import { startMock, type ServerOptions } from "./index.js";

const HELP = `klaviyo-mock ${packageJson.version}: a local, spec-driven Klaviyo API for tests and demos.

Usage: klaviyo-mock --revision <YYYY-MM-DD> [options]

Options:
  --revision <YYYY-MM-DD>    the Klaviyo API revision to serve (required); requests must send it
                             in their \`revision\` header
  --port <0-65535>           port to listen on (default 4010; 0 picks a free one)
  --host <address>           address to listen on (default 127.0.0.1)
  --seed <number|text>       makes generated data, ids and random faults reproducible (default 1)
  --spec-dir <dir>           folder holding <revision>/stable.json (see "Where specs come from")
  --profiles <count>         size of the seeded profile collection (default 250)
  --no-rate-limits           answer every request, ignoring the spec's rate limits
  --fault-probability <0-1>  chance that a request gets a random fault (429, 5xx, resets, ...)
  -h, --help                 show this help
  -v, --version              print the version

Environment:
  KLAVIYO_SPEC_DIR           like --spec-dir
  KLAVIYO_MOCK_CACHE_DIR     where downloaded specs are cached (default
                             $XDG_CACHE_HOME/klaviyo-ts, else ~/.cache/klaviyo-ts)
  KLAVIYO_OPENAPI_RAW_URL    a mirror laid out like https://raw.githubusercontent.com

Where specs come from, first found:
  1. --spec-dir, then KLAVIYO_SPEC_DIR: <dir>/<revision>/stable.json
  2. the nearest spec/ folder with a revisions.json, walking up from the working directory
  3. otherwise a download of the revision's stable.json from github.com/klaviyo/openapi at the
     commit this version pins, checked against its sha256 and cached: only the first start of a
     revision needs the network.

Example: klaviyo-mock --revision 2026-04-15 --port 4010
Then:    curl -H 'Authorization: Klaviyo-API-Key pk_test' -H 'revision: 2026-04-15' \\
           http://127.0.0.1:4010/api/profiles
`;

class UsageError extends Error {}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${raw}'.`);
  }
  return Number(raw);
}

function probability(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`--fault-probability must be a number from 0 to 1, got '${raw}'.`);
  }
  return value;
}

function optionsFrom(args: readonly string[]): ServerOptions | "help" | "version" {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      options: {
        revision: { type: "string" },
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string", default: "1" },
        "spec-dir": { type: "string" },
        profiles: { type: "string" },
        "no-rate-limits": { type: "boolean", default: false },
        "fault-probability": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";
  if (values.version) return "version";
  if (!values.revision) throw new UsageError("--revision is required, e.g. --revision 2026-04-15.");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.revision)) {
    throw new UsageError(`--revision must look like YYYY-MM-DD, got '${values.revision}'.`);
  }
  return {
    revision: values.revision,
    port: integer("port", values.port, 0, 65_535),
    host: values.host,
    seed: /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed,
    ...(values["spec-dir"] ? { specDir: values["spec-dir"] } : {}),
    ...(values.profiles
      ? { state: { profiles: integer("profiles", values.profiles, 0, 100_000_000) } }
      : {}),
    rateLimits: !values["no-rate-limits"],
    ...(values["fault-probability"]
      ? { faults: { probability: probability(values["fault-probability"]) } }
      : {}),
  };
}

async function main(): Promise<void> {
  const options = optionsFrom(process.argv.slice(2));
  if (options === "help") return void process.stdout.write(HELP);
  if (options === "version") return void console.log(packageJson.version);
  const mock = await startMock(options);
  console.log(
    `klaviyo-mock ${mock.revision}: ${mock.operations.length} operations on ${mock.url} (started in ${mock.startupMs.toFixed(0)} ms)`,
  );
  const stop = (): void => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`klaviyo-mock: ${error.message}\nRun klaviyo-mock --help for the options.`);
    process.exit(2);
  }
  console.error(`klaviyo-mock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
