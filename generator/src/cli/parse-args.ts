import { type ParseArgsConfig, parseArgs } from "node:util";
import { UserError } from "../errors.js";

/** node:util parseArgs with its errors turned into one-line UserErrors naming the command. */
export function parseCommandArgs(
  command: string,
  args: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${command}: ${(error as Error).message}`);
  }
}
