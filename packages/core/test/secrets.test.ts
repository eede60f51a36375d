import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { refreshingAccessToken, requestHooks, type KlaviyoOptions } from "../src/index.js";
import { createKlaviyo, createProfile, getProfile } from "./fixtures/profiles-client.js";
import {
  apiErrors,
  fakeFetch,
  hangingFetch,
  json,
  networkError,
  type Reply,
} from "./helpers/fake-fetch.js";

const API_KEY = "pk_SuperSecretKey123";
const TOKEN = "oauth-Secret-Token-456";
const SECRETS = [API_KEY, TOKEN, "SuperSecret", "Secret-Token"];

function renderings(value: unknown): string[] {
  const error = value as Error;
  return [
    String(value),
    error.message ?? "",
    error.stack ?? "",
    JSON.stringify(value) ?? "",
    JSON.stringify(Object.getOwnPropertyDescriptors(value ?? {})),
    inspect(value, { showHidden: true, depth: Infinity }),
  ];
}

function expectNoSecret(value: unknown): void {
  for (const text of renderings(value)) {
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  }
}

const hang: Reply = (call) => hangingFetch(call.url, { signal: call.signal ?? null });
const credentials: [string, Partial<KlaviyoOptions>][] = [
  ["private key", { apiKey: API_KEY }],
  ["static OAuth token", { accessToken: TOKEN }],
  [
    "refreshing OAuth token",
    { accessToken: refreshingAccessToken({ accessToken: TOKEN, refresh: async () => TOKEN }) },
  ],
];

describe.each(credentials)("with a %s, secrets never leak", (_, auth) => {
  const errorReplies: [string, Reply][] = [
    ["400", apiErrors(400, "bad")],
    ["401", apiErrors(401)],
    ["403", apiErrors(403)],
    ["404", apiErrors(404)],
    ["409", apiErrors(409)],
    ["429", json(429, {}, { "retry-after": "1" })],
    ["500", apiErrors(500)],
    ["connection", networkError("ECONNRESET")],
    ["timeout", hang],
    ["invalid body", new Response("{", { status: 201 })],
  ];

  test.each(errorReplies)("into the %s error", async (_, reply) => {
    const events: unknown[] = [];
    const klaviyo = createKlaviyo({
      ...auth,
      fetch: fakeFetch(reply),
      retry: false,
      timeoutMs: 20,
      hooks: requestHooks({ onRequest: (e) => events.push(e), onResponse: (e) => events.push(e) }),
    });
    const error = await createProfile(klaviyo, {
      body: { data: { type: "profile", attributes: {} } },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expectNoSecret(error);
    expectNoSecret(events);
    expect(events.length).toBeGreaterThan(0);
  });

  test("into the client and hook payloads of retries", async () => {
    const events: unknown[] = [];
    const fetch = fakeFetch(apiErrors(500), json(200, { data: {} }));
    const klaviyo = createKlaviyo({
      ...auth,
      fetch,
      retry: { baseDelayMs: 1 },
      hooks: requestHooks({
        onRequest: (e) => events.push(e),
        onResponse: (e) => events.push(e),
        onRetry: (e) => events.push(e),
      }),
    });
    await getProfile(klaviyo, { id: "1" });
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({ headers: { authorization: "[redacted]" }, attempt: 1 });
    expectNoSecret(events);
    expectNoSecret(klaviyo);
    // The secret was sent, though: the redaction is in what is shown, not in what goes on the wire.
    expect(fetch.calls[0]!.headers.authorization).toMatch(new RegExp(`${API_KEY}|${TOKEN}`));
  });
});

test("hooks see the public key redacted in URLs", async () => {
  const events: { url: string }[] = [];
  const klaviyo = createKlaviyo({
    publicKey: "AbC123",
    fetch: fakeFetch(new Response(null, { status: 202 })),
    hooks: requestHooks({ onRequest: (e) => events.push(e) }),
  });
  await klaviyo.POST("/client/subscriptions", {
    params: { header: { revision: "x" }, query: { company_id: "AbC123" } },
    body: { data: { type: "profile", attributes: {} } },
  });
  expect(events[0]!.url).toBe("https://a.klaviyo.com/client/subscriptions?company_id=[redacted]");
});
