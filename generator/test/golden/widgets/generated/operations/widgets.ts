// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import { type DateTimeValue, defineOperation, type FilterArgument, type Operation } from "@klaviyo-ts/core";
import type { operations } from "../types/widgets.js";
/**
 * Create Widget
 *
 * Scopes: `widgets:write` · Rate limits: burst 10/s, steady 150/m, daily 1000/d
 * Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/create_widget
 */
export const createWidget: Operation<operations["create_widget"], never, { params: { headers?: { "X-Idempotency-Note"?: Required<NonNullable<operations["create_widget"]["parameters"]["header"]>>["X-Idempotency-Note"] }; body: operations["create_widget"]["requestBody"]["content"]["application/vnd.api+json"] }; required: "body"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "create_widget",
  method: "POST",
  path: "/api/widgets",
  rateLimit: {
    burst: 10,
    steady: 150,
    daily: 1000,
  },
  scopes: ["widgets:write"],
});
/** @deprecated Use `createWidget` (`create_widget`); `make_widget` is its former operationId. */
export const makeWidget: typeof createWidget = createWidget;
/** @deprecated Use `createWidget` (`create_widget`); `spawn_widget` is its former operationId. */
export const spawnWidget: typeof createWidget = createWidget;
/**
 * Delete Widget
 *
 * Scopes: `widgets:write` · Rate limits: burst 3/s, steady 60/m
 * Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/delete_widget
 */
export const deleteWidget: Operation<operations["delete_widget"], never, { params: { id: Required<NonNullable<operations["delete_widget"]["parameters"]["path"]>>["id"] }; required: "id"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "delete_widget",
  method: "DELETE",
  path: "/api/widgets/{id}",
  rateLimit: {
    burst: 3,
    steady: 60,
  },
  scopes: ["widgets:write"],
});
/**
 * Get Widget
 *
 * Scopes: `widgets:read` · Rate limits: burst 75/s, steady 700/m
 * Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/get_widget
 */
export const getWidget: Operation<operations["get_widget"], never, { params: { id: Required<NonNullable<operations["get_widget"]["parameters"]["path"]>>["id"] }; required: "id"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "get_widget",
  method: "GET",
  path: "/api/widgets/{id}",
  rateLimit: {
    burst: 75,
    steady: 700,
  },
  scopes: ["widgets:read"],
});
/** What `getWidgets` can filter on (x-klaviyo-filters): fields, operators, value types. */
export type GetWidgetsFilterGrammar = { "created": { single: "greater-than"; value: DateTimeValue }; "name": { single: "equals"; list: "any"; value: string } };
/**
 * Get Widgets
 *
 * Scopes: `widgets:read` · Rate limits: burst 75/s, steady 700/m
 * Reference: https://developers.klaviyo.com/en/v2030-01-15/reference/get_widgets
 */
export const getWidgets: Operation<operations["get_widgets"], GetWidgetsFilterGrammar, { params: { include?: Required<NonNullable<operations["get_widgets"]["parameters"]["query"]>>["include"]; filter?: FilterArgument<GetWidgetsFilterGrammar>; sort?: Required<NonNullable<operations["get_widgets"]["parameters"]["query"]>>["sort"]; page?: { cursor?: Required<NonNullable<operations["get_widgets"]["parameters"]["query"]>>["page[cursor]"]; size?: Required<NonNullable<operations["get_widgets"]["parameters"]["query"]>>["page[size]"] } }; required: never; paginated: true; fields: "widget"; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "get_widgets",
  method: "GET",
  path: "/api/widgets",
  rateLimit: {
    burst: 75,
    steady: 700,
  },
  scopes: ["widgets:read"],
  paginated: true,
  filters: {
    created: "h:d",
    name: "a/b:s",
  },
});
