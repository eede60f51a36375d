import type { MockResponse } from "../http/response.js";
import type { HandlerContext } from "./context.js";
import { deref } from "../schema/types.js";
import {
  generateDocument,
  generateResource,
  paginate,
  resourceSchema,
  type Resource,
} from "./documents.js";

/** Copies request attributes that keep the generated value's type, so POST/PATCH echo their input. */
function echoAttributes(resource: Resource, attributes: unknown): void {
  if (!resource.attributes || !attributes || typeof attributes !== "object") return;
  for (const [name, value] of Object.entries(attributes)) {
    const current = resource.attributes[name];
    if (
      current !== undefined &&
      current !== null &&
      typeof current === typeof value &&
      typeof value !== "object"
    ) {
      resource.attributes[name] = value;
    }
  }
}

/** The schema-driven answer for every operation without stateful behaviour. */
export function genericAnswer(ctx: HandlerContext): MockResponse {
  if (!ctx.prepared.successSchema) return { status: ctx.prepared.successStatus };
  if (ctx.operation.paginated) {
    return paginate(ctx, ctx.state.collectionSize, (i) => generateResource(ctx, "seeded", i));
  }
  const document = generateDocument(ctx, JSON.stringify(ctx.pathParams));
  const data = document.data as Resource | undefined;
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const id = ctx.pathParams.id;
    const idSchema = resourceSchema(ctx).properties?.id;
    // Some ids are enums (mapped metrics are keyed by kind): those keep their generated value.
    const freeId = idSchema !== undefined && !deref(idSchema, ctx.resolve).enum;
    if (id !== undefined && freeId && typeof data.id === "string") data.id = id;
    echoAttributes(data, ctx.body?.data?.attributes);
  }
  return { status: ctx.prepared.successStatus, body: document };
}
