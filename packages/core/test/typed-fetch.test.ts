import { describe, expect, test } from "vitest";
import {
  KlaviyoConfigError,
  KlaviyoInvalidResponseError,
  KlaviyoTimeoutError,
} from "../src/index.js";
import { hangingFetch, json, type Reply } from "./helpers/fake-fetch.js";
import { testClient } from "./helpers/test-client.js";

/** The typed-fetch layer with its types set aside: these tests are about what goes on the wire. */
interface LooseClient {
  GET(
    path: string,
    init?: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  POST(
    path: string,
    init?: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  request(method: string, path: string, init?: object): Promise<{ data?: unknown }>;
}

function client(replies: Reply[]) {
  const { fetch, klaviyo } = testClient(replies, { retry: false });
  return { fetch, klaviyo: klaviyo as unknown as LooseClient };
}

const revision = { revision: "x" };

describe("typed fetch: the request", () => {
  const urls: [string, string, object, string][] = [
    [
      "path parameter, encoded",
      "/api/profiles/{id}",
      { path: { id: "a/b c" } },
      "/api/profiles/a%2Fb%20c",
    ],
    [
      "arrays comma-joined, as Klaviyo's spec declares them",
      "/api/profiles",
      { query: { "fields[profile]": ["email", "created"] } },
      "/api/profiles?fields[profile]=email,created",
    ],
    [
      "undefined and null query values left out",
      "/api/profiles",
      { query: { filter: undefined, sort: null, "page[size]": 10 } },
      "/api/profiles?page[size]=10",
    ],
  ];
  test.each(urls)("%s", async (_, path, params, want) => {
    const { fetch, klaviyo } = client([json(200, { data: [] })]);
    await klaviyo.GET(path, { params: { ...params, header: revision } });
    expect(fetch.calls[0]!.url).toBe(`https://a.klaviyo.com${want}`);
  });

  test("a per-call querySerializer replaces the default; options are merged into it", async () => {
    const { fetch, klaviyo } = client([json(200, { data: [] })]);
    await klaviyo.GET("/api/profiles", {
      params: { query: { ids: ["a", "b"] } },
      querySerializer: () => "custom=1",
    });
    await klaviyo.GET("/api/profiles", {
      params: { query: { ids: ["a", "b"] } },
      querySerializer: { array: { style: "form", explode: true } },
    });
    expect(fetch.calls.map((call) => call.url.split("?")[1])).toEqual(["custom=1", "ids=a&ids=b"]);
  });

  const headerCases: [string, object, Record<string, string | undefined>][] = [
    ["lower-cased", { headers: { "X-Trace": "t" } }, { "x-trace": "t" }],
    ["from a Headers object", { headers: new Headers({ "x-trace": "t" }) }, { "x-trace": "t" }],
    ["from name-value pairs", { headers: [["X-Trace", "t"]] }, { "x-trace": "t" }],
    ["arrays comma-joined", { headers: { "x-tags": ["a", "b"] } }, { "x-tags": "a, b" }],
    [
      "params.header after headers; null removes",
      { headers: { "x-a": "1", "x-b": "2" }, params: { header: { "x-a": "3", "x-b": null } } },
      { "x-a": "3", "x-b": undefined },
    ],
    [
      "the runtime's own headers cannot be replaced",
      { headers: { Accept: "text/html", Authorization: "Bearer stolen", revision: "1999-01-01" } },
      {
        accept: "application/vnd.api+json",
        authorization: "Klaviyo-API-Key pk_secret",
        revision: "2026-04-15",
      },
    ],
  ];
  test.each(headerCases)("headers: %s", async (_, init, want) => {
    const { fetch, klaviyo } = client([json(200, { data: [] })]);
    await klaviyo.GET("/api/profiles", init);
    for (const [name, value] of Object.entries(want)) {
      expect(fetch.calls[0]!.headers[name]).toBe(value);
    }
  });

  test("a form body goes as it is, with no JSON:API content type", async () => {
    const { fetch, klaviyo } = client([json(201, { data: {} })]);
    const form = new FormData();
    form.set("name", "logo");
    await klaviyo.POST("/api/profiles", { body: form });
    expect(fetch.calls[0]!.headers["content-type"]).toBeUndefined();
  });

  test("a body with a file among its fields goes as a form (the image upload)", async () => {
    const { fetch, klaviyo } = client([json(201, { data: {} })]);
    await klaviyo.POST("/api/image-upload", { body: { file: new Blob(["png"]), name: "logo" } });
    expect(fetch.calls[0]!.headers["content-type"]).toBeUndefined();
    expect([...fetch.calls[0]!.form!.keys()]).toEqual(["file", "name"]);
  });

  test("a bodySerializer's text is sent; anything but text or a form is refused", async () => {
    const { fetch, klaviyo } = client([json(201, { data: {} })]);
    await klaviyo.POST("/api/profiles", { body: { a: 1 }, bodySerializer: () => "a=1" });
    expect(fetch.calls[0]!.body).toBe("a=1");
    await expect(
      klaviyo.POST("/api/profiles", { body: { a: 1 }, bodySerializer: () => 42 }),
    ).rejects.toMatchObject({
      name: "KlaviyoInvalidRequestError",
      message: "POST /api/profiles: bodySerializer must return a string or FormData, not number",
    });
  });

  test("a per-call baseUrl is held to the client's rules", async () => {
    const { fetch, klaviyo } = client([json(200, { data: [] })]);
    await expect(
      klaviyo.GET("/api/profiles", { baseUrl: "http://evil.example.com" }),
    ).rejects.toBeInstanceOf(KlaviyoConfigError);
    await klaviyo.GET("/api/profiles", { baseUrl: "http://127.0.0.1:4010/" });
    expect(fetch.calls.map((call) => call.url)).toEqual(["http://127.0.0.1:4010/api/profiles"]);
  });

  test("a missing path parameter is refused before sending; braces in the query are not one", async () => {
    const { fetch, klaviyo } = client([json(200, { data: {} })]);
    await expect(klaviyo.GET("/api/profiles/{id}", { params: { path: {} } })).rejects.toMatchObject(
      {
        name: "KlaviyoInvalidRequestError",
        message: 'GET /api/profiles/{id}: missing path parameter "id"',
      },
    );
    expect(fetch.calls).toHaveLength(0);
    await klaviyo.GET("/api/profiles", { querySerializer: () => "filter={x}" });
    expect(fetch.calls.map((call) => call.url)).toEqual([
      "https://a.klaviyo.com/api/profiles?filter={x}",
    ]);
  });

  test("the caller's signal and timeoutMs reach the runtime", async () => {
    const { fetch, klaviyo } = client([
      (call) => hangingFetch(call.url, { signal: call.signal ?? null }),
    ]);
    const caller = new AbortController();
    const pending = klaviyo.GET("/api/profiles", { signal: caller.signal, timeoutMs: 0 });
    caller.abort(new Error("user gave up"));
    await expect(pending).rejects.toThrow("user gave up");
    await expect(klaviyo.GET("/api/profiles", { timeoutMs: 5 })).rejects.toBeInstanceOf(
      KlaviyoTimeoutError,
    );
    expect(fetch.calls).toHaveLength(2);
  });

  test("request() takes the method in any case", async () => {
    const { fetch, klaviyo } = client([json(200, { data: [] })]);
    await klaviyo.request("get", "/api/profiles");
    expect(fetch.calls[0]!.method).toBe("GET");
  });
});

describe("typed fetch: the result", () => {
  const body = { data: [{ type: "profile", id: "p1" }] };
  const text = JSON.stringify(body);
  const cases: [
    string,
    Reply,
    object,
    (result: { data?: unknown; error?: unknown }) => unknown,
    unknown,
  ][] = [
    ["json by default", json(200, body), {}, (r) => r.data, body],
    ["text", json(200, body), { parseAs: "text" }, (r) => r.data, text],
    ["blob", json(200, body), { parseAs: "blob" }, async (r) => (r.data as Blob).text(), text],
    [
      "arrayBuffer",
      json(200, body),
      { parseAs: "arrayBuffer" },
      (r) => new TextDecoder().decode(r.data as ArrayBuffer),
      text,
    ],
    [
      "stream",
      json(200, body),
      { parseAs: "stream" },
      (r) => new Response(r.data as ReadableStream).text(),
      text,
    ],
    [
      "an empty 200 has no data, whatever parseAs says",
      new Response(""),
      { parseAs: "text" },
      (r) => "data" in r && r.data,
      undefined,
    ],
    ["204", new Response(null, { status: 204 }), {}, (r) => r.data, undefined],
    ["a JSON error body", json(404, { errors: [] }), {}, (r) => r.error, { errors: [] }],
    [
      "an error body that is not JSON",
      new Response("Bad gateway", { status: 502 }),
      {},
      (r) => r.error,
      "Bad gateway",
    ],
    [
      "an empty error body",
      new Response(null, { status: 404 }),
      {},
      (r) => "error" in r && r.error,
      undefined,
    ],
  ];
  test.each(cases)("%s", async (_, reply, init, pick, want) => {
    const { klaviyo } = client([reply]);
    const result = await klaviyo.GET("/api/profiles", init);
    expect(await pick(result)).toEqual(want);
  });

  test("the response is fetch's own, its status and headers intact", async () => {
    const { klaviyo } = client([json(200, body, { "x-request-id": "r1" })]);
    const { response } = await klaviyo.GET("/api/profiles");
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r1");
  });

  test("a 2xx body that is not JSON is a typed error, not a SyntaxError", async () => {
    const { klaviyo } = client([new Response("{ cut off", { status: 200 })]);
    await expect(klaviyo.GET("/api/profiles")).rejects.toBeInstanceOf(KlaviyoInvalidResponseError);
  });
});
