import type { Operation, OperationFacts, OperationFunction } from "@klaviyo-ts/core";
import { describe, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import * as beta from "../src/beta.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AnyOperation = ((...args: never[]) => unknown) & { meta: unknown };
/** Whether a call may leave out params: the argument list, which core's RequiredParams decides. */
type ParamsOptional<F extends AnyOperation> = undefined extends Parameters<F>[1] ? true : false;
/** The same question asked of the params type itself: does `{}` fit it? */
type AcceptsEmpty<F extends AnyOperation> = {} extends NonNullable<Parameters<F>[1]> ? true : false;

/** The operation's type as core derives it from the operation alone (its default OperationFacts). */
type Derived<F> = F extends OperationFunction<infer Op, infer G, string> ? Operation<Op, G> : never;

/** What each suite asks of an operation F; true is the right answer. */
type Agreement<F extends AnyOperation> = {
  /** whether params may be left out agrees with the params type */
  params: Same<ParamsOptional<F>, AcceptsEmpty<F>>;
  /** the facts its type states are those core derives */
  facts: Same<F, Derived<F>>;
};

/** The exported operations of `entry` that fail the check. */
type Failing<Entry, Check extends "params" | "facts"> = {
  [K in keyof Entry]: Entry[K] extends AnyOperation
    ? Agreement<Entry[K]>[Check] extends true
      ? never
      : K
    : never;
}[keyof Entry];

// Core's RequiredParams reads which params a call needs from the operation's parts instead of
// resolving every mapped type of OperationParams (it is far cheaper to check), and generated
// operations state it and whether they page (OperationFacts) so that a consumer's type-check
// does not derive them; these tests hold all three readings to one answer for every operation.
describe("what an operation's type says of its params agrees with core's reading", () => {
  it("for every stable operation", () => {
    expectTypeOf<Failing<typeof api, "params">>().toEqualTypeOf<never>();
    expectTypeOf<Failing<typeof api, "facts">>().toEqualTypeOf<never>();
  });

  it("for every beta operation", () => {
    expectTypeOf<Failing<typeof beta, "params">>().toEqualTypeOf<never>();
    expectTypeOf<Failing<typeof beta, "facts">>().toEqualTypeOf<never>();
  });

  it("and the two kinds both occur, so the checks above compare something", () => {
    expectTypeOf<ParamsOptional<typeof api.getProfile>>().toEqualTypeOf<false>();
    expectTypeOf<ParamsOptional<typeof api.getCampaigns>>().toEqualTypeOf<false>();
    expectTypeOf<ParamsOptional<typeof api.getProfiles>>().toEqualTypeOf<true>();
    expectTypeOf<AcceptsEmpty<typeof api.getProfile>>().toEqualTypeOf<false>();
    expectTypeOf<AcceptsEmpty<typeof api.getProfiles>>().toEqualTypeOf<true>();
  });

  it("and a misstated fact is told apart", () => {
    type GetProfile = typeof api.getProfile extends OperationFunction<infer Op> ? Op : never;
    type Stated<Facts extends OperationFacts> = Operation<GetProfile, never, Facts>;
    type Agrees<F extends AnyOperation> = Agreement<F>["facts"];
    expectTypeOf<Agrees<Stated<{ required: "id"; paginated: false }>>>().toEqualTypeOf<true>();
    expectTypeOf<
      Agrees<Stated<{ required: "id" | "body"; paginated: false }>>
    >().toEqualTypeOf<false>();
    expectTypeOf<Agrees<Stated<{ required: never; paginated: false }>>>().toEqualTypeOf<false>();
    expectTypeOf<Agrees<Stated<{ required: "id"; paginated: true }>>>().toEqualTypeOf<false>();
  });
});
