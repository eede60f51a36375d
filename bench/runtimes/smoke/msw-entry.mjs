// Entry for Node 22/24 with msw's newest major: setupServer with the mock's handlers, the client on
// its default base URL (https://a.klaviyo.com); a request MSW does not handle fails the run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import { klaviyoHandlers } from "@klaviyo-ts/mock/msw";
import { setupServer } from "msw/node";
import { smokeMswPrivate } from "./smoke.mjs";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));
const msw = createRequire(import.meta.url)("msw/package.json");
const server = setupServer(...(await klaviyoHandlers({ revision: "REVISION", spec })));
server.listen({ onUnhandledRequest: "error" });
try {
  const passed = await smokeMswPrivate({ lib, core });
  console.log(`ok: msw ${msw.version} setupServer: ${passed.join(", ")}`);
} finally {
  server.close();
}
