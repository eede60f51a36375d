import { eachOperation, type OpenApiDocument } from "@klaviyo-ts/spec-model";

/**
 * /client/* endpoints declare the public key as a required `company_id` query parameter. The
 * client adds it from its `publicKey` option, so callers never pass it.
 */
export function dropCompanyId(document: OpenApiDocument): void {
  for (const { path, operation } of eachOperation(document)) {
    if (!path.startsWith("/client/")) continue;
    operation.parameters = operation.parameters?.filter(
      (p) => !(p.in === "query" && p.name === "company_id"),
    );
  }
}
