// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
export interface components {
    schemas: {
        /** @enum {string} */
        WidgetEnum: "widget";
        Color: ("red" | "blue") | {
            hex: string;
        };
        WidgetAttributes: {
            name: string;
            color?: components["schemas"]["Color"];
            size?: number | null;
            /** @default true */
            visible?: boolean;
            properties?: Record<string, unknown>;
        };
        WidgetResourceObject: {
            type: components["schemas"]["WidgetEnum"];
            id: string;
            attributes: components["schemas"]["WidgetAttributes"];
        };
        WidgetDocument: {
            data: components["schemas"]["WidgetResourceObject"];
        };
        WidgetCollection: {
            data: components["schemas"]["WidgetResourceObject"][];
            links?: {
                next?: string | null;
            };
        };
        WidgetCreateQuery: {
            data: {
                type: components["schemas"]["WidgetEnum"];
                attributes: components["schemas"]["WidgetAttributes"];
            };
        };
        WidgetViewCreateQuery: {
            data: {
                /** @enum {string} */
                type: "widget-view";
                attributes: {
                    widget_id?: string;
                };
            };
        };
        Error: {
            errors: Record<string, unknown>[];
        };
        WidgetFields: ("name" | "color" | "size")[];
    };
    responses: {
        /** @description Client Error */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
