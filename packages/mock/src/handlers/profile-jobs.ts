import type { Attributes, JobOutcome, Store } from "../state/store.js";
import type { Handler, HandlerContext } from "./context.js";
import { single } from "./documents.js";
import { jobResource, pollJob } from "./jobs.js";

const IMPORT_JOB = "profile-bulk-import-job";
const SUBSCRIBE_JOB = "profile-subscription-bulk-create-job";

function profilesOf(ctx: HandlerContext): Attributes[] {
  const items: { attributes?: Attributes }[] = ctx.body.data.attributes.profiles.data;
  return items.map((item) => ({ ...(item.attributes ?? {}) }));
}

function listIdsOf(ctx: HandlerContext): string[] {
  const lists = ctx.body.data.relationships?.lists?.data ?? ctx.body.data.relationships?.list?.data;
  if (!lists) return [];
  return (Array.isArray(lists) ? lists : [lists]).map((item: { id: string }) => item.id);
}

/** Creates a profile job whose profiles land in state, and in its lists, when it completes. */
function createProfileJob(ctx: HandlerContext, kind: string) {
  const profiles = profilesOf(ctx);
  const listIds = listIdsOf(ctx);
  const store: Store = ctx.store;
  const run = (): JobOutcome => {
    const ids: string[] = [];
    for (const attributes of profiles) {
      const profile = store.upsertProfile(attributes);
      ids.push(profile.id);
      for (const listId of listIds) {
        const list = store.lists.get(listId);
        if (list) store.joinList(list, profile.id);
      }
    }
    return { ids, errors: [] };
  };
  return ctx.store.createJob(kind, profiles.length, run);
}

export const bulkImportProfiles: Handler = (ctx) =>
  single(ctx, jobResource(ctx, createProfileJob(ctx, IMPORT_JOB)));

export const getBulkImportProfilesJob: Handler = (ctx) =>
  single(ctx, jobResource(ctx, pollJob(ctx, IMPORT_JOB)));

/**
 * The spec has no endpoint to poll a subscribe job, so it advances on later requests instead:
 * its subscriptions become visible a few requests after the 202, like Klaviyo's async processing.
 */
export const bulkSubscribeProfiles: Handler = (ctx) => {
  createProfileJob(ctx, SUBSCRIBE_JOB);
  return { status: 202 };
};

export function advanceSubscriptionJobs(ctx: HandlerContext): void {
  for (const job of ctx.store.jobs.values()) {
    if (job.kind === SUBSCRIBE_JOB && job.status !== "complete") {
      ctx.store.pollJob(job, ctx.state.jobPolls);
    }
  }
}
