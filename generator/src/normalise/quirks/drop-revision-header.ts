import { eachOperation, type OpenApiDocument } from "@klaviyo-ts/spec-model";

/**
 * Every operation declares a required `revision` header. The client pins the revision itself, so
 * leaving the parameter in would force every typed-fetch call to repeat it.
 */
export function dropRevisionHeader(document: OpenApiDocument): void {
  for (const { operation } of eachOperation(document)) {
    operation.parameters = operation.parameters?.filter(
      (p) => !(p.in === "header" && p.name.toLowerCase() === "revision"),
    );
  }
}
