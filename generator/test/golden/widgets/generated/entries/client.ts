// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
export * from "@klaviyo-ts/core";
export { createKlaviyo, revision } from "../operations-client.js";
export * from "../operations/client.js";
