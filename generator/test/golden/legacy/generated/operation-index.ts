// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
import type { OperationIndex } from "@klaviyo-ts/core";
export const operationIndex: OperationIndex = {
  limits: [[3, 100, 100]],
  routes: {
    "/api/image-upload": "P0",
    "/api/image-upload-file": "P0",
  },
};
