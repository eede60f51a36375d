import type { Attributes, StoredEvent, StoredMetric } from "../state/store.js";
import type { Handler, HandlerContext } from "./context.js";
import { generateResource, overlay, paginate, single, type Resource } from "./documents.js";
import { findProfile } from "./profiles.js";

/** create_event: identifies (or creates) the profile, creates the metric on first use; 202. */
export const createEvent: Handler = (ctx) => {
  const attributes = ctx.body.data.attributes;
  const profileData = attributes.profile.data;
  const profileAttributes: Attributes = { ...(profileData.attributes ?? {}) };
  const known = typeof profileData.id === "string" ? findProfile(ctx, profileData.id) : undefined;
  const profileId =
    known && "stored" in known
      ? known.stored.id
      : typeof profileData.id === "string" && known
        ? profileData.id
        : ctx.store.upsertProfile(profileAttributes).id;
  const metric = ctx.store.metricNamed(String(attributes.metric.data.attributes.name));
  const datetime =
    typeof attributes.time === "string"
      ? new Date(attributes.time).toISOString()
      : ctx.store.timestamp();
  ctx.store.addEvent({
    metricId: metric.id,
    profileId,
    datetime,
    properties: attributes.properties ?? {},
    ...(typeof attributes.value === "number" ? { value: attributes.value } : {}),
    uniqueId:
      typeof attributes.unique_id === "string" ? attributes.unique_id : `${profileId}:${datetime}`,
  });
  return { status: 202 };
};

function metricResource(ctx: HandlerContext, metric: StoredMetric): Resource {
  return overlay(ctx, generateResource(ctx, "metric", metric.id), metric.id, {
    name: metric.name,
    created: metric.created,
    updated: metric.created,
  });
}

function seeded(ctx: HandlerContext, kind: string, index: number): Resource {
  const resource = generateResource(ctx, kind, "seeded", index);
  return overlay(ctx, resource, String(resource.id));
}

export const getMetrics: Handler = (ctx) => {
  const stored = [...ctx.store.metrics.values()];
  return paginate(ctx, stored.length + ctx.state.collectionSize, (i) => {
    const metric = stored[i];
    return metric ? metricResource(ctx, metric) : seeded(ctx, "metric", i - stored.length);
  });
};

export const getMetric: Handler = (ctx) => {
  const metric = ctx.store.metrics.get(ctx.pathParams.id ?? "");
  return metric ? single(ctx, metricResource(ctx, metric)) : undefined;
};

function eventResource(ctx: HandlerContext, event: StoredEvent): Resource {
  const resource = overlay(ctx, generateResource(ctx, "event", event.id), event.id, {
    timestamp: Math.floor(Date.parse(event.datetime) / 1000),
    datetime: event.datetime,
    event_properties: event.properties,
    uuid: event.uniqueId,
  });
  const relationships = resource.relationships as
    Record<string, { data?: { id?: string } }> | undefined;
  if (relationships?.profile?.data) relationships.profile.data.id = event.profileId;
  if (relationships?.metric?.data) relationships.metric.data.id = event.metricId;
  return resource;
}

export const getEvents: Handler = (ctx) => {
  const stored = [...ctx.store.events.values()].reverse();
  return paginate(ctx, stored.length + ctx.state.collectionSize, (i) => {
    const event = stored[i];
    return event ? eventResource(ctx, event) : seeded(ctx, "event", i - stored.length);
  });
};

export const getEvent: Handler = (ctx) => {
  const event = ctx.store.events.get(ctx.pathParams.id ?? "");
  return event ? single(ctx, eventResource(ctx, event)) : undefined;
};
