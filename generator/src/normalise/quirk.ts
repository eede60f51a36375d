import type { OpenApiDocument } from "@klaviyo-ts/spec-model";

/** One known oddity of Klaviyo's spec, fixed in place on a freshly parsed document. */
export type Quirk = (document: OpenApiDocument) => void;
