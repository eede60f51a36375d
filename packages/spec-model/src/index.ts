export { SpecError } from "./errors.js";
export { HTTP_METHODS, METHOD_CODES, type HttpMethod } from "./http.js";
export {
  eachOperation,
  lowerHttpMethods,
  type Json,
  type LowerHttpMethod,
  type MediaType,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type PathItem,
  type RequestBody,
  type Response,
  type Schema,
} from "./openapi.js";
export { describeRateLimit, parseRateLimit, rateLimitText, type RateLimit } from "./rate-limit.js";
export {
  FILTER_ARITIES,
  FILTER_OPERATORS,
  readFilterGrammar,
  requiredFilterFields,
  type FilterArity,
  type FilterFieldSpec,
  type FilterGrammar,
  type FilterOperator,
  type FilterValueSpec,
} from "./filters.js";
export { decodeFilterGrammar, encodeFilterGrammar, type FilterGrammarCode } from "./filter-code.js";
export { readOperations, resolveParameter, type SpecOperation } from "./operations.js";
