import { MockApiError } from "../http/response.js";
import { mergeAllOf } from "../schema/generate.js";
import type { JobOutcome, StoredJob } from "../state/store.js";
import type { Handler, HandlerContext } from "./context.js";
import { jobError, jobResource, listJobs, pollJob } from "./jobs.js";
import { single } from "./documents.js";
import {
  createResource,
  deleteResource,
  render,
  storedResource,
  updateResource,
  type ResourceInput,
} from "./resources.js";

/** What a catalog job works on: the collection, and the body attribute (and relationship) naming it. */
const RESOURCES: Readonly<Record<string, { seg: string; attribute: string }>> = {
  item: { seg: "catalog-items", attribute: "items" },
  variant: { seg: "catalog-variants", attribute: "variants" },
  category: { seg: "catalog-categories", attribute: "categories" },
};

type Action = "create" | "update" | "delete";

interface CatalogJobRoute {
  kind: string;
  seg: string;
  attribute: string;
  action: Action;
  one: boolean;
}

function routeOf(path: string): CatalogJobRoute | undefined {
  const match =
    /^\/api\/catalog-(item|variant|category)-bulk-(create|update|delete)-jobs(\/\{job_id\})?\/?$/.exec(
      path,
    );
  if (!match) return undefined;
  const [, resource, action, one] = match as unknown as [string, string, Action, string?];
  const { seg, attribute } = RESOURCES[resource] as { seg: string; attribute: string };
  return { kind: `catalog-${resource}-bulk-${action}-job`, seg, attribute, action, one: !!one };
}

/**
 * Runs each operation the way the single-resource endpoint would, so a failure (a duplicate
 * external_id's 409, a missing id's 404) becomes the job's error for that operation and the
 * others still apply: Klaviyo reports failed operations in `failed_count` and `errors`
 * (https://developers.klaviyo.com/en/reference/get_bulk_create_catalog_items_job).
 */
function runOperations(
  ctx: HandlerContext,
  route: CatalogJobRoute,
  inputs: readonly ResourceInput[],
): JobOutcome {
  const outcome: JobOutcome = { ids: [], errors: [] };
  inputs.forEach((input, i) => {
    try {
      const id = input.id ?? "";
      if (route.action === "create") outcome.ids.push(createResource(ctx, route.seg, input).id);
      else if (route.action === "update") {
        outcome.ids.push(updateResource(ctx, route.seg, id, input).id);
      } else {
        deleteResource(ctx, route.seg, id);
        outcome.ids.push(id);
      }
    } catch (error) {
      if (!(error instanceof MockApiError)) throw error;
      outcome.errors.push(jobError(ctx, error, `/data/attributes/${route.attribute}/data/${i}`));
    }
  });
  return outcome;
}

/** The job's resources for `include`, in the shape of the document's `included` items. */
function included(ctx: HandlerContext, route: CatalogJobRoute, job: StoredJob): unknown[] {
  const document = mergeAllOf(ctx.prepared.successSchema ?? {}, ctx.resolve);
  const schema = mergeAllOf(document.properties?.included ?? {}, ctx.resolve).items ?? {};
  return (job.outcome?.ids ?? []).flatMap((id) => {
    const stored = storedResource(ctx, route.seg, id);
    return stored ? [render(ctx, stored, schema)] : [];
  });
}

/**
 * Catalog bulk create, update and delete jobs for items, variants and categories: the POST
 * queues a job (202), polls of the job advance it, and on completion its operations apply to the
 * same tables the single-resource operations use. Undefined for any other operation.
 */
export const catalogJobHandler: Handler = (ctx) => {
  const route = routeOf(ctx.operation.path);
  if (!route) return undefined;
  if (ctx.operation.method === "POST") {
    const inputs: ResourceInput[] = ctx.body.data.attributes[route.attribute].data;
    const job = ctx.store.createJob(route.kind, inputs.length, () =>
      runOperations(ctx, route, inputs),
    );
    return single(ctx, jobResource(ctx, job, route.attribute));
  }
  if (ctx.operation.method !== "GET") return undefined;
  if (!route.one) return listJobs(ctx, route.kind, route.attribute);
  const job = pollJob(ctx, route.kind);
  const answer = single(ctx, jobResource(ctx, job, route.attribute));
  if (ctx.query.include.includes(route.attribute)) {
    (answer.body as { included?: unknown }).included = included(ctx, route, job);
  }
  return answer;
};
