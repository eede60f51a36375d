// The first hour of a user on TypeScript 7, against the published declarations: what compiles
// and what must not (each @ts-expect-error fails the check if the line compiles).
import {
  createKlaviyo,
  filter,
  getCampaigns,
  getProfile,
  getProfiles,
  isKlaviyoError,
  KlaviyoNotFoundError,
  resolveIncluded,
} from "@klaviyo-ts/2026-04-15";

const klaviyo = createKlaviyo({ apiKey: "pk_test" });

export async function firstHour(): Promise<string[]> {
  const names: string[] = [];
  for await (const p of getProfiles.all(klaviyo, { fields: { profile: ["email"] } })) {
    const one = await getProfile(klaviyo, { id: p.id, include: ["lists"] });
    for (const list of resolveIncluded(one).related(one.data, "lists")) {
      const listType: "list" = list.type;
      names.push(list.attributes.name ?? listType);
    }
    const email: string | null | undefined = p.attributes.email;
    names.push(email ?? "");
    // @ts-expect-error only the fields asked for are there
    void p.attributes.first_name;
  }
  // @ts-expect-error not a resource type of getProfiles
  await getProfiles(klaviyo, { fields: { profiel: ["email"] } });
  // @ts-expect-error Klaviyo requires a filter on messages.channel
  await getCampaigns(klaviyo);
  await getCampaigns(klaviyo, { filter: filter.getCampaigns.equals("messages.channel", "email") });
  return names;
}

export function describeError(error: unknown): string {
  if (error instanceof KlaviyoNotFoundError) return `${error.status}`;
  return isKlaviyoError(error) ? error.message : "not ours";
}
