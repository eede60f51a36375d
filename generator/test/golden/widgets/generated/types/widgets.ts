// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { components } from "./components.js";
export interface operations {
    get_widgets: {
        parameters: {
            query?: {
                "fields[widget]"?: components["schemas"]["WidgetFields"];
                include?: "gadgets"[];
                filter?: string;
                sort?: "name" | "-name";
                "page[cursor]"?: string;
                "page[size]"?: number;
            };
        };
        responses: {
            /** @description Success */
            200: {
                content: {
                    "application/vnd.api+json": components["schemas"]["WidgetCollection"];
                };
            };
        };
    };
    create_widget: {
        parameters: {
            header?: {
                "X-Idempotency-Note"?: string;
            };
        };
        requestBody: {
            content: {
                "application/vnd.api+json": components["schemas"]["WidgetCreateQuery"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                content: {
                    "application/vnd.api+json": components["schemas"]["WidgetDocument"];
                };
            };
        };
    };
    get_widget: {
        parameters: {
            path: {
                id: string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                content: {
                    "application/vnd.api+json": components["schemas"]["WidgetDocument"];
                };
            };
        };
    };
    delete_widget: {
        parameters: {
            path: {
                id: string;
            };
        };
        responses: {
            /** @description Deleted */
            204: {
                content?: never;
            };
        };
    };
}
