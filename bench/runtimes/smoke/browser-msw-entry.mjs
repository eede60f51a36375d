// Entry for Chromium with msw's setupWorker (bundled by esbuild): the page's origin serves
// mockServiceWorker.js and the spec; the worker answers https://a.klaviyo.com from the mock.
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import { klaviyoHandlers } from "@klaviyo-ts/mock/msw";
import { setupWorker } from "msw/browser";
import msw from "msw/package.json" with { type: "json" };
import { smokeMswPrivate, smokeMswPublic } from "./smoke.mjs";

async function run() {
  const spec = await (await fetch("/stable.json")).json();
  const worker = setupWorker(...(await klaviyoHandlers({ revision: "REVISION", spec })));
  await worker.start({
    serviceWorker: { url: "/mockServiceWorker.js" },
    onUnhandledRequest: "error",
    quiet: true,
  });
  // msw falls back to in-page interception when no worker registers; this check is about the worker.
  if (!navigator.serviceWorker.controller)
    throw new Error("mockServiceWorker.js does not control the page");
  try {
    const passed = [...(await smokeMswPublic({ lib })), ...(await smokeMswPrivate({ lib, core }))];
    return `ok: msw ${msw.version} setupWorker: ${passed.join(", ")}`;
  } finally {
    worker.stop();
  }
}

window.smokeResult = run().catch((error) => `error: ${error?.stack ?? error}`);
