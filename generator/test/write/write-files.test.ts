import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFiles } from "../../src/write/write-files.js";

describe("writeFiles", () => {
  it("writes new and changed files, keeps unchanged ones and removes stale ones", async () => {
    const dir = await mkdtemp(join(tmpdir(), "klaviyo-gen-write-"));
    await mkdir(join(dir, "types"));
    await writeFile(join(dir, "same.ts"), "same\n");
    await writeFile(join(dir, "changed.ts"), "old\n");
    await writeFile(join(dir, "types", "stale.ts"), "stale\n");
    const before = (await stat(join(dir, "same.ts"))).mtimeMs;

    const result = await writeFiles(
      dir,
      new Map([
        ["same.ts", "same\n"],
        ["changed.ts", "new\n"],
        ["types/new.ts", "fresh\n"],
      ]),
    );

    expect(result).toEqual({
      written: ["changed.ts", "types/new.ts"],
      unchanged: ["same.ts"],
      removed: ["types/stale.ts"],
    });
    expect(await readFile(join(dir, "changed.ts"), "utf8")).toBe("new\n");
    expect(await readFile(join(dir, "types", "new.ts"), "utf8")).toBe("fresh\n");
    expect((await stat(join(dir, "same.ts"))).mtimeMs).toBe(before);
  });
});
