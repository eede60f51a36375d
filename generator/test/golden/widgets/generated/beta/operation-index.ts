// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
import type { OperationIndex } from "@klaviyo-ts/core";
export const operationIndex: OperationIndex = {
  limits: [[3, 60]],
  routes: {
    "/api/gadgets/{id}": "A0",
  },
};
