import { spawn } from "node:child_process";
import { UserError } from "../errors.js";

/** Runs one command in `cwd`; resolves when it succeeds, throws with the end of its output otherwise. */
export async function runCommand(command: string, args: string[], cwd: string): Promise<void> {
  const output = await new Promise<{ code: number; text: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "pipe" });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, text }));
  });
  if (output.code !== 0) {
    const tail = output.text.trimEnd().split("\n").slice(-15).join("\n");
    throw new UserError(`\`${command} ${args.join(" ")}\` failed (exit ${output.code}):\n${tail}`);
  }
}

/**
 * Links a package pnpm has not seen yet into the workspace (this updates pnpm-lock.yaml), then
 * builds it.
 */
export async function buildPackage(
  root: string,
  revision: string,
  install: boolean,
): Promise<void> {
  if (install) await runCommand("pnpm", ["install", "--prefer-offline"], root);
  await runCommand("pnpm", ["--filter", `@klaviyo-ts/${revision}`, "build"], root);
}
