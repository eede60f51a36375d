/**
 * Requests on which the mock's verdict is compared with Prism's (prism-agreement.test.ts), each
 * with the verdict the 2026-04-15 spec calls for and the class of rule it exercises. Bounds, enums
 * and required fields are written out by hand from the spec, not read from it, so that a case
 * states what the author expects rather than what the validator under test already believes.
 */
import { eventBody } from "./helpers.js";

export type Rule =
  | "page size"
  | "fields"
  | "additional-fields"
  | "include"
  | "sort"
  | "path id"
  | "body type"
  | "body required"
  | "body enum"
  | "body nullable"
  | "body format"
  | "body shape";

export interface Case {
  name: string;
  method: "GET" | "POST" | "PATCH";
  /** Path and query string as a client sends it (encoded). */
  path: string;
  body?: unknown;
  valid: boolean;
  rule: Rule;
}

type Verdicts = Record<string, boolean>;

function query(path: string, name: string, rule: Rule, values: Verdicts): Case[] {
  return Object.entries(values).map(([value, valid]) => ({
    name: `GET ${path}?${name}=${value}`,
    method: "GET",
    path: `${path}?${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    valid,
    rule,
  }));
}

function bodies(
  method: "POST" | "PATCH",
  path: string,
  entries: Record<string, [rule: Rule, valid: boolean, body: unknown]>,
): Case[] {
  return Object.entries(entries).map(([name, [rule, valid, body]]) => ({
    name: `${method} ${path}: ${name}`,
    method,
    path,
    body,
    valid,
    rule,
  }));
}

/** page[size]: both bounds and one value inside are valid; outside, a fraction and text are not. */
function pageSizes(path: string, max: number): Case[] {
  return query(path, "page[size]", "page size", {
    "1": true,
    [String(max)]: true,
    [String(Math.ceil(max / 2))]: true,
    "0": false,
    [String(max + 1)]: false,
    "-5": false,
    "2.5": false,
    abc: false,
  });
}

const resource = (type: string, attributes: Record<string, unknown>, extra = {}) => ({
  data: { type, attributes, ...extra },
});
const profile = (attributes: Record<string, unknown>) => resource("profile", attributes);
const list = (attributes: Record<string, unknown>) => resource("list", attributes);
const event = (attributes: Record<string, unknown>) =>
  eventBody("Viewed", "e@x.com", { properties: { plan: "pro" }, ...attributes });
const item = (attributes: Record<string, unknown>) =>
  resource("catalog-item", {
    external_id: "X-1",
    title: "Shirt",
    description: "Blue",
    url: "https://example.com/x",
    ...attributes,
  });
const pushToken = (attributes: Record<string, unknown>) =>
  resource("push-token", {
    token: "abc123",
    platform: "ios",
    vendor: "apns",
    profile: { data: { type: "profile", attributes: { email: "p@x.com" } } },
    ...attributes,
  });
const subscribeJob = (consent: string) =>
  resource("profile-subscription-bulk-create-job", {
    profiles: {
      data: [
        {
          type: "profile",
          attributes: {
            email: "s@x.com",
            subscriptions: { email: { marketing: { consent } } },
          },
        },
      ],
    },
  });

const MAPPED_METRICS = [
  "added_to_cart",
  "cancelled_sales",
  "ordered_product",
  "refunded_sales",
  "revenue",
  "started_checkout",
  "viewed_product",
];

export const corpus: Case[] = [
  ...pageSizes("/api/profiles", 100),
  ...pageSizes("/api/lists", 10),
  ...pageSizes("/api/events", 1000),
  ...pageSizes("/api/segments", 10),
  ...pageSizes("/api/catalog-items", 100),
  ...pageSizes("/api/tags", 50),
  ...pageSizes("/api/flows", 50),
  ...pageSizes("/api/templates", 10),
  ...pageSizes("/api/coupons", 100),

  ...query("/api/profiles", "fields[profile]", "fields", {
    email: true,
    "email,first_name": true,
    "location.city": true,
    shoe: false,
    "email,shoe": false,
    Email: false,
  }),
  ...query("/api/profiles", "fields[push-token]", "fields", { secret: false, created: true }),
  ...query("/api/lists", "fields[list]", "fields", {
    name: true,
    "name,created": true,
    members: false,
    "name,profile_count": false,
  }),
  ...query("/api/lists/Y6nRLr", "fields[list]", "fields", { profile_count: true, count: false }),
  ...query("/api/events", "fields[event]", "fields", {
    datetime: true,
    "uuid,timestamp": true,
    value: false,
  }),
  ...query("/api/events", "fields[metric]", "fields", { name: true, title: false }),
  ...query("/api/catalog-items", "fields[catalog-item]", "fields", {
    title: true,
    "title,price": true,
    colour: false,
  }),
  ...query("/api/metrics", "fields[metric]", "fields", {
    name: true,
    "name,integration": true,
    count: false,
  }),
  ...query("/api/tags", "fields[tag]", "fields", { name: true, colour: false }),
  ...query("/api/tags", "fields[tag-group]", "fields", { exclusive: true, tags: false }),
  ...query("/api/flows", "fields[flow]", "fields", {
    "status,trigger_type": true,
    "name,actions": false,
  }),
  ...query("/api/coupons", "fields[coupon]", "fields", {
    external_id: true,
    code: false,
  }),
  ...query("/api/segments/SEG123", "fields[segment]", "fields", {
    "is_active,name": true,
    size: false,
  }),

  ...query("/api/profiles", "additional-fields[profile]", "additional-fields", {
    subscriptions: true,
    predictive_analytics: true,
    "subscriptions,predictive_analytics": true,
    loyalty: false,
    "subscriptions,lists": false,
  }),
  ...query("/api/lists/Y6nRLr", "additional-fields[list]", "additional-fields", {
    profile_count: true,
    member_count: false,
  }),
  ...query("/api/segments/SEG123", "additional-fields[segment]", "additional-fields", {
    profile_count: true,
    definition: false,
  }),
  ...query("/api/templates", "additional-fields[template]", "additional-fields", {
    definition: true,
    html: false,
  }),

  ...query("/api/profiles", "include", "include", {
    "push-tokens": true,
    "conversation,push-tokens": true,
    lists: false,
  }),
  ...query("/api/profiles/01GDDKASAP8TKDDA2GRZDSVP4H", "include", "include", {
    lists: true,
    "lists,segments": true,
    events: false,
  }),
  ...query("/api/lists", "include", "include", {
    tags: true,
    "flow-triggers": true,
    profiles: false,
  }),
  ...query("/api/events", "include", "include", {
    metric: true,
    "profile,metric": true,
    "attributions,metric,profile": true,
    lists: false,
  }),
  ...query("/api/catalog-items", "include", "include", { variants: true, categories: false }),
  ...query("/api/tags", "include", "include", { "tag-group": true, campaigns: false }),
  ...query("/api/flows", "include", "include", { "flow-actions,tags": true, messages: false }),
  ...query("/api/metrics/ABC123", "include", "include", { "flow-triggers": true, events: false }),

  ...query("/api/profiles", "sort", "sort", {
    created: true,
    "-created": true,
    email: true,
    "-email": true,
    size: false,
    "+created": false,
    first_name: false,
  }),
  ...query("/api/lists", "sort", "sort", { name: true, "-updated": true, count: false }),
  ...query("/api/events", "sort", "sort", { datetime: true, "-timestamp": true, value: false }),
  ...query("/api/catalog-items", "sort", "sort", { created: true, "-created": true, title: false }),
  ...query("/api/tags", "sort", "sort", { "-name": true, created: false }),
  ...query("/api/flows", "sort", "sort", { trigger_type: true, "-status": true, "-size": false }),
  ...query("/api/templates", "sort", "sort", { "-updated": true, html: false }),

  ...MAPPED_METRICS.map((id) => ({
    name: `GET /api/mapped-metrics/${id}`,
    method: "GET" as const,
    path: `/api/mapped-metrics/${id}`,
    valid: true,
    rule: "path id" as const,
  })),
  ...["placed_order", "Revenue", "revenues", "x"].map((id) => ({
    name: `GET /api/mapped-metrics/${id}`,
    method: "GET" as const,
    path: `/api/mapped-metrics/${id}`,
    valid: false,
    rule: "path id" as const,
  })),
  ...[
    ["/api/mapped-metrics/revenue/metric", true],
    ["/api/mapped-metrics/viewed_product/relationships/custom-metric", true],
    ["/api/mapped-metrics/purchases/metric", false],
    ["/api/mapped-metrics/refund/relationships/custom-metric", false],
    ["/api/profiles/01GDDKASAP8TKDDA2GRZDSVP4H", true],
    ["/api/lists/Y6nRLr", true],
    ["/api/events/4vRpBT", true],
    [`/api/catalog-items/${encodeURIComponent("$custom:::$default:::SAMPLE-1")}`, true],
  ].map(([path, valid]) => ({
    name: `GET ${String(path)}`,
    method: "GET" as const,
    path: String(path),
    valid: Boolean(valid),
    rule: "path id" as const,
  })),

  ...bodies("POST", "/api/profiles", {
    "email only": ["body type", true, profile({ email: "a@x.com" })],
    "phone only": ["body type", true, profile({ phone_number: "+15005550006" })],
    "names and properties": [
      "body type",
      true,
      profile({ email: "b@x.com", first_name: "B", properties: { a: 1 } }),
    ],
    "location object": [
      "body type",
      true,
      profile({ email: "c@x.com", location: { city: "Boston", zip: "02110" } }),
    ],
    "latitude a number": [
      "body type",
      true,
      profile({ email: "g1@x.com", location: { latitude: 42.36 } }),
    ],
    "latitude a string": [
      "body type",
      true,
      profile({ email: "g@x.com", location: { latitude: "north" } }),
    ],
    "latitude an object": [
      "body type",
      false,
      profile({ email: "g2@x.com", location: { latitude: { deg: 42 } } }),
    ],
    "email a number": ["body type", false, profile({ email: 5 })],
    "first_name an object": [
      "body type",
      false,
      profile({ email: "e@x.com", first_name: { a: 1 } }),
    ],
    "location a string": ["body type", false, profile({ email: "f@x.com", location: "Boston" })],
    "properties an array": ["body type", false, profile({ email: "h@x.com", properties: [1] })],
    "first_name null": ["body nullable", true, profile({ email: "d@x.com", first_name: null })],
    "location null": ["body nullable", true, profile({ email: "d2@x.com", location: null })],
    "latitude null": [
      "body nullable",
      true,
      profile({ email: "d3@x.com", location: { latitude: null } }),
    ],
    "properties null": ["body nullable", true, profile({ email: "d4@x.com", properties: null })],
    "city null": ["body nullable", true, profile({ email: "d5@x.com", location: { city: null } })],
    "wrong type": ["body enum", false, resource("list", { email: "i@x.com" })],
    "no type": ["body required", false, { data: { attributes: { email: "j@x.com" } } }],
    "no data": ["body required", false, { email: "k@x.com" }],
    "no attributes": ["body required", false, { data: { type: "profile" } }],
    "data an array": ["body shape", false, { data: [profile({ email: "l@x.com" }).data] }],
    "attributes null": ["body shape", false, { data: { type: "profile", attributes: null } }],
    "data null": ["body shape", false, { data: null }],
    "an attribute the spec does not name": [
      "body shape",
      true,
      profile({ email: "m@x.com", shoe: 9 }),
    ],
    "a member beside data": ["body shape", true, { ...profile({ email: "n@x.com" }), meta: {} }],
  }),
  ...bodies("PATCH", "/api/profiles/01GDDKASAP8TKDDA2GRZDSVP4H", {
    "first name": [
      "body type",
      true,
      resource("profile", { first_name: "Ann" }, { id: "01GDDKASAP8TKDDA2GRZDSVP4H" }),
    ],
    "unset a property": [
      "body type",
      true,
      resource(
        "profile",
        {},
        { id: "01GDDKASAP8TKDDA2GRZDSVP4H", meta: { patch_properties: { unset: "plan" } } },
      ),
    ],
    "unset properties": [
      "body type",
      true,
      resource(
        "profile",
        {},
        { id: "01GDDKASAP8TKDDA2GRZDSVP4H", meta: { patch_properties: { unset: ["a", "b"] } } },
      ),
    ],
    "unset a number": [
      "body type",
      false,
      resource(
        "profile",
        {},
        { id: "01GDDKASAP8TKDDA2GRZDSVP4H", meta: { patch_properties: { unset: 3 } } },
      ),
    ],
    "title a number": [
      "body type",
      false,
      resource("profile", { title: 3 }, { id: "01GDDKASAP8TKDDA2GRZDSVP4H" }),
    ],
    "id missing": ["body required", false, resource("profile", { first_name: "Ann" })],
    "id a number": ["body type", false, resource("profile", { first_name: "Ann" }, { id: 7 })],
    "email null": [
      "body nullable",
      true,
      resource("profile", { email: null }, { id: "01GDDKASAP8TKDDA2GRZDSVP4H" }),
    ],
  }),
  ...bodies("POST", "/api/lists", {
    valid: ["body required", true, list({ name: "Newsletter" })],
    "with opt-in": [
      "body enum",
      true,
      list({ name: "Newsletter 2", opt_in_process: "double_opt_in" }),
    ],
    "single opt-in": [
      "body enum",
      true,
      list({ name: "Newsletter 3", opt_in_process: "single_opt_in" }),
    ],
    "opt-in null": ["body nullable", true, list({ name: "Newsletter 4", opt_in_process: null })],
    "name missing": ["body required", false, list({})],
    "name a number": ["body type", false, list({ name: 7 })],
    "name null": ["body nullable", false, list({ name: null })],
    "opt-in not in enum": ["body enum", false, list({ name: "N", opt_in_process: "triple" })],
    "opt-in in capitals": [
      "body enum",
      false,
      list({ name: "N", opt_in_process: "DOUBLE_OPT_IN" }),
    ],
    "wrong type": ["body enum", false, resource("segment", { name: "N" })],
    "an attribute the spec does not name": [
      "body shape",
      true,
      list({ name: "Newsletter 5", colour: "red" }),
    ],
  }),
  ...bodies("PATCH", "/api/lists/Y6nRLr", {
    rename: ["body type", true, resource("list", { name: "Renamed" }, { id: "Y6nRLr" })],
    "name null": ["body nullable", true, resource("list", { name: null }, { id: "Y6nRLr" })],
    "no attributes set": ["body required", true, resource("list", {}, { id: "Y6nRLr" })],
    "opt-in not in enum": [
      "body enum",
      false,
      resource("list", { opt_in_process: "none" }, { id: "Y6nRLr" }),
    ],
    "attributes missing": ["body required", false, { data: { type: "list", id: "Y6nRLr" } }],
    "name a list": ["body type", false, resource("list", { name: ["a"] }, { id: "Y6nRLr" })],
  }),
  ...bodies("POST", "/api/events", {
    valid: ["body required", true, event({})],
    "with value and time": [
      "body format",
      true,
      event({ value: 9.99, time: "2024-01-01T10:00:00Z" }),
    ],
    "time with an offset": ["body format", true, event({ time: "2024-01-01T10:00:00+02:00" })],
    "time with fractions": ["body format", true, event({ time: "2024-01-01T10:00:00.123Z" })],
    "time with a space": ["body format", true, event({ time: "2024-01-01 10:00:00Z" })],
    "time without a zone": ["body format", true, event({ time: "2024-01-01T10:00:00" })],
    "time on the 30th of February": ["body format", false, event({ time: "2024-02-30T10:00:00Z" })],
    "with unique_id": ["body type", true, event({ unique_id: "abc" })],
    "backfill true": ["body type", true, event({ backfill: true })],
    "value null": ["body nullable", true, event({ value: null })],
    "time null": ["body nullable", true, event({ time: null })],
    "value a string": ["body type", false, event({ value: "lots" })],
    "backfill a string": ["body type", false, event({ backfill: "yes" })],
    "properties null": ["body nullable", false, event({ properties: null })],
    "properties a string": ["body type", false, event({ properties: "plan=pro" })],
    "time not a date": ["body format", false, event({ time: "yesterday" })],
    "time a date with a bad month": ["body format", false, event({ time: "2024-13-01T10:00:00Z" })],
    "time a number": ["body type", false, event({ time: 1700000000 })],
    "properties missing": [
      "body required",
      false,
      resource("event", {
        metric: { data: { type: "metric", attributes: { name: "V" } } },
        profile: { data: { type: "profile", attributes: { email: "e@x.com" } } },
      }),
    ],
    "metric missing": [
      "body required",
      false,
      resource("event", {
        properties: {},
        profile: { data: { type: "profile", attributes: { email: "e@x.com" } } },
      }),
    ],
    "profile missing": [
      "body required",
      false,
      resource("event", {
        properties: {},
        metric: { data: { type: "metric", attributes: { name: "V" } } },
      }),
    ],
    "metric name missing": [
      "body required",
      false,
      event({ metric: { data: { type: "metric", attributes: {} } } }),
    ],
    "metric type wrong": [
      "body enum",
      false,
      event({ metric: { data: { type: "metrics", attributes: { name: "V" } } } }),
    ],
    "profile a string": ["body type", false, event({ profile: "e@x.com" })],
  }),
  ...bodies("POST", "/api/catalog-items", {
    valid: ["body required", true, item({})],
    "with price": ["body type", true, item({ price: 42 })],
    "with images": ["body type", true, item({ images: ["https://example.com/a.png"] })],
    "price null": ["body nullable", true, item({ price: null })],
    "published null": ["body nullable", true, item({ published: null })],
    "integration type custom": ["body enum", true, item({ integration_type: "$custom" })],
    "price a string": ["body type", false, item({ price: "42" })],
    "published a string": ["body type", false, item({ published: "yes" })],
    "images a string": ["body type", false, item({ images: "https://example.com/a.png" })],
    "images holding a number": ["body type", false, item({ images: [1] })],
    "integration type shopify": ["body enum", false, item({ integration_type: "$shopify" })],
    "title missing": [
      "body required",
      false,
      resource("catalog-item", { external_id: "X", description: "d", url: "u" }),
    ],
    "url missing": [
      "body required",
      false,
      resource("catalog-item", { external_id: "X", title: "t", description: "d" }),
    ],
    "image url a number": ["body type", false, item({ image_full_url: 3 })],
    "title null": ["body nullable", false, item({ title: null })],
    "images null": ["body nullable", true, item({ images: null })],
  }),
  ...bodies("POST", "/api/catalog-categories", {
    valid: [
      "body required",
      true,
      resource("catalog-category", { external_id: "C-1", name: "Shirts" }),
    ],
    "name missing": ["body required", false, resource("catalog-category", { external_id: "C-2" })],
    "integration type wrong": [
      "body enum",
      false,
      resource("catalog-category", { external_id: "C-3", name: "S", integration_type: "custom" }),
    ],
  }),
  ...bodies("POST", "/api/tags", {
    valid: ["body required", true, resource("tag", { name: "VIP" })],
    "name missing": ["body required", false, resource("tag", {})],
    "name a list": ["body type", false, resource("tag", { name: ["VIP"] })],
    "name null": ["body nullable", false, resource("tag", { name: null })],
  }),
  ...bodies("POST", "/api/tag-groups", {
    valid: ["body required", true, resource("tag-group", { name: "Tier" })],
    exclusive: ["body type", true, resource("tag-group", { name: "Tier 2", exclusive: true })],
    "exclusive null": [
      "body nullable",
      true,
      resource("tag-group", { name: "Tier 3", exclusive: null }),
    ],
    "exclusive a string": [
      "body type",
      false,
      resource("tag-group", { name: "T", exclusive: "no" }),
    ],
    "name missing": ["body required", false, resource("tag-group", { exclusive: false })],
  }),
  ...bodies("POST", "/api/coupons", {
    valid: ["body required", true, resource("coupon", { external_id: "SAVE10" })],
    "with description": [
      "body type",
      true,
      resource("coupon", { external_id: "SAVE20", description: "Twenty" }),
    ],
    "description null": [
      "body nullable",
      true,
      resource("coupon", { external_id: "SAVE30", description: null }),
    ],
    "external_id missing": ["body required", false, resource("coupon", { description: "x" })],
    "external_id a number": ["body type", false, resource("coupon", { external_id: 10 })],
    "external_id null": ["body nullable", false, resource("coupon", { external_id: null })],
  }),
  ...bodies("POST", "/api/push-tokens", {
    valid: ["body required", true, pushToken({})],
    android: ["body enum", true, pushToken({ platform: "android", vendor: "fcm" })],
    "with metadata": [
      "body enum",
      true,
      pushToken({
        device_metadata: { klaviyo_sdk: "swift", os_name: "ios", environment: "release" },
      }),
    ],
    "background null": ["body nullable", true, pushToken({ background: null })],
    "platform web": ["body enum", false, pushToken({ platform: "web" })],
    "vendor unknown": ["body enum", false, pushToken({ vendor: "expo" })],
    "enablement status unknown": ["body enum", false, pushToken({ enablement_status: "ON" })],
    "sdk unknown": ["body enum", false, pushToken({ device_metadata: { klaviyo_sdk: "cordova" } })],
    "token missing": [
      "body required",
      false,
      resource("push-token", {
        platform: "ios",
        vendor: "apns",
        profile: { data: { type: "profile", attributes: { email: "p@x.com" } } },
      }),
    ],
    "platform null": ["body nullable", false, pushToken({ platform: null })],
  }),
  ...bodies("POST", "/api/profile-subscription-bulk-create-jobs", {
    subscribed: ["body enum", true, subscribeJob("SUBSCRIBED")],
    "consent not in enum": ["body enum", false, subscribeJob("MAYBE")],
    "consent in lower case": ["body enum", false, subscribeJob("subscribed")],
  }),
];
