// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
export interface operations {
    upload_image_from_url: {
        parameters: {};
        requestBody: {
            content: {
                "application/vnd.api+json": {
                    data: {
                        /** @enum {string} */
                        type: "image";
                        attributes: {
                            import_from_url: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                content: {
                    "application/vnd.api+json": {
                        data?: {
                            id?: string;
                        };
                    };
                };
            };
        };
    };
    upload_image_from_file: {
        parameters: {};
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                    name?: string;
                    /** @default false */
                    hidden?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                content: {
                    "application/vnd.api+json": {
                        data?: {
                            id?: string;
                        };
                    };
                };
            };
        };
    };
}
