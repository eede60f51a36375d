// The consumer of consumers/ours-modules.ts with typed filters in use (issue 6): the cost of the
// filter grammar types on top of the same program.
import { createEvent } from "@klaviyo-ts/REVISION/events";
import { filter as listFilter, getLists } from "@klaviyo-ts/REVISION/lists";
import { createKlaviyo, filter, getProfiles } from "@klaviyo-ts/REVISION/profiles";

export async function syncCustomers(apiKey: string): Promise<number> {
  const klaviyo = createKlaviyo({ apiKey });
  let withEmail = 0;
  for await (const profile of getProfiles.all(klaviyo, {
    fields: { profile: ["email"] },
    filter: filter.getProfiles.and(
      filter.getProfiles.greaterThan("created", new Date("2026-01-01")),
      filter.getProfiles.any("email", ["ada@example.com", "grace@example.com"]),
    ),
    page: { size: 100 },
  })) {
    if (profile.attributes.email) withEmail++;
  }
  await createEvent(klaviyo, {
    body: {
      data: {
        type: "event",
        attributes: {
          metric: { data: { type: "metric", attributes: { name: "Customers Synced" } } },
          profile: { data: { type: "profile", attributes: { email: "ada@example.com" } } },
          properties: { withEmail },
        },
      },
    },
  });
  const lists = await getLists(klaviyo, { filter: listFilter.getLists.any("name", ["VIP"]) });
  return withEmail + lists.data.length;
}
