// The client is generated into ./generated (klaviyo-gen generate); this file only fixes the public entry.
export * from "./generated/index.js";
// Errors, waitForJob, resolveIncluded, the stores and helper types: one install, one import.
export * from "@klaviyo-ts/core";
