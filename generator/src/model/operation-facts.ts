import {
  resolveParameter,
  type OpenApiDocument,
  type OperationObject,
} from "@klaviyo-ts/spec-model";

/**
 * What core's `OperationFacts` says of an operation, read from the spec: generated operation types
 * state it instead of TypeScript reading it from the operation at each use, and the revision
 * package's type tests hold the two readings to one answer.
 */
export interface OperationFacts {
  /** the params a call must pass (requiredParams) */
  readonly requiredParams: readonly string[];
  /** the resource types of its sparse fieldsets: "profile" for `fields[profile]` */
  readonly fieldsets: readonly string[];
  /** the same of its additional fields: "profile" for `additional-fields[profile]` */
  readonly additionalFieldsets: readonly string[];
  /** every param but the sparse fieldsets, grouped as a call passes them (core's `ParamsBesideFields`) */
  readonly params: ParamsShape;
}

/** A parameter as the params object holds it: its name there, and its spec name and location. */
export interface ParamFact {
  /** its key in the params object (`size` for `page[size]`) */
  readonly key: string;
  /** its name in the spec (`page[size]`) */
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
}

/**
 * The params object of a call, beside its sparse fieldsets: path and plain query params (and
 * `filter`) at the top, `page[...]` under `page`, headers but `revision` under `headers`, and the
 * request body.
 */
export interface ParamsShape {
  readonly top: readonly ParamFact[];
  readonly page: readonly ParamFact[];
  readonly headers: readonly ParamFact[];
  /** the request body's content types, and whether it is required */
  readonly body?: { readonly contentTypes: readonly string[]; readonly required: boolean };
}

export function operationFacts(
  document: OpenApiDocument,
  operation: OperationObject,
): OperationFacts {
  const query = (operation.parameters ?? []).flatMap((raw) => {
    const parameter = resolveParameter(document, raw);
    return parameter?.in === "query" ? [parameter.name] : [];
  });
  const bracketed = (prefix: string) =>
    query
      .flatMap((name) => {
        const match = /^([a-z-]+)\[(.+)\]$/.exec(name);
        return match?.[1] === prefix && match[2] ? [match[2]] : [];
      })
      .sort();
  const params = paramsShape(document, operation);
  return {
    requiredParams: requiredParams(params),
    fieldsets: bracketed("fields"),
    additionalFieldsets: bracketed("additional-fields"),
    params,
  };
}

/** The params object as core's `ParamsBesideFields` builds it from openapi-typescript's types. */
export function paramsShape(document: OpenApiDocument, operation: OperationObject): ParamsShape {
  const top: ParamFact[] = [];
  const page: ParamFact[] = [];
  const headers: ParamFact[] = [];
  for (const raw of operation.parameters ?? []) {
    const parameter = resolveParameter(document, raw);
    if (!parameter) continue;
    const fact = (key: string): ParamFact => ({
      key,
      name: parameter.name,
      in: parameter.in as ParamFact["in"],
      required: parameter.required === true,
    });
    const paged = /^page\[(.+)\]$/.exec(parameter.name);
    if (parameter.in === "path") top.push(fact(parameter.name));
    else if (parameter.in === "header") {
      if (parameter.name.toLowerCase() !== "revision") headers.push(fact(parameter.name));
    } else if (parameter.in === "query") {
      if (paged?.[1]) page.push(fact(paged[1]));
      else if (
        !/^(fields|additional-fields)\[/.test(parameter.name) &&
        parameter.name !== "company_id"
      )
        top.push(fact(parameter.name));
    }
  }
  const content = operation.requestBody?.content;
  return {
    top,
    page,
    headers,
    ...(content
      ? {
          body: {
            contentTypes: Object.keys(content),
            required: operation.requestBody?.required === true,
          },
        }
      : {}),
  };
}

/**
 * The params a call of the operation must pass, named as core's `RequiredParams` names them in
 * the params object (read from the same grouping as the params themselves, paramsShape, which it is given): a
 * required path or query parameter by its name, `page` when a `page[...]` is required, `headers`
 * when a header besides `revision` is, `body` when the request body is; the sparse fieldsets and
 * `company_id` (set by the client) never are.
 */
export function requiredParams({ top, page, headers, body }: ParamsShape): string[] {
  const required = (params: readonly ParamFact[]) => params.some((param) => param.required);
  const names = new Set([
    ...top.filter((param) => param.required).map((param) => param.key),
    ...(required(page) ? ["page"] : []),
    ...(required(headers) ? ["headers"] : []),
    ...(body?.required ? ["body"] : []),
  ]);
  return [...names].sort();
}
