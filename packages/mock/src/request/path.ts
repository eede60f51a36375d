import type { PreparedOperation } from "../spec/prepare.js";
import type { RefResolver } from "../schema/types.js";
import { validateSchema } from "../schema/validate.js";
import { invalid } from "../http/response.js";

/**
 * Checks the path's parameters against their schemas (get_mapped_metric's id is an enum of
 * mapping types); throws MockApiError naming the parameter. Needs loadValidator() first.
 */
export function checkPathParams(
  pathParams: Readonly<Record<string, string>>,
  prepared: PreparedOperation,
  resolve: RefResolver,
): void {
  for (const parameter of prepared.constrainedPath) {
    const value = pathParams[parameter.name] ?? "";
    const issue = parameter.schema && validateSchema(parameter.schema, value, resolve);
    if (issue) {
      throw invalid(`'${value}' is not a valid '${parameter.name}': ${issue.detail}`, {
        parameter: parameter.name,
      });
    }
  }
}
