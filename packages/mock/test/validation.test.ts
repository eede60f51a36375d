import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.js";
import { call, eventBody, profileBody, start, type Call } from "./helpers.js";

interface Case {
  name: string;
  given: Call;
  want: { status: number; code?: string; pointer?: string; parameter?: string };
}

const clientProfile = {
  data: { type: "profile", attributes: { email: "browser@example.com" } },
};

const cases: Case[] = [
  {
    name: "no Authorization",
    given: { path: "/api/profiles", headers: { authorization: undefined } },
    want: { status: 401, code: "not_authenticated" },
  },
  {
    name: "unknown auth scheme",
    given: { path: "/api/profiles", headers: { authorization: "Basic abc" } },
    want: { status: 401, code: "authentication_failed" },
  },
  {
    name: "key without pk_ prefix",
    given: { path: "/api/profiles", headers: { authorization: "Klaviyo-API-Key sk_123" } },
    want: { status: 401, code: "authentication_failed" },
  },
  {
    name: "OAuth bearer token",
    given: { path: "/api/profiles", headers: { authorization: "Bearer token-123" } },
    want: { status: 200 },
  },
  {
    name: "missing revision",
    given: { path: "/api/profiles", headers: { revision: undefined } },
    want: { status: 400, parameter: "revision" },
  },
  {
    name: "other revision",
    given: { path: "/api/profiles", headers: { revision: "2024-10-15" } },
    want: { status: 400, parameter: "revision" },
  },
  {
    name: "malformed revision",
    given: { path: "/api/profiles", headers: { revision: "latest" } },
    want: { status: 400, parameter: "revision" },
  },
  {
    name: "beta revision of the served one",
    given: { path: "/api/profiles", headers: { revision: "2026-04-15.pre" } },
    want: { status: 200 },
  },
  {
    name: "unknown path",
    given: { path: "/api/nothing-here" },
    want: { status: 404, code: "not_found" },
  },
  {
    name: "path id in its enum (get_mapped_metric)",
    given: { path: "/api/mapped-metrics/revenue" },
    want: { status: 200 },
  },
  {
    name: "path id outside its enum (get_mapped_metric)",
    given: { path: "/api/mapped-metrics/placed_order" },
    want: { status: 400, parameter: "id" },
  },
  {
    name: "event time on a day that does not exist",
    given: {
      method: "POST",
      path: "/api/events",
      body: eventBody("Viewed", "e@x.com", { time: "2024-02-30T10:00:00Z" }),
    },
    want: { status: 400, pointer: "/data/attributes/time" },
  },
  {
    name: "wrong method",
    given: { method: "PUT", path: "/api/profiles" },
    want: { status: 405, code: "method_not_allowed" },
  },
  { name: "trailing slash", given: { path: "/api/profiles/" }, want: { status: 200 } },
  {
    name: "unknown sparse field",
    given: { path: "/api/profiles?fields[profile]=email,shoe_size" },
    want: { status: 400, parameter: "fields[profile]" },
  },
  {
    name: "sparse fields of an unknown type",
    given: { path: "/api/profiles?fields[shoe]=size" },
    want: { status: 400, parameter: "fields[shoe]" },
  },
  {
    name: "unknown query parameter",
    given: { path: "/api/profiles?colour=red" },
    want: { status: 400, parameter: "colour" },
  },
  {
    name: "unknown include",
    given: { path: "/api/profiles?include=lists" },
    want: { status: 400, parameter: "include" },
  },
  {
    name: "valid include",
    given: { path: "/api/profiles?include=push-tokens" },
    want: { status: 200 },
  },
  {
    name: "unknown sort",
    given: { path: "/api/profiles?sort=shoe_size" },
    want: { status: 400, parameter: "sort" },
  },
  {
    name: "page[size] below 1",
    given: { path: "/api/profiles?page[size]=0" },
    want: { status: 400, parameter: "page[size]" },
  },
  {
    name: "page[size] above 100",
    given: { path: "/api/profiles?page[size]=101" },
    want: { status: 400, parameter: "page[size]" },
  },
  {
    name: "page[size] not a number",
    given: { path: "/api/profiles?page[size]=ten" },
    want: { status: 400, parameter: "page[size]" },
  },
  {
    name: "bad cursor",
    given: { path: "/api/profiles?page[cursor]=nonsense" },
    want: { status: 400, parameter: "page[cursor]" },
  },
  {
    name: "cursor that is not base64 at all",
    given: { path: "/api/profiles?page[cursor]=%21%21%21" },
    want: { status: 400, parameter: "page[cursor]" },
  },
  {
    name: "cursor with a negative offset",
    given: { path: `/api/profiles?page[cursor]=${btoa("o:-1")}` },
    want: { status: 400, parameter: "page[cursor]" },
  },
  {
    name: "cursor with a fractional offset",
    given: { path: `/api/profiles?page[cursor]=${btoa("o:1.5")}` },
    want: { status: 400, parameter: "page[cursor]" },
  },
  {
    name: "filter on an unknown field",
    given: { path: "/api/profiles?filter=equals(shoe_size,'42')" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "filter operator not allowed",
    given: { path: "/api/profiles?filter=contains(email,'x')" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "filter value of the wrong type",
    given: { path: "/api/profiles?filter=greater-than(created,'yesterday')" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "filter string unquoted",
    given: { path: "/api/profiles?filter=equals(email,a@b.com)" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "filter syntax error",
    given: { path: "/api/profiles?filter=equals(email,'a'" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "valid compound filter",
    given: {
      path: "/api/profiles?filter=and(equals(email,'a@b.com'),greater-than(created,2024-01-01T00:00:00Z))",
    },
    want: { status: 200 },
  },
  {
    name: "value-less operator from the grammar's none group",
    given: { path: "/api/events?filter=has(profile)" },
    want: { status: 200 },
  },
  {
    name: "value given to a value-less operator",
    given: { path: "/api/events?filter=has(profile,'x')" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "enum filter value",
    given: { path: "/api/campaigns?filter=equals(messages.channel,'fax')" },
    want: { status: 400, parameter: "filter" },
  },
  {
    name: "body not JSON",
    given: { method: "POST", path: "/api/profiles", body: "{nope" },
    want: { status: 400, pointer: "/" },
  },
  {
    name: "body without data",
    given: { method: "POST", path: "/api/profiles", body: {} },
    want: { status: 400, pointer: "/data" },
  },
  {
    name: "body missing",
    given: {
      method: "POST",
      path: "/api/profiles",
      headers: { "content-type": "application/vnd.api+json" },
    },
    want: { status: 400, pointer: "/data" },
  },
  {
    name: "wrong resource type",
    given: {
      method: "POST",
      path: "/api/profiles",
      body: { data: { type: "list", attributes: {} } },
    },
    want: { status: 400, pointer: "/data/type" },
  },
  {
    name: "attribute of the wrong type",
    given: { method: "POST", path: "/api/profiles", body: profileBody(42 as unknown as string) },
    want: { status: 400, pointer: "/data/attributes/email" },
  },
  {
    name: "nested attribute of the wrong type",
    given: {
      method: "POST",
      path: "/api/profiles",
      body: profileBody("n@example.com", { location: { city: 12 } }),
    },
    want: { status: 400, pointer: "/data/attributes/location/city" },
  },
  {
    name: "missing required attribute",
    given: { method: "POST", path: "/api/lists", body: { data: { type: "list", attributes: {} } } },
    want: { status: 400, pointer: "/data/attributes/name" },
  },
  {
    name: "unknown profile id",
    given: { path: "/api/profiles/01NOPE0000000000000000000" },
    want: { status: 404, code: "not_found" },
  },
  {
    name: "client endpoint without company_id",
    given: {
      method: "POST",
      path: "/client/profiles",
      headers: { authorization: undefined },
      body: clientProfile,
    },
    want: { status: 400, parameter: "company_id" },
  },
  {
    name: "client endpoint with company_id, no Authorization",
    given: {
      method: "POST",
      path: "/client/profiles?company_id=ABC123",
      headers: { authorization: undefined },
      body: clientProfile,
    },
    want: { status: 202 },
  },
];

describe("request validation", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await start({ rateLimits: false });
  });
  afterAll(() => mock.close());

  it.each(cases)("$name -> $want.status", async ({ given, want }) => {
    const answer = await call(mock, given);
    expect(answer.status, JSON.stringify(answer.body)).toBe(want.status);
    if (want.status < 400) return;
    const [error] = answer.body.errors;
    expect(error).toMatchObject({
      status: want.status,
      id: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
    if (want.code) expect(error.code).toBe(want.code);
    if (want.pointer) expect(error.source).toEqual({ pointer: want.pointer });
    if (want.parameter) expect(error.source).toEqual({ parameter: want.parameter });
  });

  it("names the allowed methods on 405", async () => {
    const answer = await call(mock, { method: "PUT", path: "/api/profiles" });
    expect(answer.headers.get("allow")).toBe("GET, POST");
  });

  it("answers CORS preflights so a browser can call /client endpoints", async () => {
    const response = await fetch(`${mock.url}/client/subscriptions?company_id=ABC123`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, revision",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type, revision");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const answer = await call(mock, {
      method: "POST",
      path: "/client/profiles?company_id=ABC123",
      headers: { authorization: undefined, origin: "http://localhost:5173" },
      body: clientProfile,
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(answer.headers.get("access-control-expose-headers")).toContain("Retry-After");
  });
});
