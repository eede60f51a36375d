import { relative } from "node:path";
import { UserError } from "../errors.js";
import { assertRevision } from "../spec-flow/incoming-spec.js";
import { updateRevision } from "../spec-flow/update-revision.js";
import { findRepoRoot } from "../spec/repo-root.js";
import { parseCommandArgs } from "./parse-args.js";
import { assertCommit, type SpecCommandIo, processIo } from "./spec-command-io.js";

const USAGE =
  "usage: klaviyo-gen spec update <revision> --from <dir|url> [--commit SHA] [--beta-commit SHA] [--sha256 HEX] [--no-build]";

export async function run(args: string[], io: SpecCommandIo = processIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("spec update", args, {
    from: { type: "string" },
    commit: { type: "string" },
    "beta-commit": { type: "string" },
    sha256: { type: "string" },
    "no-build": { type: "boolean" },
  });
  if (positionals.length > 1) throw new UserError(`spec update: expected one revision; ${USAGE}`);
  const revision = assertRevision(positionals[0], USAGE);
  if (typeof values.from !== "string") {
    throw new UserError(`spec update: --from is required; ${USAGE}`);
  }
  if (typeof values.sha256 === "string" && !/^[0-9a-fA-F]{64}$/.test(values.sha256)) {
    throw new UserError(`spec update: --sha256 "${values.sha256}" is not 64 hex digits`);
  }
  const root = findRepoRoot(io.cwd);
  const result = await updateRevision({
    root,
    revision,
    from: values.from,
    commit: assertCommit(values.commit),
    betaCommit: assertCommit(values["beta-commit"]),
    sha256: values.sha256 as string | undefined,
    build: !values["no-build"],
  });
  io.write(
    `spec update: ${revision} regenerated (${result.counts}); changeset ${relative(root, result.changesetPath)} (${result.bump})\n\n` +
      result.summary,
  );
  return 0;
}
