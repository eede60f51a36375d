// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
export interface operations {
    update_gadget: {
        parameters: {
            path: {
                id: string;
            };
        };
        requestBody: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "gadget";
                        id: string;
                        attributes: {
                            label?: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Updated */
            204: {
                content?: never;
            };
        };
    };
}
