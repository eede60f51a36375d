import { errorTitle, notFound, type MockApiError, type MockResponse } from "../http/response.js";
import { matchesFilter } from "../request/filter-match.js";
import type { JobError, StoredJob } from "../state/store.js";
import type { HandlerContext } from "./context.js";
import { generateResource, overlay, paginate, type Resource } from "./documents.js";

/**
 * A job's attributes as Klaviyo reports them: half its operations are done while it is
 * processing, and once complete every operation is counted as completed or failed.
 */
function jobAttributes(job: StoredJob): Record<string, unknown> {
  const failed = job.outcome?.errors.length ?? 0;
  const done =
    job.status === "complete"
      ? job.total - failed
      : job.status === "processing"
        ? Math.floor(job.total / 2)
        : 0;
  return {
    status: job.status,
    created_at: job.created,
    total_count: job.total,
    completed_count: done,
    failed_count: failed,
    completed_at: job.completed ?? null,
    started_at: job.status === "queued" ? null : job.created,
    errors: job.outcome?.errors ?? [],
    // Klaviyo's documentation does not say when a job expires; the mock keeps jobs for good.
    expires_at: null,
  };
}

/**
 * A job resource in the operation's shape; `relationship` (a catalog job's `items`, `variants` or
 * `categories`) links the resources the job touched once it is complete.
 */
export function jobResource(ctx: HandlerContext, job: StoredJob, relationship?: string): Resource {
  const resource = overlay(ctx, generateResource(ctx, "job", job.id), job.id, jobAttributes(job));
  const relationships = resource.relationships as Record<string, { data?: unknown }> | undefined;
  const target = relationship ? relationships?.[relationship] : undefined;
  if (target) target.data = (job.outcome?.ids ?? []).map((id) => ({ type: typeOf(job), id }));
  return resource;
}

/** The type of the resources a catalog job touches: `catalog-item` for `catalog-item-bulk-...`. */
function typeOf(job: StoredJob): string {
  return job.kind.replace(/-bulk-.*$/, "");
}

/** Answers a poll of the `kind` job named in the path, moving it one step towards complete. */
export function pollJob(ctx: HandlerContext, kind: string): StoredJob {
  const job = ctx.store.jobs.get(ctx.pathParams.job_id ?? "");
  if (!job || job.kind !== kind) {
    throw notFound(`A ${kind} with id ${ctx.pathParams.job_id} does not exist.`);
  }
  ctx.store.pollJob(job, ctx.state.jobPolls);
  return job;
}

/** The stored jobs of `kind`, oldest first, with the operation's filter (`equals(status,...)`). */
export function listJobs(ctx: HandlerContext, kind: string, relationship?: string): MockResponse {
  const filter = ctx.query.filter;
  const jobs = [...ctx.store.jobs.values()].filter(
    (job) => job.kind === kind && (!filter || matchesFilter(filter, (f) => jobAttributes(job)[f])),
  );
  return paginate(ctx, jobs.length, (i) => jobResource(ctx, jobs[i] as StoredJob, relationship));
}

/**
 * One failed operation of a job, from the error the single-resource operation would have
 * answered; its pointer is moved under the operation's place in the job's body (`pointerBase`,
 * e.g. `/data/attributes/items/data/2`).
 */
export function jobError(ctx: HandlerContext, error: MockApiError, pointerBase: string): JobError {
  const { spec } = error;
  const pointer = spec.source?.pointer?.replace(/^\/data/, pointerBase) ?? `${pointerBase}/id`;
  return {
    id: ctx.store.newId("job-error"),
    code: spec.code,
    title: spec.title ?? errorTitle(spec.status),
    detail: spec.detail,
    source: { pointer },
  };
}
