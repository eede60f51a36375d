import type { Operation } from "../spec/operations.js";
import type { ErrorSpec } from "../http/response.js";

export type Credential = { kind: "api-key" | "oauth" | "public"; identity: string };

const API_KEY = /^Klaviyo-API-Key (pk_\S+)$/;
const BEARER = /^Bearer (\S+)$/;

/**
 * Who is calling, the key rate limits are counted against. Private endpoints need
 * `Klaviyo-API-Key pk_...` or an OAuth bearer token; public ones a `company_id` instead.
 */
export function authenticate(
  operation: Operation,
  authorization: string | undefined,
  companyId: string | null,
): Credential | ErrorSpec {
  if (operation.auth === "public") {
    return { kind: "public", identity: `company:${companyId ?? ""}` };
  }
  if (!authorization) {
    return {
      status: 401,
      code: "not_authenticated",
      detail: "Authentication credentials were not provided.",
    };
  }
  const key = API_KEY.exec(authorization)?.[1];
  if (key) return { kind: "api-key", identity: `key:${key}` };
  const token = BEARER.exec(authorization)?.[1];
  if (token) return { kind: "oauth", identity: `token:${token}` };
  return {
    status: 401,
    code: "authentication_failed",
    title: "Incorrect authentication credentials.",
    detail:
      "The Authorization header must be `Klaviyo-API-Key pk_...` (private key) or `Bearer <access token>`.",
  };
}

/** The revision header must name the revision this mock serves (or its `.pre` beta). */
export function checkRevision(served: string, header: string | undefined): ErrorSpec | undefined {
  if (!header) {
    return {
      status: 400,
      code: "invalid",
      detail: "The `revision` header is required (format: YYYY-MM-DD).",
      source: { parameter: "revision" },
    };
  }
  if (header === served || header === `${served}.pre`) return undefined;
  return {
    status: 400,
    code: "invalid",
    detail: /^\d{4}-\d{2}-\d{2}(\.\w+)?$/.test(header)
      ? `Revision '${header}' is not served by this mock (it serves ${served}).`
      : `'${header}' is not a valid revision (format: YYYY-MM-DD).`,
    source: { parameter: "revision" },
  };
}

/** Request logs must never carry a usable secret. */
export function redactAuthorization(value: string): string {
  const scheme = value.split(" ")[0] ?? "";
  return value.includes(" ") ? `${scheme} [redacted]` : "[redacted]";
}
