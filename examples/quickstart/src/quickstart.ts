import {
  addProfilesToList,
  bulkImportProfiles,
  createEvent,
  createList,
  createProfile,
  getBulkImportProfilesJob,
  getProfiles,
  KlaviyoConflictError,
  waitForJob,
} from "@klaviyo-ts/2026-04-15";
import { connect } from "./target.js";

const target = await connect();
const { klaviyo } = target;
console.log(`quickstart against ${target.label}`);
const run = Date.now().toString(36);
const email = `quickstart-${run}@example.com`;

try {
  // 1. Create a profile. Klaviyo answers 409 with the existing id when the email is taken.
  let profileId: string;
  try {
    const created = await createProfile(klaviyo, {
      body: {
        data: { type: "profile", attributes: { email, first_name: "Ada", last_name: "Lovelace" } },
      },
    });
    profileId = created.data.id;
  } catch (error) {
    if (!(error instanceof KlaviyoConflictError)) throw error;
    profileId = String(error.errors[0]?.meta?.duplicate_profile_id);
  }
  console.log(`1. profile ${profileId} <${email}>`);

  // 2. Add it to a new list.
  const list = await createList(klaviyo, {
    body: { data: { type: "list", attributes: { name: `klaviyo-ts quickstart ${run}` } } },
  });
  await addProfilesToList(klaviyo, {
    id: list.data.id,
    body: { data: [{ type: "profile", id: profileId }] },
  });
  console.log(`2. added to list ${list.data.id}`);

  // 3. Track an event; the metric is created on first use.
  await createEvent(klaviyo, {
    body: {
      data: {
        type: "event",
        attributes: {
          properties: { source: "klaviyo-ts quickstart" },
          value: 9.99,
          metric: { data: { type: "metric", attributes: { name: "Quickstart Run" } } },
          profile: { data: { type: "profile", attributes: { email } } },
        },
      },
    },
  });
  console.log("3. tracked a 'Quickstart Run' event");

  // 4. Page through profiles: .all() follows links.next, one page in memory at a time.
  let seen = 0;
  for await (const profile of getProfiles.all(
    klaviyo,
    { fields: { profile: ["email"] }, page: { size: 100 } },
    { maxItems: 500 },
  )) {
    if (seen === 0) console.log(`4. first profile: ${profile.attributes.email}`);
    seen++;
  }
  console.log(`   paged through ${seen} profiles`);

  // 5. Start a bulk import and wait for it, printing progress.
  const job = await bulkImportProfiles(klaviyo, {
    body: {
      data: {
        type: "profile-bulk-import-job",
        attributes: {
          profiles: {
            data: [1, 2, 3].map((n) => ({
              type: "profile" as const,
              attributes: { email: `quickstart-${run}-${n}@example.com` },
            })),
          },
        },
        relationships: { lists: { data: [{ type: "list", id: list.data.id }] } },
      },
    },
  });
  const done = await waitForJob(() => getBulkImportProfilesJob(klaviyo, { job_id: job.data.id }), {
    intervalMs: 250,
    onProgress: ({ status, completed, total }) =>
      console.log(`5. import ${job.data.id}: ${status} ${completed ?? 0}/${total ?? "?"}`),
  });
  console.log(`   import finished: ${done.data.attributes.status}`);
} finally {
  await target.close();
}
