import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateFixture, readTree } from "../support/fixtures.js";

describe("determinism", () => {
  it("generates byte-identical files and does not rewrite unchanged ones", async () => {
    const first = await mkdtemp(join(tmpdir(), "klaviyo-gen-det-a-"));
    const second = await mkdtemp(join(tmpdir(), "klaviyo-gen-det-b-"));
    await generateFixture("widgets", first);
    await generateFixture("widgets", second);
    expect(await readTree(second)).toEqual(await readTree(first));

    const mtimes = async () =>
      Promise.all(
        [...(await readTree(first)).keys()].map(async (f) => (await stat(join(first, f))).mtimeMs),
      );
    const before = await mtimes();
    const again = await generateFixture("widgets", first);
    expect(again.write.written).toEqual([]);
    expect(again.write.removed).toEqual([]);
    expect(again.write.unchanged.length).toBe(before.length);
    expect(await mtimes()).toEqual(before);
  });
});
