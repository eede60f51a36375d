// The same consumer written with the official SDK, klaviyo-api@22 (revision 2026-04-15).
import { ApiKeySession, EventsApi, ListsApi, ProfilesApi } from "klaviyo-api";

export async function syncCustomers(apiKey: string): Promise<number> {
  const session = new ApiKeySession(apiKey);
  const profilesApi = new ProfilesApi(session);
  let withEmail = 0;
  let pageCursor: string | undefined;
  do {
    const { body } = await profilesApi.getProfiles({
      fieldsProfile: ["email"],
      pageSize: 100,
      pageCursor,
    });
    for (const profile of body.data) if (profile.attributes.email) withEmail++;
    const next = body.links?.next;
    pageCursor = next ? (new URL(next).searchParams.get("page[cursor]") ?? undefined) : undefined;
  } while (pageCursor);
  await new EventsApi(session).createEvent({
    data: {
      type: "event",
      attributes: {
        metric: { data: { type: "metric", attributes: { name: "Customers Synced" } } },
        profile: { data: { type: "profile", attributes: { email: "ada@example.com" } } },
        properties: { withEmail },
      },
    },
  });
  const { body: lists } = await new ListsApi(session).getLists();
  return withEmail + lists.data.length;
}
