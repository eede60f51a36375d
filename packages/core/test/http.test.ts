import { afterEach, describe, expect, test } from "vitest";
import {
  KlaviyoConnectionError,
  KlaviyoNotFoundError,
  KlaviyoTimeoutError,
  type KlaviyoOptions,
} from "../src/index.js";
import { createClient } from "../src/typed-fetch.js";
import type { paths } from "./fixtures/profiles-api.js";
import {
  REVISION,
  createKlaviyo,
  createProfile,
  getProfile,
  getProfiles,
} from "./fixtures/profiles-client.js";
import { freePort } from "./helpers/redis-server.js";
import { sendJson, startServer, type Handler } from "./helpers/http-server.js";

const profile = (id: string) => ({ type: "profile", id, attributes: {}, links: { self: id } });
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler, options: Partial<KlaviyoOptions> = {}) {
  const server = await startServer(handler);
  servers.push(server);
  const klaviyo = createKlaviyo({
    apiKey: "pk_live",
    baseUrl: server.url,
    retry: { baseDelayMs: 10 },
    ...options,
  });
  return { server, klaviyo };
}

describe("over real HTTP on loopback", () => {
  test("both layers send the same headers and parse JSON:API", async () => {
    const { server, klaviyo } = await serve((req, res) =>
      req.method === "POST"
        ? sendJson(res, 201, { data: profile("new") })
        : sendJson(res, 200, { data: profile("p1") }),
    );
    const viaOperation = await getProfile(klaviyo, { id: "p1", fields: { profile: ["email"] } });
    const viaFetch = await klaviyo.GET("/api/profiles/{id}", {
      params: { path: { id: "p1" }, header: { revision: "x" } },
    });
    expect(viaOperation).toEqual(viaFetch.data);
    await createProfile(klaviyo, {
      body: { data: { type: "profile", attributes: { email: "a@b.com" } } },
    });
    const [first, second, post] = server.requests;
    for (const req of [first!, second!]) {
      expect(req.headers).toMatchObject({
        revision: "2026-04-15",
        accept: "application/vnd.api+json",
        authorization: "Klaviyo-API-Key pk_live",
        "user-agent": "klaviyo-ts",
      });
    }
    expect(first!.url).toBe("/api/profiles/p1?fields[profile]=email");
    expect(post!.headers["content-type"]).toBe("application/vnd.api+json");
    expect(JSON.parse(post!.body)).toEqual({
      data: { type: "profile", attributes: { email: "a@b.com" } },
    });
  });

  test("pagination follows absolute next links on the same origin", async () => {
    const { server, klaviyo } = await serve((req, res) => {
      const cursor = Number(new URL(req.url, "http://x").searchParams.get("page[cursor]") ?? 0);
      const next = cursor < 2 ? `${server.url}/api/profiles?page[cursor]=${cursor + 1}` : null;
      sendJson(res, 200, { data: [profile(`p${cursor}`)], links: { self: req.url, next } });
    });
    const ids: string[] = [];
    for await (const p of getProfiles.all(klaviyo)) ids.push(p.id);
    expect(ids).toEqual(["p0", "p1", "p2"]);
  });

  test("a GET whose connection drops mid-body is retried", async () => {
    let calls = 0;
    const { klaviyo } = await serve((_, res) => {
      if (++calls === 1) {
        res.writeHead(200, {
          "content-type": "application/vnd.api+json",
          "content-length": "1000",
        });
        res.write('{"data":');
        setTimeout(() => res.destroy(), 5);
        return;
      }
      sendJson(res, 200, { data: profile("p1") });
    });
    expect(await getProfile(klaviyo, { id: "p1" })).toEqual({ data: profile("p1") });
    expect(calls).toBe(2);
  });

  test("a slow server times out; errors are typed", async () => {
    const { klaviyo } = await serve(
      (req, res) => {
        if (req.url.includes("slow")) setTimeout(() => sendJson(res, 200, {}), 3_000);
        else sendJson(res, 404, { errors: [{ status: 404, detail: "no such profile" }] });
      },
      // Long enough that a prompt 404 is never taken for a timeout on a loaded machine.
      { timeoutMs: 400, retry: false },
    );
    await expect(getProfile(klaviyo, { id: "slow" })).rejects.toBeInstanceOf(KlaviyoTimeoutError);
    await expect(getProfile(klaviyo, { id: "p9" })).rejects.toBeInstanceOf(KlaviyoNotFoundError);
  });

  test("every timed-out attempt closes its connection at its deadline", async () => {
    const closed: string[] = [];
    const { klaviyo } = await serve(
      (req, res) => {
        res.on("close", () => closed.push(req.url));
      },
      { timeoutMs: 50, retry: false },
    );
    await expect(getProfile(klaviyo, { id: "first" })).rejects.toBeInstanceOf(KlaviyoTimeoutError);
    await expect(getProfile(klaviyo, { id: "second" })).rejects.toBeInstanceOf(KlaviyoTimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toEqual(["/api/profiles/first", "/api/profiles/second"]);
  });

  test("one signal shared by 2,000 calls raises no MaxListeners warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const { klaviyo } = await serve((_, res) => sendJson(res, 200, { data: profile("p1") }), {
        rateLimit: false,
      });
      const shutdown = new AbortController();
      let left = 2000;
      const worker = async () => {
        while (left-- > 0) await getProfile(klaviyo, { id: "p1" }, { signal: shutdown.signal });
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((warning) => warning.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  test("a refused connection is a connection error naming the cause", async () => {
    const port = await freePort();
    const klaviyo = createKlaviyo({
      apiKey: "pk_x",
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    const error = await getProfile(klaviyo, { id: "p1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KlaviyoConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  test("pacing keeps a fixed-window server that counts like Klaviyo from ever answering 429", async () => {
    const burst = 5;
    const offset = 370; // the server's windows do not line up with the client's clock
    const counts = new Map<number, number>();
    let rejected = 0;
    const server = await startServer((_, res) => {
      const window = Math.floor((Date.now() + offset) / 1000);
      const used = (counts.get(window) ?? 0) + 1;
      counts.set(window, used);
      const reset = String(Math.ceil((1000 - ((Date.now() + offset) % 1000)) / 1000));
      if (used > burst) {
        rejected++;
        return sendJson(res, 429, { errors: [] }, { "retry-after": reset });
      }
      sendJson(res, 200, { data: profile("p") });
    });
    servers.push(server);
    const klaviyo = createClient<paths>(
      { apiKey: "pk_x", baseUrl: server.url },
      {
        revision: REVISION,
        operations: { limits: [[burst, 1000]], routes: { "/api/profiles/{id}": "G0" } },
      },
    );
    const results = await Promise.all(
      Array.from({ length: 16 }, () =>
        klaviyo.GET("/api/profiles/{id}", {
          params: { path: { id: "p" }, header: { revision: "x" } },
        }),
      ),
    );
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(rejected).toBe(0);
    expect(server.requests).toHaveLength(16);
  });

  test("a lower steady quota announced by the server is followed, its next window opened at its boundary", async () => {
    // Klaviyo's documented headers: the steady window's Limit, Remaining and Reset (whole seconds).
    // This server allows 3 a window, and its window ends 2.5 s after the first request.
    let boundary: number | undefined;
    const counts = new Map<number, number>();
    let rejected = 0;
    const server = await startServer((_, res) => {
      const now = Date.now();
      boundary ??= now + 2_500;
      const window = now < boundary ? 0 : 1;
      const used = counts.get(window) ?? 0;
      if (used >= 3) {
        rejected++;
        return sendJson(res, 429, { errors: [] }, { "retry-after": "1" });
      }
      counts.set(window, used + 1);
      const end = boundary + window * 60_000;
      sendJson(
        res,
        200,
        { data: profile("p") },
        {
          "ratelimit-limit": "3",
          "ratelimit-remaining": String(2 - used),
          "ratelimit-reset": String(Math.ceil((end - now) / 1000)),
        },
      );
    });
    servers.push(server);
    const klaviyo = createKlaviyo({ apiKey: "pk_x", baseUrl: server.url });
    await getProfile(klaviyo, { id: "warm-up" });
    await Promise.all(Array.from({ length: 5 }, () => getProfile(klaviyo, { id: "p" })));
    expect(rejected).toBe(0);
    expect([counts.get(0), counts.get(1)]).toEqual([3, 3]);
  });
});
