import { execFile } from "node:child_process";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { GOOD_STABLE, lockFor } from "./spec/fixture-mirror.js";

const bin = resolve(import.meta.dirname, "../bin/klaviyo-gen.js");
const exec = promisify(execFile);

async function klaviyoGen(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function repoWithLock(lockText: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "klaviyo-gen-cli-"));
  await mkdir(join(root, "spec"));
  await writeFile(join(root, "spec", "revisions.json"), lockText);
  return root;
}

describe("klaviyo-gen on bad input", () => {
  const good = JSON.stringify(lockFor({ stable: GOOD_STABLE }));
  const cases: { name: string; lock: string; args: string[]; want: string }[] = [
    {
      name: "malformed lock",
      lock: JSON.stringify({ lockVersion: 1, revisions: { "2026-04-15": { status: "live" } } }),
      args: ["spec", "verify"],
      want: 'klaviyo-gen: lock file spec/revisions.json is malformed: revisions["2026-04-15"].status must be "supported" or "retired"\n',
    },
    {
      name: "lock that is not JSON",
      lock: "{",
      args: ["spec", "verify"],
      want: "klaviyo-gen: lock file spec/revisions.json is not valid JSON: ",
    },
    {
      name: "unknown revision",
      lock: good,
      args: ["spec", "sync", "2031-01-01", "--from", "."],
      want: 'klaviyo-gen: unknown revision "2031-01-01"; the lock has: 2026-04-15\n',
    },
    {
      name: "missing mirror",
      lock: good,
      args: ["spec", "sync", "--from", "/no/such/mirror"],
      want: "klaviyo-gen: mirror folder /no/such/mirror does not exist\n",
    },
    {
      name: "unknown command",
      lock: good,
      args: ["publish"],
      want: 'klaviyo-gen: unknown command "publish"; run klaviyo-gen --help\n',
    },
  ];
  it.each(cases)(
    "$name: one line on stderr, exit 1, no stack trace",
    async ({ lock, args, want }) => {
      const result = await klaviyoGen(await repoWithLock(lock), args);
      expect(result.code).toBe(1);
      expect(result.stderr.startsWith(want)).toBe(true);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
