import { expectTypeOf, test } from "vitest";
import {
  isKlaviyoError,
  KlaviyoApiError,
  KlaviyoError,
  KlaviyoNotFoundError,
  KlaviyoTimeoutError,
} from "../src/index.js";

declare const caught: unknown;

test("instanceof narrows to the class tested, through the brand-aware Symbol.hasInstance", () => {
  if (caught instanceof KlaviyoNotFoundError) {
    expectTypeOf(caught).toEqualTypeOf<KlaviyoNotFoundError>();
    expectTypeOf(caught.status).toEqualTypeOf<number>();
  }
  if (caught instanceof KlaviyoTimeoutError) expectTypeOf(caught.timeoutMs).toEqualTypeOf<number>();
  if (caught instanceof KlaviyoApiError) expectTypeOf(caught).toEqualTypeOf<KlaviyoApiError>();
});

test("isKlaviyoError narrows to the base class", () => {
  if (isKlaviyoError(caught)) expectTypeOf(caught).toEqualTypeOf<KlaviyoError>();
  // @ts-expect-error an unknown value has no message until it is narrowed
  void caught.message;
});
