// The client is generated into ./generated (klaviyo-gen generate); this file only fixes the public entry.
export * from "./generated/index.js";
