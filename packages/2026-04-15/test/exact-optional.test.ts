import { expect, test } from "vitest";
import { consumerDiagnostics } from "./support/consumer-program.js";

// A consumer whose tsconfig sets exactOptionalPropertyTypes, on the published declarations. The
// package's own tsconfig does not, and the required-params type test compares the stated params
// with core's reading under it, where `sort?: S | undefined` and `sort?: S` are one type; here
// they are not, and an operation that states a wider param breaks a user's generic code.
const source = `
import * as api from "@klaviyo-ts/2026-04-15";
import * as beta from "@klaviyo-ts/2026-04-15/beta";
import type {
  CallOptions,
  FactsOf,
  OperationArgs,
  OperationFacts,
  OperationFunction,
  OperationTypes,
} from "@klaviyo-ts/2026-04-15";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Stated<F> =
  F extends OperationTypes<unknown, unknown, infer Facts extends OperationFacts> ? Facts["params"] : "stated nothing";
type Derived<F> = F extends OperationTypes<infer Op, infer G> ? FactsOf<Op, G>["params"] : "no operation";
type Disagreeing<E> = {
  [K in keyof E]: E[K] extends OperationTypes<unknown, unknown>
    ? Same<Stated<E[K]>, Derived<E[K]>> extends true ? never : K
    : never;
}[keyof E];

export const stable: Disagreeing<typeof api> = undefined as never;
export const betaOperations: Disagreeing<typeof beta> = undefined as never;
export const stated: "sort" extends keyof Stated<typeof api.getProfiles> ? true : false = true;

declare function run<Op, G>(op: OperationFunction<Op, G>, ...args: OperationArgs<Op, CallOptions, G>): void;
run(api.getProfiles, { sort: "email" });
run(api.getCampaigns, { filter: "equals(messages.channel,'email')" });

const klaviyo = api.createKlaviyo({ apiKey: "pk_test" });
// @ts-expect-error an explicit undefined is not an absent param here
void api.getProfiles(klaviyo, { sort: undefined });
`;

test("under exactOptionalPropertyTypes every operation states the params core reads, and generic code over operations compiles", () => {
  const diagnostics = consumerDiagnostics(source, { exactOptionalPropertyTypes: true });
  expect(diagnostics.map((d) => d.message)).toEqual([]);
});
