// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
export {};
