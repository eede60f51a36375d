import { describe, expect, test } from "vitest";
import { createEndpointLookup } from "../src/client/endpoint.js";
import { clientEndpointAuth, type OperationIndex } from "../src/index.js";

const index: OperationIndex = {
  limits: [
    [75, 750],
    [3, 60, 225],
  ],
  routes: { "/api/profiles/{id}": "G0A1D1", "/client/subscriptions": "P0" },
};

describe("typed-fetch endpoint lookup", () => {
  const cases: { method: string; path: string; want: object }[] = [
    {
      method: "GET",
      path: "/api/profiles/{id}",
      want: { rateLimit: { burst: 75, steady: 750 }, auth: undefined },
    },
    {
      method: "PATCH",
      path: "/api/profiles/{id}",
      want: { rateLimit: { burst: 3, steady: 60, daily: 225 }, auth: undefined },
    },
    { method: "POST", path: "/api/profiles/{id}", want: { rateLimit: undefined } },
    { method: "GET", path: "/api/unknown", want: { rateLimit: undefined } },
    {
      method: "POST",
      path: "/client/subscriptions",
      want: { rateLimit: { burst: 75, steady: 750 }, auth: clientEndpointAuth },
    },
  ];
  test.each(cases)("$method $path", ({ method, path, want }) => {
    expect(createEndpointLookup(index)(method, path)).toMatchObject({
      method,
      path,
      id: undefined,
      ...want,
    });
  });
});
