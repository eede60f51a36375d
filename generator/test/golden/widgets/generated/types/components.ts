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
export type WidgetViewCreateQuery = {
    data: {
        /** @enum {string} */
        type: "widget-view";
        attributes: {
            widget_id?: string;
        };
    };
};
export type Error = {
    errors: Record<string, unknown>[];
};
export type WidgetFields = ("name" | "color" | "size")[];
export interface components {
    responses: {
        /** @description Client Error */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.api+json": Error;
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
