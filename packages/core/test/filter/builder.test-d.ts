import { describe, expectTypeOf, it } from "vitest";
import { filterBuilder, filterBuilders } from "../../src/filter/builder.js";
import type { Filter } from "../../src/filter/filter.js";
import type { CampaignsGrammar, EventsGrammar, ProfilesGrammar } from "./grammar-fixture.js";

const profiles = filterBuilder<ProfilesGrammar>();
const events = filterBuilder<EventsGrammar>();
const campaigns = filterBuilder<CampaignsGrammar>();

describe("typed filter builder", () => {
  it("offers only the fields an operator allows", () => {
    expectTypeOf(profiles.equals("email", "a@b.com")).toEqualTypeOf<
      Filter<ProfilesGrammar, "email">
    >();
    // @ts-expect-error created takes no equals
    profiles.equals("created", "2026-01-01");
    // @ts-expect-error unknown field
    profiles.equals("emial", "a@b.com");
    // @ts-expect-error email takes no contains
    profiles.contains("email", "a");
    // @ts-expect-error profile takes no value
    events.has("metric_id");
    events.has("profile");
  });

  it("takes values of the field's type", () => {
    profiles.any("id", ["a", "b"]);
    // @ts-expect-error any takes a list
    profiles.any("id", "a");
    profiles.greaterThan("created", new Date());
    profiles.greaterThan("created", "2026-01-01T00:00:00Z");
    // @ts-expect-error a number is not a date
    profiles.greaterThan("created", 5);
    campaigns.equals("archived", false);
    // @ts-expect-error boolean field
    campaigns.equals("archived", "false");
    campaigns.equals("messages.channel", "email");
    // @ts-expect-error not in the enum
    campaigns.equals("messages.channel", "fax");
    events.greaterThan("timestamp", 1);
    // @ts-expect-error number field
    events.greaterThan("timestamp", "1");
  });

  it("records the fields a filter tests, so a required one can be demanded", () => {
    const both = campaigns.and(
      campaigns.equals("messages.channel", "email"),
      campaigns.contains("name", "x"),
    );
    expectTypeOf(both).toEqualTypeOf<Filter<CampaignsGrammar, "messages.channel" | "name">>();
    const needsChannel = (_f: Filter<CampaignsGrammar, "messages.channel">) => {};
    needsChannel(both);
    needsChannel(campaigns.equals("messages.channel", "sms"));
    // @ts-expect-error the channel filter is missing
    needsChannel(campaigns.contains("name", "x"));
    const anyCampaignFilter = (_f: Filter<CampaignsGrammar>) => {};
    anyCampaignFilter(campaigns.contains("name", "x"));
  });

  it("does not mix filters of different operations", () => {
    const takesProfiles = (_f: Filter<ProfilesGrammar>) => {};
    takesProfiles(profiles.equals("email", "x"));
    // @ts-expect-error an events filter
    takesProfiles(events.has("profile"));
    // @ts-expect-error and() of two operations' filters
    profiles.and(profiles.equals("email", "x"), events.has("profile"));
  });

  it("gives one builder per operation name", () => {
    const filter = filterBuilders<{ getProfiles: typeof profiles; getEvents: typeof events }>();
    expectTypeOf(filter.getProfiles.equals("email", "x")).toEqualTypeOf<
      Filter<ProfilesGrammar, "email">
    >();
    // @ts-expect-error not an operation
    filter.getLists;
  });
});
