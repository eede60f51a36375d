import type {
  FactsOf,
  Operation,
  OperationFacts,
  OperationFunction,
  OperationTypes,
} from "@klaviyo-ts/core";
import { describe, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import * as beta from "../src/beta.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Identical<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type AnyOperation = ((...args: never[]) => unknown) & { meta: unknown };
/** Whether a call may leave out params: the argument list, which core's RequiredParams decides. */
type ParamsOptional<F extends AnyOperation> = undefined extends Parameters<F>[1] ? true : false;
/** The same question asked of the params type itself: does `{}` fit it? */
type AcceptsEmpty<F extends AnyOperation> = {} extends NonNullable<Parameters<F>[1]> ? true : false;

/** The operation's type as core derives it from the operation alone (its default OperationFacts). */
type Derived<F> =
  F extends OperationFunction<infer Op, infer G, infer _> ? Operation<Op, G> : never;
/** The facts an operation's type states, and those core derives from the operation alone. */
type StatedFacts<F> =
  F extends OperationTypes<unknown, unknown, infer Facts extends OperationFacts> ? Facts : never;
type DerivedFacts<F> =
  F extends OperationFunction<infer Op, infer G, infer _> ? FactsOf<Op, G> : never;
/**
 * An object type's members as one object: the derived params are an intersection of mapped types,
 * the stated ones a plain object, and identity tells the two forms apart even when every member
 * agrees.
 */
type Flat<T> = { [K in keyof T]: T[K] };
type ParamsIdentical<A, B> = Identical<Flat<A>, Flat<B>>;

/** What each suite asks of an operation F; true is the right answer. */
type Agreement<F extends AnyOperation> = {
  /** whether params may be left out agrees with the params type */
  params: Same<ParamsOptional<F>, AcceptsEmpty<F>>;
  /**
   * the facts its type states are those core derives: identical facts, its params among them (as
   * mutual assignability does not tell a missing group of optional members from an empty one),
   * and identical params of the whole call (a comparison of generic signatures does not look into
   * the bounds of their type parameters, which the sparse fieldsets are, and Parameters reads them)
   */
  facts: [
    Identical<Omit<StatedFacts<F>, "params">, Omit<DerivedFacts<F>, "params">>,
    ParamsIdentical<StatedFacts<F>["params"], DerivedFacts<F>["params"]>,
    ParamsIdentical<NonNullable<Parameters<F>[1]>, NonNullable<Parameters<Derived<F>>[1]>>,
    Same<ParamsOptional<F>, ParamsOptional<Derived<F>>>,
  ] extends [true, true, true, true]
    ? true
    : false;
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
    type Facts = FactsOf<GetProfile>;
    // Flat: one object, as generated facts are, whose members are not readonly as OperationFacts' are.
    type Stated<Changed> =
      Flat<Omit<Facts, keyof Changed> & Changed> extends infer S extends OperationFacts
        ? Operation<GetProfile, never, S>
        : never;
    type Agrees<F extends AnyOperation> = Agreement<F>["facts"];
    expectTypeOf<Agrees<Stated<{}>>>().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Stated<{ required: "id" | "body" }>>>().toEqualTypeOf<false>();
    expectTypeOf<Agrees<Stated<{ required: never }>>>().toEqualTypeOf<false>();
    expectTypeOf<Agrees<Stated<{ paginated: true }>>>().toEqualTypeOf<false>();
    expectTypeOf<
      Agrees<Stated<{ fields: Exclude<Facts["fields"], "list"> }>>
    >().toEqualTypeOf<false>();
    expectTypeOf<Agrees<Stated<{ additionalFields: never }>>>().toEqualTypeOf<false>();
    type Params = Facts["params"];
    expectTypeOf<Agrees<Stated<{ params: Omit<Params, "include"> }>>>().toEqualTypeOf<false>();
    expectTypeOf<
      Agrees<Stated<{ params: Params & { include?: ("lists" | "segments")[] } }>>
    >().toEqualTypeOf<false>();
    expectTypeOf<Agrees<Stated<{ params: Params & { page?: {} } }>>>().toEqualTypeOf<false>();
  });
});
