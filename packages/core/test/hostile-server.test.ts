/**
 * The client against loopback servers that misbehave the way proxies, gateways and outages do, and
 * callers who pass what they should not (issue 14). Every case runs over real HTTP.
 */
import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import {
  KlaviyoConfigError,
  KlaviyoConnectionError,
  KlaviyoError,
  KlaviyoInvalidRequestError,
  KlaviyoInvalidResponseError,
  KlaviyoNotFoundError,
  KlaviyoRequestError,
  KlaviyoTimeoutError,
  KlaviyoTokenRefreshError,
  type KlaviyoOptions,
  refreshingAccessToken,
  requestHooks,
} from "../src/index.js";
import {
  createKlaviyo,
  createProfile,
  getProfile,
  getProfiles,
} from "./fixtures/profiles-client.js";
import { sendJson, startServer, type Handler } from "./helpers/http-server.js";
import { freePort } from "./helpers/redis-server.js";

const API_KEY = "pk_HostileEchoKey0123456789abcdef";
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler, options: Partial<KlaviyoOptions> = {}, prefix = "") {
  const server = await startServer(handler);
  servers.push(server);
  const klaviyo = createKlaviyo({
    apiKey: API_KEY,
    baseUrl: server.url + prefix,
    retry: false,
    ...options,
  });
  return { server, klaviyo };
}

const profile = (id: string) => ({ type: "profile", id, attributes: {}, links: { self: id } });
const page = (ids: string[], next: unknown) => ({
  data: ids.map(profile),
  links: { self: "x", next },
});

/** Every way an error reaches a log, a tracker or a terminal. */
function renderings(error: unknown): string {
  const e = error as Error;
  return [
    String(error),
    e.message,
    e.stack,
    JSON.stringify(error),
    JSON.stringify((error as { errors?: unknown }).errors ?? null),
    inspect(error, { showHidden: true, depth: Infinity }),
    String((e as { cause?: unknown }).cause),
    inspect((e as { cause?: unknown }).cause, { showHidden: true, depth: Infinity }),
  ].join("\n");
}

async function collect(iterable: AsyncIterable<{ id: string }>) {
  const ids: string[] = [];
  for await (const item of iterable) ids.push(item.id);
  return ids;
}

describe("secrets never leak from what a server echoes", () => {
  const echoes: [string, Handler][] = [
    [
      "in detail and title",
      (req, res) =>
        sendJson(res, 400, {
          errors: [
            {
              status: 400,
              title: `bad ${req.headers.authorization}`,
              detail: `you sent ${req.headers.authorization}`,
            },
          ],
        }),
    ],
    [
      "as raw text",
      (req, res) => {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(`upstream refused ${req.headers.authorization}`);
      },
    ],
    [
      // JSON.parse turns the escapes back into the key, after the raw text was searched for it.
      "JSON-escaped, one \\u escape a character",
      (req, res) => {
        const escaped = [...String(req.headers.authorization)]
          .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
          .join("");
        res.writeHead(400, { "content-type": "application/vnd.api+json" });
        res.end(`{"errors":[{"status":400,"detail":"${escaped}","meta":{"${escaped}":1}}]}`);
      },
    ],
    [
      "in a truncated 2xx body",
      (req, res) => {
        res.writeHead(200, { "content-type": "application/vnd.api+json" });
        res.end(`{"echo":"${String(req.headers.authorization)}`);
      },
    ],
  ];

  test.each(echoes)("the API key, echoed %s", async (_, handler) => {
    const events: unknown[] = [];
    const { klaviyo } = await serve(
      (req, res) => {
        res.setHeader("x-echo", String(req.headers.authorization));
        handler(req, res);
      },
      {
        hooks: requestHooks({
          onRequest: (e) => events.push(e),
          onResponse: (e) => events.push(e),
        }),
      },
    );
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoRequestError);
    expect(renderings(error)).not.toContain(API_KEY);
    expect(JSON.stringify(events)).toContain("[redacted]");
    expect(JSON.stringify(events)).not.toContain(API_KEY);
    const viaFetch = await klaviyo
      .GET("/api/profiles/{id}", { params: { path: { id: "p1" }, header: { revision: "x" } } })
      .catch((e: unknown) => e);
    // The Response itself is fetch's, headers and all; what the client built from it is checked.
    if (viaFetch instanceof Error) expect(renderings(viaFetch)).not.toContain(API_KEY);
    expect(JSON.stringify((viaFetch as { error?: unknown }).error ?? null)).not.toContain(API_KEY);
  });

  test("the API key echoed as a response header's name, which fetch lower-cases", async () => {
    const events: unknown[] = [];
    const { klaviyo } = await serve(
      (_, res) => {
        res.setHeader(`x-${API_KEY}`, "1");
        sendJson(res, 200, { data: profile("x") });
      },
      { hooks: requestHooks({ onResponse: (e) => events.push(e) }) },
    );
    await getProfile(klaviyo, { id: "p1" });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events).toLowerCase()).not.toContain(API_KEY.toLowerCase());
  });

  test("the API key inside a plain object on the fetch error's cause (an axios-style config)", async () => {
    const { klaviyo } = await serve((_, res) => res.socket?.destroy(), {
      // A fetch wrapper that reports a failure the way axios does: the request's config, headers
      // and all, as a property of the error.
      fetch: async (url, init) => {
        try {
          return await fetch(url, init);
        } catch {
          // axios's request links back to its socket, agent and itself: a wide graph with cycles.
          const request: Record<string, unknown> = {};
          for (let i = 0; i < 20; i++) request[`link${i}`] = request;
          throw new TypeError("fetch failed", {
            cause: Object.assign(new Error("socket hang up"), {
              request,
              config: { request, headers: init?.headers },
            }),
          });
        }
      },
    });
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoConnectionError);
    expect(renderings(error)).toContain("socket hang up");
    expect(renderings(error)).not.toContain(API_KEY);
  });

  test("the API key on a non-Error value a fetch implementation rejects with", async () => {
    const { klaviyo } = await serve((_, res) => res.socket?.destroy(), {
      fetch: (url, init) =>
        fetch(url, init).catch(() => Promise.reject({ reason: "reset", headers: init?.headers })),
    });
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoConnectionError);
    expect(renderings(error)).not.toContain(API_KEY);
  });

  test("the current and the refreshed OAuth token", async () => {
    let refreshes = 0;
    const { klaviyo } = await serve(
      (req, res) => {
        const auth = String(req.headers.authorization);
        if (auth === "Bearer token-Old-0001")
          return sendJson(res, 401, { errors: [{ detail: auth }] });
        sendJson(res, 403, { errors: [{ detail: `echo ${auth}`, title: auth }] });
      },
      {
        apiKey: undefined,
        accessToken: refreshingAccessToken({
          accessToken: "token-Old-0001",
          refresh: async () => `token-Fresh-${++refreshes}00X`,
        }),
      },
    );
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(renderings(error)).not.toMatch(/token-Fresh-100X|token-Old-0001/);
  });

  test("the unhandled-rejection output (util.inspect of the reason) holds no key", async () => {
    const { klaviyo } = await serve((req, res) =>
      sendJson(res, 500, { errors: [{ detail: String(req.headers.authorization) }] }),
    );
    const reasons: unknown[] = [];
    const onUnhandled = (reason: unknown) => reasons.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      void getProfile(klaviyo, { id: "p1" });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(reasons).toHaveLength(1);
    expect(inspect(reasons[0])).not.toContain(API_KEY);
  });

  test.each([
    ["a trailing newline", `${API_KEY}\n`],
    ["a CR LF inside", `pk_abc\r\nx-injected: 1`],
    ["a leading space", ` ${API_KEY}`],
  ])("an apiKey with %s is refused at construction, unquoted", (_, apiKey) => {
    const attempt = () => createKlaviyo({ apiKey });
    expect(attempt).toThrow(KlaviyoConfigError);
    expect(attempt).toThrow(/whitespace/);
    try {
      attempt();
    } catch (error) {
      expect(renderings(error)).not.toContain(apiKey.trim().slice(0, 12));
    }
  });
});

describe("requests reach the right endpoint or none", () => {
  const dots = [".", "..", "%2e", "%2E%2e", ".%2e", "%252e%252e"];

  test.each(dots)("path parameter %j is refused before sending, in both layers", async (id) => {
    const { server, klaviyo } = await serve((_, res) => sendJson(res, 200, page([], null)));
    await expect(getProfile(klaviyo, { id })).rejects.toBeInstanceOf(KlaviyoInvalidRequestError);
    await expect(
      klaviyo.GET("/api/profiles/{id}", { params: { path: { id }, header: { revision: "x" } } }),
    ).rejects.toBeInstanceOf(KlaviyoInvalidRequestError);
    expect(server.requests).toEqual([]);
  });

  test("/, ? and # inside a path parameter stay inside its segment, in both layers", async () => {
    const { server, klaviyo } = await serve((_, res) => sendJson(res, 200, { data: profile("x") }));
    await getProfile(klaviyo, { id: "a/../b?c#d" });
    await klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "a/../b?c#d" }, header: { revision: "x" } },
    });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/profiles/a%2F..%2Fb%3Fc%23d",
      "/api/profiles/a%2F..%2Fb%3Fc%23d",
    ]);
  });

  test.each([
    ["user info", "https://user:secret@a.klaviyo.com", /user info/],
    ["a query", "https://a.klaviyo.com?x=1", /query/],
    ["a fragment", "https://a.klaviyo.com/#x", /fragment/],
  ])("a baseUrl with %s is refused at construction", (_, baseUrl, want) => {
    expect(() => createKlaviyo({ apiKey: "pk_x", baseUrl })).toThrow(want);
    expect(() => createKlaviyo({ apiKey: "pk_x", baseUrl })).not.toThrow(/secret/);
  });

  test("a header fetch cannot send is the caller's error at once, not a retried connection error", async () => {
    const { server, klaviyo } = await serve(
      (_, res) => sendJson(res, 200, { data: profile("x") }),
      {
        retry: { baseDelayMs: 1000 },
      },
    );
    const started = Date.now();
    const bad = { "x-trace": "a\r\nx-injected: 1" };
    const viaOperation = await getProfile(klaviyo, { id: "p1", headers: bad } as never).catch(
      (e: unknown) => e,
    );
    const viaFetch = await klaviyo
      .GET("/api/profiles/{id}", {
        params: { path: { id: "p1" }, header: { revision: "x" } },
        headers: bad,
      })
      .catch((e: unknown) => e);
    for (const error of [viaOperation, viaFetch]) {
      expect(error).toBeInstanceOf(KlaviyoInvalidRequestError);
      expect((error as Error).message).toMatch(/header "x-trace"/);
      expect((error as Error).message).not.toContain("x-injected");
    }
    expect(Date.now() - started).toBeLessThan(500);
    expect(server.requests).toEqual([]);
  });

  test("a refreshed token fetch cannot send is refused at once, unquoted, not retried", async () => {
    const { server, klaviyo } = await serve(
      (_, res) => sendJson(res, 200, { data: profile("x") }),
      {
        apiKey: undefined,
        accessToken: refreshingAccessToken({ refresh: async () => "tok-Broken\r\nx-injected: 1" }),
        retry: { baseDelayMs: 1000 },
      },
    );
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoInvalidRequestError);
    expect(renderings(error)).not.toContain("tok-Broken");
    expect(server.requests).toEqual([]);
  });

  test("behind a gateway with a path prefix, every next link is carried onto the baseUrl", async () => {
    let gateway = "";
    const { server, klaviyo } = await serve(
      (req, res) => {
        const cursor = Number(new URL(req.url, "http://x").searchParams.get("page[cursor]") ?? 0);
        const next = [
          "https://a.klaviyo.com/api/profiles/?page%5Bcursor%5D=1&sort=-created",
          `${gateway}/api/profiles/?page%5Bcursor%5D=2&sort=-created`,
          `${gateway}/klaviyo/api/profiles/?page%5Bcursor%5D=3&sort=-created`,
          null,
        ][cursor];
        sendJson(res, 200, page([`p${cursor}`], next));
      },
      {},
      "/klaviyo",
    );
    gateway = server.url;
    expect(await collect(getProfiles.all(klaviyo, { sort: "-created" }))).toEqual([
      "p0",
      "p1",
      "p2",
      "p3",
    ]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/klaviyo/api/profiles?sort=-created",
      "/klaviyo/api/profiles/?page%5Bcursor%5D=1&sort=-created",
      "/klaviyo/api/profiles/?page%5Bcursor%5D=2&sort=-created",
      "/klaviyo/api/profiles/?page%5Bcursor%5D=3&sort=-created",
    ]);
  });

  test("a next link to any other origin is refused without being fetched", async () => {
    const other = await startServer((_, res) => sendJson(res, 200, page(["stolen"], null)));
    servers.push(other);
    const { server, klaviyo } = await serve((_, res) =>
      sendJson(res, 200, page(["p0"], `${other.url}/api/profiles?page[cursor]=1`)),
    );
    const ids: string[] = [];
    const walk = async () => {
      for await (const p of getProfiles.all(klaviyo)) ids.push(p.id);
    };
    await expect(walk()).rejects.toThrow(/another origin/);
    expect(ids).toEqual(["p0"]);
    expect(server.requests).toHaveLength(1);
    expect(other.requests).toEqual([]);
  });
});

describe("nothing hangs", () => {
  const neverRefreshes = () => new Promise<string>(() => undefined);

  test("a hanging token refresh fails each call at its timeout, however many wait for it", async () => {
    const { server, klaviyo } = await serve(
      (_, res) => sendJson(res, 200, { data: profile("x") }),
      {
        apiKey: undefined,
        accessToken: refreshingAccessToken({ refresh: neverRefreshes }),
        timeoutMs: 50,
      },
    );
    const calls = Array.from({ length: 5 }, () =>
      getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e),
    );
    const errors = await Promise.all(calls);
    for (const error of errors) expect(error).toBeInstanceOf(KlaviyoTimeoutError);
    expect((errors[0] as Error).message).toMatch(/access token/);
    expect(server.requests).toEqual([]);
  });

  test("a refresh that outlived a call's deadline is abandoned: the next call refreshes anew", async () => {
    const answers = [neverRefreshes, async () => "token-Working"];
    const { server, klaviyo } = await serve(
      (_, res) => sendJson(res, 200, { data: profile("x") }),
      {
        apiKey: undefined,
        accessToken: refreshingAccessToken({ refresh: () => answers.shift()!() }),
        timeoutMs: 50,
      },
    );
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toBeInstanceOf(KlaviyoTimeoutError);
    await expect(getProfile(klaviyo, { id: "p1" })).resolves.toEqual({ data: profile("x") });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer token-Working");
  });

  test("a hanging token refresh gives way to the call's signal", async () => {
    const { klaviyo } = await serve((_, res) => sendJson(res, 200, { data: profile("x") }), {
      apiKey: undefined,
      accessToken: refreshingAccessToken({ refresh: neverRefreshes }),
      timeoutMs: 0,
    });
    const controller = new AbortController();
    const call = getProfile(klaviyo, { id: "p1" }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("caller gave up")), 20);
    await expect(call).rejects.toThrow("caller gave up");
  });

  test("a hanging refresh after a 401 respects the timeout too", async () => {
    const { klaviyo } = await serve((_, res) => sendJson(res, 401, { errors: [] }), {
      apiKey: undefined,
      accessToken: refreshingAccessToken({ accessToken: "expired", refresh: neverRefreshes }),
      timeoutMs: 50,
    });
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toBeInstanceOf(KlaviyoTimeoutError);
  });

  test.each([
    ["repeats its next link", (n: number) => `/api/profiles?page[cursor]=${Math.min(n + 1, 2)}`],
    ["alternates two cursors", (n: number) => `/api/profiles?page[cursor]=${(n % 2) + 1}`],
    [
      "repeats a cursor with fresh junk and reordered parameters",
      (n: number) =>
        n % 2
          ? `/api/profiles?page[size]=1&page[cursor]=A&_=${n}`
          : `/api/profiles?_=${n}&page[cursor]=A&page[size]=1`,
    ],
  ])(".all() stops with an error when the server %s", async (_, nextOf) => {
    let served = 0;
    const { klaviyo } = await serve((_, res) =>
      sendJson(res, 200, page([`p${served}`], nextOf(served++))),
    );
    await expect(collect(getProfiles.all(klaviyo))).rejects.toThrow(/repeats a page/);
    expect(served).toBeLessThan(5);
  });

  test("calls queued behind a slow operation in the limiter raise no MaxListeners warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const { klaviyo } = await serve(
        (_, res) => setTimeout(() => sendJson(res, 200, { data: profile("x") }), 20),
        { rateLimit: { maxConcurrency: 1 } },
      );
      const shutdown = new AbortController();
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          getProfile(klaviyo, { id: `p${i}` }, { signal: shutdown.signal }),
        ),
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});

describe("nothing is lost silently", () => {
  test.each([
    ["missing", { links: { next: null } }],
    ["null", { data: null, links: { next: null } }],
    ["an object", { data: profile("x"), links: { next: null } }],
  ])(
    "a page in the middle of .all() whose data is %s is an invalid response",
    async (_, broken) => {
      let served = 0;
      const { klaviyo } = await serve((_, res) =>
        served++ === 0
          ? sendJson(res, 200, page(["p0"], "/api/profiles?page[cursor]=1"))
          : sendJson(res, 200, broken),
      );
      const ids: string[] = [];
      const walk = async () => {
        for await (const p of getProfiles.all(klaviyo)) ids.push(p.id);
      };
      await expect(walk()).rejects.toBeInstanceOf(KlaviyoInvalidResponseError);
      expect(ids).toEqual(["p0"]);
    },
  );

  test.each([
    ["a number", 42],
    ["an object", { href: "/api/profiles" }],
    ["not a URL", "http://[oops"],
    ["outside /api", "/admin/profiles"],
    ["a dot segment encoded twice", "/api/profiles/%252e%252e?page[cursor]=1"],
  ])("a links.next that is %s is an invalid response, not fetched", async (_, next) => {
    const { server, klaviyo } = await serve((_, res) => sendJson(res, 200, page(["p0"], next)));
    await expect(collect(getProfiles.all(klaviyo))).rejects.toBeInstanceOf(
      KlaviyoInvalidResponseError,
    );
    expect(server.requests).toHaveLength(1);
  });

  test("an empty 200 body where a document is due is an invalid response; 204 is not", async () => {
    const { klaviyo } = await serve((req, res) => {
      res.writeHead(req.method === "DELETE" ? 204 : 200);
      res.end();
    });
    await expect(getProfile(klaviyo, { id: "p1" })).rejects.toBeInstanceOf(
      KlaviyoInvalidResponseError,
    );
    await expect(
      createProfile(klaviyo, { body: { data: { type: "profile", attributes: {} } } }),
    ).rejects.toMatchObject({ name: "KlaviyoInvalidResponseError", status: 200 });
  });

  test("a throwing refresh callback is a KlaviyoError with the original as its cause", async () => {
    const original = new Error("identity provider down");
    const { server, klaviyo } = await serve(
      (_, res) => sendJson(res, 200, { data: profile("x") }),
      {
        apiKey: undefined,
        accessToken: refreshingAccessToken({ refresh: () => Promise.reject(original) }),
      },
    );
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoTokenRefreshError);
    expect(error).toBeInstanceOf(KlaviyoError);
    expect((error as Error).cause).toBe(original);
    expect(error).toMatchObject({ operationId: "get_profile", method: "GET" });
    expect(server.requests).toEqual([]);
  });

  test.each([
    [
      "throws instead of rejecting",
      () => {
        throw new Error("identity provider down");
      },
    ],
    ["resolves to undefined", async () => undefined],
    ["resolves to an empty string", async () => ""],
  ])(
    "a refresh callback that %s is a KlaviyoTokenRefreshError; nothing is sent",
    async (_, refresh) => {
      const { server, klaviyo } = await serve(
        (_, res) => sendJson(res, 200, { data: profile("x") }),
        {
          apiKey: undefined,
          accessToken: refreshingAccessToken({ refresh: refresh as () => Promise<string> }),
        },
      );
      const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KlaviyoTokenRefreshError);
      expect((error as Error).cause).toBeInstanceOf(Error);
      expect(server.requests).toEqual([]);
    },
  );

  test("a connection error names the host it could not reach", async () => {
    const port = await freePort();
    const klaviyo = createKlaviyo({
      apiKey: "pk_x",
      baseUrl: `http://127.0.0.1:${port}`,
      retry: false,
    });
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoConnectionError);
    expect(error).toMatchObject({ host: `127.0.0.1:${port}` });
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
  });

  test("a baseUrl ending in /api gets a hint with its 404", async () => {
    const { server, klaviyo } = await serve(
      (_, res) => sendJson(res, 404, { errors: [] }),
      {},
      "/api",
    );
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(server.requests[0]!.url).toBe("/api/api/profiles/p1");
    expect(error).toBeInstanceOf(KlaviyoNotFoundError);
    expect((error as Error).message).toContain(`did you mean baseUrl ${server.url}?`);
  });
});
