import { notFound } from "../http/response.js";
import type { Attributes, StoredJob } from "../state/store.js";
import type { Handler, HandlerContext } from "./context.js";
import { generateResource, overlay, single, type Resource } from "./documents.js";

function jobResource(ctx: HandlerContext, job: StoredJob): Resource {
  const done =
    job.status === "complete"
      ? job.profiles.length
      : job.status === "processing"
        ? Math.floor(job.profiles.length / 2)
        : 0;
  return overlay(ctx, generateResource(ctx, "job", job.id), job.id, {
    status: job.status,
    created_at: job.created,
    total_count: job.profiles.length,
    completed_count: done,
    failed_count: 0,
    completed_at: job.completed ?? null,
    started_at: job.status === "queued" ? null : job.created,
  });
}

function profilesOf(ctx: HandlerContext): Attributes[] {
  const items: { attributes?: Attributes }[] = ctx.body.data.attributes.profiles.data;
  return items.map((item) => ({ ...(item.attributes ?? {}) }));
}

function listIdsOf(ctx: HandlerContext): string[] {
  const lists = ctx.body.data.relationships?.lists?.data ?? ctx.body.data.relationships?.list?.data;
  if (!lists) return [];
  return (Array.isArray(lists) ? lists : [lists]).map((item: { id: string }) => item.id);
}

export const bulkImportProfiles: Handler = (ctx) => {
  const job = ctx.store.createJob("profile-bulk-import-job", profilesOf(ctx), listIdsOf(ctx));
  return single(ctx, jobResource(ctx, job));
};

export const getBulkImportProfilesJob: Handler = (ctx) => {
  const job = ctx.store.jobs.get(ctx.pathParams.job_id ?? "");
  if (!job || job.kind !== "profile-bulk-import-job") {
    throw notFound(`A bulk import job with id ${ctx.pathParams.job_id} does not exist.`);
  }
  ctx.store.pollJob(job, ctx.state.jobPolls);
  return single(ctx, jobResource(ctx, job));
};

/**
 * The spec has no endpoint to poll a subscribe job, so it advances on later requests instead:
 * its subscriptions become visible a few requests after the 202, like Klaviyo's async processing.
 */
export const bulkSubscribeProfiles: Handler = (ctx) => {
  ctx.store.createJob("profile-subscription-bulk-create-job", profilesOf(ctx), listIdsOf(ctx));
  return { status: 202 };
};

export function advanceSubscriptionJobs(ctx: HandlerContext): void {
  for (const job of ctx.store.jobs.values()) {
    if (job.kind === "profile-subscription-bulk-create-job" && job.status !== "complete") {
      ctx.store.pollJob(job, ctx.state.jobPolls);
    }
  }
}
