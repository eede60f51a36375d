// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
