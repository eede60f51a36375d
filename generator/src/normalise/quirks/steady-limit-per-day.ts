import { eachOperation, type OpenApiDocument } from "../../model/openapi.js";

/**
 * 2023-09-15 gives the image upload limits a per-day "steady" value ("100/d"). Later revisions
 * state the same limit as steady "100/m" plus daily "100/d"; that is what is meant, and it keeps
 * steady a per-minute figure everywhere.
 */
export function steadyLimitPerDay(document: OpenApiDocument): void {
  for (const { operation } of eachOperation(document)) {
    const limit = operation["x-klaviyo-ratelimit"];
    const perDay = limit?.steady?.match(/^(\d+)\/d$/);
    if (!limit || !perDay) continue;
    limit.steady = `${perDay[1]}/m`;
    limit.daily ??= `${perDay[1]}/d`;
  }
}
