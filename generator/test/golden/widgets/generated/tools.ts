// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import { defineTools, type JsonSchema, type KlaviyoTool } from "@klaviyo-ts/core";
import { createClientWidgetView } from "./operations/client.js";
import { createWidget, deleteWidget, getWidget, getWidgets } from "./operations/widgets.js";

export { createKlaviyo, revision } from "./index.js";
const defs: Record<string, JsonSchema> = {
  "Color": {"oneOf":[{"type":"string","enum":["red","blue"]},{"type":"object","properties":{"hex":{"type":"string"}},"required":["hex"]}]},
  "WidgetAttributes": {"type":"object","properties":{"name":{"type":"string"},"color":{"$ref":"#/$defs/Color"},"size":{"type":["integer","null"]},"visible":{"type":"boolean","default":true},"properties":{"type":"object","description":"Free-form custom properties"}},"required":["name"]},
  "WidgetCreateQuery": {"type":"object","properties":{"data":{"type":"object","properties":{"type":{"$ref":"#/$defs/WidgetEnum"},"attributes":{"$ref":"#/$defs/WidgetAttributes"}},"required":["type","attributes"]}},"required":["data"]},
  "WidgetEnum": {"type":"string","enum":["widget"]},
  "WidgetViewCreateQuery": {"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["widget-view"]},"attributes":{"type":"object","properties":{"widget_id":{"type":"string"}}}},"required":["type","attributes"]}},"required":["data"]},
};
// Parameter schemas that recur across operations (a resource's sparse fieldset, a filter).
const p0: JsonSchema = {"type":"string"};
/**
 * Every operation of revision 2030-01-15 as a JSON-Schema tool (name, description, inputSchema,
 * annotations) whose `call(client, args)` goes through the operation function: pacing, retries,
 * typed errors, redaction.
 */
export const tools: readonly KlaviyoTool[] = /* @__PURE__ */ defineTools(defs, [
  [{"name":"create_client_widget_view","title":"Create Client Widget View","description":"Create Client Widget View\n\nRate limits: burst 350/s, steady 3500/m. Scopes: none.","tags":["Client"],"params":{"body":"body"},"properties":{"body":{"$ref":"#/$defs/WidgetViewCreateQuery","description":"The JSON:API request document."}},"required":["body"],"defs":["WidgetViewCreateQuery"]}, createClientWidgetView],
  [{"name":"create_widget","title":"Create Widget","description":"Create Widget\n\nRate limits: burst 10/s, steady 150/m, daily 1000/d. Scopes: widgets:write.","tags":["Widgets"],"params":{"body":"body"},"properties":{"body":{"$ref":"#/$defs/WidgetCreateQuery","description":"The JSON:API request document."}},"required":["body"],"defs":["Color","WidgetAttributes","WidgetCreateQuery","WidgetEnum"]}, createWidget],
  [{"name":"delete_widget","title":"Delete Widget","description":"Delete Widget\n\nRate limits: burst 3/s, steady 60/m. Scopes: widgets:write.","tags":["Widgets"],"params":{"id":"id"},"properties":{"id":p0},"required":["id"],"defs":[]}, deleteWidget],
  [{"name":"get_widget","title":"Get Widget","description":"Get Widget\n\nRate limits: burst 75/s, steady 700/m. Scopes: widgets:read.","tags":["Widgets"],"params":{"id":"id"},"properties":{"id":p0},"required":["id"],"defs":[]}, getWidget],
  [{"name":"get_widgets","title":"Get Widgets","description":"Get Widgets\n\nRate limits: burst 75/s, steady 700/m. Scopes: widgets:read.","tags":["Widgets"],"params":{"fields_widget":"fields[widget]","include":"include","filter":"filter","sort":"sort","page_cursor":"page[cursor]","page_size":"page[size]"},"properties":{"fields_widget":{"type":"array","items":{"type":"string","enum":["name","color","size"]},"description":"Sparse fieldset: only these fields of each widget resource."},"include":{"type":"array","items":{"type":"string","enum":["gadgets"]},"description":"Related resources to include in the response (JSON:API `included`)."},"filter":{"type":"string","description":"Klaviyo filter expression (https://developers.klaviyo.com/en/v2030-01-15/reference/api-overview#filtering): `operator(field,value)`, e.g. `equals(email,\"a@example.com\")`, `any(id,[\"a\",\"b\"])`, `greater-than(created,2024-01-01T00:00:00Z)`; combine with `and(...)`. Fields and operators:\ncreated: greater-than (date-time)\nname: any, equals (string)"},"sort":{"type":"string","enum":["name","-name"],"description":"Sort order; a leading `-` sorts descending."},"page_cursor":{"type":"string","description":"Cursor of the page to fetch: the `page_cursor` a previous result states as next."},"page_size":{"type":"integer","default":20,"minimum":1,"maximum":100}},"required":[],"defs":[],"compact":{"page_size":20}}, getWidgets],
]);
