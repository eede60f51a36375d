// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
export type WidgetViewCreateQuery = {
    data: {
        /** @enum {string} */
        type: "widget-view";
        attributes: {
            widget_id?: string;
        };
    };
};
export interface operations {
    create_client_widget_view: {
        parameters: {};
        requestBody: {
            content: {
                "application/vnd.api+json": WidgetViewCreateQuery;
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                content?: never;
            };
        };
    };
}
