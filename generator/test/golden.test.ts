import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { typecheckGenerated } from "../src/check/typecheck.js";
import { resolveCoreTypes } from "../src/cli/generate.js";
import {
  fixtures,
  generateFixture,
  repoRoot,
  readTree,
  testDir,
  type FixtureName,
} from "./support/fixtures.js";

// UPDATE_GOLDEN=1 rewrites test/golden/ from the current generator; review the diff before committing.
const update = process.env.UPDATE_GOLDEN === "1";
const scratch = await mkdtemp(join(tmpdir(), "klaviyo-gen-golden-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.each(Object.keys(fixtures) as FixtureName[])("fixture %s", (name) => {
  const golden = join(testDir, "golden", name);

  it("generates exactly the golden files", async () => {
    const out = update ? golden : join(scratch, name);
    await generateFixture(name, join(out, "generated"), join(out, "api-report.md"));
    const want = await readTree(golden);
    const got = await readTree(out);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [path, text] of got) expect(text, path).toBe(want.get(path));
  });

  it("type-checks against @klaviyo-ts/core", async () => {
    const dir = join(scratch, `${name}-check`);
    await generateFixture(name, join(dir, name));
    const { code, output } = await typecheckGenerated(dir, resolveCoreTypes(repoRoot));
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});
