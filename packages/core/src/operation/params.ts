import type { CallOptions } from "../client/options.js";
import type { Filter } from "../filter/filter.js";
import type { TypedGrammar } from "../filter/grammar.js";

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

/**
 * The query parameters of one group, by the name in brackets: `fields[profile]` -> `profile`. One
 * alias per prefix rather than one generic over it, which instantiated the key's template for each
 * key again and was a tenth of a consumer's type instantiations (issue 17). The sparse fieldsets
 * are every one optional, spelled out so TypeScript sees that `{}` fits them for any operation.
 */
type FieldsParams<Q> = {
  [K in keyof Q as K extends `fields[${infer Name}]` ? Name : never]?: Q[K];
};
type AdditionalFieldsParams<Q> = {
  [K in keyof Q as K extends `additional-fields[${infer Name}]` ? Name : never]?: Q[K];
};
type PageParams<Q> = {
  [K in keyof Q as K extends `page[${infer Name}]` ? Name : never]: Q[K];
};
/**
 * The sparse fieldsets (and additional fields) of the resource types named, read from their query
 * parameters by name: far cheaper than finding the names among every query key as FieldsGroup
 * does, so generated operations state the names (OperationFacts) and their calls are checked
 * with these.
 */
export type FieldsetsNamed<Q, Names extends string> = {
  [N in Names]?: Q[`fields[${N}]` & keyof Q];
};
export type AdditionalFieldsNamed<Q, Names extends string> = {
  [N in Names]?: Q[`additional-fields[${N}]` & keyof Q];
};
type Grouped = `${"fields" | "additional-fields" | "page"}[${string}]` | "company_id" | "filter";
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

/** The fields a grammar marks `required: true`: Klaviyo rejects a filter that does not test them. */
type RequiredFilterFields<G> = {
  [K in keyof G]: G[K] extends { required: true } ? K : never;
}[keyof G] &
  string;

/** A raw filter string, or a filter built for this operation's grammar G (when it has one). */
export type FilterArgument<G> = [G] extends [never]
  ? string
  : G extends TypedGrammar
    ? string | Filter<G, RequiredFilterFields<G>>
    : string;

type FilterParam<Q, G> = "filter" extends keyof Q
  ? {} extends Pick<Q, "filter" & keyof Q>
    ? { filter?: FilterArgument<G> }
    : { filter: FilterArgument<G> }
  : {};

/** The sparse fieldsets an operation accepts: `{ profile?: ("email" | ...)[] }`. */
export type FieldsGroup<Op> = FieldsParams<QueryParams<Op>>;
export type AdditionalFieldsGroup<Op> = AdditionalFieldsParams<QueryParams<Op>>;
/** The relationship names `include` accepts. */
export type IncludeValue<Op> =
  QueryParams<Op> extends { include?: infer I }
    ? NonNullable<I> extends readonly (infer V)[]
      ? V & string
      : never
    : never;

/**
 * Every parameter but the sparse fieldsets, which a call's type parameters carry instead. Generated
 * operations state it as the plain object it resolves to (OperationFacts["params"]).
 */
type ParamsBesideFields<Op, G> = PathParams<Op> &
  Plain<QueryParams<Op>> &
  FilterParam<QueryParams<Op>, G> &
  Group<"page", PageParams<QueryParams<Op>>> &
  Group<"headers", HeaderParams<Op>> &
  Body<Op>;

/**
 * Parameters of an operation function: path params by name, grouped query params, `filter`,
 * `headers`, `body`. G is the operation's filter grammar.
 */
export type OperationParams<Op, G = never> = ParamsBesideFields<Op, G> &
  Group<"fields", FieldsGroup<Op>> &
  Group<"additionalFields", AdditionalFieldsGroup<Op>>;

/**
 * What a call asked for, captured as type parameters so the result can follow it: the sparse
 * fieldsets F, the included relationships I and the additional fields A. F and A are bounded by
 * the operation's own groups and stand alone in the params (not intersected with them), so an
 * unknown resource type is an excess property and a misspelt field is reported against the
 * names the resource type allows.
 */
export type Asked<F, I, A> = { fields?: F; include?: readonly I[]; additionalFields?: A };

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T] & string;

/** The name a required query parameter has in the params: `page[size]` is under `page`. */
type ParamName<K> = K extends `page[${string}]`
  ? "page"
  : K extends "filter"
    ? K
    : K extends Grouped
      ? never
      : K;

/**
 * The params a call must pass: `RequiredKeys<OperationParams<Op, G>>`, read from the operation's
 * own parts instead (the sparse fieldsets are always optional). Resolving every mapped type of
 * OperationParams to find them cost issue 3's three-call consumer 1,600 of its 6,000 type
 * instantiations, spent even on calls that pass every required param.
 */
export type RequiredParams<Op> =
  | RequiredKeys<PathParams<Op>>
  | ParamName<RequiredKeys<QueryParams<Op>>>
  | ({} extends HeaderParams<Op> ? never : "headers")
  | (Op extends { requestBody: object } ? "body" : never);

/**
 * Why a call without params fails, as a type its client argument is checked against: TypeScript
 * then reports "... is not assignable to parameter of type '<this text>'" where it would otherwise
 * say only "Expected 2-3 arguments, but got 1".
 */
export type MissingParams<Required extends string, G> = "filter" extends Required
  ? `needs params with a filter: Klaviyo rejects the call without one on ${RequiredFilterFields<G>}`
  : `needs params: ${Required} is required`;

/**
 * `[params?, options?]`, or `[params, options?]` when some parameter is required: the arguments
 * after the client, read from the operation. Generated operations take theirs from the params and
 * required params they state instead (OperationFacts, ArgsOf).
 */
export type OperationArgs<
  Op,
  Options = CallOptions,
  G = never,
  Extra = {},
  Required extends string = RequiredParams<Op>,
> = ArgsOf<ParamsBesideFields<Op, G>, Options, Extra, Required>;

/** OperationArgs from the params as generated operations state them (OperationFacts["params"]). */
export type ArgsOf<Params, Options, Extra, Required extends string> = [Required] extends [never]
  ? [params?: Params & Extra, options?: Options]
  : [params: Params & Extra, options?: Options];

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

/**
 * What an operation's type is built from besides its responses: its params, the params a call
 * must pass (`RequiredParams`), whether it pages (`IsPaginated`) and the resource types of its
 * sparse fieldsets and additional fields. TypeScript can read them from the operation
 * (`FactsOf`), but that cost a consumer's type-check about 400 type instantiations per operation
 * it names, and resolving the params' mapped types and their intersection a third of its check
 * time, so generated operations state them instead, as the generator read them from the spec
 * (issue 17); the revision package's type tests hold the two readings to one answer.
 */
export interface OperationFacts {
  /** every param but the sparse fieldsets, as a plain object: `ParamsBesideFields` resolved */
  readonly params: object;
  readonly required: string;
  readonly paginated: boolean;
  /** "profile" for `fields[profile]` */
  readonly fields: string;
  /** "profile" for `additional-fields[profile]` */
  readonly additionalFields: string;
}
export type FactsOf<Op, G = never> = {
  params: ParamsBesideFields<Op, G>;
  required: RequiredParams<Op>;
  paginated: IsPaginated<Op>;
  fields: keyof FieldsGroup<Op> & string;
  additionalFields: keyof AdditionalFieldsGroup<Op> & string;
};

declare const operationTypes: unique symbol;

/**
 * Carries an operation function's type arguments (openapi-typescript's operation, its filter
 * grammar and the facts its type states), so the helpers below, and a user's own, can read them
 * back: `typeof getProfiles extends OperationTypes<infer Op, unknown> ? Op : never`.
 */
export interface OperationTypes<Op, G, Facts = unknown> {
  readonly [operationTypes]?: { op: Op; grammar: G; facts: Facts };
}
type OpOf<F> = F extends OperationTypes<infer Op, unknown> ? Op : never;
type GrammarOf<F> = F extends OperationTypes<unknown, infer G> ? G : never;

/** The params object of an operation function: `ParamsOf<typeof getProfiles>`. */
export type ParamsOf<F extends OperationTypes<unknown, unknown>> = OperationParams<
  OpOf<F>,
  GrammarOf<F>
>;

/** What an operation function resolves with, when the call narrows nothing: `ResultOf<typeof getProfiles>`. */
export type ResultOf<F extends OperationTypes<unknown, unknown>> = OperationResponse<OpOf<F>>;

/** One item of a paginated operation's `data[]`: `ItemOf<typeof getProfiles>`. */
export type ItemOf<F extends OperationTypes<unknown, unknown>> = OperationItem<OpOf<F>>;
