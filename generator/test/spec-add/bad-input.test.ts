import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run as add } from "../../src/cli/spec-add.js";
import { run as update } from "../../src/cli/spec-update.js";
import { UserError } from "../../src/errors.js";
import { sha256 } from "../../src/spec/checksum.js";
import { BASE, makeTempRepo, readSpec, snapshot, specFolder, widgetsSpec } from "./temp-repo.js";

const NEW = "2030-04-15";

/** Spec files for `--from`, stamped with `version` (and `<version>.pre` for beta). */
async function files(version: string, edit: (stable: Record<string, unknown>) => void = () => {}) {
  const stable = await readSpec(widgetsSpec("stable.json"));
  const beta = await readSpec(widgetsSpec("beta.json"));
  stable.info.version = version;
  beta.info.version = `${version}.pre`;
  edit(stable);
  return { "stable.json": stable, "beta.json": beta };
}

interface Case {
  name: string;
  command: typeof add;
  /** Arguments; FROM stands for the folder holding `given`. */
  args: string[];
  given?: () => Promise<Record<string, unknown>>;
  /** Run against the temp repository before the command, e.g. to leave a pending changeset. */
  prepare?: (root: string, from: string) => Promise<void>;
  error: string | RegExp;
}

const FROM = "FROM";

const cases: Case[] = [
  {
    name: "add: a revision that is not YYYY-MM-DD",
    command: add,
    args: ["2030-4-15", "--from", FROM],
    error: 'revision "2030-4-15" is not a YYYY-MM-DD date',
  },
  {
    name: "add: a day that does not exist",
    command: add,
    args: ["2030-02-30", "--from", FROM],
    error: 'revision "2030-02-30" is not a YYYY-MM-DD date',
  },
  {
    name: "add: no --from",
    command: add,
    args: [NEW],
    error: "spec add: --from is required",
  },
  {
    name: "add: a --from folder that does not exist",
    command: add,
    args: [NEW, "--from", "/nonexistent/klaviyo-specs"],
    error: "--from folder /nonexistent/klaviyo-specs does not exist",
  },
  {
    name: "add: a --from folder without stable.json",
    command: add,
    args: [NEW, "--from", FROM],
    given: async () => ({ "notes.txt": "no spec here" }),
    error: `holds none of stable.json, ${NEW}/stable.json, openapi/stable.json`,
  },
  {
    name: "add: a --commit that is not a commit",
    command: add,
    args: [NEW, "--from", FROM, "--commit", "main"],
    error: '--commit "main" is not a 40-hex-digit commit',
  },
  {
    name: "add: a spec that is not JSON",
    command: add,
    args: [NEW, "--from", FROM],
    given: async () => ({ "stable.json": '{"openapi": "3.0.2",' }),
    error: /stable\.json is not valid JSON: /,
  },
  {
    name: "add: a spec that is not OpenAPI 3",
    command: add,
    args: [NEW, "--from", FROM],
    given: async () => ({ "stable.json": { swagger: "2.0", info: { version: NEW }, paths: {} } }),
    error: /stable\.json is not an OpenAPI 3 document \(openapi: undefined\)$/,
  },
  {
    name: "add: a spec whose info.version is another revision",
    command: add,
    args: [NEW, "--from", FROM],
    given: () => files("2030-01-15"),
    error: `has info.version "2030-01-15", but the revision given is ${NEW} (expected "${NEW}")`,
  },
  {
    name: "add: a beta.json whose info.version is another revision",
    command: add,
    args: [NEW, "--from", FROM],
    given: async () => ({
      ...(await files(NEW)),
      "beta.json": (await files("2030-01-16"))["beta.json"],
    }),
    error: `beta.json has info.version "2030-01-16.pre", but the revision given is ${NEW}`,
  },
  {
    name: "add: a revision already in the lock",
    command: add,
    args: [BASE, "--from", FROM],
    given: () => files(BASE),
    error: `revision ${BASE} is already in spec/revisions.json; for a newer spec of it run: klaviyo-gen spec update ${BASE}`,
  },
  {
    name: "add: a revision already retired on --today",
    command: add,
    args: [NEW, "--from", FROM, "--today", "2032-04-15"],
    given: () => files(NEW),
    error: `revision ${NEW} is already retired on --today`,
  },
  {
    name: "add: a failure after the first write (a pending changeset of the same name)",
    command: add,
    args: [NEW, "--from", FROM],
    given: () => files(NEW),
    prepare: async (root) => writeFile(join(root, ".changeset", `${NEW}-add.md`), "pending\n"),
    error: `.changeset/${NEW}-add.md already exists`,
  },
  {
    name: "update: a revision not in the lock",
    command: update,
    args: [NEW, "--from", FROM],
    given: () => files(NEW),
    error: `revision ${NEW} is not in spec/revisions.json; to add it run: klaviyo-gen spec add ${NEW}`,
  },
  {
    name: "update: a spec whose info.version is another revision",
    command: update,
    args: [BASE, "--from", FROM],
    given: () => files(NEW),
    error: `has info.version "${NEW}", but the revision given is ${BASE}`,
  },
  {
    name: "update: a stable.json whose checksum is not the one expected",
    command: update,
    args: [BASE, "--from", FROM, "--sha256", "ab".repeat(32)],
    given: () => files(BASE, (s) => void (s.servers = [])),
    error: new RegExp(
      `checksum mismatch for .*stable\\.json: expected sha256 ${"ab".repeat(32)} \\(--sha256\\), got [0-9a-f]{64}$`,
    ),
  },
  {
    name: "update: a stable.json alone while the locked beta.json is not materialised",
    command: update,
    args: [BASE, "--from", FROM],
    given: async () => ({
      "stable.json": (await files(BASE, (s) => void (s.servers = [])))["stable.json"],
    }),
    prepare: (root) => rm(join(root, "spec", BASE, "beta.json")),
    error: "the new spec has no beta.json and the locked one is not in",
  },
  {
    name: "update: a stable.json alone while the materialised beta.json differs from the lock",
    command: update,
    args: [BASE, "--from", FROM],
    given: async () => ({
      "stable.json": (await files(BASE, (s) => void (s.servers = [])))["stable.json"],
    }),
    prepare: (root) => writeFile(join(root, "spec", BASE, "beta.json"), "{}"),
    error: /checksum mismatch for .*beta\.json: expected sha256/,
  },
  {
    name: "update: a --sha256 that is not a hash",
    command: update,
    args: [BASE, "--from", FROM, "--sha256", "abc"],
    error: 'spec update: --sha256 "abc" is not 64 hex digits',
  },
  {
    name: "update: the spec already locked",
    command: update,
    args: [BASE, "--from", FROM],
    given: async () => ({
      "stable.json": await readFile(widgetsSpec("stable.json"), "utf8"),
      "beta.json": await readFile(widgetsSpec("beta.json"), "utf8"),
    }),
    error: `is the one already locked for ${BASE}`,
  },
  {
    name: "update: a failure after the first write (a pending changeset of the same name)",
    command: update,
    args: [BASE, "--from", FROM],
    given: () => files(BASE, (s) => void (s.servers = [])),
    prepare: async (root, from) => {
      const hash = sha256(await readFile(join(from, "stable.json")));
      await writeFile(
        join(root, ".changeset", `${BASE}-update-${hash.slice(0, 8)}.md`),
        "pending\n",
      );
    },
    error: /-update-[0-9a-f]{8}\.md already exists/,
  },
];

describe("spec add / spec update refuse bad input and leave the tree as it was", () => {
  it.each(cases)("$name", async ({ command, args, given, prepare, error }) => {
    const { root } = await makeTempRepo();
    const from = await specFolder(given ? await given() : await files(NEW));
    await prepare?.(root, from);
    const before = await snapshot(root);

    const attempt = command(
      args.map((a) => (a === FROM ? from : a)),
      { cwd: root, write: () => {} },
    );

    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(error);
    expect(await snapshot(root)).toEqual(before);
    expect(existsSync(join(root, "packages", NEW))).toBe(false);
  });
});
