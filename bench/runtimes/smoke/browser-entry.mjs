// Entry for Chromium (bundled by esbuild): the page reports through window.smokeResult.
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import * as tools from "@klaviyo-ts/REVISION/tools";
import { smokeCredentials, smokePublic, smokeTools } from "./smoke.mjs";

const baseUrl = new URL(location.href).searchParams.get("mock");
const credentials = smokeCredentials.public;
window.smokeResult = Promise.all([
  smokePublic({ lib, core, baseUrl }),
  smokeTools({ tools, baseUrl, credentials }),
]).then(
  (passed) => `ok: ${passed.flat().join(", ")}`,
  (error) => `error: ${error?.stack ?? error}`,
);
