// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { operations } from "../types/client.js";
export interface paths {
    "/client/widget-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Client Widget View */
        post: operations["create_client_widget_view"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
