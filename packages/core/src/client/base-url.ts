import { KlaviyoConfigError } from "../errors/klaviyo-error.js";

export const DEFAULT_BASE_URL = "https://a.klaviyo.com";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** The base URL without a trailing slash; https only, except plain http to loopback for tests and the mock. */
export function validateBaseUrl(baseUrl: string = DEFAULT_BASE_URL): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new KlaviyoConfigError(`baseUrl is not a URL: ${baseUrl}`);
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new KlaviyoConfigError(
      `baseUrl must use https (plain http is allowed only on loopback): ${url.origin}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}
