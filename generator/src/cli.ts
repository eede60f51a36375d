import { commands, usage } from "./cli/commands.js";
import { SpecError } from "@klaviyo-ts/spec-model";
import { UserError } from "./errors.js";

async function main(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(usage());
    return first ? 0 : 1;
  }
  const twoWord = second !== undefined ? commands[`${first} ${second}`] : undefined;
  const command = twoWord ?? commands[first];
  if (!command) {
    throw new UserError(
      `unknown command "${[first, second].filter(Boolean).join(" ")}"; run klaviyo-gen --help`,
    );
  }
  const args = twoWord ? rest : [second, ...rest].filter((a): a is string => a !== undefined);
  return (await command.run(args)) ?? 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A spec the model cannot read is the user's input too: say what is wrong in one line.
    if (error instanceof UserError || error instanceof SpecError) {
      process.stderr.write(`klaviyo-gen: ${error.message}\n`);
    } else if (process.env.DEBUG) {
      process.stderr.write(
        `klaviyo-gen: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`klaviyo-gen: internal error: ${message} (set DEBUG=1 for the stack)\n`);
    }
    process.exitCode = 1;
  },
);
