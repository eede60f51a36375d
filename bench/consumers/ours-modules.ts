// The consumer of consumers/ours.ts written as the README tells a user (issue 17): each module
// from its own entry, so that tsc reads only these modules' types.
import { createEvent } from "@klaviyo-ts/REVISION/events";
import { getLists } from "@klaviyo-ts/REVISION/lists";
import { createKlaviyo, getProfiles } from "@klaviyo-ts/REVISION/profiles";

export async function syncCustomers(apiKey: string): Promise<number> {
  const klaviyo = createKlaviyo({ apiKey });
  let withEmail = 0;
  for await (const profile of getProfiles.all(klaviyo, {
    fields: { profile: ["email"] },
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
  const lists = await getLists(klaviyo, {});
  return withEmail + lists.data.length;
}
