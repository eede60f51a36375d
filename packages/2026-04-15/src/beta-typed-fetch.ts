// Typed fetch over the pre-release operations, on a client sending the "<revision>.pre" header.
export * from "./generated/beta/typed-fetch.js";
export * from "@klaviyo-ts/core/typed-fetch";
