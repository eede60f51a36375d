import { parseArgs } from "node:util";
import { startMock } from "./index.js";

const USAGE = `Usage: klaviyo-mock --revision <YYYY-MM-DD> [--port 4010] [--host 127.0.0.1] [--seed 1]
       [--spec-dir DIR] [--profiles 250] [--no-rate-limits] [--fault-probability 0.1]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
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
    },
  });
  if (values.help || !values.revision) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  const mock = await startMock({
    revision: values.revision,
    port: Number(values.port),
    host: values.host,
    seed,
    ...(values["spec-dir"] ? { specDir: values["spec-dir"] } : {}),
    ...(values.profiles ? { state: { profiles: Number(values.profiles) } } : {}),
    rateLimits: !values["no-rate-limits"],
    ...(values["fault-probability"]
      ? { faults: { probability: Number(values["fault-probability"]) } }
      : {}),
  });
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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
