import type { OperationModel } from "../../src/model/operations.js";

export function model(
  overrides: Partial<OperationModel> & { id: string; name: string },
): OperationModel {
  return {
    method: "GET",
    path: "/api/things",
    module: "things",
    summary: "Get Things",
    auth: "private",
    rateLimit: { burst: 10, steady: 150 },
    scopes: ["things:read"],
    paginated: false,
    beta: false,
    form: false,
    requiredParams: [],
    fieldsets: [],
    additionalFieldsets: [],
    params: { top: [], page: [], headers: [] },
    aliases: [],
    ...overrides,
  };
}
