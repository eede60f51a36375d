import type { OpenApiDocument } from "../model/openapi.js";

/** One known oddity of Klaviyo's spec, fixed in place on a freshly parsed document. */
export type Quirk = (document: OpenApiDocument) => void;
