// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
import { defineOperation, type Operation } from "@klaviyo-ts/core";
import type { operations } from "../types/beta-apis.js";
/**
 * Update Gadget
 *
 * Beta: this operation is a pre-release and may change without notice.
 *
 * Scopes: `gadgets:write` · Rate limits: burst 3/s, steady 60/m
 * Reference: https://developers.klaviyo.com/en/v2030-01-15.pre/reference/update_gadget
 */
export const updateGadget: Operation<operations["update_gadget"], never, { params: { id: Required<NonNullable<operations["update_gadget"]["parameters"]["path"]>>["id"]; body: operations["update_gadget"]["requestBody"]["content"]["application/vnd.api+json"] }; required: "body" | "id"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "update_gadget",
  method: "PATCH",
  path: "/api/gadgets/{id}",
  rateLimit: {
    burst: 3,
    steady: 60,
  },
  scopes: ["gadgets:write"],
  beta: true,
});
/** @deprecated Use `updateGadget` (`update_gadget`); `update_gadget_beta` is its former operationId. */
export const updateGadgetBeta: typeof updateGadget = updateGadget;
