import { KlaviyoConfigError } from "../errors/klaviyo-error.js";

export const DEFAULT_BASE_URL = "https://a.klaviyo.com";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The base URL without a trailing slash; https only, except plain http to loopback for tests and the
 * mock. A path prefix is kept (a gateway in front of Klaviyo); user info, a query or a fragment
 * would be silently dropped or mangled by every request path appended to it, so they are refused.
 */
export function validateBaseUrl(baseUrl: string = DEFAULT_BASE_URL): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new KlaviyoConfigError("baseUrl is not a URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.test(url.hostname))) {
    throw new KlaviyoConfigError(`baseUrl must be https (or http on loopback): ${url.origin}`);
  }
  // Not quoted: user info is a credential.
  if (url.username || url.password || /[?#]/.test(baseUrl)) {
    throw new KlaviyoConfigError("baseUrl must not contain user info, a query or a fragment");
  }
  return url.href.replace(/\/+$/, "");
}

/** Why a 404 may be the configuration's fault: request paths start with /api already. */
export function baseUrlHint(baseUrl: string): string | undefined {
  return baseUrl.endsWith("/api")
    ? `request paths start with /api: did you mean baseUrl ${baseUrl.slice(0, -4)}?`
    : undefined;
}
