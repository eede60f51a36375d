// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
export type Error = {
    errors: Record<string, unknown>[];
};
export interface components {
    responses: {
        /** @description Client Error */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": Error;
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
