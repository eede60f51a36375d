export const JSON_API = "application/vnd.api+json";
const REDACTED = "[redacted]";

/** The headers a hook may see: credentials replaced, everything else as sent. */
export function redactHeaders(headers: Record<string, string> | Headers): Record<string, string> {
  const redacted: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    redacted[name] = isSecretHeader(name) ? REDACTED : value;
  }
  return redacted;
}

function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === "authorization" || lower === "cookie" || lower === "set-cookie";
}

/** The URL a hook may see: the public key replaced. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]company_id=)[^&#]*/, `$1${REDACTED}`);
}
