// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { OperationIndex } from "@klaviyo-ts/core";
export const operationIndex: OperationIndex = {
  limits: [[75, 700], [10, 150, 1000], [3, 60], [350, 3500]],
  routes: {
    "/api/widgets": "G0P1",
    "/api/widgets/{id}": "D2G0",
    "/client/widget-views": "P3",
  },
};
