// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
import type { operations } from "../types/images.js";
export interface paths {
    "/api/image-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload Image From URL */
        post: operations["upload_image_from_url"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/image-upload-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload Image From File */
        post: operations["upload_image_from_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
