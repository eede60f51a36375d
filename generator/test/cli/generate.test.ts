import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/generate.js";
import { UserError } from "../../src/errors.js";

// Argument mistakes are refused before anything is generated or written.
describe("klaviyo-gen generate", () => {
  it.each([
    {
      given: ["2022-10-17"],
      error: "2022-10-17 is retired and gets no package; use --out DIR or --check",
    },
    { given: ["1999-01-01"], error: 'unknown revision "1999-01-01"' },
  ])("refuses $given", async ({ given, error }) => {
    const generate = run(given);
    await expect(generate).rejects.toThrow(UserError);
    await expect(run(given)).rejects.toThrow(error);
  });
});
