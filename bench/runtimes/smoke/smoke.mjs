// The runtime matrix's smoke test: the same checks in every runtime, Web APIs only.
// `lib` is the packed revision package, `core` the packed @klaviyo-ts/core, both as the runtime loaded them.

const apiKey = `pk_${"5".repeat(34)}`;
const publicKey = "AbC123";
const encoder = new TextEncoder();

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

const event = (email) => ({
  data: {
    type: "event",
    attributes: {
      metric: { data: { type: "metric", attributes: { name: "Runtime Smoke" } } },
      profile: { data: { type: "profile", attributes: { email } } },
      properties: { runtime: true },
    },
  },
});

async function pagesThroughProfiles(lib, klaviyo) {
  const ids = new Set();
  for await (const profile of lib.getProfiles.all(
    klaviyo,
    { page: { size: 20 } },
    { maxItems: 50 },
  )) {
    assert(profile.type === "profile", `item type ${profile.type}`);
    ids.add(profile.id);
  }
  assert(ids.size === 50, `50 distinct profiles over 3 pages, got ${ids.size}`);
}

async function getsTypedNotFound(lib, core, klaviyo) {
  try {
    await lib.getProfile(klaviyo, { id: "01NOSUCHPROFILE000000000000" });
  } catch (error) {
    assert(
      error instanceof core.KlaviyoNotFoundError,
      `KlaviyoNotFoundError, got ${error?.name}: ${error?.message}`,
    );
    assert(error instanceof core.KlaviyoApiError && error.status === 404, "status 404");
    return;
  }
  throw new Error("assertion failed: getProfile of an unknown id resolved");
}

/** The opt-in typed-fetch client (its own entry): openapi-fetch's { data, error } over the same runtime. */
async function listsWithTypedFetch(typedFetch, baseUrl) {
  const klaviyo = typedFetch.createKlaviyoWithTypedFetch({ apiKey, baseUrl });
  const { data, error } = await klaviyo.GET("/api/lists");
  assert(error === undefined, `GET /api/lists failed: ${JSON.stringify(error)}`);
  assert(Array.isArray(data?.data), "GET /api/lists gave a list collection");
}

/** Signs like Klaviyo (HMAC-SHA256 of body + timestamp, hex), independently of core, then verifies. */
async function verifiesWebhookSignature(core) {
  const secret = "whsec_runtime_smoke";
  const body = JSON.stringify({ data: [{ type: "event", id: "1" }] });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign("HMAC", key, encoder.encode(body + timestamp)),
  );
  const signature = Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
  const headers = { "klaviyo-signature": signature, "klaviyo-timestamp": timestamp };
  await core.verifyWebhookSignature({ secret, rawBody: body, headers });
  try {
    await core.verifyWebhookSignature({ secret, rawBody: `${body} `, headers });
  } catch (error) {
    assert(error instanceof core.KlaviyoWebhookSignatureError, `tampered body: ${error?.name}`);
    return;
  }
  throw new Error("assertion failed: a tampered webhook body verified");
}

/** Server-side runtimes: private key, every check. Resolves with the names of the checks passed. */
export async function smokePrivate({ lib, typedFetch, core, baseUrl }) {
  const klaviyo = lib.createKlaviyo({ apiKey, baseUrl });
  const passed = [];
  await pagesThroughProfiles(lib, klaviyo);
  passed.push("pagination");
  await lib.createEvent(klaviyo, { body: event("smoke@example.com") });
  passed.push("create event");
  await getsTypedNotFound(lib, core, klaviyo);
  passed.push("typed 404");
  await listsWithTypedFetch(typedFetch, baseUrl);
  passed.push("typed fetch");
  await verifiesWebhookSignature(core);
  passed.push("webhook signature");
  return passed;
}

/** Browsers: the client endpoints with a public key (cross-origin, so the mock's CORS is exercised). */
export async function smokePublic({ lib, core, baseUrl }) {
  const klaviyo = lib.createKlaviyo({ publicKey, baseUrl });
  const passed = [];
  await lib.createClientEvent(klaviyo, { body: event("browser@example.com") });
  passed.push("client event");
  await lib.createClientProfile(klaviyo, {
    body: { data: { type: "profile", attributes: { email: "browser@example.com" } } },
  });
  passed.push("client profile");
  await verifiesWebhookSignature(core);
  passed.push("webhook signature");
  return passed;
}

/**
 * The tool catalogue (`./tools`) loads and calls through the runtime here too: every tool has a
 * JSON-Schema object input, and one read (private key) or one client write (public key) works.
 */
export async function smokeTools({ tools, baseUrl, credentials }) {
  const passed = [];
  assert(tools.tools.length > 0, "the catalogue lists tools");
  for (const tool of tools.tools) {
    assert(/^[a-z0-9_]{1,64}$/.test(tool.name), `tool name ${tool.name}`);
    assert(tool.inputSchema.type === "object", `${tool.name} takes an object`);
  }
  const klaviyo = tools.createKlaviyo({ ...credentials, baseUrl });
  const byName = (name) => tools.tools.find((tool) => tool.name === name);
  if (credentials.apiKey) {
    const page = await byName("get_profiles").call(klaviyo, { page_size: 2 });
    assert(page.data.length === 2, `get_profiles tool gave ${page.data.length} profiles`);
  } else {
    await byName("create_client_profile").call(klaviyo, {
      body: { data: { type: "profile", attributes: { email: "tools@example.com" } } },
    });
  }
  passed.push("tool catalogue");
  return passed;
}

/**
 * Through MSW (`@klaviyo-ts/mock/msw`): the client keeps its default base URL, https://a.klaviyo.com,
 * and MSW answers from the mock. Stateful: the profile read back is the one created.
 */
export async function smokeMswPrivate({ lib, core }) {
  const klaviyo = lib.createKlaviyo({ apiKey });
  const passed = [];
  const page = await lib.getProfiles(klaviyo, { page: { size: 5 } });
  assert(page.data.length === 5, `getProfiles gave ${page.data.length} profiles`);
  passed.push("getProfiles");
  const email = "msw@example.com";
  const created = await lib.createProfile(klaviyo, {
    body: { data: { type: "profile", attributes: { email } } },
  });
  const read = await lib.getProfile(klaviyo, { id: created.data.id });
  assert(
    read.data.attributes.email === email,
    `created profile read back: ${read.data.attributes.email}`,
  );
  passed.push("createProfile");
  await getsTypedNotFound(lib, core, klaviyo);
  passed.push("typed 404");
  return passed;
}

/** The browser's share of the MSW checks: client endpoints with a public key, default base URL. */
export async function smokeMswPublic({ lib }) {
  const klaviyo = lib.createKlaviyo({ publicKey });
  await lib.createClientEvent(klaviyo, { body: event("worker@example.com") });
  await lib.createClientProfile(klaviyo, {
    body: { data: { type: "profile", attributes: { email: "worker@example.com" } } },
  });
  return ["client event", "client profile"];
}

export const smokeCredentials = { private: { apiKey }, public: { publicKey } };
