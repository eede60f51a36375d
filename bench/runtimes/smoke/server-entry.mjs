// Entry for Node, Bun and Deno: the packages resolve from the scratch project's node_modules.
import * as core from "@klaviyo-ts/core";
import * as lib from "@klaviyo-ts/REVISION";
import * as tools from "@klaviyo-ts/REVISION/tools";
import * as typedFetch from "@klaviyo-ts/REVISION/typed-fetch";
import { smokeCredentials, smokePrivate, smokeTools } from "./smoke.mjs";

const baseUrl = globalThis.Deno ? globalThis.Deno.args[0] : process.argv[2];
const passed = await smokePrivate({ lib, typedFetch, core, baseUrl });
passed.push(...(await smokeTools({ tools, baseUrl, credentials: smokeCredentials.private })));
console.log(`ok: ${passed.join(", ")}`);
