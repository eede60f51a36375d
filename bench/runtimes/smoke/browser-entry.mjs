// Entry for Chromium (bundled by esbuild): the page reports through window.smokeResult.
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import { smokePublic } from "./smoke.mjs";

const baseUrl = new URL(location.href).searchParams.get("mock");
window.smokeResult = smokePublic({ lib, core, baseUrl }).then(
  (passed) => `ok: ${passed.join(", ")}`,
  (error) => `error: ${error?.stack ?? error}`,
);
