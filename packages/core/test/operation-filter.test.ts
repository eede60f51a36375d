import { describe, expect, test } from "vitest";
import {
  defineOperation,
  filterBuilder,
  KlaviyoFilterError,
  type TypedGrammar,
} from "../src/index.js";
import { createClient } from "../src/typed-fetch.js";
import { campaignsGrammar, profilesGrammar } from "./filter/grammar-fixture.js";
import { fakeFetch, json } from "./helpers/fake-fetch.js";

const meta = {
  method: "GET",
  rateLimit: { burst: 75, steady: 750 },
  scopes: [],
  paginated: false,
  beta: false,
} as const;
/** Enough of an openapi-typescript operation to take a filter; the filter checks are run-time ones. */
type FilterOp = {
  parameters: { query?: { filter?: string } };
  responses: { 200: { content: { "application/vnd.api+json": { data: unknown[] } } } };
};
const getProfiles = defineOperation<FilterOp, TypedGrammar>({
  ...meta,
  id: "get_profiles",
  path: "/api/profiles",
  filters: profilesGrammar,
});
const getCampaigns = defineOperation<FilterOp, TypedGrammar>({
  ...meta,
  id: "get_campaigns",
  path: "/api/campaigns",
  filters: campaignsGrammar,
});
const untyped = filterBuilder<any>();

function client() {
  const fetch = fakeFetch(json(200, { data: [] }));
  const klaviyo = createClient(
    { apiKey: "pk_test", fetch, rateLimit: false, retry: false },
    { revision: "2026-04-15", operations: { limits: [], routes: {} } },
  );
  return { klaviyo, fetch };
}

describe("operation functions and filters", () => {
  test("send a built filter in Klaviyo's syntax, dates in UTC", async () => {
    const { klaviyo, fetch } = client();
    await getProfiles(klaviyo, {
      filter: untyped.and(
        untyped.equals("email", "a@b.com"),
        untyped.greaterThan("created", "2026-01-01T01:00:00+01:00"),
      ),
    });
    const url = new URL(fetch.calls[0]!.url);
    expect(url.searchParams.get("filter")).toBe(
      'and(equals(email,"a@b.com"),greater-than(created,2026-01-01T00:00:00Z))',
    );
  });

  test("send a raw string as given", async () => {
    const { klaviyo, fetch } = client();
    await getProfiles(klaviyo, { filter: "equals(custom,'x')" });
    expect(new URL(fetch.calls[0]!.url).searchParams.get("filter")).toBe("equals(custom,'x')");
  });

  const mistakes: {
    name: string;
    run: (k: ReturnType<typeof client>["klaviyo"]) => Promise<unknown>;
    want: string;
  }[] = [
    {
      name: "unknown field",
      run: (k) => getProfiles(k, { filter: untyped.equals("emial", "a@b.com") }),
      want: 'get_profiles: cannot filter on "emial"',
    },
    {
      name: "wrong operator",
      run: (k) => getProfiles(k, { filter: untyped.contains("email", "a") }),
      want: 'get_profiles: "email" does not take contains with a single value',
    },
    {
      name: "required field missing",
      run: (k) => getCampaigns(k, { filter: untyped.equals("archived", false) }),
      want: 'get_campaigns: Klaviyo requires a filter on "messages.channel"',
    },
  ];
  test.each(mistakes)(
    "reject a plain JavaScript caller's $name before sending",
    async ({ run, want }) => {
      const { klaviyo, fetch } = client();
      const call = run(klaviyo);
      await expect(call).rejects.toBeInstanceOf(KlaviyoFilterError);
      await expect(call).rejects.toThrow(want);
      expect(fetch.calls).toHaveLength(0);
    },
  );
});
