/**
 * Klaviyo stamps the revision into every documentation link (".../en/v2025-10-15/reference/...").
 * Two revisions' specs differ in hundreds of descriptions for that reason alone, so links are
 * compared with the revision replaced by a placeholder.
 */
const REVISION_IN_DOC_URL = /\/v\d{4}-\d{2}-\d{2}(?:\.pre)?\//g;

export function withoutRevision(text: string | undefined): string {
  return (text ?? "").replace(REVISION_IN_DOC_URL, "/v{revision}/").trim();
}
