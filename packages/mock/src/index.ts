export { createMock, MockConnectionReset, type KlaviyoMock, type MockOptions } from "./mock.js";
export { startMock, type MockServer, type ServerOptions } from "./doors/server.js";
export { createMockFetch, type MockFetch } from "./doors/fetch.js";
export type { FaultKind, Fault, FaultOptions } from "./faults.js";
export { FAULT_KINDS } from "./faults.js";
export { FixedWindowQuota, type RateLimitOptions, type RateLimitDecision } from "./rate-limit.js";
export type { StateOptions } from "./handlers/context.js";
export type { RequestRecord } from "./request-log.js";
export type { Operation, RateLimit, HttpMethod } from "./spec/operations.js";
export { locateSpecDir } from "./spec/locate.js";
export type {
  Store,
  StoredProfile,
  StoredList,
  StoredMetric,
  StoredEvent,
  StoredJob,
} from "./state/store.js";
