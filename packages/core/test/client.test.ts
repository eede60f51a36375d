import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import {
  defineOperation,
  formBody,
  KlaviyoApiError,
  KlaviyoAuthenticationError,
  KlaviyoBadRequestError,
  KlaviyoConfigError,
  KlaviyoConflictError,
  KlaviyoConnectionError,
  KlaviyoError,
  KlaviyoInvalidResponseError,
  KlaviyoNotFoundError,
  KlaviyoPermissionError,
  KlaviyoRateLimitError,
  KlaviyoRequestError,
  KlaviyoServerError,
  KlaviyoTimeoutError,
  type KlaviyoOptions,
  refreshingAccessToken,
  requestHooks,
} from "../src/index.js";
import { createClient } from "../src/typed-fetch.js";
import {
  createClientSubscription,
  createKlaviyo,
  createProfile,
  deleteProfile,
  getProfile,
  getProfiles,
  operationIndex,
} from "./fixtures/profiles-client.js";
import type { paths } from "./fixtures/profiles-api.js";
import {
  apiErrors,
  fakeFetch,
  hangingFetch,
  json,
  networkError,
  type Reply,
} from "./helpers/fake-fetch.js";
import { settle, testClient } from "./helpers/test-client.js";

const profile = { data: { type: "profile", id: "p1", attributes: {}, links: { self: "x" } } };
const newProfile = { data: { type: "profile" as const, attributes: { email: "a@b.com" } } };

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const client = testClient;

describe("createClient", () => {
  const cases: [string, Partial<KlaviyoOptions>, RegExp][] = [
    ["http to a remote host", { baseUrl: "http://a.klaviyo.com" }, /must be https/],
    ["not a URL", { baseUrl: "klaviyo" }, /not a URL/],
    ["ftp", { baseUrl: "ftp://127.0.0.1" }, /must be https/],
  ];
  test.each(cases)("refuses %s", (_, options, want) => {
    expect(() => createKlaviyo({ apiKey: "pk_x", ...options })).toThrow(want);
  });

  test.each([
    "http://127.0.0.1:4010",
    "http://localhost:1",
    "http://[::1]:2",
    "https://example.com/",
  ])("accepts %s", (baseUrl) => {
    expect(createKlaviyo({ apiKey: "pk_x", baseUrl }).revision).toBe("2026-04-15");
  });

  test("operation functions refuse something that is not a client", async () => {
    await expect(getProfiles({ revision: "x" })).rejects.toThrow(KlaviyoConfigError);
  });
});

describe("requests", () => {
  test("operation functions send the revision, JSON:API headers, auth and serialised params", async () => {
    const { fetch, klaviyo } = client([json(200, { data: [], links: { self: "s" } })], {
      userAgent: "my-app/1.0",
    });
    await getProfiles(klaviyo, {
      fields: { profile: ["email", "first_name"] },
      page: { size: 10 },
      filter: 'equals(email,"a@b.com")',
    });
    const [call] = fetch.calls;
    expect(call!.url).toBe(
      "https://a.klaviyo.com/api/profiles?fields[profile]=email,first_name&page[size]=10&filter=equals(email%2C%22a%40b.com%22)",
    );
    expect(call!.headers).toEqual({
      revision: "2026-04-15",
      accept: "application/vnd.api+json",
      "user-agent": "my-app/1.0 klaviyo-ts",
      authorization: "Klaviyo-API-Key pk_secret",
    });
  });

  test("bodies are JSON:API and caller headers pass", async () => {
    const { fetch, klaviyo } = client([json(201, profile)]);
    const created = await createProfile(klaviyo, {
      body: newProfile,
      headers: { "x-trace": "t1" },
    });
    expect(created).toEqual(profile);
    const [call] = fetch.calls;
    expect(call!.method).toBe("POST");
    expect(JSON.parse(call!.body!)).toEqual(newProfile);
    expect(call!.headers["content-type"]).toBe("application/vnd.api+json");
    expect(call!.headers["x-trace"]).toBe("t1");
  });

  test("a caller's revision, accept, content-type or authorization header overrides nothing, in either layer", async () => {
    const { fetch, klaviyo } = client([json(201, profile)]);
    const theirs = {
      revision: "2023-01-01",
      Revision: "2023-01-02",
      accept: "text/html",
      "content-type": "text/plain",
      authorization: "Klaviyo-API-Key pk_other",
    };
    await createProfile(klaviyo, { body: newProfile, headers: theirs as never });
    await klaviyo.POST("/api/profiles", {
      params: { header: { revision: "2023-01-03" } },
      headers: theirs,
      body: newProfile,
    });
    expect(fetch.calls).toHaveLength(2);
    for (const call of fetch.calls) {
      expect(call.headers).toEqual({
        revision: "2026-04-15",
        accept: "application/vnd.api+json",
        "content-type": "application/vnd.api+json",
        "user-agent": "klaviyo-ts",
        authorization: "Klaviyo-API-Key pk_secret",
      });
    }
  });

  test("a beta operation goes out with the .pre revision, even from a stable client", async () => {
    const getProfileBeta: typeof getProfile = defineOperation({
      ...getProfile.meta,
      id: "get_profile_beta",
      beta: true,
    });
    const { fetch, klaviyo } = client([json(200, profile)]);
    await getProfileBeta(klaviyo, { id: "p1" });
    await getProfile(klaviyo, { id: "p1" });
    await klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "p1" }, header: { revision: "x" } },
    });
    expect(fetch.calls.map((call) => call.headers.revision)).toEqual([
      "2026-04-15.pre",
      "2026-04-15",
      "2026-04-15",
    ]);
    const beta = createClient<paths>(
      { apiKey: "pk_x", fetch, rateLimit: false },
      { revision: "2026-04-15.pre", operations: operationIndex },
    );
    await getProfileBeta(beta, { id: "p1" });
    expect(fetch.calls[3]!.headers.revision).toBe("2026-04-15.pre");
  });

  test("a form operation sends multipart, leaving its content type to fetch", async () => {
    interface UploadImage {
      requestBody: { content: { "multipart/form-data": { file: Blob; name?: string } } };
      responses: { 201: { content: { "application/vnd.api+json": { data: { id: string } } } } };
    }
    const uploadImage = defineOperation<UploadImage>(
      {
        id: "upload_image_from_file",
        method: "POST",
        path: "/api/image-upload",
        rateLimit: { burst: 3, steady: 100, daily: 100 },
        scopes: ["images:write"],
        paginated: false,
        beta: false,
        form: true,
      },
      formBody,
    );
    const { fetch, klaviyo } = client([json(201, { data: { id: "img1" } })]);
    const uploaded = await uploadImage(klaviyo, {
      body: { file: new Blob(["png"]), name: "logo" },
    });
    expect(uploaded).toEqual({ data: { id: "img1" } });
    const [call] = fetch.calls;
    expect(call!.headers["content-type"]).toBeUndefined();
    expect([...call!.form!.keys()]).toEqual(["file", "name"]);
  });

  test("204 resolves with undefined; path params are encoded", async () => {
    const { fetch, klaviyo } = client([new Response(null, { status: 204 })]);
    expect(await deleteProfile(klaviyo, { id: "a/b" })).toBeUndefined();
    expect(fetch.calls[0]!.url).toBe("https://a.klaviyo.com/api/profiles/a%2Fb");
  });

  test("client endpoints send company_id and no Authorization header", async () => {
    const { fetch, klaviyo } = client([new Response(null, { status: 202 })], {
      publicKey: "AbC123",
    });
    await createClientSubscription(klaviyo, { body: newProfile });
    expect(fetch.calls[0]!.url).toBe(
      "https://a.klaviyo.com/client/subscriptions?company_id=AbC123",
    );
    // No Authorization, and no user-agent: browsers call these, and it would cost a CORS preflight.
    expect(fetch.calls[0]!.headers).toEqual({
      revision: "2026-04-15",
      accept: "application/vnd.api+json",
      "content-type": "application/vnd.api+json",
    });
  });

  test("a private key alone is refused by client endpoints before sending", async () => {
    const { fetch, klaviyo } = client([json(202, {})]);
    await expect(createClientSubscription(klaviyo, { body: newProfile })).rejects.toThrow(
      KlaviyoConfigError,
    );
    expect(fetch.calls).toHaveLength(0);
  });

  test("typed fetch goes through the same pipeline and keeps { data, error, response }", async () => {
    const { fetch, klaviyo } = client([apiErrors(503), json(200, profile), apiErrors(404)], {
      publicKey: "AbC123",
    });
    const pending = klaviyo.GET("/api/profiles/{id}", {
      params: {
        path: { id: "p1" },
        header: { revision: "ignored" },
        query: { "fields[profile]": ["email", "created"] },
      },
    });
    const { value } = await settle(pending);
    expect(value!.data).toEqual(profile);
    expect(value!.response.status).toBe(200);
    expect(fetch.calls).toHaveLength(2);
    expect(fetch.calls[1]!.url).toBe(
      "https://a.klaviyo.com/api/profiles/p1?fields[profile]=email,created",
    );
    expect(fetch.calls[1]!.headers.revision).toBe("2026-04-15");
    const missing = await klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "p2" }, header: { revision: "x" } },
    });
    expect(missing.error).toEqual({ errors: [expect.objectContaining({ status: 404 })] });
  });

  test("typed fetch POST bodies and client endpoints", async () => {
    const { fetch, klaviyo } = client([json(201, profile), new Response(null, { status: 202 })], {
      publicKey: "AbC123",
    });
    const created = await klaviyo.POST("/api/profiles", {
      params: { header: { revision: "x" } },
      body: newProfile,
      headers: { "x-trace": "t" },
    });
    expect(created.data).toEqual(profile);
    expect(fetch.calls[0]!.headers).toMatchObject({
      "content-type": "application/vnd.api+json",
      "x-trace": "t",
    });
    expect(JSON.parse(fetch.calls[0]!.body!)).toEqual(newProfile);
    const subscribed = await klaviyo.POST("/client/subscriptions", {
      params: { header: { revision: "x" }, query: { company_id: "wrong1" } },
      body: newProfile,
    });
    expect(subscribed.response.status).toBe(202);
    expect(fetch.calls[1]!.url).toBe(
      "https://a.klaviyo.com/client/subscriptions?company_id=AbC123",
    );
    expect(fetch.calls[1]!.headers.authorization).toBeUndefined();
  });
});

describe("retries", () => {
  test("429 waits Retry-After and retries, even a POST", async () => {
    const { fetch, klaviyo } = client([json(429, {}, { "retry-after": "2" }), json(201, profile)]);
    const started = Date.now();
    const { value } = await settle(createProfile(klaviyo, { body: newProfile }));
    expect(value).toEqual(profile);
    expect(fetch.calls).toHaveLength(2);
    expect(Date.now() - started).toBe(2000);
  });

  test("5xx is retried with exponential full-jitter backoff for GET", async () => {
    const { fetch, klaviyo } = client([
      apiErrors(500),
      apiErrors(502),
      apiErrors(524),
      json(200, profile),
    ]);
    const started = Date.now();
    const { value } = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(value).toEqual(profile);
    expect(fetch.calls).toHaveLength(4);
    expect(Date.now() - started).toBe(250 + 500 + 1000);
  });

  test("a POST is not retried after a 500: it may have been processed", async () => {
    const { fetch, klaviyo } = client([apiErrors(500), json(201, profile)]);
    const { error } = await settle(createProfile(klaviyo, { body: newProfile }));
    expect(error).toBeInstanceOf(KlaviyoServerError);
    expect(fetch.calls).toHaveLength(1);
  });

  test("a POST marked idempotent is retried after a 500", async () => {
    const { fetch, klaviyo } = client([apiErrors(500), json(201, profile)]);
    const { value } = await settle(
      createProfile(klaviyo, { body: newProfile }, { idempotent: true }),
    );
    expect(value).toEqual(profile);
    expect(fetch.calls).toHaveLength(2);
  });

  test("a POST is retried after 503 and after a refused connection, not after a reset", async () => {
    const { fetch, klaviyo } = client([
      apiErrors(503),
      networkError("ECONNREFUSED"),
      networkError("ECONNRESET"),
    ]);
    const { error } = await settle(createProfile(klaviyo, { body: newProfile }));
    expect(error).toBeInstanceOf(KlaviyoConnectionError);
    expect((error as Error).message).toContain("ECONNRESET");
    expect(fetch.calls).toHaveLength(3);
  });

  test("network errors and timeouts are retried for GET", async () => {
    const { fetch, klaviyo } = client(
      [networkError("ECONNRESET"), hangingFetchReply, json(200, profile)],
      {
        timeoutMs: 1000,
      },
    );
    const { value } = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(value).toEqual(profile);
    expect(fetch.calls).toHaveLength(3);
  });

  test("a POST that timed out is not retried: the server may have acted on it", async () => {
    const { fetch, klaviyo } = client([hangingFetchReply, json(201, profile)], { timeoutMs: 200 });
    const { error } = await settle(createProfile(klaviyo, { body: newProfile }));
    expect(error).toBeInstanceOf(KlaviyoTimeoutError);
    expect(fetch.calls).toHaveLength(1);
  });

  test("a truncated 2xx body is retried for GET, reported for POST", async () => {
    const truncated = new Response('{"data": [', { status: 200 });
    const { fetch, klaviyo } = client([truncated, json(200, profile)]);
    expect((await settle(getProfile(klaviyo, { id: "p1" }))).value).toEqual(profile);
    expect(fetch.calls).toHaveLength(2);
    const post = client([new Response('{"data"', { status: 201 })]);
    const { error } = await settle(createProfile(post.klaviyo, { body: newProfile }));
    expect(error).toBeInstanceOf(KlaviyoInvalidResponseError);
    expect(error).toMatchObject({ status: 201, operationId: "create_profile" });
  });

  test("gives up after maxRetries and returns the last answer as a typed error", async () => {
    const { fetch, klaviyo } = client([apiErrors(500)], { retry: { maxRetries: 2 } });
    const { error } = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(error).toBeInstanceOf(KlaviyoServerError);
    expect(fetch.calls).toHaveLength(3);
  });

  test("a Retry-After beyond the per-wait cap is not waited for", async () => {
    const { fetch, klaviyo } = client([json(429, {}, { "retry-after": "120" })], {
      retry: { maxDelayMs: 10_000 },
    });
    const { error } = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(error).toBeInstanceOf(KlaviyoRateLimitError);
    expect((error as KlaviyoRateLimitError).retryAfterMs).toBe(120_000);
    expect(fetch.calls).toHaveLength(1);
  });

  test("the total budget stops retries", async () => {
    const { fetch, klaviyo } = client([json(429, {}, { "retry-after": "3" })], {
      retry: { budgetMs: 7000, maxRetries: 10 },
    });
    await settle(getProfile(klaviyo, { id: "p1" }));
    expect(fetch.calls).toHaveLength(3);
  });

  test("retry: false sends once", async () => {
    const { fetch, klaviyo } = client([json(429, {}, { "retry-after": "1" })], { retry: false });
    const { error } = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(error).toBeInstanceOf(KlaviyoRateLimitError);
    expect(fetch.calls).toHaveLength(1);
  });

  test("after a 401 the OAuth token is refreshed once and the request retried once", async () => {
    const refresh = vi.fn(async () => "fresh");
    const fetch = fakeFetch((call) =>
      call.headers.authorization === "Bearer fresh" ? json(200, profile) : apiErrors(401),
    );
    const klaviyo = createKlaviyo({
      accessToken: refreshingAccessToken({ accessToken: "stale", refresh }),
      fetch,
      rateLimit: false,
    });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => getProfile(klaviyo, { id: "p1" })),
    );
    expect(results).toEqual(Array(50).fill(profile));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch.calls).toHaveLength(100);
  });

  test("a 401 with a static OAuth token is an authentication error, not retried", async () => {
    const { fetch, klaviyo } = client([apiErrors(401)], { apiKey: undefined, accessToken: "tok" });
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toBeInstanceOf(
      KlaviyoAuthenticationError,
    );
    expect(fetch.calls).toHaveLength(1);
  });

  test("a second 401 is an authentication error", async () => {
    const refresh = vi.fn(async () => "fresh");
    const { fetch, klaviyo } = client([apiErrors(401)], {
      apiKey: undefined,
      accessToken: refreshingAccessToken({ accessToken: "stale", refresh }),
    });
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toBeInstanceOf(
      KlaviyoAuthenticationError,
    );
    expect(fetch.calls).toHaveLength(2);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});

const hangingFetchReply: Reply = (call) => hangingFetch(call.url, { signal: call.signal ?? null });

describe("timeouts and signals", () => {
  test("a request with no answer within timeoutMs fails with a timeout error", async () => {
    const { klaviyo } = client([hangingFetchReply], { timeoutMs: 500, retry: false });
    const { error } = await settle(getProfile(klaviyo, { id: "p1" }));
    expect(error).toBeInstanceOf(KlaviyoTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 500, operationId: "get_profile" });
  });

  test("per-call timeout overrides the client's; timeoutMs 0 turns it off", async () => {
    const { klaviyo } = client([hangingFetchReply], { timeoutMs: 0, retry: false });
    const { error } = await settle(getProfile(klaviyo, { id: "p1" }, { timeoutMs: 50 }));
    expect(error).toMatchObject({ name: "KlaviyoTimeoutError", timeoutMs: 50 });
  });

  test("typed fetch takes timeoutMs in its init", async () => {
    const { klaviyo } = client([hangingFetchReply], { retry: false });
    const pending = klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "p1" }, header: { revision: "x" } },
      timeoutMs: 20,
    });
    const { error } = await settle(pending);
    expect(error).toBeInstanceOf(KlaviyoTimeoutError);
  });

  test("the caller's signal aborts the request and is never retried", async () => {
    const { fetch, klaviyo } = client([hangingFetchReply], { timeoutMs: 0 });
    const controller = new AbortController();
    const failed = getProfile(klaviyo, { id: "p1" }, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error("user gave up"));
    expect(await failed).toEqual(new Error("user gave up"));
    expect(fetch.calls).toHaveLength(1);
  });

  test("an aborted signal stops a retry wait and an already aborted one stops the call", async () => {
    const { fetch, klaviyo } = client([apiErrors(500)]);
    const controller = new AbortController();
    const pending = getProfile(klaviyo, { id: "p1" }, { signal: controller.signal, timeoutMs: 5 });
    const failed = pending.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1);
    controller.abort(new Error("stop"));
    expect(await failed).toEqual(new Error("stop"));
    expect(fetch.calls).toHaveLength(1);
    const { error } = await settle(
      getProfile(klaviyo, { id: "p1" }, { signal: AbortSignal.abort(new Error("early")) }),
    );
    expect(error).toEqual(new Error("early"));
  });
});

describe("hooks", () => {
  test("plain callbacks not made by requestHooks are refused, not silently ignored", () => {
    const hooks = { onRequest: () => undefined } as never;
    expect(() => createKlaviyo({ apiKey: "pk_x", hooks })).toThrow(KlaviyoConfigError);
    expect(() => createKlaviyo({ apiKey: "pk_x", hooks })).toThrow(/requestHooks/);
  });

  test("an error thrown by a hook reaches the caller and is not retried as a network failure", async () => {
    const fetch = fakeFetch(json(200, profile));
    const klaviyo = createKlaviyo({
      apiKey: "pk_x",
      fetch,
      hooks: requestHooks({
        onResponse: () => {
          throw new Error("hook bug");
        },
      }),
    });
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toThrow("hook bug");
    expect(fetch.calls).toHaveLength(1);
  });

  test("onResponse reports status and duration, onRetry the wait and reason", async () => {
    const events: unknown[] = [];
    const { klaviyo } = client([apiErrors(502), json(200, profile)], {
      hooks: requestHooks({
        onResponse: (e) => events.push(["response", e.status, e.attempt, e.durationMs]),
        onRetry: (e) => events.push(["retry", e.reason, e.delayMs, e.attempt]),
      }),
    });
    await settle(getProfile(klaviyo, { id: "p1" }));
    expect(events).toEqual([
      ["response", 502, 1, 0],
      ["retry", "502", 250, 1],
      ["response", 200, 2, 0],
    ]);
  });
  test("onRetry reports what onRequest reported: company_id redacted, the headers as sent", async () => {
    const requests: unknown[] = [];
    const retries: Record<string, unknown>[] = [];
    const { klaviyo } = client([apiErrors(503), new Response(null, { status: 202 })], {
      apiKey: undefined,
      publicKey: "AbC123",
      hooks: requestHooks({
        onRequest: (e) => requests.push(e),
        onRetry: (e) => retries.push({ ...e }),
      }),
    });
    await settle(
      createClientSubscription(klaviyo, {
        body: { data: { type: "subscription", attributes: {} } },
        headers: { "x-trace": "t1" },
      } as never),
    );
    expect(retries).toHaveLength(1);
    const { delayMs, reason, ...reported } = retries[0]!;
    expect(reported).toEqual(requests[0]);
    expect(reason).toBe("503");
    expect(delayMs).toBeGreaterThan(0);
    expect(reported.url).toBe("https://a.klaviyo.com/client/subscriptions?company_id=[redacted]");
    expect(reported.headers).toMatchObject({ revision: "2026-04-15", "x-trace": "t1" });
  });
});

describe("errors", () => {
  const cases: [number, new (...args: never[]) => KlaviyoApiError][] = [
    [400, KlaviyoBadRequestError],
    [401, KlaviyoAuthenticationError],
    [403, KlaviyoPermissionError],
    [404, KlaviyoNotFoundError],
    [409, KlaviyoConflictError],
    [422, KlaviyoApiError],
    [500, KlaviyoServerError],
  ];
  test.each(cases)("%i -> %o", async (status, want) => {
    const { klaviyo } = client([apiErrors(status, "details here")], { retry: false });
    const error = await createProfile(klaviyo, { body: newProfile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(want);
    expect(error).toBeInstanceOf(KlaviyoError);
    expect(error).toMatchObject({
      status,
      operationId: "create_profile",
      method: "POST",
      path: "/api/profiles",
      errors: [{ id: "e1", status, code: "code", title: "Title", detail: "details here" }],
    });
    expect((error as Error).message).toMatch(
      new RegExp(`^POST /api/profiles \\(create_profile\\) failed with ${status}: details here`),
    );
  });

  test("every request error carries operationId, method and path on one base", async () => {
    const { klaviyo } = client(
      [apiErrors(404), networkError("ECONNRESET"), new Response("{", { status: 200 })],
      { retry: false },
    );
    const errors = [
      (await settle(getProfile(klaviyo, { id: "p1" }))).error,
      (await settle(deleteProfile(klaviyo, { id: "p1" }, { timeoutMs: 0 }))).error,
      (await settle(deleteProfile(klaviyo, { id: "p1" }))).error,
      (await settle(getProfile(klaviyo, { id: ".." }))).error,
    ];
    expect(errors.map((e) => (e as Error).name)).toEqual([
      "KlaviyoNotFoundError",
      "KlaviyoConnectionError",
      "KlaviyoInvalidResponseError",
      "KlaviyoInvalidRequestError",
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(KlaviyoRequestError);
      expect(error).toMatchObject({ path: "/api/profiles/{id}" });
      expect((error as KlaviyoRequestError).operationId).toMatch(/^(get|delete)_profile$/);
    }
  });

  test("errors serialise to JSON with their message and fields", async () => {
    const { klaviyo } = client([apiErrors(404, "gone")]);
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "KlaviyoNotFoundError",
      message: "GET /api/profiles/{id} (get_profile) failed with 404: gone",
      status: 404,
      errors: [{ id: "e1", status: 404, code: "code", title: "Title", detail: "gone" }],
      operationId: "get_profile",
      method: "GET",
      path: "/api/profiles/{id}",
    });
  });

  test("403 names the scopes the operation needs", async () => {
    const { klaviyo } = client([apiErrors(403)]);
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ requiredScopes: ["profiles:read"] });
    expect((error as Error).message).toContain("needs scopes: profiles:read");
  });

  test("an error body that is not JSON:API still gives a typed error", async () => {
    const { klaviyo } = client([new Response("<html>bad gateway</html>", { status: 404 })]);
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "KlaviyoNotFoundError", errors: [] });
    expect((error as Error).message).toBe("GET /api/profiles/{id} (get_profile) failed with 404");
  });

  test("a missing path parameter is refused before sending", async () => {
    const { fetch, klaviyo } = client([json(200, profile)]);
    await expect(getProfile(klaviyo, { id: "" })).rejects.toThrow(/missing path parameter "id"/);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe("pacing in the pipeline", () => {
  test("paces an operation to its burst limit and learns from 429s", async () => {
    const { fetch, klaviyo } = client([json(204, undefined)], { rateLimit: { marginMs: 0 } });
    const started = Date.now();
    const sentAt: number[] = [];
    const requests = Array.from({ length: 7 }, () =>
      deleteProfile(klaviyo, { id: "p" }).then(() => sentAt.push(Date.now() - started)),
    );
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all(requests);
    expect(sentAt).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
    expect(fetch.calls).toHaveLength(7);
  });

  test("a 429 pauses the operation for everyone, not only the request that got it", async () => {
    let first = true;
    const fetch = fakeFetch(() => {
      if (first) {
        first = false;
        return json(429, {}, { "retry-after": "5" });
      }
      return json(200, profile);
    });
    const klaviyo = createKlaviyo({ apiKey: "pk_x", fetch });
    const started = Date.now();
    const sentAt: number[] = [];
    const one = getProfile(klaviyo, { id: "1" });
    await vi.advanceTimersByTimeAsync(1);
    const two = getProfile(klaviyo, { id: "2" }).then(() => sentAt.push(Date.now() - started));
    await vi.advanceTimersByTimeAsync(6000);
    await Promise.all([one, two]);
    expect(sentAt[0]).toBeGreaterThanOrEqual(5000);
  });
});
