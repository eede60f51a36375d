// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { components } from "./components.js";
export interface paths {
    "/api/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Widgets */
        get: operations["get_widgets"];
        put?: never;
        /** Create Widget */
        post: operations["create_widget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Widget */
        get: operations["get_widget"];
        put?: never;
        post?: never;
        /** Delete Widget */
        delete: operations["delete_widget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface operations {
    get_widgets: {
        parameters: {
            query?: {
                "fields[widget]"?: ("name" | "color" | "size")[];
                include?: "gadgets"[];
                filter?: string;
                sort?: "name" | "-name";
                "page[cursor]"?: string;
                "page[size]"?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["WidgetCollection"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    create_widget: {
        parameters: {
            query?: never;
            header?: {
                "X-Idempotency-Note"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["WidgetCreateQuery"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["WidgetDocument"];
                };
            };
        };
    };
    get_widget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.api+json": components["schemas"]["WidgetDocument"];
                };
            };
        };
    };
    delete_widget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
