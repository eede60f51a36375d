// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
/** @enum {string} */
export type WidgetEnum = "widget";
export type Color = ("red" | "blue") | {
    hex: string;
};
export type WidgetAttributes = {
    name: string;
    color?: Color;
    size?: number | null;
    /** @default true */
    visible?: boolean;
    properties?: Record<string, unknown>;
};
export type WidgetResourceObject = {
    type: WidgetEnum;
    id: string;
    attributes: WidgetAttributes;
};
export type WidgetDocument = {
    data: WidgetResourceObject;
};
export type WidgetCollection = {
    data: WidgetResourceObject[];
    links?: {
        next?: string | null;
    };
};
export type WidgetCreateQuery = {
    data: {
        type: WidgetEnum;
        attributes: WidgetAttributes;
    };
};
export type WidgetFields = ("name" | "color" | "size")[];
export interface operations {
    get_widgets: {
        parameters: {
            query?: {
                "fields[widget]"?: WidgetFields;
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
                    "application/vnd.api+json": WidgetCollection;
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
                "application/vnd.api+json": WidgetCreateQuery;
            };
        };
        responses: {
            /** @description Created */
            201: {
                content: {
                    "application/vnd.api+json": WidgetDocument;
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
                    "application/vnd.api+json": WidgetDocument;
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
