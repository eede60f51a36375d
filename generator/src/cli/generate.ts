import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { typecheckGenerated, type CoreTypes } from "../check/typecheck.js";
import { UserError } from "../errors.js";
import { readLock, selectRevisions, supportedRevisions, type Lock } from "../spec/lock.js";
import { findRepoRoot } from "../spec/repo-root.js";
import {
  defaultOutDir,
  generateRevision,
  type GenerateRevisionResult,
} from "../pipeline/generate-revision.js";
import { scaffoldPackage } from "../scaffold/scaffold-package.js";
import { parseGenerateArgs, type GenerateArgs } from "./generate-args.js";

export async function run(argv: string[]): Promise<number> {
  const args = parseGenerateArgs(argv);
  const root = findRepoRoot();
  const lock = await readLock(root);
  const revisions = pickRevisions(args, lock);
  const scratch =
    args.check && !args.out ? await mkdtemp(join(tmpdir(), "klaviyo-gen-check-")) : undefined;
  const outRoot = scratch ?? (args.out ? resolve(args.out) : undefined);
  try {
    const started = performance.now();
    for (const revision of revisions) {
      const locked = lock.revisions[revision];
      if (!locked) continue;
      const intoPackage = outRoot === undefined;
      const result = await generateRevision({
        root,
        specDir: join(root, "spec"),
        revision,
        locked,
        outDir: intoPackage ? defaultOutDir(root, revision) : join(outRoot, revision),
        ...(intoPackage ? { reportPath: join(root, "packages", revision, "api-report.md") } : {}),
      });
      if (intoPackage) await scaffoldPackage(root, revision, result);
      process.stdout.write(describe(result));
    }
    process.stdout.write(
      `generated ${revisions.length} revision(s) in ${ms(performance.now() - started)}\n`,
    );
    if (args.check && outRoot) return await check(root, outRoot);
    return 0;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

function pickRevisions(args: GenerateArgs, lock: Lock): string[] {
  // --check and --out prove every revision still generates; packages exist for supported ones only.
  const intoPackages = !args.check && !args.out;
  if (args.all) return intoPackages ? supportedRevisions(lock) : selectRevisions(lock, []);
  const revisions = selectRevisions(lock, args.revisions);
  const retired = revisions.filter((r) => lock.revisions[r]?.status !== "supported");
  if (intoPackages && retired.length > 0) {
    throw new UserError(
      `${retired.join(", ")} ${retired.length === 1 ? "is retired and gets" : "are retired and get"} no package; ` +
        "use --out DIR or --check to generate anyway",
    );
  }
  return revisions;
}

async function check(root: string, dir: string): Promise<number> {
  const coreTypes = resolveCoreTypes(root);
  const started = performance.now();
  const { code, output } = await typecheckGenerated(dir, coreTypes);
  process.stdout.write(output);
  process.stdout.write(
    `tsc --noEmit ${code === 0 ? "passed" : "FAILED"} in ${ms(performance.now() - started)}\n`,
  );
  return code === 0 ? 0 : 1;
}

/**
 * Core's sources, else its built declarations: generated code must type-check against the runtime
 * as it is in the repository now, not as it was at its last build.
 */
export function resolveCoreTypes(root: string): CoreTypes {
  const core = join(root, "packages", "core");
  const layouts = [
    { root: "src/index.ts", typedFetch: "src/typed-fetch.ts" },
    { root: "dist/index.d.ts", typedFetch: "dist/typed-fetch.d.ts" },
  ];
  const found = layouts.find((layout) => existsSync(join(core, layout.root)));
  if (!found)
    throw new UserError("found neither packages/core/src/index.ts nor its dist to check against");
  return { root: join(core, found.root), typedFetch: join(core, found.typedFetch) };
}

function describe(result: GenerateRevisionResult): string {
  const beta =
    result.betaOperationCount !== undefined ? ` (+${result.betaOperationCount} beta)` : "";
  const { written, unchanged, removed } = result.write;
  return (
    `${result.revision}: ${result.operationCount} operations${beta} · ${result.timer.summary()} · ` +
    `total ${ms(result.timer.total())} · ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed\n`
  );
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}
