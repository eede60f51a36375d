// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
import { defineTools, type JsonSchema, type KlaviyoTool } from "@klaviyo-ts/core";
import { updateGadget } from "./operations/beta-apis.js";

export { createKlaviyo, revision } from "./index.js";
const defs: Record<string, JsonSchema> = {
};
// Parameter schemas that recur across operations (a resource's sparse fieldset, a filter).
/**
 * Every operation of revision 2030-01-15.pre as a JSON-Schema tool (name, description, inputSchema,
 * annotations) whose `call(client, args)` goes through the operation function: pacing, retries,
 * typed errors, redaction.
 */
export const tools: readonly KlaviyoTool[] = /* @__PURE__ */ defineTools(defs, [
  [{"name":"update_gadget","title":"Update Gadget","description":"Update Gadget\n\nRate limits: burst 3/s, steady 60/m. Scopes: gadgets:write.\n\nBeta: a pre-release operation that may change without notice.","tags":["Beta APIs"],"params":{"id":"id","body":"body"},"properties":{"id":{"type":"string"},"body":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gadget"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"label":{"type":["string","null"]}}}},"required":["type","id","attributes"]}},"required":["data"],"description":"The JSON:API request document."}},"required":["id","body"],"defs":[]}, updateGadget],
]);
