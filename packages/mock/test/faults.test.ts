import { afterEach, describe, expect, it } from "vitest";
import type { FaultKind, FaultOptions, MockServer } from "../src/index.js";
import { API_KEY, call, REVISION, start } from "./helpers.js";

const headers = {
  authorization: `Klaviyo-API-Key ${API_KEY}`,
  revision: REVISION,
  "content-type": "application/vnd.api+json",
};
const listBody = JSON.stringify({ data: { type: "list", attributes: { name: "Faulty" } } });

describe("faults", () => {
  let mock: MockServer | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  const withFaults = async (faults: FaultOptions) => {
    mock = await start({ rateLimits: false, faults });
    return mock;
  };

  it.each(["500", "502", "503", "504", "524"] as const)(
    "answers %s with a JSON:API error",
    async (kind) => {
      const m = await withFaults({ sequence: [kind] });
      const answer = await call(m, { path: "/api/profiles" });
      expect(answer.status).toBe(Number(kind));
      expect(answer.body.errors[0]).toMatchObject({ status: Number(kind), code: "error" });
      expect((await call(m, { path: "/api/profiles" })).status).toBe(200);
    },
  );

  it("throttles with Retry-After for a scripted 429 storm", async () => {
    const m = await withFaults({ sequence: [{ kind: "429", retryAfterSeconds: 3 }, "429", null] });
    const first = await call(m, { path: "/api/profiles" });
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("3");
    expect(first.headers.get("ratelimit-remaining")).toBeNull();
    expect((await call(m, { path: "/api/profiles" })).headers.get("retry-after")).toBe("1");
    expect((await call(m, { path: "/api/profiles" })).status).toBe(200);
  });

  it("resets the connection before the body is read", async () => {
    const m = await withFaults({ sequence: ["reset-before-body"] });
    await expect(
      fetch(`${m.url}/api/lists`, { method: "POST", headers, body: listBody }),
    ).rejects.toThrow();
    expect(m.requests[0]?.fault).toBe("reset-before-body");
    expect(m.requests[0]?.status).toBeUndefined();
    expect(m.requests[0]?.body).toBeUndefined();
    expect(m.store.lists.size).toBe(0);
  });

  it("resets the connection after the body is read, without processing it", async () => {
    const m = await withFaults({ sequence: ["reset-after-body"] });
    await expect(
      fetch(`${m.url}/api/lists`, { method: "POST", headers, body: listBody }),
    ).rejects.toThrow();
    expect(m.requests[0]?.body).toEqual(JSON.parse(listBody));
    expect(m.store.lists.size).toBe(0);
  });

  it("delays the answer for latency faults", async () => {
    const m = await withFaults({ sequence: [{ kind: "latency", latencyMs: 300 }] });
    const started = performance.now();
    const answer = await call(m, { path: "/api/profiles" });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("truncates the body mid-stream", async () => {
    const m = await withFaults({ sequence: ["truncated"] });
    const response = await fetch(`${m.url}/api/profiles`, { headers });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("answers a non-JSON body", async () => {
    const m = await withFaults({ sequence: ["non-json", { kind: "non-json", status: 502 }] });
    const first = await fetch(`${m.url}/api/profiles`, { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/html");
    const text = await first.text();
    expect(() => JSON.parse(text)).toThrow();
    expect((await fetch(`${m.url}/api/profiles`, { headers })).status).toBe(502);
  });

  it("only faults the operations it is told to", async () => {
    const m = await withFaults({ sequence: ["503"], operations: ["get_lists"] });
    expect((await call(m, { path: "/api/profiles" })).status).toBe(200);
    expect((await call(m, { path: "/api/lists" })).status).toBe(503);
  });

  it("draws random faults deterministically for a seed, with 429 storms", async () => {
    const run = async (seed: number) => {
      const m = await start({
        rateLimits: false,
        seed,
        faults: { probability: 0.3, kinds: ["429", "503"], stormLength: 3 },
      });
      const outcomes: number[] = [];
      for (let i = 0; i < 40; i++)
        outcomes.push((await call(m, { path: "/api/profiles?page[size]=1" })).status);
      await m.close();
      return outcomes;
    };
    const [a, b, c] = [await run(5), await run(5), await run(6)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.filter((s) => s !== 200).length).toBeGreaterThan(0);
    expect(a).toContain(503);
    expect(a.join(",")).toContain("429,429,429");
  });

  it("can change faults while running", async () => {
    const m = await withFaults({});
    expect((await call(m, { path: "/api/profiles" })).status).toBe(200);
    m.setFaults({ sequence: ["500"] });
    expect((await call(m, { path: "/api/profiles" })).status).toBe(500);
    m.setFaults();
    expect((await call(m, { path: "/api/profiles" })).status).toBe(200);
  });
});

describe("request log", () => {
  it("records what arrived, in order, with keys redacted", async () => {
    const mock = await start({ rateLimits: false, faults: { sequence: [null, "503"] } });
    try {
      await call(mock, { path: "/api/profiles?page[size]=2&fields[profile]=email" });
      await call(mock, {
        method: "POST",
        path: "/api/lists",
        body: { data: { type: "list", attributes: { name: "A" } } },
      });
      await call(mock, { path: "/nowhere" });
      expect(
        mock.requests.map((r) => [r.seq, r.method, r.path, r.operationId, r.status, r.fault]),
      ).toEqual([
        [0, "GET", "/api/profiles", "get_profiles", 200, undefined],
        [1, "POST", "/api/lists", "create_list", 503, "503" satisfies FaultKind],
        [2, "GET", "/nowhere", undefined, 404, undefined],
      ]);
      const [first, second] = mock.requests;
      expect(first?.query).toEqual({ "page[size]": "2", "fields[profile]": "email" });
      expect(first?.headers.authorization).toBe("Klaviyo-API-Key [redacted]");
      expect(JSON.stringify(mock.requests)).not.toContain(API_KEY);
      expect(first?.headers.revision).toBe(REVISION);
      expect(second?.body).toEqual({ data: { type: "list", attributes: { name: "A" } } });
      mock.clearRequests();
      expect(mock.requests).toHaveLength(0);
    } finally {
      await mock.close();
    }
  });
});
