import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMock,
  createMockFetch,
  startMock,
  type FaultOptions,
  type RequestRecord,
  type Store,
} from "../src/index.js";
import { klaviyoHandlers } from "../src/msw.js";
import { API_KEY, REVISION } from "./helpers.js";

/** What a scenario needs of a door: a fetch that reaches the mock, and the mock's controls. */
interface Door {
  fetch: typeof fetch;
  base: string;
  requests: readonly RequestRecord[];
  store: Store;
  setFaults(faults?: FaultOptions): void;
  close(): Promise<void>;
}

const options = {
  revision: REVISION,
  rateLimits: { operations: { get_list: { burst: 2, steady: 10 } } },
};

const doors: Record<string, () => Promise<Door>> = {
  "loopback server (startMock)": async () => {
    const mock = await startMock(options);
    return { ...mock, fetch: globalThis.fetch, base: mock.url, setFaults: mock.setFaults };
  },
  "port-less fetch (createMockFetch)": async () => {
    const mock = await createMockFetch(options);
    return { ...mock, base: "https://a.klaviyo.com", close: async () => undefined };
  },
  "MSW handlers (@klaviyo-ts/mock/msw)": async () => {
    const mock = await createMock(options);
    const server = setupServer(...(await klaviyoHandlers({ mock })));
    server.listen({ onUnhandledRequest: "error" });
    return {
      ...mock,
      fetch: (...args) => globalThis.fetch(...args),
      base: "https://a.klaviyo.com",
      close: async () => server.close(),
    };
  },
};

const headers = {
  authorization: `Klaviyo-API-Key ${API_KEY}`,
  revision: REVISION,
  "content-type": "application/vnd.api+json",
};

describe.each(Object.entries(doors))("through the %s", (_, open) => {
  let door: Door;
  beforeAll(async () => {
    door = await open();
  });
  afterAll(() => door.close());

  const send = (method: string, path: string, body?: unknown) =>
    door.fetch(`${door.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("keeps state: a created list is found by id and in the store", async () => {
    const created = await send("POST", "/api/lists", {
      data: { type: "list", attributes: { name: "Doors" } },
    });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string } };
    const read = await send("GET", `/api/lists/${data.id}`);
    expect(((await read.json()) as { data: { attributes: { name: string } } }).data).toMatchObject({
      id: data.id,
      attributes: { name: "Doors" },
    });
    expect(door.store.lists.get(data.id)?.name).toBe("Doors");
  });

  it("validates like Klaviyo: a bad body is a 400 with a pointer", async () => {
    const answer = await send("POST", "/api/lists", { data: { type: "list", attributes: {} } });
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { errors: { source: { pointer: string } }[] };
    expect(body.errors[0]?.source.pointer).toBe("/data/attributes/name");
  });

  it("applies rate limits with Klaviyo's headers, then 429 with Retry-After", async () => {
    const [id] = door.store.lists.keys();
    const first = await send("GET", `/api/lists/${id}`);
    expect(first.headers.get("ratelimit-limit")).toBe("10");
    const statuses = [first.status];
    for (let i = 0; i < 3; i++) statuses.push((await send("GET", `/api/lists/${id}`)).status);
    expect(statuses).toContain(429);
  });

  it("injects faults: a 503, a reset connection, a truncated body", async () => {
    door.setFaults({ sequence: ["503", "reset-after-body", "truncated"] });
    expect((await send("GET", "/api/profiles")).status).toBe(503);
    await expect(send("GET", "/api/profiles")).rejects.toThrow(TypeError);
    const truncated = await send("GET", "/api/profiles");
    await expect(truncated.text()).rejects.toThrow();
    door.setFaults();
    expect((await send("GET", "/api/profiles")).status).toBe(200);
  });

  it("logs every request with the secret redacted and the status answered", () => {
    const faulted = door.requests.filter((r) => r.fault);
    expect(faulted.map((r) => r.fault)).toEqual(["503", "reset-after-body", "truncated"]);
    expect(faulted[1]?.status).toBeUndefined();
    const first = door.requests[0];
    expect(first).toMatchObject({ method: "POST", path: "/api/lists", operationId: "create_list" });
    expect(first?.status).toBe(201);
    expect(first?.headers.authorization).toBe("Klaviyo-API-Key [redacted]");
    expect(JSON.stringify(door.requests)).not.toContain(API_KEY);
  });
});

describe("createMockFetch", () => {
  it("rejects with the signal's reason when aborted during an injected latency", async () => {
    const mock = await createMockFetch({
      revision: REVISION,
      faults: { sequence: [{ kind: "latency", latencyMs: 5_000 }] },
    });
    const controller = new AbortController();
    const pending = mock.fetch("https://a.klaviyo.com/api/profiles", {
      headers,
      signal: controller.signal,
    });
    controller.abort(new Error("gave up"));
    await expect(pending).rejects.toThrow("gave up");
  });
});
