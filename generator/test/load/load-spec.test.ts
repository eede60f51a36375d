import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { stageFixture } from "../support/fixtures.js";

describe("loadSpec", () => {
  it("loads a file whose sha256 matches the lock", async () => {
    const { specDir, locked } = await stageFixture("legacy");
    const file = locked.files["stable.json"];
    if (!file) throw new Error("fixture has no stable.json");
    const spec = await loadSpec(specDir, "2023-01-01", "stable.json", file);
    expect(spec.commit).toBe(file.commit);
    expect(Object.keys(spec.document.paths)).toEqual([
      "/api/image-upload",
      "/api/image-upload-file",
    ]);
  });

  it("refuses a file whose sha256 differs, naming both hashes", async () => {
    const { specDir, locked } = await stageFixture("legacy");
    const file = locked.files["stable.json"];
    if (!file) throw new Error("fixture has no stable.json");
    const wrong = { ...file, sha256: "0".repeat(64) };
    const load = loadSpec(specDir, "2023-01-01", "stable.json", wrong);
    await expect(load).rejects.toThrow(UserError);
    await expect(load).rejects.toThrow(`expected sha256 ${"0".repeat(64)}, got ${file.sha256}`);
  });

  it("says how to get a missing file", async () => {
    const { specDir, locked } = await stageFixture("legacy");
    const file = locked.files["stable.json"];
    if (!file) throw new Error("fixture has no stable.json");
    await expect(loadSpec(specDir, "2023-01-01", "beta.json", file)).rejects.toThrow(
      "run `klaviyo-gen spec sync 2023-01-01` first",
    );
  });
});
