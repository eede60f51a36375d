import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.js";
import { call, eventBody, profileBody, start, type Answer } from "./helpers.js";
import { loadSpec, responseSchema } from "./spec.js";
import { responseChecker } from "./spec-ajv.js";

const { spec } = loadSpec();
const checkResponse = responseChecker(spec);

/** Asserts a stateful answer still matches the spec's schema for that operation and status. */
function expectValid(answer: Answer, path: string, method: string): void {
  const schema = responseSchema(spec.paths[path]?.[method], String(answer.status));
  expect(schema, `${method} ${path} ${answer.status}`).toBeDefined();
  expect(checkResponse(path, method, answer.status, answer.body)).toBeUndefined();
}

const ids = (answer: Answer): string[] => answer.body.data.map((item: { id: string }) => item.id);

describe("stateful flow", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await start({ rateLimits: false, state: { profiles: 50, jobPolls: 2 } });
  });
  afterAll(() => mock.close());

  let profileId: string;
  let listId: string;

  it("creates a profile and reads it back", async () => {
    const created = await call(mock, {
      method: "POST",
      path: "/api/profiles",
      body: profileBody("ada@example.com", { first_name: "Ada", properties: { plan: "pro" } }),
    });
    expect(created.status).toBe(201);
    expectValid(created, "/api/profiles", "post");
    profileId = created.body.data.id;
    expect(created.body.data.attributes).toMatchObject({
      email: "ada@example.com",
      first_name: "Ada",
      properties: { plan: "pro" },
    });
    const read = await call(mock, { path: `/api/profiles/${profileId}` });
    expect(read.status).toBe(200);
    expectValid(read, "/api/profiles/{id}", "get");
    expect(read.body.data.attributes).toMatchObject({
      email: "ada@example.com",
      first_name: "Ada",
    });
  });

  it("rejects a duplicate email with 409 and the existing id, like Klaviyo", async () => {
    const duplicate = await call(mock, {
      method: "POST",
      path: "/api/profiles",
      body: profileBody("ADA@example.com"),
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0]).toMatchObject({
      code: "duplicate_profile",
      meta: { duplicate_profile_id: profileId },
    });
    const seeded = await call(mock, {
      method: "POST",
      path: "/api/profiles",
      body: profileBody("seeded-7@example.com"),
    });
    expect(seeded.body.errors[0].meta.duplicate_profile_id).toBe("01VP0000000000000000000007");
  });

  it("lists profiles filtered by email", async () => {
    const found = await call(mock, {
      path: "/api/profiles?filter=equals(email,'ada@example.com')",
    });
    expect(ids(found)).toEqual([profileId]);
    expectValid(found, "/api/profiles", "get");
    const none = await call(mock, {
      path: "/api/profiles?filter=equals(email,'nobody@example.com')",
    });
    expect(ids(none)).toEqual([]);
    const all = await call(mock, { path: "/api/profiles?page[size]=100" });
    expect(ids(all)).toHaveLength(51);
    expect(ids(all)[0]).toBe(profileId);
  });

  it("updates a profile", async () => {
    const updated = await call(mock, {
      method: "PATCH",
      path: `/api/profiles/${profileId}`,
      body: { data: { type: "profile", id: profileId, attributes: { last_name: "Lovelace" } } },
    });
    expect(updated.status).toBe(200);
    expectValid(updated, "/api/profiles/{id}", "patch");
    const read = await call(mock, { path: `/api/profiles/${profileId}` });
    expect(read.body.data.attributes).toMatchObject({ first_name: "Ada", last_name: "Lovelace" });
    const mismatch = await call(mock, {
      method: "PATCH",
      path: `/api/profiles/${profileId}`,
      body: { data: { type: "profile", id: "someone-else", attributes: {} } },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].source).toEqual({ pointer: "/data/id" });
  });

  it("manages list membership", async () => {
    const list = await call(mock, {
      method: "POST",
      path: "/api/lists",
      body: { data: { type: "list", attributes: { name: "Newsletter" } } },
    });
    expect(list.status).toBe(201);
    expectValid(list, "/api/lists", "post");
    listId = list.body.data.id;
    expect(list.body.data.attributes.name).toBe("Newsletter");
    const members = {
      data: [
        { type: "profile", id: profileId },
        { type: "profile", id: "01VP0000000000000000000003" },
      ],
    };
    const added = await call(mock, {
      method: "POST",
      path: `/api/lists/${listId}/relationships/profiles`,
      body: members,
    });
    expect(added.status).toBe(204);
    const inList = await call(mock, { path: `/api/lists/${listId}/profiles` });
    expect(ids(inList)).toEqual([profileId, "01VP0000000000000000000003"]);
    expectValid(inList, "/api/lists/{id}/profiles", "get");
    const removed = await call(mock, {
      method: "DELETE",
      path: `/api/lists/${listId}/relationships/profiles`,
      body: { data: [{ type: "profile", id: "01VP0000000000000000000003" }] },
    });
    expect(removed.status).toBe(204);
    expect(ids(await call(mock, { path: `/api/lists/${listId}/relationships/profiles` }))).toEqual([
      profileId,
    ]);
    const unknown = await call(mock, {
      method: "POST",
      path: `/api/lists/${listId}/relationships/profiles`,
      body: {
        data: [
          { type: "profile", id: profileId },
          { type: "profile", id: "01UNKNOWN" },
        ],
      },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].source).toEqual({ pointer: "/data/1/id" });
    const lists = await call(mock, { path: "/api/lists" });
    expect(lists.body.data[0]).toMatchObject({ id: listId, attributes: { name: "Newsletter" } });
  });

  it("tracks an event: 202, the metric appears, the profile is identified", async () => {
    const tracked = await call(mock, {
      method: "POST",
      path: "/api/events",
      body: eventBody("Placed Order", "grace@example.com", { properties: { value: 42 } }),
    });
    expect(tracked.status).toBe(202);
    expect(tracked.body).toBeUndefined();
    const metrics = await call(mock, { path: "/api/metrics" });
    expect(metrics.body.data[0].attributes.name).toBe("Placed Order");
    expectValid(metrics, "/api/metrics", "get");
    const grace = await call(mock, {
      path: "/api/profiles?filter=equals(email,'grace@example.com')",
    });
    expect(ids(grace)).toHaveLength(1);
    const events = await call(mock, { path: "/api/events" });
    expect(events.body.data[0].attributes.event_properties).toEqual({ value: 42 });
    expect(events.body.data[0].relationships.profile.data.id).toBe(ids(grace)[0]);
    expect(events.body.data[0].relationships.metric.data.id).toBe(metrics.body.data[0].id);
    expectValid(events, "/api/events", "get");
  });

  it("runs a bulk import job that advances across polls", async () => {
    const started = await call(mock, {
      method: "POST",
      path: "/api/profile-bulk-import-jobs",
      body: {
        data: {
          type: "profile-bulk-import-job",
          attributes: {
            profiles: {
              data: [
                { type: "profile", attributes: { email: "bulk-1@example.com" } },
                { type: "profile", attributes: { email: "bulk-2@example.com" } },
              ],
            },
          },
          relationships: { lists: { data: [{ type: "list", id: listId }] } },
        },
      },
    });
    expect(started.status).toBe(202);
    expectValid(started, "/api/profile-bulk-import-jobs", "post");
    expect(started.body.data.attributes).toMatchObject({
      status: "queued",
      total_count: 2,
      completed_count: 0,
    });
    const jobPath = `/api/profile-bulk-import-jobs/${started.body.data.id}`;
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const poll = await call(mock, { path: jobPath });
      expectValid(poll, "/api/profile-bulk-import-jobs/{job_id}", "get");
      statuses.push(poll.body.data.attributes.status);
    }
    expect(statuses).toEqual(["processing", "complete", "complete"]);
    const members = await call(mock, { path: `/api/lists/${listId}/profiles` });
    expect(members.body.data.map((p: any) => p.attributes.email)).toEqual([
      "ada@example.com",
      "bulk-1@example.com",
      "bulk-2@example.com",
    ]);
  });

  it("applies a bulk subscribe job a couple of requests after the 202", async () => {
    const subscribed = await call(mock, {
      method: "POST",
      path: "/api/profile-subscription-bulk-create-jobs",
      body: {
        data: {
          type: "profile-subscription-bulk-create-job",
          attributes: {
            profiles: {
              data: [
                {
                  type: "profile",
                  attributes: {
                    email: "sub@example.com",
                    subscriptions: { email: { marketing: { consent: "SUBSCRIBED" } } },
                  },
                },
              ],
            },
          },
          relationships: { list: { data: { type: "list", id: listId } } },
        },
      },
    });
    expect(subscribed.status).toBe(202);
    const lookup = "/api/profiles?filter=equals(email,'sub@example.com')";
    expect(ids(await call(mock, { path: lookup }))).toHaveLength(0);
    expect(ids(await call(mock, { path: lookup }))).toHaveLength(1);
    const members = await call(mock, { path: `/api/lists/${listId}/profiles` });
    expect(members.body.data.at(-1).attributes.email).toBe("sub@example.com");
  });

  it("keeps catalog bulk job documents valid while they run, fail and include", async () => {
    const item = (externalId: string) => ({
      type: "catalog-item",
      attributes: {
        external_id: externalId,
        title: externalId,
        description: "",
        url: `https://example.com/${externalId}`,
      },
    });
    const started = await call(mock, {
      method: "POST",
      path: "/api/catalog-item-bulk-create-jobs",
      body: {
        data: {
          type: "catalog-item-bulk-create-job",
          attributes: { items: { data: [item("RAW-1"), item("RAW-1")] } },
        },
      },
    });
    expect(started.status).toBe(202);
    expectValid(started, "/api/catalog-item-bulk-create-jobs", "post");
    const jobPath = `/api/catalog-item-bulk-create-jobs/${started.body.data.id}?include=items`;
    const polls: Answer[] = [];
    for (let i = 0; i < 2; i++) polls.push(await call(mock, { path: jobPath }));
    for (const poll of polls)
      expectValid(poll, "/api/catalog-item-bulk-create-jobs/{job_id}", "get");
    const done = polls[1] as Answer;
    expect(done.body.data.attributes).toMatchObject({
      status: "complete",
      total_count: 2,
      completed_count: 1,
      failed_count: 1,
    });
    expect(done.body.data.attributes.errors).toMatchObject([
      {
        code: "conflict",
        source: { pointer: "/data/attributes/items/data/1/attributes/external_id" },
      },
    ]);
    expect(done.body.data.relationships.items.data).toEqual([
      { type: "catalog-item", id: "$custom:::$default:::RAW-1" },
    ]);
    expect(done.body.included.map((r: { id: string }) => r.id)).toEqual([
      "$custom:::$default:::RAW-1",
    ]);
    const listed = await call(mock, {
      path: "/api/catalog-item-bulk-create-jobs?filter=equals(status,'complete')",
    });
    expectValid(listed, "/api/catalog-item-bulk-create-jobs", "get");
    expect(ids(listed)).toEqual([started.body.data.id]);
  });

  it("answers 404 for resources that do not exist", async () => {
    expect((await call(mock, { path: "/api/profile-bulk-import-jobs/nope" })).status).toBe(404);
    expect((await call(mock, { path: "/api/lists/nope/profiles" })).status).toBe(404);
    expect((await call(mock, { method: "DELETE", path: "/api/lists/nope" })).status).toBe(404);
  });
});
