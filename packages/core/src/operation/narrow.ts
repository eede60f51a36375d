/**
 * Result types that follow what the call asked for: sparse fieldsets (`fields`) keep only the
 * attributes asked for, dotted paths narrowing nested objects; `additionalFields` adds theirs back;
 * `include` narrows `included` to the resources of those relationships. Each step is one mapped or
 * conditional type over the document, and a call that asks for none of it gets the document as is.
 */

/** `"location.city"` -> `"location"`. */
type Head<K extends string> = K extends `${infer H}.${string}` ? H : K;
/** The rest of the paths that start with `P.`. */
type Below<K extends string, P extends string> = K extends `${P}.${infer Rest}` ? Rest : never;

/**
 * The attributes named by K, a union of top-level names and dotted paths. `& {}` makes TypeScript
 * print the result as the plain object it is (`{ email?: string | null }`) in hovers and errors,
 * not as `PickPaths<{ ...every attribute... }, "email">`.
 */
export type PickPaths<A, K extends string> = {
  [P in keyof A as P extends Head<K> ? P : never]: P extends K
    ? A[P]
    : P extends string
      ? PickPaths<NonNullable<A[P]>, Below<K, P>> | Extract<A[P], null | undefined>
      : never;
} & {};

type Listed<Group, Type> = Type extends keyof Group
  ? NonNullable<Group[Type]> extends readonly (infer K)[]
    ? K & string
    : never
  : never;

/** A resource with only the attributes its type's sparse fieldset asked for. */
export type NarrowResource<R, Fields, Additional> = R extends { type?: infer T }
  ? T extends keyof Fields
    ? {
        [K in keyof R]: K extends "attributes"
          ? PickPaths<R[K], Listed<Fields, T> | Listed<Additional, T>>
          : R[K];
      }
    : R
  : R;

type NarrowData<D, Fields, Additional> = D extends readonly (infer R)[]
  ? NarrowResource<R, Fields, Additional>[]
  : D extends object
    ? NarrowResource<D, Fields, Additional>
    : D;

type Element<T> = T extends readonly (infer E)[] ? E : T;
type ResourceOf<D> = Element<D extends { data: infer Data } ? Data : never>;

/** The resource types that relationship names I point at, read from the primary data's relationships. */
type RelatedTypes<D, I extends string> =
  ResourceOf<D> extends { relationships?: infer Rel }
    ? {
        [Name in I & keyof NonNullable<Rel>]: Element<
          NonNullable<
            NonNullable<NonNullable<Rel>[Name]> extends { data?: infer Linked } ? Linked : never
          >
        > extends { type?: infer T }
          ? T
          : never;
      }[I & keyof NonNullable<Rel>]
    : never;

type NarrowIncluded<Included, D, I extends string, Fields, Additional> = [I] extends [never]
  ? Included
  : Element<NonNullable<Included>> extends infer Each
    ? [Extract<Each, { type: RelatedTypes<D, I> }>] extends [never]
      ? NarrowResource<Each, Fields, Additional>[]
      : NarrowResource<Extract<Each, { type: RelatedTypes<D, I> }>, Fields, Additional>[]
    : Included;

/** The response document narrowed by `fields`, `additionalFields` and `include`. */
export type NarrowDocument<D, Fields, Include extends string, Additional> = [
  keyof Fields | Include,
] extends [never]
  ? D
  : D extends object
    ? {
        [K in keyof D]: K extends "data"
          ? NarrowData<D[K], Fields, Additional>
          : K extends "included"
            ? NarrowIncluded<D[K], D, Include, Fields, Additional>
            : D[K];
      }
    : D;
