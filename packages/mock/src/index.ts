export { startMock, type MockOptions, type MockServer } from "./server.js";
export type { FaultKind, Fault, FaultOptions } from "./faults.js";
export { FAULT_KINDS } from "./faults.js";
export { FixedWindowQuota, type RateLimitOptions, type RateLimitDecision } from "./rate-limit.js";
export type { StateOptions } from "./handlers/context.js";
export type { RequestRecord } from "./request-log.js";
export type { Operation, RateLimit, HttpMethod } from "./spec/operations.js";
export { locateSpecDir } from "./spec/locate.js";
export { validateSchema, type SchemaIssue } from "./schema/validate.js";
export { createRefResolver, type Schema, type RefResolver } from "./schema/types.js";
export type {
  Store,
  StoredProfile,
  StoredList,
  StoredMetric,
  StoredEvent,
  StoredJob,
} from "./state/store.js";
