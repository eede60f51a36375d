import { describe, expect, it } from "vitest";
import { filterBuilder } from "../../src/filter/builder.js";
import type { Filter } from "../../src/filter/filter.js";
import { resolveFilter } from "../../src/filter/resolve.js";
import type { CampaignsGrammar, EventsGrammar, ProfilesGrammar } from "./grammar-fixture.js";
import { campaignsGrammar, eventsGrammar, profilesGrammar } from "./grammar-fixture.js";

const profiles = filterBuilder<ProfilesGrammar>();
const events = filterBuilder<EventsGrammar>();
const campaigns = filterBuilder<CampaignsGrammar>();

describe("filter serialisation", () => {
  const cases: {
    name: string;
    given: Filter<any, any>;
    grammar: typeof profilesGrammar;
    want: string;
  }[] = [
    {
      name: "equals a string",
      given: profiles.equals("email", "a@b.com"),
      grammar: profilesGrammar,
      want: 'equals(email,"a@b.com")',
    },
    {
      name: "any of a list",
      given: profiles.any("id", ["a", "b"]),
      grammar: profilesGrammar,
      want: 'any(id,["a","b"])',
    },
    {
      name: "equals a list",
      given: profiles.equals("id", ["a"]),
      grammar: profilesGrammar,
      want: 'equals(id,["a"])',
    },
    {
      name: "quotes and backslashes escaped",
      given: profiles.equals("email", 'a"b\\c@x.com'),
      grammar: profilesGrammar,
      want: 'equals(email,"a\\"b\\\\c@x.com")',
    },
    {
      name: "a Date in UTC without milliseconds",
      given: profiles.greaterThan("created", new Date(Date.UTC(2026, 0, 1))),
      grammar: profilesGrammar,
      want: "greater-than(created,2026-01-01T00:00:00Z)",
    },
    {
      name: "a Date keeps its milliseconds when it has some",
      given: profiles.lessThan("created", new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 250))),
      grammar: profilesGrammar,
      want: "less-than(created,2026-01-01T00:00:00.250Z)",
    },
    {
      name: "an ISO string with an offset, turned to UTC",
      given: profiles.greaterThan("created", "2026-01-01T02:00:00+02:00"),
      grammar: profilesGrammar,
      want: "greater-than(created,2026-01-01T00:00:00Z)",
    },
    {
      name: "a boolean, with the required channel",
      given: campaigns.and(
        campaigns.equals("messages.channel", "email"),
        campaigns.equals("archived", false),
      ),
      grammar: campaignsGrammar,
      want: 'and(equals(messages.channel,"email"),equals(archived,false))',
    },
    {
      name: "a number",
      given: events.greaterThan("timestamp", 1700000000),
      grammar: eventsGrammar,
      want: "greater-than(timestamp,1700000000)",
    },
    {
      name: "an operator without value",
      given: events.has("profile"),
      grammar: eventsGrammar,
      want: "has(profile)",
    },
    {
      name: "and() of several, flattened",
      given: profiles.and(
        profiles.equals("email", "a@b.com"),
        profiles.and(
          profiles.greaterThan("created", new Date(Date.UTC(2026, 0, 1))),
          profiles.any("id", ["x"]),
        ),
      ),
      grammar: profilesGrammar,
      want: 'and(equals(email,"a@b.com"),greater-than(created,2026-01-01T00:00:00Z),any(id,["x"]))',
    },
    {
      name: "an enum value",
      given: campaigns.equals("messages.channel", "sms"),
      grammar: campaignsGrammar,
      want: 'equals(messages.channel,"sms")',
    },
  ];
  it.each(cases)("$name", ({ given, grammar, want }) => {
    expect(resolveFilter(given, grammar, "op")).toBe(want);
  });

  it("passes a raw string through untouched", () => {
    expect(resolveFilter("equals(anything,'x')", profilesGrammar, "get_profiles")).toBe(
      "equals(anything,'x')",
    );
  });

  it("serialises without a grammar with String()", () => {
    expect(String(profiles.equals("email", "a@b.com"))).toBe('equals(email,"a@b.com")');
  });
});

describe("a plain JavaScript caller's mistakes, caught before sending", () => {
  const untyped = filterBuilder<any>();
  const cases: {
    name: string;
    given: () => Filter<any, any>;
    grammar: typeof profilesGrammar;
    want: string;
  }[] = [
    {
      name: "unknown field",
      given: () => untyped.equals("emial", "a@b.com"),
      grammar: profilesGrammar,
      want: 'get_profiles: cannot filter on "emial"; filterable fields: id, email, created',
    },
    {
      name: "operator the field does not take",
      given: () => untyped.contains("email", "a"),
      grammar: profilesGrammar,
      want: 'get_profiles: "email" does not take contains with a single value; allowed: equals(value), any([values]), equals([values])',
    },
    {
      name: "a list where a single value is wanted",
      given: () => untyped.greaterThan("created", ["2026-01-01"]),
      grammar: profilesGrammar,
      want: 'get_profiles: "created" does not take greater-than with a list; allowed: greater-than(value), less-than(value)',
    },
    {
      name: "a date that is not one",
      given: () => untyped.greaterThan("created", "yesterday"),
      grammar: profilesGrammar,
      want: 'get_profiles: greater-than(created) needs a Date or an ISO 8601 date-time string, got "yesterday"',
    },
    {
      name: "a value outside the enum",
      given: () => untyped.equals("messages.channel", "fax"),
      grammar: campaignsGrammar,
      want: 'get_profiles: equals(messages.channel) needs one of "email", "sms", "mobile_push", got "fax"',
    },
    {
      name: "a string for a boolean",
      given: () => untyped.equals("archived", "false"),
      grammar: campaignsGrammar,
      want: 'get_profiles: equals(archived) needs a boolean, got "false"',
    },
    {
      name: "a fraction for an integer",
      given: () => untyped.greaterThan("timestamp", 1.5),
      grammar: eventsGrammar,
      want: "get_profiles: greater-than(timestamp) needs an integer, got 1.5",
    },
  ];
  it.each(cases)("$name", ({ given, grammar, want }) => {
    expect(() => resolveFilter(given(), grammar, "get_profiles")).toThrow(want);
  });

  it("names a field Klaviyo requires", () => {
    expect(() =>
      resolveFilter(campaigns.equals("archived", false), campaignsGrammar, "get_campaigns"),
    ).toThrow('get_campaigns: Klaviyo requires a filter on "messages.channel"');
  });

  it("rejects a field that is not a string, and an empty and()", () => {
    expect(() => untyped.equals(undefined as never, "x")).toThrow(
      "filter equals(): the field must be a non-empty string",
    );
    expect(() => (untyped.and as () => unknown)()).toThrow(
      "filter and(): give at least one condition",
    );
  });
});
