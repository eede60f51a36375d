/**
 * Every klaviyo-gen command: its usage line and a lazily imported implementation, so that
 * `spec verify` does not pay for loading ts-morph and openapi-typescript.
 */
export interface Command {
  usage: string;
  run(args: string[]): Promise<number | void>;
}

export const commands: Record<string, Command> = {
  "spec sync": {
    usage: "spec sync [revision...] [--from DIR]   materialise spec files from a mirror or GitHub",
    run: async (args) => (await import("./spec-sync.js")).run(args),
  },
  "spec verify": {
    usage:
      "spec verify [revision...]              re-check materialised spec files against the lock",
    run: async (args) => (await import("./spec-verify.js")).run(args),
  },
  "spec lifecycle": {
    usage:
      "spec lifecycle --today YYYY-MM-DD [--check]  set supported/retired by the two-year policy",
    run: async (args) => (await import("./spec-lifecycle.js")).run(args),
  },
  "spec add": {
    usage:
      "spec add <revision> --from DIR|URL     add a new revision: lock, package, API diff, changeset",
    run: async (args) => (await import("./spec-add.js")).run(args),
  },
  "spec update": {
    usage:
      "spec update <revision> --from DIR|URL  take a newer spec of a live revision, with its changeset",
    run: async (args) => (await import("./spec-update.js")).run(args),
  },
  generate: {
    usage: "generate [revision...] [--all]         generate revision packages from their specs",
    run: async (args) => (await import("./generate.js")).run(args),
  },
  diff: {
    usage: "diff <revA> <revB> [--json]            the API diff between two revisions",
    run: async (args) => (await import("./diff.js")).run(args),
  },
  "release check": {
    usage:
      "release check [package...]            pack and check every publishable package (offline)",
    run: async (args) => (await import("./release-check.js")).run(args),
  },
  "release deprecate-retired": {
    usage: "release deprecate-retired [--dry-run]  npm-deprecate the packages of retired revisions",
    run: async (args) => (await import("./release-deprecate.js")).run(args),
  },
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  klaviyo-gen ${c.usage}`);
  return `Usage:\n${lines.join("\n")}\n`;
}
