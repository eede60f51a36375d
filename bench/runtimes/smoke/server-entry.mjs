// Entry for Node, Bun and Deno: the packages resolve from the scratch project's node_modules.
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import { smokePrivate } from "./smoke.mjs";

const baseUrl = globalThis.Deno ? globalThis.Deno.args[0] : process.argv[2];
const passed = await smokePrivate({ lib, core, baseUrl });
console.log(`ok: ${passed.join(", ")}`);
