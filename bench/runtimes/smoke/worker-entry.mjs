// Entry for workerd (bundled by esbuild): runs the smoke test on a request, answers 200 or 500.
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import * as tools from "@klaviyo-ts/REVISION/tools";
import * as typedFetch from "@klaviyo-ts/REVISION/typed-fetch";
import { smokeCredentials, smokePrivate, smokeTools } from "./smoke.mjs";

export default {
  async fetch(_request, env) {
    try {
      const passed = await smokePrivate({ lib, typedFetch, core, baseUrl: env.MOCK_URL });
      const credentials = smokeCredentials.private;
      passed.push(...(await smokeTools({ tools, baseUrl: env.MOCK_URL, credentials })));
      return new Response(`ok: ${passed.join(", ")}`);
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
