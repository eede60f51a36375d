import { UserError } from "../errors.js";

export async function run(_args: string[]): Promise<number> {
  throw new UserError("not implemented yet");
}
