// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import { clientEndpointAuth, defineOperation, type Operation } from "@klaviyo-ts/core";
import type { operations } from "../types/client.js";
/**
 * Create Client Widget View
 *
 * Scopes: none · Rate limits: burst 350/s, steady 3500/m
 * Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/create_client_widget_view
 */
export const createClientWidgetView: Operation<operations["create_client_widget_view"], never, { params: { body: operations["create_client_widget_view"]["requestBody"]["content"]["application/vnd.api+json"] }; required: "body"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "create_client_widget_view",
  method: "POST",
  path: "/client/widget-views",
  auth: clientEndpointAuth,
  rateLimit: {
    burst: 350,
    steady: 3500,
  },
  scopes: [],
});
