export { diffSpecs, type DiffLabels } from "./diff-specs.js";
export { classify, severityOf, type Bump, type Classification, type Severity } from "./classify.js";
export { describeChange } from "./describe.js";
export { renderJson, renderMarkdown, renderSummary } from "./render.js";
export type { ApiDiff, Change, ChangeKind, Direction, RateLimitSpec, SchemaSite } from "./model.js";
export type { OpenApiDocument } from "@klaviyo-ts/spec-model";
