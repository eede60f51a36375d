import { relative } from "node:path";
import { UserError } from "../errors.js";
import { parseDay } from "../lifecycle/status.js";
import { addRevision } from "../spec-flow/add-revision.js";
import { assertRevision } from "../spec-flow/incoming-spec.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { parseCommandArgs } from "./parse-args.js";
import { assertCommit, type SpecCommandIo, processIo } from "./spec-command-io.js";

const USAGE =
  "usage: klaviyo-gen spec add <revision> --from <dir|url> [--commit SHA] [--beta-commit SHA] [--today YYYY-MM-DD] [--no-build]";

export async function run(args: string[], io: SpecCommandIo = processIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("spec add", args, {
    from: { type: "string" },
    commit: { type: "string" },
    "beta-commit": { type: "string" },
    today: { type: "string" },
    "no-build": { type: "boolean" },
  });
  if (positionals.length > 1) throw new UserError(`spec add: expected one revision; ${USAGE}`);
  const revision = assertRevision(positionals[0], USAGE);
  if (typeof values.from !== "string")
    throw new UserError(`spec add: --from is required; ${USAGE}`);
  const root = findRepoRoot(io.cwd);
  const result = await addRevision({
    root,
    revision,
    from: values.from,
    commit: assertCommit(values.commit),
    betaCommit: assertCommit(values["beta-commit"]),
    today: typeof values.today === "string" ? parseDay(values.today, "--today") : undefined,
    build: !values["no-build"],
  });
  const bump = result.classification ? ` (${result.classification.bump})` : "";
  io.write(
    `spec add: ${revision} locked and generated: ${result.counts}\n` +
      `  API diff against ${result.previous ?? "nothing"}${bump}: ${relative(root, result.diffPath)}\n` +
      `  changeset: ${relative(root, result.changesetPath)}\n` +
      (values["no-build"] ? "" : `  built @klaviyo-ts/${revision}\n`),
  );
  return 0;
}
