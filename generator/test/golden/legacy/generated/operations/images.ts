// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
import { defineOperation, formBody, type Operation } from "@klaviyo-ts/core";
import type { operations } from "../types/images.js";
/**
 * Upload Image From File
 *
 * Scopes: `images:write` · Rate limits: burst 3/s, steady 100/m, daily 100/d
 * Reference: https://developers.klaviyo.com/en/v2023-01-01/reference/upload_image_from_file
 */
export const uploadImageFromFile: Operation<operations["upload_image_from_file"], never, { params: { body: operations["upload_image_from_file"]["requestBody"]["content"]["multipart/form-data"] }; required: "body"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "upload_image_from_file",
  method: "POST",
  path: "/api/image-upload-file",
  rateLimit: {
    burst: 3,
    steady: 100,
    daily: 100,
  },
  scopes: ["images:write"],
  form: true,
}, formBody);
/**
 * Upload Image From URL
 *
 * Scopes: `images:write` · Rate limits: burst 3/s, steady 100/m, daily 100/d
 * Reference: https://developers.klaviyo.com/en/v2023-01-01/reference/upload_image_from_url
 */
export const uploadImageFromUrl: Operation<operations["upload_image_from_url"], never, { params: { body: operations["upload_image_from_url"]["requestBody"]["content"]["application/vnd.api+json"] }; required: "body"; paginated: false; fields: never; additionalFields: never }> = /* @__PURE__ */ defineOperation({
  id: "upload_image_from_url",
  method: "POST",
  path: "/api/image-upload",
  rateLimit: {
    burst: 3,
    steady: 100,
    daily: 100,
  },
  scopes: ["images:write"],
});
