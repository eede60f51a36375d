// generated from the Klaviyo OpenAPI spec 2030-01-15.pre @ f1x7e500 — do not edit
import type { operations } from "../types/beta-apis.js";
export interface paths {
    "/api/gadgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Gadget */
        patch: operations["update_gadget"];
        trace?: never;
    };
}
