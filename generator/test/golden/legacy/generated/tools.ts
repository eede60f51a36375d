// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
import { defineTools, type JsonSchema, type KlaviyoTool } from "@klaviyo-ts/core";
import { uploadImageFromFile, uploadImageFromUrl } from "./operations/images.js";

export { createKlaviyo, revision } from "./index.js";
const defs: Record<string, JsonSchema> = {
};
// Parameter schemas that recur across operations (a resource's sparse fieldset, a filter).
/**
 * Every operation of revision 2023-01-01 as a JSON-Schema tool (name, description, inputSchema,
 * annotations) whose `call(client, args)` goes through the operation function: pacing, retries,
 * typed errors, redaction.
 */
export const tools: readonly KlaviyoTool[] = /* @__PURE__ */ defineTools(defs, [
  [{"name":"upload_image_from_file","title":"Upload Image From File","description":"Upload Image From File\n\nRate limits: burst 3/s, steady 100/m, daily 100/d. Scopes: images:write.","tags":["Images"],"params":{"body":"body"},"properties":{"body":{"type":"object","properties":{"file":{"type":"string","format":"binary"},"name":{"type":"string"},"hidden":{"type":"boolean","default":false}},"required":["file"],"description":"The multipart form fields of the request."}},"required":["body"],"defs":[]}, uploadImageFromFile],
  [{"name":"upload_image_from_url","title":"Upload Image From URL","description":"Upload Image From URL\n\nRate limits: burst 3/s, steady 100/m, daily 100/d. Scopes: images:write.","tags":["Images"],"params":{"body":"body"},"properties":{"body":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["image"]},"attributes":{"type":"object","properties":{"import_from_url":{"type":"string"}},"required":["import_from_url"]}},"required":["type","attributes"]}},"required":["data"],"description":"The JSON:API request document."}},"required":["body"],"defs":[]}, uploadImageFromUrl],
]);
