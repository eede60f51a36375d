// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { OperationIndex } from "@klaviyo-ts/core";
export const operationIndex: OperationIndex = {
  "DELETE /api/widgets/{id}": ["delete_widget", 3, 60],
  "GET /api/widgets": ["get_widgets", 75, 700],
  "GET /api/widgets/{id}": ["get_widget", 75, 700],
  "POST /api/widgets": ["create_widget", 10, 150, 1000],
  "POST /client/widget-views": ["create_client_widget_view", 350, 3500],
};
