import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/diff.js";
import { UserError } from "../../src/errors.js";
import { operation, spec } from "./specs.js";

let root: string;

const COMMIT = "0".repeat(40);

/** A lock entry in the shape `spec sync` writes, pinning each file to the given content. */
function locked(files: Record<string, string>): unknown {
  return {
    status: "supported",
    source: { repository: "klaviyo/openapi", branch: "main", commit: COMMIT },
    files: Object.fromEntries(
      Object.entries(files).map(([name, content]) => [
        name,
        {
          path: `openapi/${name}`,
          branch: "main",
          commit: COMMIT,
          sha256: createHash("sha256").update(content).digest("hex"),
          bytes: Buffer.byteLength(content),
        },
      ]),
    ),
  };
}

async function write(path: string, content: string): Promise<void> {
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "klaviyo-gen-diff-"));
  const older = JSON.stringify(spec({ "/api/a": { get: operation("get_a") } }));
  const newer = JSON.stringify(
    spec({ "/api/a": { get: operation("get_a") }, "/api/b": { post: operation("create_b") } }),
  );
  const swagger = JSON.stringify({ swagger: "2.0" });
  await write(
    join(root, "spec", "revisions.json"),
    JSON.stringify({
      lockVersion: 1,
      revisions: {
        "2025-10-15": locked({ "stable.json": older }),
        "2026-01-15": locked({ "stable.json": newer, "beta.json": newer }),
        "2026-04-15": locked({ "stable.json": swagger }),
        "2026-07-15": locked({ "stable.json": newer }),
      },
    }),
  );
  await write(join(root, "spec", "2025-10-15", "stable.json"), older);
  await write(join(root, "spec", "2026-01-15", "stable.json"), newer);
  await write(join(root, "spec", "2026-04-15", "stable.json"), swagger);
  await write(join(root, "spec", "2026-07-15", "stable.json"), older);
  await mkdir(join(root, "packages", "core"), { recursive: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function diff(args: string[], cwd = root): Promise<string> {
  let output = "";
  await run(args, { cwd, write: (text) => (output += text) });
  return output;
}

describe("klaviyo-gen diff", () => {
  it("prints the human diff, finding the checkout from a subfolder", async () => {
    const output = await diff(["2025-10-15", "2026-01-15"], join(root, "packages", "core"));
    expect(output).toContain("# API diff 2025-10-15 -> 2026-01-15\n");
    expect(output).toContain("- `create_b` POST /api/b: operation added\n");
  });

  it("prints JSON with --json", async () => {
    const document = JSON.parse(await diff(["--json", "2025-10-15", "2026-01-15"]));
    expect(document).toMatchObject({
      bump: "minor",
      changes: [{ kind: "operation-added", operationId: "create_b" }],
    });
  });

  it.each([
    { args: ["2025-10-15"], message: "expected two revisions" },
    { args: ["2025-10-15", "2026-01-15", "--yaml"], message: "diff: Unknown option '--yaml'" },
    { args: ["latest", "2026-01-15"], message: 'invalid revision "latest"' },
    {
      args: ["2025-10-15", "2030-01-15"],
      message: "unknown revision 2030-01-15: not in spec/revisions.json",
    },
    { args: ["2025-10-15.pre", "2026-01-15"], message: "revision 2025-10-15 has no beta.json" },
    {
      args: ["2025-10-15", "2026-01-15.pre"],
      message: "spec/2026-01-15/beta.json is missing; run `klaviyo-gen spec sync 2026-01-15` first",
    },
    {
      args: ["2025-10-15", "2026-04-15"],
      message: "spec/2026-04-15/stable.json is not an OpenAPI 3 document",
    },
    {
      args: ["2025-10-15", "2026-07-15"],
      message: "checksum mismatch for spec/2026-07-15/stable.json",
    },
  ])("rejects $args: $message", async ({ args, message }) => {
    const failure = diff(args);
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(message);
  });

  it("says where it looked when there is no checkout", async () => {
    const outside = await mkdtemp(join(tmpdir(), "klaviyo-gen-nowhere-"));
    try {
      await expect(diff(["2025-10-15", "2026-01-15"], outside)).rejects.toThrow(
        `no spec/revisions.json found in ${outside} or any folder above it`,
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
