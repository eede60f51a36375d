import type { CallOptions } from "../client/options.js";

/**
 * Type-level mapping from an openapi-typescript operation (`operations["get_profiles"]`) to the
 * ergonomic parameters of operation functions. Every type here is a single conditional or a single
 * key-remapping mapped type over one operation, so checking a call costs little.
 */

type Parameters<Op> = Op extends { parameters: infer P } ? P : {};
/** An object member that may be absent, `never` or `undefined` in the generated types; `{}` when unusable. */
type Part<P, K extends string> = P extends { [_ in K]?: infer T } ? ObjectOr<NonNullable<T>> : {};
type ObjectOr<T> = [T] extends [never] ? {} : T extends object ? T : {};

export type PathParams<Op> = Part<Parameters<Op>, "path">;
export type QueryParams<Op> = Part<Parameters<Op>, "query">;
type HeaderParams<Op> = Omit<Part<Parameters<Op>, "header">, "revision">;

/** `fields[profile]` -> `profile`, for prefix "fields". */
type Bracketed<Q, Prefix extends string> = {
  [K in keyof Q as K extends `${Prefix}[${infer Name}]` ? Name : never]: Q[K];
};
type Grouped = `${"fields" | "additional-fields" | "page"}[${string}]` | "company_id";
type Plain<Q> = { [K in keyof Q as K extends Grouped ? never : K]: Q[K] };
/** `{ name: G }`, optional unless G has a required member, absent when G is empty. */
type Group<Name extends string, G> = keyof G extends never
  ? {}
  : {} extends G
    ? { [_ in Name]?: G }
    : { [_ in Name]: G };

type Body<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: C[keyof C] }
  : Op extends { requestBody?: { content: infer C } }
    ? { body?: C[keyof C] }
    : {};

/** Parameters of an operation function: path params by name, grouped query params, `headers`, `body`. */
export type OperationParams<Op> = PathParams<Op> &
  Plain<QueryParams<Op>> &
  Group<"fields", Bracketed<QueryParams<Op>, "fields">> &
  Group<"additionalFields", Bracketed<QueryParams<Op>, "additional-fields">> &
  Group<"page", Bracketed<QueryParams<Op>, "page">> &
  Group<"headers", HeaderParams<Op>> &
  Body<Op>;

/** `[params?, options?]`, or `[params, options?]` when some parameter is required. */
export type OperationArgs<Op, Options = CallOptions> =
  {} extends OperationParams<Op>
    ? [params?: OperationParams<Op>, options?: Options]
    : [params: OperationParams<Op>, options?: Options];

type Content<R> = R extends { content: infer C } ? C[keyof C] : void;
type Responses<Op> = Op extends { responses: infer R } ? R : {};

/** The JSON:API document an operation resolves with (`void` for 204 No Content). */
export type OperationResponse<Op> = Content<
  Responses<Op>[Extract<keyof Responses<Op>, 200 | 201 | 202 | 204>]
>;

/** One element of the response's `data[]`: what `.all()` yields. */
export type OperationItem<Op> =
  OperationResponse<Op> extends { data: readonly (infer Item)[] } ? Item : never;

/** Whether the operation takes `page[cursor]`, i.e. has `.all()` and `.pages()`. */
export type IsPaginated<Op> = "page[cursor]" extends keyof QueryParams<Op> ? true : false;

type AnyFunction = (...args: never[]) => unknown;

/** The params object of an operation function: `ParamsOf<typeof getProfiles>`. */
export type ParamsOf<F extends AnyFunction> = F extends (
  client: never,
  ...args: infer Args
) => unknown
  ? NonNullable<Args[0]>
  : never;

/** What an operation function resolves with: `ResultOf<typeof getProfiles>`. */
export type ResultOf<F extends AnyFunction> = Awaited<ReturnType<F>>;

/** One item of a paginated operation's `data[]`: `ItemOf<typeof getProfiles>`. */
export type ItemOf<F extends AnyFunction> =
  ResultOf<F> extends { data: readonly (infer Item)[] } ? Item : never;
