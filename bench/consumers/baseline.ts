// The same consumer on bare fetch, untyped: the floor any client library adds to.
interface Page {
  data: { attributes: { email?: string | null } }[];
  links?: { next?: string | null };
}

const baseUrl = "https://a.klaviyo.com";

export async function syncCustomers(apiKey: string): Promise<number> {
  const headers = {
    authorization: `Klaviyo-API-Key ${apiKey}`,
    revision: "REVISION",
    accept: "application/vnd.api+json",
    "content-type": "application/vnd.api+json",
  };
  const get = async (path: string) =>
    (await (await fetch(new URL(path, baseUrl), { headers })).json()) as Page;
  let withEmail = 0;
  let next: string | null | undefined = "/api/profiles?fields[profile]=email&page[size]=100";
  while (next) {
    const page = await get(next);
    for (const profile of page.data) if (profile.attributes.email) withEmail++;
    next = page.links?.next;
  }
  await fetch(new URL("/api/events", baseUrl), {
    method: "POST",
    headers,
    body: JSON.stringify({
      data: {
        type: "event",
        attributes: {
          metric: { data: { type: "metric", attributes: { name: "Customers Synced" } } },
          profile: { data: { type: "profile", attributes: { email: "ada@example.com" } } },
          properties: { withEmail },
        },
      },
    }),
  });
  const lists = await get("/api/lists");
  return withEmail + lists.data.length;
}
