export type {
  DateTimeValue,
  FieldGrammar,
  FilterDate,
  FilterFieldSpec,
  FilterGrammar,
  FilterGrammarCode,
  FilterOperator,
  TypedGrammar,
} from "./filter/grammar.js";
export { filterGrammarOf } from "./filter/grammar.js";
export { filterBuilder, filterBuilders, type FilterBuilder } from "./filter/builder.js";
export type { Filter, FilterTerm, FilterValue } from "./filter/filter.js";
export { KlaviyoFilterError } from "./filter/resolve.js";
export type { NarrowDocument, NarrowResource, PickPaths } from "./operation/narrow.js";
export type {
  HttpMethod,
  OperationIndex,
  OperationMeta,
  RateLimit,
  RateLimitRow,
} from "./operation/meta.js";
export { METHOD_CODES } from "./operation/meta.js";
export type {
  CallOptions,
  FetchLike,
  KlaviyoOptions,
  RateLimitOptions,
  RetryOptions,
} from "./client/options.js";
export {
  requestHooks,
  type RedactedHeaders,
  type RequestHookCallbacks,
  type RequestHookEvent,
  type RequestHooks,
  type ResponseHookEvent,
  type RetryHookEvent,
} from "./client/request-hooks.js";
export {
  refreshingAccessToken,
  type RefreshingAccessTokenOptions,
} from "./auth/refreshing-access-token.js";
export type { RefreshingAccessToken } from "./auth/token-source.js";
export { clientEndpointAuth, type ClientEndpointAuth } from "./auth/client-endpoint.js";
export { createOperationsClient } from "./client/operations-client.js";
export { DEFAULT_BASE_URL } from "./client/base-url.js";
export { formBody } from "./internal/form-body.js";
export {
  defineOperation,
  type KlaviyoClientBase,
  type Operation,
  type OperationFunction,
  type PaginatedOperation,
} from "./operation/define-operation.js";
export type {
  ItemOf,
  ParamsOf,
  ResultOf,
  OperationArgs,
  OperationFacts,
  OperationTypes,
  FactsOf,
  OperationItem,
  FilterArgument,
  OperationParams,
  OperationResponse,
  IsPaginated,
} from "./operation/params.js";
export type { ItemOptions, PageOptions } from "./pagination/paginate.js";
export { isKlaviyoError, KlaviyoConfigError, KlaviyoError } from "./errors/klaviyo-error.js";
export {
  KlaviyoInvalidRequestError,
  KlaviyoRequestError,
  KlaviyoTokenRefreshError,
} from "./errors/request-error.js";
export {
  KlaviyoApiError,
  KlaviyoAuthenticationError,
  KlaviyoBadRequestError,
  KlaviyoConflictError,
  KlaviyoNotFoundError,
  KlaviyoPermissionError,
  KlaviyoRateLimitError,
  KlaviyoServerError,
  type JsonApiError,
} from "./errors/api-error.js";
export {
  KlaviyoConnectionError,
  KlaviyoInvalidResponseError,
  KlaviyoTimeoutError,
} from "./errors/transport-errors.js";
export type { RateLimitStore, RateWindow } from "./rate-limit/store.js";
export { MemoryRateLimitStore } from "./rate-limit/memory-store.js";
export {
  resolveIncluded,
  type IncludedResources,
  type JsonApiResource,
  type ResourceIdentifier,
} from "./compound/resolve-included.js";
export {
  KlaviyoJobDocumentError,
  KlaviyoJobFailedError,
  KlaviyoJobTimeoutError,
  waitForJob,
  type JobDocument,
  type JobProgress,
  type WaitForJobOptions,
} from "./jobs/wait-for-job.js";
export {
  KlaviyoWebhookSignatureError,
  verifyWebhookSignature,
  type VerifyWebhookOptions,
} from "./webhooks/verify-signature.js";
export {
  RedisRateLimitStore,
  type RedisEvalClient,
  type RedisStoreOptions,
} from "./rate-limit/redis-store.js";
export {
  defineTools,
  KlaviyoToolArgumentError,
  type JsonSchema,
  type KlaviyoTool,
  type ToolAnnotations,
  type ToolData,
  type ToolOperation,
} from "./tools/catalogue.js";
