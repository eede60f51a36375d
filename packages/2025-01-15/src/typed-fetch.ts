// Typed fetch (createKlaviyoWithTypedFetch, the `paths` of every route), apart from the operation functions.
export * from "./generated/typed-fetch.js";
export * from "@klaviyo-ts/core/typed-fetch";
