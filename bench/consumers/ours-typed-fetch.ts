// The consumer of issue 3 on the client with typed fetch (issue 17): the same three calls, typed fetch unused.
import { createEvent, getLists, getProfiles } from "@klaviyo-ts/REVISION";
import { createKlaviyoWithTypedFetch } from "@klaviyo-ts/REVISION/typed-fetch";

export async function syncCustomers(apiKey: string): Promise<number> {
  const klaviyo = createKlaviyoWithTypedFetch({ apiKey });
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
