import { describe, expectTypeOf, it } from "vitest";
import { type ApiDiff, type Bump, type Change, classify, diffSpecs } from "../../src/diff/index.js";
import type { OpenApiDocument as GeneratorDocument } from "@klaviyo-ts/spec-model";

describe("diff library types", () => {
  it("reads the same document type the generator's pipeline holds (the spec model's)", () => {
    expectTypeOf<Parameters<typeof diffSpecs>[0]>().toEqualTypeOf<GeneratorDocument>();
    expectTypeOf(diffSpecs).returns.toEqualTypeOf<ApiDiff>();
  });

  it("classifies into a closed set of bumps and keeps the changes typed", () => {
    expectTypeOf(classify).returns.toHaveProperty("bump").toEqualTypeOf<Bump>();
    expectTypeOf<Bump>().toEqualTypeOf<"none" | "patch" | "minor" | "major">();
    expectTypeOf(classify).returns.toHaveProperty("because").toEqualTypeOf<Change[]>();
  });

  it("narrows a change by its kind", () => {
    type RateLimit = Extract<Change, { kind: "rate-limit-changed" }>;
    expectTypeOf<RateLimit["before"]>().toEqualTypeOf<{
      burst?: string;
      steady?: string;
      daily?: string;
    }>();
  });
});
