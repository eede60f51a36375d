// The realistic consumer of issue 3, written with @klaviyo-ts: page through profiles, create an event, get lists.
import { createEvent, createKlaviyo, getLists, getProfiles } from "@klaviyo-ts/REVISION";

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
