import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, locateSpecDir, type KlaviyoMock } from "../src/index.js";
import { API_KEY, REVISION } from "./helpers.js";

/**
 * The mock's verdict (valid or not) on a corpus of requests, against an independent one: Prism
 * (@stoplight/prism-cli) serving the same stable.json. Only what the OpenAPI document says is
 * compared: Klaviyo's filter grammar, required filters and state are the mock's alone.
 */
interface Case {
  name: string;
  method: "GET" | "POST" | "PATCH";
  path: string;
  body?: unknown;
}

const profile = (attributes: Record<string, unknown>) => ({
  data: { type: "profile", attributes },
});
const list = (attributes: Record<string, unknown>) => ({ data: { type: "list", attributes } });
const event = (attributes: Record<string, unknown>) => ({
  data: {
    type: "event",
    attributes: {
      properties: { plan: "pro" },
      metric: { data: { type: "metric", attributes: { name: "Viewed" } } },
      profile: { data: { type: "profile", attributes: { email: "e@x.com" } } },
      ...attributes,
    },
  },
});
const item = (attributes: Record<string, unknown>) => ({
  data: {
    type: "catalog-item",
    attributes: {
      external_id: "X-1",
      title: "Shirt",
      description: "Blue",
      url: "https://example.com/x",
      ...attributes,
    },
  },
});

function queries(path: string, params: Record<string, string[]>): Case[] {
  return Object.entries(params).flatMap(([name, values]) =>
    values.map((value) => ({
      name: `GET ${path}?${name}=${value}`,
      method: "GET" as const,
      path: `${path}?${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    })),
  );
}

const bodies = (method: "POST" | "PATCH", path: string, entries: Record<string, unknown>) =>
  Object.entries(entries).map(([name, body]) => ({
    name: `${method} ${path}: ${name}`,
    method,
    path,
    body,
  }));

const corpus: Case[] = [
  ...queries("/api/profiles", {
    "page[size]": ["1", "20", "100", "0", "101", "-5", "abc", "2.5"],
    "fields[profile]": ["email", "email,first_name", "location.city", "shoe", "email,shoe"],
    "additional-fields[profile]": ["subscriptions", "predictive_analytics", "loyalty"],
    include: ["push-tokens", "conversation,push-tokens", "lists"],
    sort: ["created", "-created", "email", "-email", "size", "+created"],
  }),
  ...queries("/api/lists", {
    "page[size]": ["1", "10", "11", "0"],
    "fields[list]": ["name", "name,created", "members"],
    sort: ["name", "-updated", "count"],
    include: ["tags", "flow-triggers", "profiles"],
  }),
  ...queries("/api/events", {
    "page[size]": ["1", "200", "1000", "1001"],
    "fields[event]": ["datetime", "uuid,timestamp", "value"],
    sort: ["datetime", "-timestamp", "value"],
    include: ["metric", "profile,metric", "lists"],
  }),
  ...queries("/api/catalog-items", {
    "page[size]": ["1", "100", "101"],
    "fields[catalog-item]": ["title", "title,price", "colour"],
    sort: ["created", "-created", "title"],
    include: ["variants", "categories"],
  }),
  ...queries("/api/metrics", {
    "fields[metric]": ["name", "name,integration", "count"],
  }),
  ...queries("/api/tags", {
    "fields[tag]": ["name", "colour"],
    include: ["tag-group", "campaigns"],
  }),
  ...bodies("POST", "/api/profiles", {
    "email only": profile({ email: "a@x.com" }),
    "phone only": profile({ phone_number: "+15005550006" }),
    "names and properties": profile({ email: "b@x.com", first_name: "B", properties: { a: 1 } }),
    "location object": profile({ email: "c@x.com", location: { city: "Boston", zip: "02110" } }),
    "nullable first_name null": profile({ email: "d@x.com", first_name: null }),
    "email a number": profile({ email: 5 }),
    "first_name an object": profile({ email: "e@x.com", first_name: { a: 1 } }),
    "location a string": profile({ email: "f@x.com", location: "Boston" }),
    "latitude a string": profile({ email: "g@x.com", location: { latitude: "north" } }),
    "properties an array": profile({ email: "h@x.com", properties: [1] }),
    "wrong type": { data: { type: "list", attributes: { email: "i@x.com" } } },
    "no type": { data: { attributes: { email: "j@x.com" } } },
    "no data": { email: "k@x.com" },
    "data an array": { data: [profile({ email: "l@x.com" }).data] },
    "no attributes": { data: { type: "profile" } },
    "attributes null": { data: { type: "profile", attributes: null } },
  }),
  ...bodies("POST", "/api/lists", {
    valid: list({ name: "Newsletter" }),
    "with opt-in": list({ name: "Newsletter", opt_in_process: "double_opt_in" }),
    "name missing": list({}),
    "name a number": list({ name: 7 }),
    "name null": list({ name: null }),
    "opt-in not in enum": list({ name: "N", opt_in_process: "triple" }),
    "wrong type": { data: { type: "segment", attributes: { name: "N" } } },
    // (A body that is not JSON is left out: Prism 5.16 never answers one.)
  }),
  ...bodies("POST", "/api/events", {
    valid: event({}),
    "with value and time": event({ value: 9.99, time: "2024-01-01T10:00:00Z" }),
    "with unique_id": event({ unique_id: "abc" }),
    "value a string": event({ value: "lots" }),
    "time not a date": event({ time: "yesterday" }),
    "properties missing": {
      data: {
        type: "event",
        attributes: {
          metric: { data: { type: "metric", attributes: { name: "V" } } },
          profile: { data: { type: "profile", attributes: { email: "e@x.com" } } },
        },
      },
    },
    "metric missing": {
      data: {
        type: "event",
        attributes: {
          properties: {},
          profile: { data: { type: "profile", attributes: { email: "e@x.com" } } },
        },
      },
    },
    "metric name missing": event({ metric: { data: { type: "metric", attributes: {} } } }),
    "profile a string": event({ profile: "e@x.com" }),
  }),
  ...bodies("POST", "/api/catalog-items", {
    valid: item({}),
    "with price": item({ price: 42 }),
    "price null": item({ price: null }),
    "price a string": item({ price: "42" }),
    "published a string": item({ published: "yes" }),
    "catalog_type not default": item({ catalog_type: "$other" }),
    "title missing": { data: { type: "catalog-item", attributes: { external_id: "X" } } },
    "image urls a string": item({ image_full_url: 3 }),
  }),
  ...bodies("POST", "/api/tags", {
    valid: { data: { type: "tag", attributes: { name: "VIP" } } },
    "name missing": { data: { type: "tag", attributes: {} } },
    "name a list": { data: { type: "tag", attributes: { name: ["VIP"] } } },
  }),
  ...bodies("POST", "/api/profile-subscription-bulk-create-jobs", {
    valid: {
      data: {
        type: "profile-subscription-bulk-create-job",
        attributes: {
          profiles: {
            data: [
              {
                type: "profile",
                attributes: {
                  email: "s@x.com",
                  subscriptions: { email: { marketing: { consent: "SUBSCRIBED" } } },
                },
              },
            ],
          },
        },
        relationships: { list: { data: { type: "list", id: "Y6nRLr" } } },
      },
    },
    "consent not in enum": {
      data: {
        type: "profile-subscription-bulk-create-job",
        attributes: {
          profiles: {
            data: [
              {
                type: "profile",
                attributes: {
                  email: "s@x.com",
                  subscriptions: { email: { marketing: { consent: "MAYBE" } } },
                },
              },
            ],
          },
        },
      },
    },
  }),
];

/**
 * Where the verdicts differ, and why: each pattern names requests whose disagreement is explained.
 * Both are Prism 5.16 not validating, measured here: the mock's verdicts in these cases follow the
 * spec's schemas (and Prism agrees on the same rules where it does check them, e.g. POST /api/lists).
 */
const KNOWN_DIFFERENCES: readonly { cases: RegExp; reason: string }[] = [
  {
    cases: /^GET .*\?(page\[size\]|fields\[[\w-]+\]|additional-fields\[[\w-]+\])=/,
    reason:
      "Prism does not validate query parameters whose names hold brackets (page[size], fields[type], additional-fields[type]): it accepts page[size]=abc and unknown fields",
  },
  {
    cases: /^POST \/api\/(profiles|events): /,
    reason:
      "Prism accepts any body for create_profile and create_event (its log says the request passed validation for a number as email); the mock applies their schemas",
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const prismBin = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));
const headers = {
  authorization: `Klaviyo-API-Key ${API_KEY}`,
  revision: REVISION,
  accept: "application/vnd.api+json",
  "content-type": "application/vnd.api+json",
};

function init(c: Case): RequestInit {
  return {
    method: c.method,
    headers,
    ...(c.body === undefined
      ? {}
      : { body: typeof c.body === "string" ? c.body : JSON.stringify(c.body) }),
  };
}

describe("request verdicts agree with Prism's", () => {
  let prism: ChildProcess | undefined;
  let prismUrl = "";
  let mock: KlaviyoMock;

  beforeAll(async () => {
    mock = await createMock({ revision: REVISION, rateLimits: false });
    // A Prism already running on the same spec (PRISM_URL) saves its start-up while iterating.
    if (process.env.PRISM_URL) {
      prismUrl = process.env.PRISM_URL;
      return;
    }
    const port = await freePort();
    const spec = join(locateSpecDir(), REVISION, "stable.json");
    prism = spawn(prismBin, ["mock", "-h", "127.0.0.1", "-p", String(port), spec], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    prismUrl = `http://127.0.0.1:${port}`;
    // Prism reads and dereferences the 2.8 MB spec before it listens: tens of seconds.
    await new Promise<void>((resolve, reject) => {
      let output = "";
      prism!.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Prism is listening")) resolve();
      });
      prism!.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      prism!.once("exit", (code) => reject(new Error(`prism exited with ${code}: ${output}`)));
    });
  }, 240_000);
  afterAll(() => {
    prism?.kill();
  });

  it(`agrees on ${corpus.length} requests except the listed differences`, async () => {
    const disagreements: Record<string, string> = {};
    for (const c of corpus) {
      const ours = await mock.handle(new Request(`https://a.klaviyo.com${c.path}`, init(c)));
      const theirs = await fetch(`${prismUrl}${c.path}`, init(c));
      await theirs.arrayBuffer();
      // Only a 400 is a verdict on the request: a 409 (a second create) is about state.
      const oursValid = ours.status !== 400;
      // Prism answers 422 (or the spec's 400) with the violations in sl-violations.
      const violations = theirs.headers.get("sl-violations") ?? "";
      const theirsValid = theirs.status < 400 && !violations.includes('"Error"');
      if (oursValid !== theirsValid) {
        disagreements[c.name] =
          `mock ${ours.status} ${oursValid ? "valid" : (await ours.text()).slice(0, 200)}; prism ${theirs.status} ${violations.slice(0, 200)}`;
      }
    }
    const agreed = corpus.length - Object.keys(disagreements).length;
    console.log(`Prism agreement: ${agreed}/${corpus.length}`, disagreements);
    const unexplained = Object.keys(disagreements).filter(
      (name) => !KNOWN_DIFFERENCES.some(({ cases }) => cases.test(name)),
    );
    expect(unexplained).toEqual([]);
    // Every listed difference still occurs: a Prism that starts validating shows up here.
    for (const { cases } of KNOWN_DIFFERENCES) {
      expect(Object.keys(disagreements).some((name) => cases.test(name))).toBe(true);
    }
    // Where Prism validates at all, the verdicts agree.
    const compared = corpus.filter(
      (c) => !KNOWN_DIFFERENCES.some(({ cases }) => cases.test(c.name)),
    );
    expect(compared.length).toBeGreaterThan(40);
  }, 600_000);
});
