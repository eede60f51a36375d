import { describe, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import * as beta from "../src/beta.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AnyOperation = ((...args: never[]) => unknown) & { meta: unknown };
/** Whether a call may leave out params: the argument list, which core's RequiredParams decides. */
type ParamsOptional<F extends AnyOperation> = undefined extends Parameters<F>[1] ? true : false;
/** The same question asked of the params type itself: does `{}` fit it? */
type AcceptsEmpty<F extends AnyOperation> = {} extends NonNullable<Parameters<F>[1]> ? true : false;

/** The exported operations of `entry` for which the two answers differ. */
type Disagreeing<Entry> = {
  [K in keyof Entry]: Entry[K] extends AnyOperation
    ? Same<ParamsOptional<Entry[K]>, AcceptsEmpty<Entry[K]>> extends true
      ? never
      : K
    : never;
}[keyof Entry];

// Core's RequiredParams reads which params a call needs from the operation's parts instead of
// resolving every mapped type of OperationParams (it is far cheaper to check); these tests hold
// the two to one answer for every operation of the revision.
describe("whether params may be left out agrees with the params type", () => {
  it("for every stable operation", () => {
    expectTypeOf<Disagreeing<typeof api>>().toEqualTypeOf<never>();
  });

  it("for every beta operation", () => {
    expectTypeOf<Disagreeing<typeof beta>>().toEqualTypeOf<never>();
  });

  it("and the two kinds both occur, so the checks above compare something", () => {
    expectTypeOf<ParamsOptional<typeof api.getProfile>>().toEqualTypeOf<false>();
    expectTypeOf<ParamsOptional<typeof api.getCampaigns>>().toEqualTypeOf<false>();
    expectTypeOf<ParamsOptional<typeof api.getProfiles>>().toEqualTypeOf<true>();
    expectTypeOf<AcceptsEmpty<typeof api.getProfile>>().toEqualTypeOf<false>();
    expectTypeOf<AcceptsEmpty<typeof api.getProfiles>>().toEqualTypeOf<true>();
  });
});
