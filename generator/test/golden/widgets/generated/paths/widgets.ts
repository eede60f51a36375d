// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { components } from "../types/components.js";
import type { operations } from "../types/widgets.js";
export interface paths {
    "/api/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Widgets */
        get: operations["get_widgets"] & {
            responses: {
                "4XX": components["responses"]["ClientError"];
            };
        };
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
