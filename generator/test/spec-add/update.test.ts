import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/spec-update.js";
import { sha256 } from "../../src/spec/checksum.js";
import { readLock } from "../../src/spec/lock.js";
import {
  BASE,
  makeTempRepo,
  readSpec,
  specFolder,
  widgetsSpec,
  type SpecJson,
} from "./temp-repo.js";

type Edit = (spec: SpecJson) => void;
const widget = (spec: SpecJson) => spec.paths["/api/widgets/{id}"]!;

/**
 * Runs `spec update BASE` with the widgets spec as edited, and returns what it left behind. The
 * "revision branch" layout is a checkout of Klaviyo's revision branch: openapi/stable.json alone.
 */
async function update(edit: Edit, layout: "both files" | "revision branch" = "both files") {
  const { root, locked } = await makeTempRepo();
  const stable = await readSpec(widgetsSpec("stable.json"));
  edit(stable);
  const from = await specFolder(
    layout === "both files"
      ? { "stable.json": stable, "beta.json": await readFile(widgetsSpec("beta.json"), "utf8") }
      : { "openapi/stable.json": stable },
  );
  const stablePath = layout === "both files" ? "stable.json" : "openapi/stable.json";
  let output = "";
  const code = await run([BASE, "--from", from, "--no-build"], {
    cwd: root,
    write: (text) => void (output += text),
  });
  const stableBytes = await readFile(join(from, stablePath));
  const changesetName = `${BASE}-update-${sha256(stableBytes).slice(0, 8)}.md`;
  return {
    code,
    output,
    changeset: await readFile(join(root, ".changeset", changesetName), "utf8"),
    locked,
    lock: await readLock(root),
    beta: await readFile(join(root, "spec", BASE, "beta.json"), "utf8"),
    betaOperations: await readFile(
      join(root, "packages", BASE, "src", "generated", "beta", "index.ts"),
      "utf8",
    ),
    stableBytes,
    operations: await readFile(
      join(root, "packages", BASE, "src", "generated", "operations", "widgets.ts"),
      "utf8",
    ),
  };
}

const frontMatter = (bump: string) => `---\n"@klaviyo-ts/${BASE}": ${bump}\n---\n\n`;

describe("klaviyo-gen spec update", () => {
  it("calls a documentation-only change a patch", async () => {
    const result = await update((spec) => {
      widget(spec).get!.summary = "Get One Widget";
    });
    expect(result.code).toBe(0);
    expect(result.changeset.startsWith(frontMatter("patch"))).toBe(true);
    expect(result.changeset).toContain("Documentation: 1");
    expect(result.lock.revisions[BASE]!.files["stable.json"]!.sha256).toBe(
      sha256(result.stableBytes),
    );
    expect(result.operations).toContain(" * Get One Widget");
  });

  it("calls an added optional parameter a minor", async () => {
    const result = await update((spec) => {
      const get = widget(spec).get!;
      get.parameters = [
        ...(get.parameters as unknown[]),
        { name: "with_stats", in: "query", required: false, schema: { type: "boolean" } },
      ];
    });
    expect(result.changeset.startsWith(frontMatter("minor"))).toBe(true);
    expect(result.changeset).not.toContain("Breaking:");
  });

  it("calls a removed operation a major and names it", async () => {
    const result = await update((spec) => {
      delete widget(spec).delete;
    });
    expect(result.changeset.startsWith(frontMatter("major"))).toBe(true);
    expect(result.changeset).toContain(
      "Operations removed, renamed or moved:\n- `delete_widget` DELETE /api/widgets/{id}: operation removed",
    );
    expect(result.operations).not.toContain("deleteWidget");
    expect(result.output).toContain("(major)");
  });

  it("names an added operation in the changeset, ahead of the breaking items", async () => {
    const result = await update((spec) => {
      delete widget(spec).delete;
      spec.paths["/api/gadgets"] = { get: { ...widget(spec).get!, operationId: "get_gadgets" } };
    });
    const text = result.changeset;
    expect(text).toContain("Operations added:\n- `get_gadgets` GET /api/gadgets: operation added");
    expect(text.indexOf("Operations added:")).toBeLessThan(text.indexOf("delete_widget"));
  });

  it("takes a checkout of the revision branch (openapi/stable.json only) and keeps the locked beta", async () => {
    const result = await update((spec) => {
      widget(spec).get!.summary = "Get One Widget";
    }, "revision branch");
    expect(result.code).toBe(0);
    const entry = result.lock.revisions[BASE]!;
    expect(entry.files["stable.json"]!.sha256).toBe(sha256(result.stableBytes));
    expect(entry.files["beta.json"]).toEqual(result.locked.files["beta.json"]);
    expect(result.beta).toBe(await readFile(widgetsSpec("beta.json"), "utf8"));
    expect(result.betaOperations).toContain("export");
    expect(result.operations).toContain(" * Get One Widget");
    expect(result.changeset).toContain("beta.json is the one already locked.");
  });
});
